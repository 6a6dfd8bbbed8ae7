"""MLA116 reciprocity: a request with no treaty behind it offers reciprocity."""

from __future__ import annotations

from mla_lint.analysis import Analysis
from mla_lint.elements import Evidence, RequiredElement
from mla_lint.findings import Severity
from mla_lint.instruments import legal_basis


class Reciprocity(RequiredElement):
    """A request that relies on no treaty, convention or scheme gives an undertaking of reciprocity.

    **What it checks.** Applies when the request has a legal basis (so
    MLA102 is silent) but no treaty, convention or scheme among it, typically
    a request made under domestic law alone. It then looks for an undertaking
    that the requesting state will give the same assistance in a comparable
    case ("Kenya will, if asked, give the same help to South Africa in a
    comparable matter", "on the basis of reciprocity", "we will reciprocate").

    **Why it matters.** Without a treaty, assistance is a matter of comity and
    of the requested state's domestic law, and most such laws (Hong Kong Cap.
    525 s 5, Singapore MACMA s 16, South Africa's International Co-operation
    Act) allow or require the requested state to look for an assurance of
    reciprocity before it helps.

    **Source.** UN Model Treaty on MLA (preamble and practice); Hong Kong
    Mutual Legal Assistance in Criminal Matters Ordinance (Cap. 525) s 5(1)(f)
    and s 17; Singapore Mutual Assistance in Criminal Matters Act 2000 s 16;
    UNODC Manual on Mutual Legal Assistance and Extradition (2012), ch. on
    legal bases.

    **Bad.** "This request is made under the Mutual Legal Assistance Act,
    2011 of Kenya." (and nothing more)

    **Good.** "... under the Mutual Legal Assistance Act, 2011 of Kenya.
    Kenya undertakes to give South Africa the same assistance in a comparable
    case."
    """

    code = "MLA116"
    name = "reciprocity"
    severity = Severity.WARNING
    source = "UN Model Treaty on MLA; Cap. 525 s 5; MACMA (Singapore) s 16"

    not_applicable = "a treaty, convention or scheme is relied on (or no legal basis is cited at all: see MLA102)"
    missing = (
        "The request relies on domestic law only: no treaty, convention or scheme applies and no undertaking "
        "of reciprocity is given."
    )
    add = (
        "Add an undertaking such as: \"[Requesting state] undertakes to provide the same assistance to "
        "[requested state] in a comparable case.\""
    )

    def applies(self, facts: Analysis) -> bool:
        basis = facts.derived(legal_basis)
        return basis.any and not (basis.instruments or basis.bare_general)

    def find(self, facts: Analysis) -> Evidence | None:
        return facts.derived(legal_basis).reciprocity
