"""Fixed texts of the report, French (reference) and English. Written for a management team that
never saw the questionnaire; drawn from Bretesché (2024, 2025)."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "fr": {
        "report_title": "Transformation numérique : où en est {org} ?",
        "cover_sub": "Auto-diagnostic de trajectoire, d'après l'étude de S. Bretesché (2024)",
        "sector": "Secteur",
        "questionnaire": "Questionnaire",
        "dates": "Dates des réponses",
        "date": "Date des réponses",
        "version": "version",
        "gap_sentence": "{high} le voit plus haut que {low}, de {gap} points",
        "other_signals": "Autres signaux",
        "actions": "Trois premières actions",
        "action_n": "Action {n}",
        "see_action": "voir l'action {n} du résumé, page 2",
        "read_this": "Pour lire cette page",
        "g_position": "Position",
        "g_position_text": "de 0 (pôle numérique : les outils servent à optimiser et à contrôler) à 100 (pôle "
        "socio-professionnel : ils servent le travail et la relation avec le public).",
        "g_trajectory": "Trajectoire",
        "g_trajectory_text": "numérique sous {lo}, hybride de {lo} à {hi}, socio-professionnelle à partir de {hi} : "
        "le chemin que prend la transformation, pas une note.",
        "g_hinge": "Moment charnière",
        "g_hinge_text": "l'étude montre que tout se joue sur « {name} » : sous {below}, l'organisation ne peut pas "
        "être classée socio-professionnelle.",
        "g_depth": "Profondeur d'intégration",
        "g_depth_text": "jusqu'où vont les outils : numérisation (documents), digitalisation (processus), "
        "transformation (services repensés). Un second axe, indépendant de la trajectoire.",
        "levels_bars": "Les quatre niveaux",
        "verdict": "Verdict",
        "hinge_short_ok": "moment charnière franchi",
        "hinge_short_low": "moment charnière non franchi",
        "hinge_short_unknown": "moment charnière indéterminé",
        "appendix_compact_title": "Annexe : les questions à discuter",
        "appendix_compact_note": "Seules figurent les questions qui ont reçu des commentaires ou des réponses libres, "
        "et les six (au plus) sur lesquelles les groupes de rôles divergent le plus, d'au moins {threshold} points. "
        "L'annexe complète s'obtient avec --appendix full.",
        "appendix_none": "Pas de question à discuter : aucune n'a reçu de commentaire, et les groupes de rôles ne "
        "divergent sur aucune.",
        "by_group": "Position par groupe",
        "respondents": "Répondants",
        "generated_on": "Rapport produit le",
        "no_date": "non précisée",
        "summary": "En bref",
        "trajectory": "Trajectoire",
        "position": "Position globale",
        "depth": "Profondeur d'intégration",
        "depth_title": "Profondeur d'intégration",
        "findings": "Les trois constats qui comptent",
        "first_step": "Par quoi commencer",
        "map_title": "Carte de la trajectoire",
        "map_x": "Du pôle numérique (0) au pôle socio-professionnel (100)",
        "map_y": "Profondeur d'intégration",
        "map_point": "{label} : position {pos}, profondeur {depth}",
        "map_unavailable": "La carte ne peut pas être tracée : la position ou la profondeur est indéterminée.",
        "map_note": "Chaque point place l'organisation (gros point) et, quand plusieurs rôles ont répondu, "
        "chaque groupe de rôles. La profondeur n'est pas une note : une transformation profonde peut suivre "
        "l'une ou l'autre trajectoire.",
        "levels_title": "Les quatre niveaux de changement",
        "levels_note": "Chaque niveau va d'un pôle numérique (0) à un pôle socio-professionnel (100), comme dans "
        "le tableau 1 de l'étude. La couverture indique la part des questions du niveau qui ont reçu une réponse.",
        "coverage": "couverture",
        "insufficient": "Réponses insuffisantes : pas de position",
        "digital_pole": "Pôle numérique",
        "socio_pole": "Pôle socio-professionnel",
        "gaps_title": "Écarts de perception entre rôles",
        "gaps_note": "Moyennes par groupe de rôles. Un groupe de moins de {min} personnes n'est jamais montré "
        "seul : il est regroupé avec d'autres. Un écart de {threshold} points ou plus est signalé.",
        "gaps_none": "Aucune comparaison entre rôles n'est possible : il faudrait au moins deux groupes de "
        "{min} personnes ou plus. Cela ne veut pas dire que tout le monde voit les choses de la même façon.",
        "disagree_title": "Désaccord entre répondants",
        "finding_disagree_title": "Des avis partagés",
        "finding_disagree": "Sur {names}, les répondants sont loin les uns des autres, quel que soit leur rôle : "
        "la moyenne ne dit pas ce que vit chacun. C'est une question à mettre sur la table.",
        "disagree_some": "Les répondants ne voient pas de la même façon : {names}. Sur ce niveau, ceux qui le "
        "placent le plus haut et ceux qui le placent le plus bas sont séparés d'au moins le seuil d'écart, quel que "
        "soit leur rôle. La moyenne y cache des réalités différentes : à discuter ensemble.",
        "disagree_none": "Aucun niveau ne sépare nettement les répondants : leurs réponses vont dans le même sens.",
        "disagree_unknown": "Le désaccord entre répondants n'est pas mesuré : {n} personnes ont répondu, et il en "
        "faut au moins {min} pour le montrer sans que l'une puisse reconnaître les réponses des autres. Les "
        "positions ci-dessus peuvent donc cacher des avis opposés.",
        "disagree_unknown_levels": "Le désaccord n'est mesuré sur aucun niveau : aucun n'a au moins {min} "
        "répondants avec une position.",
        "private_note": "Avec {n} répondants (moins de {min}), ce rapport ne montre ni les réponses question par "
        "question, ni les commentaires, ni ce qui tire chaque niveau : chacun pourrait y reconnaître les réponses "
        "d'un collègue. Les positions et les signaux restent calculés sur toutes les réponses ; quelqu'un qui "
        "connaît les siennes peut en déduire une partie de celles des autres, ce qu'il faut dire aux répondants.",
        "hidden_question": "Question posée à moins de {min} personnes : ses réponses ne sont pas montrées.",
        "group": "Groupe",
        "overall": "Global",
        "gap": "Écart",
        "flagged": "écart marqué",
        "signals_title": "Signaux de risque",
        "signals_none": "Aucun signal de risque n'est ressorti des réponses.",
        "severity": "Gravité",
        "raised_by": "Relevé par",
        "why": "Pourquoi c'est un risque",
        "what_to_do": "Que faire",
        "source": "Source",
        "drivers_title": "Ce qui tire chaque niveau vers le haut ou vers le bas",
        "drivers_note": "Pour chaque niveau, les réponses qui éloignent le plus la position de sa moyenne, en points.",
        "pull_up": "Tire vers le pôle socio-professionnel",
        "pull_down": "Tire vers le pôle numérique",
        "most_common": "réponse la plus fréquente",
        "answer": "réponse",
        "method_title": "Méthode",
        "appendix_title": "Annexe : toutes les questions et les réponses",
        "context": "Contexte (non noté)",
        "skipped": "Sans réponse",
        "comments": "Commentaires",
        "free_answers": "Réponses libres",
        "count": "Nombre",
        "hinge_unknown": "Le niveau « {name} » n'a pas assez de réponses : on ne peut pas dire "
        "si le moment charnière a eu lieu.",
        "hinge_capped": "Règle charnière appliquée : les autres niveaux placeraient l'organisation sur la trajectoire "
        "socio-professionnelle, mais le niveau « {name} » est à {pos} (seuil {below}). Sans ce préalable, "
        "l'étude montre que les outils s'empilent : l'organisation est classée « hybride ».",
        "hinge_low": "Le niveau « {name} » est faible ({pos}, seuil {below}) : le moment charnière qui permet "
        "une trajectoire socio-professionnelle n'a pas eu lieu.",
        "hinge_ok": "Le niveau « {name} » atteint {pos} : le moment charnière a eu lieu, au moins en partie.",
        "finding_hinge_title": "Le moment charnière n'a pas eu lieu : {name}",
        "finding_hinge": "Le niveau « {name} » n'est qu'à {pos}. C'est le point décisif de l'étude : sans "
        "elle, le numérique renforce le contrôle et la division du travail au lieu de les alléger.",
        "finding_low_title": "Point le plus faible : {name}",
        "finding_low": "{name} est à {pos}, du côté du pôle numérique : {pole}.",
        "finding_high_title": "Point d'appui : {name}",
        "finding_high": "{name} est à {pos}, du côté socio-professionnel : {pole}.",
        "finding_gap_title": "Direction et terrain ne voient pas la même chose : {name}",
        "finding_gap": "Sur « {name} », {high} et {low} sont à {gap} points d'écart. Cet écart est en soi un "
        "constat : il faut le discuter avant de décider.",
        "finding_missing_title": "Des niveaux sans réponses suffisantes",
        "finding_missing": "Trop peu de réponses pour situer : {names}. Faites compléter le questionnaire.",
        "first_missing": "Faire compléter le questionnaire par davantage de personnes, en particulier sur les niveaux "
        "sans réponses suffisantes, avant de tirer des conclusions.",
        "first_default": "Présenter ce rapport aux équipes et vérifier avec elles que ces constats sont justes.",
        "warnings": "Avertissements",
        "page": "page",
        "single_note": "Un seul répondant : ce rapport montre ses réponses ; il décrit un point de vue, pas "
        "l'organisation entière.",
        "toc": "Sommaire",
        "colon": " : ",
    },
    "en": {
        "report_title": "Digital transformation: where does {org} stand?",
        "cover_sub": "Trajectory self-assessment, after S. Bretesché's study (2024)",
        "sector": "Sector",
        "questionnaire": "Questionnaire",
        "dates": "Answer dates",
        "respondents": "Respondents",
        "generated_on": "Report produced on",
        "no_date": "not given",
        "summary": "In short",
        "trajectory": "Trajectory",
        "position": "Overall position",
        "depth": "Integration depth",
        "depth_title": "Integration depth",
        "findings": "The three findings that matter",
        "first_step": "Where to start",
        "map_title": "Trajectory map",
        "map_x": "From the digital pole (0) to the socio-professional pole (100)",
        "map_y": "Integration depth",
        "map_point": "{label}: position {pos}, depth {depth}",
        "map_unavailable": "The map cannot be drawn: position or depth is undetermined.",
        "map_note": "Each point places the organisation (large dot) and, when several roles answered, each role "
        "group. Depth is not a grade: a deep transformation can follow either trajectory.",
        "levels_title": "The four levels of change",
        "levels_note": "Each level runs from a digital pole (0) to a socio-professional pole (100), as in the "
        "study's Table 1. Coverage is the share of the level's questions that were answered.",
        "coverage": "coverage",
        "insufficient": "Not enough answers: no position",
        "digital_pole": "Digital pole",
        "socio_pole": "Socio-professional pole",
        "gaps_title": "Perception gaps between roles",
        "gaps_note": "Means by role group. A group of fewer than {min} people is never shown on its own: it is "
        "merged with others. A gap of {threshold} points or more is flagged.",
        "gaps_none": "No comparison between roles is possible: it would take at least two groups of {min} people "
        "or more. This does not mean that everyone sees things the same way.",
        "disagree_title": "Disagreement among respondents",
        "finding_disagree_title": "Divided views",
        "finding_disagree": "On {names}, respondents stand far apart, whatever their role: the mean does not say what "
        "each of them experiences. It is a question to put on the table.",
        "disagree_some": "Respondents do not see it the same way: {names}. On this level, those who place it highest "
        "and those who place it lowest are at least the gap threshold apart, whatever their role. The mean hides "
        "different realities there: to be discussed together.",
        "disagree_none": "No level clearly divides the respondents: their answers point the same way.",
        "disagree_unknown": "Disagreement among respondents is not measured: {n} people answered, and it takes at "
        "least {min} to show it without one of them recognising the others' answers. The positions above may "
        "therefore hide opposite views.",
        "disagree_unknown_levels": "Disagreement is measured on no level: none has at least {min} respondents with "
        "a position.",
        "private_note": "With {n} respondents (fewer than {min}), this report shows no answers question by question, "
        "no comments and nothing of what pulls each level: anyone could recognise a colleague's answers there. "
        "Positions and signals are still computed from all the answers; someone who knows their own can infer "
        "part of the others', which respondents should be told.",
        "hidden_question": "Asked of fewer than {min} people: its answers are not shown.",
        "group": "Group",
        "overall": "Overall",
        "gap": "Gap",
        "flagged": "marked gap",
        "signals_title": "Risk signals",
        "signals_none": "No risk signal came out of the answers.",
        "severity": "Severity",
        "raised_by": "Raised by",
        "why": "Why it is a risk",
        "what_to_do": "What to do",
        "source": "Source",
        "drivers_title": "What pulls each level up or down",
        "drivers_note": "For each level, the answers that move the position furthest from its mean, in points.",
        "pull_up": "Pulls towards the socio-professional pole",
        "pull_down": "Pulls towards the digital pole",
        "most_common": "most frequent answer",
        "answer": "answer",
        "method_title": "Method",
        "appendix_title": "Appendix: every question and its answers",
        "context": "Context (not scored)",
        "skipped": "No answer",
        "comments": "Comments",
        "free_answers": "Free answers",
        "count": "Count",
        "date": "Date of the answers",
        "version": "version",
        "gap_sentence": "{high} see it higher than {low}, by {gap} points",
        "other_signals": "Other signals",
        "actions": "Three first actions",
        "action_n": "Action {n}",
        "see_action": "see action {n} of the summary, page 2",
        "read_this": "How to read this page",
        "g_position": "Position",
        "g_position_text": "from 0 (digital pole: tools serve to optimise and control) to 100 (socio-professional "
        "pole: they serve the work and the relation with the public).",
        "g_trajectory": "Trajectory",
        "g_trajectory_text": "digital below {lo}, hybrid from {lo} to {hi}, socio-professional from {hi}: the path the "
        "transformation takes, not a grade.",
        "g_hinge": "Hinge moment",
        "g_hinge_text": "the study shows that everything turns on '{name}': below {below}, the organisation cannot be "
        "classed socio-professional.",
        "g_depth": "Integration depth",
        "g_depth_text": "how far the tools go: digitisation (documents), process integration, transformation "
        "(services redesigned). A second axis, independent of the trajectory.",
        "levels_bars": "The four levels",
        "verdict": "Verdict",
        "hinge_short_ok": "hinge moment passed",
        "hinge_short_low": "hinge moment not passed",
        "hinge_short_unknown": "hinge moment unknown",
        "appendix_compact_title": "Appendix: the questions to discuss",
        "appendix_compact_note": "Only the questions that received comments or free answers, and the six (at most) on "
        "which role groups differ most, by {threshold} points or more. The full appendix comes with --appendix full.",
        "appendix_none": "No question to discuss: none received a comment, and role groups differ on none.",
        "by_group": "Position by group",
        "hinge_unknown": "The level '{name}' has too few answers: we cannot tell whether the hinge moment took place.",
        "hinge_capped": "Hinge rule applied: the other levels would place the organisation on the socio-professional "
        "trajectory, but the level '{name}' is at {pos} (threshold {below}). Without it, the study shows that tools "
        "pile up: the organisation is classed 'hybrid'.",
        "hinge_low": "The level '{name}' is low ({pos}, threshold {below}): the hinge moment that opens a "
        "socio-professional trajectory has not taken place.",
        "hinge_ok": "The level '{name}' reaches {pos}: the hinge moment has taken place, at least in part.",
        "finding_hinge_title": "The hinge has not happened: {name}",
        "finding_hinge": "The level '{name}' is only at {pos}. This is the study's decisive point: without it, "
        "digital tools reinforce control and the division of labour instead of easing them.",
        "finding_low_title": "Weakest point: {name}",
        "finding_low": "{name} is at {pos}, on the digital side: {pole}.",
        "finding_high_title": "Strong point: {name}",
        "finding_high": "{name} is at {pos}, on the socio-professional side: {pole}.",
        "finding_gap_title": "Leadership and the field do not see the same thing: {name}",
        "finding_gap": "On '{name}', {high} and {low} are {gap} points apart. The gap is a finding in itself: "
        "discuss it before deciding.",
        "finding_missing_title": "Levels without enough answers",
        "finding_missing": "Too few answers to place: {names}. Have the questionnaire completed.",
        "first_missing": "Have more people complete the questionnaire, especially on the levels without enough "
        "answers, before drawing conclusions.",
        "first_default": "Present this report to the teams and check with them that the findings ring true.",
        "warnings": "Warnings",
        "page": "page",
        "single_note": "One respondent: this report shows their answers; it describes one point of view, not the "
        "whole organisation.",
        "toc": "Contents",
        "colon": ": ",
    },
}

_TRAJ = {
    "fr": {
        "digital": "L'organisation suit une trajectoire numérique (position {pos} sur 100) : les outils servent "
        "surtout à optimiser et à contrôler, les données remontent, et le travail de terrain risque de s'appauvrir.",
        "hybrid": "L'organisation est entre les deux trajectoires (position {pos} sur 100) : rien n'est joué, et "
        "les choix des prochains mois feront pencher la balance.",
        "socio-professional": "L'organisation suit une trajectoire socio-professionnelle (position {pos} sur 100) : "
        "le numérique sert la proximité, les données circulent vers le terrain et les pratiques se renouvellent.",
        "undetermined": "La trajectoire ne peut pas être déterminée : il manque des réponses sur {missing}.",
    },
    "en": {
        "digital": "The organisation is on a digital trajectory (position {pos} out of 100): tools serve mostly to "
        "optimise and control, data flows upwards, and field work risks being impoverished.",
        "hybrid": "The organisation is between the two trajectories (position {pos} out of 100): nothing is settled, "
        "and the choices of the coming months will tip the balance.",
        "socio-professional": "The organisation is on a socio-professional trajectory (position {pos} out of 100): "
        "digital tools serve proximity, data flows to the field and practices are renewed.",
        "undetermined": "The trajectory cannot be determined: answers are missing on {missing}.",
    },
}


def trajectory_sentence(trajectory: str, position: float | None, missing: list[str], lang: str) -> str:
    pos = "—" if position is None else f"{position:.0f}"
    return _TRAJ[lang][trajectory].format(pos=pos, missing=", ".join(missing) or "—")
