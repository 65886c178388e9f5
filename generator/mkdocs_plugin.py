"""The plugin's former address, for installs whose entry point still names it (until `pip install -e .` again).

The plugin is `generator.mkdocs.plugin.BriefingsPlugin`; pyproject.toml's `mkdocs.plugins` entry point names it.
"""

from generator.mkdocs.plugin import BriefingsPlugin

__all__ = ["BriefingsPlugin"]
