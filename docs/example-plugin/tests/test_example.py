"""One line per test, with mla_lint.testing (run after `pip install .`: tests use the installed plugin)."""

from mla_lint.testing import assert_codes

TO_NZ = "To: the Central Authority of New Zealand\n\nPlease search the premises of Mr Khan at 4 High Street, Auckland."


def test_fires_on_a_search_without_grounds_or_penalty() -> None:
    assert_codes(TO_NZ, {"EX101", "EX201"}, jurisdiction="EX")


def test_silent_when_grounds_and_penalty_are_stated() -> None:
    text = TO_NZ + " There are reasonable grounds to believe the ledgers are there. Fraud carries a maximum penalty of ten years' imprisonment."
    assert_codes(text, set(), jurisdiction="EX")
