"""mla_lint.people: the mentions of each person and organisation grouped into one entity."""

from __future__ import annotations

from mla_lint.analysis import Analysis
from mla_lint.model import Block, BlockKind, Document, Location
from mla_lint.people import People, people


def grouped(*paragraphs: str) -> People:
    blocks = tuple(
        Block(index=n, kind=BlockKind.PARAGRAPH, text=text, location=Location(paragraph=n + 1))
        for n, text in enumerate(paragraphs)
    )
    return people(Analysis(Document(source="<test>", format="text", blocks=blocks)))


def names(found: People) -> list[set[str]]:
    return [{m.text for m in entity.mentions} for entity in found.entities]


def entity_of(found: People, text: str) -> int | None:
    return found.entity_of(next(m for m in found.mentions if m.text == text))


def test_whole_names_surname_first_titles_roles_and_initials_are_one_person() -> None:
    found = grouped(
        "The suspect is KHAN, Mohammad Ali, a Pakistani citizen.",
        "When Mohammad Ali KHAN arrived in Dubai, Mr Khan met the bank. M. A. Khan and M.A. KHAN signed; "
        "the accused KHAN left.",
    )
    assert names(found) == [{"KHAN, Mohammad Ali", "Mohammad Ali KHAN", "Mr Khan", "M. A. Khan", "M.A. KHAN", "the accused KHAN"}]


def test_a_father_after_son_of_and_brothers_are_other_people_and_a_shared_surname_is_ambiguous() -> None:
    found = grouped(
        "Mohammad Ali KHAN, son of Ali Hassan KHAN, and his brothers Imran KHAN and Irfan KHAN (s/o Ali Hassan KHAN).",
        "Mr Khan opened the account. A. H. Khan guaranteed it and M. A. Khan signed.",
    )
    assert len(found.entities) == 4
    assert entity_of(found, "Mr Khan") is None  # four people could be meant
    assert entity_of(found, "A. H. Khan") == entity_of(found, "Ali Hassan KHAN")
    assert entity_of(found, "M. A. Khan") == entity_of(found, "Mohammad Ali KHAN")


def test_initials_that_fit_two_people_link_to_none() -> None:
    found = grouped("Mohammad Ali KHAN and his cousin Mohammad Asif KHAN were seen. M. A. Khan paid.")
    assert entity_of(found, "M. A. Khan") is None


def test_aliases_and_company_suffixes_join_names() -> None:
    found = grouped(
        "Viktor PETROV, also known as Viktor Ivanov, controls Baltic Star Ltd.",
        "Baltic Star Limited paid Viktor Ivanov.",
    )
    assert names(found) == [{"Viktor PETROV", "Viktor Ivanov"}, {"Baltic Star Ltd", "Baltic Star Limited"}]
    assert found.variants == ()


def test_a_personal_title_never_points_at_a_company() -> None:
    found = grouped("Khyber Medical Traders paid Zubair Ahmed SHAH. Mr Traders is unknown; Mr Shah is not.")
    assert entity_of(found, "Mr Shah") == entity_of(found, "Zubair Ahmed SHAH")
    assert entity_of(found, "Mr Traders") is None


def test_a_misspelt_whole_name_or_short_form_is_a_variant_of_its_entity() -> None:
    found = grouped(
        "Mohammad Ali KHAN and Ali Hassan KHAN met.",
        "Muhammad Ali Khan paid; M. A. Kahn signed.",
    )
    assert {(v.first.text, v.other.text) for v in found.variants} == {
        ("Mohammad Ali KHAN", "Muhammad Ali Khan"),
        ("Mohammad Ali KHAN", "M. A. Kahn"),
    }
    assert len(found.entities) == 2


def test_countries_headings_and_capitalised_function_words_are_not_names() -> None:
    found = grouped("III. FACTS", "His car was seen in Peshawar, Pakistan, by Olga Nowak. When Olga Nowak left, Ms Nowak paid.")
    assert names(found) == [{"Olga Nowak", "Ms Nowak"}]


def test_words_of_an_e_mail_address_do_not_make_a_name_ordinary() -> None:
    found = grouped("Please contact Nathalie Girard at nathalie.girard@justice.gc.ca.", "(Signed)\nNathalie Girard")
    assert names(found) == [{"Nathalie Girard"}]


def test_ranks_and_offices_before_a_name_are_not_part_of_it() -> None:
    found = grouped(
        "The officer in charge is Inspector Sadia Noor of the Federal Investigation Agency.",
        "Sadia Noor can be reached by telephone; Ms Noor speaks English. The Federal Court sits in Islamabad.",
    )
    assert {"Sadia Noor", "Ms Noor"} <= {m.text for m in found.entities[0].mentions}
    assert len(found.entities[0].mentions) == 3
    assert any(m.text == "Federal Investigation Agency" for m in found.mentions)


def test_a_father_and_a_son_of_one_name_are_told_apart_by_jr_and_sr() -> None:
    found = grouped("John SMITH Sr. and his son John SMITH Jr. own the company.", "John SMITH Jr. signed.")
    assert names(found) == [{"John SMITH Sr"}, {"John SMITH Jr"}]


def test_an_alias_after_a_place_and_umlaut_transcriptions_join_names() -> None:
    found = grouped(
        "The witness Ms Maria Clara DELA CRUZ of Manila, also known as Clara Dela Cruz, saw Jürgen MÜLLER.",
        "Jürgen Mueller and Mohammad Ali Khan (also spelt Muhammad Ali Khan) left.",
    )
    assert names(found) == [
        {"Maria Clara DELA CRUZ", "Clara Dela Cruz"}, {"Jürgen MÜLLER", "Jürgen Mueller"},
        {"Mohammad Ali Khan", "Muhammad Ali Khan"},
    ]
    assert found.variants == ()
