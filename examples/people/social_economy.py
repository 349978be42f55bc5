"""Example answers to social-economy 2.0.0 for the two organisations of examples/make_examples.py.

- asso-insertion: the association observed by Social Tech ESS (Dumery 2024). The tool was imposed by
  a funder or chosen by the direction alone, nobody reviewed the organisation of work first, the
  team fills in three or more funders' platforms, what matters about people travels by word of
  mouth, digital tasks appear nowhere, and help with online procedures lands on the social workers
  with no frame (dematerialisation talk). The direction reports somewhat rosier facts than the
  field (it believes there is a frame for online help and that half the week is spent with
  people) and much rosier judgements ("a help", "time with people has grown"): the practices gap
  between direction and field of 1.0 is kept, and the directrice's practices judgements stand far
  above her own facts. The directrice answers that the organisation was reviewed "at the same time
  as the tools": that is not a prior reorganisation (hinge requirement not met).
- le-relais: a cooperative of our own design that chose its tools with the team, reviewed the
  division of work before the tools, has a mandated referent, estimated the workload post by post,
  and keeps the information on people in a shared tool read by colleagues. Some respondents are
  a little less positive on some levels (as in 1.0), with no large gap between roles.

Organisation ids, names, respondent ids and roles are those of 1.0. Every scored question (the four
levels and depth) is answered by every person, with no "don't know".
"""

from __future__ import annotations

ASSO_ID = "asso-insertion"
ASSO_NAME = "Association d'insertion (observée par Social Tech ESS)"
RELAIS_ID = "le-relais"
RELAIS_NAME = "Coopérative Le Relais"

# What a front-line worker of the association reports (the honest baseline of the field).
ASSO_FIELD = {
    "str_who_chose": "direction_alone",
    "str_needs": "not_collected",
    "str_purpose_written": "funder_reporting",
    "str_discourse": "announcement",
    "str_gains_evaluated": "never",
    "str_funders": "funder_reports",
    "str_magic": "efficiency",
    "str_presence": "not_raised",
    "reo_timing": "not_revised",
    "reo_relay": "nobody",
    "reo_workload": "found_after",
    "reo_tasks": "none",
    "reo_trial": "imposed",
    "reo_help_time": "on_top",
    "reo_adjusted": "added",
    "reo_problems": "nothing",
    "dat_entry_hours": "six_to_ten",
    "dat_funder_platforms": "three_plus",
    "dat_where_info": "oral",
    "dat_who_reads": "direction_reports",
    "dat_purpose_known": "never",
    "dat_feedback": "never",
    "dat_double_entry": "very_often",
    "dat_useful": "not_really",
    "pra_presence_share": "quarter_third",
    "pra_contact_counted": "figures_only",
    "pra_digital_tasks": "not_at_all",
    "pra_online_help": "for_them_codes",
    "pra_rights_contacts": "none",
    "pra_skills": "one_two",
    "pra_discovery": "none",
    "pra_usage": "minimum",
    "pra_constraint": "necessary_evil",
    "pra_presence_trend": "fallen",
    "dep_documents": "partly",
    "dep_processes": "some",
    "dep_online": "info",
    "dep_services": "none",
    "ctx_type": "association",
    "ctx_staff": "to_50",
    "ctx_volunteers": "volunteers_tools",
    "ctx_tools_age": "one_to_three",
}

# Middle management: consulted late, sees a little more of the reporting side.
ASSO_MANAGEMENT = {
    **ASSO_FIELD,
    "str_who_chose": "with_managers",
    "str_needs": "after_choice",
    "str_presence": "kept",
    "reo_relay": "colleague_goodwill",
    "reo_tasks": "unwritten",
    "reo_trial": "demo",
    "reo_help_time": "informal",
    "reo_problems": "workaround",
    "dat_where_info": "scattered",
    "dat_who_reads": "managers",
    "dat_purpose_known": "at_start",
    "dat_feedback": "once",
    "dat_double_entry": "often",
    "dat_useful": "a_little",
    "pra_digital_tasks": "mentioned_only",
    "pra_online_help": "case_by_case",
    "pra_rights_contacts": "personal",
}

# Leadership: the project as it was meant to be; facts a little rosier, judgements much rosier.
ASSO_DIRECTION = {
    **ASSO_FIELD,
    "str_who_chose": "funder_imposed",
    "str_needs": "few_people",
    "str_purpose_written": "save_time",
    "str_discourse": "tool_training",
    "str_gains_evaluated": "cost_activity",
    "str_funders": "both",
    "str_presence": "kept",
    "reo_relay": "colleague_goodwill",
    "reo_workload": "global",
    "reo_tasks": "unwritten",
    "reo_trial": "demo",
    "reo_help_time": "informal",
    "reo_adjusted": "partly",
    "reo_problems": "ticket",
    "dat_entry_hours": "three_to_five",
    "dat_where_info": "scattered",
    "dat_who_reads": "managers",
    "dat_purpose_known": "at_start",
    "dat_feedback": "once",
    "dat_double_entry": "sometimes",
    "dat_useful": "partly",
    "pra_presence_share": "about_half",
    "pra_contact_counted": "figures_plus_remark",
    "pra_digital_tasks": "some_posts",
    "pra_online_help": "case_by_case",
    "pra_rights_contacts": "a_few",
    "pra_usage": "some_tools",
    "pra_constraint": "neither",
    "pra_presence_trend": "same",
}

ASSO = [
    (
        "directrice",
        "direction",
        {
            **ASSO_DIRECTION,
            "str_magic": "fix_organisation",
            "reo_timing": "same_time",  # she takes the tools' installation for the reorganisation
            "dat_who_reads": "colleagues",  # believes the notes are shared; the field says otherwise
            "reo_adjusted": "tools_were_change",
            "pra_online_help": "with_them_rules",  # believes a frame exists; the field says otherwise
            "pra_skills": "about_half",
            "pra_usage": "some_tools",
            "pra_constraint": "help",
            "pra_presence_trend": "grown",
        },
    ),
    (
        "directeur-adjoint",
        "direction",
        {**ASSO_DIRECTION, "reo_relay": "technical_support", "pra_constraint": "neither"},
    ),
    (
        "presidente-benevole",
        "direction",
        {
            **ASSO_DIRECTION,
            "str_who_chose": "direction_alone",  # the board decided
            "str_needs": "not_collected",
            "str_purpose_written": "none_stated",
            "str_discourse": "announcement",
            "str_gains_evaluated": "never",
            "str_funders": "team_support",
            "str_magic": "fix_organisation",
            "reo_workload": "no_estimate",
            "reo_trial": "imposed",
            "reo_adjusted": "tools_were_change",
            "reo_problems": "work_adjusted",
            "dat_where_info": "funder_fields",
            "dat_who_reads": "direction_reports",
            "pra_contact_counted": "no_review",
            "pra_usage": "because_useful",
            "pra_constraint": "help",
            "pra_presence_trend": "grown",
        },
    ),
    ("coordinatrice", "management", {**ASSO_MANAGEMENT}),
    (
        "cheffe-de-service",
        "management",
        {
            **ASSO_MANAGEMENT,
            "reo_relay": "nobody",
            "reo_help_time": "on_top",
            "dat_where_info": "oral",
            "dat_who_reads": "direction_reports",
            "pra_constraint": "constraint",
        },
    ),
    (
        "travailleuse-sociale-1",
        "field",
        {
            **ASSO_FIELD,
            "dat_entry_hours": "over_ten",
            "pra_rights_contacts": "personal",
            "pra_usage": "bypassed",
            "pra_constraint": "constraint",
            "pra_presence_trend": "fallen_much",
        },
    ),
    (
        "travailleur-social-2",
        "field",
        {**ASSO_FIELD, "pra_usage": "bypassed", "str_funders": "monitor", "reo_problems": "workaround"},
    ),
    (
        "conseillere-insertion",
        "field",
        {
            **ASSO_FIELD,
            "str_who_chose": "funder_imposed",
            "dat_where_info": "paper",
            "reo_problems": "workaround",
            "pra_online_help": "case_by_case",
            "pra_constraint": "constraint",
        },
    ),
    (
        "accueillante",
        "field",
        {
            **ASSO_FIELD,
            "dat_entry_hours": "three_to_five",
            "reo_help_time": "informal",
            "reo_problems": "workaround",
            "pra_presence_share": "about_half",
            "pra_skills": "nobody",
        },
    ),
    (
        "comptable",
        "support",
        {
            **ASSO_MANAGEMENT,
            "str_who_chose": "with_provider",
            "str_needs": "not_collected",
            "reo_relay": "vendor_hotline",
            "dat_entry_hours": "over_ten",
            "dat_who_reads": "direction_reports",
            "dat_double_entry": "very_often",
            "pra_digital_tasks": "not_at_all",
        },
    ),
]

RELAIS_BASE = {
    "str_who_chose": "mixed_group",
    "str_needs": "each_team",
    "str_purpose_written": "support_time",
    "str_discourse": "job_discussion",
    "str_gains_evaluated": "with_team",
    "str_funders": "team_support",
    "str_magic": "one_means",
    "str_presence": "comes_first",
    "reo_timing": "before",
    "reo_relay": "referent_mandated",
    "reo_workload": "per_post",
    "reo_tasks": "all_posts",
    "reo_trial": "trial_changed",
    "reo_help_time": "planned",
    "reo_adjusted": "thought_first",
    "reo_problems": "work_adjusted",
    "dat_entry_hours": "three_to_five",
    "dat_funder_platforms": "one",
    "dat_where_info": "shared_tool",
    "dat_who_reads": "colleagues",
    "dat_purpose_known": "each_field",
    "dat_feedback": "each_review",
    "dat_double_entry": "sometimes",
    "dat_useful": "a_lot",
    "pra_presence_share": "about_half",
    "pra_contact_counted": "figures_and_time",
    "pra_digital_tasks": "all_posts",
    "pra_online_help": "with_them_rules",
    "pra_rights_contacts": "most_shared",
    "pra_skills": "almost_all",
    "pra_discovery": "two_three",
    "pra_usage": "because_useful",
    "pra_constraint": "help",
    "pra_presence_trend": "same",
    "dep_documents": "structured",
    "dep_processes": "most",
    "dep_online": "some",
    "dep_services": "some",
    "ctx_type": "cooperative",
    "ctx_staff": "to_50",
    "ctx_volunteers": "volunteers_no_tools",
    "ctx_tools_age": "three_to_five",
}

RELAIS = [
    ("gerante", "direction", {**RELAIS_BASE, "pra_discovery": "four_plus", "pra_presence_trend": "grown"}),
    ("co-gerant", "direction", {**RELAIS_BASE, "reo_workload": "global", "reo_tasks": "some_posts"}),
    (
        "responsable-administratif",
        "direction",
        {
            **RELAIS_BASE,
            "str_gains_evaluated": "survey_once",
            "str_magic": "efficiency",
            "str_presence": "kept",
            "dat_entry_hours": "six_to_ten",
            "dat_feedback": "two_three",
            "pra_skills": "about_half",
            "pra_usage": "some_tools",
        },
    ),
    (
        "coordinateur",
        "management",
        {
            **RELAIS_BASE,
            "reo_trial": "trial_unchanged",
            "reo_tasks": "some_posts",
            "dat_feedback": "two_three",
            "dat_useful": "partly",
        },
    ),
    (
        "referente-numerique",
        "support",
        {**RELAIS_BASE, "pra_skills": "about_half", "pra_discovery": "four_plus", "dep_services": "usual"},
    ),
    (
        "accompagnant-1",
        "field",
        {
            **RELAIS_BASE,
            "str_magic": "efficiency",
            "reo_workload": "global",
            "dat_feedback": "two_three",
            "dat_useful": "partly",
            "pra_digital_tasks": "some_posts",
            "pra_usage": "some_tools",
            "pra_constraint": "neither",
        },
    ),
    (
        "accompagnante-2",
        "field",
        {**RELAIS_BASE, "str_presence": "kept", "reo_help_time": "some_posts", "dat_feedback": "two_three"},
    ),
    (
        "mediatrice-numerique",
        "field",
        {
            **RELAIS_BASE,
            "reo_workload": "global",
            "reo_trial": "trial_unchanged",
            "pra_rights_contacts": "a_few",
            "pra_presence_share": "over_half",
        },
    ),
]

PEOPLE = [(ASSO_ID, ASSO_NAME, rid, role, answers) for rid, role, answers in ASSO] + [
    (RELAIS_ID, RELAIS_NAME, rid, role, answers) for rid, role, answers in RELAIS
]

LANDS = {ASSO_ID: "digital", RELAIS_ID: "socio-professional"}

# Free-text comment kept from 1.0 (not scored).
COMMENTS = {
    (ASSO_ID, "travailleuse-sociale-1"): (
        "On passe plus de temps à remplir les plateformes des financeurs qu'avec les personnes."
    )
}
