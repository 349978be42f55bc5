"""The interface texts in French, the reference: the command line, the terminal questionnaire, the
report, the exports. One catalogue (`assess.texts`); `en.py` has the same keys, a test checks it.
Keys are `area.name`. Questionnaire content (questions, levels, signals) lives in the questionnaire
files, not here."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    # --- ui ----------------------------------------------------------------------------------------
    "ui.digital": "numérique",
    "ui.hybrid": "hybride, dans la balance",
    "ui.socio-professional": "socio-professionnelle",
    "ui.undetermined": "indéterminée",
    "ui.insufficient": "insuffisant",
    "ui.hinge_capped": "plafonnée par la règle charnière : pas de réorganisation préalable suffisante",
    "ui.organisation": "organisation",
    "ui.respondent": "répondant",
    "ui.role": "rôle",
    "ui.sector": "secteur",
    "ui.position": "position",
    "ui.trajectory": "trajectoire",
    "ui.depth": "profondeur",
    "ui.signals": "signaux",
    "ui.respondents": "répondants",
    "ui.gaps": "écarts ≥ seuil",
    "ui.direction": "direction",
    "ui.management": "encadrement",
    "ui.field": "terrain",
    "ui.support": "fonctions support",
    "ui.unspecified": "rôle non précisé",
    "ui.strategy": "Stratégie",
    "ui.reorganisation": "Réorganisation préalable",
    "ui.data_access": "Accès aux données",
    "ui.practices": "Pratiques professionnelles",
    "ui.high": "élevée",
    "ui.medium": "moyenne",
    "ui.low": "faible",
    "ui.dont_know": "Je ne sais pas",
    "ui.show_not_scored": "non noté",
    "ui.show_context": "Contexte",
    "ui.show_fact": "fait",
    "ui.show_opinion": "appréciation",
    "ui.show_roles": "posée à : {roles}",
    "ui.show_scoring": "Calcul",
    "ui.show_bands": (
        "Trajectoire\u00a0: numérique sous {lo}, socio-professionnelle à partir de {hi} (position globale, de 0 à 100)"
    ),
    "ui.show_hinge": (
        "Moment charnière\u00a0: «\u00a0{level}\u00a0» sous {below} laisse la trajectoire au plus hybride"
    ),
    "ui.show_hinge_requires": (
        "de même pour des réponses qui ne remplissent pas la condition du fichier (scoring.hinge.requires)"
    ),
    "ui.show_depth": "Étapes de la profondeur, à partir de\u00a0: {stages}",
    "ui.show_groups.one": (
        "Groupes de rôles et réponses montrés à partir de {n} répondant\u00a0; écart entre rôles signalé à "
        "partir de {gap} points\u00a0; un niveau est mesuré à partir de {coverage}\u00a0% de ses questions "
        "répondues"
    ),
    "ui.show_groups.many": (
        "Groupes de rôles et réponses montrés à partir de {n} répondants\u00a0; écart entre rôles signalé à "
        "partir de {gap} points\u00a0; un niveau est mesuré à partir de {coverage}\u00a0% de ses questions "
        "répondues"
    ),
    "ui.sector:housing": "logement social",
    "ui.sector:municipality": "commune",
    "ui.sector:social-economy": "économie sociale et solidaire",
    # --- run ---------------------------------------------------------------------------------------
    "run.no_tty": (
        "assess run pose les questions dans un terminal interactif, et il n'y en a pas ici.\nPour répondre sans "
        "terminal, créez un fichier de réponses vierge, remplissez-le, puis lisez son résultat :\n"
        "  assess template {qid}{q} -o reponses.json\n"
        "  assess score{q} reponses.json"
    ),
    "run.pick_questionnaire": "Quel questionnaire ?",
    "run.pick_lang": "Langue des questions ?",
    "run.org_id_intro": "L'identifiant de l'organisation est un mot court, sans espace (ex. {example}).",
    "run.org_id": "Identifiant : ",
    "run.org_id_space": "Un identifiant sans espace, s'il vous plaît (ex. {example}).",
    "run.org_id_hidden": (
        "Cet identifiant contient un caractère invisible ({code}) : tapez l'identifiant au lieu de le coller "
        "(ex. {example})."
    ),
    "run.org_id_example": "mon-organisation",
    "run.org_id_example.housing": "logeterre",
    "run.org_id_example.municipality": "ville-de-bellerive",
    "run.org_id_example.social-economy": "asso-le-relais",
    "run.org_name": "Nom de l'organisation (facultatif) : ",
    "run.picked_lang": "Langue : {choice}",
    "run.picked_questionnaire": "Questionnaire : {choice}",
    "run.picked_role": "Votre place : {choice}",
    "run.pick_role": "Quelle est votre place dans l'organisation ?",
    "run.role_direction": "Direction (directeur, comité de direction)",
    "run.role_management": "Encadrement (responsable d'agence, de service ou d'équipe)",
    "run.role_field": "Terrain (agent d'accueil ou de terrain, gestionnaire, chargé de clientèle, travailleur social)",
    "run.role_support": "Fonctions support (informatique, projets, services transverses)",
    "run.role_none": "Je préfère ne pas le dire",
    "run.resume_q": "Le reprendre ?",
    "run.draft_at": "Un questionnaire commencé existe pour « {who} » ({n}). Son brouillon :\n  {path}",
    "run.answers.many": "{n} réponses",
    "run.answers.one": "{n} réponse",
    "run.resume_yes": "Oui, reprendre là où je m'étais arrêté",
    "run.resume_no": "Non, recommencer (ce brouillon est gardé de côté, pas effacé)",
    "run.section": "Partie {i}/{n} · {name}",
    "run.question_k": "question {k} sur {n}",
    "run.overall": "{done}/{total} au total",
    "run.intro_not_here": "Pas de question sur cette page : Entrée pour commencer la partie.",
    "run.intro_hint": "Entrée : commencer · ← : revenir · q : enregistrer et quitter",
    "run.hint_single": (
        "↑↓ puis Entrée, ou un chiffre : répondre · s : passer · c : commenter\n← précédente · → suivante · u : "
        "1re sans réponse · ? : aide · q : quitter"
    ),
    "run.hint_multi": (
        "Espace ou un chiffre : cocher · Entrée : valider · s : passer · c : commenter\n← précédente · → suivante · "
        "u : 1re sans réponse · ? : aide · q : quitter"
    ),
    "run.pick_hint_back": "↑↓ puis Entrée, ou un chiffre : choisir · ← : revenir · Ctrl-C : quitter",
    "run.setup_hint": "« < » seul : revenir · Ctrl-C : quitter",
    "run.setup_hint_optional": "Entrée vide : passer · « < » seul : revenir · Ctrl-C : quitter",
    "run.more_above": "encore {n} plus haut",
    "run.more_below": "encore {n} plus bas",
    "run.pick_hint": "↑↓ puis Entrée, ou un chiffre : choisir · Ctrl-C : quitter",
    "run.pick_choose": "Choisissez d'abord une ligne : ↑↓ puis Entrée, ou son chiffre.",
    "run.pick_first": "Choisissez une réponse (↑↓ puis Entrée, ou un chiffre), ou passez avec s.",
    "run.answer_first": "→ passe seulement une question déjà vue : répondez d'abord à celle-ci, ou passez-la avec s.",
    "run.space_first": (
        "Choisissez d'abord une ligne avec ↑↓, puis Espace la coche (un chiffre coche sa ligne aussitôt)."
    ),
    "run.tick_first": "Cochez au moins une réponse (Espace), ou passez avec s.",
    "run.cleared_others": "« {label} » ne va pas avec les autres réponses : elles ont été décochées.",
    "run.cleared_exclusive": "« {label} » ne va pas avec une autre réponse : elle a été décochée.",
    "run.hint_text": "Entrée vide : passer · « < » seul : revenir · Ctrl-C : enregistrer et quitter",
    "run.help": "Pourquoi cette question : ",
    "run.source": "Source : ",
    "run.verbatim": (
        "Ce que vous écrivez ici peut figurer tel quel dans le rapport, sans votre nom. Ne citez personne, et rien qui "
        "permette de vous reconnaître."
    ),
    "run.comment_shown": "« {comment} »",
    "run.comment_prompt": "Votre commentaire (Entrée pour valider, vide pour effacer) :\n> ",
    "run.your_answer": "Votre réponse : ",
    "run.comment_hint": "Entrée : valider · Ctrl-C : annuler, sans rien changer",
    "run.comment_cancelled": "Commentaire annulé : rien n'a changé.",
    "run.paste_cut": (
        "Texte collé : seule sa première ligne a été gardée ; le reste a été ignoré, il n'a répondu à rien. "
        "Collez un texte d'une seule ligne, ou tapez la suite."
    ),
    "run.too_long": (
        "Ce texte est trop long\u00a0: {n}\u00a0caractères ({max} au plus). Le voici coupé à "
        "{max}\u00a0caractères\u00a0: raccourcissez-le si besoin, puis appuyez sur Entrée pour le garder."
    ),
    "run.current": "réponse actuelle",
    "run.saved_quit": (
        "Vos réponses sont enregistrées dans le brouillon :\n  {path}\nPour reprendre (votre code de reprise vous sera "
        "demandé) :\n  assess run{q} --resume {arg}"
    ),
    "run.depth": "Profondeur d'intégration du numérique",
    "run.depth_intro": (
        "Jusqu'où va le numérique chez vous : documents numérisés, outils intégrés aux processus, ou services "
        "repensés à partir des données ? Ce n'est pas une note : ces questions disent où en sont les outils, "
        "pas à quoi ils servent."
    ),
    "run.context": "Pour finir : quelques questions de contexte",
    "run.context_intro": "Ces questions ne comptent pas dans le résultat ; elles aident à le lire.",
    "run.dont_know": "Je ne sais pas",
    "run.skipped": "(passée)",
    "run.skipped_cleared": "(passée : la réponse donnée avant est effacée)",
    "run.changed": "réponse modifiée",
    "run.done_title": "Merci ! Voici ce qui ressort de vos réponses",
    "run.one_view": (
        "Ces résultats ne reposent que sur vos réponses : ils disent comment vous voyez l'organisation, pas où "
        "elle en est. Son portrait se fait avec les réponses de plusieurs collègues, de places différentes."
    ),
    "run.coverage": "{pct} de réponses",  # a level's share of questions answered: "(75 % de réponses)"
    "run.insufficient": "réponses insuffisantes",
    "run.trajectory": "Trajectoire : {label}",
    "run.scale": (
        "Chaque niveau va de 0 (pôle numérique : les outils servent d'abord à optimiser et contrôler) à 100 (pôle "
        "socio-professionnel : les outils servent le travail de terrain)."
    ),
    "run.overall_position": "Position globale : {pos} / 100",
    "run.draft_beside": (
        "Un brouillon en cours existe déjà sous le nom :\n"
        "  {path}\n"
        "Il reste tel quel ; les changements de ce fichier vont dans un brouillon à part :\n"
        "  {draft}"
    ),
    "run.draft_set_aside": (
        "Votre brouillon précédent n'est pas effacé : il est gardé de côté, sous le nom :\n  {path}\nIl ne sera plus "
        "proposé, et il sera effacé quand ce nouveau questionnaire sera terminé. Pour le reprendre à la place de "
        "celui-ci :\n  assess run{q} --resume {arg}"
    ),
    "run.set_aside_removed": "Le brouillon gardé de côté quand vous avez recommencé est effacé :\n  {path}",
    "run.no_digit": "Pas de réponse {digit} ici : un chiffre de {first} à {last}, ou ↑↓ puis Entrée.",
    "run.code_quit": "Arrêté avant la première question : rien n'est enregistré, il n'y a rien à reprendre.",
    "run.code_intro": (
        "Choisissez un code de reprise d'au moins {n} caractères. Il vous sera demandé pour reprendre ce "
        "questionnaire : sans lui, personne d'autre sur cet ordinateur ne peut ouvrir vos réponses en cours. "
        "Quand vous le tapez, il s'affiche en étoiles."
    ),
    "run.code_choose": "Code de reprise : ",
    "run.code_again": "Le même code, une seconde fois : ",
    "run.code_short": "Un code d'au moins {n} caractères, s'il vous plaît.",
    "run.code_differ": "Les deux codes ne sont pas les mêmes : recommençons.",
    "run.code_locked": "Ce questionnaire a déjà été commencé, et son brouillon est protégé par un code de reprise.",
    "run.code_ask": "Votre code de reprise : ",
    "run.code_wrong": "Ce n'est pas le bon code. Essayez encore.",
    "run.code_refused": (
        "Ce n'est pas le bon code : le brouillon n'est pas ouvert, et il reste tel quel. S'il est le vôtre et que "
        "vous avez oublié son code, il ne peut pas être repris ; commencez un nouveau questionnaire (un nouvel "
        "identifiant vous sera donné) :\n  {command}"
    ),
    "run.severity.high": "risque élevé",
    "run.severity.medium": "risque moyen",
    "run.severity.low": "risque faible",
    "run.hinge_facts": " ({facts})",
    "run.hinge_unknown": (
        "« {name} » est l'étape décisive pour que les outils servent le travail de terrain, mais ce niveau a trop "
        "peu de réponses pour dire si elle a été franchie."
    ),
    "run.hinge_capped": (
        "Les autres niveaux iraient vers la trajectoire socio-professionnelle, mais le niveau « {name} » est à "
        "{pos}, sous le seuil de {below} : le résultat reste « hybride ».{why}"
    ),
    "run.hinge_capped_why": (
        " Dans l'étude, quand l'organisation du travail n'est pas revue avant l'arrivée des outils, ceux-ci "
        "s'ajoutent les uns aux autres."
    ),
    "run.hinge_capped_facts": (
        "Les niveaux iraient vers la trajectoire socio-professionnelle, et le niveau « {name} » atteint {pos}, mais "
        "vos réponses sur les faits{facts} ne montrent pas ce que le questionnaire attend pour cette étape : le "
        "résultat reste « hybride »."
    ),
    "run.hinge_facts_missing": (
        "« {name} » est l'étape décisive pour que les outils servent le travail de terrain ; ce niveau atteint "
        "{pos}, mais vos réponses sur les faits{facts} ne montrent pas ce que le questionnaire attend : on ne peut "
        "pas dire qu'elle a été franchie."
    ),
    "run.hinge_low": (
        "« {name} » est l'étape décisive pour que les outils servent le travail de terrain ; ce niveau est bas "
        "({pos}, sous le seuil de {below}) : elle n'a pas encore eu lieu."
    ),
    "run.hinge_ok": (
        "« {name} » est l'étape décisive pour que les outils servent le travail de terrain ; ce niveau atteint "
        "{pos} : elle a été franchie, au moins en partie."
    ),
    "run.signals": "Signaux principaux :",
    "run.written": "Vos réponses sont enregistrées dans :\n  {path}",
    "run.report_cmd": "Pour produire le rapport :\n  assess report{q} {arg} -o {report_arg}",
    "run.offer_report": "Produire le rapport maintenant ?",
    "run.yes": "Oui",
    "run.no": "Non",
    "run.report_html": "Oui, en HTML (à ouvrir dans un navigateur)",
    "run.report_pdf": "Oui, en HTML et en PDF (à imprimer)",
    "run.report_failed": (
        "Le rapport n'a pas pu être écrit ({error}). Vos réponses sont enregistrées ; pour le produire plus tard :\n "
        " assess report{q} {arg} -o {report_arg}"
    ),
    "run.report_written": "Rapport écrit :\n  {path}",
    "run.first_question": "C'est la première question.",
    "run.not_found": "brouillon introuvable : {path}",
    "run.save_failed": (
        "Le brouillon {path} n'a pas pu être enregistré ({error}). Le questionnaire s'arrête ici pour ne rien perdre "
        ": la version précédente du brouillon est intacte, seule la dernière réponse manque. Réglez la cause (place "
        "sur le disque, droits du dossier), puis reprenez avec :\n  assess run{q} --resume {arg}"
    ),
    "run.save_failed_start": (
        "Le brouillon {path} ne peut pas être enregistré ({error}) : le questionnaire ne commence pas, car vos "
        "réponses ne seraient pas gardées. Réglez la cause (place sur le disque, droits du dossier), ou choisissez un "
        "autre dossier pour les brouillons avec la variable ASSESS_DRAFTS_DIR, puis relancez la commande."
    ),
    "run.answers_failed": (
        "Le fichier de réponses {path} n'a pas pu être écrit ({error}). Toutes vos réponses sont dans le brouillon "
        "{draft}. Réglez la cause (place sur le disque, droits du dossier), ou ajoutez à cette commande « -o » suivi "
        "d'un autre chemin :\n  assess run{q} --resume {draft_arg}"
    ),
    "run.your_id": (
        "Votre identifiant de répondant : {id}\nNotez-le : avec le code de reprise que vous allez choisir, c'est "
        "ce qui permet de reprendre ce questionnaire s'il est interrompu. Pour reprendre :\n  {command}"
    ),
    "run.draft_version": (
        "Il a été commencé avec la version {version} du questionnaire : il est repris avec cette version."
    ),
    "run.draft_old_version": (
        "Votre brouillon {path} a été commencé avec la version {version} du questionnaire, qui n'est plus "
        "installée sur cet ordinateur : il ne peut pas être repris ici. Il est gardé tel quel sous le nom :\n  "
        "{kept}\nUn nouveau questionnaire commence."
    ),
    "run.draft_dropped.one": (
        "{n} réponse du brouillon n'a pas pu être lue : sa question sera posée à nouveau. "
        "Les autres réponses sont gardées."
    ),
    "run.draft_dropped.many": (
        "{n} réponses du brouillon n'ont pas pu être lues : leurs questions seront posées à nouveau. "
        "Les autres réponses sont gardées."
    ),
    "run.draft_damaged": (
        "Le brouillon {path} est illisible ({reason}). Il est gardé de côté sous le nom :\n  {kept}\nUn nouveau "
        "questionnaire commence."
    ),
    # --- report ------------------------------------------------------------------------------------
    # the name first, whole: "où en est {org}" wanted an article ("où en est Commune de Bellerive")
    "report.report_title": "{org} : où en est la transformation numérique ?",
    "report.cover_sub": "Auto-diagnostic de trajectoire, d'après l'étude de S. Bretesché (2024)",
    "report.sector": "Secteur",
    "report.questionnaire": "Questionnaire",
    "report.dates": "Dates des réponses",
    "report.date": "Date des réponses",
    "report.version": "version",
    "report.gap_sentence": "le groupe « {high} » le voit plus haut que le groupe « {low} », de {gap} points",
    "report.signals_note": (
        "« Relevé par » : combien de répondants ont donné les réponses qui lèvent le signal. Un signal relevé par "
        "peu d'entre eux reste à vérifier avec les équipes."
    ),
    "report.severity_note": (
        "Gravité : le poids que le questionnaire donne à chaque fonctionnement, d'après ce que les sources en ont "
        "observé (élevée, moyenne ou faible) ; dans chaque niveau, les signaux vont du plus grave au moins grave."
    ),
    "report.other_signals": "Hors des quatre niveaux",
    "report.other_signals_note": "aucune question des niveaux, sans effet sur la position",
    "report.actions": "Premières actions",
    "report.percent": "\u00a0%",  # after a number, French spacing
    "report.action_n": "Action {n}",
    "report.see_action": "Voir l'action {n} du résumé, page 2",
    "report.read_this": "Pour lire cette page",
    "report.g_position": "Position",
    "report.g_position_text": (
        "de 0 (pôle numérique : les outils servent à optimiser et à contrôler) à 100 (pôle socio-professionnel : ils "
        "servent le travail et la relation avec le public)."
    ),
    "report.g_trajectory": "Trajectoire",
    "report.g_trajectory_text": (
        "numérique sous {lo}, hybride de {lo} à {hi}, socio-professionnelle à partir de {hi} : le chemin que prend "
        "la transformation, pas une note."
    ),
    "report.g_hinge": "Moment charnière",
    "report.g_hinge_text": (
        "l'étude montre que tout se joue sur « {name} » : sous {below}, l'organisation ne peut pas être classée "
        "socio-professionnelle."
    ),
    # a consultant's file may make another level the hinge: the study is not made to say so
    "report.g_hinge_text_file": (
        "le questionnaire fait reposer le classement sur « {name} » : sous {below}, l'organisation ne peut pas "
        "être classée socio-professionnelle."
    ),
    "report.g_depth": "Profondeur d'intégration",
    "report.g_depth_text": ("jusqu'où vont les outils, un second axe, indépendant de la trajectoire : {stages}."),
    # a depth stage, its range of scores and what it means (Dudézert 2018, cited by Bretesché 2024)
    "report.stage_explained": "{name} ({span}, {meaning})",
    "report.stage_below": "sous {hi}",
    "report.stage_between": "de {lo} à {hi}",
    "report.stage_from": "{lo} et plus",
    "report.stage_sep": ", ",
    "report.stage_meaning.numerisation": "le papier passe au numérique",
    "report.stage_meaning.digitalisation": "les outils entrent dans les procédures",
    "report.stage_meaning.transformation": "le service est repensé autour des usagers et des données",
    "report.levels_bars": "Les quatre niveaux",
    "report.verdict": "Verdict",
    "report.hinge_short_ok": "moment charnière franchi",
    "report.hinge_short_low": "moment charnière non franchi",
    "report.hinge_short_unknown": "moment charnière indéterminé",
    "report.appendix_compact_title": "Annexe : les questions à discuter",
    "report.appendix_compact_note": (
        "Seules figurent les questions qui ont reçu des commentaires ou des réponses libres, et les six (au plus) "
        "sur lesquelles les groupes de rôles divergent le plus, d'au moins {threshold} points. L'annexe complète, "
        "avec toutes les questions, peut être demandée à la personne qui a préparé ce rapport."
    ),
    "report.appendix_compact_note_single": (
        "Seules figurent les questions qui ont reçu un commentaire ou une réponse libre. L'annexe complète, avec "
        "toutes les réponses, peut être demandée à la personne qui a préparé ce rapport."
    ),
    "report.appendix_no_groups": (
        "Ici, aucune question ne peut montrer les groupes de rôles séparément : il faudrait au moins {n} réponses "
        "dans chaque groupe, pour qu'on ne puisse pas en déduire celles de chacun."
    ),
    "report.facts_unknown_title": "Faits peu connus",
    "report.facts_unknown": (
        "seuls {share} des faits de ce niveau ont reçu une réponse (les autres : « je ne sais pas » ou rien). Sa "
        "position repose surtout sur des appréciations ; à vérifier avec ceux qui connaissent ces faits."
    ),
    "report.facts_unknown_few": (
        "moins de la moitié des faits de ce niveau ont reçu une réponse (les autres : « je ne sais pas » ou rien). "
        "Sa position repose surtout sur des appréciations ; à vérifier avec ceux qui connaissent ces faits."
    ),
    "report.signals_withheld.one": (
        "{n} signal lit des questions auxquelles moins de {min} personnes ont répondu : les signaux ne tiennent "
        "pas compte de ces réponses, qu'un signal levé par elles dévoilerait."
    ),
    "report.signals_withheld.many": (
        "{n} signaux lisent des questions auxquelles moins de {min} personnes ont répondu : les signaux ne "
        "tiennent pas compte de ces réponses, qu'un signal levé par elles dévoilerait."
    ),
    "report.appendix_none": (
        "Pas de question à discuter : aucune n'a reçu de commentaire, et les groupes de rôles ne divergent sur aucune."
    ),
    "report.appendix_none_single": "Pas de question à discuter : aucune n'a reçu de commentaire.",
    "report.appendix_none_no_groups": (
        "Pas de question à discuter : aucune n'a reçu de commentaire, et les groupes de rôles ne peuvent être "
        "comparés sur aucune."
    ),
    "report.by_group": "Position par groupe",
    "report.respondents": "Répondants",
    "report.generated_on": "Rapport produit le",
    "report.no_date": "non précisée",
    "report.summary": "En bref",
    "report.trajectory": "Trajectoire",
    "report.position": "Position globale",
    "report.depth": "Profondeur d'intégration",
    "report.depth_title": "Profondeur d'intégration",
    "report.findings": "Les constats qui comptent",
    "report.first_step": "Par quoi commencer",
    "report.map_title": "Carte de la trajectoire",
    "report.map_x": "Du pôle numérique (0) au pôle socio-professionnel (100)",
    "report.map_y": "Profondeur d'intégration",
    "report.map_point": "{label} : position {pos}, profondeur {depth}",
    "report.map_unavailable": "La carte ne peut pas être tracée : la position ou la profondeur est indéterminée.",
    "report.map_note": (
        "Chaque point place l'organisation (gros point) et, quand plusieurs rôles ont répondu, chaque groupe de "
        "rôles. La profondeur n'est pas une note : une transformation profonde peut suivre l'une ou l'autre "
        "trajectoire."
    ),
    "report.levels_title": "Les quatre niveaux de changement",
    "report.levels_note": (
        "Chaque niveau va d'un pôle numérique (0) à un pôle socio-professionnel (100), comme dans le tableau 1 de "
        "l'étude."
    ),
    "report.levels_coverage_note": (
        " La couverture indique la part des questions du niveau qui ont reçu une réponse, chacune comptée selon son "
        "poids."
    ),
    "report.coverage": "couverture",
    "report.insufficient": "Réponses insuffisantes : pas de position",
    "report.insufficient_short": "réponses insuffisantes",
    "report.digital_pole": "Pôle numérique",
    "report.socio_pole": "Pôle socio-professionnel",
    "report.gaps_title": "Écarts de perception entre rôles",
    "report.gaps_note": (
        "Position moyenne de chaque groupe, de 0 à 100, avec une décimale (les autres pages arrondissent à l'unité "
        "inférieure : 13,9 y devient 13) ; l'écart sépare le plus haut du plus bas, signalé dès {threshold} points. "
        "Un groupe de moins de {min} personnes est regroupé avec d'autres, jamais montré seul."
    ),
    "report.gaps_none": (
        "Aucune comparaison entre rôles n'est possible : il faudrait au moins deux groupes de {min} personnes ou "
        "plus. Cela ne veut pas dire que tout le monde voit les choses de la même façon."
    ),
    "report.disagree_title": "Désaccord entre répondants",
    "report.finding_disagree_title": "Des avis partagés",
    "report.finding_disagree": (
        "Sur {names}, les répondants sont loin les uns des autres, quel que soit leur rôle : la moyenne ne dit pas "
        "ce que vit chacun. C'est une question à mettre sur la table."
    ),
    "report.disagree_some.one": (
        "Les répondants ne voient pas ce niveau de la même façon : {names}. Sur ce niveau, ceux qui le placent "
        "le plus haut et ceux qui le placent le plus bas sont séparés d'au moins {threshold} points, quel que "
        "soit leur rôle. La moyenne y cache des réalités différentes : à discuter ensemble."
    ),
    "report.disagree_some.many": (
        "Les répondants ne voient pas ces niveaux de la même façon : {names}. Sur chacun de ces niveaux, ceux "
        "qui le placent le plus haut et ceux qui le placent le plus bas sont séparés d'au moins {threshold} "
        "points, quel que soit leur rôle. La moyenne y cache des réalités différentes : à discuter ensemble."
    ),
    "report.disagree_none": (
        "Sur chaque niveau mesuré, la moitié des répondants qui le placent le plus haut et celle qui le placent le "
        "plus bas restent à moins de {threshold} points : pas de désaccord marqué. Une personne seule loin des "
        "autres peut ne pas apparaître ainsi : l'écart entre groupes de rôles, quand il est montré, le dit mieux."
    ),
    "report.disagree_beside_gaps": (
        "Sur {names}, les groupes de rôles s'écartent pourtant (voir plus haut) : l'écart entre groupes compare "
        "leurs moyennes, le désaccord compare les répondants entre eux, et ceux qui se situent entre les groupes "
        "l'atténuent."
    ),
    "report.disagree_not_measured": (
        "Non mesuré sur : {names} (moins de {min} répondants y ont une position) ; rien n'y dit qu'ils s'accordent."
    ),
    "report.disagree_unknown": (
        "Le désaccord entre répondants n'est pas mesuré : {n} personnes ont répondu, et il en faut au moins {min} "
        "pour le montrer sans que l'une puisse reconnaître les réponses des autres. Les positions ci-dessus peuvent "
        "donc cacher des avis opposés."
    ),
    "report.disagree_unknown_levels": (
        "Le désaccord n'est mesuré sur aucun niveau : aucun n'a au moins {min} répondants avec une position."
    ),
    "report.private_note": (
        "Avec {n} répondants (moins de {min}), ce rapport ne montre ni les réponses question par question, ni les "
        "commentaires, ni ce qui tire chaque niveau, ni les signaux qu'une réponse lève : chacun pourrait y "
        "reconnaître les réponses d'un collègue. Les positions restent calculées sur toutes les réponses ; "
        "quelqu'un qui connaît les siennes peut en déduire une partie de celles des autres, ce qu'il faut dire "
        "aux répondants."
    ),
    "report.hidden_question": "Question posée à moins de {min} personnes : ses réponses ne sont pas montrées.",
    "report.group": "Groupe",
    "report.overall": "Global",
    "report.gap": "Écart",
    "report.flagged": "écart marqué",
    "report.signals_title": "Signaux de risque",
    "report.signals_none": "Aucun signal de risque n'est ressorti des réponses.",
    "report.signals_none_evaluated": (
        "Les signaux de risque ne sont pas évalués ici : chacun lit des questions auxquelles moins de {min} "
        "personnes ont répondu, et un signal levé par leurs réponses les dévoilerait."
    ),
    "report.signals_rest.one": "Le seul signal de risque évalué ici n'est pas levé.",
    "report.signals_rest.many": "Aucun des {n} signaux de risque évalués ici n'est levé.",
    "report.severity": "Gravité",
    "report.raised_by": "Relevé par",
    "report.why": "Pourquoi c'est un risque",
    "report.opening_leading_words": (  # words a cut question never ends on (report.context.cut_question)
        "le la les l' un une des du de d' à au aux sur sous dans et ou en par pour avec sans son sa ses leur leurs "
        "ce cet cette ces qui que qu' quel quelle quels quelles a ont est sont été ne se y il elle ils elles on "
        "où dont quand comment plus moins très"
    ),
    "report.basis": "Ce qui l'a relevé",
    "report.basis_answer": "{what} : « {answer} »",
    "report.basis_option": "« {answer} »",
    "report.basis_count": "{what} ({k}\u00a0/\u00a0{n})",
    "report.basis_count_answer": "{what} : {answer} ({k}\u00a0/\u00a0{n})",
    # a rule that holds when an answer was not chosen (`none_of`): one answer, or several
    "report.basis_none_of": "non cochée : {answers}",
    "report.basis_none_of_any": "aucune cochée parmi : {answers}",
    "report.basis_level": "{name} à {pos} sur 100",
    "report.basis_below": "{name} sous {x}",
    "report.basis_at_least": "{name} à {x} ou plus",
    "report.basis_consistency": "des appréciations bien au-dessus des faits sur {name}",
    "report.basis_sep": " ; ",
    "report.basis_more": ", et des réponses que moins de {min} personnes ont données, qui ne sont pas nommées",
    "report.what_to_do": "Que faire",
    "report.source": "Source",
    "report.drivers_title": "Points d'appui et points de blocage",
    "report.drivers_note": (
        "Pour chaque niveau, les réponses placées le plus nettement du côté socio-professionnel (points d'appui, "
        "position de {hi} ou plus) et du côté numérique (points de blocage, sous {lo}), chacune par sa propre "
        "position de 0 à 100."
    ),
    "report.drivers_none": (
        "Aucune réponse nettement d'un côté ou de l'autre : ce niveau est dans la zone intermédiaire."
    ),
    "report.drivers_left_out.one": (
        "Aucune des questions montrées n'est nettement d'un côté ou de l'autre ; {n} autre, qui a reçu moins "
        "de {min} réponses, n'est pas montrée (ses auteurs seraient reconnus)."
    ),
    "report.drivers_left_out.many": (
        "Aucune des questions montrées n'est nettement d'un côté ou de l'autre ; {n} autres, qui ont reçu "
        "moins de {min} réponses, ne sont pas montrées (leurs auteurs seraient reconnus)."
    ),
    "report.hidden_answered": (
        "Moins de {min} personnes y ont répondu (les autres ne savent pas, ou n'ont pas répondu) : ses réponses ne "
        "sont pas montrées."
    ),
    "report.pull_up": "Point d'appui",
    "report.pull_down": "Point de blocage",
    "report.most_common": "réponse la plus fréquente",
    "report.most_common_count.one": "({n} répondant sur {of})",
    "report.most_common_count.many": "({n} répondants sur {of})",
    "report.out_of_100": " / 100",
    "report.answers_split": "aucune réponse n'est plus fréquente que les autres (le rapport ne dit pas lesquelles)",
    "report.answer": "réponse",
    "report.method_title": "Méthode",
    "report.appendix_title": "Annexe : toutes les questions et les réponses",
    "report.context": "Contexte (non noté)",
    "report.skipped": "Sans réponse",
    "report.comments": "Commentaires",
    "report.free_answers": "Réponses libres",
    "report.count": "Nombre",
    "report.hinge_unknown": (
        "Le niveau « {name} » n'a pas assez de réponses : on ne peut pas dire si le moment charnière a eu lieu."
    ),
    "report.hinge_capped": (
        "Règle charnière appliquée : les autres niveaux placeraient l'organisation sur la trajectoire "
        "socio-professionnelle, mais le niveau « {name} » est à {pos} (seuil {below}) : l'organisation est "
        "classée « hybride ».{why}"
    ),
    "report.hinge_capped_facts": (
        "Règle charnière appliquée : les niveaux placeraient l'organisation sur la trajectoire socio-professionnelle, "
        "et « {name} » atteint {pos}, mais les faits rapportés{facts} ne remplissent pas ce que le questionnaire "
        "demande pour ce moment charnière : l'organisation est classée « hybride »."
    ),
    "report.hinge_facts_missing": (
        "Le niveau « {name} » atteint {pos}, mais les faits rapportés{facts} ne remplissent pas ce que le "
        "questionnaire demande pour le franchir : le moment charnière n'est pas établi."
    ),
    "report.hinge_facts": " ({facts})",
    "report.hinge_low": (
        "Le niveau « {name} » est faible ({pos}, seuil {below}) : le moment charnière qui permet une trajectoire "
        "socio-professionnelle n'a pas eu lieu."
    ),
    "report.hinge_ok": "Le niveau « {name} » atteint {pos} : le moment charnière a eu lieu, au moins en partie.",
    "report.hinge_facts_withheld": (
        " Les faits qui l'établissent d'ordinaire{facts} ne sont pas lus ici : moins de {min} personnes y ont "
        "répondu, et le verdict, rempli ou non, dirait à chacune ce que les autres ont répondu ; le niveau seul en "
        "décide."
    ),
    "report.finding_hinge_title": "Le moment charnière n'a pas eu lieu : {name}",
    "report.finding_hinge": ("Le niveau « {name} » n'est qu'à {pos}. {why}"),
    "report.finding_hinge_facts_title": "Le moment charnière n'est pas établi : {name}",
    "report.finding_hinge_facts": (
        "Le niveau « {name} » atteint {pos}, mais les faits rapportés{facts} ne remplissent pas ce que le "
        "questionnaire demande pour ce moment charnière. {why}"
    ),
    # why the hinge matters: the study's finding when the hinge is the reorganisation, else the file's choice
    "report.hinge_why": (
        "C'est le point décisif de l'étude : sans ce préalable, le numérique renforce le contrôle et la division "
        "du travail au lieu de les alléger."
    ),
    "report.hinge_why_file": (
        "Le questionnaire en fait le moment charnière ; dans l'étude, ce moment est une réorganisation menée avant "
        "les outils."
    ),
    "report.hinge_capped_why": " Sans ce préalable, l'étude montre que les outils s'empilent.",
    "report.finding_low_title": "Point le plus faible : {name}",
    "report.finding_low": "Le niveau « {name} » est à {pos}, du côté du pôle numérique : {pole}.",
    "report.finding_high_title": "Point d'appui : {name}",
    "report.finding_share.one": "Relevé par un seul des {of} répondants.",
    "report.finding_share.many": "Relevé par {n} des {of} répondants.",
    "report.finding_high": "Le niveau « {name} » est à {pos}, du côté socio-professionnel : {pole}.",
    "report.finding_high_split": (
        " Mais c'est une moyenne : les groupes « {high} » et « {low} » en sont à {gap} points d'écart, un écart à "
        "discuter avant de s'appuyer sur ce niveau."
    ),
    "report.finding_gap_title": "Les groupes de rôles ne voient pas la même chose : {name}",
    "report.finding_gap": (
        "Sur « {name} », les groupes « {high} » et « {low} » sont à {gap} points d'écart. Cet écart est "
        "en soi un constat : il faut le discuter avant de décider."
    ),
    "report.finding_missing_title": "Des niveaux sans réponses suffisantes",
    "report.finding_missing": "Trop peu de réponses pour situer : {names}. Faites compléter le questionnaire.",
    "report.first_missing": (
        "Faire compléter le questionnaire par davantage de personnes, en particulier sur les niveaux sans réponses "
        "suffisantes, avant de tirer des conclusions."
    ),
    "report.first_default": "Présenter ce rapport aux équipes et vérifier avec elles que ces constats sont justes.",
    "report.warnings": "Avertissements",
    "report.page": "page",
    "report.summary_few": (
        "Seulement {n} répondants, moins des {min} qu'il faut pour comparer des rôles ou mesurer un désaccord : "
        "ces positions donnent une image partielle, à discuter avec les équipes."
    ),
    "report.summary_one_role": (
        "Tous les répondants ont le même rôle ({role}) : ce rapport dit comment ce rôle voit l'organisation, pas "
        "comment les autres la voient."
    ),
    "report.single_note": (
        "Un seul répondant : ce rapport montre ses réponses ; il décrit un point de vue, pas l'organisation entière."
    ),
    "report.toc": "Sommaire",
    "report.colon": " : ",
    # --- portfolio (assess portfolio) -------------------------------------------------------------
    "portfolio.title": "Portefeuille : {n} organisations suivies",
    "portfolio.title_one": "Portefeuille : une organisation suivie",
    "portfolio.kicker": "Auto-diagnostic de trajectoire, d'après l'étude de S. Bretesché (2024)",
    "portfolio.summary": (
        "{orgs}, {respondents}, {rounds} en tout (une évaluation : une "
        "organisation à un tour). Chaque organisation est "
        "placée à son tour le plus récent ; ses tours précédents dessinent son chemin sur la carte."
    ),
    "portfolio.working_file": (
        "Document de travail du consultant, à ne pas remettre aux équipes des organisations : il montre "
        "chaque tour, y compris ceux d'un seul répondant, et les signaux de chacun. Chaque organisation "
        "reçoit son propre rapport, qui ne montre que ce à quoi ses répondants ne peuvent pas se reconnaître."
    ),
    "portfolio.by_trajectory": "Trajectoires au dernier tour",
    "portfolio.count": "{label} : {n}",
    "portfolio.all": "Toutes les organisations",
    "portfolio.yes": "oui",
    "portfolio.not_computed": "n.c.",
    "portfolio.map_title": "Carte des trajectoires",
    "portfolio.map_x": "Du pôle numérique (0) au pôle socio-professionnel (100)",
    "portfolio.map_y": "Profondeur d'intégration",
    "portfolio.map_unlabelled": (
        "Au-delà de {n} organisations, les points ne portent pas de nom : le tableau les détaille."
    ),
    "count.organisations.one": "{n} organisation",
    "count.organisations.many": "{n} organisations",
    "count.answers.one": "{n} réponse",
    "count.answers.many": "{n} réponses",
    "count.assessments.one": "{n} évaluation",
    "count.assessments.many": "{n} évaluations",
    "portfolio.map_description.one": "{n} organisation placée à son dernier tour ; {parts}.",
    "portfolio.map_description.many": "{n} organisations placées à leur dernier tour ; {parts}.",
    "portfolio.map_unplaced.one": (
        "{n} organisation sans position ou sans profondeur au dernier tour : absente de la carte."
    ),
    "portfolio.map_unplaced.many": (
        "{n} organisations sans position ou sans profondeur au dernier tour : absentes de la carte."
    ),
    "portfolio.map_unnamed.one": "Faute de place, la carte ne nomme pas une organisation\u00a0: {names}.",
    "portfolio.map_unnamed.many": "Faute de place, la carte ne nomme pas {n} organisations\u00a0: {names}.",
    "portfolio.map_path": "trait pointillé : le chemin depuis les tours précédents",
    "portfolio.legend": "Secteurs",
    "portfolio.distributions_title": "Chaque niveau dans le portefeuille",
    "portfolio.distributions_note": (
        "Nombre d'organisations par tranche de 10 points, à leur dernier tour ; le trait marque la médiane. "
        "0 = pôle numérique, 100 = pôle socio-professionnel."
    ),
    "portfolio.median": "médiane {m}",
    "portfolio.insufficient": "{n} sans position (réponses insuffisantes)",
    "portfolio.table_title": "Les organisations",
    "portfolio.on_major": "{name} (version\u00a0{major})",
    "portfolio.new_major": "nouv. version",
    "portfolio.table_note": (
        "Une ligne par tour. S, R, D, P : les quatre niveaux (voir plus haut). Évol. : évolution de la position "
        "globale depuis le tour précédent, ● quand elle dépasse ce qu'un autre groupe de répondants aurait pu "
        "donner à lui seul, ? quand on ne peut pas le dire (trop peu de répondants ou des positions toutes égales, "
        "et pas les mêmes personnes). "
        "Charnière : étiquette plafonnée par la règle du moment charnière. Désaccord : "
        "niveaux où les répondants se séparent nettement (n.c. : trop peu de répondants pour le dire)."
        " Nouv. version\u00a0: premier tour sur une nouvelle version majeure du questionnaire, non comparé aux"
        " tours de la précédente."
    ),
    "portfolio.sorted_name": "Triées par nom.",
    "portfolio.sorted_position": "Triées par position globale, la plus haute d'abord.",
    "portfolio.sorted_trajectory": "Triées par trajectoire, du numérique au socio-professionnel.",
    "portfolio.organisation": "Organisation",
    "portfolio.round": "Tour",
    "portfolio.respondents": "n",
    "portfolio.position": "Pos.",
    "portfolio.trajectory": "Trajectoire",
    "portfolio.hinge": "Charnière",
    "portfolio.disagreement": "Désaccord",
    "portfolio.change": "Évol.",
    "portfolio.signals": "Principaux signaux",
    "portfolio.levels_key": "Niveaux",
    "portfolio.generated_on": "Produit le",
    "portfolio.page": "page",
    "portfolio.footer": "Portefeuille assess",
    # --- rounds and benchmark ---------------------------------------------------------------------
    "report.rounds_title": "D'un tour à l'autre",
    "report.rounds_intro": (
        "Chaque tour d'évaluation est calculé à part, avec ses propres répondants ; les tours se comparent, "
        "ils ne se moyennent jamais. Le reste du rapport porte sur le tour le plus récent."
    ),
    "report.round": "Tour",
    "report.round_cover": "Évaluation",  # « Évaluation : Tour 2026… » (« Tour : Tour 2026 » said it twice)
    "report.round_shown": "Tour {label}, le plus récent des {n} tours",
    "report.round_shown_version": "Tour {label}, le plus récent des {n} tours sur la version {major}",
    "report.round_single": "Tour {label}",
    "report.round_unlabelled": "sans libellé",
    "report.change": "évolution",
    "report.verdict_change": "évolution nette",
    "report.verdict_within_margin": "dans la marge : d'autres répondants auraient pu donner cet écart",
    "report.verdict_unknown": "indiscernable : trop peu de répondants ou aucune dispersion, pas les mêmes personnes",
    "report.verdict_not_comparable": "non comparable : réponses insuffisantes",
    "report.portrait_level": "« {name} » ({pos})",
    "report.portrait_name": "« {name} »",
    "report.portrait_except": "Ce portrait ne vaut pas pour {names}, du côté {side}.",
    "report.newer_version": (
        "Ces réponses ont été données à une version antérieure du questionnaire « {title} » (la {version}) ; "
        "celle en usage aujourd'hui est la {newer}."
    ),
    "report.newer_major": (
        "Ses questions ont changé depuis : ne comparez pas ces positions à celles d'un rapport fait sur la nouvelle "
        "version."
    ),
    "report.and": " et ",
    "report.or": " ou ",
    # the hybrid band, level by level, from the file's bands (trajectory.hybrid*'s {pattern})
    "report.lean_socio.one": "{names} penche vers le pôle socio-professionnel",
    "report.lean_socio.many": "{names} penchent vers le pôle socio-professionnel",
    "report.lean_digital.one": "{names} reste du côté numérique",
    "report.lean_digital.many": "{names} restent du côté numérique",
    "report.lean_both": "{socio}, mais {digital}.",
    "report.lean_socio_only": "{socio}, et aucun niveau mesuré ne reste du côté numérique.",
    "report.lean_digital_only": "{digital}, et aucun niveau mesuré ne penche encore vers le pôle socio-professionnel.",
    "report.lean_none": "Aucun niveau mesuré ne penche nettement d'un côté : tous sont entre {lo} et {hi}.",
    "report.portrait_gaps": (
        "C'est le portrait de la moyenne : sur {names}, les groupes de rôles sont séparés par un écart marqué "
        "(voir les écarts)."
    ),
    "report.portrait_partly": "Ce portrait ne vaut qu'en partie pour {names}, dans la zone hybride.",
    "report.portrait_unmeasured": "Faute de réponses suffisantes, rien ne dit que ce portrait vaille pour {names}.",
    "report.side_digital": "numérique",
    "report.side_socio": "socio-professionnel",
    "report.rounds_up.one": "« {name} » a progressé de {n} point",
    "report.rounds_up.many": "« {name} » a progressé de {n} points",
    "report.rounds_down.one": "« {name} » a reculé de {n} point",
    "report.rounds_down.many": "« {name} » a reculé de {n} points",
    "report.rounds_up_less": "« {name} » a progressé de moins d'un point",
    "report.rounds_down_less": "« {name} » a reculé de moins d'un point",
    "report.rounds_moved": "Depuis le tour {since} : {parts}.",
    "report.rounds_still": (
        "Depuis le tour {since}, aucun niveau n'a bougé plus que ce qu'un autre groupe de répondants "
        "aurait pu donner à lui seul."
    ),
    "report.rounds_unknown": (
        "Depuis le tour {since}, on ne peut pas distinguer une évolution d'un changement de répondant : "
        "un tour compte trop peu de répondants pour mesurer leur dispersion, ou ils sont tous à la même position, "
        "et ce ne sont pas les mêmes personnes."
    ),
    "report.rounds_within": "Sur {names}, l'évolution reste dans la marge.",
    "report.rounds_legend": (
        "Sous chaque position : son évolution depuis le tour précédent (● évolution nette), puis la marge "
        "(± : l'écart qu'un autre groupe de répondants aurait pu donner à lui seul)."
    ),
    "report.rounds_note": (
        "Comment l'évolution est jugée : quand chaque tour compte au moins {min} répondants, l'écart entre les deux "
        "moyennes est comparé à la marge que la seule variation entre répondants peut produire (« ± » dans le "
        "tableau : cette marge, calculée pour ne se tromper qu'une fois sur vingt, d'autant plus large que les "
        "répondants sont peu nombreux). Un écart plus petit est dit « dans la marge ». Avec moins de répondants dans "
        "un tour (leur dispersion dirait leurs positions), ou des répondants tous à la même position dans un tour, "
        "l'écart ne compte que si les mêmes personnes ont répondu aux deux tours."
    ),
    "report.rounds_other_major.one": (
        "Le tour {rounds} a été fait avec une autre version majeure du questionnaire ({versions})\u00a0: il "
        "n'est pas comparé à celui-ci, les positions de deux versions majeures ne se comparant pas"
    ),
    "report.rounds_other_major.many": (
        "Les tours {rounds} ont été faits avec une autre version majeure du questionnaire ({versions})\u00a0:"
        " ils ne sont pas comparés à celui-ci, les positions de deux versions majeures ne se comparant pas"
    ),
    "report.rounds_withheld": (
        "Non montré : le tour {labels}, d'un seul répondant, dont les autres liraient les positions"
    ),
    "report.map_path": "chemin d'un tour à l'autre : {points}",
    "report.bench_title": "Parmi les organisations du secteur",
    "report.bench_intro": (
        "{n} autres organisations ayant répondu au questionnaire « {sector} » servent de repère, chacune à son "
        "tour le plus récent. Aucune n'est nommée ni montrée seule."
    ),
    "report.bench_sentence": "{name} : {own}, au-dessus de {below} des {n} autres organisations (médiane {median}).",
    "report.bench_lowest": (
        "{name} : {own} ; aucune des {n} autres organisations n'est placée plus bas (médiane {median})."
    ),
    "report.bench_highest": "{name} : {own}, au-dessus de chacune des {n} autres organisations (médiane {median}).",
    "report.bench_too_few": "{name} : moins de {min} organisations situées sur ce niveau, pas de repère.",
    "report.bench_note": (
        "La barre grise couvre la moitié centrale des organisations (du premier au troisième quartile), le trait "
        "la médiane, le repère noir votre organisation. Sans au moins {min} autres organisations du secteur, "
        "pas de comparaison : l'une d'elles pourrait être reconnue. Une organisation de moins de {group} "
        "répondants n'y entre pas : ses chiffres pourraient être ceux d'une seule personne."
    ),
    "report.bench_own": "votre organisation",
    # --- trajectory --------------------------------------------------------------------------------
    "trajectory.digital": (
        "L'organisation suit une trajectoire numérique (position {pos} sur 100) : les outils servent surtout à "
        "optimiser et à contrôler, les données remontent, et le travail de terrain risque de s'appauvrir."
    ),
    "trajectory.hybrid": (
        "L'organisation est entre les deux trajectoires (position {pos} sur 100).{pattern} Rien n'est joué : les "
        "choix des prochains mois feront pencher la balance."
    ),
    "trajectory.socio-professional": (
        "L'organisation suit une trajectoire socio-professionnelle (position {pos} sur 100) : le numérique sert la "
        "proximité, les données circulent vers le terrain et les pratiques se renouvellent."
    ),
    # the same sentences told in each sector's own story (Bretesché 2024 for housing, Blanc for
    # municipalities, Dumery 2024 and the dematerialisation talk for the social economy)
    "trajectory.digital.housing": (
        "L'organisation suit une trajectoire numérique (position {pos} sur 100) : les outils ont été posés sur "
        "l'organisation existante, les données remontent vers le siège, et les agences passent plus de temps à "
        "alimenter les outils qu'auprès des locataires."
    ),
    "trajectory.digital.municipality": (
        "La commune suit une trajectoire numérique (position {pos} sur 100) : chaque service avance avec ses "
        "outils et ses règles, sans pilotage commun ; l'usage dépend de chaque responsable, et les habitants "
        "ne trouvent pas le même service d'un guichet à l'autre."
    ),
    "trajectory.digital.social-economy": (
        "La structure suit une trajectoire numérique (position {pos} sur 100) : les outils ont été choisis "
        "d'en haut, souvent pour rendre des comptes aux financeurs ; les équipes les contournent à l'oral, et "
        "les tâches numériques s'ajoutent sans être reconnues."
    ),
    # the hybrid band: what each level shows is said from the figures ({pattern}, see
    # report.lean_*); the sector's sentence adds only what the study says decides the outcome
    "trajectory.hybrid.housing": (
        "L'organisation est entre les deux trajectoires (position {pos} sur 100).{pattern} Dans l'étude de 2024, "
        "ce qui a départagé les deux bailleurs est l'ordre des étapes : revoir l'organisation avant les outils, "
        "puis ouvrir les données aux agences et rendre du temps sur les sites."
    ),
    "trajectory.hybrid.municipality": (
        "La commune est entre les deux trajectoires (position {pos} sur 100).{pattern} Dans la commune étudiée "
        "par M. Blanc, l'usage de l'outil commun dépendait de chaque responsable de service, et le diagnostic de "
        "2022 a conclu au besoin de priorités communes et d'une cohérence d'ensemble."
    ),
    "trajectory.hybrid.social-economy": (
        "La structure est entre les deux trajectoires (position {pos} sur 100).{pattern} Dans les observations "
        "d'A. Dumery (2024), les équipes vivent comme des contraintes les outils choisis par la seule direction, "
        "et les tâches numériques s'ajoutent sans être reconnues comme du travail."
    ),
    "trajectory.socio-professional.housing": (
        "L'organisation suit une trajectoire socio-professionnelle (position {pos} sur 100) : le travail a été "
        "réorganisé avant les outils, les agences lisent et mettent à jour les données, et le temps gagné va "
        "à la présence auprès des locataires."
    ),
    "trajectory.socio-professional.municipality": (
        "La commune suit une trajectoire socio-professionnelle (position {pos} sur 100) : le numérique est piloté "
        "ensemble, les demandes des habitants suivent des circuits partagés, et les agents gardent le contact "
        "avec les usagers."
    ),
    "trajectory.socio-professional.social-economy": (
        "La structure suit une trajectoire socio-professionnelle (position {pos} sur 100) : les outils ont été "
        "choisis avec les équipes, l'information circule entre elles, et l'aide numérique aux personnes "
        "accompagnées est organisée."
    ),
    "trajectory.undetermined": "La trajectoire ne peut pas être déterminée : il manque des réponses sur {missing}.",
    # --- limesurvey --------------------------------------------------------------------------------
    "limesurvey.profile": "Votre fonction",
    "limesurvey.profile_help": (
        "Votre fonction sert seulement à comparer les regards par groupe de rôles. Un groupe de moins de {min} "
        "personnes n'est jamais montré seul."
    ),
    "limesurvey.role_question": "Quelle est votre fonction ?",
    "limesurvey.version_question": "Version du questionnaire (ne pas modifier)",
    "limesurvey.depth": "Usage des outils",
    "limesurvey.context": "Pour finir",
    "limesurvey.welcome": (
        "Ce questionnaire est anonyme : ni votre nom, ni votre adresse, ni l'heure de votre réponse ne sont "
        "enregistrés. Il n'y a pas de bonne ou de mauvaise réponse : décrivez ce que vous voyez dans votre travail. "
        "« Je ne sais pas » est une vraie réponse, et vous pouvez passer une question. Les résultats ne sont montrés "
        "que par groupes d'au moins {min} personnes."
    ),
    "limesurvey.end": (
        "Merci. Les résultats d'ensemble vous seront présentés par la personne qui vous a transmis ce questionnaire."
    ),
    # --- paper -------------------------------------------------------------------------------------
    "paper.doc_title": "Questionnaire papier",
    "paper.how_title": "Avant de commencer",
    "paper.how": (
        "Ce questionnaire est anonyme : n'écrivez pas votre nom. Il n'y a pas de bonne ou de mauvaise réponse : "
        "décrivez ce qui se passe vraiment dans votre travail."
    ),
    "paper.how_tick": (
        "Cochez une seule case par question, ou plusieurs quand c'est indiqué « plusieurs réponses possibles »."
    ),
    "paper.how_dont_know": (
        "« Je ne sais pas » est une vraie réponse : cochez-la plutôt que de deviner. Vous pouvez aussi laisser une "
        "question sans réponse."
    ),
    "paper.how_groups": (
        "Les réponses sont regroupées par fonction ; un groupe de moins de {min} personnes n'est jamais montré seul."
    ),
    "paper.how_codes": "Les petits codes gris servent seulement à la saisie des réponses : ne vous en occupez pas.",
    "paper.hand_back": "Rendez cette feuille à :",
    "paper.organisation": "Organisation :",
    "paper.date": "Date :",
    "paper.date_day": "jour",
    "paper.date_month": "mois",
    "paper.date_year": "année",
    "paper.role": "Votre fonction (une case) :",
    "paper.multi": "plusieurs réponses possibles",
    "paper.exclusive": "à cocher seule",
    "paper.for_roles": "pour : {roles}",
    "paper.variant:direction": "Si vous êtes à la direction :",
    "paper.variant:management": "Si vous êtes dans l'encadrement :",
    "paper.variant:field": "Si vous travaillez sur le terrain :",
    "paper.variant:support": "Si vous êtes dans une fonction support :",
    "paper.depth": "Usage des outils",
    "paper.depth_intro": (
        "Jusqu'où les outils numériques sont-ils allés dans le travail : documents, circuits, services ?"
    ),
    "paper.context": "Pour finir",
    "paper.context_intro": "Quelques questions pour situer vos réponses ; elles n'entrent pas dans le résultat.",
    "paper.thanks": "Merci ! Rendez cette feuille à la personne indiquée en première page.",
    "paper.page": "page",
    # --- xlsform -----------------------------------------------------------------------------------
    "xlsform.group_profile": "Votre fonction",
    "xlsform.group_depth": "Usage des outils",
    "xlsform.group_context": "Pour finir",
    "xlsform.role_label": "Quelle est votre fonction ?",
    "xlsform.role_hint": (
        "Sert seulement à comparer les regards par groupe de rôles ; un groupe de moins de {min} personnes n'est "
        "jamais montré seul."
    ),
    "xlsform.exclusive": "« {label} » ne va pas avec d'autres réponses.",
    # --- sheet -------------------------------------------------------------------------------------
    "sheet.answers_sheet": "réponses",
    "sheet.codes_sheet": "codes",
    "sheet.codes_head_0": "question",
    "sheet.codes_head_1": "texte",
    "sheet.codes_head_2": "code",
    "sheet.codes_head_3": "réponse",
    "sheet.how_multi": "plusieurs codes séparés par des espaces\u00a0: {codes}",
    "sheet.how_scale": "un nombre de {min} à {max}",
    "sheet.how_text": "texte libre",
    "sheet.how_role": "direction, management, field ou support",
    "sheet.how_date": "AAAA-MM-JJ (ou JJ/MM/AAAA)",
    # --- tables ------------------------------------------------------------------------------------
    "tables.no_gap": "aucun",
    "tables.not_computed": "n.c.",
    "tables.gaps_head": "écarts",
    "tables.sector_housing": "logement",
    "tables.sector_municipality": "commune",
    "tables.sector_social-economy": "ESS",
    "tables.role_direction": "direction",
    "tables.role_management": "encadr.",
    "tables.role_field": "terrain",
    "tables.role_support": "support",
    "tables.traj_digital": "numérique",
    "tables.traj_hybrid": "hybride",
    "tables.traj_socio-professional": "socio-pro.",
    "tables.traj_undetermined": "indéterm.",
    # --- cli ---------------------------------------------------------------------------------------
    "cli.list_id": "identifiant",
    "cli.list_version": "version",
    "cli.list_title": "titre",
    "cli.list_languages": "langues",
    "cli.list_questions": "questions",
    "cli.list_source": "origine",
    "cli.list_bundled": "fourni",
    "cli.sqlite_written": "{path} : {added}, {skipped}, {orgs}",
    "cli.n_added.one": "{n} répondant ajouté",
    "cli.n_added.many": "{n} répondants ajoutés",
    "cli.n_already.one": "{n} déjà présent",
    "cli.n_already.many": "{n} déjà présents",
    "cli.n_replaced.one": ", {n} remplacé",
    "cli.n_replaced.many": ", {n} remplacés",
    "cli.n_recomputed.one": "{n} évaluation recalculée",
    "cli.n_recomputed.many": "{n} évaluations recalculées",
    "cli.option_wrong": "{option}\u00a0: {msg}",
    "cli.error": "erreur : {msg}",
    "cli.names_differ": (
        "l'organisation {org} porte {n} noms dans ses réponses ({names}) : les tableaux et les rapports "
        "utilisent {used} ; donnez un seul nom à ses réponses pour en choisir un autre"
    ),
    "cli.min_group_kept": (
        "--min-group-size {asked} est en dessous de ce que demande {qid} ({kept}) : {kept} est gardé, "
        "l'option ne peut que protéger davantage les répondants"
    ),
    "cli.bad_day": "{value} n'est pas un jour du calendrier écrit AAAA-MM-JJ",
    "cli.valid_invalid": "{valid}, {invalid}",
    "cli.scored_invalid": "{scored}, {invalid}",
    "cli.n_valid.one": "{n} valide",
    "cli.n_valid.many": "{n} valides",
    "cli.n_scored.one": "{n} noté",
    "cli.n_scored.many": "{n} notés",
    "cli.n_invalid.one": "{n} invalide",
    "cli.n_invalid.many": "{n} invalides",
    "cli.warning": "attention : {msg}",
    "cli.note": "note : {msg}",
    "cli.cannot_write": "impossible d'écrire {path} : {error}",
    "cli.written": "écrit : {path}",
    "cli.written_and": "écrits : {path} et {other}",
    "cli.nothing_written": "rien n'est écrit dans {path} : aucun répondant à écrire",
    "cli.not_merged": (
        "rien n'est écrit dans {path} : il est laissé tel quel ; enregistrez-le en UTF-8, ou importez dans un autre "
        "fichier"
    ),
    "cli.nothing_scored": (
        "rien n'est écrit dans {path} : aucune réponse n'a pu être notée (un fichier existant est laissé tel quel)"
    ),
    "cli.os_ENOENT": "fichier ou dossier introuvable",
    "cli.os_EACCES": "permission refusée",
    "cli.os_EPERM": "opération non permise",
    "cli.os_ENOSPC": "plus de place sur le disque",
    "cli.os_EROFS": "disque en lecture seule",
    "cli.os_EISDIR": "c'est un dossier",
    "cli.os_ENOTDIR": "ce n'est pas un dossier",
    "cli.os_EDQUOT": "quota de disque dépassé",
    "cli.file_not_stdout": (
        "-o et --pdf prennent un nom de fichier : un rapport est un fichier à ouvrir ou imprimer, pas la sortie "
        "standard"
    ),
    "cli.written_jsonl.one": "écrit : {path} ({n} répondant)",
    "cli.written_jsonl.many": "écrit : {path} ({n} répondants)",
    "cli.jsonl_replaced.one": ", dont {n} à la place de celui d'un import précédent",
    "cli.jsonl_replaced.many": ", dont {n} à la place de ceux d'un import précédent",
    "cli.jsonl_kept.one": " ; {n} répondant déjà dans le fichier gardé",
    "cli.jsonl_kept.many": " ; {n} répondants déjà dans le fichier gardés",
    "cli.written_files.one": "écrit : {n} fichier de réponses dans {path}",
    "cli.written_files.many": "écrits : {n} fichiers de réponses dans {path}",
    "cli.import_interrupted.one": "interrompu : {n} fichier de réponses écrit dans {path}, les autres non",
    "cli.import_interrupted.many": "interrompu : {n} fichiers de réponses écrits dans {path}, les autres non",
    "cli.written_reports.one": "écrit : {n} rapport dans {path}",
    "cli.written_reports.many": "écrits : {n} rapports dans {path}",
    "cli.written_reports_pdfs.one": "écrit : {n} rapport, en HTML et en PDF, dans {path}",
    "cli.written_reports_pdfs.many": "écrits : {n} rapports, chacun en HTML et en PDF, dans {path}",
    "cli.progress": "notation",
    "cli.completion_installed": "complétion pour {shell} installée dans {path}",
    "cli.completion_restart": "La complétion fonctionnera dans un terminal ouvert de nouveau",
    "cli.csv_decimal": "--csv-decimal doit valoir ',' ou '.'",
    "cli.lang_values": "--lang doit valoir fr ou en, pas {value}",
    "cli.export_langs": "--lang : donnez des langues du questionnaire ({langs}), par exemple fr,en",
    "cli.needs_file": "--format {fmt} écrit un fichier : donnez -o FICHIER.{fmt}",
    "cli.named_for": "{path} : ceci écrit un fichier {suffix} : donnez-lui un nom qui finit par {suffix}",
    "cli.format_named": (
        "{path} : --format {fmt} n'écrit pas ce que dit ce nom : un nom qui finit par {suffix} est celui de "
        "--format {named} ; changez le nom, ou retirez --format"
    ),
    "cli.no_round_at_all": (
        "aucun tour {round} dans ces réponses : elles ne nomment aucun tour (importez-les avec --round)"
    ),
    "cli.no_such_round": "aucun tour {round} dans ces réponses (tours : {rounds})",
    "cli.output_is_read": (
        "{path} fait partie des fichiers que ce calcul lit : les résultats le remplaceraient ; écrivez-les dans un "
        "fichier hors des réponses"
    ),
    "cli.jsonl_or_folder": (
        "-o : donnez un fichier .jsonl (un répondant par ligne) ou un dossier (un .json par répondant)"
    ),
    "cli.no_complete_response": "aucune réponse complète à importer",
    "cli.import_read.one": "{path} : {n} répondant lu",
    "cli.import_read.many": "{path} : {n} répondants lus",
    "cli.import_unfinished.one": ", {n} réponse inachevée ignorée",
    "cli.import_unfinished.many": ", {n} réponses inachevées ignorées",
    "cli.import_bad.one": ", {n} ligne en erreur",
    "cli.import_bad.many": ", {n} lignes en erreur",
    "cli.import_unread": " (le fichier n'a pas pu être lu)",
    "cli.import_columns_unread": " (une colonne n'est pas lue : rien n'est importé de ce fichier)",
    "cli.out_dir_alone": (
        "--out-dir écrit un fichier par organisation : ne le combinez pas avec -o et --pdf (utilisez --pdfs pour "
        "les PDF)"
    ),
    "cli.empty_path": "{opt} a reçu un nom vide, qui ne désigne aucun fichier ni dossier",
    "cli.option_as_value": (
        "{opt} attend une valeur, et {value} est une autre option\u00a0: écrivez la valeur après {opt} (un fichier"
        " dont le nom commence par un tiret\u00a0: ./{value})"
    ),
    "cli.pdfs_need_out_dir": "--pdfs va avec --out-dir ; pour un seul rapport, utilisez --pdf FICHIER",
    "cli.report_interrupted": "interrompu : aucun rapport n'a été écrit",
    "cli.reports_interrupted": "interrompu : les rapports déjà annoncés sont écrits, les autres non",
    "cli.no_valid_answers": "aucune réponse valide : pas de rapport à produire",
    "cli.left_out.one": "{n} entrée invalide laissée de côté",
    "cli.left_out.many": "{n} entrées invalides laissées de côté",
    "cli.several_versions": (
        "les réponses de {org} relèvent de plusieurs questionnaires ou versions majeures ({versions}), qui ne sont "
        "jamais moyennés ensemble. Donnez les fichiers d'une seule version, ou utilisez --out-dir DOSSIER pour un "
        "rapport par version."
    ),
    "cli.latest_major": (
        "{org} : le rapport est celui de son tour le plus récent, {round} ({version}) ; ses tours sur une autre "
        "version majeure y sont nommés, pas comparés (--out-dir DOSSIER : un rapport par version)"
    ),
    "cli.several_orgs": (
        "les réponses couvrent {n} organisations : {names}. Donnez les fichiers d'une seule organisation, ou "
        "utilisez --out-dir DOSSIER pour un rapport par organisation."
    ),
    "cli.no_files": "aucun fichier de réponses à noter",
    "cli.interrupted": "interrompu",
    "cli.not_written": "interrompu : {path} n'a pas été écrit (la version précédente est intacte)",
    "cli.stdout": "la sortie standard",
    "cli.portfolio_name": "portefeuille.html",
    "cli.more_like_this.one": "{n} de plus avec le même avertissement : {msg}",
    "cli.more_like_this.many": "{n} de plus avec le même avertissement : {msg}",
    "cli.report_name": "rapport",
    # --- help --------------------------------------------------------------------------------------
    "help.app": (
        "Auto-diagnostic d'une transformation numérique, d'après Bretesché (2024) : quatre niveaux de changement, "
        "la trajectoire numérique ou socio-professionnelle, et un rapport imprimable.\n\nExemple :\n\nassess score "
        "examples/ --by-organisation"
    ),
    "help.app.version": "Afficher la version et quitter.",
    "help.param.help": "Afficher cette aide et quitter.",
    # typer's own words in the help pages it draws
    "help.words.commands": "Commandes",
    "help.words.required": "[obligatoire]",
    "help.words.default": "[par défaut : {}]",
    "help.words.envvar": "[variable d'environnement : {}]",
    "help.words.deprecated": "(obsolète) ",
    "help.words.subcommand": "COMMANDE [ARGUMENTS]...",
    "help.param.lang": (
        "Langue : fr ou en (par défaut : $ASSESS_LANG, sinon votre locale : français pour fr_*, anglais sinon)."
    ),
    "help.param.min_group_size": (
        "Protéger les répondants davantage que le questionnaire : la taille du plus petit groupe montré seul, sous "
        "laquelle aucun détail des réponses n'est montré. Elle peut seulement relever la valeur du questionnaire."
    ),
    "help.param.questionnaire_id": "Identifiant du questionnaire, par exemple housing.",
    "help.param.questionnaires_dir": (
        "Un dossier de vos propres questionnaires (YAML), ajoutés à ceux fournis ; répétable. Lu aussi dans "
        "$ASSESS_QUESTIONNAIRES_DIR."
    ),
    "help.list": (
        "Lister les questionnaires trouvés (fournis et les vôtres), chaque version installée.\n\nExemple :\n\n"
        "assess list --json"
    ),
    "help.list.as_json": "Afficher du JSON au lieu d'un tableau.",
    "help.show": (
        "Montrer un questionnaire : niveaux, questions, identifiants et valeurs des réponses.\n\nExemple "
        ":\n\nassess show housing --lang en"
    ),
    "help.show.as_json": "Afficher tout le modèle en JSON.",
    "help.schema": (
        "Afficher le schéma JSON du format des réponses ou de celui des questionnaires.\n\nExemple :\n\nassess "
        "schema answers > answers.schema.json"
    ),
    "help.schema.kind": "answers ou questionnaire",
    "help.validate": (
        "Vérifier des fichiers de questionnaire et de réponses ; chaque problème est affiché avec son fichier, sa "
        "ligne et sa question.\n\nCode de sortie 0 quand tout est valide, 1 sinon.\n\nExemple :\n\nassess validate "
        "examples/"
    ),
    "help.validate.paths": "Fichiers de questionnaire (.yaml) ou de réponses (.json, .jsonl), ou dossiers.",
    "help.score": (
        "Noter des fichiers de réponses : un résultat par répondant (ou par organisation).\n\nLes fichiers ou "
        "lignes invalides sont signalés sur la sortie d'erreur avec leur chemin et leur ligne, et le lot continue "
        "; le code de sortie vaut alors 1. Le CSV est en UTF-8 avec BOM, champs séparés par « ; ».\n\nExemple "
        ":\n\nassess score examples/ --format csv -o resultats.csv"
    ),
    "help.score.paths": "Fichiers de réponses (.json, .jsonl) ou dossiers (parcourus récursivement).",
    "help.score.fmt": (
        "table (par défaut dans un terminal), json, jsonl (par défaut sinon), csv, xlsx ou sqlite (ces deux avec "
        "-o ; aussi d'après le nom du fichier : .xlsx, .sqlite, .db)."
    ),
    "help.score.output": "Écrire dans ce fichier, de façon atomique.",
    "help.score.by_organisation": "Un résultat par organisation : moyennes par rôle, écarts de perception, désaccord.",
    "help.score.jobs": "Nombre de processus (par défaut : le plus rapide pour le lot).",
    "help.score.csv_decimal": "Séparateur décimal du CSV : ',' pour un Excel français (par défaut) ou '.'.",
    "help.template": (
        "Produire un fichier de réponses vierge, un tableur pour saisir des réponses, ou un questionnaire "
        "papier.\n\nLe questionnaire papier montre le code de chaque réponse ; le tableur (une colonne par "
        "question, une ligne par répondant) prend ces codes, et `assess import` le relit.\n\nExemple :\n\nassess "
        "template housing --format pdf -o questionnaire-papier.pdf"
    ),
    "help.template.fmt": (
        "json : fichier de réponses vierge ; csv ou xlsx : tableur de saisie des réponses papier ; html ou pdf : "
        "le questionnaire papier à imprimer (par défaut : selon l'extension du fichier, sinon json)."
    ),
    "help.template.output": "Écrire dans ce fichier (de façon atomique).",
    "help.import": (
        "Lire les réponses exportées de LimeSurvey, KoboToolbox, ODK ou du tableur de saisie.\n\nLes en-têtes et "
        "les cellules sont reconnus sous leurs formes habituelles (codes ou textes complets des réponses, en "
        "français ou en anglais). Les réponses LimeSurvey inachevées sont ignorées et comptées. Chaque ligne en "
        "erreur est signalée avec son fichier et sa ligne, et l'import continue ; le code de sortie vaut alors 1. "
        "Un fichier dont une colonne n'est lue par aucune question (hors métadonnées des outils) n'est pas importé, "
        "car des réponses seraient perdues : le message nomme ces colonnes, et --ignore-column laisse de côté "
        "celles qui ne contiennent aucune réponse. L'identifiant d'un répondant est fait du nom du fichier et de "
        "l'identifiant ou de la ligne de la réponse : un nouvel import donne les mêmes identifiants.\n\nExemple :"
        "\n\nassess import results-survey123456.csv -Q housing \\\n  --organisation-id logemer -o reponses.jsonl"
    ),
    "help.import.paths": (
        "Fichiers de réponses : LimeSurvey (.csv, .json), KoboToolbox ou ODK (.csv, .xlsx), le tableur de saisie."
    ),
    "help.import.questionnaire": "Le questionnaire avec lequel les réponses ont été recueillies.",
    "help.import.organisation_id": (
        "Identifiant de l'organisation, pour les lignes sans valeur dans une colonne organisation_id."
    ),
    "help.import.organisation_name": "Nom de l'organisation, pour le rapport.",
    "help.run.round_label": "Le tour d'évaluation (« 2026 », « T1 »), gardé avec les réponses.",
    "help.import.round_label": "Le tour d'évaluation de ces réponses (« 2026 », « T1 ») : comparé, jamais moyenné.",
    "help.import.ignore_columns": (
        "Une colonne qui ne contient aucune réponse (son en-tête, ou son numéro si elle n'en a pas), à laisser de "
        "côté : sans cela, un fichier dont une colonne n'est lue par aucune question n'est pas importé. Une fois "
        "par colonne, ou avec * pour toute suite de lettres (extra_* : chaque colonne non lue dont l'en-tête "
        "commence ainsi)."
    ),
    "help.import.output": (
        "Un fichier .jsonl (les réponses qu'il contient déjà sont gardées, celles lues de nouveau remplacées), ou "
        "un dossier (un .json par répondant). Par défaut : des lignes JSON sur la sortie."
    ),
    "help.portfolio": (
        "Produire une page pour toutes les organisations suivies : un tableau de chaque organisation et de chaque "
        "tour, la carte des trajectoires avec le chemin de chacune, et la répartition de chaque niveau.\n\n"
        "HTML autonome (aucun script), imprimable en A4 paysage. Les tours viennent du champ « round » des "
        "réponses ; chaque tour est calculé à part, jamais moyenné avec un autre.\n\nExemple :\n\n"
        "assess portfolio examples/ -o portefeuille.html --sort position"
    ),
    "help.portfolio.paths": "Fichiers de réponses (.json, .jsonl) de plusieurs organisations et tours, ou dossiers.",
    "help.portfolio.output": "Fichier HTML à écrire (par défaut : portefeuille.html).",
    "help.portfolio.pdf": "Écrire aussi ce PDF (demande WeasyPrint).",
    "help.portfolio.sort": "Ordre des organisations : name (nom), position ou trajectory (trajectoire).",
    "help.portfolio.no_by_sector": "Un seul tableau pour toutes les organisations, au lieu d'un par secteur.",
    "help.portfolio.date": "Imprimer cette date de production (par défaut : aucune).",
    "help.portfolio.jobs": "Nombre de processus pour lire les réponses.",
    "help.report": (
        "Produire le rapport imprimable d'une organisation : verdict, carte, niveaux, écarts, signaux, "
        "méthode.\n\nLe fichier HTML se suffit à lui-même (CSS et SVG intégrés, aucun script, aucune requête "
        "extérieure) et s'imprime en A4. Les réponses de plusieurs organisations demandent --out-dir.\n\nExemple "
        ":\n\nassess report examples/housing/ --out-dir rapports/ --lang fr"
    ),
    "help.report.paths": "Fichiers de réponses (.json, .jsonl) d'une organisation, ou dossiers.",
    "help.report.output": "Fichier HTML à écrire (par défaut : rapport-<organisation>.html).",
    "help.report.pdf": "Écrire aussi ce PDF (demande WeasyPrint).",
    "help.report.out_dir": "Un rapport par organisation dans ce dossier, nommé d'après son identifiant.",
    "help.report.pdfs": "Avec --out-dir : écrire aussi un PDF à côté de chaque rapport.",
    "help.report.templates_dir": "Vos propres gabarits, utilisés avant ceux fournis (par exemple _cover.html).",
    "help.report.date": "Imprimer cette date de production sur la couverture (par défaut : aucune).",
    "help.report.benchmark": (
        "Réponses d'autres organisations (fichiers ou dossiers, un portefeuille) : le rapport situe "
        "l'organisation parmi celles de son secteur, sans en nommer aucune, s'il y en a au moins cinq."
    ),
    "help.report.jobs": "Nombre de processus pour lire les réponses.",
    "help.report.round_label": (
        "Le rapport de ce tour, avec les tours qui le précèdent à côté (par défaut : le plus récent)."
    ),
    "help.report.appendix": (
        "compact : seulement les questions commentées ou qui divisent les rôles (par défaut) ; full : toutes les "
        "questions ; none : pas d'annexe."
    ),
    "help.run": (
        "Répondre au questionnaire dans le terminal, niveau par niveau, en français ou en anglais.\n\nLes flèches "
        "et Entrée choisissent (les chiffres aussi), Espace coche un choix multiple, ← revient en arrière, → garde "
        "la réponse et avance, u va à la première question sans réponse, ? explique la question, c ajoute un "
        "commentaire, s passe, q enregistre et quitte. Chaque réponse est aussitôt enregistrée dans un brouillon "
        "($ASSESS_DRAFTS_DIR, sinon ~/.local/state/assess/drafts), protégé par un code de reprise que vous "
        "choisissez ; Ctrl-C (ou un kill, ou le terminal fermé) "
        "enregistre et dit comment reprendre. À la fin : un résumé, le fichier de réponses pour `assess score`, et "
        "le rapport.\n\nExemple :\n\nassess run "
        "housing --lang fr --role field --org-id logeterre -o reponses.json"
    ),
    "help.run.questionnaire_id": "Identifiant du questionnaire (demandé s'il n'est pas donné).",
    "help.run.role": "Votre rôle : direction, management, field ou support (demandé s'il n'est pas donné).",
    "help.run.org_id": "Identifiant de l'organisation (demandé s'il n'est pas donné).",
    "help.run.org_name": "Nom de l'organisation.",
    "help.run.respondent_id": (
        "Votre identifiant ou pseudonyme : lui seul, avec votre code de reprise, reprend votre brouillon (par "
        "défaut : un identifiant aléatoire, affiché)."
    ),
    "help.run.output": "Fichier de réponses à écrire à la fin.",
    "help.run.resume": "Reprendre un brouillon (ou un fichier de réponses).",
    "help.export": (
        "Écrire un questionnaire au format de l'outil qui recueille les réponses.\n\nExemple :\n\nassess export "
        "limesurvey housing -o housing.txt"
    ),
    "help.export.limesurvey": (
        "Écrire une structure d'enquête LimeSurvey (.txt séparé par des tabulations) à importer dans LimeSurvey "
        "6.\n\nUn groupe par niveau plus un groupe de profil (le rôle, codé ROLE, et une question cachée QVER qui "
        "porte l'identifiant et la version du questionnaire), les deux langues, « je ne sais pas » comme réponse "
        "(NSP), une collecte anonyme (ni IP, ni référent, ni horodatage). À importer par « Créer une enquête > "
        "Importer ».\n\nExemple :\n\nassess export limesurvey housing -o housing-limesurvey.txt"
    ),
    "help.export.limesurvey.output": "Le fichier .txt à écrire (par défaut : affiché).",
    "help.export.limesurvey.langs": "Langues, la langue de base d'abord, séparées par des virgules.",
    "help.export.limesurvey.codes": (
        "Afficher la correspondance entre identifiants des questions et codes LimeSurvey (JSON)."
    ),
    "help.export.xlsform": (
        "Écrire un XLSForm (.xlsx) à déposer dans KoboToolbox ou ODK Central.\n\nLes noms des questions et des "
        "choix sont les identifiants du questionnaire : les soumissions reviennent sans table de correspondance ; "
        "les deux langues ; une question de rôle ; la version dans un champ calculé.\n\nExemple :\n\nassess export "
        "xlsform housing -o housing-xlsform.xlsx"
    ),
    "help.export.xlsform.output": "Le fichier .xlsx à écrire.",
    "help.param.install_completion": "Installer la complétion pour le shell courant.",
    "help.param.show_completion": (
        "Afficher la complétion pour le shell courant, pour la copier ou adapter son installation."
    ),
    # --- csv ---------------------------------------------------------------------------------------
    "csv.source": "fichier",
    "csv.line": "ligne",
    "csv.organisation_id": "identifiant organisation",
    "csv.organisation_name": "organisation",
    "csv.respondent_id": "identifiant répondant",
    "csv.role": "rôle",
    "csv.questionnaire_id": "questionnaire",
    "csv.questionnaire_version": "version",
    "csv.date": "date",
    "csv.round": "tour",
    "csv.position": "position globale",
    "csv.trajectory": "trajectoire",
    "csv.hinge": "plafonnée par la règle charnière",
    "csv.depth_score": "profondeur",
    "csv.depth_stage": "stade de profondeur",
    "csv.signals": "signaux",
    "csv.signal_ids": "identifiants des signaux",
    "csv.warnings": "avertissements",
    "csv.respondents": "répondants",
    "csv.roles": "rôles",
    "csv.role_count": "{role} : {n}",
    "csv.flagged_gaps": "écarts marqués",
    "csv.disagreement": "désaccord",
    "csv.level_position": "{level} : position",
    "csv.level_coverage": "{level} : couverture",
    "csv.level_status": "{level} : réponses",
    "csv.level_gap": "{level} : écart entre rôles",
    "csv.yes": "oui",
    "csv.no": "non",
    "csv.status_ok": "suffisantes",
    "csv.status_insufficient": "insuffisantes",
    "csv.stage_numerisation": "numérisation",
    "csv.stage_digitalisation": "digitalisation",
    "csv.stage_transformation": "transformation",
    "csv.too_few_respondents": "trop peu de répondants",
    # --- problem: the English is the exact template the code writes; a test checks each is matched ----
    # --- kinds of JSON value, as messages name them ------------------------------------------------
    # --- the JSON parser's own words (orjson), for a malformed answers file ---------------------------
    "json.unexpected_character": "caractère inattendu",
    "json.invalid_literal": "mot inconnu",
    "json.expected": "{head} ; attendu : {what}",
    "json.a_value": "une valeur JSON",
    "json.a_key": "une clé entre guillemets",
    "json.colon_after_key": "« : » après la clé",
    "json.comma_or_bracket": "« , » ou « ] »",
    "json.comma_or_brace": "« , » ou « }} »",
    "json.end_of_data": "fin des données inattendue",
    "json.after_document": "du contenu après la fin de l'objet",
    "json.control_character": "caractère de contrôle dans un texte",
    "json.escape": "séquence d'échappement invalide dans un texte",
    "json.trailing_comma": "virgule en trop avant la fermeture",
    "json.leading_zero": "nombre commençant par un zéro",
    "json.no_digit": "signe sans chiffre",
    "json.infinity": "nombre trop grand",
    "json.surrogate": "caractère Unicode incomplet dans un texte",
    # --- the YAML parser's own words (libyaml), for a malformed questionnaire file ----------------------
    "yaml.mapping_values": "« : » inattendu (un texte sans guillemets qui contient « : », ou une ligne trop indentée)",
    "yaml.mapping_values_here": (
        "« : » inattendu (un texte sans guillemets qui contient « : », ou une ligne trop indentée)"
    ),
    "yaml.dash": "« - » attendu (une ligne de la liste mal indentée)",
    "yaml.key": "une clé attendue (une ligne mal indentée, ou du texte après des guillemets fermés)",
    "yaml.comma_or_brace": "« , » ou « }} » attendu (des guillemets ou une accolade laissés ouverts)",
    "yaml.comma_or_bracket": "« , » ou « ] » attendu (des guillemets ou un crochet laissés ouverts)",
    "yaml.colon": "« : » attendu après une clé",
    "yaml.end_of_stream": "fin du fichier inattendue (des guillemets laissés ouverts)",
    "yaml.token": "un caractère qui ne peut pas commencer une valeur (@, ` ou % : mettez le texte entre guillemets)",
    "yaml.tab": "une tabulation dans l'indentation",
    "yaml.tab_space": "une tabulation là où une espace d'indentation est attendue",
    "yaml.alias": "un alias (*nom) sans ancre (&nom) de ce nom",
    "yaml.escape": "une séquence « \\ » inconnue entre guillemets doubles",
    "yaml.node_content": "une valeur attendue",
    "yaml.another_document": "un second document (---) : un fichier tient un seul questionnaire",
    "kind.object": "un objet",
    "kind.list": "une liste",
    "kind.text": "du texte",
    "kind.bool": "vrai/faux",
    "kind.whole": "un nombre entier",
    "kind.sqlite": "une base SQLite (comme les résultats de assess score -o resultats.sqlite)",
    "kind.pdf": "un document PDF",
    "kind.zip": "un classeur ou une archive zip",
    "kind.number": "un nombre",
    "problem.001": "un objet JSON était attendu, et non {kind}",
    "problem.002": "pas un fichier de réponses : pas de « format » : « {fmt} »",
    "problem.003": "format non pris en charge {fmt} (attendu : {expected})",
    "problem.004": '« questionnaire » manquant : {{"id": ..., "version": ...}}',
    "problem.005": "la version {version} n'a pas la forme 1.0.0",
    "problem.006": "un identifiant de réponse (texte) était attendu, et non {kind}",
    "problem.007": "réponse inconnue {option} (attendu : l'une de {ids})",
    "problem.008": "une liste d'identifiants de réponses (des textes) était attendue, et non {kind}",
    "problem.009": "réponses inconnues {options} (attendu : {ids})",
    "problem.010": "la réponse {option} exclut les autres",
    "problem.011": "un nombre entier de {lo} à {hi} était attendu, et non {kind}",
    "problem.012": "{value} est hors de l'échelle {lo}..{hi}",
    "problem.013": "un texte était attendu, et non {kind}",
    "problem.014": "texte de plus de {n} caractères",
    "problem.015": "{field} doit être un texte d'au plus {n} caractères, et non {kind}",
    "problem.016": "les réponses portent sur {have}, pas sur {want}",
    "problem.017": (
        "les réponses portent sur {have}, notées avec la version {version} (même version majeure : des questions "
        "ont pu être ajoutées ou reformulées)"
    ),
    "problem.018": "clé inconnue : {keys}",
    "problem.018_many": "clés inconnues : {keys}",
    "problem.019": "clé inconnue dans {inside} : {keys}",
    "problem.019_many": "clés inconnues dans {inside} : {keys}",
    "problem.020": '« organisation » manquant : {{"id": ...}}',
    "problem.022": '« organisation » manquant : {{"id": ...}} : l\'identifiant est un texte non vide',
    "problem.023": "l'identifiant dépasse {n} caractères",
    "problem.340": (
        "contient un caractère invisible (U+{code}, caractère {at} sur {n}) : supprimez-le, ou retapez le "
        "texte au lieu de le coller"
    ),
    "problem.024": "doit être un objet avec id et role, et non {kind}",
    "problem.026": "rôle inconnu {role} (attendu : l'un de {roles})",
    "problem.027": "la date doit être un jour du calendrier, de la forme AAAA-MM-JJ, et non {date}",
    "problem.028": "lang doit valoir fr ou en, et non {lang}",
    "problem.029": "« answers » manquant : {{identifiant de question : réponse}}",
    "problem.030": "question inconnue (absente de {label}) ; vouliez-vous dire {close} ?",
    "problem.031": "question inconnue (absente de {label})",
    "problem.032": "comments doit être un objet {{identifiant de question : texte}}, et non {kind}",
    "problem.033": "commentaire sur une question inconnue",
    "problem.034": "un commentaire est un texte d'au plus {n} caractères",
    "problem.035": "clé donnée deux fois dans un même objet (laquelle compte serait une devinette)",
    "problem.036": "vide",
    "problem.037": "JSON mal formé à la colonne {col} : {msg}",
    "problem.038": "JSON mal formé : {msg}",
    "problem.039": "le fichier est vide",
    "problem.040": "le fichier est un texte {encoding} : enregistrez-le en UTF-8",
    "problem.271": "ne contient que des octets NUL (un fichier abîmé) : aucune réponse à lire",
    "problem.041": "pas un texte UTF-8 (octet {n}) : enregistrez le fichier en UTF-8",
    "problem.042": "impossible de lire le dossier : {error}",
    "problem.043": "lien symbolique cassé",
    "problem.044": "boucle de liens symboliques",
    "problem.045": "lecture impossible : {error}",
    "problem.046": "lien symbolique vers un dossier déjà lu : ignoré",
    "problem.047": "pas un fichier ordinaire ({kind}) : ignoré",
    "problem.048": "fichier ou dossier introuvable",
    "problem.049": "le dossier ne contient aucun fichier de réponses (*.json, *.jsonl)",
    "problem.050": "est un dossier",
    "problem.051": "pas un fichier ordinaire ({kind})",
    "problem.052": (
        "le fichier dépasse {n} Mo : les réponses d'une personne tiennent en quelques ko ; pour beaucoup de "
        "répondants, utilisez JSONL (un objet par ligne)"
    ),
    "problem.053": "ligne de plus de {n} Mo",
    "problem.054": "fichier vide : aucune ligne JSON",
    "problem.055": "n'est pas un dossier de questionnaires",
    "problem.056": "dossier de questionnaires introuvable",
    "problem.057": "questionnaire inconnu {qid} (installés : {known}) ; vouliez-vous dire {close} ?",
    "problem.058": "questionnaire inconnu {qid} (installés : {known})",
    "problem.q_broken_defines": (
        "questionnaire inconnu {qid} : le fichier {path} qui le définit contient des erreurs ; "
        "« assess validate {path2} » les liste"
    ),
    "problem.059": (
        "les réponses portent sur {qid} version {version}, qui n'est pas installée (installées : {have}) : une "
        "autre version majeure peut poser d'autres questions, elles ne sont donc pas notées. Ajoutez le "
        "questionnaire correspondant avec --questionnaires-dir."
    ),
    "problem.060": "la version de questionnaire {version} n'a pas la forme 1.0.0",
    "problem.061": (
        "le questionnaire {qid} est déjà défini dans {path} : ce fichier est ignoré ; changez son identifiant ou "
        "sa version"
    ),
    "problem.062": "réponse inconnue {answer} (attendu : un code de réponse parmi {codes})",
    "problem.063": "réponse inconnue {answer} (attendu : l'une de {ids})",
    "problem.064": "la colonne {col} : pas une case cochée : {value} (attendu : Y ou vide)",
    "problem.065": "la colonne {col} : pas une case cochée : {value} (attendu : 1 ou 0)",
    "problem.066": (
        "aucune colonne ne correspond à une question de {label} (en-têtes : {shown}). Est-ce le bon questionnaire, "
        "et un export de réponses (pas une structure d'enquête) dont les en-têtes sont les codes des questions "
        "(LimeSurvey) ou les noms XML (KoboToolbox) ?"
    ),
    "problem.label_heading_twice": (
        "l'en-tête {heading} désigne plusieurs colonnes du formulaire ({names}) : on ne peut pas savoir laquelle "
        "il contient. Exportez de nouveau les données avec l'option « XML values and headers » de KoboToolbox et "
        "importez ce fichier"
    ),
    "problem.labels_read_two_ways": (
        "{value} se lit {one} ou {other} : des libellés de réponses séparés par des espaces se lisent des deux "
        "façons. Exportez les données avec l'option « XML values and headers » de KoboToolbox"
    ),
    "problem.no_answer_row": "aucune réponse à aucune question : la ligne n'est pas lue",
    "problem.a_form_not_answers": (
        "c'est un formulaire (un XLSForm, sa feuille survey), pas les réponses recueillies avec lui : téléchargez "
        "les réponses (KoboToolbox : Données, Téléchargements, « XML values and headers ») et importez ce fichier"
    ),
    "problem.better_match": (
        "les colonnes sont celles du questionnaire {qid} ({other} colonnes de réponses reconnues) plus que de "
        "{own} ({mine}) : donnez -Q {qid}"
    ),
    "problem.import_twice": "le répondant {id} a déjà été lu dans {first} : gardé une seule fois, tel que lu là",
    "problem.xls": "un classeur Excel 97-2003 (.xls) : enregistrez-le en XLSX ou en CSV (UTF-8) et importez ce fichier",
    "problem.352": (
        "un classeur protégé par un mot de passe : ouvrez-le dans Excel, retirez le mot de passe, enregistrez-le, puis "
        "importez-le"
    ),
    "problem.ods": (
        "une feuille de calcul OpenDocument (.ods) : enregistrez-la en XLSX ou en CSV (UTF-8) et importez ce fichier"
    ),
    "problem.068": "pas d'identifiant d'organisation : donnez --organisation-id (et --organisation-name)",
    "problem.069": "recueilli avec {tag}, pas avec le questionnaire {qid}",
    "problem.070": "{n} lignes sans version de questionnaire : lues comme {label}",
    "problem.070_one": "1 ligne sans version de questionnaire : lue comme {label}",
    "problem.341": (
        "{n} lignes d'un autre tour que --round {given}, comme le dit la colonne des tours ({values}), lues dans "
        "ce tour : {lines}"
    ),
    "problem.341_one": (
        "1 ligne d'un autre tour que --round {given}, comme le dit la colonne des tours ({values}), lue dans ce "
        "tour : {lines}"
    ),
    "problem.219": "{n} lignes avec une langue qui n'est ni fr ni en ({values}), lues sans langue : {lines}",
    "problem.219_one": "1 ligne avec une langue qui n'est ni fr ni en ({values}), lue sans langue : {lines}",
    "problem.071": "pas un fichier CSV lisible : {error}",
    "problem.072": "fichier vide : pas de ligne d'en-têtes",
    "problem.073": "enregistrement CSV illisible : {error}",
    "problem.074": "pas un classeur XLSX lisible : {error}",
    "problem.075": "la première feuille est vide : pas de ligne d'en-têtes",
    "problem.076": "JSON non valide : {error}",
    "problem.077": "pas un export de réponses LimeSurvey : pas de liste « responses »",
    "problem.078": "pas un objet réponse",
    "problem.079": "fichier trop gros ({n} Mo) : découpez l'export",
    "problem.080": "fichier introuvable",
    "problem.081": "est un dossier : donnez les fichiers de réponses",
    "problem.082": "le tour doit être un libellé d'au plus {n} caractères (comme « 2026 » ou « T1 »), reçu {round}",
    "problem.083": (
        "comparaison impossible : il faut au moins {min} autres organisations, chacune d'au moins {group} "
        "répondants, ayant répondu au questionnaire « {title} » (version {major}), et il y en a {n}"
    ),
    "problem.084": "réponses de plusieurs tours : {rounds} (donnez un seul tour)",
    "problem.085": "les réponses données ne sont pas le dernier tour de l'organisation",
    "problem.086": (
        "une version plus récente de {qid} est installée ({newer}) ; ces réponses sont calculées avec la {version}"
    ),
    "problem.087": (
        "une cellule entre guillemets n'est jamais refermée (elle courait jusqu'à la ligne {end}) : les lignes "
        "suivantes sont relues"
    ),
    "problem.nul": "contient des octets NUL (un fichier abîmé, ou pas un export CSV) dans sa ligne d'en-têtes",
    "problem.nul_row": "contient des octets NUL (un fichier abîmé, ou pas un export CSV) : la ligne n'est pas lue",
    "problem.088": "les colonnes {first} et {second} ({a} et {b}) donnent la même réponse : gardez-en une seule",
    "problem.089": "le répondant {rid} figure aussi dans {where} : compté une fois",
    "problem.090": "la feuille contient plus de {n} Mo de texte",
    "problem.092": "réponse inconnue {answer} (attendu : un nombre entier de {min} à {max})",
    "problem.093": "tour {label} de {name} : réponses datées du {first} au {last}",
    "problem.094": "tours de {name} dans l'ordre de leurs dates : {labels}",
    "problem.353": (
        "l'organisation {org} porte les noms {names} selon ses tours (du plus ancien au plus récent) : le portfolio et "
        "le rapport de son tour le plus récent la nomment {name}"
    ),
    "problem.344": (
        "réponses de {name} sans tour, à côté de ses tours {labels} : elles forment un tour à part (donnez-leur "
        "le leur : « round » dans le fichier, --round d'import ou de run)"
    ),
    "problem.095": "{n} lignes avec moins de cellules que d'en-têtes, celles qui manquent lues vides : {lines}",
    "problem.095_one": "1 ligne avec moins de cellules que d'en-têtes, celles qui manquent lues vides : {lines}",
    "problem.096": "{n} lignes avec plus de cellules que d'en-têtes, celles en trop non lues : {lines}",
    "problem.096_one": "1 ligne avec plus de cellules que d'en-têtes, celles en trop non lues : {lines}",
    "problem.097": "une partie du classeur dépasse {n} Mo une fois décompressée",
    "problem.099": "la date {date} n'est pas un jour du calendrier : écrivez AAAA-MM-JJ ou JJ/MM/AAAA",
    "problem.100": "la colonne {col} donne {given} mais ses cases {ticked}",
    "problem.101": (
        "la colonne {col} contient une formule dont la valeur n'est pas enregistrée : ouvrez et enregistrez d'abord "
        "le classeur"
    ),
    "problem.102": "« je ne sais pas » coché avec d'autres réponses : gardez l'un ou les autres",
    "problem.103": (
        "les mêmes scores que {where} sur chaque niveau, sans identifiant de répondant : une copie compte deux fois"
    ),
    "problem.347": "{n} lignes dont la date d'envoi n'est pas un jour ({values}), lues sans date : {lines}",
    "problem.347_one": "1 ligne dont la date d'envoi n'est pas un jour ({values}), lue sans date : {lines}",
    "problem.346": (
        "les organisations {first} et {second} ne diffèrent que par les majuscules : deux organisations, et non une"
    ),
    "problem.345": (
        "les mêmes scores, rôle et date que le répondant {id} dans {where} : une copie sous un autre identifiant, "
        "comptée une fois"
    ),
    "problem.350": (
        "les mêmes scores et commentaires que le répondant {id} dans {where} : une copie sous un autre "
        "identifiant, comptée une fois"
    ),
    "problem.351": "le répondant {rid} figure aussi dans {where} (écrit {other}) : compté une fois",
    "problem.utf16": "illisible comme texte UTF-16 (octet {n}) : enregistrez-le en UTF-8",
    "problem.098": "une partie du classeur est compressée plus de {n} fois : ce n'est pas un export de réponses",
    "problem.104": (
        "aucune version {major}.x de {qid} n'est installée (installées : {have}) : une version désigne la plus récente "
        "installée de la même version majeure"
    ),
    "problem.105": "un identifiant de questionnaire est un texte (comme « housing »), et non {kind}",
    "problem.106": "une version de questionnaire est un texte (comme « 1.0.0 »), et non {kind}",
    "problem.107": (
        "un questionnaire était attendu (un Questionnaire, un Plan ou l'identifiant d'un questionnaire installé), "
        "et non {kind}"
    ),
    "problem.108": "aggregate prend une liste de réponses de répondants, et non {kind}",
    "problem.109": "read_answers prend le chemin d'un fichier de réponses, et non {kind}",
    "problem.110": "{what} prend un Catalog (de load_catalog) ou None, et non {kind}",
    "problem.111": "aggregate a besoin des réponses d'au moins un répondant",
    "problem.112": (
        "une liste d'identifiants de réponses (des textes) était attendue, et non une liste contenant {kind}"
    ),
    "problem.113": "{field} doit être un texte d'au plus {n} caractères, et non un texte de {length} caractères",
    "problem.114": "est un dossier : il n'est pas remplacé",
    "problem.115": "n'est pas un fichier ordinaire : il n'est pas remplacé",
    "problem.116": "un export de réponses, pas un fichier de réponses : convertissez-le d'abord avec assess import",
    # the results database (interop/results_sqlite.py), and SQLite's own words for a file it cannot use
    "problem.117": "{name} est une base SQLite qu'assess n'a pas écrite : choisissez un autre fichier",
    "problem.118": (
        "{name} suit la version {found} du schéma des résultats, cet assess écrit la version {version} "
        "(docs/database.md) : écrivez dans un nouveau fichier et calculez-y de nouveau les réponses"
    ),
    "problem.119": (
        "le SQLite de ce Python ({version}) n'a pas les fonctions JSON dont les vues de la base ont besoin "
        "(intégrées à SQLite depuis la version 3.38)"
    ),
    "problem.120": "le fichier est endommagé : ce n'est pas une base que cet outil sait lire",
    "problem.121": "ce fichier n'est pas une base de données SQLite",
    "problem.122": "la base est verrouillée : un autre programme s'en sert",
    "problem.123": "la base est endommagée (image disque malformée)",
    "problem.124": "réponses à des questions non posées au rôle {role}, donc non notées : {questions}",
    "problem.125": "doit être un objet avec id et version, et non {kind}",
    "problem.126": "l'identifiant du questionnaire est un texte, et non {kind}",
    "problem.127": "doit être un objet avec id et name, et non {kind}",
    "problem.128": "l'identifiant de l'organisation est un texte, et non {kind}",
    "problem.129": "une limite est un nombre entier de points (les sorties affichent des points entiers)",
    "problem.130": (
        "une couverture est un pourcentage entier, par exemple 0.55 (les sorties affichent des pourcentages entiers)"
    ),
    "problem.159": "les réponses données ne sont pas le dernier tour de l'historique (tous ses répondants, eux seuls)",
    "problem.154": "les en-têtes sont sur cette ligne : ce qui est au-dessus (un titre) n'est pas lu",
    "problem.155": "les mêmes réponses qu'en {where} : un questionnaire saisi ou envoyé deux fois ? Les deux sont lus",
    "problem.156": "réponse inconnue {answer} (attendu : l'une de {ids}) ; vouliez-vous dire {guess} ?",
    "problem.157": (
        "le répondant {id} est déjà dans le fichier pour le tour {rounds} : donnez --round pour l'importer à nouveau"
    ),
    "problem.216": (
        "le répondant {id} est déjà dans ce dossier pour le tour {rounds} : donnez --round pour l'importer à nouveau"
    ),
    "problem.342": (
        "le répondant {id} est déjà dans le fichier pour les tours {rounds} : donnez --round pour l'importer à nouveau"
    ),
    "problem.343": (
        "le répondant {id} est déjà dans ce dossier pour les tours {rounds} : donnez --round pour l'importer à nouveau"
    ),
    "problem.217": (
        "{n} des répondants lus sont aussi gardés sans tour, comme {first} : si c'est cet export importé avant"
        " sans --round, retirez-les, sinon ils comptent comme un tour à eux seuls"
    ),
    "problem.218": (
        "les mêmes réponses que {where}, importé avant : le même export téléchargé de nouveau sous un autre"
        " nom ? Les deux sont gardés"
    ),
    "problem.158": "{kind}, pas un fichier de réponses (JSON)",
    "problem.170": (
        "colonnes non lues\u00a0: {shown}\u00a0: les réponses du fichier ne sont pas importées, celles de ces"
        " colonnes seraient perdues. Vérifiez -Q et l'export\u00a0; si elles ne contiennent aucune réponse, "
        "donnez {option}"
    ),
    "problem.171": (
        "colonnes sans en-tête contenant des cellules, non lues\u00a0: {shown}\u00a0: les réponses du fichier"
        " ne sont pas importées. Donnez à chacune l'en-tête de sa question\u00a0; si elles ne contiennent "
        "aucune réponse, donnez {option}"
    ),
    "problem.172": "colonnes laissées de côté (--ignore-column)\u00a0: {shown}",
    "problem.348": "la colonne {heading} laissée de côté contient des cellules, non importées\u00a0: lignes {lines}",
    "problem.349": (
        "commence ou finit par une espace, {given} : supprimez-la ({given} et {trimmed} seraient lus comme deux)"
    ),
    "problem.173": "aucun fichier n'a de colonne non lue {name}",
    "problem.174": "le répondant {rid} était dans la base avec d'autres réponses\u00a0: remplacé ({what})",
    "problem.174_more": (
        "le répondant {rid} était dans la base avec d'autres réponses\u00a0: remplacé ({what} et {n} autres)"
    ),
    "problem.174_one_more": (
        "le répondant {rid} était dans la base avec d'autres réponses\u00a0: remplacé ({what} et 1 autre)"
    ),
    "problem.175": "le répondant {rid} figure deux fois dans le lot avec d'autres réponses\u00a0: le premier est gardé",
    "problem.176": (
        "doit valoir au moins {floor}, et non {size}\u00a0: un groupe d'une ou deux personnes montré seul "
        "permet de les reconnaître"
    ),
    # --- questionnaire files (loader.py, model.py, catalog.py) ---------------------------------
    "problem.131": "dossier de gabarits introuvable",
    "problem.132": "erreur dans le gabarit\u00a0: {msg}",
    "problem.133": "lang vaut l'une de {langs}, et non {value}",
    "problem.134": "generated_on doit être un jour du calendrier, AAAA-MM-JJ, et non {value}",
    "problem.135": "history est une Timeline (rounds.timelines) ou None, et non {kind}",
    "problem.177": "other_versions est une liste de Timeline (rounds.timelines)",
    "problem.200": (
        "ses lignes finissent par un CR seul (fin de ligne des anciens Mac) : enregistrez le fichier avec des fins de "
        "ligne LF ou CRLF"
    ),
    "problem.201": "pas un objet de réponses : gardé tel quel",
    "problem.202": "{kind}, pas un export de réponses\u00a0: importez le fichier CSV, XLSX ou JSON de l'enquête",
    "problem.205": "la liste «\u00a0responses\u00a0» est vide\u00a0: aucune réponse à importer",
    "problem.204": (
        "des cellules après le dernier en-tête contiennent {held}\u00a0: un séparateur tapé dans une cellule, ou une "
        "colonne sans en-tête\u00a0? La ligne n'est pas lue"
    ),
    "problem.203": (
        "un fichier de réponses ({fmt}), pas un export de réponses\u00a0: donnez-le tel quel à assess score ou "
        "assess report"
    ),
    "problem.136": "peers est une liste d'OrganisationResult (donnés par aggregate) ou None",
    "problem.137": "les dossiers sont un chemin ou une liste de chemins, et non {kind}",
    "problem.138": "les dossiers sont un chemin ou une liste de chemins (en texte ou en Path)",
    "problem.139": "un questionnaire est un texte YAML, et non {kind}",
    "problem.140": "réponses de plusieurs organisations\u00a0: {orgs}",
    "problem.141": "répondants donnés deux fois (chacun compte une fois)\u00a0: {ids}",
    "problem.142": "appendix doit valoir l'une de {modes}, et non {value}",
    "problem.143": "aucune réponse pour un rapport",
    "problem.144": "template est le nom d'un fichier de gabarit (comme «\u00a0report.html\u00a0»), et non {kind}",
    "problem.145": "templates_dir est un dossier ou None, et non {kind}",
    "problem.146": "check_answers prend un Plan (donné par compile_plan), et non {kind}",
    "problem.147": "{what} demande les réponses d'au moins un répondant",
    "problem.148": "{what} prend une liste de réponses de répondants, et non {kind}",
    "problem.149": "load_questionnaire prend le chemin d'un fichier de questionnaire, et non {kind}",
    "problem.150": "écriture hors de {folder} refusée\u00a0: {name}",
    "problem.151": "compile_plan prend un Questionnaire (donné par load_questionnaire), et non {kind}",
    "problem.272": "source est le nom d'un fichier (en texte ou en Path), et non {kind}",
    "problem.273": "un questionnaire est un texte YAML, et non {kind} (load_questionnaire lit un fichier)",
    "problem.275": "respondent_record prend un répondant donné par read_answers (un Scored), et non {kind}",
    "problem.276": (
        "organisation_record prend un OrganisationResult (donné par aggregate ou organisations), et non {kind}"
    ),
    "problem.274": (
        "render_report prend un ReportContext (donné par build_report_context) ou un PortfolioContext, et non {kind}"
    ),
    "problem.152": (
        "impossible de produire un PDF\u00a0: WeasyPrint ou ses bibliothèques système manquent ({detail}). "
        "Installez-les avec «\u00a0pip install weasyprint\u00a0» et, sous Debian ou Ubuntu, «\u00a0apt-get "
        "install libpango-1.0-0 libpangoft2-1.0-0\u00a0»\u00a0; ou ouvrez le rapport HTML dans un navigateur "
        "et imprimez-le en PDF."
    ),
    "problem.q_control": "contient un caractère de contrôle (une tabulation s'écrit en espaces) : retirez-le",
    "problem.q_key": "une clé doit être un mot simple, pas une liste ni un ensemble de clés",
    "problem.q_scale_points": "une échelle a au plus {n} points au-dessus de son min",
    "problem.q_required": "ce champ est obligatoire",
    "problem.q_unknown_field": "champ inconnu (une faute de frappe, ou un champ d'un autre endroit ?)",
    "problem.q_one_of": "doit être l'une de ces valeurs : {expected}",
    "problem.q_kind": "valeur attendue : {kind}, et non {got}",
    "problem.q_version_number": (
        "YAML lit {value} comme un nombre : écrivez la version en trois nombres, entre guillemets, par exemple "
        'version: "{suggest}"'
    ),
    "problem.q_kind_bool": (
        "valeur attendue : {kind}, et non vrai/faux (YAML lit yes, no, on, off, true et false sans guillemets"
        " comme vrai/faux : mettez la valeur entre guillemets)"
    ),
    "problem.q_kind_empty": (
        "valeur attendue : {kind}, mais la valeur est vide (en YAML, « # » commence un commentaire : mettez "
        "entre guillemets une valeur qui en contient un)"
    ),
    "problem.q_gt": "doit être supérieur à {n}",
    "problem.q_ge": "doit valoir au moins {n}",
    "problem.q_lt": "doit être inférieur à {n}",
    "problem.q_le": "doit valoir au plus {n}",
    "problem.q_finite": "doit être un nombre fini",
    "problem.q_nan": "doit être un nombre (et non NaN)",
    "problem.q_not_empty": "ne doit pas être vide",
    "problem.q_too_long": "doit compter au plus {n} caractères",
    "problem.q_pattern_underscore": (
        "doit s'écrire en lettres minuscules, chiffres et _, en commençant par une lettre (comme str_goal)"
    ),
    "problem.q_pattern_both": (
        "doit s'écrire en lettres minuscules, chiffres, _ et -, en commençant par une lettre (comme mon-logement)"
    ),
    "problem.q_pattern_dash": (
        "doit s'écrire en lettres minuscules, chiffres et -, en commençant par une lettre (comme social-economy)"
    ),
    "problem.q_condition": "une condition a besoin de l'une de ces clés : answer, level, consistency, all, any, not",
    "problem.q_scale_order": "le max de l'échelle ({max}) doit être supérieur à son min ({min})",
    "problem.q_scale_label": "le libellé de l'échelle {k} est hors de {lo}..{hi}",
    "problem.q_two_options": "une question à choix a besoin d'au moins deux options",
    "problem.q_dup_options": "identifiants d'option en double : {ids}",
    "problem.q_reserved": "« dont_know » est réservé : écrivez plutôt dont_know: true",
    "problem.q_no_value": "question notée : options sans valeur : {ids}",
    "problem.q_scale_only": "« scale » ne sert qu'aux questions à échelle",
    "problem.q_combine_only": "« combine » ne sert qu'aux questions à choix multiple (type: multi)",
    "problem.q_scale_needed": "une question à échelle a besoin de « scale: {{min, max}} »",
    "problem.q_scale_no_options": "une question à échelle n'a pas d'options",
    "problem.q_text_scored": "les questions à texte libre ne sont jamais notées : retirez « level »",
    "problem.q_text_options": "une question à texte libre n'a ni options ni échelle",
    "problem.q_roles_empty": "la liste des rôles ne doit pas être vide",
    "problem.q_bands": "bands : digital_below ne doit pas dépasser socio_professional_from",
    "problem.q_stages": "depth_stages : « from » doit commencer à 0 et croître strictement",
    "problem.q_answer_cond": (
        "une condition sur une réponse prend exactement l'une de ces clés : in, all_of, none_of, at_most, at_least"
    ),
    "problem.q_level_cond": "une condition sur un niveau prend exactement l'une de ces clés : below, at_least",
    "problem.q_semver": (
        "version : « {v} » n'est pas un numéro de version : écrivez trois nombres entiers séparés par des "
        "points, comme 1.0.0"
    ),
    "problem.q_french": "languages : le français (fr) est la langue de référence et doit être déclaré",
    "problem.q_levels": "levels : exactement {ids} sont attendus (trouvé : {got})",
    "problem.q_dup_question": "questions : identifiant de question en double « {id} »",
    "problem.q_dup_signal": "signals : identifiant de signal en double « {id} »",
    "problem.q_level_empty": "levels : le niveau « {id} » n'a aucune question notée",
    "problem.q_hinge_answers": (
        "scoring.hinge.requires : seulement des conditions sur des réponses (answer, all, any, not)"
    ),
    "problem.q_fact_scored": "question {id} : la nature « fact » est pour les questions notées (donnez-lui un niveau)",
    "problem.q_translation": (
        "{where} : traduction manquante pour {langs} : écrivez-la (un fichier proposé en français seul "
        "ne déclare que fr dans `languages`)"
    ),
    "problem.q_consistency": (
        "{where} : la cohérence sur « {level} » demande des questions de fait et d'opinion sur ce niveau"
    ),
    "problem.q_unknown_question": "{where} : condition sur une question inconnue « {id} »",
    "problem.296": "{where} : condition sur une question inconnue « {id} » (vouliez-vous dire « {near} » ?)",
    "problem.297": (
        "doit être supérieur à 0 : pour laisser une question hors des scores, retirez son level (elle devient une "
        "question de contexte) ; pour qu'elle compte moins, donnez-lui un poids inférieur à 1, comme 0.5"
    ),
    "problem.298": (
        "doit être supérieur à 0 : chaque niveau compte ; pour qu'un niveau compte moins, donnez-lui un poids "
        "inférieur à 1, comme 0.5"
    ),
    "problem.q_use_bounds": "{where} : la question « {id} » est de type {type} : utilisez at_most/at_least",
    "problem.q_no_option": "{where} : la question « {id} » n'a pas d'option « {option} »",
    "problem.q_not_scored": "{where} : la question « {id} » n'est pas notée : at_most/at_least ont besoin d'une valeur",
    "problem.q_tag": "l'étiquette « {tag} » n'est pas permise (seulement des données YAML simples)",
    "problem.q_dup_key": "clé en double « {key} » (d'abord à la ligne {n})",
    "problem.q_too_large": "fichier trop gros ({n} octets) pour un questionnaire",
    "problem.q_folder": "est un dossier, pas un fichier",
    "problem.q_deep": (
        "imbriqué sur plus de {n} niveaux (ou {n} crochets laissés ouverts) : ce n'est pas un questionnaire"
    ),
    "problem.q_collections": "plus de {n} collections YAML : ce n'est pas un questionnaire",
    "problem.q_self_alias": "l'alias *{a} renvoie à lui-même",
    "problem.q_alias_nodes": "plus de {n} nœuds YAML une fois les alias développés : ce n'est pas un questionnaire",
    "problem.q_yaml_tab": "YAML invalide : {detail} (remplacez les tabulations par des espaces)",
    "problem.q_yaml": "YAML invalide : {detail}",
    "problem.q_big_number": "un nombre est trop grand (des milliers de chiffres)",
    "problem.q_mapping": "un questionnaire est un ensemble de clés et de valeurs (id, version, ...)",
    "problem.q_defined": (
        "le questionnaire {id} {version} est déjà défini dans {path} : ce fichier est ignoré ; changez son "
        "identifiant ou sa version"
    ),
    "problem.q_not_folder": "n'est pas un dossier de questionnaires",
    "problem.q_no_folder": "dossier de questionnaires introuvable",
    "problem.q_read_folder": "impossible de lire le dossier : {error}",
    "problem.draft_not_assess": "ni un brouillon ni un fichier de réponses d'assess",
    "problem.draft_no_answers": "brouillon sans réponses",
    "problem.draft_not_object": "ce n'est pas un fichier de brouillon",
    "problem.answers_folder": (
        "le fichier de réponses ne peut pas être écrit dans le dossier {folder} : donnez un autre chemin avec -o"
    ),
    # --- xlsx --------------------------------------------------------------------------------------
    "xlsx.respondents": "répondants",
    "xlsx.organisations": "organisations",
    "xlsx.gaps": "écarts et désaccord",
    "xlsx.signals": "signaux",
    "xlsx.organisation": "organisation",
    "xlsx.level": "niveau",
    "xlsx.gap": "écart entre rôles",
    "xlsx.high": "voit plus haut",
    "xlsx.low": "voit plus bas",
    "xlsx.flagged": "écart marqué",
    "xlsx.disagreement": "désaccord entre répondants",
    "xlsx.not_measured": "non mesuré",
    "xlsx.yes": "oui",
    "xlsx.no": "non",
    "xlsx.signal": "signal",
    "xlsx.signal_title": "intitulé",
    "xlsx.severity": "gravité",
    "xlsx.raised_by": "relevé par",
    "xlsx.working": "à ne pas diffuser",
    "xlsx.working_note": (
        "Fichier de travail du consultant : il contient les scores et les signaux de chaque répondant, et des "
        "décomptes même pour des groupes plus petits que la taille minimale. Ne pas le transmettre aux équipes "
        "des organisations ; leur remettre le rapport (assess report), qui ne montre que ce à quoi les "
        "répondants ne peuvent pas se reconnaître."
    ),
}
