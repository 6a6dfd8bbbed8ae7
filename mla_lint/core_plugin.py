"""The core's own plugin: built-in readers and output formats.

Registered through the same hooks a third-party plugin implements (the
built-in rules are the separate internal plugin ``mla_lint.rules``). Imports
happen inside the hooks so start-up stays cheap.
"""

from __future__ import annotations

from mla_lint.formatters.base import Formatter
from mla_lint.plugin import hookimpl
from mla_lint.readers.base import Reader


@hookimpl
def get_readers() -> list[Reader]:
    from mla_lint.readers.docx_reader import DocxReader
    from mla_lint.readers.pdf_reader import PdfReader
    from mla_lint.readers.text_reader import TextReader

    return [DocxReader(), PdfReader(), TextReader()]


@hookimpl
def get_formatters() -> list[Formatter]:
    from mla_lint.formatters.html import HtmlFormatter
    from mla_lint.formatters.json_format import JsonFormatter
    from mla_lint.formatters.markdown import MarkdownFormatter
    from mla_lint.formatters.sarif import SarifFormatter
    from mla_lint.formatters.text import TextFormatter

    return [TextFormatter(), JsonFormatter(), SarifFormatter(), HtmlFormatter(), MarkdownFormatter()]
