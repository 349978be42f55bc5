"""Writes examples/housing/*.json: the two providers of Bretesché (2024) at the end of the study.

Each respondent answers as that person plausibly would given what the study reports: at Logemer,
leadership still describes the tools in the terms of the project while agency staff describe desk
work and requests from head office; at Logeterre, answers converge on reorganisation first, open
data rights and local projects. Run: python examples/make_housing.py
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent / "housing"

LOGEMER_BASE = {
    "str_goal": "cut_costs",
    "str_needs_collected": "never",
    "str_physical_contact": "to_decrease",
    "str_who_decides": "external",
    "str_magic": "magic",
    "str_external_push": "important",
    "str_discourse_teams": "announcement",
    "reo_timing": "not_revised",
    "reo_relay": "technical_lead",
    "reo_cross_groups": "within_service",
    "reo_workload": "discovered_after",
    "reo_simulation": "never",
    "reo_decision_circuits": "longer",
    "reo_bricks": "each_own",
    "reo_teams": "not_at_all",
    "dat_building_history": "ask_head_office",
    "dat_tenant_file": "partial",
    "dat_write_rights": "not_at_all",
    "dat_double_entry": "very_often",
    "dat_hq_requests": "daily",
    "dat_feedback": "never",
    "dat_traceability": "police_delays",
    "dat_own_bases": "each",
    "dat_mobile_rights": ["nothing"],
    "pra_days_on_site": 1,
    "pra_time_trend": "much_more",
    "pra_mobile": "none",
    "pra_answer_on_site": "not_at_all",
    "pra_standard_replies": "many",
    "pra_contact_person": "no_person",
    "pra_new_missions": "absorbed",
    "pra_versatility": "split",
    "pra_digital_tasks": "not_at_all",
    "pra_job_meaning": "clicks",
    "dep_documents": "digital",
    "dep_processes": "most",
    "dep_bim": "maintenance",
    "dep_services": "idea",
    "ctx_homes": "over_50000",
    "ctx_agencies": "four_to_ten",
    "ctx_tools": ["online_agency", "bim", "crm", "supplier_platform", "call_centre"],
}
# leadership sees the project as it was meant to be
LOGEMER_DIRECTION = {
    "str_goal": "be_innovative",
    "str_physical_contact": "not_discussed",
    "str_magic": "keep_up",
    "str_discourse_teams": "tool_training",
    "reo_relay": "technical_lead",
    "reo_cross_groups": "occasional",
    "reo_workload": "partly",
    "reo_simulation": "rarely",
    "reo_decision_circuits": "unchanged",
    "reo_bricks": "bridges_after",
    "dat_building_history": "partial",
    "dat_tenant_file": "full",
    "dat_write_rights": "validated",
    "dat_double_entry": "sometimes",
    "dat_hq_requests": "weekly",
    "dat_feedback": "sometimes",
    "dat_traceability": "reporting",
    "dat_own_bases": "several",
    "dat_mobile_rights": ["read_tenant_file"],
    "pra_days_on_site": 3,
    "pra_time_trend": "same",
    "pra_mobile": "few_shared",
    "pra_answer_on_site": "simple_questions",
    "pra_standard_replies": "dont_know",
    "pra_contact_person": "hard_to_reach",
    "pra_new_missions": "occasional",
    "pra_versatility": "mostly_split",
    "pra_digital_tasks": "partly",
    "pra_job_meaning": "no_change",
    "dep_services": "some",
}
LOGETERRE_BASE = {
    "str_goal": "closer_to_tenants",
    "str_needs_collected": "working_groups",
    "str_physical_contact": "priority",
    "str_who_decides": "jointly",
    "str_magic": "lever_for_mission",
    "str_external_push": "adapted",
    "str_discourse_teams": "job_discussion",
    "reo_timing": "before",
    "reo_relay": "relay_actors",
    "reo_cross_groups": "regular_with_agencies",
    "reo_workload": "mapped",
    "reo_simulation": "always",
    "reo_decision_circuits": "shortened",
    "reo_bricks": "designed_together",
    "reo_teams": "fully",
    "dat_building_history": "full",
    "dat_tenant_file": "full",
    "dat_write_rights": "fully",
    "dat_double_entry": "rarely",
    "dat_hq_requests": "monthly",
    "dat_feedback": "regularly",
    "dat_traceability": "help_teams",
    "dat_own_bases": "mostly_shared",
    "dat_mobile_rights": ["read_tenant_file", "read_building", "open_request", "update_data"],
    "pra_days_on_site": 3,
    "pra_time_trend": "less",
    "pra_mobile": "full",
    "pra_answer_on_site": "fully",
    "pra_standard_replies": "rare",
    "pra_contact_person": "named_contact",
    "pra_new_missions": "local_projects",
    "pra_versatility": "fully",
    "pra_digital_tasks": "partly",
    "pra_job_meaning": "more_presence",
    "dep_documents": "linked",
    "dep_processes": "most",
    "dep_bim": "services",
    "dep_services": "some",
    "ctx_homes": "over_50000",
    "ctx_agencies": "four_to_ten",
    "ctx_tools": ["online_agency", "bim", "crm", "mobile_apps"],
}

PEOPLE = [
    # (organisation, name, respondent, role, overrides)
    ("logemer", "Logemer", "dg", "direction", {**LOGEMER_DIRECTION}),
    ("logemer", "Logemer", "dir-patrimoine", "direction", {**LOGEMER_DIRECTION, "dep_bim": "services"}),
    (
        "logemer",
        "Logemer",
        "dir-gestion-locative",
        "direction",
        {**LOGEMER_DIRECTION, "pra_contact_person": "on_request"},
    ),
    (
        "logemer",
        "Logemer",
        "charge-transformation",
        "support",
        {**LOGEMER_DIRECTION, "reo_relay": "helpdesk", "str_discourse_teams": "tool_training"},
    ),
    ("logemer", "Logemer", "resp-agence-1", "management", {"dat_feedback": "rarely", "pra_standard_replies": "most"}),
    ("logemer", "Logemer", "resp-agence-2", "management", {"reo_relay": "nobody", "str_external_push": "dont_know"}),
    ("logemer", "Logemer", "gestionnaire-1", "field", {}),
    (
        "logemer",
        "Logemer",
        "gestionnaire-2",
        "field",
        {"pra_standard_replies": "most", "str_external_push": "dont_know"},
    ),
    (
        "logemer",
        "Logemer",
        "charge-clientele-1",
        "field",
        {"dat_tenant_file": "ask_head_office", "pra_time_trend": "more"},
    ),
    ("logemer", "Logemer", "charge-clientele-2", "field", {"str_who_decides": "dont_know", "dep_bim": "dont_know"}),
    ("logeterre", "Logeterre", "directeur", "direction", {"pra_digital_tasks": "counted"}),
    (
        "logeterre",
        "Logeterre",
        "secretaire-general",
        "direction",
        {"pra_digital_tasks": "counted", "dep_services": "many"},
    ),
    ("logeterre", "Logeterre", "dir-patrimoine", "direction", {"dat_hq_requests": "rarely"}),
    ("logeterre", "Logeterre", "chef-projet-bim", "support", {"dep_bim": "services", "dep_services": "many"}),
    ("logeterre", "Logeterre", "resp-agence-1", "management", {"pra_versatility": "often"}),
    ("logeterre", "Logeterre", "resp-agence-2", "management", {}),
    ("logeterre", "Logeterre", "resp-agence-3", "management", {"reo_simulation": "sometimes"}),
    ("logeterre", "Logeterre", "gestionnaire-1", "field", {"pra_digital_tasks": "informally"}),
    (
        "logeterre",
        "Logeterre",
        "gestionnaire-2",
        "field",
        {"dat_double_entry": "sometimes", "str_external_push": "dont_know"},
    ),
    (
        "logeterre",
        "Logeterre",
        "charge-clientele-1",
        "field",
        {"pra_answer_on_site": "simple_questions", "dep_processes": "dont_know"},
    ),
    (
        "logeterre",
        "Logeterre",
        "charge-clientele-2",
        "field",
        {"str_who_decides": "with_managers", "pra_time_trend": "same"},
    ),
]

COMMENTS = {
    ("logemer", "gestionnaire-1"): "On remplit les mêmes informations pour le patrimoine et pour la gestion locative.",
    ("logemer", "charge-clientele-1"): "Les locataires écrivent partout à la fois et ne nous voient plus.",
    ("logeterre", "gestionnaire-1"): "La tablette me permet de régler la plupart des demandes pendant la visite.",
}


def main() -> None:
    HERE.mkdir(parents=True, exist_ok=True)
    for org, name, rid, role, overrides in PEOPLE:
        base = LOGEMER_BASE if org == "logemer" else LOGETERRE_BASE
        answers = {**base, **overrides}
        doc = {
            "format": "assess-answers/1",
            "questionnaire": {"id": "housing", "version": "1.0.0"},
            "organisation": {"id": org, "name": name},
            "respondent": {"id": rid, "role": role},
            "date": "2021-06-15",
            "lang": "fr",
            "answers": answers,
        }
        if (org, rid) in COMMENTS:
            doc["comments"] = {"ctx_remarks": COMMENTS[(org, rid)]}
            doc["answers"]["ctx_remarks"] = COMMENTS[(org, rid)]
        path = HERE / f"{org}-{rid}.json"
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
