"""The spaCy boundary: load the model (`model`), parse and number sentences (`parse`), spread the work (`pool`).

`attribute_rules` and `lemmas` make two of spaCy's pipeline steps faster without changing what they set. Importing
this package loads nothing: a build whose articles are all cached never imports spaCy.
"""
