"""String-level rules behind the pipeline components.

Each module here works on plain text and character offsets, so it can be
tested without spaCy and reused by any component; ``lawgov_nlp.components``
wraps them as spaCy factories.
"""
