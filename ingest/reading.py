"""Reading an uploaded or pasted article: size, type and encoding checks, titles and slugs."""

from __future__ import annotations

import codecs
import html
import re
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import models
from django.utils.text import slugify

DEFAULT_MAX_BYTES = 2 * 1024 * 1024
TEXT_EXTENSIONS = {".txt", ".text"}
HTML_EXTENSIONS = {".html", ".htm"}

_SIGNATURES = [
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (a .docx or .odt document is one)"),
    (b"\xd0\xcf\x11\xe0", "an old Word or Excel document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
]
_HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title\s*>", re.I | re.S)
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # control characters other than whitespace


def max_import_bytes() -> int:
    return int(getattr(settings, "INGEST_MAX_BYTES", DEFAULT_MAX_BYTES))


def read_article(
    *, text: str | None = None, file: UploadedFile | bytes | None = None, filename: str = ""
) -> tuple[str, str, bool]:
    """
    Check and decode the input: (the field to blame, the raw text, whether it is HTML).
    Files must be .txt or .html (or have no extension), at most INGEST_MAX_BYTES, and UTF-8
    (an HTML page may declare another charset in its <meta>). Raises ValidationError.
    """
    limit = max_import_bytes()
    if text is not None and file is not None:
        raise ValidationError({"file": "Paste the text or upload a file, not both."})
    if file is None:
        if text is None or not text.strip():
            raise ValidationError({"text": "The text is empty: paste the article, or upload a .txt or .html file."})
        if len(text.encode("utf-8", "surrogatepass")) > limit:
            raise ValidationError({"text": f"The text is too large: an import takes {_size(limit)} at most."})
        _refuse_binary_text(text, "text")
        return "text", text, bool(_HTML_START.match(text))

    name = filename or getattr(file, "name", "") or ""
    extension = PurePath(name).suffix.lower()
    if extension and extension not in TEXT_EXTENSIONS | HTML_EXTENSIONS:
        raise ValidationError(
            {"file": f"“{PurePath(name).name}” is not a .txt or .html file: save the article as text or HTML."}
        )
    size = len(file) if isinstance(file, bytes | bytearray) else getattr(file, "size", None)
    too_large = ValidationError({"file": f"The file is too large: an import takes {_size(limit)} at most."})
    if size is not None and size > limit:
        raise too_large
    data = bytes(file) if isinstance(file, bytes | bytearray) else _read_upload(file, limit)
    if len(data) > limit:
        raise too_large
    if not data.strip():
        raise ValidationError({"file": "The file is empty."})
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            raise ValidationError({"file": f"The file is {kind}, not text: save the article as .txt or .html."})
    raw = _decode(data, html=extension in HTML_EXTENSIONS or not extension)
    if not raw.strip():
        raise ValidationError({"file": "The file is empty."})
    _refuse_binary_text(raw, "file")
    is_html = extension in HTML_EXTENSIONS or bool(_HTML_START.match(raw))
    return "file", raw, is_html


def _read_upload(file: UploadedFile, limit: int) -> bytes:
    if hasattr(file, "seek"):
        file.seek(0)
    return file.read(limit + 1)


def _decode(data: bytes, *, html: bool) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ValidationError({"file": "The file starts like UTF-16 text but is not valid UTF-16."}) from exc
    if b"\x00" in data:
        raise ValidationError({"file": "The file is binary (it contains NUL bytes), not text."})
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    charset = _declared_charset(data) if html else None
    if charset is not None:
        try:
            codec = codecs.lookup(charset).name
        except LookupError as exc:
            raise ValidationError({"file": f"The page declares an unknown character set, “{charset}”."}) from exc
        # As browsers do (WHATWG Encoding): pages labelled Latin-1 or ASCII are read as windows-1252.
        if codec in ("iso8859-1", "ascii"):
            codec = "cp1252"
        try:
            return data.decode(codec)
        except UnicodeDecodeError as exc:
            raise ValidationError(
                {"file": f"The page declares the character set “{charset}” but is not valid {charset} text."}
            ) from exc
    bad = data[utf8_error.start]
    raise ValidationError(
        {
            "file": f"The file is not UTF-8 text (byte 0x{bad:02x} at position {utf8_error.start} is not valid UTF-8). "
            "Save it as UTF-8 and import it again."
        }
    )


def _declared_charset(data: bytes) -> str | None:
    found = _META_CHARSET.search(data[:4096])
    return found.group(1).decode("ascii") if found else None


def _refuse_binary_text(text: str, field: str) -> None:
    if "\x00" in text:
        raise ValidationError({field: f"The {field} is binary (it contains NUL characters), not text."})
    controls = len(_CONTROLS.findall(text))
    if controls > len(text) * 0.02:
        raise ValidationError({field: f"The {field} is mostly not text (it is full of control characters)."})


def _size(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB" if n >= 1024 * 1024 else f"{n:,} bytes"


def html_title(raw: str) -> str:
    found = _TITLE.search(raw)
    return " ".join(html.unescape(found.group(1)).split()) if found else ""


def default_title(text: str, *, limit: int = 150) -> str:
    """The text's first line; when that is a whole paragraph, its first sentence or first words."""
    line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if len(line) <= limit:
        return line
    sentence = re.match(rf"(.{{30,{limit}}}?[.!?])\s", line)
    return sentence.group(1) if sentence else line[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def unique_slug(model: type[models.Model], text: str, *, fallback: str, max_length: int = 80) -> str:
    """A slug from the text's first words, with -2, -3... appended when it is taken. One query."""
    base = slugify(text)
    if len(base) > max_length:  # cut at a word boundary
        base = base[:max_length].rsplit("-", 1)[0]
    base = base.strip("-") or fallback
    taken = set(model._default_manager.filter(slug__startswith=base).values_list("slug", flat=True))
    slug, n = base, 1
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    return slug
