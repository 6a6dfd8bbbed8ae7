"""Tests for the plain-text and Markdown reader: encodings, paragraphs, headings, labels, limits."""

from __future__ import annotations

import codecs
import random
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mla_lint.errors import UnreadableDocument
from mla_lint.limits import Limits
from mla_lint.model import BlockKind, Document
from mla_lint.readers.text_reader import TextReader, is_heading_text, paragraph_label

REQUEST = (
    "REQUEST FOR MUTUAL LEGAL ASSISTANCE\n"
    "\n"
    "1. INTRODUCTION\n"
    "\n"
    "1. The Crown Prosecution Service requests the assistance of the\n"
    "competent authorities of the Republic of Austria.\n"
    "\n"
    "\n"
    "Summary of Facts\n"
    "\n"
    "2. On 3 March 2023 the suspect transferred EUR 250,000 to an account\n"
    "held in Vienna.\n"
    "(b) Bank statements for the account.\n"
    "\n"
    "Yours faithfully,\n"
    "Jane Doe\n"
)


def read(data: bytes, source: str = "request.txt") -> Document:
    return TextReader().read(data, source, Limits())


def texts(document: Document) -> list[str]:
    return [block.text for block in document.blocks]


# --- encodings ---------------------------------------------------------------------------

CURLY = "The \u201csuspect\u201d paid \u20ac5,000 into the company\u2019s account in Z\u00fcrich.\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (CURLY.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + CURLY.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + CURLY.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + CURLY.encode("utf-16-be"), "utf-16-be"),
        (codecs.BOM_UTF32_LE + CURLY.encode("utf-32-le"), "utf-32-le"),
        (CURLY.encode("utf-16-le"), "utf-16-le"),
        (CURLY.encode("cp1252"), "cp1252"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "utf-32-le-bom", "utf-16-le-no-bom", "cp1252"],
)
def test_decodes_common_encodings(data: bytes, encoding: str) -> None:
    document = read(data)
    assert texts(document) == [CURLY.strip()]
    assert document.metadata.encoding == encoding
    assert document.format == "text"


def test_short_utf8_is_not_taken_for_cp1252() -> None:
    document = read("0€ 0000 000000\n".encode())
    assert (texts(document), document.metadata.encoding) == (["0€ 0000 000000"], "utf-8")


def test_latin1_accents_decode_as_such() -> None:
    text = "Le pr\u00e9venu a \u00e9t\u00e9 arr\u00eat\u00e9 \u00e0 Paris le 3 mars 2023 apr\u00e8s l'enqu\u00eate.\n"
    document = read(text.encode("latin-1"))
    assert texts(document) == [text.strip()]
    # Latin-1 and Windows-1252 agree on every printable byte; either name is right.
    assert document.metadata.encoding in {"cp1252", "iso8859-1"}


def test_plain_ascii_is_read() -> None:
    assert texts(read(b"Hello.\n")) == ["Hello."]


@pytest.mark.parametrize(
    "data",
    [
        random.Random(7).randbytes(4096),
        b"PK\x03\x04" + bytes(range(256)) * 8,
        b"abc\x00\x00\x00def\x00ghi\x00" * 100,
        bytes(range(0, 32)) * 40,
        b"%PDF-1.4\n\x00\x01\x02\x03 binary stream \x00\x00\x00" * 20,
    ],
    ids=["random", "zip", "nul-laden", "control-chars", "binary-pdf-ish"],
)
def test_binary_data_is_refused(data: bytes) -> None:
    with pytest.raises(UnreadableDocument, match=r"^binary data, not text$"):
        read(data)
    assert not TextReader().sniff(data)


def test_invalid_utf8_after_bom_is_refused_without_quoting() -> None:
    with pytest.raises(UnreadableDocument) as caught:
        read(codecs.BOM_UTF8 + b"secret \xff\xfe name")
    assert "secret" not in caught.value.reason


def test_sniff_accepts_text_and_bom_but_not_empty() -> None:
    reader = TextReader()
    assert reader.sniff(REQUEST.encode("utf-8"))
    assert reader.sniff(codecs.BOM_UTF16_LE + "x".encode("utf-16-le"))
    assert reader.sniff(CURLY.encode("cp1252"))
    assert not reader.sniff(b"")


def test_sniff_looks_at_a_prefix_only() -> None:
    # A multi-byte character cut at the sniff boundary must not turn text into "binary".
    data = ("é" * 40_000).encode("utf-8")
    assert TextReader().sniff(data)


def test_empty_input_gives_an_empty_document() -> None:
    document = read(b"")
    assert document.blocks == ()
    assert read(b"\n  \n\t\n").blocks == ()


# --- paragraphs, lines and labels ------------------------------------------------------------


def test_paragraphs_lines_and_labels() -> None:
    document = read(REQUEST.encode("utf-8"))
    assert texts(document) == [
        "REQUEST FOR MUTUAL LEGAL ASSISTANCE",
        "1. INTRODUCTION",
        "1. The Crown Prosecution Service requests the assistance of the\n"
        "competent authorities of the Republic of Austria.",
        "Summary of Facts",
        "2. On 3 March 2023 the suspect transferred EUR 250,000 to an account\n"
        "held in Vienna.\n"
        "(b) Bank statements for the account.",
        "Yours faithfully,\nJane Doe",
    ]
    lines = [(b.location.line, b.location.end_line) for b in document.blocks]
    assert lines == [(1, 1), (3, 3), (5, 6), (9, 9), (11, 13), (15, 16)]
    assert [b.location.paragraph for b in document.blocks] == [1, 2, 3, 4, 5, 6]
    assert [b.index for b in document.blocks] == [0, 1, 2, 3, 4, 5]
    assert [b.location.label for b in document.blocks] == [None, "1.", "1.", None, "2.", None]
    assert all(b.location.part == "body" and b.location.page is None for b in document.blocks)


def test_span_location_reports_the_file_line() -> None:
    document = read(REQUEST.encode("utf-8"))
    block = document.blocks[4]
    start = block.text.index("(b)")
    assert block.span_location(start, start + 3).line == 13


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"], ids=["crlf", "cr", "lf"])
def test_newlines_are_normalised(newline: str) -> None:
    document = read(REQUEST.replace("\n", newline).encode("utf-8"))
    assert texts(document) == texts(read(REQUEST.encode("utf-8")))
    assert document.blocks[2].location.line == 5


def test_whitespace_only_lines_separate_paragraphs_and_lines_are_stripped() -> None:
    document = read(b"  First line\t\nsecond line  \n \t \nThird paragraph.\n")
    assert texts(document) == ["First line\nsecond line", "Third paragraph."]
    assert [b.location.line for b in document.blocks] == [1, 4]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("12. The suspect", "12."),
        ("(b) bank statements", "(b)"),
        ("(iv) the records", "(iv)"),
        ("(12) witnesses", "(12)"),
        ("b) bank statements", "b)"),
        ("1.2. Facts follow", "1.2."),
        ("1.2 The funds", "1.2"),
        ("1.2 million euros", None),
        ("2023. A year", None),
        ("A. Smith was seen", None),
        ("The suspect", None),
        ("12.", None),
    ],
)
def test_paragraph_label(text: str, label: str | None) -> None:
    assert paragraph_label(text) == label


_WORD = st.text(alphabet="abcXYZ019.,;()é€", min_size=1, max_size=8)
_LINE = st.lists(_WORD, min_size=1, max_size=6).map(" ".join)


@given(
    st.lists(st.tuples(st.lists(_LINE, min_size=1, max_size=4), st.integers(1, 3)), max_size=6),
    st.sampled_from(["\n", "\r\n"]),
)
def test_every_block_line_is_the_file_line_it_claims(paragraphs: list[tuple[list[str], int]], newline: str) -> None:
    text = "".join(newline.join(lines) + newline * (blank + 1) for lines, blank in paragraphs)
    document = read(text.encode("utf-8"))
    file_lines = text.split(newline)
    assert len(document.blocks) == len(paragraphs)
    for block, (lines, _) in zip(document.blocks, paragraphs, strict=True):
        assert block.text.split("\n") == lines
        assert block.location.end_line == block.location.line + len(lines) - 1
        for offset, line in enumerate(lines):
            assert file_lines[block.location.line - 1 + offset] == line


# --- headings ------------------------------------------------------------------------------


def test_plain_text_headings() -> None:
    document = read(REQUEST.encode("utf-8"))
    kinds = [(b.kind, b.heading_level) for b in document.blocks]
    assert kinds == [
        (BlockKind.HEADING, 1),
        (BlockKind.HEADING, 1),
        (BlockKind.PARAGRAPH, None),
        (BlockKind.HEADING, 1),
        (BlockKind.PARAGRAPH, None),
        (BlockKind.PARAGRAPH, None),
    ]


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("SUMMARY OF FACTS", True),
        ("1. INTRODUCTION", True),
        ("1. Introduction", True),
        ("2.3 Legal Basis", True),
        ("PART A Facts of the Case", True),
        ("Summary of Facts", False),  # Title Case alone counts in text files only
        ("THE SUSPECT WAS ARRESTED.", False),
        ("2. Bank statements for the account", False),
        ("12 March 2024", False),
        ("1. " + "WORD " * 12, False),
        ("1990", False),
    ],
)
def test_is_heading_text(line: str, heading: bool) -> None:
    assert is_heading_text(line) is heading


@pytest.mark.parametrize(
    "line",
    [
        "Dear Sir or Madam,",
        "Yours faithfully",
        "The suspect was arrested.",
        "12 March 2024",
        "Telephone: 020 7946 0000",
    ],
)
def test_ordinary_single_lines_are_not_headings(line: str) -> None:
    assert read(line.encode("utf-8")).blocks[0].kind is BlockKind.PARAGRAPH


@pytest.mark.parametrize("line", ["Introduction", "Summary of Facts", "Use of Material", "LEGAL BASIS"])
def test_title_case_or_capitals_alone_is_a_heading_in_text(line: str) -> None:
    block = read(f"Some text.\n\n{line}\n\nMore text.\n".encode()).blocks[1]
    assert (block.kind, block.heading_level, block.text) == (BlockKind.HEADING, 1, line)


def test_numbered_heading_depth() -> None:
    document = read(b"2.3 LEGAL BASIS\n\nText.\n")
    assert (document.blocks[0].kind, document.blocks[0].heading_level) == (BlockKind.HEADING, 2)


def test_markdown_headings() -> None:
    markdown = (
        "# Request for Assistance\n"
        "Intro paragraph right under the heading.\n"
        "\n"
        "## Facts ##\n"
        "\n"
        "Legal Basis\n"
        "===========\n"
        "\n"
        "Offences\n"
        "--------\n"
        "Text of the offences section.\n"
        "\n"
        "Two lines of text\n"
        "underlined together\n"
        "-----\n"
        "\n"
        "***\n"
        "#hashtag is not a heading\n"
        "####### seven is not a heading either\n"
    )
    document = read(markdown.encode("utf-8"), "request.md")
    summary = [(b.kind, b.heading_level, b.text, b.location.line) for b in document.blocks]
    assert summary == [
        (BlockKind.HEADING, 1, "Request for Assistance", 1),
        (BlockKind.PARAGRAPH, None, "Intro paragraph right under the heading.", 2),
        (BlockKind.HEADING, 2, "Facts", 4),
        (BlockKind.HEADING, 1, "Legal Basis", 6),
        (BlockKind.HEADING, 2, "Offences", 9),
        (BlockKind.PARAGRAPH, None, "Text of the offences section.", 11),
        (BlockKind.PARAGRAPH, None, "Two lines of text\nunderlined together", 13),
        (BlockKind.PARAGRAPH, None, "#hashtag is not a heading\n####### seven is not a heading either", 18),
    ]


# --- size ------------------------------------------------------------------------------------


def test_one_huge_line_is_read_in_linear_time() -> None:
    data = b"The suspect transferred funds. " * 650_000  # about 20 MB, no newline
    started = time.monotonic()
    document = read(data)
    assert time.monotonic() - started < 10
    assert len(document.blocks) == 1
    assert document.blocks[0].kind is BlockKind.PARAGRAPH
    assert document.blocks[0].location.line == 1
    assert len(document.blocks[0].text) == len(data.strip())


def test_huge_line_of_markup_characters_is_linear() -> None:
    started = time.monotonic()
    document = read(b"#" + b" " * 2_000_000 + b"x" + b"-" * 2_000_000)
    assert time.monotonic() - started < 5
    assert len(document.blocks) == 1
