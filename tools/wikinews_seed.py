"""Turn a Wikinews article from the SemEval-2015 Task 4 corpus (TimeML, tokenized) into a seed article.

    python tools/wikinews_seed.py ARTICLE.tml seeds/STORY/   # writes <date>-<slug>.txt and its .yml sidecar

The corpus stores each sentence tokenized ("General Motors , the ..."); this joins the tokens back into prose.
The first sentence is the headline and the second the dateline; both go to the metadata. Wikinews articles
are CC-BY 2.5: the sidecar names the source, the article's address and the licence, and the site shows them.
"""

from __future__ import annotations

import html
import re
import sys
from datetime import datetime
from pathlib import Path

_SENTENCE = re.compile(r"<s id=\"\d+\">(.*?)</s>", re.DOTALL)
_DCT = re.compile(r'<DCT><TIMEX3[^>]*value="([^"]+)"')
_ID = re.compile(r"<DOCID>(\d+)</DOCID>")


def detokenize(text: str) -> str:
    text = re.sub(r"<[^>]+>", "", text)
    text = html.unescape(text)
    text = re.sub(r" ([,.;:?!%)\]}])", r"\1", text)
    text = re.sub(r"([(\[{$]) ", r"\1", text)
    text = re.sub(r" (n't|'s|'re|'ve|'ll|'d|'m)\b", r"\1", text)
    text = re.sub(r"(\w) ' ", r"\1' ", text)  # plural possessive: "Motors ' Saturn" → "Motors' Saturn"
    text = re.sub(r'" (.*?) "', r'"\1"', text)
    text = re.sub(r"`` ?", "“", text)  # quotes may open in one sentence and close in another
    text = re.sub(r" ?''", "”", text)
    text = re.sub(r"# (?=\d)", "£", text)  # the corpus stores the pound sign as "#"
    return re.sub(r"\s+", " ", text).strip()


def slug(title: str, limit: int = 48) -> str:
    words = re.sub(r"[^a-z0-9]+", " ", title.lower()).split()
    kept: list[str] = []
    for word in words:
        if kept and len("-".join([*kept, word])) > limit:
            break
        kept.append(word)
    return "-".join(kept)


def _published(creation: str, dateline: str) -> str:
    """The article's day as YYYY-MM-DD: the corpus's creation time, else its dateline ("February 03, 2009").

    A few creation times are written day first ("03-02-2009" for 3 February 2009); the dateline settles it.
    """
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", creation):
        return creation[:10]
    for pattern in ("%B %d, %Y", "%B %d %Y", "%d %B %Y"):
        try:
            return datetime.strptime(dateline.strip(), pattern).date().isoformat()  # noqa: DTZ007 (a calendar day)
        except ValueError:
            continue
    raise SystemExit(f"no date: creation time {creation!r}, dateline {dateline!r}")


def main(source: Path, story: Path) -> None:
    raw = source.read_text(encoding="utf-8")
    sentences = [detokenize(s) for s in _SENTENCE.findall(raw)]
    title, body = sentences[0], sentences[2:]
    published = _published(_DCT.search(raw).group(1), sentences[1])  # type: ignore[union-attr]
    article_id = _ID.search(raw).group(1)  # type: ignore[union-attr]
    name = f"{published}-{slug(title)}"
    story.mkdir(parents=True, exist_ok=True)
    (story / f"{name}.txt").write_text("\n\n".join(body) + "\n", encoding="utf-8")
    url = f"https://en.wikinews.org/wiki/{source.stem.split('_', 1)[1]}"
    (story / f"{name}.yml").write_text(
        f'title: "{title}"\n'
        "source: Wikinews (CC-BY 2.5)\n"
        f"url: {url}\n"
        f"published: {published}\n"
        "language: en\n"
        f"# From the SemEval-2015 Task 4 corpus (document {article_id}); text CC-BY 2.5 Wikinews.\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
