"""The interface texts in English: the same keys as `fr.py` (the reference), a test checks it."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    # --- ui ----------------------------------------------------------------------------------------
    "ui.digital": "digital",
    "ui.hybrid": "hybrid, in the balance",
    "ui.socio-professional": "socio-professional",
    "ui.undetermined": "undetermined",
    "ui.insufficient": "insufficient",
    "ui.hinge_capped": "capped by the hinge rule: not enough prior reorganisation",
    "ui.organisation": "organisation",
    "ui.respondent": "respondent",
    "ui.role": "role",
    "ui.sector": "sector",
    "ui.position": "position",
    "ui.trajectory": "trajectory",
    "ui.depth": "depth",
    "ui.signals": "signals",
    "ui.respondents": "respondents",
    "ui.gaps": "gaps ≥ threshold",
    "ui.direction": "leadership",
    "ui.management": "management",
    "ui.field": "field staff",
    "ui.support": "support services",
    "ui.unspecified": "role not given",
    "ui.strategy": "Strategy",
    "ui.reorganisation": "Prior reorganisation",
    "ui.data_access": "Data access",
    "ui.practices": "Professional practices",
    "ui.high": "high",
    "ui.medium": "medium",
    "ui.low": "low",
    "ui.dont_know": "I don't know",
    "ui.show_not_scored": "not scored",
    "ui.show_context": "Context",
    "ui.show_fact": "fact",
    "ui.show_opinion": "opinion",
    "ui.show_roles": "asked of: {roles}",
    "ui.show_scoring": "Scoring",
    "ui.show_bands": ("Trajectory: digital below {lo}, socio-professional from {hi} (overall position, 0 to 100)"),
    "ui.show_hinge": "Hinge: \u201c{level}\u201d below {below} keeps the trajectory at most hybrid",
    "ui.show_hinge_requires": ("and so do answers that do not meet the file's requirement (scoring.hinge.requires)"),
    "ui.show_depth": "Depth stages, from: {stages}",
    "ui.show_groups.one": (
        "Role groups and answers shown from {n} respondent; a gap between roles flagged from {gap} points; a"
        " level measured from {coverage}% of its questions answered"
    ),
    "ui.show_groups.many": (
        "Role groups and answers shown from {n} respondents; a gap between roles flagged from {gap} points; a"
        " level measured from {coverage}% of its questions answered"
    ),
    "ui.sector:housing": "social housing",
    "ui.sector:municipality": "municipality",
    "ui.sector:social-economy": "social and solidarity economy",
    # --- run ---------------------------------------------------------------------------------------
    "run.no_tty": (
        "assess run asks its questions in an interactive terminal, and there is none here.\nTo answer without a "
        "terminal, make a blank answers file, fill it in, then read its result:\n"
        "  assess template {qid}{q} -o answers.json\n"
        "  assess score{q} answers.json"
    ),
    "run.pick_questionnaire": "Which questionnaire?",
    "run.pick_lang": "Language of the questions?",
    "run.org_id_intro": "The organisation's id is one short word, without spaces (e.g. {example}).",
    "run.org_id": "Id: ",
    "run.org_id_space": "An id without spaces, please (e.g. {example}).",
    "run.org_id_hidden": (
        "This id holds a character that cannot be seen ({code}): type the id rather than paste it (e.g. {example})."
    ),
    "run.org_id_example": "my-organisation",
    "run.org_id_example.housing": "logeterre",
    "run.org_id_example.municipality": "bellerive-town",
    "run.org_id_example.social-economy": "le-relais-association",
    "run.org_name": "Organisation name (optional): ",
    "run.picked_lang": "Language: {choice}",
    "run.picked_questionnaire": "Questionnaire: {choice}",
    "run.picked_role": "Your place: {choice}",
    "run.pick_role": "What is your place in the organisation?",
    "run.role_direction": "Leadership (director, executive committee)",
    "run.role_management": "Management (head of an agency, a service or a team)",
    "run.role_field": "Field (front-desk or field staff, case officer, social worker)",
    "run.role_support": "Support services (IT, projects, cross-cutting services)",
    "run.role_none": "I would rather not say",
    "run.resume_q": "Resume it?",
    "run.draft_at": "An unfinished questionnaire exists for '{who}' ({n}). Its draft:\n  {path}",
    "run.answers.many": "{n} answers",
    "run.answers.one": "{n} answer",
    "run.resume_yes": "Yes, pick up where I stopped",
    "run.resume_no": "No, start again (this draft is kept aside, not erased)",
    "run.section": "Part {i}/{n} · {name}",
    "run.question_k": "question {k} of {n}",
    "run.overall": "{done}/{total} overall",
    "run.intro_not_here": "No question on this page: Enter to begin the part.",
    "run.intro_hint": "Enter: start · ←: go back · q: save and quit",
    "run.hint_single": (
        "↑↓ then Enter, or a digit: answer · s: skip · c: comment · ?: help\n← previous · → next · u: first "
        "unanswered · q: save and quit"
    ),
    "run.hint_multi": (
        "Space or a digit: tick · Enter: confirm · s: skip · c: comment · ?: help\n← previous · → next · u: first "
        "unanswered · q: save and quit"
    ),
    "run.pick_hint_back": "↑↓ then Enter, or a digit: choose · ←: go back · Ctrl-C: quit",
    "run.setup_hint": "'<' alone: go back · Ctrl-C: quit",
    "run.setup_hint_optional": "Empty Enter: skip · '<' alone: go back · Ctrl-C: quit",
    "run.more_above": "{n} more above",
    "run.more_below": "{n} more below",
    "run.pick_hint": "↑↓ then Enter, or a digit: choose · Ctrl-C: quit",
    "run.pick_choose": "Choose a line first: ↑↓ then Enter, or its digit.",
    "run.pick_first": "Choose an answer (↑↓ then Enter, or a digit), or skip it with s.",
    "run.answer_first": "→ only moves past a question already seen: answer this one first, or skip it with s.",
    "run.space_first": "First choose a line with ↑↓, then Space ticks it (a digit ticks its line at once).",
    "run.tick_first": "Tick at least one answer (Space), or skip with s.",
    "run.cleared_others": "“{label}” does not go with the other answers: they were unticked.",
    "run.cleared_exclusive": "“{label}” does not go with another answer: it was unticked.",
    "run.hint_text": "Empty Enter: skip · '<' alone: go back · Ctrl-C: save and quit",
    "run.help": "Why this question: ",
    "run.source": "Source: ",
    "run.verbatim": (
        "What you write here may appear word for word in the report, without your name. Name no one, and nothing "
        "by which you could be recognised."
    ),
    "run.comment_shown": "“{comment}”",
    "run.comment_prompt": "Your comment (Enter to confirm, empty to clear):\n> ",
    "run.your_answer": "Your answer: ",
    "run.comment_hint": "Enter: confirm · Ctrl-C: cancel, changing nothing",
    "run.comment_cancelled": "Comment cancelled: nothing has changed.",
    "run.paste_cut": (
        "Pasted text: only its first line was kept; the rest was ignored and answered nothing. "
        "Paste a text of a single line, or type the rest."
    ),
    "run.too_long": (
        "This text is too long: {n} characters ({max} at most). Here it is cut to {max} characters: "
        "shorten it if need be, then press Enter to keep it."
    ),
    "run.current": "current answer",
    "run.saved_quit": (
        "Your answers are saved in the draft:\n  {path}\nTo resume (you will be asked your resume code):\n  assess "
        "run{q} --resume {arg}"
    ),
    "run.depth": "How deep digital goes",
    "run.depth_intro": (
        "How far does digital reach: digitised documents, tools built into processes, or services redesigned from "
        "data? This is not a grade: it says where the tools stand, not what they serve."
    ),
    "run.context": "To finish: a few context questions",
    "run.context_intro": "These questions do not count in the result; they help read it.",
    "run.dont_know": "I don't know",
    "run.skipped": "(skipped)",
    "run.skipped_cleared": "(skipped: the answer given before is removed)",
    "run.changed": "answer changed",
    "run.done_title": "Thank you! Here is what your answers show",
    "run.one_view": (
        "These results rest on your answers alone: they tell how you see the organisation, not where it "
        "stands. Its picture takes the answers of several colleagues, in different positions."
    ),
    "run.coverage": "{pct} answered",
    "run.insufficient": "not enough answers",
    "run.trajectory": "Trajectory: {label}",
    "run.scale": (
        "Each level goes from 0 (digital pole: the tools first serve to optimise and control) to 100 "
        "(socio-professional pole: the tools serve the work on the ground)."
    ),
    "run.overall_position": "Overall position: {pos} / 100",
    "run.draft_beside": (
        "A draft in progress already exists under the name:\n"
        "  {path}\n"
        "It stays as it is; the changes to this file go to a draft of their own:\n"
        "  {draft}"
    ),
    "run.draft_set_aside": (
        "Your previous draft is not erased: it is kept aside, under the name:\n  {path}\nIt will not be offered "
        "again, and it will be erased once this new questionnaire is finished. To resume it instead of this one:\n  "
        "assess run{q} --resume {arg}"
    ),
    "run.set_aside_removed": "The draft kept aside when you started again is erased:\n  {path}",
    "run.no_digit": "No answer {digit} here: a digit from {first} to {last}, or ↑↓ then Enter.",
    "run.code_quit": "Stopped before the first question: nothing is saved, there is nothing to resume.",
    "run.code_intro": (
        "Choose a resume code of at least {n} characters. You will be asked for it to resume this questionnaire: "
        "without it, nobody else on this computer can open your answers in progress. As you type it, it shows as stars."
    ),
    "run.code_choose": "Resume code: ",
    "run.code_again": "The same code again: ",
    "run.code_short": "A code of at least {n} characters, please.",
    "run.code_differ": "The two codes are not the same: let us start over.",
    "run.code_locked": "This questionnaire has already been started, and its draft is protected by a resume code.",
    "run.code_ask": "Your resume code: ",
    "run.code_wrong": "That is not the code. Try again.",
    "run.code_refused": (
        "That is not the right code: the draft is not opened, and it stays as it is. If it is yours and you have "
        "forgotten its code, it cannot be resumed; start a new questionnaire (you will be given a new id):\n  "
        "{command}"
    ),
    "run.severity.high": "high risk",
    "run.severity.medium": "medium risk",
    "run.severity.low": "low risk",
    "run.hinge_facts": " ({facts})",
    "run.hinge_unknown": (
        "“{name}” is the decisive step for the tools to serve the work on the ground, but this level has too few "
        "answers to tell whether it has been taken."
    ),
    "run.hinge_capped": (
        "The other levels would point to the socio-professional trajectory, but the level “{name}” is at {pos}, "
        "below the threshold of {below}: the result stays “hybrid”.{why}"
    ),
    "run.hinge_capped_why": (
        " In the study, when the way work is organised is not reviewed before the tools arrive, the tools pile up on "
        "one another."
    ),
    "run.hinge_capped_facts": (
        "The levels would point to the socio-professional trajectory, and the level “{name}” reaches {pos}, but your "
        "answers on the facts{facts} do not show what the questionnaire expects for this step: the result stays "
        "“hybrid”."
    ),
    "run.hinge_facts_missing": (
        "“{name}” is the decisive step for the tools to serve the work on the ground; this level reaches {pos}, "
        "but your answers on the facts{facts} do not show what the questionnaire expects: one cannot say it has "
        "been taken."
    ),
    "run.hinge_low": (
        "“{name}” is the decisive step for the tools to serve the work on the ground; this level is low ({pos}, "
        "below the threshold of {below}): it has not happened yet."
    ),
    "run.hinge_ok": (
        "“{name}” is the decisive step for the tools to serve the work on the ground; this level reaches {pos}: it "
        "has been taken, at least in part."
    ),
    "run.signals": "Main signals:",
    "run.written": "Your answers are saved in:\n  {path}",
    "run.report_cmd": "To make the report:\n  assess report{q} {arg} -o {report_arg}",
    "run.offer_report": "Make the report now?",
    "run.yes": "Yes",
    "run.no": "No",
    "run.report_html": "Yes, as HTML (to open in a browser)",
    "run.report_pdf": "Yes, as HTML and PDF (to print)",
    "run.report_failed": (
        "The report could not be written ({error}). Your answers are saved; to make it later:\n  assess "
        "report{q} {arg} -o {report_arg}"
    ),
    "run.report_written": "Report written:\n  {path}",
    "run.first_question": "This is the first question.",
    "run.not_found": "draft not found: {path}",
    "run.save_failed": (
        "The draft {path} could not be saved ({error}). The questionnaire stops here so that nothing is lost: the "
        "previous version of the draft is intact, only the last answer is missing. Fix the cause (disk space, "
        "the folder's permissions), then resume with:\n  assess run{q} --resume {arg}"
    ),
    "run.save_failed_start": (
        "The draft {path} cannot be saved ({error}): the questionnaire does not start, as your answers would not "
        "be kept. Fix the cause (disk space, the folder's permissions), or choose another folder for drafts with "
        "the ASSESS_DRAFTS_DIR variable, then run the command again."
    ),
    "run.answers_failed": (
        "The answers file {path} could not be written ({error}). All your answers are in the draft {draft}. Fix "
        'the cause (disk space, the folder\'s permissions), or add "-o" and another path to this command:\n  '
        "assess run{q} --resume {draft_arg}"
    ),
    "run.your_id": "Your respondent id: {id}\nWrite it down: with the resume code you are about to choose, it is what "
    "lets you resume this questionnaire if it is interrupted. To resume:\n  {command}",
    "run.draft_version": "It was begun with version {version} of the questionnaire: it is resumed with that version.",
    "run.draft_old_version": (
        "Your draft {path} was begun with version {version} of the questionnaire, which is no longer installed "
        "on this computer: it cannot be resumed here. It is kept as it is under the name:\n  {kept}\nA new "
        "questionnaire starts."
    ),
    "run.draft_dropped.one": (
        "{n} answer of the draft could not be read: its question will be asked again. The other answers are kept."
    ),
    "run.draft_dropped.many": (
        "{n} answers of the draft could not be read: their questions will be asked again. The other answers are kept."
    ),
    "run.draft_damaged": (
        "The draft {path} cannot be read ({reason}). It is kept aside as:\n  {kept}\nA new questionnaire starts."
    ),
    # --- report ------------------------------------------------------------------------------------
    "report.report_title": "{org}: where does its digital transformation stand?",
    "report.cover_sub": "Trajectory self-assessment, after S. Bretesché's study (2024)",
    "report.sector": "Sector",
    "report.questionnaire": "Questionnaire",
    "report.dates": "Answer dates",
    "report.date": "Date of the answers",
    "report.version": "version",
    "report.gap_sentence": (
        "the \u201c{high}\u201d group sees it higher than the \u201c{low}\u201d group, by {gap} points"
    ),
    "report.signals_note": (
        "\u201cRaised by\u201d: how many respondents gave the answers that raise the signal. A signal raised by few "
        "of them is to be checked with the teams."
    ),
    "report.severity_note": (
        "Severity: the weight the questionnaire gives each pattern, after what the sources observed of it (high, "
        "medium or low); within each level, signals run from the most to the least severe."
    ),
    "report.other_signals": "Outside the four levels",
    "report.other_signals_note": "no question of the levels, no effect on the position",
    "report.actions": "First actions",
    "report.percent": "%",
    "report.action_n": "Action {n}",
    "report.see_action": "See action {n} of the summary, page 2",
    "report.read_this": "How to read this page",
    "report.g_position": "Position",
    "report.g_position_text": (
        "from 0 (digital pole: tools serve to optimise and control) to 100 (socio-professional pole: they serve the "
        "work and the relation with the public)."
    ),
    "report.g_trajectory": "Trajectory",
    "report.g_trajectory_text": (
        "digital below {lo}, hybrid from {lo} to {hi}, socio-professional from {hi}: the path the transformation "
        "takes, not a grade."
    ),
    "report.g_hinge": "Hinge moment",
    "report.g_hinge_text": (
        "the study shows that everything turns on “{name}”: below {below}, the organisation cannot be classed "
        "socio-professional."
    ),
    "report.g_hinge_text_file": (
        "the questionnaire makes the classification rest on “{name}”: below {below}, the organisation cannot be "
        "classed socio-professional."
    ),
    "report.g_depth": "Integration depth",
    "report.g_depth_text": ("how far the tools go, a second axis, independent of the trajectory: {stages}."),
    "report.stage_explained": "{name} ({span}, {meaning})",
    "report.stage_below": "below {hi}",
    "report.stage_between": "{lo} to {hi}",
    "report.stage_from": "{lo} and above",
    "report.stage_sep": ", ",
    "report.stage_meaning.numerisation": "paper turns digital",
    "report.stage_meaning.digitalisation": "the tools enter the procedures",
    "report.stage_meaning.transformation": "the service is redesigned around its users and data",
    "report.levels_bars": "The four levels",
    "report.verdict": "Verdict",
    "report.hinge_short_ok": "hinge moment passed",
    "report.hinge_short_low": "hinge moment not passed",
    "report.hinge_short_unknown": "hinge moment unknown",
    "report.appendix_compact_title": "Appendix: the questions to discuss",
    "report.appendix_compact_note": (
        "Only the questions that received comments or free answers, and the six (at most) on which role groups "
        "differ most, by {threshold} points or more. The full appendix, with every "
        "question, can be asked for from whoever prepared this report."
    ),
    "report.appendix_compact_note_single": (
        "Only the questions that received a comment or a free answer. The full appendix, with every answer, "
        "can be asked for from whoever prepared this report."
    ),
    "report.appendix_no_groups": (
        "Here no question can show the role groups apart: it would take at least {n} answers in each group, so "
        "that no one's answers could be worked out."
    ),
    "report.facts_unknown_title": "Facts little known",
    "report.facts_unknown": (
        "only {share} of this level's facts were answered (the others: \u201cI don't know\u201d or nothing). Its "
        "position rests mostly on opinions; to be checked with those who know these facts."
    ),
    "report.facts_unknown_few": (
        "fewer than half of this level's facts were answered (the others: \u201cI don't know\u201d or nothing). Its "
        "position rests mostly on opinions; to be checked with those who know these facts."
    ),
    "report.signals_withheld.one": (
        "{n} signal reads questions that fewer than {min} people answered: the signals leave those answers out, "
        "since raised by them a signal would tell them."
    ),
    "report.signals_withheld.many": (
        "{n} signals read questions that fewer than {min} people answered: the signals leave those answers out, "
        "since raised by them a signal would tell them."
    ),
    "report.appendix_none": "No question to discuss: none received a comment, and role groups differ on none.",
    "report.appendix_none_single": "No question to discuss: none received a comment.",
    "report.appendix_none_no_groups": (
        "No question to discuss: none received a comment, and role groups can be compared on none."
    ),
    "report.by_group": "Position by group",
    "report.respondents": "Respondents",
    "report.generated_on": "Report produced on",
    "report.no_date": "not given",
    "report.summary": "In short",
    "report.trajectory": "Trajectory",
    "report.position": "Overall position",
    "report.depth": "Integration depth",
    "report.depth_title": "Integration depth",
    "report.findings": "The findings that matter",
    "report.first_step": "Where to start",
    "report.map_title": "Trajectory map",
    "report.map_x": "From the digital pole (0) to the socio-professional pole (100)",
    "report.map_y": "Integration depth",
    "report.map_point": "{label}: position {pos}, depth {depth}",
    "report.map_unavailable": "The map cannot be drawn: position or depth is undetermined.",
    "report.map_note": (
        "Each point places the organisation (large dot) and, when several roles answered, each role group. Depth is "
        "not a grade: a deep transformation can follow either trajectory."
    ),
    "report.levels_title": "The four levels of change",
    "report.levels_note": (
        "Each level runs from a digital pole (0) to a socio-professional pole (100), as in the study's Table 1."
    ),
    "report.levels_coverage_note": (
        " Coverage is the share of the level's questions that were answered, each counted by its weight."
    ),
    "report.coverage": "coverage",
    "report.insufficient": "Not enough answers: no position",
    "report.insufficient_short": "not enough answers",
    "report.digital_pole": "Digital pole",
    "report.socio_pole": "Socio-professional pole",
    "report.gaps_title": "Perception gaps between roles",
    "report.gaps_note": (
        "Each group's mean position, 0 to 100, with one decimal (other pages round down to the whole point: 13.9 "
        "shows there as 13); the gap separates the highest from the lowest, flagged from {threshold} points. A group "
        "of fewer than {min} people is merged with others, never shown on its own."
    ),
    "report.gaps_none": (
        "No comparison between roles is possible: it would take at least two groups of {min} people or more. This "
        "does not mean that everyone sees things the same way."
    ),
    "report.disagree_title": "Disagreement among respondents",
    "report.finding_disagree_title": "Divided views",
    "report.finding_disagree": (
        "On {names}, respondents stand far apart, whatever their role: the mean does not say what each of them "
        "experiences. It is a question to put on the table."
    ),
    "report.disagree_some.one": (
        "Respondents do not see this level the same way: {names}. On this level, those who place it highest "
        "and those who place it lowest are at least {threshold} points apart, whatever their role. The mean "
        "hides different realities there: to be discussed together."
    ),
    "report.disagree_some.many": (
        "Respondents do not see them the same way: {names}. On each of these levels, those who place it "
        "highest and those who place it lowest are at least {threshold} points apart, whatever their role. The"
        " mean hides different realities there: to be discussed together."
    ),
    "report.disagree_none": (
        "On every level measured, the half of respondents who place it highest and the half who place it lowest "
        "stay less than {threshold} points apart: no marked disagreement. One person alone far from the others may "
        "not show this way: the gap between role groups, where it is shown, tells it better."
    ),
    "report.disagree_beside_gaps": (
        "On {names}, the role groups stand apart all the same (see above): the gap between groups compares their "
        "means, the disagreement compares the respondents with one another, and those who stand between the "
        "groups soften it."
    ),
    "report.disagree_not_measured": (
        "Not measured on: {names} (fewer than {min} respondents have a position there); nothing there says they agree."
    ),
    "report.disagree_unknown": (
        "Disagreement among respondents is not measured: {n} people answered, and it takes at least {min} to show it "
        "without one of them recognising the others' answers. The positions above may therefore hide opposite views."
    ),
    "report.disagree_unknown_levels": (
        "Disagreement is measured on no level: none has at least {min} respondents with a position."
    ),
    "report.private_note": (
        "With {n} respondents (fewer than {min}), this report shows no answers question by question, no comments and "
        "nothing of what pulls each level, and no signal that an answer raises: anyone could recognise a colleague's "
        "answers there. Positions are still computed from all the answers; someone who knows their own can infer "
        "part of the others', which respondents should be told."
    ),
    "report.hidden_question": "Asked of fewer than {min} people: its answers are not shown.",
    "report.group": "Group",
    "report.overall": "Overall",
    "report.gap": "Gap",
    "report.flagged": "marked gap",
    "report.signals_title": "Risk signals",
    "report.signals_none": "No risk signal came out of the answers.",
    "report.signals_none_evaluated": (
        "Risk signals are not evaluated here: each reads questions that fewer than {min} people answered, and a "
        "signal raised by their answers would tell them."
    ),
    "report.signals_rest.one": "The one risk signal evaluated here is not raised.",
    "report.signals_rest.many": "None of the {n} risk signals evaluated here is raised.",
    "report.severity": "Severity",
    "report.raised_by": "Raised by",
    "report.why": "Why it is a risk",
    "report.opening_leading_words": (  # words a cut question never ends on (report.context.cut_question)
        "the a an of to in on at by for from with without about into as and or its their his her this that these those "
        "is are was were be been has have had do does did which who whose what how when where why more less very"
    ),
    "report.basis": "What raised it",
    "report.basis_answer": "{what}: \u201c{answer}\u201d",
    "report.basis_option": "\u201c{answer}\u201d",
    "report.basis_count": "{what} ({k}\u00a0/\u00a0{n})",
    "report.basis_count_answer": "{what}: {answer} ({k}\u00a0/\u00a0{n})",
    "report.basis_none_of": "not chosen: {answers}",
    "report.basis_none_of_any": "none chosen of: {answers}",
    "report.basis_level": "{name} at {pos} out of 100",
    "report.basis_below": "{name} below {x}",
    "report.basis_at_least": "{name} at {x} or more",
    "report.basis_consistency": "judgements well above the facts on {name}",
    "report.basis_sep": "; ",
    "report.basis_more": ", and answers given by fewer than {min} people, which are not named",
    "report.what_to_do": "What to do",
    "report.source": "Source",
    "report.drivers_title": "Points of support and points of blockage",
    "report.drivers_note": (
        "For each level, the answers placed most clearly on the socio-professional side (points of support, "
        "position {hi} or more) and on the digital side (points of blockage, below {lo}), each by its own position "
        "from 0 to 100."
    ),
    "report.drivers_none": "No answer clearly on one side or the other: this level sits in the middle zone.",
    "report.drivers_left_out.one": (
        "None of the questions shown is clearly on one side or the other; {n} other, answered by fewer than "
        "{min} people, is not shown (its authors would be recognised)."
    ),
    "report.drivers_left_out.many": (
        "None of the questions shown is clearly on one side or the other; {n} others, answered by fewer than "
        "{min} people, are not shown (their authors would be recognised)."
    ),
    "report.hidden_answered": (
        "Answered by fewer than {min} people (the others do not know, or did not answer): its answers are not shown."
    ),
    "report.pull_up": "Point of support",
    "report.pull_down": "Point of blockage",
    "report.most_common_count.one": "({n} respondent of {of})",
    "report.most_common_count.many": "({n} respondents of {of})",
    "report.out_of_100": "\u00a0/\u00a0100",
    "report.most_common": "most frequent answer",
    "report.answers_split": "no answer given more often than the others (the report does not say which)",
    "report.answer": "answer",
    "report.method_title": "Method",
    "report.appendix_title": "Appendix: every question and its answers",
    "report.context": "Context (not scored)",
    "report.skipped": "No answer",
    "report.comments": "Comments",
    "report.free_answers": "Free answers",
    "report.count": "Count",
    "report.hinge_unknown": (
        "The level “{name}” has too few answers: we cannot tell whether the hinge moment took place."
    ),
    "report.hinge_capped": (
        "Hinge rule applied: the other levels would place the organisation on the socio-professional trajectory, but "
        "the level “{name}” is at {pos} (threshold {below}): the organisation is "
        "classed “hybrid”.{why}"
    ),
    "report.hinge_capped_facts": (
        "Hinge rule applied: the levels would place the organisation on the socio-professional trajectory, and "
        "\u201c{name}\u201d reaches {pos}, but the facts reported{facts} do not meet what the questionnaire requires "
        "for this hinge moment: the organisation is classed \u201chybrid\u201d."
    ),
    "report.hinge_facts_missing": (
        "The \u201c{name}\u201d level reaches {pos}, but the facts reported{facts} do not meet what the questionnaire "
        "requires to pass it: the hinge moment is not established."
    ),
    "report.hinge_facts": " ({facts})",
    "report.hinge_low": (
        "The level “{name}” is low ({pos}, threshold {below}): the hinge moment that opens a socio-professional "
        "trajectory has not taken place."
    ),
    "report.hinge_ok": "The level “{name}” reaches {pos}: the hinge moment has taken place, at least in part.",
    "report.hinge_facts_withheld": (
        " The facts that usually establish it{facts} are not read here: fewer than {min} people answered them, and "
        "the verdict, met or not, would tell each what the others answered; the level alone decides."
    ),
    "report.finding_hinge_title": "The hinge has not happened: {name}",
    "report.finding_hinge": "The level \u201c{name}\u201d is only at {pos}. {why}",
    "report.finding_hinge_facts_title": "The hinge moment is not established: {name}",
    "report.finding_hinge_facts": (
        "The level \u201c{name}\u201d reaches {pos}, but the facts reported{facts} do not meet what the "
        "questionnaire requires for this hinge moment. {why}"
    ),
    "report.hinge_why": (
        "This is the study's decisive point: without this prior step, digital tools reinforce control and the "
        "division of labour instead of easing them."
    ),
    "report.hinge_why_file": (
        "The questionnaire makes it the hinge moment; in the study, that moment is a reorganisation carried out "
        "before the tools."
    ),
    "report.hinge_capped_why": " Without this prior step, the study shows that tools pile up.",
    "report.finding_low_title": "Weakest point: {name}",
    "report.finding_low": "The level \u201c{name}\u201d is at {pos}, on the digital side: {pole}.",
    "report.finding_high_title": "Strong point: {name}",
    "report.finding_share.one": "Raised by only one of the {of} respondents.",
    "report.finding_share.many": "Raised by {n} of the {of} respondents.",
    "report.finding_high": "The level \u201c{name}\u201d is at {pos}, on the socio-professional side: {pole}.",
    "report.finding_high_split": (
        " But it is a mean: the groups \u201c{high}\u201d and \u201c{low}\u201d stand {gap} points apart on it, a gap "
        "to discuss before leaning on this level."
    ),
    "report.finding_gap_title": "The role groups do not see the same thing: {name}",
    "report.finding_gap": (
        "On “{name}”, the “{high}” and “{low}” groups are {gap} points apart. The gap is a finding in itself: "
        "discuss it before deciding."
    ),
    "report.finding_missing_title": "Levels without enough answers",
    "report.finding_missing": "Too few answers to place: {names}. Have the questionnaire completed.",
    "report.first_missing": (
        "Have more people complete the questionnaire, especially on the levels without enough answers, before "
        "drawing conclusions."
    ),
    "report.first_default": "Present this report to the teams and check with them that the findings ring true.",
    "report.warnings": "Warnings",
    "report.page": "page",
    "report.summary_few": (
        "Only {n} respondents, fewer than the {min} needed to compare roles or measure disagreement: these "
        "positions give a partial picture, to be discussed with the teams."
    ),
    "report.summary_one_role": (
        "All respondents hold the same role ({role}): this report tells how that role sees the organisation, not "
        "how the others see it."
    ),
    "report.single_note": (
        "One respondent: this report shows their answers; it describes one point of view, not the whole organisation."
    ),
    "report.toc": "Contents",
    "report.colon": ": ",
    # --- portfolio (assess portfolio) -------------------------------------------------------------
    "portfolio.title": "Portfolio: {n} organisations followed",
    "portfolio.title_one": "Portfolio: one organisation followed",
    "portfolio.kicker": "Trajectory self-assessment, after S. Bretesché's study (2024)",
    "portfolio.summary": (
        "{orgs}, {respondents}, {rounds} in all (an assessment: one organisation "
        "at one round). Each organisation is placed "
        "at its latest round; its earlier rounds draw its path on the map."
    ),
    "portfolio.working_file": (
        "A working document for the consultant, not for the organisations' staff: it shows every round, "
        "those answered by a single person included, and each round's signals. Each organisation gets its "
        "own report, which shows only what its respondents cannot recognise one another by."
    ),
    "portfolio.by_trajectory": "Trajectories at the latest round",
    "portfolio.count": "{label}: {n}",
    "portfolio.all": "All organisations",
    "portfolio.yes": "yes",
    "portfolio.not_computed": "n/a",
    "portfolio.map_title": "Map of the trajectories",
    "portfolio.map_x": "From the digital pole (0) to the socio-professional pole (100)",
    "portfolio.map_y": "Integration depth",
    "portfolio.map_unlabelled": "Beyond {n} organisations the points carry no name: the table gives the details.",
    "count.organisations.one": "{n} organisation",
    "count.organisations.many": "{n} organisations",
    "count.answers.one": "{n} answer",
    "count.answers.many": "{n} answers",
    "count.assessments.one": "{n} assessment",
    "count.assessments.many": "{n} assessments",
    "portfolio.map_description.one": "{n} organisation placed at its latest round; {parts}.",
    "portfolio.map_description.many": "{n} organisations placed at their latest round; {parts}.",
    "portfolio.map_unplaced.one": "{n} organisation without a position or a depth at the latest round: not on the map.",
    "portfolio.map_unplaced.many": (
        "{n} organisations without a position or a depth at the latest round: not on the map."
    ),
    "portfolio.map_unnamed.one": "For lack of room, the map does not name one organisation: {names}.",
    "portfolio.map_unnamed.many": "For lack of room, the map does not name {n} organisations: {names}.",
    "portfolio.map_path": "dotted line: the path from the earlier rounds",
    "portfolio.legend": "Sectors",
    "portfolio.distributions_title": "Each level across the portfolio",
    "portfolio.distributions_note": (
        "Organisations per band of 10 points, at their latest round; the line marks the median. "
        "0 = digital pole, 100 = socio-professional pole."
    ),
    "portfolio.median": "median {m}",
    "portfolio.insufficient": "{n} without a position (too few answers)",
    "portfolio.table_title": "The organisations",
    "portfolio.on_major": "{name} (version\u00a0{major})",
    "portfolio.new_major": "new version",
    "portfolio.table_note": (
        "One row per round. S, R, D, P: the four levels (see above). Chg.: change of the overall position since "
        "the round before, ● when it exceeds what another set of respondents alone could have given, ? when that "
        "cannot be told (too few respondents or all at one position, and not the same people). Hinge: label "
        "capped by the hinge rule. Disagreement: levels on which respondents clearly part (n/a: too few "
        "respondents to tell)."
        " New version: the first round on a new major version of the questionnaire, not compared with the rounds"
        " of the one before."
    ),
    "portfolio.sorted_name": "Sorted by name.",
    "portfolio.sorted_position": "Sorted by overall position, highest first.",
    "portfolio.sorted_trajectory": "Sorted by trajectory, from digital to socio-professional.",
    "portfolio.organisation": "Organisation",
    "portfolio.round": "Round",
    "portfolio.respondents": "n",
    "portfolio.position": "Pos.",
    "portfolio.trajectory": "Trajectory",
    "portfolio.hinge": "Hinge",
    "portfolio.disagreement": "Disagreement",
    "portfolio.change": "Chg.",
    "portfolio.signals": "Main signals",
    "portfolio.levels_key": "Levels",
    "portfolio.generated_on": "Generated on",
    "portfolio.page": "page",
    "portfolio.footer": "assess portfolio",
    # --- rounds and benchmark ---------------------------------------------------------------------
    "report.rounds_title": "From one round to the next",
    "report.rounds_intro": (
        "Each assessment round is scored on its own, with its own respondents; rounds are compared, never "
        "averaged. The rest of this report is about the latest round."
    ),
    "report.round": "Round",
    "report.round_cover": "Assessment",  # "Assessment: Round 2026, the latest of 3 rounds"
    "report.round_shown": "Round {label}, the latest of {n} rounds",
    "report.round_shown_version": "Round {label}, the latest of {n} rounds on version {major}",
    "report.round_single": "Round {label}",
    "report.round_unlabelled": "unlabelled",
    "report.change": "change",
    "report.verdict_change": "clear change",
    "report.verdict_within_margin": "within the margin: other respondents could have given this difference",
    "report.verdict_unknown": "cannot be told: too few respondents or no spread, not the same people",
    "report.verdict_not_comparable": "not comparable: too few answers",
    "report.portrait_level": "\u201c{name}\u201d ({pos})",
    "report.portrait_name": "\u201c{name}\u201d",
    "report.portrait_except": "This picture does not hold for {names}, on the {side} side.",
    "report.newer_version": (
        "These answers were given to an earlier version of the questionnaire “{title}” ({version}); the one in "
        "use now is {newer}."
    ),
    "report.newer_major": (
        "Its questions have changed since: do not compare these positions with those of a report on the new version."
    ),
    "report.and": " and ",
    "report.or": " or ",
    "report.lean_socio.one": "{names} leans towards the socio-professional pole",
    "report.lean_socio.many": "{names} lean towards the socio-professional pole",
    "report.lean_digital.one": "{names} stays on the digital side",
    "report.lean_digital.many": "{names} stay on the digital side",
    "report.lean_both": "{socio}, but {digital}.",
    "report.lean_socio_only": "{socio}, and no measured level stays on the digital side.",
    "report.lean_digital_only": "{digital}, and no measured level leans towards the socio-professional pole yet.",
    "report.lean_none": "No measured level leans clearly either way: all are between {lo} and {hi}.",
    "report.portrait_gaps": (
        "It is the picture of the mean: on {names}, role groups are a marked gap apart (see the gaps)."
    ),
    "report.portrait_partly": "This picture holds only in part for {names}, in the hybrid band.",
    "report.portrait_unmeasured": "For want of enough answers, nothing tells whether this picture holds for {names}.",
    "report.side_digital": "digital",
    "report.side_socio": "socio-professional",
    "report.rounds_up.one": "“{name}” rose by {n} point",
    "report.rounds_up.many": "“{name}” rose by {n} points",
    "report.rounds_down.one": "“{name}” fell by {n} point",
    "report.rounds_down.many": "“{name}” fell by {n} points",
    "report.rounds_up_less": "\u201c{name}\u201d rose by less than one point",
    "report.rounds_down_less": "\u201c{name}\u201d fell by less than one point",
    "report.rounds_moved": "Since round {since}: {parts}.",
    "report.rounds_still": (
        "Since round {since}, no level has moved more than another set of respondents alone could have given."
    ),
    "report.rounds_unknown": (
        "Since round {since}, a change cannot be told apart from a change of respondent: a round has too few "
        "respondents to measure how far apart they stand, or they all stand at one position, and they are not the "
        "same people."
    ),
    "report.rounds_within": "On {names}, the change stays within the margin.",
    "report.rounds_legend": (
        "Under each position: its change since the previous round (● clear change), then the margin "
        "(±: the difference another set of respondents alone could have given)."
    ),
    "report.rounds_note": (
        "How a change is judged: when each round has at least {min} respondents, the difference between the two "
        "means is set against the margin that variation between respondents alone can give (\u201c±\u201d in the "
        "table: that margin, set to be wrong only one time in twenty, the wider the fewer the respondents). A "
        "smaller difference is called \u201cwithin the margin\u201d. With fewer respondents in a round (their spread "
        "would tell their positions), or respondents all at one position in a round, a difference counts only when "
        "the same people answered both rounds."
    ),
    "report.rounds_other_major.one": (
        "Round {rounds} was answered with another major version of the questionnaire ({versions}): it is not "
        "compared with this one, as positions from two major versions do not compare"
    ),
    "report.rounds_other_major.many": (
        "Rounds {rounds} were answered with another major version of the questionnaire ({versions}): they are"
        " not compared with this one, as positions from two major versions do not compare"
    ),
    "report.rounds_withheld": (
        "Not shown: round {labels}, of a single respondent, whose positions the others would read"
    ),
    "report.map_path": "path from round to round: {points}",
    "report.bench_title": "Among the organisations of the sector",
    "report.bench_intro": (
        "{n} other organisations that answered the \u201c{sector}\u201d questionnaire serve as a reference, each "
        "at its latest round. None is named or shown alone."
    ),
    "report.bench_sentence": "{name}: {own}, above {below} of the {n} other organisations (median {median}).",
    "report.bench_lowest": "{name}: {own}; none of the {n} other organisations stands lower (median {median}).",
    "report.bench_highest": "{name}: {own}, above each of the {n} other organisations (median {median}).",
    "report.bench_too_few": "{name}: fewer than {min} organisations placed on this level, no reference.",
    "report.bench_note": (
        "The grey bar covers the middle half of the organisations (first to third quartile), the line the "
        "median, the black mark your organisation. Without at least {min} other organisations of the sector, "
        "no comparison: one of them could be recognised. An organisation of fewer than {group} respondents is "
        "left out: its figures could be one person's."
    ),
    "report.bench_own": "your organisation",
    # --- trajectory --------------------------------------------------------------------------------
    "trajectory.digital": (
        "The organisation is on a digital trajectory (position {pos} out of 100): tools serve mostly to optimise and "
        "control, data flows upwards, and field work risks being impoverished."
    ),
    "trajectory.hybrid": (
        "The organisation is between the two trajectories (position {pos} out of 100).{pattern} Nothing is settled: "
        "the choices of the coming months will tip the balance."
    ),
    "trajectory.socio-professional": (
        "The organisation is on a socio-professional trajectory (position {pos} out of 100): digital tools serve "
        "proximity, data flows to the field and practices are renewed."
    ),
    # the same sentences told in each sector's own story (Bretesché 2024 for housing, Blanc for
    # municipalities, Dumery 2024 and the dematerialisation talk for the social economy)
    "trajectory.digital.housing": (
        "The organisation is on a digital trajectory (position {pos} out of 100): tools were laid over the "
        "existing organisation, data flows up to head office, and agencies spend more time feeding the tools "
        "than with tenants."
    ),
    "trajectory.digital.municipality": (
        "The municipality is on a digital trajectory (position {pos} out of 100): each service moves with its "
        "own tools and rules, with no shared steering; use depends on each manager, and residents do not find "
        "the same service from one desk to the next."
    ),
    "trajectory.digital.social-economy": (
        "The structure is on a digital trajectory (position {pos} out of 100): tools were chosen from the top, "
        "often to report to funders; teams work around them orally, and digital tasks pile up unrecognised."
    ),
    "trajectory.hybrid.housing": (
        "The organisation is between the two trajectories (position {pos} out of 100).{pattern} In the 2024 study, "
        "what set the two providers apart was the order of the steps: rethinking the organisation before the "
        "tools, then opening data to the agencies and giving time back to the sites."
    ),
    "trajectory.hybrid.municipality": (
        "The municipality is between the two trajectories (position {pos} out of 100).{pattern} In the "
        "municipality studied by M. Blanc, use of the shared tool depended on each head of service, and the 2022 "
        "diagnostic concluded that shared priorities and overall coherence were needed."
    ),
    "trajectory.hybrid.social-economy": (
        "The structure is between the two trajectories (position {pos} out of 100).{pattern} In A. Dumery's "
        "observations (2024), teams feel tools chosen by the direction alone as constraints, and digital tasks "
        "are added without being recognised as work."
    ),
    "trajectory.socio-professional.housing": (
        "The organisation is on a socio-professional trajectory (position {pos} out of 100): work was reorganised "
        "before the tools, agencies read and update the data, and the time saved goes to being with tenants."
    ),
    "trajectory.socio-professional.municipality": (
        "The municipality is on a socio-professional trajectory (position {pos} out of 100): digital matters are "
        "steered together, residents' requests follow shared circuits, and staff keep in touch with users."
    ),
    "trajectory.socio-professional.social-economy": (
        "The structure is on a socio-professional trajectory (position {pos} out of 100): tools were chosen with "
        "the teams, information circulates between them, and digital help for the people supported is organised."
    ),
    "trajectory.undetermined": "The trajectory cannot be determined: answers are missing on {missing}.",
    # --- limesurvey --------------------------------------------------------------------------------
    "limesurvey.profile": "Your role",
    "limesurvey.profile_help": (
        "Your role is only used to compare views between role groups. A group of fewer than {min} people is never "
        "shown on its own."
    ),
    "limesurvey.role_question": "What is your role?",
    "limesurvey.version_question": "Questionnaire version (do not change)",
    "limesurvey.depth": "Use of the tools",
    "limesurvey.context": "To finish",
    "limesurvey.welcome": (
        "This questionnaire is anonymous: neither your name, nor your address, nor the time of your answer is "
        "recorded. There is no right or wrong answer: describe what you see in your work. “I don't know” is a real "
        "answer, and you may skip a question. Results are only shown for groups of at least {min} people."
    ),
    "limesurvey.end": (
        "Thank you. The overall results will be presented to you by the person who sent you this questionnaire."
    ),
    # --- paper -------------------------------------------------------------------------------------
    "paper.doc_title": "Paper questionnaire",
    "paper.how_title": "Before you start",
    "paper.how": (
        "This questionnaire is anonymous: do not write your name. There is no right or wrong answer: describe what "
        "really happens in your work."
    ),
    "paper.how_tick": "Tick one box per question, or several where it says “tick all that apply”.",
    "paper.how_dont_know": (
        "“I don't know” is a real answer: tick it rather than guess. You may also leave a question blank."
    ),
    "paper.how_groups": "Answers are grouped by role; a group of fewer than {min} people is never shown on its own.",
    "paper.how_codes": "The small grey codes are only used to type the answers in: you can ignore them.",
    "paper.hand_back": "Hand this sheet back to:",
    "paper.organisation": "Organisation:",
    "paper.date": "Date:",
    "paper.date_day": "day",
    "paper.date_month": "month",
    "paper.date_year": "year",
    "paper.role": "Your role (one box):",
    "paper.multi": "tick all that apply",
    "paper.exclusive": "tick on its own",
    "paper.for_roles": "for: {roles}",
    "paper.variant:direction": "If you are in leadership:",
    "paper.variant:management": "If you manage a team:",
    "paper.variant:field": "If you work in the field:",
    "paper.variant:support": "If you work in support services:",
    "paper.depth": "Use of the tools",
    "paper.depth_intro": "How far have digital tools gone into the work: documents, processes, services?",
    "paper.context": "To finish",
    "paper.context_intro": "A few questions to place your answers; they do not count in the result.",
    "paper.thanks": "Thank you! Hand this sheet back to the person named on the first page.",
    "paper.page": "page",
    # --- xlsform -----------------------------------------------------------------------------------
    "xlsform.group_profile": "Your role",
    "xlsform.group_depth": "Use of the tools",
    "xlsform.group_context": "To finish",
    "xlsform.role_label": "What is your role?",
    "xlsform.role_hint": (
        "Only used to compare views between role groups; a group of fewer than {min} people is never shown alone."
    ),
    "xlsform.exclusive": "“{label}” does not go with other answers.",
    # --- sheet -------------------------------------------------------------------------------------
    "sheet.answers_sheet": "answers",
    "sheet.codes_sheet": "codes",
    "sheet.codes_head_0": "question",
    "sheet.codes_head_1": "text",
    "sheet.codes_head_2": "code",
    "sheet.codes_head_3": "answer",
    "sheet.how_multi": "several codes separated by spaces: {codes}",
    "sheet.how_scale": "a number from {min} to {max}",
    "sheet.how_text": "free text",
    "sheet.how_role": "direction, management, field or support",
    "sheet.how_date": "YYYY-MM-DD (or DD/MM/YYYY)",
    # --- tables ------------------------------------------------------------------------------------
    "tables.no_gap": "none",
    "tables.not_computed": "n/a",
    "tables.gaps_head": "gaps",
    "tables.sector_housing": "housing",
    "tables.sector_municipality": "town",
    "tables.sector_social-economy": "SSE",
    "tables.role_direction": "leaders",
    "tables.role_management": "managers",
    "tables.role_field": "field",
    "tables.role_support": "support",
    "tables.traj_digital": "digital",
    "tables.traj_hybrid": "hybrid",
    "tables.traj_socio-professional": "socio-pro.",
    "tables.traj_undetermined": "undeterm.",
    # --- cli ---------------------------------------------------------------------------------------
    "cli.list_id": "id",
    "cli.list_version": "version",
    "cli.list_title": "title",
    "cli.list_languages": "languages",
    "cli.list_questions": "questions",
    "cli.list_source": "source",
    "cli.list_bundled": "bundled",
    "cli.sqlite_written": "{path}: {added}, {skipped}, {orgs}",
    "cli.n_added.one": "{n} respondent added",
    "cli.n_added.many": "{n} respondents added",
    "cli.n_already.one": "{n} already there",
    "cli.n_already.many": "{n} already there",
    "cli.n_replaced.one": ", {n} replaced",
    "cli.n_replaced.many": ", {n} replaced",
    "cli.n_recomputed.one": "{n} assessment recomputed",
    "cli.n_recomputed.many": "{n} assessments recomputed",
    "cli.option_wrong": "{option}: {msg}",
    "cli.error": "error: {msg}",
    "cli.names_differ": (
        "organisation {org} is named {n} ways in its answers ({names}): the tables and reports use {used}; "
        "give its answers one name to choose another"
    ),
    "cli.min_group_kept": (
        "--min-group-size {asked} is below what {qid} asks ({kept}): {kept} is kept, as the option can only "
        "protect respondents more"
    ),
    "cli.bad_day": "{value} is not a day of the calendar written YYYY-MM-DD",
    "cli.valid_invalid": "{valid}, {invalid}",
    "cli.scored_invalid": "{scored}, {invalid}",
    "cli.n_valid.one": "{n} valid",
    "cli.n_valid.many": "{n} valid",
    "cli.n_scored.one": "{n} scored",
    "cli.n_scored.many": "{n} scored",
    "cli.n_invalid.one": "{n} invalid",
    "cli.n_invalid.many": "{n} invalid",
    "cli.warning": "warning: {msg}",
    "cli.note": "note: {msg}",
    "cli.cannot_write": "cannot write {path}: {error}",
    "cli.written": "written: {path}",
    "cli.written_and": "written: {path} and {other}",
    "cli.nothing_written": "nothing written to {path}: no respondent to write",
    "cli.not_merged": "nothing written to {path}: it is left as it was; save it as UTF-8, or import into another file",
    "cli.nothing_scored": "nothing written to {path}: no answers could be scored (an existing file is left as it was)",
    "cli.os_ENOENT": "No such file or directory",
    "cli.os_EACCES": "Permission denied",
    "cli.os_EPERM": "Operation not permitted",
    "cli.os_ENOSPC": "No space left on device",
    "cli.os_EROFS": "Read-only file system",
    "cli.os_EISDIR": "Is a directory",
    "cli.os_ENOTDIR": "Not a directory",
    "cli.os_EDQUOT": "Disk quota exceeded",
    "cli.file_not_stdout": "-o and --pdf take a file name: a report is a file to open or print, not standard output",
    "cli.written_jsonl.one": "written: {path} ({n} respondent)",
    "cli.written_jsonl.many": "written: {path} ({n} respondents)",
    "cli.jsonl_replaced.one": ", {n} of them in the place of an earlier import's",
    "cli.jsonl_replaced.many": ", {n} of them in the place of an earlier import's",
    "cli.jsonl_kept.one": "; {n} respondent already in the file kept",
    "cli.jsonl_kept.many": "; {n} respondents already in the file kept",
    "cli.written_files.one": "written: {n} answers file in {path}",
    "cli.written_files.many": "written: {n} answers files in {path}",
    "cli.import_interrupted.one": "interrupted: {n} answers file written in {path}, the others not",
    "cli.import_interrupted.many": "interrupted: {n} answers files written in {path}, the others not",
    "cli.written_reports.one": "written: {n} report in {path}",
    "cli.written_reports.many": "written: {n} reports in {path}",
    "cli.written_reports_pdfs.one": "written: {n} report, in HTML and in PDF, in {path}",
    "cli.written_reports_pdfs.many": "written: {n} reports, each in HTML and in PDF, in {path}",
    "cli.progress": "scoring",
    "cli.completion_installed": "{shell} completion installed in {path}",
    "cli.completion_restart": "Completion will take effect once you restart the terminal",
    "cli.csv_decimal": "--csv-decimal must be ',' or '.'",
    "cli.lang_values": "--lang must be fr or en, not {value}",
    "cli.export_langs": "--lang: give languages of the questionnaire ({langs}), e.g. fr,en",
    "cli.needs_file": "--format {fmt} writes a file: give -o FILE.{fmt}",
    "cli.named_for": "{path}: this writes a {suffix} file: give it a name ending in {suffix}",
    "cli.format_named": (
        "{path}: --format {fmt} does not write what this name says: a name ending in {suffix} is for --format "
        "{named}; change the name, or leave out --format"
    ),
    "cli.no_round_at_all": "no round {round} in these answers: they name no round (import them with --round)",
    "cli.no_such_round": "no round {round} in these answers (rounds: {rounds})",
    "cli.output_is_read": (
        "{path} is among the files this batch reads: the results would replace it; write them to a file outside "
        "the answers"
    ),
    "cli.jsonl_or_folder": "-o: give a .jsonl file (one respondent per line) or a folder (one .json per respondent)",
    "cli.no_complete_response": "no complete response to import",
    "cli.import_read.one": "{path}: {n} respondent read",
    "cli.import_read.many": "{path}: {n} respondents read",
    "cli.import_unfinished.one": ", {n} unfinished response skipped",
    "cli.import_unfinished.many": ", {n} unfinished responses skipped",
    "cli.import_bad.one": ", {n} bad row",
    "cli.import_bad.many": ", {n} bad rows",
    "cli.import_unread": " (the file could not be read)",
    "cli.import_columns_unread": " (a column is not read: nothing imported from this file)",
    "cli.out_dir_alone": (
        "--out-dir writes one file per organisation: use it without -o and --pdf (use --pdfs for PDFs)"
    ),
    "cli.empty_path": "{opt} was given an empty name, which names no file or folder",
    "cli.option_as_value": (
        "{opt} takes a value, and {value} is another option: write the value after {opt} (a file whose name"
        " begins with a dash: ./{value})"
    ),
    "cli.pdfs_need_out_dir": "--pdfs goes with --out-dir; for one report use --pdf FILE",
    "cli.report_interrupted": "interrupted: no report was written",
    "cli.reports_interrupted": "interrupted: the reports already listed are written, the others are not",
    "cli.no_valid_answers": "no valid answers to report on",
    "cli.left_out.one": "{n} invalid input left out",
    "cli.left_out.many": "{n} invalid inputs left out",
    "cli.several_versions": (
        "the answers of {org} are for several questionnaires or major versions ({versions}), which are never "
        "averaged together. Give the files of one version, or use --out-dir DIR for one report each."
    ),
    "cli.latest_major": (
        "{org}: the report is of its latest round, {round} ({version}); its rounds on another major version are "
        "named in it, not compared (--out-dir DIR: one report each)"
    ),
    "cli.several_orgs": (
        "the answers cover {n} organisations: {names}. Give the files of one organisation, or use --out-dir DIR "
        "for one report each."
    ),
    "cli.no_files": "no answer files to score",
    "cli.interrupted": "interrupted",
    "cli.not_written": "interrupted: {path} was not written (any previous version is intact)",
    "cli.stdout": "standard output",
    "cli.portfolio_name": "portfolio.html",
    "cli.more_like_this.one": "{n} more with the same warning: {msg}",
    "cli.more_like_this.many": "{n} more with the same warning: {msg}",
    "cli.report_name": "report",
    # --- help --------------------------------------------------------------------------------------
    "help.app": (
        "Self-assessment of a digital transformation, after Bretesché (2024): four levels of change, the digital "
        "vs socio-professional trajectory, and a printable report.\n\nExample:\n\nassess score examples/ "
        "--by-organisation"
    ),
    "help.app.version": "Print the version and exit.",
    "help.param.help": "Show this message and exit.",
    # typer's own words in the help pages it draws
    "help.words.commands": "Commands",
    "help.words.required": "[required]",
    "help.words.default": "[default: {}]",
    "help.words.envvar": "[env var: {}]",
    "help.words.deprecated": "(deprecated) ",
    "help.words.subcommand": "COMMAND [ARGS]...",
    "help.param.lang": "Language: fr or en (default: $ASSESS_LANG, else your locale: French for fr_*, else English).",
    "help.param.min_group_size": (
        "Protect respondents more than the questionnaire does: the smallest group shown on its own, and below "
        "which no answer-level detail is shown. It can only raise the questionnaire's value."
    ),
    "help.param.questionnaire_id": "Questionnaire id, e.g. housing.",
    "help.param.questionnaires_dir": (
        "A folder of your own questionnaire files (YAML), added to the bundled ones; repeatable. Also read from "
        "$ASSESS_QUESTIONNAIRES_DIR."
    ),
    "help.list": (
        "List the questionnaires found (bundled and your own), every version installed.\n\nExample:\n\n"
        "assess list --json"
    ),
    "help.list.as_json": "Print JSON instead of a table.",
    "help.show": (
        "Show a questionnaire: levels, questions, option ids and values.\n\nExample:\n\nassess show housing --lang en"
    ),
    "help.show.as_json": "Print the whole model as JSON.",
    "help.schema": (
        "Print the JSON Schema of the answers format or of the questionnaire format.\n\nExample:\n\nassess schema "
        "answers > answers.schema.json"
    ),
    "help.schema.kind": "answers or questionnaire",
    "help.validate": (
        "Check questionnaire files and answer files; print every problem with file, line and question.\n\nExit "
        "code 0 when everything is valid, 1 otherwise.\n\nExample:\n\nassess validate examples/"
    ),
    "help.validate.paths": "Questionnaire files (.yaml) or answer files (.json, .jsonl), or folders.",
    "help.score": (
        "Score answer files and print one result per respondent (or per organisation).\n\nInvalid files or lines "
        "are reported on stderr with their path and line, and the batch goes on; the exit code is 1 if anything "
        "was invalid. CSV is UTF-8 with a BOM, ';' between fields.\n\nExample:\n\nassess score examples/ --format "
        "csv -o results.csv"
    ),
    "help.score.paths": "Answer files (.json, .jsonl) or folders (searched recursively).",
    "help.score.fmt": (
        "table (default on a terminal), json, jsonl (default otherwise), csv, xlsx or sqlite (these two with -o; "
        "also from the file name: .xlsx, .sqlite, .db)."
    ),
    "help.score.output": "Write to this file, atomically.",
    "help.score.by_organisation": "One result per organisation: role means, perception gaps, disagreement.",
    "help.score.jobs": "Processes to use (default: what is fastest for the batch).",
    "help.score.csv_decimal": "Decimal mark in CSV: ',' for a French Excel (default) or '.'.",
    "help.template": (
        "Print a blank answers file, a spreadsheet to type answers into, or a paper questionnaire.\n\nThe paper "
        "questionnaire shows each answer's code; the spreadsheet (one column per question, one row per respondent) "
        "takes those codes, and `assess import` reads it back.\n\nExample:\n\nassess template housing --format pdf "
        "-o housing-paper.pdf"
    ),
    "help.template.fmt": (
        "json: a blank answers file; csv or xlsx: a sheet to type paper answers into; html or pdf: the paper "
        "questionnaire to print (default: from the file's extension, else json)."
    ),
    "help.template.output": "Write to this file (atomically).",
    "help.import": (
        "Read response files of LimeSurvey, KoboToolbox, ODK or the spreadsheet template into answers.\n\nHeadings "
        "and cells are recognised in their usual spellings (codes or full answer texts, French or English). "
        "Unfinished LimeSurvey responses are skipped and counted. Every bad row is reported with its file and row, "
        "and the import goes on; the exit code is then 1. A file with a column that no question reads (other than "
        "the tools' own metadata) is not imported, since answers would be lost: the message lists those columns, "
        "and --ignore-column leaves aside those that hold no answer. A respondent's id is made of the file name "
        "and the response's id or row, so importing again gives the same ids.\n\nExample:\n\nassess import "
        "results-survey123456.csv -Q housing \\\n  --organisation-id logemer -o answers.jsonl"
    ),
    "help.import.paths": "Response files: LimeSurvey (.csv, .json), KoboToolbox or ODK (.csv, .xlsx), the template.",
    "help.import.questionnaire": "The questionnaire the answers were collected with.",
    "help.import.organisation_id": "The organisation's id, for the rows without one in an organisation_id column.",
    "help.import.organisation_name": "The organisation's name, for the report.",
    "help.run.round_label": 'The assessment round ("2026", "T1"), kept with the answers.',
    "help.import.round_label": 'The assessment round of these answers ("2026", "T1"): compared, never averaged.',
    "help.import.ignore_columns": (
        "A column that holds no answer (its heading, or its number when it has none), to leave aside: a file with a "
        "column no question reads is not imported otherwise. Once per column, or with * for any run of letters "
        "(extra_*: every unread column whose heading begins so)."
    ),
    "help.import.output": (
        "A .jsonl file (the answers already in it are kept, those read again replaced), or a folder (one "
        ".json per respondent). Default: JSON lines on the output."
    ),
    "help.portfolio": (
        "Make one page across the organisations you follow: a table of every organisation and round, the "
        "trajectory map with each organisation's path, and each level's distribution.\n\nSelf-contained HTML "
        '(no script), printable on A4 landscape. Rounds come from the answers\' "round" field; each round is '
        "scored on its own, never averaged with another.\n\nExample:\n\n"
        "assess portfolio examples/ -o portfolio.html --sort position"
    ),
    "help.portfolio.paths": "Answer files (.json, .jsonl) of many organisations and rounds, or folders.",
    "help.portfolio.output": "HTML file to write (default: portfolio.html).",
    "help.portfolio.pdf": "Also write this PDF (needs WeasyPrint).",
    "help.portfolio.sort": "Order of the organisations: name, position or trajectory.",
    "help.portfolio.no_by_sector": "One table for all the organisations, not one per sector.",
    "help.portfolio.date": "Print this generation date (default: none).",
    "help.portfolio.jobs": "Processes for reading answers.",
    "help.report": (
        "Make the printable report of an organisation: verdict, map, levels, gaps, signals, method.\n\nThe HTML "
        "file is self-contained (inline CSS and SVG, no script, no external request) and prints on A4. Answers of "
        "several organisations need --out-dir.\n\nExample:\n\nassess report examples/housing/ --out-dir reports/ "
        "--lang fr"
    ),
    "help.report.paths": "Answer files (.json, .jsonl) of one organisation, or folders.",
    "help.report.output": "HTML file to write (default: report-<organisation>.html).",
    "help.report.pdf": "Also write this PDF (needs WeasyPrint).",
    "help.report.out_dir": "One report per organisation in this folder, named after organisation ids.",
    "help.report.pdfs": "With --out-dir: also write a PDF beside each report.",
    "help.report.templates_dir": "Your own templates, used before the bundled ones (e.g. _cover.html).",
    "help.report.date": "Print this generation date on the cover (default: none).",
    "help.report.benchmark": (
        "Answers of other organisations (files or folders, a portfolio): the report places the organisation "
        "among its sector's peers, naming none, when there are at least five."
    ),
    "help.report.jobs": "Processes for reading answers.",
    "help.report.round_label": "The report of this round, with the rounds before it beside it (default: the latest).",
    "help.report.appendix": (
        "compact: only the questions with comments or a split between roles (default); full: every question; none: "
        "no appendix."
    ),
    "help.run": (
        "Answer the questionnaire in the terminal, level by level, in French or English.\n\nArrow keys and Enter "
        "choose (number keys too), Space ticks a multiple choice, ← goes back, → keeps an answer and moves on, u "
        "goes to the first unanswered question, ? shows why a question is asked, c adds a comment, s skips, q "
        "saves and quits. Every answer is saved at once to a draft ($ASSESS_DRAFTS_DIR, else "
        "~/.local/state/assess/drafts), locked with a resume code you choose; Ctrl-C (or a kill, or the terminal "
        "closed) saves and tells how to resume. "
        "At the end: a summary, the answers "
        "file for `assess score`, and the command that makes the report.\n\nExample:\n\nassess run housing --lang "
        "fr --role field --org-id logeterre -o reponses.json"
    ),
    "help.run.questionnaire_id": "Questionnaire id (asked if not given).",
    "help.run.role": "Your role: direction, management, field or support (asked if not given).",
    "help.run.org_id": "Organisation id (asked if not given).",
    "help.run.org_name": "Organisation name.",
    "help.run.respondent_id": (
        "Your id or pseudonym: only this id, with your resume code, resumes your draft (default: a new random id, "
        "shown)."
    ),
    "help.run.output": "Answers file to write at the end.",
    "help.run.resume": "Pick up a draft (or an answers file).",
    "help.export": (
        "Write a questionnaire in the format of the tool that collects the answers.\n\nExample:\n\nassess export "
        "limesurvey housing -o housing.txt"
    ),
    "help.export.limesurvey": (
        "Write a LimeSurvey survey structure (tab-separated .txt) to import in LimeSurvey 6.\n\nOne group per "
        "level plus a profile group (the role, coded ROLE, and a hidden QVER carrying the questionnaire's id and "
        'version), both languages, "don\'t know" as an answer (NSP), anonymous collection (no IP, no referrer, no '
        'date stamp). Import it with "Create survey > Import".\n\nExample:\n\nassess export limesurvey housing '
        "-o housing-limesurvey.txt"
    ),
    "help.export.limesurvey.output": "The .txt file to write (default: print).",
    "help.export.limesurvey.langs": "Languages, the base one first, separated by commas.",
    "help.export.limesurvey.codes": "Print the mapping between question ids and LimeSurvey codes (JSON).",
    "help.export.xlsform": (
        "Write an XLSForm (.xlsx) to upload in KoboToolbox or ODK Central.\n\nQuestion and choice names are the "
        "questionnaire's own ids, so submissions come back without a mapping table; both languages; a role "
        "question; the version in a calculate field.\n\nExample:\n\nassess export xlsform housing -o "
        "housing-xlsform.xlsx"
    ),
    "help.export.xlsform.output": "The .xlsx file to write.",
    "help.param.install_completion": "Install completion for the current shell.",
    "help.param.show_completion": ("Show completion for the current shell, to copy it or customise the installation."),
    # --- csv ---------------------------------------------------------------------------------------
    "csv.source": "file",
    "csv.line": "line",
    "csv.organisation_id": "organisation id",
    "csv.organisation_name": "organisation",
    "csv.respondent_id": "respondent id",
    "csv.role": "role",
    "csv.questionnaire_id": "questionnaire",
    "csv.questionnaire_version": "version",
    "csv.date": "date",
    "csv.round": "round",
    "csv.position": "overall position",
    "csv.trajectory": "trajectory",
    "csv.hinge": "capped by the hinge rule",
    "csv.depth_score": "depth",
    "csv.depth_stage": "depth stage",
    "csv.signals": "signals",
    "csv.signal_ids": "signal ids",
    "csv.warnings": "warnings",
    "csv.respondents": "respondents",
    "csv.roles": "roles",
    "csv.role_count": "{role}: {n}",
    "csv.flagged_gaps": "flagged gaps",
    "csv.disagreement": "disagreement",
    "csv.level_position": "{level}: position",
    "csv.level_coverage": "{level}: coverage",
    "csv.level_status": "{level}: answers",
    "csv.level_gap": "{level}: gap between roles",
    "csv.yes": "yes",
    "csv.no": "no",
    "csv.status_ok": "enough",
    "csv.status_insufficient": "not enough",
    "csv.stage_numerisation": "digitisation",
    "csv.stage_digitalisation": "process integration",
    "csv.stage_transformation": "transformation",
    "csv.too_few_respondents": "too few respondents",
    # --- problem: the English is the exact template the code writes; a test checks each is matched ----
    # --- kinds of JSON value, as messages name them ------------------------------------------------
    # --- the JSON parser's own words (orjson), for a malformed answers file ---------------------------
    "json.unexpected_character": "unexpected character",
    "json.invalid_literal": "invalid literal",
    "json.expected": "{head}, expected {what}",
    "json.a_value": "a JSON value",
    "json.a_key": "a string key",
    "json.colon_after_key": "':' after key",
    "json.comma_or_bracket": "',' or ']'",
    "json.comma_or_brace": "',' or '}}'",
    "json.end_of_data": "unexpected end of data",
    "json.after_document": "unexpected content after document",
    "json.control_character": "unexpected control character in string",
    "json.escape": "invalid escaped sequence in string",
    "json.trailing_comma": "trailing comma is not allowed",
    "json.leading_zero": "number with leading zero is not allowed",
    "json.no_digit": "no digit after sign",
    "json.infinity": "number is infinity when parsed as double",
    "json.surrogate": "no low surrogate in string",
    # --- the YAML parser's own words (libyaml), for a malformed questionnaire file ----------------------
    # each names the slip that usually causes it (the raw words: loader._LIBYAML)
    "yaml.mapping_values": "unexpected ':' (an unquoted text that holds ': ', or a line indented too far)",
    "yaml.mapping_values_here": "unexpected ':' (an unquoted text that holds ': ', or a line indented too far)",
    "yaml.dash": "expected '-' (a line of the list badly indented)",
    "yaml.key": "expected a key (a line badly indented, or text after closing quotes)",
    "yaml.comma_or_brace": "expected ',' or '}}' (quotes or a brace left open)",
    "yaml.comma_or_bracket": "expected ',' or ']' (quotes or a bracket left open)",
    "yaml.colon": "expected ':' after a key",
    "yaml.end_of_stream": "unexpected end of the file (quotes left open)",
    "yaml.token": "a character that cannot start a value (@, ` or %: put the text between quotes)",
    "yaml.tab": "found a tab character that violates indentation",
    "yaml.tab_space": "found a tab character where an indentation space is expected",
    "yaml.alias": "an alias (*name) with no anchor (&name) of that name",
    "yaml.escape": "an unknown '\\' sequence between double quotes",
    "yaml.node_content": "expected a value",
    "yaml.another_document": "a second document (---): a file holds one questionnaire",
    "kind.object": "an object",
    "kind.list": "a list",
    "kind.text": "text",
    "kind.bool": "true/false",
    "kind.whole": "a whole number",
    "kind.sqlite": "a SQLite database (such as the results of assess score -o results.sqlite)",
    "kind.pdf": "a PDF document",
    "kind.zip": "a workbook or a zip archive",
    "kind.number": "a number",
    "problem.001": "expected a JSON object, got {kind}",
    "problem.002": 'not an answers file: no "format": "{fmt}"',
    "problem.003": "unsupported format {fmt} (expected {expected})",
    "problem.004": 'missing "questionnaire": {{"id": ..., "version": ...}}',
    "problem.005": "version {version} is not like 1.0.0",
    "problem.006": "expected one option id (text), got {kind}",
    "problem.007": "unknown option {option} (expected one of: {ids})",
    "problem.008": "expected a list of option ids (text), got {kind}",
    "problem.009": "unknown options {options} (expected: {ids})",
    "problem.010": "option {option} excludes the others",
    "problem.011": "expected a whole number from {lo} to {hi}, got {kind}",
    "problem.012": "{value} is outside the scale {lo}..{hi}",
    "problem.013": "expected text, got {kind}",
    "problem.014": "text longer than {n} characters",
    "problem.015": "{field} must be text of at most {n} characters, got {kind}",
    "problem.016": "answers are for {have}, not {want}",
    "problem.017": (
        "answers are for {have}, scored with {version} (same major version, questions may have been added or re-worded)"
    ),
    "problem.018": "unknown key: {keys}",
    "problem.018_many": "unknown keys: {keys}",
    "problem.019": "unknown key in {inside}: {keys}",
    "problem.019_many": "unknown keys in {inside}: {keys}",
    "problem.020": 'missing "organisation": {{"id": ...}}',
    "problem.022": 'missing "organisation": {{"id": ...}}: the id is text, not blank',
    "problem.023": "id is longer than {n} characters",
    "problem.340": (
        "holds a character that cannot be seen (U+{code}, character {at} of {n}): delete it, or type the text again "
        "rather than paste it"
    ),
    "problem.024": "must be an object with id and role, got {kind}",
    "problem.026": "unknown role {role} (expected one of: {roles})",
    "problem.027": "date must be a day of the calendar, YYYY-MM-DD, got {date}",
    "problem.028": "lang must be fr or en, got {lang}",
    "problem.029": 'missing "answers": {{question id: answer}}',
    "problem.030": "unknown question (not in {label}); did you mean {close}?",
    "problem.031": "unknown question (not in {label})",
    "problem.032": "comments must be an object {{question id: text}}, got {kind}",
    "problem.033": "comment on an unknown question",
    "problem.034": "a comment is text of at most {n} characters",
    "problem.035": "key given twice in one object (which one counts would be a guess)",
    "problem.036": "empty",
    "problem.037": "malformed JSON at column {col}: {msg}",
    "problem.038": "malformed JSON: {msg}",
    "problem.039": "file is empty",
    "problem.040": "the file is {encoding} text: save it as UTF-8",
    "problem.271": "holds only NUL bytes (a damaged file): no answers to read",
    "problem.041": "not UTF-8 text (byte {n}): save the file as UTF-8",
    "problem.042": "cannot read the folder: {error}",
    "problem.043": "broken symbolic link",
    "problem.044": "symbolic link loop",
    "problem.045": "cannot read: {error}",
    "problem.046": "symbolic link to a folder already read: skipped",
    "problem.047": "not a regular file ({kind}): skipped",
    "problem.048": "no such file or folder",
    "problem.049": "folder holds no answer files (*.json, *.jsonl)",
    "problem.050": "is a folder",
    "problem.051": "not a regular file ({kind})",
    "problem.052": (
        "file is larger than {n} MB: one respondent's answers are a few kB; for many respondents use JSONL (one "
        "object a line)"
    ),
    "problem.053": "line longer than {n} MB",
    "problem.054": "empty file: no JSON line",
    "problem.055": "is not a folder of questionnaires",
    "problem.056": "questionnaires folder not found",
    "problem.057": "unknown questionnaire {qid} (installed: {known}); did you mean {close}?",
    "problem.058": "unknown questionnaire {qid} (installed: {known})",
    "problem.q_broken_defines": (
        "unknown questionnaire {qid}: the file {path} that defines it has errors; `assess validate {path2}` lists them"
    ),
    "problem.059": (
        "answers are for {qid} version {version}, which is not installed (installed: {have}): a different major "
        "version may ask different questions, so they are not scored. Add the matching questionnaire with "
        "--questionnaires-dir."
    ),
    "problem.060": "questionnaire version {version} is not like 1.0.0",
    "problem.061": (
        "questionnaire {qid} is already defined in {path}: this file is ignored; change its id or its version"
    ),
    "problem.062": "unknown answer {answer} (expected an answer code: {codes})",
    "problem.063": "unknown answer {answer} (expected one of: {ids})",
    "problem.064": "column {col}: not a ticked box: {value} (expected Y or empty)",
    "problem.065": "column {col}: not a ticked box: {value} (expected 1 or 0)",
    "problem.066": (
        "no column matches a question of {label} (headings: {shown}). Is it the right questionnaire, and a "
        "response export (not a survey structure) headed by question codes (LimeSurvey) or XML names (KoboToolbox)?"
    ),
    "problem.label_heading_twice": (
        "heading {heading} names several columns of the form ({names}): which one it holds cannot be told. Export "
        'the data again with KoboToolbox\'s "XML values and headers" and import that file'
    ),
    "problem.labels_read_two_ways": (
        "{value} reads as {one} or as {other}: answer texts joined by spaces can be read both ways. Export the data "
        'with KoboToolbox\'s "XML values and headers"'
    ),
    "problem.no_answer_row": "no answer to any question: the row is not read",
    "problem.a_form_not_answers": (
        "this is a form (an XLSForm, its survey sheet), not the answers collected with it: download the answers "
        "(KoboToolbox: Data, Downloads, XML values and headers) and import that file"
    ),
    "problem.better_match": (
        "the columns are those of questionnaire {qid} ({other} answer columns recognised) more than of {own} "
        "({mine}): give -Q {qid}"
    ),
    "problem.import_twice": "respondent {id} was already read at {first}: kept once, as read there",
    "problem.xls": "an Excel 97-2003 workbook (.xls): save it as XLSX or CSV (UTF-8) and import that file",
    "problem.352": "a workbook protected by a password: open it in Excel, remove the password, save it, and import it",
    "problem.ods": "an OpenDocument spreadsheet (.ods): save it as XLSX or CSV (UTF-8) and import that file",
    "problem.068": "no organisation id: give --organisation-id (and --organisation-name)",
    "problem.069": "collected with {tag}, not questionnaire {qid}",
    "problem.070": "{n} rows carry no questionnaire version: read as {label}",
    "problem.070_one": "1 row carries no questionnaire version: read as {label}",
    "problem.341": (
        "{n} rows in another round than --round {given}, as the round column says ({values}), read in that round: "
        "{lines}"
    ),
    "problem.341_one": (
        "1 row in another round than --round {given}, as the round column says ({values}), read in that round: {lines}"
    ),
    "problem.219": "{n} rows with a language that is neither fr nor en ({values}), read without one: {lines}",
    "problem.219_one": "1 row with a language that is neither fr nor en ({values}), read without one: {lines}",
    "problem.071": "not a readable CSV file: {error}",
    "problem.072": "empty file: no heading line",
    "problem.073": "unreadable CSV record: {error}",
    "problem.074": "not a readable XLSX workbook: {error}",
    "problem.075": "the first sheet is empty: no heading row",
    "problem.076": "not valid JSON: {error}",
    "problem.077": 'not a LimeSurvey response export: no "responses" list',
    "problem.078": "not a response object",
    "problem.079": "file too large ({n} MB): split the export",
    "problem.080": "no such file",
    "problem.081": "is a folder: give the response files",
    "problem.082": 'round must be a label of at most {n} characters (like "2026" or "T1"), got {round}',
    "problem.083": (
        "no benchmark: it needs at least {min} other organisations, each of at least {group} respondents, that "
        "answered the questionnaire \u201c{title}\u201d (version {major}), found {n}"
    ),
    "problem.084": "answers of several rounds: {rounds} (give one round)",
    "problem.085": "the answers given are not the timeline's latest round",
    "problem.086": "a newer version of {qid} is installed ({newer}); these answers are scored with {version}",
    "problem.087": "a quoted cell is never closed (it ran to line {end}): the lines after it are read again",
    "problem.nul": "holds NUL bytes (a damaged file, or not a CSV export) in its heading line",
    "problem.nul_row": "holds NUL bytes (a damaged file, or not a CSV export): the row is not read",
    "problem.088": "columns {first} and {second} ({a} and {b}) hold the same answer: keep one of them",
    "problem.089": "respondent {rid} is also in {where}: counted once",
    "problem.090": "the sheet holds more than {n} MB of text",
    "problem.092": "unknown answer {answer} (expected a whole number from {min} to {max})",
    "problem.093": "round {label} of {name}: answers dated from {first} to {last}",
    "problem.094": "rounds of {name} in the order of their dates: {labels}",
    "problem.353": (
        "organisation {org} is named {names} in its rounds (oldest first): the portfolio and the report of its latest "
        "round name it {name}"
    ),
    "problem.344": (
        "answers of {name} without a round, beside its rounds {labels}: a round of their own (give them theirs:"
        ' "round" in the file, --round of import or run)'
    ),
    "problem.095": "{n} rows with fewer cells than headings, the missing ones read as empty: {lines}",
    "problem.095_one": "1 row with fewer cells than headings, the missing ones read as empty: {lines}",
    "problem.096": "{n} rows with more cells than headings, the extra ones not read: {lines}",
    "problem.096_one": "1 row with more cells than headings, the extra ones not read: {lines}",
    "problem.097": "a part of the workbook is larger than {n} MB unpacked",
    "problem.099": "date {date} is not a day of the calendar: write YYYY-MM-DD or DD/MM/YYYY",
    "problem.100": "column {col} gives {given} but its boxes {ticked}",
    "problem.101": "column {col} holds a formula whose value is not saved: open and save the workbook first",
    "problem.102": '"don\'t know" ticked with other answers: keep one or the other',
    "problem.103": "the same scores as {where} on every level, and no respondent id: a copy counts twice",
    "problem.347": "{n} rows with a submission date that is no day ({values}), read without one: {lines}",
    "problem.347_one": "1 row with a submission date that is no day ({values}), read without one: {lines}",
    "problem.346": "organisations {first} and {second} differ only in capitals: two organisations, not one",
    "problem.345": (
        "the same scores, role and date as respondent {id} at {where}: a copy under another id, counted once"
    ),
    "problem.350": "the same scores and comments as respondent {id} at {where}: a copy under another id, counted once",
    "problem.351": "respondent {rid} is also in {where} (written {other}): counted once",
    "problem.utf16": "not readable as UTF-16 text (byte {n}): save it as UTF-8",
    "problem.098": "a part of the workbook is packed more than {n} times: not a response export",
    "problem.104": (
        "no version {major}.x of {qid} is installed (installed: {have}): a version asks for the newest installed of "
        "the same major version"
    ),
    "problem.105": "a questionnaire id is text (like 'housing'), got {kind}",
    "problem.106": "a questionnaire version is text (like '1.0.0'), got {kind}",
    "problem.107": "expected a questionnaire (a Questionnaire, a Plan or an installed questionnaire's id), got {kind}",
    "problem.108": "aggregate takes a list of respondents' answers, got {kind}",
    "problem.109": "read_answers takes the path of an answers file, got {kind}",
    "problem.110": "{what} takes a Catalog (from load_catalog) or None, got {kind}",
    "problem.111": "aggregate needs the answers of at least one respondent",
    "problem.112": "expected a list of option ids (text), got a list holding {kind}",
    "problem.113": "{field} must be text of at most {n} characters, got text of {length} characters",
    "problem.114": "is a folder: refusing to replace it",
    "problem.115": "is not a regular file: refusing to replace it",
    "problem.116": "a response export, not an answers file: convert it first with assess import",
    # the results database (interop/results_sqlite.py), and SQLite's own words for a file it cannot use
    "problem.117": "{name} is a SQLite database that assess did not write; choose another file",
    "problem.118": (
        "{name} has the results schema version {found}, this assess writes version {version} (docs/database.md);"
        " write to a new file and score the answers into it again"
    ),
    "problem.119": (
        "the SQLite of this Python ({version}) has no JSON functions, which the database's views need (built into"
        " SQLite 3.38 and later)"
    ),
    "problem.120": "the file is damaged: not a database this tool can read",
    "problem.121": "file is not a database",
    "problem.122": "database is locked",
    "problem.123": "database disk image is malformed",
    "problem.124": "answers to questions not asked of the role {role}, so not scored: {questions}",
    "problem.125": "must be an object with id and version, got {kind}",
    "problem.126": "the questionnaire's id is text, got {kind}",
    "problem.127": "must be an object with id and name, got {kind}",
    "problem.128": "the organisation's id is text, got {kind}",
    "problem.129": "a limit is a whole number of points (the outputs print whole points)",
    "problem.130": "a coverage is a whole percentage, such as 0.55 (the outputs print whole percents)",
    "problem.159": "the answers given are not the timeline's latest round (all its respondents, no other)",
    "problem.154": "the headings are on this row: what is above them (a title) is not read",
    "problem.155": "the same answers as at {where}: one questionnaire typed or sent twice? Both are read",
    "problem.156": "unknown answer {answer} (expected one of: {ids}); did you mean {guess}?",
    "problem.157": "respondent {id} is in the file in round {rounds}: give --round to import it again",
    "problem.216": "respondent {id} is in this folder in round {rounds}: give --round to import it again",
    "problem.342": "respondent {id} is in the file in rounds {rounds}: give --round to import it again",
    "problem.343": "respondent {id} is in this folder in rounds {rounds}: give --round to import it again",
    "problem.217": (
        "{n} of the respondents read are also held with no round, as {first}: if that is this export imported"
        " before without --round, remove them, or they count as a round of their own"
    ),
    "problem.218": (
        "the same answers as {where}, imported before: the same export downloaded again under another name?"
        " Both are kept"
    ),
    "problem.158": "{kind}, not an answers file (JSON)",
    "problem.170": (
        "columns not read: {shown}: the file's answers are not imported, answers in those columns would be "
        "lost. Check -Q and the export; if they hold no answers, give {option}"
    ),
    "problem.171": (
        "columns without a heading hold cells, not read: {shown}: the file's answers are not imported. Give "
        "each its question's heading; if they hold no answers, give {option}"
    ),
    "problem.172": "columns left aside (--ignore-column): {shown}",
    "problem.348": "column {heading} left aside holds cells, not imported: rows {lines}",
    "problem.349": "begins or ends with a space, {given}: remove it ({given} and {trimmed} would be read as two)",
    "problem.173": "no file has an unread column {name}",
    "problem.174": "respondent {rid} was in the database with other answers: replaced ({what})",
    "problem.174_more": "respondent {rid} was in the database with other answers: replaced ({what} and {n} more)",
    "problem.174_one_more": "respondent {rid} was in the database with other answers: replaced ({what} and 1 more)",
    "problem.175": "respondent {rid} is twice in the batch with other answers: the first one kept",
    "problem.176": (
        "must be at least {floor}, got {size}: a group of one or two people shown on its own lets them be recognised"
    ),
    # --- questionnaire files (loader.py, model.py, catalog.py) ---------------------------------
    "problem.131": "templates folder not found",
    "problem.132": "template error: {msg}",
    "problem.133": "lang is one of {langs}, not {value}",
    "problem.134": "generated_on must be a day of the calendar, YYYY-MM-DD, got {value}",
    "problem.135": "history is a Timeline (rounds.timelines) or None, got {kind}",
    "problem.177": "other_versions is a list of Timeline (rounds.timelines)",
    "problem.200": "its lines end with a lone CR (an old Mac line end): save the file with LF or CRLF line ends",
    "problem.201": "not an answers object: kept as it was",
    "problem.202": "{kind}, not a response export: import the CSV, XLSX or JSON file of the survey",
    "problem.205": 'the "responses" list is empty: no response to import',
    "problem.204": (
        "cells past the last heading hold {held}: a separator typed in a cell, or a column without a heading? The row "
        "is not read"
    ),
    "problem.203": "an answers file ({fmt}), not a response export: give it to assess score or assess report as it is",
    "problem.136": "peers is a list of OrganisationResult (from aggregate) or None",
    "problem.137": "folders are a path or a list of paths, got {kind}",
    "problem.138": "folders are a path or a list of paths (as text or Path)",
    "problem.139": "a questionnaire is YAML text, got {kind}",
    "problem.140": "answers of several organisations: {orgs}",
    "problem.141": "respondents given twice (each counts once): {ids}",
    "problem.142": "appendix must be one of {modes}, not {value}",
    "problem.143": "no answers to report on",
    "problem.144": "template is a template's file name (like 'report.html'), got {kind}",
    "problem.145": "templates_dir is a folder or None, got {kind}",
    "problem.146": "check_answers takes a Plan (from compile_plan), got {kind}",
    "problem.147": "{what} needs the answers of at least one respondent",
    "problem.148": "{what} takes a list of respondents' answers, got {kind}",
    "problem.149": "load_questionnaire takes the path of a questionnaire file, got {kind}",
    "problem.150": "refusing to write outside {folder}: {name}",
    "problem.151": "compile_plan takes a Questionnaire (from load_questionnaire), got {kind}",
    "problem.272": "source is the name of a file (text or a path), got {kind}",
    "problem.273": "a questionnaire is YAML text, got {kind} (load_questionnaire reads a file)",
    "problem.275": "respondent_record takes a respondent of read_answers (a Scored), got {kind}",
    "problem.276": "organisation_record takes an OrganisationResult (from aggregate or organisations), got {kind}",
    "problem.274": "render_report takes a ReportContext (from build_report_context) or a PortfolioContext, got {kind}",
    "problem.152": (
        "cannot make a PDF: WeasyPrint or its system libraries are missing ({detail}). Install them with 'pip "
        "install weasyprint' and, on Debian or Ubuntu, 'apt-get install libpango-1.0-0 libpangoft2-1.0-0'; or "
        "open the HTML report in a browser and print it to PDF."
    ),
    "problem.q_control": "holds a control character (a tab is written as spaces): remove it",
    "problem.q_key": "a key must be a plain word, not a list or a mapping",
    "problem.q_scale_points": "a scale has at most {n} points above its min",
    "problem.q_required": "this field is required",
    "problem.q_unknown_field": "unknown field (a typo, or a field of another place?)",
    "problem.q_one_of": "must be one of: {expected}",
    "problem.q_kind": "expected {kind}, got {got}",
    "problem.q_version_number": (
        "YAML reads {value} as a number: write the version as three numbers between quotes, for example version: "
        '"{suggest}"'
    ),
    "problem.q_kind_bool": (
        "expected {kind}, got true/false (YAML reads unquoted yes, no, on, off, true and false as true/false:"
        " quote the value)"
    ),
    "problem.q_kind_empty": (
        "expected {kind}, but the value is empty (in YAML a '#' starts a comment: quote a value that holds one)"
    ),
    "problem.q_gt": "must be greater than {n}",
    "problem.q_ge": "must be at least {n}",
    "problem.q_lt": "must be less than {n}",
    "problem.q_le": "must be at most {n}",
    "problem.q_finite": "must be a finite number",
    "problem.q_nan": "must be a number (not NaN)",
    "problem.q_not_empty": "must not be empty",
    "problem.q_too_long": "must have at most {n} characters",
    "problem.q_pattern_underscore": "must be lower-case letters, digits and _, starting with a letter (like str_goal)",
    "problem.q_pattern_both": "must be lower-case letters, digits, _ and -, starting with a letter (like my-housing)",
    "problem.q_pattern_dash": "must be lower-case letters, digits and -, starting with a letter (like social-economy)",
    "problem.q_condition": "a condition needs one of the keys: answer, level, consistency, all, any, not",
    "problem.q_scale_order": "scale max ({max}) must be greater than min ({min})",
    "problem.q_scale_label": "scale label {k} is outside {lo}..{hi}",
    "problem.q_two_options": "a choice question needs at least two options",
    "problem.q_dup_options": "duplicate option ids: {ids}",
    "problem.q_reserved": "'dont_know' is reserved: set dont_know: true instead",
    "problem.q_no_value": "scored question: options without a value: {ids}",
    "problem.q_scale_only": "'scale' is only for scale questions",
    "problem.q_combine_only": "'combine' is only for multiple-choice questions (type: multi)",
    "problem.q_scale_needed": "a scale question needs 'scale: {{min, max}}'",
    "problem.q_scale_no_options": "a scale question has no options",
    "problem.q_text_scored": "free-text questions are never scored: remove 'level'",
    "problem.q_text_options": "a free-text question has no options or scale",
    "problem.q_roles_empty": "roles must not be empty",
    "problem.q_bands": "bands: digital_below must not exceed socio_professional_from",
    "problem.q_stages": "depth_stages: 'from' must start at 0 and strictly increase",
    "problem.q_answer_cond": "an answer condition takes exactly one of: in, all_of, none_of, at_most, at_least",
    "problem.q_level_cond": "a level condition takes exactly one of: below, at_least",
    "problem.q_semver": "version: '{v}' is not a version number: write three whole numbers with dots, like 1.0.0",
    "problem.q_french": "languages: French (fr) is the reference language and must be declared",
    "problem.q_levels": "levels: expected exactly {ids} (got {got})",
    "problem.q_dup_question": "questions: duplicate question id '{id}'",
    "problem.q_dup_signal": "signals: duplicate signal id '{id}'",
    "problem.q_level_empty": "levels: level '{id}' has no scored question",
    "problem.q_hinge_answers": "scoring.hinge.requires: only conditions on answers (answer, all, any, not)",
    "problem.q_fact_scored": "question {id}: nature 'fact' is for scored questions (give it a level)",
    "problem.q_translation": (
        "{where}: missing translation for {langs}: write it (a file offered in French alone lists only fr in "
        "`languages`)"
    ),
    "problem.q_consistency": "{where}: consistency on '{level}' needs both fact and opinion questions on that level",
    "problem.q_unknown_question": "{where}: condition on unknown question '{id}'",
    "problem.296": "{where}: condition on unknown question '{id}' (did you mean '{near}'?)",
    "problem.297": (
        "must be greater than 0: to keep a question out of the scores, remove its level (it becomes a context "
        "question); to make it count less, give it a weight below 1, such as 0.5"
    ),
    "problem.298": (
        "must be greater than 0: every level counts; to make one count less, give it a weight below 1, such as 0.5"
    ),
    "problem.q_use_bounds": "{where}: question '{id}' is a {type} question: use at_most/at_least",
    "problem.q_no_option": "{where}: question '{id}' has no option '{option}'",
    "problem.q_not_scored": "{where}: question '{id}' is not scored: at_most/at_least need a value",
    "problem.q_tag": "tag '{tag}' is not allowed (only plain YAML data)",
    "problem.q_dup_key": "duplicate key '{key}' (first at line {n})",
    "problem.q_too_large": "file is too large ({n} bytes) for a questionnaire",
    "problem.q_folder": "is a folder, not a file",
    "problem.q_deep": "nested more than {n} levels deep (or {n} brackets left open): not a questionnaire",
    "problem.q_collections": "more than {n} YAML collections: not a questionnaire",
    "problem.q_self_alias": "the alias *{a} refers to itself",
    "problem.q_alias_nodes": "more than {n} YAML nodes once aliases are expanded: not a questionnaire",
    "problem.q_yaml_tab": "invalid YAML: {detail} (tabs are not allowed for indentation in YAML: use spaces)",
    "problem.q_yaml": "invalid YAML: {detail}",
    "problem.q_big_number": "a number is too large (thousands of digits)",
    "problem.q_mapping": "a questionnaire is a mapping of keys (id, version, ...)",
    "problem.q_defined": (
        "questionnaire {id} {version} is already defined in {path}: this file is ignored; change its id or its version"
    ),
    "problem.q_not_folder": "is not a folder of questionnaires",
    "problem.q_no_folder": "questionnaires folder not found",
    "problem.q_read_folder": "cannot read the folder: {error}",
    "problem.draft_not_assess": "not a draft or answers file of assess",
    "problem.draft_no_answers": "draft without answers",
    "problem.draft_not_object": "not a draft file",
    "problem.answers_folder": "the answers file cannot be written in the folder {folder}: give another path with -o",
    # --- xlsx --------------------------------------------------------------------------------------
    "xlsx.respondents": "respondents",
    "xlsx.organisations": "organisations",
    "xlsx.gaps": "gaps and disagreement",
    "xlsx.signals": "signals",
    "xlsx.organisation": "organisation",
    "xlsx.level": "level",
    "xlsx.gap": "gap between roles",
    "xlsx.high": "sees it higher",
    "xlsx.low": "sees it lower",
    "xlsx.flagged": "flagged gap",
    "xlsx.disagreement": "disagreement among respondents",
    "xlsx.not_measured": "not measured",
    "xlsx.yes": "yes",
    "xlsx.no": "no",
    "xlsx.signal": "signal",
    "xlsx.signal_title": "title",
    "xlsx.severity": "severity",
    "xlsx.raised_by": "raised by",
    "xlsx.working": "not for staff",
    "xlsx.working_note": (
        "A working file for the consultant: it holds each respondent's scores and signals, and counts even "
        "for groups smaller than the minimum group size. Do not pass it to the organisations' staff; give them "
        "the report (assess report), which shows only what respondents cannot recognise one another by."
    ),
}
