"""Safe opening of Office Open XML packages (.docx) received from strangers.

A .docx is a zip of XML parts. Both layers can be hostile: a zip member can
inflate to gigabytes (a zip bomb) and an XML part can declare entities that
expand exponentially ("billion laughs") or read local files (XXE). Everything
here runs *before* python-docx touches the bytes, so that python-docx only
ever sees a package whose sizes are within `Limits` and whose XML parts carry
no DTD at all. Word never writes a DOCTYPE, so refusing one costs nothing.

Files in the older OLE compound format (a .doc, or a .docx that Word has
encrypted with a password) are recognised by their magic number so that the
user gets a reason they can act on instead of "corrupt zip".
"""

from __future__ import annotations

import posixpath
import time
import zipfile
import zlib
from io import BytesIO
from typing import Callable, Iterator
from xml.parsers import expat

from lxml import etree

from mla_lint.errors import UnreadableDocument
from mla_lint.limits import MIB, Limits

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
"""First eight bytes of an OLE compound file (legacy .doc, encrypted .docx)."""

MAIN_PART = "word/document.xml"

CORRUPT = "not a valid .docx file: truncated or corrupt zip archive"

_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
_CHUNK = 64 * 1024
_CONTENT_TYPES = "[Content_Types].xml"
_CT_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_ZIP_ERRORS = (
    zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError, ValueError, IndexError, NotImplementedError
)
"""What zipfile raises on damaged archives (NotImplementedError: an unknown zip version or method)."""


class Deadline:
    """The time budget of one read (``limits.max_seconds``), checked between parts.

    The clock is injectable so tests can exhaust the budget deterministically.
    """

    def __init__(self, seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        self._seconds = seconds
        self._clock = clock
        self._end = clock() + seconds

    def check(self) -> None:
        """Raise UnreadableDocument once the budget is spent."""
        if self._clock() > self._end:
            raise UnreadableDocument(f"reading took longer than the {self._seconds:g} s limit (limits.max-seconds)")


def is_ole(data: bytes) -> bool:
    """True for an OLE compound file: a legacy .doc or a password-protected .docx."""
    return data.startswith(OLE_MAGIC)


def _ole_reason(data: bytes) -> str:
    """Why an OLE compound file cannot be read, in words the user can act on.

    Word wraps an encrypted .docx in an OLE container holding an
    "EncryptedPackage" stream; directory entries store stream names in
    UTF-16-LE, so a byte search finds it without an OLE parser.
    """
    if _ENCRYPTED_STREAM in data:
        return "password-protected (encrypted) Word document: remove the password and save again"
    return "legacy Word 97-2003 (.doc) format is not supported: save it as .docx"


def has_member(data: bytes, name: str) -> bool:
    """True if ``data`` is a zip archive listing ``name`` (reads the central directory only)."""
    if not data.startswith(b"PK"):
        return False
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            return name in archive.namelist()
    except _ZIP_ERRORS:
        return False


def check_package(data: bytes, limits: Limits, deadline: Deadline) -> None:
    """Raise UnreadableDocument unless ``data`` is a Word package safe to hand to python-docx.

    Declared sizes are checked before anything is inflated; then every member
    is inflated in chunks with the same bounds enforced on the real byte
    counts (which also verifies its CRC), and every XML part is checked for a
    DOCTYPE as its first chunks go by. Nothing is kept: python-docx reads the
    package again, from the archive now known to be sound.
    """
    if is_ole(data):
        raise UnreadableDocument(_ole_reason(data))
    try:
        archive = zipfile.ZipFile(BytesIO(data))
    except _ZIP_ERRORS:
        raise UnreadableDocument(CORRUPT) from None
    with archive:
        members = [info for info in archive.infolist() if not info.is_dir()]
        names = {info.filename for info in members}
        if MAIN_PART not in names:
            raise UnreadableDocument(f"not a Word document (no {MAIN_PART})")
        if _CONTENT_TYPES not in names:
            raise UnreadableDocument(f"not a valid .docx file: no {_CONTENT_TYPES}")
        _check_declared_sizes(members, limits)
        budget = _Budget(limits)
        types_info = archive.getinfo(_CONTENT_TYPES)
        content_types = _ContentTypes(parse_xml(b"".join(_inflate(archive, types_info, budget)), _CONTENT_TYPES))
        for info in members:
            deadline.check()
            if info is types_info:
                continue
            scan = _PrologScan(info.filename) if _is_xml_part(info.filename, content_types) else None
            for chunk in _inflate(archive, info, budget):
                if scan is not None:
                    scan.feed(chunk)
            if scan is not None:
                scan.finish()


MAX_XML_DEPTH = 256
"""libxml2's nesting limit without XML_PARSE_HUGE, which we never set."""


def xml_problem(error: etree.XMLSyntaxError) -> str:
    """What is wrong with an XML part, in words: too deeply nested (a resource attack) or not well-formed."""
    if "excessive depth" in str(error).lower():
        return f"is nested too deeply (over {MAX_XML_DEPTH} levels of elements)"
    return "is not well-formed XML"


def parse_xml(data: bytes, name: str) -> etree._Element:
    """Parse one XML part with entity expansion, DTD loading and network access all off.

    A part with a DOCTYPE is refused outright, before lxml sees it.
    """
    _reject_doctype(data, name)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise UnreadableDocument(f"not a valid .docx file: {_part_label(name)} {xml_problem(exc)}") from None
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None:
        raise UnreadableDocument(f"{_part_label(name)} contains a DTD; refused")
    return root


class _DoctypeFound(Exception):
    """Raised from expat's DOCTYPE handler: stops parsing before any entity is declared."""


class _RootReached(Exception):
    """Raised from expat's first start-element handler: the prolog had no DOCTYPE."""


def _on_doctype(*_args: object) -> None:
    raise _DoctypeFound


def _on_element(*_args: object) -> None:
    raise _RootReached


class _PrologScan:
    """Incremental check that an XML part's prolog has no DOCTYPE.

    A DOCTYPE can only stand before the root element, so expat parses just the
    prolog and stops at the first start tag; the DOCTYPE handler fires at the
    declaration's first token, before any entity in it is defined or expanded.
    expat understands the encoding declaration and byte-order marks, so a
    UTF-16 part cannot hide its DOCTYPE from a byte search.
    """

    def __init__(self, name: str) -> None:
        self._name = name
        self._done = False
        self._parser = expat.ParserCreate()
        self._parser.StartDoctypeDeclHandler = _on_doctype
        self._parser.StartElementHandler = _on_element

    def feed(self, chunk: bytes, final: bool = False) -> None:
        """Parse the next bytes of the part, unless the root element was already reached."""
        if self._done:
            return
        try:
            self._parser.Parse(chunk, final)
            return
        except _RootReached:
            self._done = True
            return
        except _DoctypeFound:
            raise UnreadableDocument(f"{_part_label(self._name)} contains a DTD; refused") from None
        except (expat.ExpatError, LookupError):  # LookupError: an encoding Python does not know
            pass
        raise UnreadableDocument(f"not a valid .docx file: {_part_label(self._name)} is not well-formed XML")

    def finish(self) -> None:
        """Raise unless the root element was reached (a part that is all prolog is not XML)."""
        self.feed(b"", final=True)


def _reject_doctype(data: bytes, name: str) -> None:
    """Raise UnreadableDocument if the XML ``data`` has a DOCTYPE or an unreadable prolog."""
    scan = _PrologScan(name)
    for offset in range(0, len(data), _CHUNK):
        scan.feed(data[offset : offset + _CHUNK])
    scan.finish()


def _part_label(name: str) -> str:
    """A zip member name fit for a one-line message (member names are attacker-chosen)."""
    clean = "".join(ch if ch.isprintable() else "?" for ch in name)
    return clean if len(clean) <= 80 else clean[:79] + "…"


class _ContentTypes:
    """[Content_Types].xml: which members python-docx will parse as XML."""

    def __init__(self, root: etree._Element) -> None:
        self._defaults = {
            el.get("Extension", "").lower(): el.get("ContentType", "") for el in root.iter(f"{_CT_NS}Default")
        }
        self._overrides = {
            el.get("PartName", "").lower(): el.get("ContentType", "") for el in root.iter(f"{_CT_NS}Override")
        }

    def of(self, member: str) -> str:
        """Content type of a member, looked up the way OPC consumers (python-docx) do."""
        override = self._overrides.get("/" + member.lower())
        if override is not None:
            return override
        return self._defaults.get(posixpath.splitext(member)[1][1:].lower(), "")


def _is_xml_part(name: str, content_types: _ContentTypes) -> bool:
    """True for members that are parsed as XML: by name (.xml, .rels) or by an XML content type.

    Images typed ``image/svg+xml`` are left alone: nothing parses them, and
    SVG files legitimately carry DOCTYPEs.
    """
    if name.lower().endswith((".xml", ".rels")):
        return True
    content_type = content_types.of(name)
    return content_type.startswith("application/") and content_type.endswith("xml")


def _check_declared_sizes(members: list[zipfile.ZipInfo], limits: Limits) -> None:
    """Refuse a package from its central directory alone, before inflating a byte."""
    total = 0
    for info in members:
        _check_part_size(info.filename, info.file_size, info.compress_size, limits)
        total += info.file_size
        if total > limits.max_total_uncompressed_bytes:
            raise UnreadableDocument(_total_too_large(limits))


def _check_part_size(name: str, size: int, compressed: int, limits: Limits) -> None:
    """Apply the per-part size and compression-ratio limits to one member."""
    if size > limits.max_part_bytes:
        raise UnreadableDocument(
            f"part {_part_label(name)} is over the {_size(limits.max_part_bytes)} limit"
            " when uncompressed (limits.max-part-bytes)"
        )
    if size > MIB and size > limits.max_compression_ratio * max(compressed, 1):
        raise UnreadableDocument(
            f"part {_part_label(name)} expands more than {limits.max_compression_ratio}:1"
            " (limits.max-compression-ratio): possible zip bomb"
        )


def _total_too_large(limits: Limits) -> str:
    return (
        f"parts add up to more than {_size(limits.max_total_uncompressed_bytes)} when uncompressed"
        " (limits.max-total-uncompressed-bytes)"
    )


def _size(count: int) -> str:
    return f"{count / MIB:g} MiB" if count >= MIB else f"{count} bytes"


class _Budget:
    """Bytes actually inflated so far, against the limits (declared sizes can lie)."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.total = 0


def _inflate(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: _Budget) -> Iterator[bytes]:
    """Inflate one member in chunks, stopping as soon as a bound is passed."""
    size = 0
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(_CHUNK):
                size += len(chunk)
                budget.total += len(chunk)
                _check_part_size(info.filename, size, info.compress_size, budget.limits)
                if budget.total > budget.limits.max_total_uncompressed_bytes:
                    raise UnreadableDocument(_total_too_large(budget.limits))
                yield chunk
    except NotImplementedError:
        raise UnreadableDocument("not a valid .docx file: unsupported zip compression method") from None
    except RuntimeError:
        raise UnreadableDocument("not a valid .docx file: zip members are password-encrypted") from None
    except _ZIP_ERRORS:
        raise UnreadableDocument(CORRUPT) from None
