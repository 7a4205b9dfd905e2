"""An operation or a procedure through a catheter offered as the two ways (user trial 4: a 6 cm aortic
aneurysm, "open or stint"): the plan asks for a doctor who does both, not only "a surgeon who does this
exact surgery". The wordings below are new."""

from __future__ import annotations

import pytest

from assistant.procedure_kind import both_ways, specialist_name


@pytest.mark.parametrize("decision", ["open repair vs an endovascular stent graft for my aneurysm", "bypass surgery or stents",
                                      "whether to do the ablation or go straight to surgery", "open or the stint"])
def test_an_operation_or_a_catheter_procedure_asks_for_a_doctor_who_does_both(decision):
    slots = {"situation": "surgery", "decision": decision}
    assert both_ways(slots).startswith("A surgeon who does both often")
    assert specialist_name("procedure_surgeon", {"procedure_surgeon": "A surgeon"}, slots).startswith("A surgeon who does both")


@pytest.mark.parametrize("decision", ["whether to have my knee replaced", "whether to get a stent", "surgery or physical therapy"])
def test_one_way_only_keeps_the_usual_name(decision):
    assert both_ways({"situation": "surgery", "decision": decision}) == ""
