"""Example answers to the housing questionnaire 2.0.0 for the two providers of Bretesché (2024).

Same organisations, respondents and roles as the 1.0 examples (examples/make_examples.py), at the
end of the study (2021).

- Logemer: agency staff report the facts the study describes (no reorganisation before the tools, a
  transformation officer whose remit is technical, hours of requests from head office, no feedback,
  no access on site, contact with tenants absent from evaluation). Leadership describes the project
  as it was meant to be: the reorganisation "at the same time as the tools", rosier opinions than
  the facts it reports itself, so that its consistency signal on reorganisation fires; its view of
  practices stays well above the field's (the role gap of the 1.0 examples).
- Logeterre: answers converge on a reorganisation begun in 2016 before the tools, two project leads
  mandated to link the tools and operations, workload mapped beforehand, open data rights, answers
  on site and local projects, with small differences between people.

PEOPLE = [(organisation id, organisation name, respondent id, role, answers), ...]
LANDS = {organisation id: where the study says it lands}
"""

from __future__ import annotations

QUESTIONNAIRE = {"id": "housing", "version": "2.0.0"}
DATE = "2021-06-15"

LOGEMER_BASE: dict[str, object] = {
    # strategy
    "str_goal": "cut_costs",
    "str_contact_commitment": "reduce",
    "str_needs_collected": "none",
    "str_indicators": "processing_cost",
    "str_gains_evaluated": "never",
    "str_purpose_now": "steer_remotely",
    "str_discourse": "fix_all",
    "str_external_push": "important",
    # reorganisation
    "reo_timing": "not_revised",
    "reo_relay": "technical_lead",
    "reo_workload": "found_after",
    "reo_cross_groups": "none",
    "reo_simulation": "never",
    "reo_decision": "hq_service",
    "reo_teams": "not_organised",
    "reo_bricks": "each_own",
    "reo_what_changed": "the_tools",
    "reo_agency_leeway": "fewer",
    # data access
    "dat_building_history": "by_request",
    "dat_tenant_file": "partial",
    "dat_qualify": "report_only",
    "dat_hq_fields": "over_10",
    "dat_double_entry": "three",
    "dat_feedback": "none",
    "dat_purpose": "none",
    "dat_traceability": "per_person_review",
    "dat_serves": "steer_remotely",
    "dat_relationship": "suppliers",
    # practices
    "pra_days_on_site": 1,
    "pra_mobile": ["no_device"],
    "pra_answer_on_site": "note_later",
    "pra_evaluation": "not_counted",
    "pra_contact_person": "none",
    "pra_versatility": "split",
    "pra_time_trend": "much_more",
    "pra_freed_time": "entry_requests",
    "pra_standard_replies": "many",
    "pra_job_meaning": "clicks",
    # depth
    "dep_documents": "digital",
    "dep_processes": "most",
    "dep_bim": "maintenance",
    "dep_services": "considered",
    # context
    "ctx_homes": "over_50000",
    "ctx_agencies": "four_to_ten",
    "ctx_tools": ["online_agency", "bim", "crm", "supplier_platform", "call_centre"],
    "ctx_tools_age": "three_to_five",
}

# leadership describes the project in its own terms: the tools as the reorganisation, data rights
# and feedback seen from head office, practices seen from afar
LOGEMER_DIRECTION: dict[str, object] = {
    **LOGEMER_BASE,
    "str_goal": "be_ahead",
    "str_contact_commitment": "not_written",
    "str_needs_collected": "presented_after",
    "str_indicators": "online_share",
    "str_gains_evaluated": "usage_only",
    "str_purpose_now": "speed_up",
    "str_discourse": "catch_up",
    "str_external_push": "adapted",
    "reo_timing": "same_time",
    "reo_workload": "partly",
    "reo_cross_groups": "hq_only",
    "reo_simulation": "technical_test",
    "reo_decision": "no_rule",
    "reo_teams": "planned",
    "reo_bricks": "common_plan",
    "reo_what_changed": "both",
    "reo_agency_leeway": "more",
    "dat_building_history": "partial",
    "dat_tenant_file": "full",
    "dat_qualify": "propose",
    "dat_hq_fields": "h2_5",
    "dat_double_entry": "two",
    "dat_feedback": "figures_sent",
    "dat_purpose": "some",
    "dat_traceability": "per_team",
    "dat_serves": "both",
    "dat_relationship": "varies",
    "pra_days_on_site": 3,
    "pra_mobile": ["read_tenant_file"],
    "pra_answer_on_site": "simple_only",
    "pra_evaluation": "after_volumes",
    "pra_contact_person": "via_platform",
    "pra_versatility": "rarely",
    "pra_time_trend": "same",
    "pra_freed_time": "few_initiatives",
    "pra_standard_replies": "dont_know",
    "pra_job_meaning": "no_change",
    "dep_services": "a_few",
}

LOGETERRE_BASE: dict[str, object] = {
    "str_goal": "presence_on_site",
    "str_contact_commitment": "maintain",
    "str_needs_collected": "working_groups",
    "str_indicators": "solved_on_site",
    "str_gains_evaluated": "agency_work",
    "str_purpose_now": "support_presence",
    "str_discourse": "one_lever",
    "str_external_push": "adapted",
    "reo_timing": "before",
    "reo_relay": "mandated",
    "reo_workload": "mapped",
    "reo_cross_groups": "with_agencies",
    "reo_simulation": "every_tool",
    "reo_decision": "agency",
    "reo_teams": "all_agencies",
    "reo_bricks": "together",
    "reo_what_changed": "prior_work",
    "reo_agency_leeway": "more",
    "dat_building_history": "full",
    "dat_tenant_file": "full",
    "dat_qualify": "correct",
    "dat_hq_fields": "under_2",
    "dat_double_entry": "one",
    "dat_feedback": "discussed",
    "dat_purpose": "most",
    "dat_traceability": "request_tracking",
    "dat_serves": "act_on_site",
    "dat_relationship": "joint_work",
    "pra_days_on_site": 3,
    "pra_mobile": ["read_tenant_file", "read_building", "open_request", "update_data"],
    "pra_answer_on_site": "answered",
    "pra_evaluation": "written",
    "pra_contact_person": "named",
    "pra_versatility": "always",
    "pra_time_trend": "fallen",
    "pra_freed_time": "local_projects",
    "pra_standard_replies": "almost_none",
    "pra_job_meaning": "more_presence",
    "dep_documents": "linked",
    "dep_processes": "most",
    "dep_bim": "services",
    "dep_services": "a_few",
    "ctx_homes": "over_50000",
    "ctx_agencies": "four_to_ten",
    "ctx_tools": ["online_agency", "bim", "crm", "mobile_apps"],
    "ctx_tools_age": "three_to_five",
}

COMMENTS = {
    ("logemer", "gestionnaire-1"): "On remplit les mêmes informations pour le patrimoine et pour la gestion locative.",
    ("logemer", "charge-clientele-1"): "Les locataires écrivent partout à la fois et ne nous voient plus.",
    ("logeterre", "gestionnaire-1"): "La tablette me permet de régler la plupart des demandes pendant la visite.",
}

_PEOPLE = [
    # (organisation, name, respondent, role, base, overrides)
    ("logemer", "Logemer", "dg", "direction", LOGEMER_DIRECTION, {}),
    ("logemer", "Logemer", "dir-patrimoine", "direction", LOGEMER_DIRECTION, {"dep_bim": "services"}),
    (
        "logemer",
        "Logemer",
        "dir-gestion-locative",
        "direction",
        LOGEMER_DIRECTION,
        {"pra_answer_on_site": "note_later"},
    ),
    (
        "logemer",
        "Logemer",
        "charge-transformation",
        "support",
        LOGEMER_DIRECTION,
        {"dat_purpose": "most", "str_discourse": "one_lever"},
    ),
    (
        "logemer",
        "Logemer",
        "resp-agence-1",
        "management",
        LOGEMER_BASE,
        {"dat_feedback": "once", "pra_standard_replies": "most"},
    ),
    (
        "logemer",
        "Logemer",
        "resp-agence-2",
        "management",
        LOGEMER_BASE,
        {"reo_relay": "nobody", "str_external_push": "dont_know"},
    ),
    ("logemer", "Logemer", "gestionnaire-1", "field", LOGEMER_BASE, {}),
    (
        "logemer",
        "Logemer",
        "gestionnaire-2",
        "field",
        LOGEMER_BASE,
        {"pra_standard_replies": "most", "str_indicators": "dont_know", "dat_double_entry": "four_plus"},
    ),
    (
        "logemer",
        "Logemer",
        "charge-clientele-1",
        "field",
        LOGEMER_BASE,
        {"dat_tenant_file": "by_request", "pra_time_trend": "more", "pra_answer_on_site": "redirected"},
    ),
    (
        "logemer",
        "Logemer",
        "charge-clientele-2",
        "field",
        LOGEMER_BASE,
        {"str_goal": "dont_know", "dep_bim": "dont_know", "dat_hq_fields": "h5_10"},
    ),
    ("logeterre", "Logeterre", "directeur", "direction", LOGETERRE_BASE, {"str_indicators": "tenant_opinion"}),
    ("logeterre", "Logeterre", "secretaire-general", "direction", LOGETERRE_BASE, {"dep_services": "usual"}),
    ("logeterre", "Logeterre", "dir-patrimoine", "direction", LOGETERRE_BASE, {"reo_decision": "agency_with_visa"}),
    (
        "logeterre",
        "Logeterre",
        "chef-projet-bim",
        "support",
        LOGETERRE_BASE,
        {"dep_bim": "services", "dep_services": "usual"},
    ),
    ("logeterre", "Logeterre", "resp-agence-1", "management", LOGETERRE_BASE, {"pra_versatility": "often"}),
    ("logeterre", "Logeterre", "resp-agence-2", "management", LOGETERRE_BASE, {}),
    ("logeterre", "Logeterre", "resp-agence-3", "management", LOGETERRE_BASE, {"reo_simulation": "some_tools"}),
    (
        "logeterre",
        "Logeterre",
        "gestionnaire-1",
        "field",
        LOGETERRE_BASE,
        {"pra_evaluation": "mentioned", "pra_days_on_site": 4},
    ),
    (
        "logeterre",
        "Logeterre",
        "gestionnaire-2",
        "field",
        LOGETERRE_BASE,
        {"dat_double_entry": "two", "str_external_push": "dont_know"},
    ),
    (
        "logeterre",
        "Logeterre",
        "charge-clientele-1",
        "field",
        LOGETERRE_BASE,
        {"pra_answer_on_site": "simple_only", "dep_processes": "dont_know"},
    ),
    (
        "logeterre",
        "Logeterre",
        "charge-clientele-2",
        "field",
        LOGETERRE_BASE,
        {"str_needs_collected": "some_people", "pra_time_trend": "same"},
    ),
]


def _answers(org: str, rid: str, base: dict[str, object], overrides: dict[str, object]) -> dict[str, object]:
    answers = {**base, **overrides}
    if (org, rid) in COMMENTS:
        answers["ctx_remarks"] = COMMENTS[(org, rid)]
    return answers


PEOPLE: list[tuple[str, str, str, str, dict[str, object]]] = [
    (org, name, rid, role, _answers(org, rid, base, overrides)) for org, name, rid, role, base, overrides in _PEOPLE
]

LANDS = {"logemer": "digital", "logeterre": "socio-professional"}


def documents() -> list[dict[str, object]]:
    """The answer files (format assess-answers/1) of PEOPLE, for examples/housing."""
    return [
        {
            "format": "assess-answers/1",
            "questionnaire": dict(QUESTIONNAIRE),
            "organisation": {"id": org, "name": name},
            "respondent": {"id": rid, "role": role},
            "date": DATE,
            "lang": "fr",
            "answers": dict(answers),
        }
        for org, name, rid, role, answers in PEOPLE
    ]
