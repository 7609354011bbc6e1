"""The .txt reader and the file-level checks of ``read_text`` (issue 5):
encodings are detected, bad files give typed errors."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from report_files import seed_texts, write_docx, write_html, write_pdf, write_txt  # noqa: E402

from lawgov_nlp import errors  # noqa: E402
from lawgov_nlp.readers import DEFAULT_MAX_BYTES, read_text  # noqa: E402

SEED = seed_texts(1)[0][1]


def write_bytes(path, data):
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "gbk", "gb18030"])
def test_encodings_are_detected(tmp_path, encoding):
    path = write_txt(tmp_path / "r.txt", SEED, encoding)
    result = read_text(path)
    assert result.text == SEED
    assert result.format == "txt"
    assert result.source == str(path)


def test_gbk_without_any_ascii_line_end(tmp_path):
    text = "梨树县卫生健康局关于二〇二四年度法治政府建设情况的报告"
    path = write_txt(tmp_path / "r.txt", text, "gbk")
    assert read_text(path).text == text


def test_windows_line_ends_are_normalised(tmp_path):
    path = write_txt(tmp_path / "r.txt", SEED.replace("\n", "\r\n"), "gbk")
    assert read_text(path).text == SEED


def test_utf8_cut_mid_character_is_not_read_as_gbk(tmp_path):
    data = SEED.rstrip().encode("utf-8")[:-1]  # last character cut in half
    (tmp_path / "r.txt").write_bytes(data)
    text = read_text(tmp_path / "r.txt").text
    assert text[:-1] == SEED.rstrip()[:-1]
    assert text.endswith("\ufffd")


def test_gbk_with_a_few_broken_bytes(tmp_path):
    data = bytearray(SEED.encode("gbk"))
    data[100:102] = b"\xff\xff"
    text = read_text(write_bytes(tmp_path / "r.txt", bytes(data))).text
    assert text[:40] == SEED[:40] and "\ufffd" in text and text[-100:] == SEED[-100:]


def test_empty_and_blank_files(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(" \r\n\t\n".encode("utf-16"))
    for name in ("empty.txt", "blank.txt"):
        with pytest.raises(errors.EmptyDocumentError) as info:
            read_text(tmp_path / name)
        assert info.value.code == "E006"


def test_random_bytes_are_binary(tmp_path):
    import random

    rng = random.Random(5)
    (tmp_path / "junk.txt").write_bytes(bytes(rng.randrange(256) for _ in range(4096)))
    with pytest.raises(errors.BinaryFileError) as info:
        read_text(tmp_path / "junk.txt")
    assert info.value.code == "E010"
    assert info.value.path == str(tmp_path / "junk.txt")


def test_executable_is_binary(tmp_path):
    (tmp_path / "a.txt").write_bytes(Path(sys.executable).resolve().read_bytes()[:20000])
    with pytest.raises(errors.BinaryFileError):
        read_text(tmp_path / "a.txt")


def test_undecodable_text(tmp_path):
    (tmp_path / "r.txt").write_bytes(b"report \xff\xff\xff text \xfe\xff")
    with pytest.raises(errors.DecodingError) as info:
        read_text(tmp_path / "r.txt")
    assert "utf-8" in str(info.value) and "gb18030" in str(info.value)


def test_missing_file(tmp_path):
    with pytest.raises(errors.FileMissingError) as info:
        read_text(tmp_path / "nope.txt")
    assert isinstance(info.value, FileNotFoundError)
    assert info.value.code == "E004"


def test_directory_is_not_a_file(tmp_path):
    with pytest.raises(errors.NotAFileError):
        read_text(tmp_path)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read any file")
def test_permission_denied(tmp_path):
    path = write_txt(tmp_path / "r.txt", SEED)
    path.chmod(0)
    try:
        with pytest.raises(errors.FilePermissionError) as info:
            read_text(path)
        assert info.value.code == "E005"
    finally:
        path.chmod(0o644)


def test_permission_denied_when_running_as_root_too(tmp_path, monkeypatch):
    import lawgov_nlp.readers as readers

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(readers, "open", denied, raising=False)
    with pytest.raises(errors.FilePermissionError) as info:
        read_text(write_txt(tmp_path / "r.txt", SEED))
    assert isinstance(info.value, PermissionError) and info.value.code == "E005"


def test_over_the_size_limit_is_refused_without_reading(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as fh:  # sparse: costs no disk and no time
        fh.truncate(DEFAULT_MAX_BYTES + 1)
    with pytest.raises(errors.FileTooLargeError) as info:
        read_text(path)
    assert info.value.code == "E014"
    small = write_txt(tmp_path / "r.txt", SEED)
    with pytest.raises(errors.FileTooLargeError):
        read_text(small, max_bytes=100)
    assert read_text(small, max_bytes=None).text == SEED


def test_a_50_mb_text_is_read(tmp_path):
    unit = (SEED + "\n").encode("utf-8")
    path = tmp_path / "big.txt"
    with open(path, "wb") as fh:
        fh.write(unit * ((DEFAULT_MAX_BYTES - 1024) // len(unit)))
    text = read_text(path).text
    assert text.startswith(SEED) and len(text) > 15_000_000


def test_unknown_suffix(tmp_path):
    path = write_txt(tmp_path / "r.xyz", SEED)
    with pytest.raises(errors.UnsupportedFormatError) as info:
        read_text(path)
    assert ".txt" in str(info.value)
    assert read_text(path, format="txt").text == SEED


def test_legacy_word_file(tmp_path):
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "WordDocument".encode("utf-16-le") + bytes(4000)
    (tmp_path / "r.doc").write_bytes(ole)
    (tmp_path / "r.docx").write_bytes(ole)
    for name in ("r.doc", "r.docx"):
        with pytest.raises(errors.UnsupportedFormatError, match="legacy Word"):
            read_text(tmp_path / name)


@pytest.mark.parametrize("writer,fmt", [(write_pdf, "pdf"), (write_docx, "docx"), (write_html, "html")])
def test_wrong_extension_is_read_by_content(tmp_path, writer, fmt):
    real = writer(tmp_path / f"r.{fmt}", SEED)
    disguised = tmp_path / "r.txt"
    disguised.write_bytes(real.read_bytes())
    assert read_text(disguised).format == fmt
    assert read_text(disguised).text == read_text(real).text


def test_every_reader_error_is_a_lawgov_error():
    for cls in (errors.UnsupportedFormatError, errors.FileMissingError, errors.FilePermissionError,
                errors.EmptyDocumentError, errors.DecodingError, errors.CorruptFileError,
                errors.EncryptedFileError, errors.BinaryFileError, errors.FileTooLargeError, errors.NotAFileError):
        assert issubclass(cls, errors.ReaderError) and cls.code.startswith("E")


_BASES: dict = {}


def _bases(tmp_path_factory):
    if not _BASES:
        root = tmp_path_factory.mktemp("bases")
        _BASES.update(docx=write_docx(root / "b.docx", SEED[:2000]).read_bytes(),
                      pdf=write_pdf(root / "b.pdf", SEED[:2000]).read_bytes(),
                      html=write_html(root / "b.html", SEED[:2000]).read_bytes(),
                      txt=SEED[:2000].encode("gbk"))
    return _BASES


def test_damaged_files_give_text_or_a_reader_error(tmp_path_factory):
    """Files damaged at random (bytes flipped, cut, overwritten, spliced),
    under any supported suffix: read_text returns text or raises a
    ReaderError, never anything else."""
    hypothesis = pytest.importorskip("hypothesis")
    from hypothesis import strategies as st

    bases = _bases(tmp_path_factory)
    folder = tmp_path_factory.mktemp("damaged")

    @hypothesis.settings(max_examples=150, deadline=None, derandomize=True, database=None,
                         suppress_health_check=list(hypothesis.HealthCheck))
    @hypothesis.given(fmt=st.sampled_from(sorted(bases)), suffix=st.sampled_from(["txt", "docx", "pdf", "html"]),
                      where=st.floats(0, 1), length=st.integers(0, 400), junk=st.binary(max_size=64),
                      cut=st.booleans())
    def check(fmt, suffix, where, length, junk, cut):
        data = bytearray(bases[fmt])
        at = int(where * len(data))
        if cut:
            data = data[:at]
        else:
            data[at:at + length] = junk
        path = folder / f"x.{suffix}"
        path.write_bytes(bytes(data))
        try:
            assert read_text(path).text.strip()
        except errors.ReaderError as exc:
            assert exc.code.startswith("E") and str(exc)

    check()
