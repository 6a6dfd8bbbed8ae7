"""The .docx reader: exact text in reading order, what is hidden, and refusal of hostile files."""

from __future__ import annotations

import copy
import io
import os
import time
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import docx_fixtures as fx
from mla_lint.errors import UnreadableDocument
from mla_lint.limits import MIB, Limits
from mla_lint.model import BlockKind, Document, HiddenContent, HiddenKind, Location
from mla_lint.readers import ooxml
from mla_lint.readers.docx_reader import DocxReader


def read(data: bytes, limits: Limits | None = None) -> Document:
    return DocxReader().read(data, "request.docx", limits or Limits())


def refusal(data: bytes, limits: Limits | None = None) -> str:
    with pytest.raises(UnreadableDocument) as caught:
        read(data, limits)
    reason = caught.value.reason
    assert "\n" not in reason
    return reason


def rows(document: Document) -> list[tuple[str, str, int | None, int | None, int | None, int | None]]:
    """(kind, text, paragraph, table, row, column) of every block."""
    return [
        (b.kind.value, b.text, b.location.paragraph, b.location.table, b.location.row, b.location.column)
        for b in document.blocks
    ]


# -- reading order, tables, headings ----------------------------------------------


def test_paragraphs_and_table_cells_in_document_order(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Before the table.")
    table = document.add_table(rows=3, cols=3)
    table.cell(0, 0).text = "Name"
    table.cell(0, 1).merge(table.cell(0, 2)).text = "Spans two columns"
    table.cell(1, 0).merge(table.cell(2, 0)).text = "Spans two rows"
    table.cell(1, 1).text = "B2"
    table.cell(1, 2).text = "C2"
    table.cell(2, 1).text = "B3"
    inner = table.cell(2, 2)
    inner.text = "Cell with a nested table:"
    nested = inner.add_table(rows=1, cols=2)
    nested.cell(0, 0).text = "inner 1"
    nested.cell(0, 1).text = "inner 2"
    inner.add_paragraph("after nested")
    document.add_paragraph("After the table.")

    result = read(fx.save(document, tmp_path))

    assert rows(result) == [
        ("paragraph", "Before the table.", 1, None, None, None),
        ("table-cell", "Name", 2, 1, 1, 1),
        ("table-cell", "Spans two columns", 3, 1, 1, 2),
        ("table-cell", "Spans two rows", 4, 1, 2, 1),
        ("table-cell", "B2", 5, 1, 2, 2),
        ("table-cell", "C2", 6, 1, 2, 3),
        ("table-cell", "B3", 7, 1, 3, 2),
        ("table-cell", "Cell with a nested table:", 8, 1, 3, 3),
        ("table-cell", "inner 1", 9, 2, 1, 1),
        ("table-cell", "inner 2", 10, 2, 1, 2),
        ("table-cell", "after nested", 11, 1, 3, 3),
        ("paragraph", "After the table.", 12, None, None, None),
    ]
    assert [b.index for b in result.blocks] == list(range(12))
    assert result.format == "docx" and result.source == "request.docx"
    assert all(b.location.line is None and b.location.start is None for b in result.blocks)


def test_cell_paragraphs_form_one_block_and_content_controls_are_read() -> None:
    table = "<w:tbl><w:tr><w:tc>" + fx.p("first line") + fx.p("") + fx.p("second line") + "</w:tc></w:tr></w:tbl>"
    block_control = f"<w:sdt><w:sdtPr/><w:sdtContent>{fx.p('Inside a block content control')}</w:sdtContent></w:sdt>"
    inline_control = "<w:sdt><w:sdtContent>" + fx.r("John Smith") + "</w:sdtContent></w:sdt>"
    body = table + block_control + fx.p("Name: ", inline_control)

    assert [b.text for b in read(fx.with_body(body)).blocks] == [
        "first line\nsecond line",
        "Inside a block content control",
        "Name: John Smith",
    ]


def test_heading_levels_from_style_name_and_outline_level(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Letter of request", 0)  # Title style
    document.add_heading("1. Background", 1)
    document.add_heading("1.1 Facts", 2)
    styled = document.styles.add_style("Request Part", WD_STYLE_TYPE.PARAGRAPH)
    styled.element.get_or_add_pPr().append(_outline(0))
    document.add_paragraph("Part A by style outline level", style="Request Part")
    direct = document.add_paragraph("Direct outline level 3")
    direct._p.get_or_add_pPr().append(_outline(2))
    demoted = document.add_heading("Heading style demoted to body text", 1)
    demoted._p.get_or_add_pPr().append(_outline(9))
    document.add_paragraph("Plain text")

    result = read(fx.save(document, tmp_path))

    assert [(b.kind.value, b.heading_level, b.style, b.text) for b in result.blocks] == [
        ("heading", 1, "Title", "Letter of request"),
        ("heading", 1, "Heading 1", "1. Background"),
        ("heading", 2, "Heading 2", "1.1 Facts"),
        ("heading", 1, "Request Part", "Part A by style outline level"),
        ("heading", 3, "Normal", "Direct outline level 3"),
        ("paragraph", None, "Heading 1", "Heading style demoted to body text"),
        ("paragraph", None, "Normal", "Plain text"),
    ]


def _outline(level: int) -> BaseOxmlElement:
    return OxmlElement("w:outlineLvl", {qn("w:val"): str(level)})


def test_empty_paragraphs_are_skipped_and_not_counted(tmp_path: Path) -> None:
    document = docx.Document()
    for text in ("A", "", "   ", "\t", "B"):
        document.add_paragraph(text)
    result = read(fx.save(document, tmp_path))
    assert [(b.text, b.location.paragraph) for b in result.blocks] == [("A", 1), ("B", 2)]


# -- list numbering ----------------------------------------------------------------


def test_visible_numbering_labels() -> None:
    body = (
        fx.numbered("Request", 1)
        + fx.numbered("bank records", 1, 1)
        + fx.numbered("witness statement", 1, 1)
        + fx.numbered("detail", 1, 2)
        + fx.numbered("detail", 1, 2)
        + fx.numbered("Second request", 1)
        + fx.numbered("restarted sub-level", 1, 1)
        + fx.p("An unnumbered paragraph does not interrupt the list.")
        + "".join(fx.numbered(f"item {n}", 1) for n in range(3, 13))
        + fx.numbered("New list restarts", 2)
        + fx.numbered("continues", 2)
        + fx.numbered("Legal", 3)
        + fx.numbered("legal sub", 3, 1)
        + fx.numbered("legal sub", 3, 1)
        + fx.numbered("A bullet", 4)
        + fx.numbered("Roman", 5)
        + fx.numbered("Roman", 5)
        + fx.numbered("Number switched off", 0)
    )
    data = fx.rewrite(fx.with_body(body), replace={"word/numbering.xml": fx.NUMBERING_XML})

    labels = [b.location.label for b in read(data).blocks]

    assert labels == [
        "1.", "(a)", "(b)", "i)", "ii)", "2.", "(a)", None,
        "3.", "4.", "5.", "6.", "7.", "8.", "9.", "10.", "11.", "12.",
        "1.", "2.",
        "1.", "1.1.", "1.2.",
        None,
        "Article I", "Article II",
        None,
    ]  # fmt: skip


def test_list_style_link_continues_the_linked_definition(tmp_path: Path) -> None:
    document = docx.Document()
    list_style = document.styles.add_style("LegalList", WD_STYLE_TYPE.LIST)
    numbering = OxmlElement("w:numPr")
    numbering.append(OxmlElement("w:numId", {qn("w:val"): "3"}))
    list_style.element.get_or_add_pPr().append(numbering)
    data = fx.save(document, tmp_path)
    linked = (
        b'<w:abstractNum w:abstractNumId="50"><w:numStyleLink w:val="LegalList"/></w:abstractNum>'
        b'<w:num w:numId="6"><w:abstractNumId w:val="50"/></w:num></w:numbering>'
    )
    body = fx.numbered("Through the link", 6) + fx.numbered("sub", 6, 1) + fx.numbered("Directly", 3)
    data = fx.rewrite(
        fx.with_body(body, base=data),
        replace={"word/numbering.xml": fx.NUMBERING_XML.replace(b"</w:numbering>", linked)},
    )
    assert [b.location.label for b in read(data).blocks] == ["1.", "1.1.", "2."]


def test_numbering_through_the_paragraph_style(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("First", style="List Number")
    document.add_paragraph("Second", style="List Number")
    document.add_paragraph("Bullet", style="List Bullet")
    result = read(fx.save(document, tmp_path))
    assert [(b.text, b.location.label) for b in result.blocks] == [("First", "1."), ("Second", "2."), ("Bullet", None)]
    assert result.blocks[1].location.describe() == "paragraph 2 (2.)"


# -- run content ---------------------------------------------------------------------


def test_run_content_tabs_breaks_symbols_and_fields() -> None:
    field = (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> DATE \\@ "d MMMM yyyy" </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        + fx.r("5 March 2023")
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )
    body = (
        fx.p("Item", "<w:r><w:tab/></w:r>", "value", "<w:r><w:br/></w:r>", "next line")
        + fx.p("co", "<w:r><w:noBreakHyphen/></w:r>", "operation ", '<w:r><w:sym w:font="Symbol" w:char="F0B7"/></w:r>')
        + fx.p("Dated ", field, ".")
        + fx.p("See ", '<w:fldSimple w:instr=" REF annex_a \\h "><w:r><w:t>Annex A</w:t></w:r></w:fldSimple>')
        + fx.p(
            '<w:hyperlink r:id="rId99"><w:r><w:t>www.example.org</w:t></w:r></w:hyperlink>',
            '<w:smartTag w:element="place"><w:r><w:t xml:space="preserve"> in Lyon</w:t></w:r></w:smartTag>',
        )
    )
    assert [b.text for b in read(fx.with_body(body)).blocks] == [
        "Item\tvalue\nnext line",
        "co-operation \u00b7",
        "Dated 5 March 2023.",
        "See Annex A",
        "www.example.org in Lyon",
    ]


def test_field_spanning_paragraphs_keeps_only_its_result() -> None:
    body = (
        fx.p('<w:r><w:fldChar w:fldCharType="begin"/></w:r>', '<w:r><w:instrText> TOC \\o "1-3" </w:instrText></w:r>',
             '<w:r><w:fldChar w:fldCharType="separate"/></w:r>', "Background\t1")
        + fx.p("Facts\t2", '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
        + fx.p("Body text")
    )  # fmt: skip
    assert [b.text for b in read(fx.with_body(body)).blocks] == ["Background\t1", "Facts\t2", "Body text"]


def test_page_break_from_python_docx_is_a_line_break(tmp_path: Path) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("end of page")
    paragraph.add_run().add_break(WD_BREAK.PAGE)
    paragraph.add_run("new page")
    assert read(fx.save(document, tmp_path)).blocks[0].text == "end of page\nnew page"


# -- hidden content --------------------------------------------------------------------


def test_tracked_insertion_is_content_and_deletion_is_not_both_recorded() -> None:
    body = fx.p(
        "The suspect ",
        '<w:del w:id="1" w:author="Clerk A" w:date="2024-01-01T00:00:00Z">'
        '<w:r><w:delText xml:space="preserve">John Smyth </w:delText></w:r></w:del>',
        '<w:ins w:id="2" w:author="Clerk B" w:date="2024-01-01T00:00:00Z">'
        + fx.r("John ")
        + fx.r("Smith ", "<w:b/>")
        + "</w:ins>",
        "was born in ",
        '<w:moveFrom w:id="3" w:author="Clerk A"><w:r><w:t>Paris</w:t></w:r></w:moveFrom>',
        '<w:moveTo w:id="4" w:author="Clerk A"><w:r><w:t>Lyon</w:t></w:r></w:moveTo>',
        ".",
    )
    result = read(fx.with_body(fx.p("Intro") + body))

    assert [b.text for b in result.blocks] == ["Intro", "The suspect John Smith was born in Lyon."]
    at = Location(paragraph=2)
    assert list(result.hidden) == [
        HiddenContent(HiddenKind.DELETION, "John Smyth ", at, "Clerk A"),
        HiddenContent(HiddenKind.INSERTION, "John Smith ", at, "Clerk B"),
        HiddenContent(HiddenKind.DELETION, "Paris", at, "Clerk A"),
        HiddenContent(HiddenKind.INSERTION, "Lyon", at, "Clerk A"),
    ]


def test_fully_deleted_paragraph_is_no_block_but_is_recorded() -> None:
    deleted = fx.p('<w:del w:id="1" w:author="A"><w:r><w:delText>Draft remark</w:delText></w:r></w:del>')
    result = read(fx.with_body(fx.p("Kept") + deleted + fx.p("Also kept")))
    assert [(b.text, b.location.paragraph) for b in result.blocks] == [("Kept", 1), ("Also kept", 2)]
    assert result.hidden == (HiddenContent(HiddenKind.DELETION, "Draft remark", Location(), "A"),)


def test_hidden_text_is_not_content_but_recorded() -> None:
    body = fx.p(
        "Visible ",
        fx.r("internal note: do not send ", "<w:vanish/>"),
        fx.r("also hidden", "<w:vanish/>"),
        fx.r(" and shown", '<w:vanish w:val="0"/>'),
    )
    result = read(fx.with_body(body))
    assert result.blocks[0].text == "Visible  and shown"
    assert result.hidden == (
        HiddenContent(HiddenKind.HIDDEN_TEXT, "internal note: do not send also hidden", Location(paragraph=1)),
    )


def test_text_hidden_by_a_character_style_is_hidden(tmp_path: Path) -> None:
    document = docx.Document()
    secret = document.styles.add_style("Drafting Note", WD_STYLE_TYPE.CHARACTER)
    secret.font.hidden = True
    paragraph = document.add_paragraph("Shown. ")
    paragraph.add_run("Ask the desk officer first.", style="Drafting Note")
    result = read(fx.save(document, tmp_path))
    assert result.blocks[0].text == "Shown."
    assert [(h.kind, h.text) for h in result.hidden] == [(HiddenKind.HIDDEN_TEXT, "Ask the desk officer first.")]


def test_comment_is_not_content_but_recorded_at_its_anchor(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("First paragraph.")
    paragraph = document.add_paragraph("The account number is ")
    run = paragraph.add_run("12345678")
    document.add_comment(run, text="Check this number with the bank", author="Reviewer")
    result = read(fx.save(document, tmp_path))

    assert [b.text for b in result.blocks] == ["First paragraph.", "The account number is 12345678"]
    assert result.hidden == (
        HiddenContent(HiddenKind.COMMENT, "Check this number with the bank", Location(paragraph=2), "Reviewer"),
    )


# -- text boxes, headers, footers, notes --------------------------------------------------


def test_text_box_follows_its_anchor_once() -> None:
    body = fx.p("Anchor paragraph", fx.text_box_run("Boxed: urgent, reply by 1 May")) + fx.p("Next paragraph")
    result = read(fx.with_body(body))
    assert [(b.kind, b.text, b.location.part, b.location.paragraph) for b in result.blocks] == [
        (BlockKind.PARAGRAPH, "Anchor paragraph", "body", 1),
        (BlockKind.TEXT_BOX, "Boxed: urgent, reply by 1 May", "text-box", 2),
        (BlockKind.PARAGRAPH, "Next paragraph", "body", 3),
    ]


def test_headers_and_footers_of_all_sections_once_each_after_the_body(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Body of section one")
    document.add_section()
    document.add_paragraph("Body of section two")
    first, second = document.sections
    first.header.paragraphs[0].text = "RESTRICTED"
    first.footer.paragraphs[0].text = "Page footer"
    first.different_first_page_header_footer = True
    first.first_page_header.paragraphs[0].text = "First page header"
    second.footer.is_linked_to_previous = False
    second.footer.paragraphs[0].text = "Section two footer"
    shared = first._sectPr.find(qn("w:headerReference"))
    second._sectPr.insert(0, copy.deepcopy(shared))  # the same header part, referenced again

    result = read(fx.save(document, tmp_path))

    assert [(b.kind.value, b.text, b.location.part, b.location.paragraph) for b in result.blocks] == [
        ("paragraph", "Body of section one", "body", 1),
        ("paragraph", "Body of section two", "body", 2),
        ("header", "RESTRICTED", "header", 1),
        ("header", "First page header", "header", 2),
        ("footer", "Page footer", "footer", 1),
        ("footer", "Section two footer", "footer", 2),
    ]
    assert [b.text for b in result.body()] == ["Body of section one", "Body of section two"]


def test_text_box_in_a_header_belongs_to_the_header(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Body")
    header = document.sections[0].header.paragraphs[0]
    header.text = "Header line"
    header._p.append(parse_xml(fx.text_box_run("CONFIDENTIAL").replace("<w:r>", f"<w:r {fx.NS_DECLARATIONS}>", 1)))
    result = read(fx.save(document, tmp_path))
    assert [(b.kind.value, b.text, b.location.part, b.location.paragraph) for b in result.blocks] == [
        ("paragraph", "Body", "body", 1),
        ("header", "Header line", "header", 1),
        ("header", "CONFIDENTIAL", "header", 2),
    ]


def test_footnotes_and_endnotes_are_numbered_in_reference_order() -> None:
    body = fx.p(
        "Article 18",
        '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="2"/></w:r>',
        " of UNTOC and Article 46",
        '<w:r><w:footnoteReference w:id="1"/></w:r>',
        " of UNCAC",
        '<w:r><w:endnoteReference w:id="1"/></w:r>',
        '<w:r><w:endnoteReference w:id="2"/></w:r>',
        ".",
    )
    data = fx.with_body(body)
    data = fx.add_part(data, "word/footnotes.xml", fx.CT_FOOTNOTES, fx.REL_FOOTNOTES,
                       fx.notes_xml("footnote", {1: "UNCAC, 2003.", 2: "UNTOC, 2000."}))  # fmt: skip
    data = fx.add_part(data, "word/endnotes.xml", fx.CT_ENDNOTES, fx.REL_ENDNOTES,
                       fx.notes_xml("endnote", {1: "First endnote.", 2: "Second endnote."}))  # fmt: skip

    result = read(data)

    assert [(b.kind.value, b.text, b.location.part, b.location.paragraph, b.location.label) for b in result.blocks] == [
        ("paragraph", "Article 18 of UNTOC and Article 46 of UNCAC.", "body", 1, None),
        ("footnote", "UNTOC, 2000.", "footnote", 1, "1"),
        ("footnote", "UNCAC, 2003.", "footnote", 2, "2"),
        ("endnote", "First endnote.", "endnote", 1, "i"),
        ("endnote", "Second endnote.", "endnote", 2, "ii"),
    ]


# -- metadata and formats -------------------------------------------------------------------


def test_metadata_from_core_app_and_custom_properties(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Text")
    properties = document.core_properties
    properties.title = "Request to the Republic of X"
    properties.author = "J. Prosecutor"
    properties.last_modified_by = "Desk Officer 7"
    data = fx.save(document, tmp_path)
    data = fx.rewrite(
        data,
        replace={"docProps/app.xml": fx.app_properties_xml("\\\\srv\\templates\\MLA-UK.dotm", "Crown Office", 3)},
    )
    custom = fx.custom_properties_xml({"CaseRef": "OP-RIVER-2023", "Classification": "OFFICIAL"})
    data = fx.add_part(data, "docProps/custom.xml", fx.CT_CUSTOM, fx.REL_CUSTOM, custom, source="")

    metadata = read(data).metadata

    assert metadata.title == "Request to the Republic of X"
    assert metadata.author == "J. Prosecutor"
    assert metadata.last_modified_by == "Desk Officer 7"
    assert metadata.created == "2013-12-23T23:15:00Z"
    assert metadata.template == "\\\\srv\\templates\\MLA-UK.dotm"
    assert metadata.company == "Crown Office"
    assert metadata.page_count == 3
    assert metadata.creator_tool == "Microsoft Office Word"
    assert dict(metadata.custom) == {"CaseRef": "OP-RIVER-2023", "Classification": "OFFICIAL"}


def test_missing_property_parts_leave_metadata_empty() -> None:
    data = fx.with_body(fx.p("Text"))
    for partname in ("docProps/core.xml", "docProps/app.xml"):
        data = fx.remove_part(data, partname, source="")
    assert read(data).metadata.to_dict() == {}


def test_template_main_part_is_read() -> None:
    data = fx.set_content_type(fx.with_body(fx.p("Template text")), "word/document.xml", fx.CT_TEMPLATE_MAIN)
    assert [b.text for b in read(data).blocks] == ["Template text"]


def test_sniff() -> None:
    reader = DocxReader()
    assert reader.sniff(fx.blank_package())
    assert reader.sniff(fx.ole_container("WordDocument"))
    assert reader.sniff(fx.ole_container("EncryptedPackage"))
    assert not reader.sniff(fx.zip_of({"content.xml": b"<office/>"}))
    assert not reader.sniff(b"%PDF-1.7\n")
    assert not reader.sniff(b"PK\x03\x04 not really a zip")
    assert not reader.sniff(b"")


# -- hostile and broken files -----------------------------------------------------------------

LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{n} "{("&lol" + str(n - 1) + ";") * 10 if n > 1 else "&lol;" * 10}">' for n in range(1, 10))
    + "]>"
)


def test_billion_laughs_is_refused_without_expansion() -> None:
    document_xml = f"{LAUGHS}<w:document {fx.NS_DECLARATIONS}><w:body>{fx.p('&lol9;')}</w:body></w:document>"
    data = fx.rewrite(fx.blank_package(), replace={"word/document.xml": document_xml.encode()})
    started = time.perf_counter()
    assert refusal(data) == "word/document.xml contains a DTD; refused"
    assert time.perf_counter() - started < 2


def test_external_entity_is_refused_and_never_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("CANARY-7f3a")
    for target in (secret.as_uri(), "file:///etc/passwd"):
        doctype = f'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{target}">]>'
        document_xml = (doctype + f"<w:document {fx.NS_DECLARATIONS}><w:body>{fx.p('&xxe;')}</w:body></w:document>")
        data = fx.rewrite(fx.blank_package(), replace={"word/document.xml": document_xml.encode()})
        reason = refusal(data)
        assert reason == "word/document.xml contains a DTD; refused"
        assert "CANARY" not in reason and "root:" not in reason
    with pytest.raises(UnreadableDocument, match="contains a DTD"):
        ooxml.parse_xml(document_xml.encode(), "part.xml")


def test_dtd_is_refused_in_every_xml_part_whatever_its_name_or_encoding() -> None:
    evil = '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
    custom = (f'<?xml version="1.0"?>{evil}<Properties>&e;</Properties>').encode()
    data = fx.add_part(fx.with_body(fx.p("x")), "docProps/custom.xml", fx.CT_CUSTOM, fx.REL_CUSTOM, custom, source="")
    assert refusal(data) == "docProps/custom.xml contains a DTD; refused"

    oddly_named = fx.add_part(fx.with_body(fx.p("x")), "word/extra.bin", fx.CT_CUSTOM, fx.REL_CUSTOM, custom, source="")
    assert refusal(oddly_named) == "word/extra.bin contains a DTD; refused"

    utf16 = f'<?xml version="1.0" encoding="UTF-16"?>{evil}<w:styles {fx.NS_DECLARATIONS}/>'.encode("utf-16")
    data = fx.rewrite(fx.with_body(fx.p("x")), replace={"word/styles.xml": utf16})
    assert refusal(data) == "word/styles.xml contains a DTD; refused"


def test_svg_image_with_doctype_is_left_alone() -> None:
    svg = b'<?xml version="1.0"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x.dtd"><svg/>'
    data = fx.rewrite(fx.with_body(fx.p("Text")), add={"word/media/image1.svg": svg})
    data = fx.rewrite(data, replace={"[Content_Types].xml": fx.read_member(data, "[Content_Types].xml").replace(
        b"<Default ", b'<Default Extension="svg" ContentType="image/svg+xml"/><Default ', 1)})  # fmt: skip
    assert [b.text for b in read(data).blocks] == ["Text"]


def test_zip_bomb_refused_from_declared_sizes() -> None:
    base = fx.with_body(fx.p("x"))
    zeros = fx.rewrite(base, add={"word/media/zeros.bin": bytes(5 * MIB)})
    assert "limits.max-compression-ratio" in refusal(zeros)
    assert "zeros.bin" in refusal(zeros)

    noise = fx.rewrite(base, add={"word/media/noise.bin": os.urandom(2 * MIB)})
    assert refusal(noise, Limits(max_part_bytes=MIB)) == (
        "part word/media/noise.bin is over the 1 MiB limit when uncompressed (limits.max-part-bytes)"
    )
    assert "limits.max-total-uncompressed-bytes" in refusal(base, Limits(max_total_uncompressed_bytes=100_000))


def test_zip_member_lying_about_its_size_is_refused() -> None:
    data = fx.rewrite(fx.with_body(fx.p("x")), add={"word/media/zeros.bin": bytes(5 * MIB)})
    assert refusal(fx.understate_size(data, "word/media/zeros.bin", 1000)) == ooxml.CORRUPT


def test_inflating_stops_at_the_bound_whatever_the_header_says() -> None:
    data = fx.zip_of({"big.bin": os.urandom(MIB)})
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        budget = ooxml._Budget(Limits(max_part_bytes=100_000))
        with pytest.raises(UnreadableDocument, match="limits.max-part-bytes"):
            for _chunk in ooxml._inflate(archive, archive.getinfo("big.bin"), budget):
                pass
    assert budget.total <= 100_000 + 64 * 1024


def test_encrypted_and_legacy_word_files() -> None:
    assert refusal(fx.ole_container("Root Entry", "EncryptedInfo", "EncryptedPackage")) == (
        "password-protected (encrypted) Word document: remove the password and save again"
    )
    assert refusal(fx.ole_container("Root Entry", "WordDocument", "1Table")) == (
        "legacy Word 97-2003 (.doc) format is not supported: save it as .docx"
    )


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (fx.blank_package()[:-200], ooxml.CORRUPT),
        (fx.blank_package()[: len(fx.blank_package()) // 2], ooxml.CORRUPT),
        (bytes(range(256)) * 40, ooxml.CORRUPT),
        (b"", ooxml.CORRUPT),
        (fx.zip_of({"[Content_Types].xml": b"<Types/>", "content.xml": b"<x/>"}),
         "not a Word document (no word/document.xml)"),
        (fx.zip_of({"word/document.xml": fx.document_xml(fx.p("x"))}),
         "not a valid .docx file: no [Content_Types].xml"),
        (fx.rewrite(fx.blank_package(), replace={"word/document.xml": b"<w:document><w:body>"}),
         "not a valid .docx file: an XML part is not well-formed XML"),
        (fx.rewrite(fx.blank_package(), replace={"word/document.xml": b"<x/>"}),
         "not a valid .docx file: the document has no body"),
        (fx.rewrite(fx.blank_package(), drop=["_rels/.rels"]),
         "not a valid .docx file: no relationship to the main document part"),
        (fx.rewrite(fx.blank_package(), drop=["word/styles.xml"]), "not a valid .docx file: broken package structure"),
        (fx.as_strict_ooxml(fx.blank_package()),
         "Strict Open XML format is not supported: save it as a Word Document (.docx)"),
    ],
    ids=["truncated-end", "truncated-half", "random", "empty", "no-document-xml", "no-content-types",
         "malformed-xml", "no-body", "no-relationships", "dangling-relationship", "strict-ooxml"],
)  # fmt: skip
def test_broken_files_give_one_line_reasons(data: bytes, reason: str) -> None:
    assert refusal(data) == reason


def test_time_budget_is_enforced() -> None:
    assert refusal(fx.blank_package(), Limits(max_seconds=1e-9)) == (
        "reading took longer than the 1e-09 s limit (limits.max-seconds)"
    )
    now = [0.0]
    deadline = ooxml.Deadline(5, clock=lambda: now[0])
    deadline.check()
    now[0] = 5.5
    with pytest.raises(UnreadableDocument, match="limits.max-seconds"):
        deadline.check()


_FUZZ_PACKAGE = fx.add_part(
    fx.rewrite(fx.blank_package(), replace={"word/numbering.xml": fx.NUMBERING_XML}),
    "word/footnotes.xml", fx.CT_FOOTNOTES, fx.REL_FOOTNOTES, fx.notes_xml("footnote", {1: "A note."}),
)  # fmt: skip
_FUZZ_TAGS = (
    "w:p w:r w:t w:delText w:instrText w:tab w:br w:sym w:fldChar w:fldSimple w:hyperlink w:smartTag w:ins w:del "
    "w:moveTo w:moveFrom w:sdt w:sdtContent w:customXml w:tbl w:tr w:tc w:tcPr w:gridSpan w:vMerge w:trPr "
    "w:gridBefore w:pPr w:pStyle w:numPr w:numId w:ilvl w:outlineLvl w:rPr w:vanish w:rStyle w:sectPr "
    "w:headerReference w:footnoteReference w:endnoteReference w:commentRangeStart w:commentReference "
    "w:drawing w:txbxContent mc:AlternateContent mc:Choice mc:Fallback w:ruby w:rubyBase m:oMath m:t"
).split()
_FUZZ_ATTRIBUTES = ("w:val", "w:id", "w:fldCharType", "w:char", "w:author", "r:id", "w:customMarkFollows")
_FUZZ_VALUES = ("0", "1", "-1", "3", "9", "12", "x", "", "restart", "continue", "begin", "separate", "end", "F0B7",
                "D800", "99999999999999999999", "rId1", "Heading1", "Title", "ListNumber")  # fmt: skip


def _fuzz_element(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    attributes = st.dictionaries(st.sampled_from(_FUZZ_ATTRIBUTES), st.sampled_from(_FUZZ_VALUES), max_size=2)
    return st.builds(
        lambda tag, attrs, text, inner: (
            f"<{tag} {' '.join(f'{k}={v!r}' for k, v in attrs.items())}>{text}{''.join(inner)}</{tag}>"
        ),
        st.sampled_from(_FUZZ_TAGS),
        attributes,
        st.sampled_from(("", "Text", " 12 ")),
        st.lists(children, max_size=3),
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.recursive(st.just(""), _fuzz_element, max_leaves=20), max_size=4))
def test_any_arrangement_of_wordprocessingml_reads_consistently(elements: list[str]) -> None:
    try:
        document = read(fx.with_body("".join(elements), base=_FUZZ_PACKAGE))
    except UnreadableDocument as error:
        assert "\n" not in error.reason
        return
    assert [b.index for b in document.blocks] == list(range(len(document.blocks)))
    assert all(b.text and b.text == b.text.strip() for b in document.blocks)
    body_numbers = [b.location.paragraph for b in document.blocks if b.kind.is_body]
    assert body_numbers == list(range(1, len(body_numbers) + 1))


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_damaged_zip_bytes_only_ever_raise_unreadable_document(data: st.DataObject) -> None:
    damaged = bytearray(_FUZZ_PACKAGE)
    for _ in range(data.draw(st.integers(1, 8))):
        damaged[data.draw(st.integers(0, len(damaged) - 1))] = data.draw(st.integers(0, 255))
    try:
        read(bytes(damaged))
    except UnreadableDocument as error:
        assert "\n" not in error.reason


# -- performance ------------------------------------------------------------------------------


def _words(count: int) -> bytes:
    sentence = "The requesting authority asks for the bank records of the account held"
    per_paragraph = len(sentence.split())
    body = "".join(
        fx.numbered(sentence, 1) if n % 10 == 0 else fx.p(sentence, fx.r(" by the suspect"))
        for n in range(count // (per_paragraph + 3))
    )
    return fx.rewrite(fx.with_body(body), replace={"word/numbering.xml": fx.NUMBERING_XML})


@pytest.mark.parametrize(("words", "seconds"), [(5_000, 1.0), (100_000, 5.0)])
def test_reading_speed(words: int, seconds: float) -> None:
    data = _words(words)
    started = time.perf_counter()
    document = read(data)
    elapsed = time.perf_counter() - started
    assert sum(len(b.text.split()) for b in document.blocks) >= words * 0.9
    assert elapsed < seconds
