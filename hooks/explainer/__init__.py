"""The explainer engine: citations, notes, bibliography and glossary for MkDocs.

Nothing here knows about MkDocs events or about a particular article: the hook
modules in ``hooks/`` wire these plain modules to the build.
"""
