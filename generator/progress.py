"""Progress bars for long builds on a terminal: how many articles are parsed, how many stories merged.

A cold build of thousands of articles takes minutes; `briefings build` shows a bar per stage (tqdm, on standard
error, cleared when done) when standard error is a terminal, unless `-q` is given or the `CI` variable is set (a log
of CI has no use for redrawn bars). A bar appears only after a second, so a quick rebuild prints nothing more.
"""

from __future__ import annotations

import os
import sys
from typing import IO, Any

_STAGES = {"articles": ("Parsing articles", "article"), "stories": ("Merging stories", "story")}
DELAY = 1.0
"""Seconds before a bar is drawn."""
REDRAW = 0.2
"""Seconds at least between two drawings of a bar."""


def wanted(*, quiet: bool, stream: IO[str] | None = None) -> bool:
    """Whether to draw bars: a terminal, not quiet, not under CI."""
    stream = stream if stream is not None else sys.stderr
    return not quiet and not os.environ.get("CI") and stream.isatty()


class ProgressBars:
    """A `generator.pipeline.Progress` that draws one bar per stage; `close()` clears them."""

    def __init__(self, stream: IO[str] | None = None) -> None:
        self._stream = stream if stream is not None else sys.stderr
        self._bars: dict[str, Any] = {}

    def __call__(self, stage: str, done: int, total: int) -> None:
        bar = self._bars.get(stage)
        if bar is None or done == 0 or bar.total != total:  # a stage (re)starts with done 0
            from tqdm import tqdm

            if bar is not None:
                bar.close()
            label, unit = _STAGES.get(stage, (stage, "item"))
            bar = self._bars[stage] = tqdm(
                total=total,
                desc=label,
                unit=unit,
                leave=False,
                delay=DELAY,
                mininterval=REDRAW,
                file=self._stream,
                dynamic_ncols=True,
            )
        bar.update(done)

    def close(self) -> None:
        for bar in self._bars.values():
            bar.close()
        self._bars.clear()
