"""The tagger benchmark: ``python -m benchmarks.tagger`` (see ``__main__``)."""
