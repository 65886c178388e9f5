"""What the MkDocs plugin holds in memory: a one-off build lets go of what it no longer reads; `serve` keeps it."""

from __future__ import annotations

import jinja2
import pytest
from mkdocs.config import load_config
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from .test_story_cache import SEEDS

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("command", ["build", "serve"])
def test_the_generator_cache_entries_are_kept_only_under_serve(make_project, command):
    project = make_project(SEEDS)
    (project / "briefings").mkdir()
    config = load_config(str(project / "mkdocs.yml"))
    plugin = config.plugins["briefings"]
    plugin.on_startup(command=command, dirty=False)
    plugin.on_config(config)
    session = plugin.session
    assert (project / "briefings" / "rail" / "index.md").is_file()
    assert (len(session.stories.memory) == 2) is (
        command == "serve"
    )  # one entry per story; the disk keeps them either way
    assert len(list((project / ".cache" / "briefings" / "stories").rglob("*.json"))) == 2
    assert (len(session.findings.store.memory) == 3) is (command == "serve")


def test_converted_pages_give_up_their_markdown_before_the_templates_run(make_project, tmp_path):
    project = make_project(SEEDS)
    (project / "briefings").mkdir()
    config = load_config(str(project / "mkdocs.yml"))
    files = Files(
        [File(name, str(project / "briefings"), str(tmp_path), use_directory_urls=True) for name in ("a.md", "b.md")]
    )
    for file, converted in zip(files, (True, False), strict=True):
        file.page = Page(None, file, config)
        file.page.markdown = "# Heading\n\nText."
        file.page.content = "<h1>Heading</h1><p>Text.</p>" if converted else None
    plugin = config.plugins["briefings"]
    plugin.on_env(jinja2.Environment(autoescape=True), config=config, files=files)
    first, second = (file.page for file in files)
    assert first.markdown == ""  # not None: MkDocs would take the page for one not read yet
    assert first.title == "A"  # from the file name, as before: a converted page's title never came from the Markdown
    assert second.markdown == "# Heading\n\nText."  # not converted (another plugin's doing): left alone
