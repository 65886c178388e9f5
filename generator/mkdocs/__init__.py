"""Everything that knows MkDocs: the `briefings` plugin, our Markdown extension, and the accelerators.

`plugin` is the adapter MkDocs loads: hooks only (it calls `generator.pipeline`, as the command line does).
`config` builds its config class from the options `generator.settings` declares, and reads mkdocs.yml for the
command line as MkDocs does; `site` adds the short navigation and Pagefind; `watch` watches docs_dir under
`mkdocs serve`; `markdown_ext` reads the generator's own link syntax in one step; `accel` keeps what MkDocs and
Material compute for each page. Nothing outside this package imports MkDocs.
"""
