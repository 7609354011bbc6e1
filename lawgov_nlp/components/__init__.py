"""The spaCy pipeline components, one per module, each a registered factory.

Order in :func:`lawgov_nlp.load`: sections → quantities → nonindicators →
attacher. Each reads what the previous one wrote on the ``Doc`` and nothing
else, so any of them can be replaced in a user's pipeline.
"""
