"""Everything that knows MkDocs: the `briefings` plugin, our Markdown extension, and the accelerators.

`plugin` is the adapter MkDocs loads (it calls `generator.pipeline`, as the command line does); `markdown_ext`
reads the generator's own link syntax in one step; `accel` keeps what MkDocs and Material compute for each page.
Nothing outside this package imports MkDocs.
"""
