"""Key events on Timeline17: the figures of docs/quality.md, development and test topics apart.

    python benchmarks/t17.py ../shared/data/timeline17            # the development topics
    python benchmarks/t17.py ../shared/data/timeline17 --test     # the test topics (score them once, at the end)

Runs `briefings eval t17 --json` (parses are cached: the first run of a topic takes minutes on two cores) and
prints each task's Date-F1 and alignment ROUGE-1/2 F (AR1-F, AR2-F: the key events' cited sentences, and as the
timeline words them), the macro means against DATEWISE (0.120 / 0.035 / 0.544, given the gold date count), and
the time spent parsing against merging and rendering. Development topics: the BP oil spill, H1N1, Michael
Jackson, Haiti, the financial crisis and Egypt; test topics: Syria (BBC), Iraq (Guardian), Libya (Reuters). The
other Libya and Syria timelines are neither.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = [
    *(f"bpoil_{outlet}" for outlet in ("bbc", "foxnews", "guardian", "reuters", "washingtonpost")),
    *(f"H1N1_{outlet}" for outlet in ("bbc", "guardian", "reuters")),
    "MJ_bbc",
    "haiti_bbc",
    "Finan_washingtonpost",
    "EgyptianProtest_cnn",
]
TEST = ["SyrianCrisis_bbc", "IraqWar_guardian", "LibyaWar_reuters"]
DATEWISE = {"ar1_f": 0.120, "ar2_f": 0.035, "date_f1": 0.544}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--test", action="store_true", help="Score the test topics instead of the development ones.")
    args = parser.parse_args()
    topics = TEST if args.test else DEV
    command = [sys.executable, "-m", "generator", "eval", "t17", str(args.folder), "--topics", ",".join(topics)]
    done = subprocess.run([*command, "--json"], cwd=ROOT, capture_output=True, text=True, check=True)  # noqa: S603
    figures = json.loads(done.stdout)
    print(f"{'task':<48} {'art':>4} {'key':>4} {'gold':>4}  AR1-F  AR2-F  Date-F1  (worded AR1 / AR2)")
    for task in figures["tasks"]:
        print(
            f"{task['task']:<48} {task['articles']:>4} {task['key_events']:>4} {task['gold_dates']:>4}  "
            f"{task['ar1_f']:.3f}  {task['ar2_f']:.3f}  {task['date_f1']:.3f}    "
            f"({task['ar1_f_worded']:.3f} / {task['ar2_f_worded']:.3f})"
        )
    macro = figures["macro"]
    print(f"macro over {len(figures['tasks'])} tasks ({'test' if args.test else 'development'}):", end="")
    for key, label in (("ar1_f", "AR1-F"), ("ar2_f", "AR2-F"), ("date_f1", "Date-F1")):
        print(f"  {label} {macro[key]:.3f} (DATEWISE {DATEWISE[key]:.3f})", end="")
    print(f"\nwords stemmed: {figures['stemmed']}")
    parse = sum(t["parse_s"] for t in figures["tasks"])
    merge = sum(t["merge_s"] for t in figures["tasks"])
    render = sum(t["render_s"] for t in figures["tasks"])
    print(f"time: parse {parse:.1f} s (0 when cached), merge {merge:.1f} s, render {render:.1f} s")


if __name__ == "__main__":
    main()
