"""Example answers to the municipality questionnaire 2.0.0, for the two example organisations of
examples/make_examples.py (same organisation ids, names, respondent ids and roles).

- Ville du Val-de-Marne (Blanc): no department or body dedicated to digital matters (a diagnostic
  endorsed by the mayor in 2022, no priorities set yet), the GRU used very unevenly depending on each
  director or head of service, the GRU one channel among others (Facebook page, contact form,
  chatbot), sites not on the same network (e-mails, VPN), about fifteen laptops for over five hundred
  staff. Facts answered alike by everyone; leadership gives rosier judgements (the DGS believes in
  the GRU; the DGA takes the tool's configuration for the reorganisation: `reo_timing: same_time`),
  reception and field staff describe digital help on top of their work, calls to other services
  and figures that nobody discusses. Lands digital.
- Commune de Bellerive (our design): a steering body with reception and field staff, request
  circuits reviewed before the GRU, referents with time, workload estimated service by service,
  organised digital help. Field staff and managers report a little less than leadership (some
  double entry, some fields they cannot correct, the technical team hearing of its interventions
  through the office). Lands socio-professional, and every respondent meets the hinge requirement.

Infrastructure (network, laptops, remote work, mobile devices) is answered in the unscored context
questions: it stays in the report, outside the trajectory.
"""

from __future__ import annotations

# ------------------------------------------------------------------ Ville du Val-de-Marne (Blanc)
VDM_ID = "ville-val-de-marne"
VDM_NAME = "Ville du Val-de-Marne (27 000 habitants)"

VDM_COMMON: dict[str, object] = {
    # strategy
    "str_priorities": "diagnostic_only",
    "str_needs": "shown_after",
    "str_counter": "kept",
    "str_gains_reviewed": "usage_counts",
    "str_goal": "modernise",
    "str_equality": "mentioned",
    "str_external": "important",
    "str_discourse": "training",
    # reorganisation
    "reo_steering": "it_only",
    "reo_members": "no_body",
    "reo_timing": "not_revised",
    "reo_relay": "it_helpdesk",
    "reo_workload": "after",
    "reo_circuits": "oral_habit",
    "reo_managers": "depends",
    "reo_it_rules": "it_alone",
    # information flow
    "dat_gru_share": "quarter_half",
    "dat_status": "by_phone",
    "dat_write": "enter_only",
    "dat_double_entry": "twice",
    "dat_feedback_year": "none",
    "dat_purpose": "vaguely",
    "dat_traceability": "statistics",
    "dat_useful": "rarely",
    # practices
    "pra_counter_answer": "done_together",
    "pra_channels": "few",
    "pra_digital_help": "reception_on_top",
    "pra_contact_counts": "figures_only",
    "pra_digital_tasks": "not_at_all",
    "pra_rigid": "ticket",
    "pra_uneven": "fairly_different",
    "pra_field_followup": "if_calls",
    "pra_meaning": "more_procedures",
    "pra_skills": "per_tool",
    # depth
    "dep_documents": "partly",
    "dep_processes": "some",
    "dep_portal": "full",
    "dep_data": "statistics",
    # context (unscored): infrastructure and equipment stay here
    "ctx_agents": "to_2000",
    "ctx_tools": ["gru", "portal", "social_media", "chatbot", "contact_form"],
    "ctx_tools_age": "y1_3",
    "ctx_network": "separate_sites",
    "ctx_equipment": ["none_of_these"],
}

VDM_PEOPLE: list[tuple[str, str, dict[str, object]]] = [
    (
        "dgs",
        "direction",
        {
            # believes in the GRU: judgements well above the facts he reports
            "str_goal": "closer",
            "str_needs": "some_services",
            "str_gains_reviewed": "direction_review",
            "str_equality": "some_measures",
            "str_external": "adapted",
            "str_discourse": "discussion",
            "reo_relay": "referent_help",
            "reo_managers": "expected",
            "reo_it_rules": "with_managers",
            "dat_status": "some",
            "dat_purpose": "for_some",
            "dat_traceability": "follow",
            "dat_useful": "often",
            "dat_write": "some_fields",
            "pra_counter_answer": "referred",
            "pra_digital_help": "partner",
            "pra_digital_tasks": "oral",
            "pra_contact_counts": "mentioned",
            "pra_rigid": "workaround",
            "pra_uneven": "mostly_same",
            "pra_meaning": "no_change",
        },
    ),
    (
        "dga",
        "direction",
        {
            # takes the configuration of the tool for the reorganisation
            "reo_timing": "same_time",
            "str_goal": "faster",
            "str_needs": "some_services",
            "pra_counter_answer": "referred",
            "pra_digital_help": "partner",
            "dat_status": "some",
            "dat_useful": "often",
            "pra_meaning": "no_change",
            "reo_managers": "expected",
        },
    ),
    (
        "elu-numerique",
        "direction",
        {
            "str_goal": "closer",
            "str_priorities": "written_little_known",
            "reo_steering": "rare",
            "reo_members": "top_only",
            "str_equality": "some_measures",
            "str_discourse": "discussion",
            "pra_counter_answer": "referred",
            "pra_digital_help": "partner",
            "pra_meaning": "no_change",
            "dat_useful": "often",
        },
    ),
    (
        "chef-service-etat-civil",
        "management",
        {
            # his own service records everything in the GRU
            "reo_managers": "expected",
            "dat_gru_share": "most",
            "dat_status": "some",
            "pra_contact_counts": "mentioned",
        },
    ),
    (
        "chef-service-voirie",
        "management",
        {
            "dat_gru_share": "under_quarter",
            "reo_managers": "nothing",
            "pra_uneven": "very_different",
            "pra_field_followup": "not_told",
            "dat_status": "no_access",
            "str_needs": "never",
        },
    ),
    (
        "chef-service-enfance",
        "management",
        {
            # school enrolment typed into several tools
            "dat_double_entry": "three_plus",
            "pra_contact_counts": "mentioned",
        },
    ),
    (
        "agent-accueil-1",
        "field",
        {
            "str_needs": "never",
            "str_discourse": "memo",
            "dat_purpose": "not_really",
            "pra_uneven": "very_different",
            "pra_meaning": "screen",
            "pra_skills": "on_request",
        },
    ),
    (
        "agent-accueil-2",
        "field",
        {
            "str_needs": "never",
            "reo_steering": "none",
            "pra_counter_answer": "sent_online",
            "dat_purpose": "not_really",
            "pra_meaning": "screen",
            "pra_rigid": "nothing",
        },
    ),
    (
        "agent-voirie",
        "field",
        {
            "str_needs": "never",
            "str_discourse": "none",
            "reo_steering": "none",
            "reo_relay": "nobody",
            "dat_status": "no_access",
            "dat_write": "none",
            "dat_purpose": "not_really",
            "pra_field_followup": "not_told",
            "pra_skills": "none",
            "pra_contact_counts": "no_review",
            "dep_portal": "information",
        },
    ),
    (
        "agent-administratif",
        "field",
        {
            "dat_double_entry": "three_plus",
            "str_needs": "never",
            "pra_meaning": "screen",
        },
    ),
    (
        "dsi",
        "support",
        {
            "reo_it_rules": "after_complaints",
            "dat_traceability": "statistics",
            "pra_rigid": "ticket",
            "dep_processes": "separate",
        },
    ),
]
VDM_COMMENTS = {
    "agent-accueil-1": "Beaucoup d'habitants viennent au guichet pour qu'on fasse la démarche en ligne à leur place.",
}

# ------------------------------------------------------------------ Commune de Bellerive (our design)
BELLERIVE_ID = "bellerive"
BELLERIVE_NAME = "Commune de Bellerive"

BELLERIVE_COMMON: dict[str, object] = {
    # strategy
    "str_priorities": "written_shared",
    "str_needs": "workshops",
    "str_counter": "extended",
    "str_gains_reviewed": "shared_review",
    "str_goal": "closer",
    "str_equality": "each_project",
    "str_external": "adapted",
    "str_discourse": "discussion",
    # reorganisation
    "reo_steering": "regular",
    "reo_members": "with_front",
    "reo_timing": "before",
    "reo_relay": "referent_mandated",
    "reo_workload": "before_each",
    "reo_circuits": "written_frequent",
    "reo_managers": "supported",
    "reo_it_rules": "with_users",
    # information flow
    "dat_gru_share": "all",
    "dat_status": "all",
    "dat_write": "full",
    "dat_double_entry": "once",
    "dat_feedback_year": "discussed",
    "dat_purpose": "most",
    "dat_traceability": "follow",
    "dat_useful": "often",
    # practices
    "pra_counter_answer": "handled",
    "pra_channels": "most",
    "pra_digital_help": "sessions",
    "pra_contact_counts": "both",
    "pra_digital_tasks": "written",
    "pra_rigid": "procedure",
    "pra_uneven": "mostly_same",
    "pra_field_followup": "agent_direct",
    "pra_meaning": "more_time",
    "pra_skills": "ongoing",
    # depth
    "dep_documents": "linked",
    "dep_processes": "some",
    "dep_portal": "full",
    "dep_data": "some",
    # context (unscored)
    "ctx_agents": "to_500",
    "ctx_tools": ["gru", "portal"],
    "ctx_tools_age": "y3_6",
    "ctx_network": "all_sites",
    "ctx_equipment": ["remote_work", "field_devices"],
}

BELLERIVE_PEOPLE: list[tuple[str, str, dict[str, object]]] = [
    ("dgs", "direction", {}),
    (
        "maire-adjointe",
        "direction",
        {"dat_write": "some_fields", "dat_useful": "almost_always"},
    ),
    (
        "dga",
        "direction",
        {
            "reo_workload": "before_some",
            "reo_circuits": "written_some",
            "pra_digital_tasks": "some_jobs",
            "pra_field_followup": "office_later",
        },
    ),
    (
        "chef-accueil",
        "management",
        {
            "dat_status": "some",
            "dat_double_entry": "twice",
            "pra_counter_answer": "referred",
            "pra_digital_tasks": "some_jobs",
        },
    ),
    (
        "chef-technique",
        "management",
        {
            "str_equality": "some_measures",
            "reo_members": "with_heads",
            "reo_workload": "before_some",
            "dat_gru_share": "most",
            "pra_field_followup": "office_later",
            "pra_meaning": "no_change",
        },
    ),
    (
        "chef-social",
        "management",
        {
            "reo_circuits": "written_some",
            "reo_managers": "expected",
            "dat_write": "some_fields",
            "dat_feedback_year": "informal",
            "pra_contact_counts": "mentioned",
            "pra_skills": "per_tool",
        },
    ),
    (
        "agent-accueil-1",
        "field",
        {
            "str_gains_reviewed": "direction_review",
            "reo_workload": "before_some",
            "dat_double_entry": "twice",
            "pra_counter_answer": "done_together",
            "pra_contact_counts": "mentioned",
            "pra_digital_tasks": "some_jobs",
            "pra_meaning": "no_change",
            "pra_rigid": "workaround",
            "pra_skills": "per_tool",
            "str_discourse": "training",
            "reo_circuits": "written_some",
        },
    ),
    (
        "agent-accueil-2",
        "field",
        {
            "str_needs": "some_services",
            "reo_it_rules": "with_managers",
            "dat_write": "some_fields",
            "dat_feedback_year": "informal",
            "pra_rigid": "workaround",
            "pra_skills": "per_tool",
            "pra_counter_answer": "done_together",
            "pra_meaning": "no_change",
            "dat_double_entry": "twice",
            "reo_workload": "before_some",
            "str_equality": "some_measures",
        },
    ),
    (
        "agent-technique",
        "field",
        {
            "str_needs": "some_services",
            "reo_members": "with_heads",
            "reo_relay": "referent_help",
            "reo_workload": "before_some",
            "reo_circuits": "written_some",
            "dat_status": "some",
            "dat_write": "enter_only",
            "pra_field_followup": "office_later",
            "pra_skills": "per_tool",
            "pra_meaning": "more_procedures",
            "dat_feedback_year": "informal",
            "str_discourse": "training",
        },
    ),
]

# ------------------------------------------------------------------ what the harness reads
PEOPLE: list[tuple[str, str, str, str, dict[str, object]]] = [
    (VDM_ID, VDM_NAME, rid, role, {**VDM_COMMON, **own}) for rid, role, own in VDM_PEOPLE
] + [(BELLERIVE_ID, BELLERIVE_NAME, rid, role, {**BELLERIVE_COMMON, **own}) for rid, role, own in BELLERIVE_PEOPLE]

# free-text comments (ctx_remarks), by (organisation, respondent)
COMMENTS: dict[tuple[str, str], str] = {(VDM_ID, rid): text for rid, text in VDM_COMMENTS.items()}
for _org, _name, _rid, _role, _answers in PEOPLE:
    if (_org, _rid) in COMMENTS:
        _answers["ctx_remarks"] = COMMENTS[(_org, _rid)]

LANDS: dict[str, str] = {VDM_ID: "digital", BELLERIVE_ID: "socio-professional"}
