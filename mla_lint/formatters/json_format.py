"""The machine-readable output: exactly `Report.to_dict`, as JSON.

The shape is public and stable; it is documented (and tested) by
``mla_lint/schemas/report.schema.json``. Presentation options (colour,
statistics, quiet) do not apply: a consumer always gets the whole report, and
counts are easy to derive from it.
"""

from __future__ import annotations

import json

from mla_lint.formatters.base import FormatOptions, Formatter
from mla_lint.report import Report


class JsonFormatter(Formatter):
    """The report as one JSON object (``schemas/report.schema.json``)."""

    name = "json"
    description = "the whole report as JSON (schema: mla_lint/schemas/report.schema.json)"

    def render(self, report: Report, options: FormatOptions) -> str:
        """Indented, UTF-8 friendly (names and quotations keep their accents), newline-terminated."""
        return json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n"
