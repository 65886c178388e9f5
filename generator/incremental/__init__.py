"""What makes a rebuild cheap: one on-disk store, the keys that say when an entry still holds, and the caches.

`store` keeps entries by key (memory first, then atomic files); `keys` hashes what they depend on (the code, the
installed packages, the templates, a build's inputs); `codec` writes our frozen values as JSON. The caches:
`findings_cache` (an article's sentences and findings), `story_cache` (a story's outline, warnings and pages) and
`build_record` (the last build, so that a build with nothing changed stops early). The MkDocs accelerators
use the same store.
"""
