"""Builders of real .docx packages for the reader tests.

python-docx makes the package (styles, numbering, settings, properties)
and whatever it has an API for; what it cannot write (footnotes, tracked
changes, fields, text boxes, custom properties, list definitions) is put in
by rewriting the package's parts with zipfile, the way Word would have
written them.
"""

from __future__ import annotations

import io
import posixpath
import struct
import zipfile
from pathlib import Path
from typing import Iterable, Mapping

import docx
from docx.document import Document as DocxDocument
from lxml import etree

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "v": "urn:schemas-microsoft-com:vml",
    "m": "http://schemas.openxmlformats.org/officeDocument/2006/math",
}
NS_DECLARATIONS = " ".join(f'xmlns:{prefix}="{uri}"' for prefix, uri in NS.items())
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

REL_FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
REL_ENDNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes"
REL_CUSTOM = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
CT_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
CT_FOOTNOTES = f"{CT_WML}.footnotes+xml"
CT_ENDNOTES = f"{CT_WML}.endnotes+xml"
CT_CUSTOM = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
CT_TEMPLATE_MAIN = f"{CT_WML}.template.main+xml"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

_PKG_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"


def save(document: DocxDocument, tmp_path: Path, name: str = "request.docx") -> bytes:
    """Save a python-docx document as a real file under ``tmp_path`` and return its bytes."""
    path = tmp_path / name
    document.save(str(path))
    return path.read_bytes()


def blank_package() -> bytes:
    """python-docx's default package: styles, list definitions, settings and properties, empty body."""
    buffer = io.BytesIO()
    docx.Document().save(buffer)
    return buffer.getvalue()


def document_xml(body: str, sect_pr: str = "") -> bytes:
    """A complete word/document.xml around ``body`` (WordprocessingML for the body's children)."""
    return (
        f"{XML_HEAD}<w:document {NS_DECLARATIONS}><w:body>{body}{sect_pr}</w:body></w:document>"
    ).encode()


def with_body(body: str, base: bytes | None = None) -> bytes:
    """A package whose document body is ``body``."""
    return rewrite(base or blank_package(), replace={"word/document.xml": document_xml(body)})


def part_xml(root: str, content: str, namespaces: str = NS_DECLARATIONS) -> bytes:
    """An XML part with root element ``root`` (e.g. "w:footnotes")."""
    return f"{XML_HEAD}<{root} {namespaces}>{content}</{root}>".encode()


def p(*runs: str, ppr: str = "") -> str:
    """A paragraph: plain strings become runs, markup (starting with "<") is kept as is."""
    inner = "".join(run if run.startswith("<") else r(run) for run in runs)
    return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{inner}</w:p>"


def r(text: str, rpr: str = "") -> str:
    """A run with one w:t (spaces preserved)."""
    props = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{text}</w:t></w:r>'


def numbered(text: str, num_id: int, ilvl: int = 0) -> str:
    """A list paragraph in list ``num_id`` at level ``ilvl``."""
    return p(text, ppr=f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>')


def rewrite(
    data: bytes,
    replace: Mapping[str, bytes] | None = None,
    drop: Iterable[str] = (),
    add: Mapping[str, bytes] | None = None,
    compression: int = zipfile.ZIP_DEFLATED,
) -> bytes:
    """Copy a zip, replacing, dropping and adding members."""
    replace = dict(replace or {})
    dropped = set(drop)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", compression) as target:
        for info in source.infolist():
            if info.filename in dropped:
                continue
            target.writestr(info.filename, replace.pop(info.filename, None) or source.read(info))
        for name, payload in {**replace, **(add or {})}.items():
            target.writestr(name, payload)
    return out.getvalue()


def read_member(data: bytes, name: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read(name)


def add_part(
    data: bytes, partname: str, content_type: str, reltype: str, xml: bytes, source: str = "word/document.xml"
) -> bytes:
    """Add a part, its content-type override and a relationship to it from ``source`` ("" = the package)."""
    folder = posixpath.dirname(source)
    rels_name = _rels_name(source)
    rels = etree.fromstring(read_member(data, rels_name))
    taken = {rel.get("Id") for rel in rels}
    rel_id = next(f"rId{n}" for n in range(1, 1000) if f"rId{n}" not in taken)
    etree.SubElement(
        rels,
        f"{{{_PKG_RELS_NS}}}Relationship",
        Id=rel_id,
        Type=reltype,
        Target=posixpath.relpath(partname, folder or "."),
    )
    types = etree.fromstring(read_member(data, "[Content_Types].xml"))
    etree.SubElement(types, f"{{{_CT_NS}}}Override", PartName="/" + partname, ContentType=content_type)
    return rewrite(
        data,
        replace={rels_name: etree.tostring(rels), "[Content_Types].xml": etree.tostring(types)},
        add={partname: xml},
    )


def remove_part(data: bytes, partname: str, source: str = "word/document.xml") -> bytes:
    """Remove a part together with its relationship from ``source`` and its content-type override."""
    rels_name = _rels_name(source)
    rels = etree.fromstring(read_member(data, rels_name))
    target = posixpath.relpath(partname, posixpath.dirname(source) or ".")
    for rel in list(rels):
        if rel.get("Target") in (target, "/" + partname):
            rels.remove(rel)
    types = etree.fromstring(read_member(data, "[Content_Types].xml"))
    for override in list(types):
        if override.get("PartName") == "/" + partname:
            types.remove(override)
    return rewrite(
        data,
        replace={rels_name: etree.tostring(rels), "[Content_Types].xml": etree.tostring(types)},
        drop=[partname],
    )


def _rels_name(source: str) -> str:
    """The relationships part of ``source`` ("" is the package itself)."""
    if not source:
        return "_rels/.rels"
    return posixpath.join(posixpath.dirname(source), "_rels", posixpath.basename(source) + ".rels")


def set_content_type(data: bytes, partname: str, content_type: str) -> bytes:
    """Change the content-type override of a part (to make a .dotx or .docm main part)."""
    types = etree.fromstring(read_member(data, "[Content_Types].xml"))
    for override in types.iter(f"{{{_CT_NS}}}Override"):
        if override.get("PartName") == "/" + partname:
            override.set("ContentType", content_type)
    return rewrite(data, replace={"[Content_Types].xml": etree.tostring(types)})


def as_strict_ooxml(data: bytes) -> bytes:
    """Relate the main part the way Word's "Strict Open XML Document" format does."""
    rels = read_member(data, "_rels/.rels").replace(
        b"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
        b"http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument",
    )
    return rewrite(data, replace={"_rels/.rels": rels})


def notes_xml(kind: str, notes: Mapping[int, str]) -> bytes:
    """footnotes.xml or endnotes.xml ("footnote"/"endnote") with Word's two separator notes first."""
    separators = (
        f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
        f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{kind}>'
    )
    mark = "footnoteRef" if kind == "footnote" else "endnoteRef"
    content = "".join(
        f'<w:{kind} w:id="{note_id}"><w:p><w:r><w:{mark}/></w:r>{r(" " + text)}</w:p></w:{kind}>'
        for note_id, text in notes.items()
    )
    return part_xml(f"w:{kind}s", separators + content)


def custom_properties_xml(properties: Mapping[str, str]) -> bytes:
    """docProps/custom.xml with string properties."""
    content = "".join(
        f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{pid}" name="{name}">'
        f"<vt:lpwstr>{value}</vt:lpwstr></property>"
        for pid, (name, value) in enumerate(properties.items(), 2)
    )
    return part_xml(
        "Properties",
        content,
        'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"',
    )


def app_properties_xml(template: str, company: str, pages: int) -> bytes:
    """docProps/app.xml with the properties MLA206 cares about."""
    return part_xml(
        "Properties",
        f"<Template>{template}</Template><Pages>{pages}</Pages><Application>Microsoft Office Word</Application>"
        f"<Company>{company}</Company>",
        'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"',
    )


NUMBERING_XML = part_xml(
    "w:numbering",
    # abstract 10: "1." / "(a)" / "i)"
    '<w:abstractNum w:abstractNumId="10">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl>'
    '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%3)"/></w:lvl>'
    "</w:abstractNum>"
    # abstract 20: legal style "1." / "1.1."
    '<w:abstractNum w:abstractNumId="20">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>'
    "</w:abstractNum>"
    # abstract 30: bullets; abstract 40: "Article I" upper roman starting at 1
    '<w:abstractNum w:abstractNumId="30">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/></w:lvl>'
    "</w:abstractNum>"
    '<w:abstractNum w:abstractNumId="40">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="Article %1"/></w:lvl>'
    "</w:abstractNum>"
    '<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>'
    '<w:num w:numId="2"><w:abstractNumId w:val="10"/>'
    '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
    '<w:num w:numId="3"><w:abstractNumId w:val="20"/></w:num>'
    '<w:num w:numId="4"><w:abstractNumId w:val="30"/></w:num>'
    '<w:num w:numId="5"><w:abstractNumId w:val="40"/></w:num>',
)


def text_box_run(text: str) -> str:
    """A run anchoring a text box, as Word 2010+ writes it: DrawingML in mc:Choice, VML copy in mc:Fallback."""
    content = f"<w:txbxContent>{p(text)}</w:txbxContent>"
    return (
        "<w:r><mc:AlternateContent>"
        '<mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic>'
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f"<wps:wsp><wps:txbx>{content}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
        "</mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape><v:textbox>{content}</v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )


def zip_of(members: Mapping[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A zip archive with exactly these members."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as archive:
        for name, payload in members.items():
            archive.writestr(name, payload)
    return out.getvalue()


def understate_size(data: bytes, member: str, declared: int) -> bytes:
    """Rewrite a member's uncompressed size in both zip headers to ``declared`` (a lying archive)."""
    patched = bytearray(data)
    name = member.encode()
    for signature, size_offset, name_offset in ((b"PK\x03\x04", 22, 30), (b"PK\x01\x02", 24, 46)):
        start = 0
        while (start := patched.find(signature, start)) != -1:
            length = struct.unpack_from("<H", patched, start + (26 if signature == b"PK\x03\x04" else 28))[0]
            if patched[start + name_offset : start + name_offset + length] == name:
                struct.pack_into("<I", patched, start + size_offset, declared)
            start += 4
    return bytes(patched)


def ole_container(*stream_names: str) -> bytes:
    """Bytes that look like an OLE compound file whose directory names these streams."""
    directory = b"".join(name.encode("utf-16-le").ljust(64, b"\0") for name in stream_names)
    return OLE_MAGIC + b"\0" * 504 + directory + b"\0" * 512


def table_request(tmp_path: Path, lead: str, header: list[str], row: list[str]) -> Path:
    """A .docx of one paragraph and a table with a header row and one data row (charges, persons)."""
    document = docx.Document()
    document.add_paragraph(lead)
    table = document.add_table(rows=2, cols=len(header))
    for cells, values in ((table.rows[0].cells, header), (table.rows[1].cells, row)):
        for cell, value in zip(cells, values, strict=True):
            cell.text = value
    path = tmp_path / "request.docx"
    document.save(path)
    return path
