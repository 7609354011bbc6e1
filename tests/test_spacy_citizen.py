"""Issue 13, "a good spaCy citizen": namespaced extensions that never overwrite
another package's, requires/assigns for analyze_pipes, clear errors on misuse,
render() for displaCy, and mention_id linking the rows of one span."""
from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import spacy

import lawgov_nlp
from lawgov_nlp.extensions import NAMES

ROOT = Path(__file__).resolve().parents[1]
PIPES = ("lawgov_sections", "lawgov_quantities", "lawgov_nonindicators", "lawgov_attacher")


def test_import_never_overwrites_another_packages_extensions():
    script = textwrap.dedent("""\
        import spacy
        from spacy.tokens import Span
        Span.set_extension("value", default="theirs")
        Span.set_extension("unit", getter=lambda span: "their unit")
        import lawgov_nlp
        from lawgov_nlp.extensions import SKIPPED
        nlp = lawgov_nlp.load()
        doc = nlp("罚款3万元。")
        span, = doc.spans["indicators"]
        print(span._.value, span._.unit, span._.lawgov_value, span._.lawgov_unit, span._.kind, sorted(SKIPPED))
        print(list(lawgov_nlp.extract("罚款3万元。")["value"]))
    """)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300, env=env)
    assert run.returncode == 0, run.stderr
    first, second = run.stdout.splitlines()
    assert first == "theirs their unit 30000.0 元 money ['unit', 'value']"
    assert second == "[30000.0]"
    assert "already registered by another package" in run.stderr and "lawgov_value" in run.stderr


def test_namespaced_attributes_next_to_the_plain_ones():
    doc = lawgov_nlp.load()("共受理审批事项1818件。")
    (span,) = doc.spans["indicators"]
    for name in NAMES:
        assert span.has_extension(f"lawgov_{name}") and span.has_extension(name)
    assert (span._.lawgov_value, span._.lawgov_unit, span._.lawgov_kind) == (1818.0, "件", "count")
    assert span._.lawgov_activity.text == span._.activity.text == "受理"
    assert span._.lawgov_object.text == "审批事项"
    lawgov_nlp.extensions.register_extensions(force=True)  # idempotent: ours are re-registered, not skipped
    assert lawgov_nlp.extensions.SKIPPED == []


def test_analyze_pipes_reports_the_attacher_before_quantities():
    nlp = spacy.blank("zh")
    for name in ("lawgov_sections", "lawgov_attacher", "lawgov_quantities", "lawgov_nonindicators"):
        nlp.add_pipe(name)
    problems = nlp.analyze_pipes(pretty=False)["problems"]
    assert problems["lawgov_attacher"] == ["span._.lawgov"]
    assert problems["lawgov_quantities"] == [] and problems["lawgov_nonindicators"] == []
    good = spacy.blank("zh")
    for name in PIPES:
        good.add_pipe(name)
    assert not any(good.analyze_pipes(pretty=False)["problems"].values())


@pytest.mark.parametrize("first", ["lawgov_attacher", "lawgov_nonindicators"])
def test_a_component_before_quantities_raises(first):
    nlp = spacy.blank("zh")
    nlp.add_pipe(first)
    nlp.add_pipe("lawgov_quantities")
    with pytest.raises(ValueError, match=r"E017.*lawgov_quantities before it"):
        nlp("共受理审批事项1818件。")


def test_a_tokenizer_that_does_not_split_characters_raises():
    nlp = spacy.blank("en")
    for name in PIPES:
        nlp.add_pipe(name)
    with pytest.raises(ValueError, match=r"E018.*spacy.blank\(\"zh\"\)"):
        nlp("共受理审批事项1818件，罚款3万元。")


def test_render_labels_kind_activity_without_spaces():
    doc = lawgov_nlp.load()("共受理审批事项1818件，参考率和优秀率均达到100%。")
    html = lawgov_nlp.render(doc, jupyter=False)
    assert "count:受理" in html and "percent:参考率/优秀率" in html
    assert ">activity<" in html and ">object<" in html
    shown = re.sub(r"<[^>]+>", "", html)
    assert shown.startswith("共受理activity审批事项object1818件count:受理，")  # no space between characters
    assert "\u2060" not in html
    plain = lawgov_nlp.render([doc, doc], roles=False, jupyter=False)
    assert ">object<" not in plain and plain.count("count:受理") == 2


def test_render_is_used_by_the_quickstart_notebook():
    source = (ROOT / "notebooks" / "01_quickstart.ipynb").read_text(encoding="utf-8")
    assert "lawgov_nlp.render(" in source and "def for_display" not in source


def test_mention_id_links_the_rows_of_one_span():
    df = lawgov_nlp.extract("共受理审批事项1818件。参考率和优秀率均达到100%。罚款3万元。")
    assert list(df["text"]) == ["1818件", "100%", "100%", "3万元"]
    assert list(df["mention_id"]) == [0, 1, 1, 2] and str(df["mention_id"].dtype) == "Int64"
    assert list(df["activity"][1:3]) == ["参考率", "优秀率"]


def test_mention_id_continues_across_chunks():
    text = "".join(f"第{i}批共受理案件{i + 1}件。\n" for i in range(400))
    nlp = lawgov_nlp.load()
    whole = lawgov_nlp.extract(text, nlp=nlp)
    nlp.max_length = 500  # long texts go through in chunks
    chunked = lawgov_nlp.extract(text, nlp=nlp)
    assert list(chunked["mention_id"]) == list(range(len(chunked)))
    assert list(whole["mention_id"]) == list(chunked["mention_id"])
