"""Every error lawgov_nlp raises, in one place, with stable codes.

Modelled on spaCy's ``spacy.errors``: a message table keyed by code, and a
small hierarchy of exception types so callers can catch what they expect
(``except lawgov_nlp.errors.ReaderError``) and batch jobs can record a
``(path, code, reason)`` triple instead of dying.
"""
from __future__ import annotations


class Errors:
    """Message templates. Format with ``Errors.E001.format(...)``."""

    E001 = "[E001] Expected text as str, got {type}."
    E002 = "[E002] Not a numeral: {text!r} ({reason})."
    E003 = "[E003] Unknown file type {suffix!r} for {path}; supported: {supported}."
    E004 = "[E004] File not found: {path}."
    E005 = "[E005] Permission denied reading {path}."
    E006 = "[E006] {path} is empty (no text after reading)."
    E007 = "[E007] {path} could not be decoded as text (tried: {tried})."
    E008 = "[E008] {path} is not a valid {fmt} file: {reason}."
    E009 = "[E009] {path} is encrypted or password-protected."
    E010 = "[E010] {path} looks binary, not {fmt}."
    E011 = "[E011] Unknown component option {name!r} = {value!r}: {reason}."
    E012 = "[E012] Lexicon {path}: {reason}."
    E013 = "[E013] Gold file {path}: {reason}."
    E014 = "[E014] {path} is {size} bytes, over the limit of {limit} bytes."
    E015 = "[E015] {path} is not a regular file (a directory, device or pipe)."
    E016 = ("[E016] extract_many(n_process={n}) starts worker processes, and each one re-runs {script}, which "
            "calls extract_many again at its top level. Put the call under 'if __name__ == \"__main__\":' "
            "(see docs/reading-files.md), or use n_process=1.")
    E017 = ("[E017] {component} found no doc.spans[{key!r}]: it reads the mentions that lawgov_quantities "
            "writes, so add lawgov_quantities before it (pipeline order: lawgov_sections, lawgov_quantities, "
            "lawgov_nonindicators, lawgov_attacher; nlp.analyze_pipes() reports order problems).")
    E018 = ("[E018] {component} needs a tokenizer that splits Chinese text into characters (spacy.blank(\"zh\"), "
            "or lawgov_nlp.load()); the token {token!r} holds Chinese characters and digits together, so mentions "
            "would be whole tokens. This pipeline's language is {lang!r}.")


class LawgovError(Exception):
    """Base class for every error raised on purpose by lawgov_nlp."""

    code = "E000"


class NumeralError(LawgovError, ValueError):
    """A string that is not a numeral was given to :func:`lawgov_nlp.to_number`."""

    code = "E002"


class LexiconError(LawgovError, ValueError):
    """A lexicon or pattern data file is malformed."""

    code = "E012"


class ReaderError(LawgovError):
    """A report file could not be turned into text. Subclasses say why."""

    code = "E000"

    def __init__(self, message: str, path: str | None = None):
        super().__init__(message)
        self.path = path


class UnsupportedFormatError(ReaderError):
    code = "E003"


class FileMissingError(ReaderError, FileNotFoundError):
    code = "E004"


class FilePermissionError(ReaderError, PermissionError):
    code = "E005"


class EmptyDocumentError(ReaderError):
    code = "E006"


class DecodingError(ReaderError):
    code = "E007"


class CorruptFileError(ReaderError):
    code = "E008"


class EncryptedFileError(ReaderError):
    code = "E009"


class BinaryFileError(ReaderError):
    code = "E010"


class FileTooLargeError(ReaderError):
    code = "E014"


class NotAFileError(ReaderError, IsADirectoryError):
    code = "E015"


class UnguardedScriptError(LawgovError, RuntimeError):
    """``n_process > 1`` in a script without an ``if __name__ == "__main__":`` guard."""

    code = "E016"


class GoldFormatError(LawgovError, ValueError):
    code = "E013"
