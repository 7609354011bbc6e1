"""Helpers for the attachment tests: ``links`` reads what :func:`lawgov_nlp.extract`
gives (quantity, activity, object) with the rules alone, ``explain`` also which
construction produced each link (``AttachmentRules.attach(..., explain=True)``)."""
import pytest

import lawgov_nlp
from lawgov_nlp.components._common import doc_outline, doc_text
from lawgov_nlp.extensions import get_record
from lawgov_nlp.rules.quantity_grammar import Quantity


def _rules_alone():
    """The default pipeline with the attachment rules alone: these tests are the
    rules' (a learned scorer beside them, where the attacher has one, is off)."""
    try:
        return lawgov_nlp.load(config={"lawgov_attacher": {"scorer": ""}})
    except Exception:  # noqa: BLE001 - an attacher without a scorer setting is the rules alone
        return lawgov_nlp.load()


@pytest.fixture(scope="session")
def links():
    """``links(text)`` -> [(quantity, activity | None, object | None)], one per row of ``extract``."""
    nlp = _rules_alone()

    def run(text):
        df = lawgov_nlp.extract(text, nlp=nlp)
        return [(r.text, r.activity if isinstance(r.activity, str) else None,
                 r.object if isinstance(r.object, str) else None) for r in df.itertuples()]

    return run


@pytest.fixture(scope="session")
def nlp():
    return _rules_alone()


@pytest.fixture(scope="session")
def explain(nlp):
    """``explain(text)`` -> [(quantity, activity | None, object | None, construction)], one per link."""
    attacher = nlp.get_pipe("lawgov_attacher")

    def run(text):
        with nlp.select_pipes(disable=["lawgov_attacher"]):
            doc = nlp(text)
        full = doc_text(doc)
        spans = list(doc.spans.get(attacher.spans_key, []))
        quantities = [Quantity.from_record(get_record(s)) for s in spans]
        links, names = attacher.rules.attach(full, doc_outline(doc).sentences, quantities, explain=True)

        def part(se):
            return full[se[0]:se[1]] if se else None

        return [(q.text, part(link["activity"]), part(link["object"]), name)
                for q, q_links, name in zip(quantities, links, names) for link in q_links]

    return run


def _check(got, expected):
    assert [g[0] for g in got] == [e[0] for e in expected]
    for (surface, act, obj), (_, gact, gobj) in zip(expected, got):
        assert gact is not None and (act in gact or gact in act), (surface, gact)
        if obj is None:
            continue
        assert gobj is not None and (obj in gobj or gobj in obj), (surface, gobj)


@pytest.fixture(scope="session")
def check():
    """``check(links(text), expected)``: the assertion of the guideline tests — the same
    quantities; each activity, and each expected object, overlapping by containment."""
    return _check


def _check_example(explain, text, expected):
    got = explain(text)
    assert [g[0] for g in got] == [e[0] for e in expected], got
    for (surface, act, obj, name), (_, gact, gobj, gname) in zip(expected, got):
        assert gname == name, (surface, gname)
        if act is None:
            assert gact is None, (surface, gact)
        else:
            assert gact is not None and (act in gact or gact in act), (surface, gact)
        if obj is None:
            assert gobj is None, (surface, gobj)
        else:
            assert gobj is not None and (obj in gobj or gobj in obj), (surface, gobj)


@pytest.fixture(scope="session")
def example(explain):
    """``example(text, [(quantity, activity, object, construction), ...])``: a
    construction's docstring example — the construction named produced each
    link, whose activity and object (None: none) overlap the expected ones."""
    return lambda text, expected: _check_example(explain, text, expected)
