"""The human-readable output: one greppable line per finding, grouped by file.

Line scheme
-----------
Every finding starts with ``PATH:POSITION: CODE SEVERITY``, like a compiler
message, so ``grep``, ``sort`` and ``cut -d:`` work on it::

    request.docx: MLA101 error The requesting authority is not identified
    request.docx:14: MLA302 error (¶ 12.) The passport number of John Smith differs
        … holder of passport no. X1234567, issued …
        related: paragraph 20 (15.): X1234568 here
            … passport X1234568 …
        suggestion: check both numbers against the passport
    request.pdf:3:14: MLA309 info (line 5) Dates are written in several formats
    request.docx:2: MLA206 info (footer) The footer names a template path
    broken.pdf: error: not a PDF file
    request.docx: rule MLA110 (core) failed: ValueError: boom

The numbers after the path always count paragraphs, whatever the format, so
they mean the same thing for every file:

- ``PATH:PARAGRAPH:`` when the format has no pages (.docx, text files);
- ``PATH:PAGE:PARAGRAPH:`` when it has pages (PDF);
- ``PATH:`` alone for a whole-document finding (no location), or when a
  reader could not number the paragraph.

Whatever else is known goes in parentheses after the severity, in this order:
the part when it is not the body (``footer``: headers, footers, footnotes and
endnotes number their paragraphs within their own part), the page when there
is no paragraph number to put it before, the table cell (``table 1, row 2,
column 3``), the number a reader sees (``¶ 12.``) and the line (``line 5``: a
file line for text files, a line of the page for PDF).

The excerpt follows on the next line, indented; then each related place
(worded by `Location.describe`) with its own excerpt, then the suggestion.
File errors and rule failures are reported as ``PATH: error: REASON`` and
``PATH: rule CODE (ORIGIN) failed: MESSAGE``. A summary line ends the output
unless ``quiet``; ``statistics`` adds a table of counts per code (code, name,
count; most frequent first) after the findings, even when quiet, since it
was asked for explicitly. Run-level warnings and errors (`Report.warnings`,
`Report.errors`, e.g. a plugin that failed to load) are not repeated here,
since the CLI writes them to stderr; the summary counts the errors, which
explain an exit code of 2.

On a terminal (``color``: the CLI decides, see ``--color``) the same lines
are styled for reading: the severity in its colour, the code bold, the
offending words inside each excerpt underlined in the severity's colour,
related places dimmed, and, when several files were linted, a dimmed
``── PATH: N findings (...)`` line closing each file's findings. Without
colour (piped, redirected, ``--color never``) the output is exactly the
plain scheme above, stable for scripts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from io import StringIO

from rich.console import Console
from rich.text import Text

from mla_lint.findings import Finding, Severity
from mla_lint.formatters.base import FormatOptions, Formatter
from mla_lint.model import Document, Location
from mla_lint.report import FileReport, Report, RuleFailure

INDENT = "    "
SEVERITY_STYLES = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "blue"}
CODE_STYLE = "bold"
MARK_STYLES = {Severity.ERROR: "bold underline red", Severity.WARNING: "bold underline yellow", Severity.INFO: "bold underline blue"}
RELATED_STYLE = "dim"
FILE_SUMMARY_PREFIX = "── "
_QUOTED = ("“", "”")


def file_error_message(file_report: FileReport) -> str:
    """``PATH: error: REASON``: one wording for every format that reports unreadable files."""
    return f"{file_report.path}: error: {file_report.error}"


def rule_failure_message(path: str, failure: RuleFailure) -> str:
    """``PATH: rule CODE (ORIGIN) failed: MESSAGE``: names the plugin so users know whom to tell."""
    return f"{path}: rule {failure.code} ({failure.origin}) failed: {failure.message}"


def _position(location: Location | None) -> tuple[int, ...]:
    """The numbers after the path: ``(page, paragraph)``, ``(paragraph,)`` or ``()``.

    Only paragraph-based numbers are used so that ``path:14:`` means
    paragraph 14 in every format; a page alone is no position (it goes in the
    detail) because ``path:3:`` would then read as paragraph 3.
    """
    if location is None or location.paragraph is None:
        return ()
    if location.page is None:
        return (location.paragraph,)
    return (location.page, location.paragraph)


def _location_detail(location: Location | None) -> list[str]:
    """What the position numbers leave out, in reading order (see the module docstring)."""
    if location is None:
        return []
    items: list[str] = []
    if location.part != "body":
        items.append(location.part)
    if location.page is not None and location.paragraph is None:
        items.append(f"page {location.page}")
    coordinates = (("table", location.table), ("row", location.row), ("column", location.column))
    cell = [f"{name} {value}" for name, value in coordinates if value is not None]
    if cell:
        items.append(", ".join(cell))
    if location.label:
        items.append(f"¶ {location.label}")
    if location.line is not None:
        items.append(f"line {location.line}")
    return items


def _finding_head(path: str, finding: Finding) -> Text:
    """The greppable first line of a finding."""
    prefix = ":".join([path, *map(str, _position(finding.location))]) + ":"
    severity = (finding.severity.value, SEVERITY_STYLES[finding.severity])
    head = Text.assemble(prefix, " ", (finding.code, CODE_STYLE), " ", severity, " ")
    detail = _location_detail(finding.location)
    if detail:
        head.append(f"({', '.join(detail)}) ")
    head.append(finding.message)
    return head


def _indented(text: str, depth: int) -> Iterator[Text]:
    """Each line of ``text`` indented ``depth`` levels (excerpts may span lines)."""
    for line in text.splitlines() or [""]:
        yield Text(INDENT * depth + line)


def _span_text(finding: Finding, document: Document | None) -> str | None:
    """The offending words, one-line: from the document when it is at hand, else quoted in the message."""
    loc = finding.location
    if document is not None and loc is not None and loc.start is not None and loc.end is not None:
        for block in document.blocks:
            if block.location.part == loc.part and block.location.paragraph == loc.paragraph:
                words = " ".join(block.text[loc.start : loc.end].split())
                return words or None
    opening, closing = _QUOTED
    if opening in finding.message and closing in finding.message:
        quoted = finding.message.split(opening, 1)[1].split(closing, 1)[0]
        return " ".join(quoted.split()) or None
    return None


def _marked(line: Text, words: str | None, style: str) -> Text:
    """``line`` with the first occurrence of ``words`` styled (no change to the characters)."""
    if words:
        at = line.plain.find(words)
        if at >= 0:
            line.stylize(style, at, at + len(words))
    return line


def _finding_lines(path: str, finding: Finding, document: Document | None = None, terminal: bool = False) -> Iterator[Text]:
    """A finding: head line, excerpt, related places, suggestion (``terminal``: offending words marked)."""
    yield _finding_head(path, finding)
    if finding.excerpt:
        words = _span_text(finding, document) if terminal else None
        for line in _indented(finding.excerpt, 1):
            yield _marked(line, words, MARK_STYLES[finding.severity])
    for related in finding.related:
        style = RELATED_STYLE if terminal else ""
        for line in _indented(f"related: {related.location.describe()}: {related.message}", 1):
            line.stylize(style)
            yield line
        if related.excerpt:
            for line in _indented(related.excerpt, 2):
                line.stylize(style)
                yield line
    if finding.suggestion:
        yield from _indented(f"suggestion: {finding.suggestion}", 1)


def _file_lines(
    file_report: FileReport, terminal: bool = False, summary: bool = False, profiles: bool = True
) -> Iterator[Text]:
    """Everything to say about one file: the profiles that ran, its error, findings and rule failures (and a summary)."""
    if profiles:
        for profile in file_report.profiles:
            yield Text(f"{file_report.path}: profile {profile.describe()}", style="dim")
    if file_report.error is not None:
        yield Text(file_error_message(file_report), style="red")
    for finding in file_report.findings:
        yield from _finding_lines(file_report.path, finding, file_report.document, terminal)
    for failure in file_report.rule_failures:
        yield Text(rule_failure_message(file_report.path, failure), style="red")
    if summary and file_report.error is None:
        yield _file_summary(file_report)


def _file_summary(file_report: FileReport) -> Text:
    """``── PATH: 3 findings (1 error, 2 warnings)`` (terminal only), the worst severity coloured."""
    counts = Counter(f.severity for f in file_report.findings)
    line = Text(f"{FILE_SUMMARY_PREFIX}{file_report.path}: ", style="dim")
    if not file_report.findings:
        line.append("no findings", style="green")
        return line
    line.append(_plural(len(file_report.findings), "finding"))
    parts = [(_plural(counts[s], s.value), SEVERITY_STYLES[s]) for s in Severity if counts[s]]
    line.append(" (")
    for i, (text, style) in enumerate(parts):
        if i:
            line.append(", ")
        line.append(text, style=style)
    line.append(")")
    return line


def _plural(count: int, word: str) -> str:
    """"1 error", "2 errors"; "info" is a mass noun and stays as it is."""
    return f"{count} {word if count == 1 or word == 'info' else word + 's'}"


def _summary_line(report: Report) -> str:
    """E.g. "3 findings (1 error, 2 warnings) in 2 files; 1 file could not be read".

    "in N files" counts the files that were read (and so checked); unreadable
    files, failed rules and run errors are counted apart because they mean
    the check is incomplete (exit code 2).
    """
    counts = Counter(f.severity for f in report.findings)
    by_severity = [_plural(counts[s], s.value) for s in Severity if counts[s]]
    checked = sum(1 for fr in report.files if fr.error is None)
    total = len(report.findings)
    head = _plural(total, "finding") if total else "no findings"
    if by_severity:
        head += f" ({', '.join(by_severity)})"
    parts = [f"{head} in {_plural(checked, 'file')}"]
    unreadable = len(report.files) - checked
    if unreadable:
        parts.append(f"{_plural(unreadable, 'file')} could not be read")
    failures = sum(len(fr.rule_failures) for fr in report.files)
    if failures:
        parts.append(f"{_plural(failures, 'rule')} failed")
    if report.errors:
        parts.append(_plural(len(report.errors), "run error"))
    return "; ".join(parts)


def _statistics_lines(findings: Iterable[Finding]) -> list[Text]:
    """Counts per code, most frequent first (ties by code), columns aligned."""
    counts = Counter((f.code, f.name) for f in findings)
    rows = sorted(counts.items(), key=lambda item: (-item[1], item[0][0]))
    if not rows:
        return []
    code_width = max(len(code) for (code, _), _ in rows)
    name_width = max(len(name) for (_, name), _ in rows)
    count_width = max(len(str(n)) for _, n in rows)
    return [
        Text.assemble(
            (code.ljust(code_width), CODE_STYLE), "  ", name.ljust(name_width), "  ", str(n).rjust(count_width)
        )
        for (code, name), n in rows
    ]


def _blocks(report: Report, options: FormatOptions) -> list[list[Text]]:
    """The output as blocks of lines, printed with a blank line between blocks."""
    blocks: list[list[Text]] = []
    per_file = options.color and len(report.files) > 1
    blocks.extend(list(_file_lines(fr, options.color, per_file, not options.quiet)) for fr in report.files)
    if options.statistics:
        blocks.append(_statistics_lines(report.findings))
    if not options.quiet:
        blocks.append([Text(_summary_line(report), style="bold")])
    return [b for b in blocks if b]


def _render(lines: list[Text], color: bool) -> str:
    """Join lines, with ANSI styles only when ``color`` (plain text has no escape codes).

    Colour goes through rich with every setting pinned (colour system, no
    wrapping, no markup or emoji) so the output depends on ``color`` only,
    not on the terminal or on ``NO_COLOR`` in the environment: the CLI has
    already decided.
    """
    if not color:
        return "".join(line.plain + "\n" for line in lines)
    buffer = StringIO()
    console = Console(
        file=buffer,
        force_terminal=True,
        color_system="standard",
        no_color=False,
        soft_wrap=True,
        highlight=False,
        markup=False,
        emoji=False,
        legacy_windows=False,
    )
    for line in lines:
        console.print(line)
    return buffer.getvalue()


class TextFormatter(Formatter):
    """Findings grouped by file, one ``path:page:paragraph: CODE severity message`` line each."""

    name = "text"
    description = "human-readable lines, grouped by file (the default)"

    def render(self, report: Report, options: FormatOptions) -> str:
        """Return the report as text; empty when there is nothing to say (quiet, no findings)."""
        lines: list[Text] = []
        for block in _blocks(report, options):
            if lines:
                lines.append(Text())
            lines.extend(block)
        return _render(lines, options.color)
