"""Report files to text: ``read_text(path) -> ReadResult``.

One module per format (text, docx, pdf, html); this module picks one. The
suffix says what a file should be, the first bytes say what it is: a known
signature (``%PDF-``, a zip holding ``word/document.xml``, an HTML document)
wins over the suffix, so a PDF saved as ``.txt`` is read as a PDF, while a
``.docx``/``.pdf`` whose bytes are something else is reported corrupt.

Every failure is a typed :class:`lawgov_nlp.errors.ReaderError`:

=========================  ==========================================  =====
input                      error                                        code
=========================  ==========================================  =====
path does not exist        FileMissingError                             E004
no permission to read      FilePermissionError                          E005
0 bytes / no text inside   EmptyDocumentError                           E006
undecodable text           DecodingError                                E007
truncated or broken file   CorruptFileError                             E008
password-protected         EncryptedFileError                           E009
random bytes, executables  BinaryFileError                              E010
over ``max_bytes``         FileTooLargeError                            E014
unknown suffix and bytes   UnsupportedFormatError                       E003
a directory, pipe, device  NotAFileError                                E015
=========================  ==========================================  =====
"""
from __future__ import annotations

import re
import stat as stat_module
from pathlib import Path

from ..errors import (
    BinaryFileError,
    CorruptFileError,
    EmptyDocumentError,
    EncryptedFileError,
    Errors,
    FileMissingError,
    FilePermissionError,
    FileTooLargeError,
    NotAFileError,
    UnsupportedFormatError,
)
from . import docx as _docx
from . import html as _html
from . import pdf as _pdf
from . import text as _text
from ._common import SAMPLE_BYTES, ReadResult, looks_binary, utf16_by_nuls

__all__ = ["read_text", "ReadResult", "SUFFIXES", "LEGACY_SUFFIXES", "DEFAULT_MAX_BYTES", "detect_format"]

#: Files larger than this are refused (``max_bytes`` changes it per call).
DEFAULT_MAX_BYTES = 50 * 1024 * 1024

_READERS = {"txt": _text.read, "docx": _docx.read, "pdf": _pdf.read, "html": _html.read}
_BY_SUFFIX = {s: fmt for fmt, mod in (("txt", _text), ("docx", _docx), ("pdf", _pdf), ("html", _html))
              for s in mod.SUFFIXES}
#: Every suffix ``read_text`` (and a directory walk in ``extract_many``) accepts.
SUFFIXES = tuple(sorted(_BY_SUFFIX))
#: Legacy office formats that cannot be read: a directory walk still lists
#: them (they fail with E003 and :data:`LEGACY_HINT`, so they are counted, not skipped).
LEGACY_SUFFIXES = (".doc", ".wps")
LEGACY_HINT = ("this is a legacy Word/WPS file: save it as .docx (Word or WPS: Save As), or convert a folder "
               "with LibreOffice: soffice --headless --convert-to docx *.doc")

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def detect_format(head: bytes, suffix: str = "") -> str | None:
    """What the first bytes say the file is: ``pdf``, ``docx``, ``html``,
    ``ole`` (legacy .doc/.wps or an encrypted Office file), ``zip`` (some
    other zip: .xlsx, .odt, …), or ``None`` (plain text or unknown)."""
    if head.lstrip()[:5] == b"%PDF-" or re.search(rb"%PDF-[12]\.\d", head[:1024]) and b" obj" in head:
        return "pdf"  # readers accept junk before the header, within the first KB
    if head[:4] == b"PK\x03\x04":
        return "docx" if b"word/" in head or suffix == ".docx" else "zip"
    if head[:8] == _OLE:
        return "ole"
    wide = utf16_by_nuls(head[:4096])
    probe = head[:2048].decode(wide, "ignore") if wide else head[:2048].decode("latin-1")
    probe = probe.lstrip("\ufeff\xef\xbb\xbf\xff\xfe \t\r\n").lower()
    if probe.startswith(("<!doctype html", "<html")) or (probe.startswith(("<?xml", "<!--", "<head", "<meta"))
                                                        and "<html" in probe):
        return "html"
    return None


def read_text(path, *, max_bytes: int | None = DEFAULT_MAX_BYTES, format: str | None = None) -> ReadResult:
    """Read a report file (.txt .docx .pdf .html) as text.

    ``format`` forces a reader (``txt``, ``docx``, ``pdf``, ``html``) whatever
    the suffix. ``max_bytes=None`` lifts the size limit. Raises a
    :class:`~lawgov_nlp.errors.ReaderError` subclass (table in the module
    docstring); never returns an empty text.
    """
    path = Path(path)
    name = str(path)
    try:
        stat = path.stat()
    except FileNotFoundError:
        raise FileMissingError(Errors.E004.format(path=name), name) from None
    except PermissionError:
        raise FilePermissionError(Errors.E005.format(path=name), name) from None
    except OSError as exc:  # a dangling link, a name too long, …
        raise FileMissingError(Errors.E004.format(path=name) + f" ({exc.strerror or exc})", name) from None
    if not stat_module.S_ISREG(stat.st_mode):  # a directory, or a pipe that would block
        raise NotAFileError(Errors.E015.format(path=name), name)
    if max_bytes is not None and stat.st_size > max_bytes:
        raise FileTooLargeError(Errors.E014.format(path=name, size=stat.st_size, limit=max_bytes), name)
    try:
        with open(path, "rb") as fh:
            data = fh.read() if max_bytes is None else fh.read(max_bytes + 1)
    except PermissionError:
        raise FilePermissionError(Errors.E005.format(path=name), name) from None
    except IsADirectoryError:
        raise NotAFileError(Errors.E015.format(path=name), name) from None
    if max_bytes is not None and len(data) > max_bytes:  # grew since stat, or a special file
        raise FileTooLargeError(Errors.E014.format(path=name, size=len(data), limit=max_bytes), name)
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise EmptyDocumentError(Errors.E006.format(path=name), name)

    fmt = format or _choose_format(data, path.suffix.lower(), name)
    if fmt not in _READERS:
        raise UnsupportedFormatError(
            Errors.E003.format(suffix=fmt, path=name, supported=", ".join(SUFFIXES)), name)
    result = _READERS[fmt](data, name)
    if not result.text.strip():
        raise EmptyDocumentError(Errors.E006.format(path=name), name)
    return result


def _choose_format(data: bytes, suffix: str, name: str) -> str:
    """The reader for ``data``: a strong signature in the bytes, else the suffix."""
    head = data[:SAMPLE_BYTES]
    sniffed = detect_format(head, suffix)
    expected = _BY_SUFFIX.get(suffix)
    if sniffed in ("pdf", "docx", "html"):
        if sniffed == "html" and expected in ("docx", "pdf"):
            # A download that returned an error page instead of the document.
            raise CorruptFileError(Errors.E008.format(
                path=name, fmt=expected, reason="the file is an HTML page, not a " + expected), name)
        return sniffed
    if sniffed == "ole":
        if b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00i\x00o\x00n\x00I\x00n\x00f\x00o" in data[:1 << 20]:
            raise EncryptedFileError(Errors.E009.format(path=name), name)
        raise UnsupportedFormatError(Errors.E003.format(
            suffix=suffix or "(none)", path=name,
            supported=", ".join(SUFFIXES) + f" ({LEGACY_HINT})"), name)
    if expected in ("docx", "pdf"):
        what = "a zip of another kind" if sniffed == "zip" else (
            "binary data" if looks_binary(head) else "plain text")
        reason = f"expected a {'zip archive' if expected == 'docx' else '%PDF- header'}, found {what}"
        raise CorruptFileError(Errors.E008.format(path=name, fmt=expected, reason=reason), name)
    if sniffed == "zip":
        raise UnsupportedFormatError(
            Errors.E003.format(suffix=suffix or "(none)", path=name, supported=", ".join(SUFFIXES)), name)
    if expected is None:
        hint = f" ({LEGACY_HINT})" if suffix in LEGACY_SUFFIXES else ""
        raise UnsupportedFormatError(
            Errors.E003.format(suffix=suffix or "(none)", path=name, supported=", ".join(SUFFIXES) + hint), name)
    if expected == "txt" and looks_binary(head):
        raise BinaryFileError(Errors.E010.format(path=name, fmt="text"), name)
    return expected
