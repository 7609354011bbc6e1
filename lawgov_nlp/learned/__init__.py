"""The learned part of attachment: a candidate ranker beside the rules.

``candidates.py`` turns a mention's sentence into candidates with features,
``scorer.py`` scores them with the shipped weights and decides when the model
overrides the rules, ``training.py`` builds the training data from the gold
sets and fits the weights (``python -m lawgov_nlp.train``).
"""
from .scorer import ActivityScorer  # noqa: F401
