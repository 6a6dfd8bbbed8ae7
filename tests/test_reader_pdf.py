"""Tests for the PDF reader on real PDFs drawn with reportlab (see tests/pdf_fixtures.py)."""

from __future__ import annotations

import io
import random
from pathlib import Path

import pytest
from pypdf import PdfReader as PypdfReader
from pypdf import PdfWriter

import pdf_fixtures as fx
from mla_lint.errors import UnreadableDocument
from mla_lint.limits import Limits
from mla_lint.model import Block, BlockKind, Document
from mla_lint.readers.pdf_reader import PdfReader


def read(data: bytes, limits: Limits | None = None) -> Document:
    return PdfReader().read(data, "request.pdf", limits or Limits())


def joined(lines: tuple[str, ...]) -> str:
    return "\n".join(lines)


@pytest.fixture(scope="module")
def pdf_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pdfs")


@pytest.fixture(scope="module")
def request_doc(pdf_dir: Path) -> Document:
    return read(fx.build_request(pdf_dir / "request.pdf").read_bytes())


@pytest.fixture(scope="module")
def body(request_doc: Document) -> list[Block]:
    return list(request_doc.body())


@pytest.fixture(scope="module")
def five_pages(pdf_dir: Path) -> bytes:
    return fx.build_pages(pdf_dir / "five.pdf", 5).read_bytes()


def _encrypted(plain: bytes, user_password: str) -> bytes:
    writer = PdfWriter(clone_from=io.BytesIO(plain))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# --- the multi-page request ------------------------------------------------------------------


def test_body_paragraphs_in_order_with_exact_text(body: list[Block]) -> None:
    assert [b.text for b in body] == [
        fx.TITLE,
        fx.HEADING_1,
        joined(fx.PARA_1),
        fx.PARA_2_TEXT,
        fx.HEADING_2,
        joined(fx.PARA_3),
        joined(fx.PARA_4),
        fx.SUBHEADING,
        joined(fx.PARA_5),
        joined(fx.PARA_6),
        fx.HEADING_3,
        joined(fx.PARA_7),
        joined(fx.SIGNATURE),
    ]


def test_pages_lines_and_paragraph_numbers(body: list[Block]) -> None:
    where = [(b.location.page, b.location.line, b.location.end_line) for b in body]
    assert where == [
        (1, 1, 1), (1, 2, 2), (1, 3, 5), (1, 6, 8), (1, 9, 9), (1, 10, 12),
        (2, 1, 3), (2, 4, 4), (2, 5, 6), (2, 7, 7),
        (3, 1, 1), (3, 2, 3), (3, 4, 5),
    ]  # fmt: skip
    assert [b.location.paragraph for b in body] == list(range(1, 14))
    assert all(b.location.part == "body" for b in body)


def test_span_location_counts_lines_inside_a_paragraph(body: list[Block]) -> None:
    block = body[5]  # PARA_3, lines 10-12 of page 1
    start = block.text.index("Erste Bank")
    assert block.span_location(start, start + 10).line == 12


def test_hyphenated_line_break_is_joined_and_keeps_line_count(body: list[Block]) -> None:
    block = body[3]
    assert "investigation\ninto" in block.text
    assert "investi-" not in block.text
    assert block.text.count("\n") == 2


def test_headings_and_levels(body: list[Block]) -> None:
    headings = [(b.text, b.heading_level) for b in body if b.kind is BlockKind.HEADING]
    assert headings == [
        (fx.TITLE, 1),  # 16 pt, the largest heading size
        (fx.HEADING_1, 2),  # 13 pt bold
        (fx.HEADING_2, 2),
        (fx.SUBHEADING, 2),  # body size, but bold
        (fx.HEADING_3, 2),
    ]
    assert body[-1].kind is BlockKind.PARAGRAPH  # the signature is not a heading


def test_paragraph_labels(body: list[Block]) -> None:
    labels = [b.location.label for b in body]
    assert labels == [None, "1.", "1.1", "1.2", "2.", "2.1", "2.2", None, "(a)", "(b)", "3.", "3.1", None]


def test_running_header_and_footer_found_once_after_the_body(request_doc: Document) -> None:
    rest = request_doc.blocks[13:]
    assert [(b.kind, b.text, b.location.part, b.location.page, b.location.paragraph) for b in rest] == [
        (BlockKind.HEADER, fx.HEADER_LEFT, "header", 1, 1),
        (BlockKind.HEADER, fx.HEADER_RIGHT, "header", 1, 2),
        (BlockKind.FOOTER, fx.FOOTER_LEFT, "footer", 1, 1),
    ]
    assert [b.index for b in request_doc.blocks] == list(range(len(request_doc.blocks)))


def test_running_lines_and_page_numbers_are_not_body_text(body: list[Block]) -> None:
    text = "\n".join(b.text for b in body)
    for running in (fx.HEADER_LEFT, fx.HEADER_RIGHT, fx.FOOTER_LEFT, "Page 1 of 3", "- 2 -"):
        assert running not in text
    assert not any(b.text.strip().isdigit() for b in body)


def test_page_numbers_are_dropped_entirely(request_doc: Document) -> None:
    everything = request_doc.text
    for number in ("Page 2 of 3", "- 3 -", "Page 1"):
        assert number not in everything


def test_metadata(request_doc: Document) -> None:
    meta = request_doc.metadata
    assert (meta.title, meta.author, meta.creator_tool, meta.producer) == (
        "MLA request to Austria",
        "J. Doe",
        "Microsoft Word",
        "Acrobat PDFMaker",
    )
    assert meta.created is not None and meta.created.startswith("D:")
    assert meta.modified is not None and meta.modified.startswith("D:")
    assert meta.page_count == 3
    assert request_doc.format == "pdf"
    assert request_doc.source == "request.pdf"


# --- layout -----------------------------------------------------------------------------------


def test_two_columns_are_read_left_then_right(pdf_dir: Path) -> None:
    document = read(fx.build_two_columns(pdf_dir / "columns.pdf").read_bytes())
    assert [b.text for b in document.blocks] == [
        fx.COLUMN_TITLE,
        joined(fx.LEFT_PARAS[0]),
        joined(fx.LEFT_PARAS[1]),
        "The Vienna account was emptied on\n20 April 2023 by three cash withdrawals\nmade at different branches.",
        joined(fx.RIGHT_PARAS[1]),  # "Closed-circuit": a hyphen inside a line stays
    ]
    assert document.blocks[0].kind is BlockKind.HEADING
    assert [(b.location.line, b.location.end_line) for b in document.blocks] == [
        (1, 1), (2, 4), (5, 7), (8, 10), (11, 13),
    ]  # fmt: skip


def test_paragraphs_without_extra_space_split_on_indent_short_line_and_number(pdf_dir: Path) -> None:
    document = read(fx.build_without_spacing(pdf_dir / "no-spacing.pdf").read_bytes())
    assert [b.text for b in document.blocks] == [joined(p) for p in fx.INDENTED_PARAS + fx.HANGING_ITEMS]
    assert [b.location.line for b in document.blocks] == [1, 4, 6, 8, 11]
    assert [b.location.label for b in document.blocks] == [None, None, None, "1.", "2."]


@pytest.mark.parametrize("prose", [True, False], ids=["with-paragraphs", "table-alone"])
def test_a_table_on_a_single_column_page_is_not_split(pdf_dir: Path, prose: bool) -> None:
    document = read(fx.build_table_page(pdf_dir / f"table-{prose}.pdf", prose=prose).read_bytes())
    rows = "\n".join(" ".join(row) for row in fx.TABLE_ROWS)
    expected = [joined(fx.TABLE_INTRO), rows, joined(fx.TABLE_OUTRO)] if prose else [rows]
    assert [b.text for b in document.blocks] == expected


def test_fake_bold_duplicated_glyphs_are_removed(pdf_dir: Path) -> None:
    document = read(fx.build_fake_bold(pdf_dir / "fake-bold.pdf").read_bytes())
    assert [b.text for b in document.blocks] == ["Statement of Facts", "The suspect opened the account in 2021."]
    assert document.blocks[0].kind is BlockKind.HEADING


def test_text_outside_the_page_or_rotated_is_not_body_text(pdf_dir: Path) -> None:
    document = read(fx.build_hidden_placements(pdf_dir / "hidden.pdf").read_bytes())
    assert [b.text for b in document.blocks] == ["The visible paragraph of the request."]


def test_lines_repeated_outside_the_bands_stay_in_the_body(five_pages: bytes) -> None:
    document = read(five_pages)
    assert [b.text for b in document.blocks] == [f"This is the text of page {n}." for n in range(1, 6)]
    assert [b.location.page for b in document.blocks] == [1, 2, 3, 4, 5]


def test_pages_without_text_are_skipped_when_others_have_text(pdf_dir: Path) -> None:
    writer = PdfWriter()
    for source in (fx.build_image_only(pdf_dir / "scan2.pdf"), fx.build_fake_bold(pdf_dir / "text.pdf")):
        for page in PypdfReader(source).pages:
            writer.add_page(page)
    out = io.BytesIO()
    writer.write(out)
    document = read(out.getvalue())
    assert [(b.location.page, b.text) for b in document.blocks] == [
        (3, "Statement of Facts"),
        (3, "The suspect opened the account in 2021."),
    ]
    assert document.metadata.page_count == 3


# --- errors and limits -----------------------------------------------------------------------


def test_image_only_pdf_has_no_text_layer(pdf_dir: Path) -> None:
    with pytest.raises(UnreadableDocument, match=r"^no text layer: scanned document\? Run OCR first$"):
        read(fx.build_image_only(pdf_dir / "scan.pdf").read_bytes())


def test_password_protected_pdf_is_refused(pdf_dir: Path, five_pages: bytes) -> None:
    reportlab_encrypted = fx.build_pages(pdf_dir / "locked.pdf", 2, encrypt="secret").read_bytes()
    for data in (reportlab_encrypted, _encrypted(five_pages, "secret")):
        with pytest.raises(UnreadableDocument, match=r"^encrypted PDF: remove the password and save again$"):
            read(data)


def test_pdf_with_only_an_owner_password_is_read(five_pages: bytes) -> None:
    document = read(_encrypted(five_pages, user_password=""))
    assert document.blocks[0].text == "This is the text of page 1."


def test_truncated_pdf_is_refused(five_pages: bytes) -> None:
    with pytest.raises(UnreadableDocument, match=r"^not a valid PDF: the file is truncated"):
        read(five_pages[: len(five_pages) // 2])


def test_damaged_pdf_with_end_marker_is_refused_without_traceback(five_pages: bytes) -> None:
    with pytest.raises(UnreadableDocument, match=r"^not a valid PDF: "):
        read(five_pages[: len(five_pages) // 2] + b"\n%%EOF\n")


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n" + random.Random(3).randbytes(3000) + b"\n%%EOF\n",
        b"%PDF-1.4\nconfidential: John Smith, passport 123456789\n%%EOF\n",
        b"%PDF-",
    ],
    ids=["random-garbage", "text-garbage", "header-only"],
)
def test_garbage_after_the_header_is_refused(data: bytes) -> None:
    with pytest.raises(UnreadableDocument, match=r"^not a valid PDF: ") as caught:
        read(data)
    assert "John" not in caught.value.reason and "\n" not in caught.value.reason


def test_page_count_over_the_limit_is_refused_before_extraction(five_pages: bytes) -> None:
    with pytest.raises(UnreadableDocument, match=r"^5 pages, more than the limit of 3 \(max-pages\)$"):
        read(five_pages, Limits(max_pages=3))
    assert read(five_pages, Limits(max_pages=5)).metadata.page_count == 5


def test_page_tree_longer_than_it_declares_is_stopped_at_the_limit(five_pages: bytes) -> None:
    lying = five_pages.replace(b"/Count 5", b"/Count 1")
    assert lying != five_pages and len(lying) == len(five_pages)
    with pytest.raises(UnreadableDocument, match=r"^more than 3 pages, the limit \(max-pages\)$"):
        read(lying, Limits(max_pages=3))


def test_time_budget_is_checked_between_pages(five_pages: bytes) -> None:
    with pytest.raises(UnreadableDocument, match=r"^reading took longer than"):
        read(five_pages, Limits(max_seconds=1e-9))


def test_sniff() -> None:
    reader = PdfReader()
    assert reader.sniff(b"%PDF-1.7\n...")
    assert reader.sniff(b"\x00" * 500 + b"%PDF-1.4")
    assert not reader.sniff(b"\x00" * 1100 + b"%PDF-1.4")
    assert not reader.sniff(b"PK\x03\x04")
    assert (reader.format, reader.extensions, reader.priority) == ("pdf", (".pdf",), 20)


def _drawn(tmp_path: Path, lines: list[tuple[float, float, str]]) -> list[str]:
    """Body paragraphs the reader rebuilds from ``(x, y, text)`` lines drawn in 11 pt Helvetica."""
    from reportlab.pdfgen.canvas import Canvas

    from mla_lint.limits import Limits
    from mla_lint.readers.pdf_reader import PdfReader

    path = tmp_path / "drawn.pdf"
    canvas = Canvas(str(path), pagesize=(595, 842))
    canvas.setFont("Helvetica", 11)
    for x, y, text in lines:
        canvas.drawString(x, y, text)
    canvas.save()
    document = PdfReader().read(path.read_bytes(), str(path), Limits())
    return [block.text.replace("\n", " ") for block in document.blocks]


def test_a_numbered_paragraph_continues_under_its_hanging_indent(tmp_path: Path) -> None:
    """Two-line numbered paragraphs: the second line starts under the text, not under the number."""
    paragraphs = _drawn(tmp_path, [
        (72, 700, "7."),
        (94, 700, "Mohd Azlan bin Rahman, a Malaysian citizen, holder of national registration identity card No."),
        (94, 686, "780412-10-5523, of No. 18, Jalan Sungai Jati 3, 41200 Klang, Selangor."),
        (72, 672, "8."),
        (94, 672, "Klang Harbour Freight Sdn Bhd, a company registered in Malaysia, of the same address."),
        (94, 658, "Its director is the first suspect."),
    ])
    assert len(paragraphs) == 2 and paragraphs[0].startswith("7.") and "780412-10-5523" in paragraphs[0]


def test_a_line_broken_before_a_long_word_is_not_a_paragraph_end(tmp_path: Path) -> None:
    """"... card No." ends short only because the identifier after it did not fit on the line."""
    paragraphs = _drawn(tmp_path, [
        (72, 700, "The account was opened by Mr Tan Wei Ming, who holds passport No."),
        (72, 686, "K1234567A-SINGAPORE-ISSUED-2019-RENEWED-2024-REFERENCE-0099887766554433 and lives in Singapore."),
        (72, 672, "He is not a suspect."),
    ])
    assert paragraphs[0].startswith("The account") and "lives in Singapore" in paragraphs[0]


def test_a_paragraph_cut_by_a_page_break_is_one_block_that_knows_its_pages(pdf_dir: Path) -> None:
    doc = read(fx.build_page_breaks(pdf_dir / "page_breaks.pdf").read_bytes())
    body = [b for b in doc.blocks if b.location.part == "body"]
    assert [b.text for b in body] == [
        "\n".join(fx.RUN_ON_FIRST + fx.RUN_ON_NEXT), "\n".join(fx.ADDRESS_END), fx.NUMBERED_NEXT[0]
    ]
    run_on = body[0]
    assert (run_on.location.page, run_on.location.line, run_on.location.end_line) == (1, 1, None)
    city = run_on.text.index("Buenos")
    assert run_on.span_location(city, city + 6).describe() == "page 1, paragraph 1 (3.), line 1"
    rosario = run_on.text.index("Rosario")
    where = run_on.span_location(rosario, rosario + 7)
    assert (where.page, where.line, where.end_line) == (2, 1, 1)
    across = run_on.span_location(city, city + len("Buenos\nAires"))
    assert (across.page, across.line, across.end_line) == (1, 1, 2)
    spanning = run_on.span_location(0, len(run_on.text))
    assert (spanning.page, spanning.line, spanning.end_line) == (1, 1, None)
    assert [b.location.page for b in body[1:]] == [2, 3]
