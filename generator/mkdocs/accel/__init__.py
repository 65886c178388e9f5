"""The MkDocs accelerators: each keeps what MkDocs or Material computes for a page, reused while its inputs stay.

Each one reaches past MkDocs' documented plugin events, and says where:
`page_cache` (converted Markdown) sets `Page._title_from_render`, `present_anchor_ids` and `links_to_anchors`, as
`Page.render` does; `render_cache` (a page's templates) wraps the Jinja environment's `get_template`;
`search_cache` (a page's search entries) wraps Material's `SearchIndex.add_entry_from_context`. Their entries live
in `generator.incremental.store.BuildStore`s under the cache folder.
"""
