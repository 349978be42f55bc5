"""Texts of the terminal questionnaire, in plain French (reference) and English."""

from __future__ import annotations

T: dict[str, dict[str, str]] = {
    "fr": {
        "no_tty": "assess run pose les questions dans un terminal interactif, et il n'y en a pas ici.\n"
        "Pour répondre sans terminal : « assess template {qid} -o reponses.json », remplissez le fichier, "
        "puis « assess score reponses.json ».",
        "pick_questionnaire": "Quel questionnaire ?",
        "pick_lang": "Langue des questions ?",
        "org_id": "Identifiant de l'organisation (court, sans espace, ex. logeterre) : ",
        "org_name": "Nom de l'organisation (facultatif) : ",
        "pick_role": "Quelle est votre place dans l'organisation ?",
        "role_direction": "Direction (directeur, comité de direction)",
        "role_management": "Encadrement (responsable d'agence, chef de service)",
        "role_field": "Terrain (gestionnaire de site, chargé de clientèle, agent, travailleur social)",
        "role_support": "Fonctions support (informatique, projets, services supports)",
        "role_none": "Je préfère ne pas le dire",
        "resume_q": "Un questionnaire commencé existe pour « {who} » ({n} ; {path}). Le reprendre ?",
        "answers_n": "{n} réponses",
        "answers_1": "1 réponse",
        "resume_yes": "Oui, reprendre là où je m'étais arrêté",
        "resume_no": "Non, recommencer (le brouillon sera remplacé)",
        "section": "Partie {i}/{n} · {name}",
        "question_k": "question {k} sur {n}",
        "overall": "{done}/{total} au total",
        "intro_hint": "Entrée : commencer · ← : revenir · q : enregistrer et quitter",
        "hint_single": "↑↓ ou chiffre : choisir · Entrée : valider · s : passer · c : commenter\n"
        "← précédente · → suivante · u : 1re sans réponse · ? : aide · q : quitter",
        "hint_multi": "↑↓ : aller · Espace : cocher · Entrée : valider · s : passer · c : commenter\n"
        "← précédente · → suivante · u : 1re sans réponse · ? : aide · q : quitter",
        "pick_first": "Choisissez d'abord une réponse (↑↓ ou un chiffre), ou passez avec s.",
        "cleared_others": "« {label} » ne va pas avec les autres réponses : elles ont été décochées.",
        "hint_text": "Entrée vide : passer · « < » seul : revenir · Ctrl-C : enregistrer et quitter",
        "help": "Pourquoi cette question : ",
        "source": "Source : ",
        "comment_prompt": "Votre commentaire (Entrée pour valider, vide pour effacer) : ",
        "your_answer": "Votre réponse : ",
        "current": "réponse actuelle",
        "saved_quit": "Vos réponses sont enregistrées dans le brouillon :\n  {path}\n"
        "Pour reprendre : assess run --resume {path}",
        "depth": "Profondeur d'intégration du numérique",
        "depth_intro": "Jusqu'où va le numérique chez vous : documents numérisés, outils intégrés aux processus, ou "
        "services repensés à partir des données ? Ce n'est pas une note : c'est un second axe.",
        "context": "Pour finir : quelques questions de contexte",
        "context_intro": "Ces questions ne comptent pas dans le résultat ; elles aident à le lire.",
        "dont_know": "Je ne sais pas",
        "skipped": "(passée)",
        "done_title": "Merci ! Voici ce qui ressort de vos réponses",
        "coverage": "couverture",
        "insufficient": "réponses insuffisantes",
        "trajectory": "Trajectoire : {label}",
        "signals": "Signaux principaux :",
        "written": "Vos réponses sont enregistrées dans : {path}",
        "report_cmd": "Pour produire le rapport : assess report {path} -o {report}",
        "offer_report": "Produire le rapport maintenant ?",
        "yes": "Oui",
        "no": "Non",
        "report_html": "Oui, en HTML (à ouvrir dans un navigateur)",
        "report_pdf": "Oui, en HTML et en PDF (à imprimer)",
        "report_failed": "Le rapport n'a pas pu être écrit ({error}). Vos réponses sont enregistrées ; pour le "
        "produire plus tard :\n  assess report {path} -o {report}",
        "report_written": "Rapport écrit : {path}",
        "first_question": "C'est la première question.",
        "not_found": "brouillon introuvable : {path}",
        "save_failed": "Le brouillon {path} n'a pas pu être enregistré ({error}). Le questionnaire s'arrête ici "
        "pour ne rien perdre : la version précédente du brouillon est intacte, seule la dernière réponse manque. "
        "Libérez de la place, puis reprenez avec :\n  assess run --resume {path}",
        "answers_failed": "Le fichier de réponses {path} n'a pas pu être écrit ({error}). Toutes vos réponses sont "
        "dans le brouillon {draft} ; libérez de la place, puis :\n  assess run --resume {draft}",
        "your_id": "Votre identifiant de répondant : {id}\nNotez-le : lui seul permet de reprendre ce questionnaire "
        "s'il est interrompu. Personne d'autre ne voit vos réponses en cours. Pour reprendre :\n  {command}",
        "draft_damaged": "Le brouillon {path} est illisible ({reason}). Il est gardé de côté sous le nom :\n  {kept}\n"
        "Un nouveau questionnaire commence.",
    },
    "en": {
        "no_tty": "assess run asks its questions in an interactive terminal, and there is none here.\n"
        "To answer without a terminal: 'assess template {qid} -o answers.json', fill in the file, then "
        "'assess score answers.json'.",
        "pick_questionnaire": "Which questionnaire?",
        "pick_lang": "Language of the questions?",
        "org_id": "Organisation id (short, no spaces, e.g. logeterre): ",
        "org_name": "Organisation name (optional): ",
        "pick_role": "What is your place in the organisation?",
        "role_direction": "Leadership (director, executive committee)",
        "role_management": "Management (agency head, head of service)",
        "role_field": "Field (site manager, customer officer, agent, social worker)",
        "role_support": "Support services (IT, projects, support functions)",
        "role_none": "I would rather not say",
        "resume_q": "An unfinished questionnaire exists for '{who}' ({n}; {path}). Resume it?",
        "answers_n": "{n} answers",
        "answers_1": "1 answer",
        "resume_yes": "Yes, pick up where I stopped",
        "resume_no": "No, start again (the draft will be replaced)",
        "section": "Part {i}/{n} · {name}",
        "question_k": "question {k} of {n}",
        "overall": "{done}/{total} overall",
        "intro_hint": "Enter: start · ←: go back · q: save and quit",
        "hint_single": "↑↓ or a digit: choose · Enter: confirm · s: skip · c: comment · ?: help\n"
        "← previous · → next · u: first unanswered · q: save and quit",
        "hint_multi": "↑↓: move · Space: tick · Enter: confirm · s: skip · c: comment · ?: help\n"
        "← previous · → next · u: first unanswered · q: save and quit",
        "pick_first": "Choose an answer first (↑↓ or a digit), or skip the question with s.",
        "cleared_others": "'{label}' does not go with the other answers: they were unticked.",
        "hint_text": "Empty Enter: skip · '<' alone: go back · Ctrl-C: save and quit",
        "help": "Why this question: ",
        "source": "Source: ",
        "comment_prompt": "Your comment (Enter to confirm, empty to clear): ",
        "your_answer": "Your answer: ",
        "current": "current answer",
        "saved_quit": "Your answers are saved in the draft:\n  {path}\nTo resume: assess run --resume {path}",
        "depth": "How deep digital goes",
        "depth_intro": "How far does digital reach: digitised documents, tools built into processes, or services "
        "redesigned from data? This is not a grade: it is a second axis.",
        "context": "To finish: a few context questions",
        "context_intro": "These questions do not count in the result; they help read it.",
        "dont_know": "I don't know",
        "skipped": "(skipped)",
        "done_title": "Thank you! Here is what your answers show",
        "coverage": "coverage",
        "insufficient": "not enough answers",
        "trajectory": "Trajectory: {label}",
        "signals": "Main signals:",
        "written": "Your answers are saved in: {path}",
        "report_cmd": "To make the report: assess report {path} -o {report}",
        "offer_report": "Make the report now?",
        "yes": "Yes",
        "no": "No",
        "report_html": "Yes, as HTML (to open in a browser)",
        "report_pdf": "Yes, as HTML and PDF (to print)",
        "report_failed": "The report could not be written ({error}). Your answers are saved; to make it later:\n"
        "  assess report {path} -o {report}",
        "report_written": "Report written: {path}",
        "first_question": "This is the first question.",
        "not_found": "draft not found: {path}",
        "save_failed": "The draft {path} could not be saved ({error}). The questionnaire stops here so that nothing "
        "is lost: the previous version of the draft is intact, only the last answer is missing. Free some space, "
        "then resume with:\n  assess run --resume {path}",
        "answers_failed": "The answers file {path} could not be written ({error}). All your answers are in the draft "
        "{draft}; free some space, then:\n  assess run --resume {draft}",
        "your_id": "Your respondent id: {id}\nWrite it down: only with it can you resume this questionnaire if it is "
        "interrupted. Nobody else sees your answers in progress. To resume:\n  {command}",
        "draft_damaged": "The draft {path} cannot be read ({reason}). It is kept aside as:\n  {kept}\n"
        "A new questionnaire starts.",
    },
}
