"""Briefings: turn news articles plus YAML metadata into cited briefing pages for a MkDocs site."""

from __future__ import annotations

__version__ = "0.1.0"
