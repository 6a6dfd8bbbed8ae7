"""Reading Word requests (.docx, .docm, .dotx) into the document model.

python-docx opens the package (parts and relationships), but the text is
extracted here from the XML: python-docx's ``paragraph.text`` drops tracked
insertions, skips content controls and text boxes, and knows nothing of
footnotes or list numbers. One pass over each story in document order gives
the "all changes accepted" text a reader of the final request sees, while
everything the sender may not mean to send (deletions, insertions, comments,
hidden text) is recorded as `HiddenContent`.

The package goes through `ooxml.check_package` before python-docx sees it, so
python-docx only parses parts of bounded size without a DTD.
"""

from __future__ import annotations

import re
import zipfile
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from io import BytesIO

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import OpcError
from docx.opc.part import Part, XmlPart
from docx.package import Package
from docx.styles import BabelFish
from lxml import etree

from mla_lint.errors import UnreadableDocument
from mla_lint.limits import Limits
from mla_lint.model import (
    Block,
    BlockKind,
    Document,
    DocumentMetadata,
    HiddenContent,
    HiddenKind,
    Location,
)
from mla_lint.readers import ooxml
from mla_lint.readers.base import Reader

_Element = etree._Element

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_DCTERMS = "{http://purl.org/dc/terms/}"
_CP = "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}"
_EP = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"
_CUSTOM = "{http://schemas.openxmlformats.org/officeDocument/2006/custom-properties}"

_W_P, _W_R, _W_T, _W_TBL, _W_TR, _W_TC = (_W + n for n in ("p", "r", "t", "tbl", "tr", "tc"))
_W_BODY, _W_PPR, _W_RPR, _W_TCPR, _W_SECTPR = (_W + n for n in ("body", "pPr", "rPr", "tcPr", "sectPr"))
_W_SDT, _W_SDTCONTENT, _W_CUSTOMXML = (_W + n for n in ("sdt", "sdtContent", "customXml"))
_W_INS, _W_DEL, _W_MOVETO, _W_MOVEFROM, _W_DELTEXT = (_W + n for n in ("ins", "del", "moveTo", "moveFrom", "delText"))
_W_FLDCHAR, _W_SYM, _W_RUBY, _W_RUBYBASE = (_W + n for n in ("fldChar", "sym", "ruby", "rubyBase"))
_W_DRAWING, _W_PICT, _W_OBJECT, _W_TXBXCONTENT = (_W + n for n in ("drawing", "pict", "object", "txbxContent"))
_W_COMMENTRANGESTART, _W_COMMENTREFERENCE, _W_COMMENT = (
    _W + n for n in ("commentRangeStart", "commentReference", "comment")
)
_W_FOOTNOTEREFERENCE, _W_ENDNOTEREFERENCE = _W + "footnoteReference", _W + "endnoteReference"
_W_FOOTNOTE, _W_ENDNOTE, _W_FOOTNOTEPR, _W_ENDNOTEPR = (
    _W + n for n in ("footnote", "endnote", "footnotePr", "endnotePr")
)
_W_HEADERREFERENCE, _W_FOOTERREFERENCE = _W + "headerReference", _W + "footerReference"
_W_STYLE, _W_NAME, _W_BASEDON, _W_PSTYLE, _W_RSTYLE = (_W + n for n in ("style", "name", "basedOn", "pStyle", "rStyle"))
_W_OUTLINELVL, _W_NUMPR, _W_NUMID, _W_ILVL, _W_VANISH = (
    _W + n for n in ("outlineLvl", "numPr", "numId", "ilvl", "vanish")
)
_W_NUM, _W_ABSTRACTNUM, _W_ABSTRACTNUMID, _W_NUMSTYLELINK = (
    _W + n for n in ("num", "abstractNum", "abstractNumId", "numStyleLink")
)
_W_LVL, _W_LVLOVERRIDE, _W_STARTOVERRIDE, _W_NUMFMT, _W_LVLTEXT = (
    _W + n for n in ("lvl", "lvlOverride", "startOverride", "numFmt", "lvlText")
)
_W_START, _W_LVLRESTART, _W_ISLGL, _W_NUMSTART = (_W + n for n in ("start", "lvlRestart", "isLgl", "numStart"))
_W_GRIDSPAN, _W_VMERGE, _W_HMERGE, _W_GRIDBEFORE, _W_TRPR = (
    _W + n for n in ("gridSpan", "vMerge", "hMerge", "gridBefore", "trPr")
)
_W_VAL, _W_ID, _W_TYPE, _W_AUTHOR, _W_STYLEID, _W_DEFAULT = (
    _W + n for n in ("val", "id", "type", "author", "styleId", "default")
)
_W_FLDCHARTYPE, _W_CHAR, _W_CUSTOMMARKFOLLOWS = _W + "fldCharType", _W + "char", _W + "customMarkFollows"
_R_ID = _R + "id"
_MC_ALTERNATECONTENT, _MC_CHOICE = _MC + "AlternateContent", _MC + "Choice"
_M_OMATH, _M_OMATHPARA, _M_T = _M + "oMath", _M + "oMathPara", _M + "t"

_RUN_CHARACTERS = {
    _W + "tab": "\t",
    _W + "ptab": "\t",
    _W + "br": "\n",
    _W + "cr": "\n",
    _W + "noBreakHyphen": "-",
}
_INLINE_WRAPPERS = frozenset(
    _W + n for n in ("hyperlink", "smartTag", "customXml", "fldSimple", "sdtContent", "bdo", "dir")
)
_BLOCK_TAGS = frozenset({_W_P, _W_TBL, _W_SECTPR, _W_COMMENTRANGESTART})
_ROW_TAGS = frozenset({_W_TR})
_CELL_TAGS = frozenset({_W_TC})
_SHAPES = frozenset({_W_DRAWING, _W_PICT, _W_OBJECT, _MC_ALTERNATECONTENT})
_SECTION_REFERENCES = {_W_HEADERREFERENCE: "header", _W_FOOTERREFERENCE: "footer"}
_STORY_RELTYPES = {"header": RT.HEADER, "footer": RT.FOOTER}
_STRICT_OFFICE_DOCUMENT = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"
_NOTE_SEPARATORS = frozenset({"separator", "continuationSeparator", "continuationNotice"})
_OFF = frozenset({"0", "false", "off"})
_PLACEHOLDER = re.compile(r"%([1-9])")
_HEADING_NAME = re.compile(r"heading ([1-9])")
_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))  # fmt: skip


class DocxReader(Reader):
    """Reads Word packages; also claims OLE files so encrypted and .doc files get a precise reason."""

    format = "docx"
    extensions = (".docx", ".docm", ".dotx")
    priority = 10

    def sniff(self, data: bytes) -> bool:
        """A zip listing word/document.xml, or an OLE compound file (whatever its extension)."""
        return ooxml.is_ole(data) or ooxml.has_member(data, ooxml.MAIN_PART)

    def read(self, data: bytes, source: str, limits: Limits) -> Document:
        """Check the package against ``limits``, then extract every story in reading order."""
        deadline = ooxml.Deadline(limits.max_seconds)
        ooxml.check_package(data, limits, deadline)
        package = _open_package(data)
        deadline.check()
        return _DocxExtraction(package, deadline).document(source)


def _open_package(data: bytes) -> Package:
    """Let python-docx load parts and relationships; its failures become one-line reasons.

    python-docx trusts the package's structure: a [Content_Types].xml or .rels
    part of the wrong shape surfaces as AttributeError or TypeError from its
    element classes, a dangling relationship as KeyError.
    """
    try:
        return Package.open(BytesIO(data))
    except etree.XMLSyntaxError as exc:
        raise UnreadableDocument(f"not a valid .docx file: an XML part {ooxml.xml_problem(exc)}") from None
    except (KeyError, ValueError, IndexError, AttributeError, TypeError, etree.LxmlError, OpcError, zipfile.BadZipFile):
        raise UnreadableDocument("not a valid .docx file: broken package structure") from None


def _related(owner: Package | Part, reltype: str) -> Part | None:
    """The first internal part ``owner`` relates to with ``reltype`` (python-docx raises if 0 or 2+)."""
    for rel in owner.rels.values():
        if rel.reltype == reltype and not rel.is_external:
            return rel.target_part
    return None


def _xml_of(part: Part | None) -> _Element | None:
    """The XML of a part: python-docx has parsed the parts it knows; the rest are parsed safely here."""
    if part is None:
        return None
    if isinstance(part, XmlPart):
        return part.element
    return ooxml.parse_xml(part.blob, str(part.partname).lstrip("/"))


def _on(value: str | None) -> bool:
    """An OOXML boolean attribute (``w:val`` of a toggle); absent means on."""
    return value is None or value.lower() not in _OFF


def _toggle(element: _Element | None) -> bool | None:
    """A toggle property element: None when absent, else its value."""
    return None if element is None else _on(element.get(_W_VAL))


def _val(element: _Element | None) -> str | None:
    return None if element is None else element.get(_W_VAL)


def _int_val(element: _Element | None) -> int | None:
    return _to_int(_val(element))


def _to_int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _first_choice(alternate: _Element) -> _Element | None:
    """The first mc:Choice of an mc:AlternateContent; the Fallback repeats it in older markup."""
    return alternate.find(_MC_CHOICE)


def _flatten(container: _Element, wanted: frozenset[str]) -> Iterator[_Element]:
    """Children of ``container`` with a ``wanted`` tag, looking through content controls and custom XML."""
    for child in container:
        tag = child.tag
        if tag in wanted:
            yield child
        elif tag == _W_SDT:
            content = child.find(_W_SDTCONTENT)
            if content is not None:
                yield from _flatten(content, wanted)
        elif tag == _W_CUSTOMXML:
            yield from _flatten(child, wanted)
        elif tag == _MC_ALTERNATECONTENT:
            choice = _first_choice(child)
            if choice is not None:
                yield from _flatten(choice, wanted)


def _find_text_boxes(element: _Element, found: list[_Element]) -> None:
    """Collect the outermost w:txbxContent in a shape, taking only mc:Choice markup (not its Fallback)."""
    tag = element.tag
    if tag == _W_TXBXCONTENT:
        found.append(element)
    elif tag == _MC_ALTERNATECONTENT:
        choice = _first_choice(element)
        if choice is not None:
            _find_text_boxes(choice, found)
    else:
        for child in element:
            _find_text_boxes(child, found)


def _symbol(sym: _Element) -> str:
    """Best-effort character for w:sym: symbol fonts map their glyphs to U+F000-U+F0FF."""
    try:
        code = int(sym.get(_W_CHAR, ""), 16)
    except ValueError:
        return ""
    if 0xF000 <= code <= 0xF0FF:
        code -= 0xF000
    character = chr(code) if 0 <= code < 0x110000 else ""
    return character if character.isprintable() else ""


def _format_number(value: int, fmt: str) -> str:
    """A list or note number as Word displays it in ``fmt`` (unknown formats fall back to decimal)."""
    if fmt in ("lowerLetter", "upperLetter") and value > 0:
        letters = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt in ("lowerRoman", "upperRoman") and 0 < value < 4000:
        roman = ""
        for amount, numeral in _ROMAN:
            count, value = divmod(value, amount)
            roman += numeral * count
        return roman.lower() if fmt == "lowerRoman" else roman
    if fmt == "decimalZero":
        return f"{value:02d}"
    if fmt == "none":
        return ""
    return str(value)


@dataclass(frozen=True)
class _Style:
    """The properties of one style that matter for text: name, outline, numbering, hiding."""

    name: str | None
    based_on: str | None
    outline: int | None
    num_id: str | None
    ilvl: int | None
    vanish: bool | None


class _Styles:
    """styles.xml, with properties resolved along the ``basedOn`` chain (memoised)."""

    def __init__(self, root: _Element | None) -> None:
        self._styles: dict[str, _Style] = {}
        self._memo: dict[tuple[str | None, str], object] = {}
        self.default_paragraph: str | None = None
        for element in root.iterchildren(_W_STYLE) if root is not None else ():
            style_id = element.get(_W_STYLEID)
            if style_id is None:
                continue
            is_default = element.get(_W_DEFAULT) is not None and _on(element.get(_W_DEFAULT))
            if is_default and element.get(_W_TYPE) == "paragraph":
                self.default_paragraph = self.default_paragraph or style_id
            self._styles[style_id] = self._parse(element)

    @staticmethod
    def _parse(element: _Element) -> _Style:
        ppr = element.find(_W_PPR)
        numpr = ppr.find(_W_NUMPR) if ppr is not None else None
        rpr = element.find(_W_RPR)
        return _Style(
            name=_val(element.find(_W_NAME)),
            based_on=_val(element.find(_W_BASEDON)),
            outline=_int_val(ppr.find(_W_OUTLINELVL)) if ppr is not None else None,
            num_id=_val(numpr.find(_W_NUMID)) if numpr is not None else None,
            ilvl=_int_val(numpr.find(_W_ILVL)) if numpr is not None else None,
            vanish=_toggle(rpr.find(_W_VANISH)) if rpr is not None else None,
        )

    def outline(self, style_id: str | None) -> int | None:
        """w:outlineLvl through the chain (0-8 are heading levels 1-9, 9 is body text)."""
        return self._inherited(style_id, "outline")  # type: ignore[return-value]

    def num_id(self, style_id: str | None) -> str | None:
        """The list a style puts its paragraphs in (w:numPr/w:numId) through the chain."""
        return self._inherited(style_id, "num_id")  # type: ignore[return-value]

    def ilvl(self, style_id: str | None) -> int | None:
        """The list level a style puts its paragraphs at, through the chain."""
        return self._inherited(style_id, "ilvl")  # type: ignore[return-value]

    def vanish(self, style_id: str | None) -> bool | None:
        """Whether a style hides its text (w:vanish), through the chain."""
        return self._inherited(style_id, "vanish")  # type: ignore[return-value]

    def _inherited(self, style_id: str | None, attribute: str) -> object:
        """The nearest value of ``attribute`` along the style's basedOn chain (cycles are cut)."""
        key = (style_id, attribute)
        if key not in self._memo:
            value, seen, current = None, set(), style_id
            while current is not None and current not in seen and current in self._styles:
                seen.add(current)
                style = self._styles[current]
                value = getattr(style, attribute)
                if value is not None:
                    break
                current = style.based_on
            self._memo[key] = value
        return self._memo[key]

    def name(self, style_id: str | None) -> str | None:
        """The name Word's UI shows ("Heading 1", not styles.xml's "heading 1")."""
        style = self._styles.get(style_id) if style_id is not None else None
        return BabelFish.internal2ui(style.name) if style is not None and style.name else None

    def heading_level_by_name(self, style_id: str | None) -> int | None:
        """Heading level implied by the style's own name: "heading N" is N, "Title" is 1."""
        name = (self.name(style_id) or "").lower()
        if name == "title":
            return 1
        match = _HEADING_NAME.fullmatch(name)
        return int(match.group(1)) if match else None


@dataclass(frozen=True)
class _Level:
    """One level of a list definition (w:lvl)."""

    fmt: str
    text: str
    start: int
    restart: int | None
    legal: bool


@dataclass(frozen=True)
class _Num:
    """A list instance (w:num): its abstract definition, level overrides and restarts."""

    abstract: str
    levels: Mapping[int, _Level]
    starts: Mapping[int, int]

    def start(self, ilvl: int) -> int:
        level = self.levels.get(ilvl)
        return self.starts.get(ilvl, level.start if level is not None else 1)


def _parse_level(element: _Element) -> _Level:
    """A w:lvl; absent values take the defaults of ECMA-376 (start 0, decimal)."""
    return _Level(
        fmt=_val(element.find(_W_NUMFMT)) or "decimal",
        text=_val(element.find(_W_LVLTEXT)) or "",
        start=_int_val(element.find(_W_START)) or 0,
        restart=_int_val(element.find(_W_LVLRESTART)),
        legal=bool(_toggle(element.find(_W_ISLGL))),
    )


def _levels_of(abstract: _Element | None) -> dict[int, _Level]:
    """The levels 0-8 of an abstract list definition, by w:ilvl."""
    levels: dict[int, _Level] = {}
    for lvl in abstract.iterchildren(_W_LVL) if abstract is not None else ():
        ilvl = _to_int(lvl.get(_W_ILVL))
        if ilvl is not None and 0 <= ilvl <= 8:
            levels[ilvl] = _parse_level(lvl)
    return levels


class _Numbering:
    """numbering.xml and the running counters that give each list paragraph its visible label.

    Counters belong to the abstract definition, so list instances sharing one
    continue each other's numbering, as in Word; an instance with
    ``startOverride`` restarts its levels the first time it is used.
    """

    def __init__(self, root: _Element | None, styles: _Styles) -> None:
        self._nums: dict[str, _Num] = {}
        self._counters: dict[str, list[int | None]] = {}
        self._started: set[str] = set()
        if root is None:
            return
        abstracts = {a.get(_W_ABSTRACTNUMID): a for a in root.iterchildren(_W_ABSTRACTNUM)}
        num_targets = {n.get(_W_NUMID): _val(n.find(_W_ABSTRACTNUMID)) for n in root.iterchildren(_W_NUM)}
        for num in root.iterchildren(_W_NUM):
            abstract_id = self._resolve_link(_val(num.find(_W_ABSTRACTNUMID)), abstracts, num_targets, styles)
            if abstract_id is None:
                continue
            levels = _levels_of(abstracts.get(abstract_id))
            starts: dict[int, int] = {}
            for override in num.iterchildren(_W_LVLOVERRIDE):
                ilvl = _to_int(override.get(_W_ILVL))
                if ilvl is None:
                    continue
                replacement = override.find(_W_LVL)
                if replacement is not None:
                    levels[ilvl] = _parse_level(replacement)
                start = _int_val(override.find(_W_STARTOVERRIDE))
                if start is not None:
                    starts[ilvl] = start
            self._nums[num.get(_W_NUMID, "")] = _Num(abstract_id, levels, starts)

    @staticmethod
    def _resolve_link(
        abstract_id: str | None,
        abstracts: Mapping[str | None, _Element],
        num_targets: Mapping[str | None, str | None],
        styles: _Styles,
    ) -> str | None:
        """Follow w:numStyleLink (a list style) to the abstract definition that holds the levels."""
        for _ in range(4):
            element = abstracts.get(abstract_id)
            link = element.find(_W_NUMSTYLELINK) if element is not None else None
            if link is None:
                return abstract_id
            target = num_targets.get(styles.num_id(link.get(_W_VAL)))
            if target is None:
                return abstract_id
            abstract_id = target
        return abstract_id

    def label(self, num_id: str, ilvl: int) -> str | None:
        """Advance the list counters for one paragraph and return its label ("3.", "(b)"); None for bullets."""
        num = self._nums.get(num_id)
        if num is None or ilvl not in num.levels:
            return None
        counters = self._counters.setdefault(num.abstract, [None] * 9)
        if num_id not in self._started:
            self._started.add(num_id)
            for overridden in num.starts:
                if 0 <= overridden <= 8:
                    counters[overridden] = None
        current = counters[ilvl]
        counters[ilvl] = num.start(ilvl) if current is None else current + 1
        for deeper in range(ilvl + 1, 9):
            level = num.levels.get(deeper)
            restart_after = level.restart if level is not None and level.restart is not None else deeper
            if ilvl < restart_after:
                counters[deeper] = None
        return self._render(num, ilvl, counters)

    @staticmethod
    def _render(num: _Num, ilvl: int, counters: list[int | None]) -> str | None:
        level = num.levels[ilvl]
        if level.fmt == "bullet":
            return None

        def number(match: re.Match[str]) -> str:
            index = int(match.group(1)) - 1
            value = counters[index]
            referenced = num.levels.get(index)
            fmt = "decimal" if level.legal or referenced is None else referenced.fmt
            return _format_number(num.start(index) if value is None else value, fmt)

        return _PLACEHOLDER.sub(number, level.text).strip() or None


class _Story:
    """Field state of one story: a field (a TOC, say) can span paragraphs, so it outlives them."""

    def __init__(self) -> None:
        self._fields: list[bool] = []

    def field_char(self, kind: str | None) -> None:
        """Track w:fldChar begin/separate/end: code runs until "separate", the result until "end"."""
        if kind == "begin":
            self._fields.append(True)
        elif kind == "separate" and self._fields:
            self._fields[-1] = False
        elif kind == "end" and self._fields:
            self._fields.pop()

    @property
    def in_code(self) -> bool:
        return True in self._fields


_Revision = tuple[HiddenKind, str | None]
"""The tracked change text is inside: insertion or deletion, and its author."""


class _Para:
    """What one w:p contributes: visible text, hidden pieces, anchored boxes, comment and note refs."""

    def __init__(self, style_hidden: bool) -> None:
        self.style_hidden = style_hidden
        self.parts: list[str] = []
        self.sources: list[RunPiece] = []
        """The visible text again, piece by piece, with the w:r element each piece came from."""
        self.pieces: list[tuple[HiddenKind, str | None, list[str]]] = []
        self._open: tuple[HiddenKind, str | None] | None = None
        self.text_boxes: list[_Element] = []
        self.comments: list[str] = []
        self.notes: list[tuple[str, str, bool]] = []
        self.text = ""
        """The visible text, stripped of surrounding whitespace (set once the paragraph is read)."""
        self.style: str | None = None
        self.label: str | None = None
        self.heading_level: int | None = None

    def add(self, text: str, hidden: bool, revision: _Revision | None, run: _Element | None) -> None:
        """Route text to the content, to a hidden piece, or both (a tracked insertion)."""
        if revision is not None and revision[0] is HiddenKind.DELETION:
            self._piece(HiddenKind.DELETION, revision[1], text)
        elif hidden:
            self._piece(HiddenKind.HIDDEN_TEXT, None, text)
        else:
            self.parts.append(text)
            self.sources.append((run, text))
            if revision is None:
                self._open = None
            else:
                self._piece(HiddenKind.INSERTION, revision[1], text)

    def _piece(self, kind: HiddenKind, author: str | None, text: str) -> None:
        """Extend the previous piece when it is the same kind by the same author (Word splits runs)."""
        if self._open == (kind, author):
            self.pieces[-1][2].append(text)
        else:
            self.pieces.append((kind, author, [text]))
            self._open = (kind, author)


@dataclass(frozen=True)
class _Frame:
    """Where a story's paragraphs land: which part, which kind of block, which table cell."""

    part: str
    kind: BlockKind
    counter: str
    headings: bool = False
    label: str | None = None
    table: int | None = None
    row: int | None = None
    column: int | None = None

    def in_cell(self, table: int, row: int, column: int) -> _Frame:
        kind = BlockKind.TABLE_CELL if self.kind is BlockKind.PARAGRAPH else self.kind
        return replace(self, kind=kind, headings=False, table=table, row=row, column=column)

    def in_text_box(self) -> _Frame:
        """Body text boxes are TEXT_BOX blocks; a box in a header or note stays that part's kind."""
        if self.kind.is_body:
            return _Frame(part="text-box", kind=BlockKind.TEXT_BOX, counter="body")
        return replace(self, table=None, row=None, column=None)

    def location(self, paragraph: int | None, label: str | None) -> Location:
        return Location(
            paragraph=paragraph,
            label=self.label or label,
            part=self.part,
            table=self.table,
            row=self.row,
            column=self.column,
        )


_BODY = _Frame(part="body", kind=BlockKind.PARAGRAPH, counter="body", headings=True)


RunPiece = tuple["_Element | None", str]
"""A w:r element (None for text not in a run, e.g. an equation) and the visible text it gave."""


@dataclass(frozen=True)
class ParagraphRuns:
    """Where one paragraph of a block got its text: a writer placing a comment on a span needs the runs."""

    pieces: tuple[RunPiece, ...]
    leading: int
    """Characters of leading whitespace stripped from the paragraph's text."""
    text: str
    """The paragraph's text as it stands in the block."""


RunMap = dict[int, tuple[ParagraphRuns, ...]]
"""Block index -> the runs of each of its paragraphs."""


def _paragraph_runs(para: _Para) -> ParagraphRuns:
    joined = "".join(para.parts)
    return ParagraphRuns(tuple(para.sources), len(joined) - len(joined.lstrip()), para.text)


def read_with_runs(package: Package, source: str, limits: Limits) -> tuple[Document, RunMap]:
    """The document of an opened (and checked) package, and where each body block's text came from."""
    extraction = _DocxExtraction(package, ooxml.Deadline(limits.max_seconds))
    return extraction.document(source), extraction.runs


class _DocxExtraction:
    """One read of one package: walks every story in order, collecting blocks and hidden content."""

    def __init__(self, package: Package, deadline: ooxml.Deadline) -> None:
        self._package = package
        self._deadline = deadline
        main = _related(package, RT.OFFICE_DOCUMENT)
        if main is None and _related(package, _STRICT_OFFICE_DOCUMENT) is not None:
            raise UnreadableDocument("Strict Open XML format is not supported: save it as a Word Document (.docx)")
        if main is None:
            raise UnreadableDocument("not a valid .docx file: no relationship to the main document part")
        body = _xml_of(main).find(_W_BODY)  # type: ignore[union-attr]
        if body is None:
            raise UnreadableDocument("not a valid .docx file: the document has no body")
        self._main: Part = main
        self._body: _Element = body
        self._styles = _Styles(_xml_of(_related(main, RT.STYLES)))
        self._numbering = _Numbering(_xml_of(_related(main, RT.NUMBERING)), self._styles)
        self._blocks: list[Block] = []
        self._hidden: list[HiddenContent] = []
        self._paragraphs: Counter[str] = Counter()
        self._tables: Counter[str] = Counter()
        self._sections: list[_Element] = []
        self._notes: dict[str, dict[str, bool]] = {"footnote": {}, "endnote": {}}
        self._comment_anchors: dict[str, Location] = {}
        self._pending_comments: list[str] = []
        self.runs: RunMap = {}
        """Block index -> where its text came from, paragraph by paragraph (for annotating the file)."""

    def document(self, source: str) -> Document:
        """Body, then headers, footers, footnotes and endnotes; comments and metadata last."""
        self._walk(self._body, _BODY, _Story())
        self._headers_and_footers()
        for kind in ("footnote", "endnote"):
            self._deadline.check()
            self._notes_of(kind)
        self._deadline.check()
        self._comments()
        return Document(
            source=source,
            format="docx",
            blocks=tuple(self._blocks),
            metadata=_metadata(self._package),
            hidden=tuple(self._hidden),
        )

    # -- stories ---------------------------------------------------------------

    def _walk(self, container: _Element, frame: _Frame, story: _Story) -> None:
        """Emit the paragraphs and tables of one container in order.

        Outside tables each paragraph is a block. In a table cell consecutive
        paragraphs make one block, split only where a nested table or a text
        box has to come in between, so true document order is kept.
        """
        segment: list[_Para] = []
        for element in _flatten(container, _BLOCK_TAGS):
            tag = element.tag
            if tag == _W_P:
                para = self._paragraph(element, story)
                segment.append(para)
                if frame.table is None or para.text_boxes:
                    self._flush(segment, frame)
                    segment = []
                    self._text_boxes(para.text_boxes, frame)
            elif tag == _W_TBL:
                self._flush(segment, frame)
                segment = []
                self._table(element, frame, story)
            elif tag == _W_COMMENTRANGESTART:
                self._pending_comments.append(element.get(_W_ID, ""))
            else:
                self._sections.append(element)
        self._flush(segment, frame)

    def _text_boxes(self, boxes: list[_Element], frame: _Frame) -> None:
        """Text boxes come right after the paragraph anchoring them, each its own story."""
        inner = frame.in_text_box()
        for box in boxes:
            self._walk(box, inner, _Story())

    def _table(self, table: _Element, frame: _Frame, story: _Story) -> None:
        """Cells row by row, at their grid column; continuation cells of a merge are skipped."""
        self._tables[frame.counter] += 1
        number = self._tables[frame.counter]
        for row_number, row in enumerate(_flatten(table, _ROW_TAGS), 1):
            column = 1 + (_int_val(row.find(f"{_W_TRPR}/{_W_GRIDBEFORE}")) or 0)
            for cell in _flatten(row, _CELL_TAGS):
                props = cell.find(_W_TCPR)
                span = max(1, _int_val(props.find(_W_GRIDSPAN)) or 1) if props is not None else 1
                if not _continues_merge(props):
                    self._walk(cell, frame.in_cell(number, row_number, column), story)
                column += span

    def _flush(self, segment: list[_Para], frame: _Frame) -> None:
        """Turn collected paragraphs into a block (unless all empty) and place what they hide."""
        if not segment:
            return
        texts = [para for para in segment if para.text]
        if texts:
            first = texts[0]
            self._paragraphs[frame.counter] += 1
            location = frame.location(self._paragraphs[frame.counter], first.label)
            level = first.heading_level if frame.headings else None
            self._blocks.append(
                Block(
                    index=len(self._blocks),
                    kind=BlockKind.HEADING if level is not None else frame.kind,
                    text="\n".join(para.text for para in texts),
                    location=location,
                    heading_level=level,
                    style=first.style,
                )
            )
            self.runs[len(self._blocks) - 1] = tuple(_paragraph_runs(para) for para in texts)
        else:
            location = frame.location(None, None)
        for para in segment:
            for kind, author, pieces in para.pieces:
                text = "".join(pieces)
                if text.strip():
                    self._hidden.append(HiddenContent(kind, text, location, author))
            for comment_id in para.comments:
                self._comment_anchors.setdefault(comment_id, location)

    # -- paragraphs --------------------------------------------------------------

    def _paragraph(self, paragraph: _Element, story: _Story) -> _Para:
        """Text, style, heading level and list label of one w:p (advances the list counters)."""
        props = paragraph.find(_W_PPR)
        style_id = _val(props.find(_W_PSTYLE)) if props is not None else None
        style_id = style_id or self._styles.default_paragraph
        para = _Para(style_hidden=bool(self._styles.vanish(style_id)))
        para.comments.extend(self._pending_comments)
        self._pending_comments.clear()
        self._inline(paragraph, para, story, None)
        para.text = "".join(para.parts).strip()
        para.style = self._styles.name(style_id)
        para.heading_level = self._heading_level(props, style_id)
        numbering = self._list_position(props, style_id)
        if numbering is not None:
            para.label = self._numbering.label(*numbering)
        for kind, note_id, custom in para.notes:
            self._notes[kind].setdefault(note_id, custom)
        if props is not None:
            self._sections.extend(props.iterchildren(_W_SECTPR))
        return para

    def _heading_level(self, props: _Element | None, style_id: str | None) -> int | None:
        """Outline level (direct, then through the style chain) wins over the style's name; 9 is body text."""
        outline = _int_val(props.find(_W_OUTLINELVL)) if props is not None else None
        if outline is None:
            outline = self._styles.outline(style_id)
        if outline is not None:
            return outline + 1 if 0 <= outline <= 8 else None
        return self._styles.heading_level_by_name(style_id)

    def _list_position(self, props: _Element | None, style_id: str | None) -> tuple[str, int] | None:
        """(numId, ilvl) from the paragraph's w:numPr or its style's; numId 0 switches numbering off."""
        numpr = props.find(_W_NUMPR) if props is not None else None
        num_id = _val(numpr.find(_W_NUMID)) if numpr is not None else None
        ilvl = _int_val(numpr.find(_W_ILVL)) if numpr is not None else None
        if num_id is None:
            num_id = self._styles.num_id(style_id)
        if ilvl is None:
            ilvl = self._styles.ilvl(style_id)
        if num_id is None or num_id == "0":
            return None
        return num_id, min(max(ilvl or 0, 0), 8)

    def _inline(self, container: _Element, para: _Para, story: _Story, revision: _Revision | None) -> None:
        """Paragraph content in order: runs, revisions, hyperlinks, fields, controls, math."""
        for child in container:
            tag = child.tag
            if tag == _W_R:
                self._run(child, para, story, revision)
            elif tag in _INLINE_WRAPPERS:
                self._inline(child, para, story, revision)
            elif tag == _W_INS or tag == _W_MOVETO:
                self._inline(child, para, story, _nested(revision, HiddenKind.INSERTION, child))
            elif tag == _W_DEL or tag == _W_MOVEFROM:
                self._inline(child, para, story, _nested(revision, HiddenKind.DELETION, child))
            elif tag == _W_SDT:
                content = child.find(_W_SDTCONTENT)
                if content is not None:
                    self._inline(content, para, story, revision)
            elif tag == _MC_ALTERNATECONTENT:
                choice = _first_choice(child)
                if choice is not None:
                    self._inline(choice, para, story, revision)
            elif tag == _W_COMMENTRANGESTART:
                para.comments.append(child.get(_W_ID, ""))
            elif (tag == _M_OMATHPARA or tag == _M_OMATH) and not story.in_code:
                para.add("".join(t.text or "" for t in child.iter(_M_T)), para.style_hidden, revision, None)

    def _run(self, run: _Element, para: _Para, story: _Story, revision: _Revision | None) -> None:
        """One w:r: text, tabs and breaks, field characters, anchored shapes, note and comment marks."""
        hidden = para.style_hidden
        deleted = revision is not None and revision[0] is HiddenKind.DELETION
        for child in run:
            tag = child.tag
            if tag == _W_T or tag == _W_DELTEXT:
                text = child.text or ""
            elif tag in _RUN_CHARACTERS:
                text = _RUN_CHARACTERS[tag]
            elif tag == _W_RPR:
                hidden = self._run_hidden(child, para.style_hidden)
                continue
            elif tag == _W_FLDCHAR:
                story.field_char(child.get(_W_FLDCHARTYPE))
                continue
            elif tag == _W_SYM:
                text = _symbol(child)
            elif tag in _SHAPES:
                if not deleted:
                    _find_text_boxes(child, para.text_boxes)
                continue
            elif tag == _W_FOOTNOTEREFERENCE or tag == _W_ENDNOTEREFERENCE:
                if not deleted:
                    kind = "footnote" if tag == _W_FOOTNOTEREFERENCE else "endnote"
                    para.notes.append((kind, child.get(_W_ID, ""), _on(child.get(_W_CUSTOMMARKFOLLOWS, "0"))))
                continue
            elif tag == _W_COMMENTREFERENCE:
                para.comments.append(child.get(_W_ID, ""))
                continue
            elif tag == _W_RUBY:
                base = child.find(_W_RUBYBASE)
                if base is not None:
                    self._inline(base, para, story, revision)
                continue
            else:
                continue
            if text and not story.in_code:
                para.add(text, hidden, (HiddenKind.DELETION, None) if tag == _W_DELTEXT and not deleted else revision, run)

    def _run_hidden(self, props: _Element, inherited: bool) -> bool:
        """w:vanish on the run, else on its character style, else the paragraph style's."""
        direct = _toggle(props.find(_W_VANISH))
        if direct is not None:
            return direct
        char_style = _val(props.find(_W_RSTYLE))
        by_style = self._styles.vanish(char_style) if char_style is not None else None
        return inherited if by_style is None else by_style

    def _plain_text(self, paragraph: _Element) -> str:
        """The accepted, visible text of a paragraph outside the document flow (a comment's)."""
        para = _Para(style_hidden=False)
        self._inline(paragraph, para, _Story(), None)
        return "".join(para.parts).strip()

    # -- other parts -------------------------------------------------------------

    def _headers_and_footers(self) -> None:
        """Headers and footers of every section (default, first, even), each part once."""
        seen: set[str] = set()
        stories: dict[str, list[Part]] = {"header": [], "footer": []}
        for section in self._sections:
            for reference in section:
                name = _SECTION_REFERENCES.get(reference.tag)
                rel = self._main.rels.get(reference.get(_R_ID, "")) if name is not None else None
                if rel is None or rel.reltype != _STORY_RELTYPES[name] or rel.is_external:
                    continue
                if str(rel.target_part.partname) not in seen:
                    seen.add(str(rel.target_part.partname))
                    stories[name].append(rel.target_part)
        for name, kind in (("header", BlockKind.HEADER), ("footer", BlockKind.FOOTER)):
            for part in stories[name]:
                self._deadline.check()
                root = _xml_of(part)
                if root is not None:
                    self._walk(root, _Frame(part=name, kind=kind, counter=name), _Story())

    def _notes_of(self, kind: str) -> None:
        """Notes in the order of their references, labelled with their number; unreferenced ones last."""
        root = _xml_of(_related(self._main, RT.FOOTNOTES if kind == "footnote" else RT.ENDNOTES))
        if root is None:
            return
        tag = _W_FOOTNOTE if kind == "footnote" else _W_ENDNOTE
        notes: dict[str, _Element] = {}
        for note in root.iterchildren(tag):
            if note.get(_W_TYPE) not in _NOTE_SEPARATORS:
                notes.setdefault(note.get(_W_ID, ""), note)
        frame = _Frame(part=kind, kind=BlockKind.FOOTNOTE if kind == "footnote" else BlockKind.ENDNOTE, counter=kind)
        fmt, number = self._note_numbering(kind)
        for note_id, custom_mark in self._notes[kind].items():
            label = None
            if not custom_mark:
                label = _format_number(number, fmt)
                number += 1
            note = notes.pop(note_id, None)
            if note is not None:
                self._walk(note, replace(frame, label=label), _Story())
        for note in notes.values():
            self._walk(note, frame, _Story())

    def _note_numbering(self, kind: str) -> tuple[str, int]:
        """Number format and start of notes: the last section's w:footnotePr, then settings.xml's."""
        tag = _W_FOOTNOTEPR if kind == "footnote" else _W_ENDNOTEPR
        fmt, start = None, None
        places = [self._sections[-1] if self._sections else None, _xml_of(_related(self._main, RT.SETTINGS))]
        for place in places:
            props = place.find(tag) if place is not None else None
            if props is not None:
                fmt = fmt or _val(props.find(_W_NUMFMT))
                start = start if start is not None else _int_val(props.find(_W_NUMSTART))
        return fmt or ("decimal" if kind == "footnote" else "lowerRoman"), start if start is not None else 1

    def _comments(self) -> None:
        """Each comment as hidden content, located at the paragraph its range starts in."""
        root = _xml_of(_related(self._main, RT.COMMENTS))
        if root is None:
            return
        for comment in root.iterchildren(_W_COMMENT):
            texts = (self._plain_text(paragraph) for paragraph in comment.iter(_W_P))
            self._hidden.append(
                HiddenContent(
                    kind=HiddenKind.COMMENT,
                    text="\n".join(text for text in texts if text),
                    location=self._comment_anchors.get(comment.get(_W_ID, "")),
                    author=comment.get(_W_AUTHOR),
                )
            )


def _nested(outer: _Revision | None, kind: HiddenKind, element: _Element) -> _Revision:
    """The revision for content inside ``element``: a deletion around an insertion still deletes it."""
    if outer is not None and outer[0] is HiddenKind.DELETION:
        return outer
    return kind, element.get(_W_AUTHOR)


def _continues_merge(props: _Element | None) -> bool:
    """True for a cell that continues a vertical (vMerge) or legacy horizontal (hMerge) merge."""
    if props is None:
        return False
    for tag in (_W_VMERGE, _W_HMERGE):
        merge = props.find(tag)
        if merge is not None and merge.get(_W_VAL, "continue") == "continue":
            return True
    return False


def _metadata(package: Package) -> DocumentMetadata:
    """Core, extended (app) and custom properties; a missing part leaves its fields empty.

    python-docx's ``core_properties`` would invent a default core part when
    there is none, so the parts are read directly.
    """
    core = _xml_of(_related(package, RT.CORE_PROPERTIES))
    app = _xml_of(_related(package, RT.EXTENDED_PROPERTIES))
    custom = _xml_of(_related(package, RT.CUSTOM_PROPERTIES))
    pages = _child_text(app, _EP + "Pages")
    return DocumentMetadata(
        title=_child_text(core, _DC + "title"),
        author=_child_text(core, _DC + "creator"),
        last_modified_by=_child_text(core, _CP + "lastModifiedBy"),
        created=_child_text(core, _DCTERMS + "created"),
        modified=_child_text(core, _DCTERMS + "modified"),
        template=_child_text(app, _EP + "Template"),
        company=_child_text(app, _EP + "Company"),
        creator_tool=_child_text(app, _EP + "Application"),
        page_count=int(pages) if pages is not None and pages.isdigit() else None,
        custom=_custom_properties(custom),
    )


def _child_text(root: _Element | None, tag: str) -> str | None:
    """Stripped text of a direct child, None when absent or blank."""
    element = root.find(tag) if root is not None else None
    text = "".join(element.itertext()).strip() if element is not None else ""
    return text or None


def _custom_properties(root: _Element | None) -> dict[str, str]:
    """docProps/custom.xml: property name to the text of its typed value."""
    if root is None:
        return {}
    return {
        prop.get("name", ""): "".join(prop.itertext()).strip()
        for prop in root.iterchildren(_CUSTOM + "property")
        if prop.get("name")
    }
