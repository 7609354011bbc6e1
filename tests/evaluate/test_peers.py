import sys

import pytest

from lawgov_nlp.evaluate.peers import (
    SYSTEMS,
    JioNLPMoney,
    Recognizers,
    RegexBaseline,
    get_systems,
)


@pytest.mark.parametrize("cls, module", [
    (Recognizers, "recognizers_number"),
    (Recognizers, "recognizers_number_with_unit"),
    (JioNLPMoney, "jionlp"),
    (RegexBaseline, "lawgov_nlp.units"),
])
def test_missing_module_is_reported_not_raised(monkeypatch, cls, module):
    monkeypatch.setitem(sys.modules, module, None)  # makes the import fail
    system = cls()
    assert system.available() is False
    label = "import failed" if module.startswith("lawgov_nlp") else "not installed"
    assert system.reason.startswith(label)
    with pytest.raises(RuntimeError, match=system.name):
        system.extract("罚款5元", "d")


def test_unknown_system_name_raises():
    with pytest.raises(ValueError, match="unknown system"):
        get_systems(["nope"])
    assert [s.name for s in get_systems()] == list(SYSTEMS)


def test_regex_baseline_finds_a_count():
    system = RegexBaseline()
    assert system.available(), system.reason
    rows = system.extract("共受理审批事项1818件，办结率100％。", "d1")
    row = next(r for r in rows if r["text"] == "1818件")
    assert (row["start"], row["end"], row["value"], row["unit"]) == (7, 12, 1818, "件")
    assert row["activity"] is None  # no attachment


def test_recognizers_reads_money_percent_and_numbers():
    pytest.importorskip("recognizers_number")
    system = Recognizers()
    assert system.available(), system.reason
    text = "罚款15.7万元，办结率100％，受理1818件。"
    rows = {r["text"]: r for r in system.extract(text, "d1")}
    assert rows["15.7万元"]["value"] == 157000 and rows["15.7万元"]["unit"] == "元"
    assert rows["100％"]["value"] == 100 and rows["100％"]["unit"] == "%"
    assert rows["1818"]["unit"] is None  # no counters
    for surface, row in rows.items():
        assert text[row["start"]:row["end"]] == surface


def test_jionlp_reads_money():
    pytest.importorskip("jionlp")
    system = JioNLPMoney()
    assert system.available(), system.reason
    (row,) = system.extract("依法罚款15.7万元。", "d1")
    assert (row["text"], row["value"], row["unit"]) == ("15.7万元", 157000, "元")
