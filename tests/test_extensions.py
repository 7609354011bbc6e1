"""The mention record behind span._.lawgov and its fast accessors."""

def test_fast_record_access_is_span_underscore():
    import lawgov_nlp
    from lawgov_nlp.extensions import _key_layout_ok, get_record, set_record

    assert _key_layout_ok()  # if spaCy changes its key layout, the helpers fall back: this says which
    doc = lawgov_nlp.load()("罚款3万元。")
    (span,) = doc.spans["indicators"]
    assert get_record(span) is span._.lawgov
    set_record(span, {"value": 1})
    assert span._.lawgov == {"value": 1}
