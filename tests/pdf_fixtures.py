"""Real PDFs for the PDF reader's tests, drawn line by line with reportlab.

Every line is placed at a known position with a known font, so the tests can
state exactly which paragraphs, headings, lines and pages the reader must
find. The texts are module constants the tests compare against. Letter-size
pages (612 x 792 pt), body at 11/14 pt Helvetica from x = 72.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

PAGE_WIDTH, PAGE_HEIGHT = 612.0, 792.0
LEFT = 72.0
TEXT_WIDTH = 468.0
BODY_FONT, BOLD_FONT, SIZE, LEADING = "Helvetica", "Helvetica-Bold", 11.0, 14.0
PARAGRAPH_SPACE = 10.0

# --- the multi-page request ---------------------------------------------------------

HEADER_LEFT = "Ref. MLA/2024/17"
HEADER_RIGHT = "RESTRICTED"
FOOTER_LEFT = "Crown Prosecution Service, International Division"

TITLE = "REQUEST FOR MUTUAL LEGAL ASSISTANCE"
HEADING_1 = "1. Introduction"
PARA_1 = (
    "1.1 The Crown Prosecution Service of England and Wales requests the assistance",
    "of the competent authorities of the Republic of Austria under Article 18 of the",
    "United Nations Convention against Transnational Organized Crime.",
)
PARA_2 = (
    "1.2 This request concerns an ongoing criminal investi-",
    "gation into money laundering by an organised group operating in both states",
    "between January 2021 and March 2023.",
)
PARA_2_TEXT = (
    "1.2 This request concerns an ongoing criminal investigation\n"
    "into money laundering by an organised group operating in both states\n"
    "between January 2021 and March 2023."
)
HEADING_2 = "2. Summary of Facts"
PARA_3 = (
    "2.1 On 3 March 2023 the suspect, John Albert Smith, born on 4 May 1980,",
    "transferred EUR 250,000 from an account held at Barclays Bank in London",
    "to account AT61 1904 3002 3457 3201 held at Erste Bank in Vienna.",
)
# Page 2 starts with a paragraph whose first line sits in the header band but
# is not repeated, so it must stay in the body.
PARA_4 = (
    "2.2 The funds were then moved through three companies registered in Vienna,",
    "whose directors are believed to act on the suspect's instructions; the Austrian",
    "authorities are asked to identify their beneficial owners.",
)
SUBHEADING = "Evidence sought"
PARA_5 = (
    "(a) statements of account AT61 1904 3002 3457 3201 from 1 January 2021 to",
    "31 March 2023, with the account opening documents;",
)
PARA_6 = ("(b) the identity documents supplied by the account holder.",)
HEADING_3 = "3. Confidentiality"
PARA_7 = (
    "3.1 The requesting authority asks that this request and its contents be kept",
    "confidential and that the suspect not be informed of it.",
)
SIGNATURE = ("Jane Doe", "Senior Crown Prosecutor")

# --- paragraphs told apart without extra space ----------------------------------------------

INDENT = 24.0
INDENTED_PARAS = (
    (
        "The requesting authority has reason to believe that the suspect used the accounts",
        "listed below to receive the proceeds of the fraud committed against the victims in",
        "2021 and 2022, and to move them on to companies controlled by his associates.",
    ),
    (
        "The Austrian authorities are therefore asked to provide the records described in",
        "this request.",
    ),
    (
        "Each record should be certified by the bank as a true copy of the original that",
        "was kept in the ordinary course of business.",
    ),
)
"""First lines indented (the first and third), or the line above short (before the third)."""
HANGING_ITEMS = (
    (
        "1. Statements of every account held by the suspect at Erste Bank under Republic Act No.",
        "3019 between 1 January 2021 and 31 March 2023, with the documents supplied when each",
        "account was opened.",
    ),
    ("2. The identity documents supplied by the account holder.",),
)
"""A numbered item whose first line ends in "No." over a hanging indent: one paragraph."""

# --- the two-column page ---------------------------------------------------------------

COLUMN_TITLE = "Annex B: Chronology of Transfers"
COLUMN_WIDTH = 220.0
RIGHT_COLUMN = LEFT + COLUMN_WIDTH + 28.0
LEFT_PARAS = (
    (
        "The first transfer left the London",
        "account on 3 March 2023 and reached",
        "the Vienna account two days later.",
    ),
    (
        "A second transfer of EUR 90,000",
        "followed on 12 April 2023 through an",
        "intermediary bank in Frankfurt.",
    ),
)
RIGHT_PARAS = (
    (
        "The Vienna account was emptied on",
        "20 April 2023 by three cash with-",
        "drawals made at different branches.",
    ),
    (
        "Closed-circuit recordings of those",
        "branches would identify the person",
        "who made the withdrawals.",
    ),
)

# --- the single-column page with a table ------------------------------------------------

TABLE_INTRO = (
    "The transfers under investigation are listed below, with the accounts that",
    "received the funds and the amount of each transfer.",
)
TABLE_ROWS = (
    ("Date", "Amount", "Receiving account"),
    ("03/03/2023", "EUR 250,000", "AT61 1904 3002 3457 3201"),
    ("12/04/2023", "EUR 90,000", "DE89 3704 0044 0532 0130 00"),
    ("20/04/2023", "EUR 75,000", "AT48 3200 0000 1234 5864"),
    ("28/04/2023", "EUR 12,500", "AT02 2050 3021 0102 3600"),
    ("05/05/2023", "EUR 8,000", "AT13 1100 0002 6388 4700"),
)
TABLE_COLUMNS = (LEFT, LEFT + 150.0, LEFT + 300.0)
TABLE_OUTRO = (
    "The requesting authority asks for the records of every account in the table",
    "for the period from 1 January 2021 to 31 March 2023.",
)


@dataclass
class _Pen:
    """Draws body lines down a page, like a typewriter with a known carriage."""

    canvas: Canvas
    y: float = 720.0

    def line(self, text: str, *, font: str = BODY_FONT, size: float = SIZE, x: float = LEFT) -> None:
        """Draw one line at the current baseline and move down one leading."""
        assert stringWidth(text, font, size) <= PAGE_WIDTH - x - 36, text
        self.canvas.setFont(font, size)
        self.canvas.drawString(x, self.y, text)
        self.y -= max(LEADING, size * 1.25)

    def paragraph(self, lines: tuple[str, ...], **style: object) -> None:
        """Draw the lines, then leave the space between paragraphs."""
        for text in lines:
            self.line(text, **style)  # type: ignore[arg-type]
        self.y -= PARAGRAPH_SPACE


def _running(canvas: Canvas, page: int, pages: int) -> None:
    """Header (reference left, marking right, page number in the middle) and footer."""
    canvas.setFont(BODY_FONT, 9)
    canvas.drawString(LEFT, 760, HEADER_LEFT)
    canvas.drawCentredString(PAGE_WIDTH / 2, 760, f"- {page} -")
    canvas.drawRightString(LEFT + TEXT_WIDTH, 760, HEADER_RIGHT)
    canvas.drawString(LEFT, 30, FOOTER_LEFT)
    canvas.drawRightString(LEFT + TEXT_WIDTH, 30, f"Page {page} of {pages}")


def build_request(path: Path) -> Path:
    """Three pages: title, numbered headings (bold, larger), paragraphs, a hyphenated wrap,
    a bold sub-heading, list items, a signature, running header and footer, page numbers."""
    canvas = Canvas(str(path), pagesize=(PAGE_WIDTH, PAGE_HEIGHT))
    canvas.setTitle("MLA request to Austria")
    canvas.setAuthor("J. Doe")
    canvas.setCreator("Microsoft Word")
    canvas.setProducer("Acrobat PDFMaker")

    _running(canvas, 1, 3)
    pen = _Pen(canvas)
    pen.paragraph((TITLE,), font=BOLD_FONT, size=16)
    pen.paragraph((HEADING_1,), font=BOLD_FONT, size=13)
    pen.paragraph(PARA_1)
    pen.paragraph(PARA_2)
    pen.paragraph((HEADING_2,), font=BOLD_FONT, size=13)
    pen.paragraph(PARA_3)
    canvas.showPage()

    _running(canvas, 2, 3)
    pen = _Pen(canvas, y=740.0)
    pen.paragraph(PARA_4)
    pen.paragraph((SUBHEADING,), font=BOLD_FONT)
    for item in (PARA_5, PARA_6):
        for text in item:
            pen.line(text)
    canvas.showPage()

    _running(canvas, 3, 3)
    pen = _Pen(canvas)
    pen.paragraph((HEADING_3,), font=BOLD_FONT, size=13)
    pen.paragraph(PARA_7)
    pen.paragraph(SIGNATURE)
    canvas.showPage()
    canvas.save()
    return path


def build_without_spacing(path: Path) -> Path:
    """Paragraphs at a constant 14 pt pitch, told apart only by indentation, a short last
    line or a paragraph number; then a numbered item whose second line hangs indented."""
    canvas = Canvas(str(path), pagesize=(PAGE_WIDTH, PAGE_HEIGHT))
    pen = _Pen(canvas)
    for number, lines in enumerate(INDENTED_PARAS):
        for index, text in enumerate(lines):
            pen.line(text, x=LEFT + INDENT if index == 0 and number != 2 else LEFT)
    for lines in HANGING_ITEMS:
        for index, text in enumerate(lines):
            pen.line(text, x=LEFT if index == 0 else LEFT + 12)
    canvas.showPage()
    canvas.save()
    return path


def build_two_columns(path: Path) -> Path:
    """One page: a full-width bold title over two columns of two paragraphs each, on shared baselines."""
    canvas = Canvas(str(path), pagesize=(PAGE_WIDTH, PAGE_HEIGHT))
    pen = _Pen(canvas)
    pen.paragraph((COLUMN_TITLE,), font=BOLD_FONT, size=14)
    top = pen.y
    for x, paragraphs in ((LEFT, LEFT_PARAS), (RIGHT_COLUMN, RIGHT_PARAS)):
        pen.y = top
        for lines in paragraphs:
            assert all(stringWidth(t, BODY_FONT, SIZE) <= COLUMN_WIDTH for t in lines)
            pen.paragraph(lines, x=x)
    canvas.showPage()
    canvas.save()
    return path


def build_table_page(path: Path, *, prose: bool = True) -> Path:
    """One single-column page: a six-row table with three columns, between two paragraphs
    unless ``prose`` is false (then the table is alone on the page, the harder case)."""
    canvas = Canvas(str(path), pagesize=(PAGE_WIDTH, PAGE_HEIGHT))
    pen = _Pen(canvas)
    if prose:
        pen.paragraph(TABLE_INTRO)
    for row in TABLE_ROWS:
        canvas.setFont(BODY_FONT, SIZE)
        for x, cell in zip(TABLE_COLUMNS, row, strict=True):
            canvas.drawString(x, pen.y, cell)
        canvas.line(LEFT, pen.y - 4, LEFT + TEXT_WIDTH, pen.y - 4)
        pen.y -= LEADING + 4
    pen.y -= PARAGRAPH_SPACE
    if prose:
        pen.paragraph(TABLE_OUTRO)
    canvas.showPage()
    canvas.save()
    return path


def build_pages(path: Path, pages: int, **canvas_options: object) -> Path:
    """``pages`` pages with one short paragraph each (for limits, encryption and fake bold)."""
    canvas = Canvas(str(path), pagesize=(PAGE_WIDTH, PAGE_HEIGHT), **canvas_options)  # type: ignore[arg-type]
    for number in range(1, pages + 1):
        _Pen(canvas, y=400.0).line(f"This is the text of page {number}.")
        canvas.showPage()
    canvas.save()
    return path


def build_fake_bold(path: Path) -> Path:
    """A heading drawn twice at almost the same place (how some tools fake bold), then a paragraph."""
    canvas = Canvas(str(path), pagesize=(PAGE_WIDTH, PAGE_HEIGHT))
    canvas.setFont(BODY_FONT, 16)
    for dx in (0.0, 0.3):
        canvas.drawString(LEFT + dx, 720, "Statement of Facts")
    canvas.setFont(BODY_FONT, SIZE)
    canvas.drawString(LEFT, 690, "The suspect opened the account in 2021.")
    canvas.showPage()
    canvas.save()
    return path


def build_hidden_placements(path: Path) -> Path:
    """A visible paragraph, plus text placed off the page and text rotated 90 degrees (a margin note)."""
    canvas = Canvas(str(path), pagesize=(PAGE_WIDTH, PAGE_HEIGHT))
    canvas.setFont(BODY_FONT, SIZE)
    canvas.drawString(LEFT, 600, "The visible paragraph of the request.")
    canvas.drawString(-400, 500, "Text placed left of the page")
    canvas.drawString(LEFT, 900, "Text placed above the page")
    canvas.saveState()
    canvas.translate(30, 300)
    canvas.rotate(90)
    canvas.drawString(0, 0, "Rotated margin note")
    canvas.restoreState()
    canvas.showPage()
    canvas.save()
    return path


def build_image_only(path: Path, pages: int = 2) -> Path:
    """Pages with drawings but no text, as a scanner without OCR would produce."""
    canvas = Canvas(str(path), pagesize=(PAGE_WIDTH, PAGE_HEIGHT))
    for _ in range(pages):
        canvas.setFillGray(0.4)
        canvas.rect(72, 300, 400, 300, fill=1)
        canvas.circle(300, 200, 50, fill=1)
        canvas.showPage()
    canvas.save()
    return path


# --- paragraphs over page breaks ---------------------------------------------------

RUN_ON_FIRST = (
    "3. The account was opened on 12 May 2021 by Mr Diego Alvarez Ruiz, residing in the City of Buenos",
    "Aires, who gave as his address an office building in Avenida Corrientes and stated that the funds",
    "would come from his trading business in grain and cattle, which the bank was asked to confirm by",
)
RUN_ON_NEXT = (
    "contacting two of its clients in Rosario; no such confirmation was ever obtained.",
)
ADDRESS_END = ("Ministry of Justice", "Islamabad")
NUMBERED_NEXT = ("4. The second transfer was made on 3 June 2021 from the same account.",)


def build_page_breaks(path: Path) -> Path:
    """Three pages: a paragraph cut mid-sentence by the first page break (one block), and an address
    ending the second page before a numbered paragraph (two blocks)."""
    canvas = Canvas(str(path), pagesize=(PAGE_WIDTH, PAGE_HEIGHT))
    pen = _Pen(canvas, y=100.0)
    for text in RUN_ON_FIRST:
        pen.line(text, size=9.0)
    canvas.showPage()
    pen = _Pen(canvas)
    pen.paragraph(RUN_ON_NEXT, size=9.0)
    pen.y = 60.0
    pen.paragraph(ADDRESS_END, size=9.0)
    canvas.showPage()
    pen = _Pen(canvas)
    pen.paragraph(NUMBERED_NEXT, size=9.0)
    canvas.showPage()
    canvas.save()
    return path
