"""Writes the example answer files of examples/housing, examples/municipality, examples/social-economy.

Each respondent answers as that person plausibly would given what the sources report.

- Housing: the two providers of Bretesché (2024) at the end of the study. At Logemer, leadership
  still describes the tools in the terms of the project while agency staff describe desk work and
  requests from head office; at Logeterre, answers converge on reorganisation first, open data
  rights and local projects.
- Municipality: the Val-de-Marne commune observed by Blanc (no digital department, sites on
  separate networks, GRU use depending on each head of service, few laptops), and Bellerive, a
  commune of our own design that set up digital steering and reviewed request circuits first.
- Social economy: an association as the Social Tech ESS observations describe (tools chosen by the
  direction for funders' indicators, oral workarounds, unrecognised digital tasks), and Le Relais,
  a cooperative of our own design that chose its tools with the team.
- Rounds (examples/rounds): Bocage Habitat, a housing provider of our own design assessed three
  times. In 2022 it looks like Logemer (tools first, data at head office); between 2022 and 2024 it
  reorganises its agencies and names relay actors before the next tool; by 2026 agencies read and
  update the tenant file and field staff spend more time on site. Staff change between rounds: some
  respondents answer every time, others arrive or leave, as in a real follow-up.

Run: python examples/make_examples.py
"""

from __future__ import annotations

import json
from pathlib import Path

import yaml

ROOT = Path(__file__).parent
HERE = ROOT / "housing"
QUESTIONNAIRES = ROOT.parent / "questionnaires"

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


def write_housing() -> None:
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


def closest(q: dict, target: float) -> object:
    """The option (or scale point) of a scored question whose value is nearest to `target` (0..4)."""
    if q["type"] == "scale":
        lo, hi = q["scale"]["min"], q["scale"]["max"]
        return round(lo + (hi - lo) * target / 4)
    opts = [o for o in q["options"] if not o.get("exclusive")]
    best = min(opts, key=lambda o: (abs(o["value"] - target), -o["value"]))
    return [best["id"]] if q["type"] == "multi" else best["id"]


def profile(qid: str, levels: dict[str, float], explicit: dict[str, object]) -> dict[str, object]:
    """Answers of one respondent: explicit answers, else the option nearest the level's target."""
    data = yaml.safe_load((QUESTIONNAIRES / f"{qid}.yaml").read_text(encoding="utf-8"))
    out: dict[str, object] = {}
    for q in data["questions"]:
        if q["id"] in explicit:
            out[q["id"]] = explicit[q["id"]]
        elif q.get("level") in levels:
            out[q["id"]] = closest(q, levels[q["level"]])
    return out


def write(sector: str, org: str, name: str, rid: str, role: str, answers: dict, comment: str | None = None) -> None:
    folder = ROOT / sector
    folder.mkdir(parents=True, exist_ok=True)
    doc: dict = {
        "format": "assess-answers/1",
        "questionnaire": {"id": sector, "version": "1.0.0"},
        "organisation": {"id": org, "name": name},
        "respondent": {"id": rid, "role": role},
        "date": "2024-01-16" if sector == "social-economy" else "2022-06-30",
        "lang": "fr",
        "answers": answers,
    }
    if comment:
        doc["answers"]["ctx_remarks"] = comment
    (folder / f"{org}-{rid}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


# Val-de-Marne commune (Blanc): infrastructure and governance lag, GRU and portal exist.
VDM_COMMON = {
    "str_priorities": "diagnostic_only",
    "str_counter": "not_discussed",
    "str_equality": "mentioned",
    "str_external": "important",
    "reo_governance": "it_only",
    "reo_timing": "not_revised",
    "reo_managers": "depends",
    "reo_it_rules": "it_alone",
    "dat_network": "vpn",
    "dat_gru_usage": "about_half",
    "pra_mobile": "few",
    "pra_remote": "some_with_workarounds",
    "pra_channels": "some_linked",
    "pra_uneven": "different",
    "dep_documents": "partly",
    "dep_processes": "some",
    "dep_portal": "full",
    "dep_data": "statistics",
    "ctx_size": "to_30000",
    "ctx_agents": "to_2000",
    "ctx_tools": ["gru", "portal", "social_media", "chatbot", "fibre"],
}
VDM = [
    (
        "dgs",
        "direction",
        {"strategy": 2.0, "reorganisation": 1.5, "data_access": 2.0, "practices": 2.5},
        {"str_goal": "better_access", "reo_relay": "referent_support", "pra_digital_help": "partner"},
    ),
    (
        "dga",
        "direction",
        {"strategy": 2.0, "reorganisation": 1.5, "data_access": 2.0, "practices": 2.0},
        {"str_goal": "modernise", "reo_relay": "it_technical", "dat_status": "sometimes"},
    ),
    (
        "elu-numerique",
        "direction",
        {"strategy": 2.0, "reorganisation": 1.0, "data_access": 2.0, "practices": 2.0},
        {"str_goal": "better_access", "pra_skills": "tool_training"},
    ),
    (
        "chef-service-etat-civil",
        "management",
        {"strategy": 1.5, "reorganisation": 1.0, "data_access": 2.0, "practices": 2.0},
        {"reo_managers": "expected", "dat_gru_usage": "most"},
    ),
    (
        "chef-service-voirie",
        "management",
        {"strategy": 1.0, "reorganisation": 0.5, "data_access": 1.0, "practices": 1.0},
        {"dat_gru_usage": "few", "pra_mobile": "none"},
    ),
    (
        "chef-service-enfance",
        "management",
        {"strategy": 1.0, "reorganisation": 1.0, "data_access": 1.5, "practices": 1.5},
        {},
    ),
    (
        "agent-accueil-1",
        "field",
        {"strategy": 1.0, "reorganisation": 0.5, "data_access": 1.0, "practices": 0.5},
        {"pra_digital_help": "front_line_no_means", "pra_counter_answer": "help_online", "dat_status": "by_phone"},
    ),
    (
        "agent-accueil-2",
        "field",
        {"strategy": 0.5, "reorganisation": 0.5, "data_access": 1.0, "practices": 1.0},
        {"pra_digital_help": "front_line_no_means", "reo_governance": "nobody"},
    ),
    (
        "agent-voirie",
        "field",
        {"strategy": 1.0, "reorganisation": 0.5, "data_access": 0.5, "practices": 0.5},
        {"pra_mobile": "none", "dep_portal": "dont_know", "reo_governance": "dont_know"},
    ),
    (
        "agent-administratif",
        "field",
        {"strategy": 1.0, "reorganisation": 1.0, "data_access": 1.0, "practices": 1.0},
        {"dat_network": "many_isolated"},
    ),
    (
        "dsi",
        "support",
        {"strategy": 1.5, "reorganisation": 1.0, "data_access": 1.5, "practices": 1.5},
        {"reo_it_rules": "it_after_complaints", "dat_network": "vpn"},
    ),
]
VDM_COMMENTS = {
    "agent-accueil-1": "Beaucoup d'habitants viennent au guichet pour qu'on fasse la démarche en ligne à leur place."
}

# Bellerive (our design): a mid-sized commune that set up steering and reviewed circuits first.
BELLERIVE_COMMON = {
    "str_priorities": "shared",
    "str_counter": "strengthened",
    "str_equality": "built_in",
    "reo_governance": "mandated",
    "reo_timing": "before",
    "reo_relay": "referent_mandated",
    "dat_network": "all",
    "dat_gru_usage": "all",
    "pra_digital_help": "organised",
    "pra_channels": "linked_person",
    "dep_documents": "linked",
    "dep_processes": "some",
    "dep_portal": "full",
    "dep_data": "some",
    "ctx_size": "to_30000",
    "ctx_agents": "to_500",
    "ctx_tools": ["gru", "portal"],
}
BELLERIVE = [
    ("dgs", "direction", {"strategy": 3.5, "reorganisation": 3.5, "data_access": 3.5, "practices": 3.5}, {}),
    ("maire-adjointe", "direction", {"strategy": 4.0, "reorganisation": 3.5, "data_access": 2.6, "practices": 3.5}, {}),
    (
        "dga",
        "direction",
        {"strategy": 3.5, "reorganisation": 2.6, "data_access": 3.5, "practices": 2.6},
        {"pra_mobile": "some_services"},
    ),
    ("chef-accueil", "management", {"strategy": 3.5, "reorganisation": 3.5, "data_access": 2.6, "practices": 2.6}, {}),
    (
        "chef-technique",
        "management",
        {"strategy": 2.6, "reorganisation": 2.6, "data_access": 2.6, "practices": 2.6},
        {"pra_mobile": "fully"},
    ),
    ("chef-social", "management", {"strategy": 3.5, "reorganisation": 2.6, "data_access": 2.6, "practices": 2.6}, {}),
    (
        "agent-accueil-1",
        "field",
        {"strategy": 2.6, "reorganisation": 2.6, "data_access": 2.6, "practices": 2.6},
        {"pra_digital_tasks": "partly"},
    ),
    (
        "agent-accueil-2",
        "field",
        {"strategy": 2.6, "reorganisation": 2.6, "data_access": 2.6, "practices": 2.6},
        {"pra_skills": "tool_training"},
    ),
    ("agent-technique", "field", {"strategy": 2.6, "reorganisation": 2.5, "data_access": 2.6, "practices": 2.6}, {}),
]

# Association observed by Social Tech ESS (Dumery 2024): choices monopolised by the direction.
ASSO_COMMON = {
    "str_who_chose": "funder_required",
    "str_funders": "funder_indicators",
    "str_table": "direction",
    "reo_timing": "not_revised",
    "reo_platforms": "many",
    "reo_help_time": "none",
    "dat_oral": "mostly_oral",
    "dat_who_uses": "funders_only",
    "pra_discovery": "never",
    "dep_documents": "partly",
    "dep_processes": "some",
    "dep_online": "info",
    "dep_services": "none",
    "ctx_type": "association",
    "ctx_staff": "to_50",
    "ctx_volunteers": "volunteers_tools",
}
ASSO = [
    (
        "directrice",
        "direction",
        {"strategy": 1.5, "reorganisation": 1.5, "data_access": 2.0, "practices": 3.0},
        {
            "str_magic": "magic",
            "pra_usage": "partly",
            "pra_constraint": "help",
            "str_discourse": "training",
            "dat_oral": "balanced",
            "pra_digital_tasks": "partly",
        },
    ),
    (
        "directeur-adjoint",
        "direction",
        {"strategy": 1.5, "reorganisation": 1.5, "data_access": 2.0, "practices": 2.5},
        {"str_magic": "efficiency", "pra_usage": "partly", "pra_constraint": "neutral", "dat_oral": "balanced"},
    ),
    (
        "presidente-benevole",
        "direction",
        {"strategy": 2.0, "reorganisation": 1.0, "data_access": 1.5, "practices": 3.0},
        {"str_magic": "magic", "pra_constraint": "help", "pra_usage": "useful"},
    ),
    (
        "coordinatrice",
        "management",
        {"strategy": 1.0, "reorganisation": 1.0, "data_access": 1.0, "practices": 1.5},
        {"str_discourse": "announcement"},
    ),
    (
        "cheffe-de-service",
        "management",
        {"strategy": 1.0, "reorganisation": 0.5, "data_access": 1.0, "practices": 1.0},
        {},
    ),
    (
        "travailleuse-sociale-1",
        "field",
        {"strategy": 0.5, "reorganisation": 0.5, "data_access": 0.5, "practices": 0.5},
        {
            "pra_digital_help": "overwhelmed",
            "pra_rights": "rarely",
            "pra_usage": "bypassed",
            "pra_constraint": "constraint",
        },
    ),
    (
        "travailleur-social-2",
        "field",
        {"strategy": 0.5, "reorganisation": 0.5, "data_access": 0.5, "practices": 0.5},
        {"pra_digital_help": "overwhelmed", "pra_usage": "bypassed", "str_who_chose": "direction_alone"},
    ),
    (
        "conseillere-insertion",
        "field",
        {"strategy": 0.5, "reorganisation": 1.0, "data_access": 1.0, "practices": 0.5},
        {"pra_digital_help": "ad_hoc", "pra_constraint": "constraint", "str_funders": "dont_know"},
    ),
    (
        "accueillante",
        "field",
        {"strategy": 1.0, "reorganisation": 0.5, "data_access": 1.0, "practices": 1.0},
        {"pra_digital_help": "overwhelmed", "pra_skills": "self_taught"},
    ),
    (
        "comptable",
        "support",
        {"strategy": 1.5, "reorganisation": 1.0, "data_access": 1.5, "practices": 1.5},
        {"dat_double_entry": "very_often"},
    ),
]
ASSO_COMMENTS = {
    "travailleuse-sociale-1": "On passe plus de temps à remplir les plateformes des financeurs qu'avec les personnes."
}

# Le Relais (our design): a cooperative that chose its tools with the team.
RELAIS_COMMON = {
    "str_who_chose": "with_teams",
    "str_funders": "teams_and_people",
    "str_table": "everyone",
    "reo_timing": "before",
    "reo_relay": "referent",
    "reo_platforms": "one_plus_exports",
    "reo_help_time": "planned",
    "dat_oral": "balanced",
    "dat_who_uses": "team_first",
    "pra_discovery": "regular",
    "pra_digital_help": "organised",
    "dep_documents": "structured",
    "dep_processes": "most",
    "dep_online": "some",
    "dep_services": "some",
    "ctx_type": "cooperative",
    "ctx_staff": "to_50",
    "ctx_volunteers": "volunteers_no_tools",
}
RELAIS = [
    ("gerante", "direction", {"strategy": 3.5, "reorganisation": 3.5, "data_access": 3.5, "practices": 3.5}, {}),
    ("co-gerant", "direction", {"strategy": 3.5, "reorganisation": 2.6, "data_access": 3.5, "practices": 3.5}, {}),
    (
        "responsable-administratif",
        "direction",
        {"strategy": 2.6, "reorganisation": 3.5, "data_access": 2.6, "practices": 2.6},
        {},
    ),
    ("coordinateur", "management", {"strategy": 3.5, "reorganisation": 2.6, "data_access": 2.6, "practices": 2.6}, {}),
    (
        "referente-numerique",
        "support",
        {"strategy": 3.5, "reorganisation": 3.5, "data_access": 3.5, "practices": 2.6},
        {},
    ),
    (
        "accompagnant-1",
        "field",
        {"strategy": 2.6, "reorganisation": 2.6, "data_access": 2.6, "practices": 2.6},
        {"pra_digital_tasks": "partly"},
    ),
    ("accompagnante-2", "field", {"strategy": 2.6, "reorganisation": 2.6, "data_access": 2.6, "practices": 3.5}, {}),
    (
        "mediatrice-numerique",
        "field",
        {"strategy": 3.5, "reorganisation": 2.6, "data_access": 2.6, "practices": 2.6},
        {"pra_rights": "often"},
    ),
]


# Bocage Habitat (our design), three rounds: level targets (0..4) per round, then per person.
BOCAGE_ROUNDS = {
    "2022": ("2022-03-10", {"strategy": 1.2, "reorganisation": 0.8, "data_access": 1.0, "practices": 1.2, "depth": 1.2}),
    "2024": ("2024-03-12", {"strategy": 2.2, "reorganisation": 2.6, "data_access": 1.5, "practices": 1.5, "depth": 1.6}),
    "2026": ("2026-03-17", {"strategy": 2.8, "reorganisation": 3.2, "data_access": 2.8, "practices": 2.6, "depth": 2.2}),
}
# (respondent id, role, rounds answered, shift of every level for this person: leadership sees
# the tools more kindly than the agencies do)
BOCAGE_PEOPLE = [
    ("dg", "direction", ("2022", "2024", "2026"), 0.6),
    ("dir-clientele", "direction", ("2022", "2024"), 0.4),
    ("dir-proximite", "direction", ("2026",), 0.3),
    ("resp-agence-nord", "management", ("2022", "2024", "2026"), 0.0),
    ("resp-agence-sud", "management", ("2022", "2024", "2026"), 0.2),
    ("gardien-1", "field", ("2022", "2024", "2026"), -0.5),
    ("gardien-2", "field", ("2022", "2026"), -0.4),
    ("charge-clientele-1", "field", ("2024", "2026"), -0.3),
    ("charge-clientele-2", "field", ("2022", "2024", "2026"), -0.6),
]


def write_rounds() -> None:
    folder = ROOT / "rounds"
    folder.mkdir(parents=True, exist_ok=True)
    for label, (date, levels) in BOCAGE_ROUNDS.items():
        for rid, role, answered, shift in BOCAGE_PEOPLE:
            if label not in answered:
                continue
            targets = {lv: max(0.0, min(4.0, v + shift)) for lv, v in levels.items()}
            doc = {
                "format": "assess-answers/1",
                "questionnaire": {"id": "housing", "version": "1.0.0"},
                "organisation": {"id": "bocage-habitat", "name": "Bocage Habitat"},
                "respondent": {"id": rid, "role": role},
                "date": date,
                "round": label,
                "lang": "fr",
                "answers": profile("housing", targets, {}),
            }
            path = folder / f"bocage-{label}-{rid}.json"
            path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main() -> None:
    write_housing()
    write_rounds()
    for sector, org, name, people, common, comments in (
        (
            "municipality",
            "ville-val-de-marne",
            "Ville du Val-de-Marne (27 000 habitants)",
            VDM,
            VDM_COMMON,
            VDM_COMMENTS,
        ),
        ("municipality", "bellerive", "Commune de Bellerive", BELLERIVE, BELLERIVE_COMMON, {}),
        (
            "social-economy",
            "asso-insertion",
            "Association d'insertion (observée par Social Tech ESS)",
            ASSO,
            ASSO_COMMON,
            ASSO_COMMENTS,
        ),
        ("social-economy", "le-relais", "Coopérative Le Relais", RELAIS, RELAIS_COMMON, {}),
    ):
        for rid, role, levels, explicit in people:
            answers = profile(sector, levels, {**common, **explicit})
            write(sector, org, name, rid, role, answers, comments.get(rid))


if __name__ == "__main__":
    main()
