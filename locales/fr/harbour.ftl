# Harbour : textes de l’application (français).
# Brouillon de traduction automatique, pas encore relu par un locuteur natif.

app-name = Harbour
app-tagline = Assistant de pré-identification : des indicateurs et des orientations, jamais une décision

## Create the vault (first run)

create-title = Configurer cet appareil
create-intro = Tout ce qui est enregistré sur cet appareil est conservé dans un coffre-fort chiffré. Choisissez une phrase secrète que seuls vous et votre équipe connaissez. Sans elle, personne, pas même les concepteurs de Harbour, ne peut ouvrir les dossiers.
create-passphrase = Phrase secrète
create-confirm = Phrase secrète (à nouveau)
create-hint = { $min ->
        [one] Au moins { $min } caractère.
       *[other] Au moins { $min } caractères.
    } Quelques mots sans rapport entre eux, séparés par des espaces, sont faciles à retenir et difficiles à deviner.
create-submit = Créer le coffre-fort chiffré
create-working = Création du coffre-fort…
strength-label = Robustesse :
strength-too-weak = trop faible
strength-fair = moyenne
strength-good = bonne
strength-strong = forte

## Unlock

unlock-title = Déverrouiller Harbour
unlock-intro = Saisissez la phrase secrète pour ouvrir les dossiers de cet appareil.
unlock-passphrase = Phrase secrète
unlock-submit = Déverrouiller
unlock-working = Vérification…
unlock-locked-idle = Harbour s’est verrouillé après une période d’inactivité.

## Home: the case list

home-title = Dossiers
home-new-interview = Nouvel entretien
home-empty = Aucun dossier sur cet appareil pour l’instant.
home-lock = Verrouiller
home-settings = Paramètres
case-reference = Référence
case-status = Statut
case-updated = Dernière modification
case-status-in_progress = En cours
case-status-finished = Terminé
case-status-consent_refused = Consentement refusé
case-count = { $count ->
    [one] { $count } dossier
   *[other] { $count } dossiers
}
case-list-tools = Trouver des dossiers
case-search = Trouver un dossier par sa référence
case-search-hint = La référence ou ses premiers caractères, par exemple 7K3.
case-sort = Trier
case-sort-updated-desc = Dernière modification, la plus récente d’abord
case-sort-updated-asc = Dernière modification, la plus ancienne d’abord
case-sort-created-desc = Ouverture, le plus récent d’abord
case-sort-created-asc = Ouverture, le plus ancien d’abord
case-sort-reference-asc = Référence, de A à Z
case-sort-reference-desc = Référence, de Z à A
case-filters = { $count ->
    [0] Filtres
   *[other] Filtres ({ $count })
}
case-filter-any = Tous
case-filter-trafficking = Traite des êtres humains
case-filter-protection = Protection internationale
case-filter-urgent = Sécurité urgente
case-filter-urgent-yes = Urgents seulement
case-filter-urgent-no = Non urgents
case-filter-exported = Export
case-filter-exported-yes = Exportés
case-filter-exported-no = Pas encore exportés
case-filters-clear = Effacer la recherche et les filtres
case-level-strong = Indicateurs élevés
case-level-possible = Indicateurs possibles
case-level-insufficient_information = Informations insuffisantes
case-level-none = Aucun indicateur
case-list-no-match = Aucun dossier ne correspond.
case-list-page-empty = Cette page est désormais vide.
case-page-first = Revenir à la première page
case-pages = Pages de la liste des dossiers
case-showing = { $from }–{ $to } sur { $total }
case-showing-at-least = { $from }–{ $to } sur plus de { $total }
case-page-previous = Précédente
case-page-next = Suivante
case-urgent = Urgent
case-actions = Actions
error-case-search-invalid = Une référence ne contient que des lettres, des chiffres et « - » : « { $character } » (caractère { $position }) ne peut pas en faire partie.
error-case-search-too-long = Une référence a au plus { $max } caractères.
error-case-page-size = Une page affiche de 1 à { $max } dossiers.

## Settings

settings-title = Paramètres
settings-auto-lock = Verrouiller automatiquement après ce nombre de minutes sans activité
settings-save = Enregistrer
settings-saved = Enregistré.
settings-back = Retour

## Language

language-staff = Langue du personnel
language-needs-review = pas encore relu par un locuteur natif

## Errors (the code of each error is its message id)

error-vault-locked = Le coffre-fort est verrouillé. Déverrouillez-le pour continuer.
error-vault-not-found = Il n’y a pas encore de coffre-fort sur cet appareil.
error-vault-exists = Un coffre-fort existe déjà ici ; il n’a pas été modifié.
error-vault-wrong-passphrase = Cette phrase secrète n’ouvre pas ce coffre-fort. Vérifiez la langue du clavier et la touche Verr. Maj.
error-vault-backoff = { $seconds ->
        [one] Trop de tentatives. Veuillez patienter { $seconds } seconde avant de réessayer.
       *[other] Trop de tentatives. Veuillez patienter { $seconds } secondes avant de réessayer.
    }
error-vault-corrupt = Le fichier du coffre-fort est endommagé ({ $detail }). Il n’a pas été modifié. Conservez-en une copie et contactez votre référent technique.
error-vault-too-new = Ce coffre-fort a été créé par une version plus récente de Harbour. Mettez Harbour à jour pour l’ouvrir.
error-passphrase-weak = Cette phrase secrète est trop faible.
error-passphrase-too-short = { $min ->
        [one] Utilisez au moins { $min } caractère.
       *[other] Utilisez au moins { $min } caractères.
    }
error-passphrase-repetitive = Utilisez des caractères plus variés ; quelques mots séparés par des espaces conviennent bien.
error-passphrase-common = Cette phrase secrète est trop courante. Choisissez vos propres mots.
error-passphrase-guessable = Cette phrase secrète est facile à deviner. Ajoutez des mots, ou utilisez une phrase proposée.
passphrase-hint-common-password = C’est un mot de passe courant, ou presque.
passphrase-hint-common-words = Un mot ou un nom seul est facile à deviner.
passphrase-hint-keyboard-pattern = Les suites de touches du clavier sont faciles à deviner.
passphrase-hint-repeats = Les répétitions et les suites (aaa, abc, 123) sont faciles à deviner.
passphrase-hint-dates = Les dates et les années sont faciles à deviner.
passphrase-hint-predictable-changes = Majuscules, mots à l’envers et symboles à la place des lettres (p@ss) n’aident guère.
passphrase-hint-add-words = Ajoutez un ou deux mots ; des mots peu courants sont préférables.
create-generate = Proposer une phrase secrète
create-generated = Phrase secrète proposée (déjà saisie ci-dessous). Notez-la maintenant et gardez-la à l’écart de cet ordinateur :
error-passphrase-mismatch = Les deux phrases secrètes ne sont pas identiques.
error-disk-full = Le disque est plein. La dernière modification n’a pas été enregistrée ; tout ce qui précède est en sécurité. Libérez de l’espace et réessayez.
error-not-writable = Harbour ne peut pas écrire dans { $path }. La dernière modification n’a pas été enregistrée ; tout ce qui précède est en sécurité.
error-case-not-found = Ce dossier n’existe plus sur cet appareil.
error-session-not-found = Cet entretien n’existe plus sur cet appareil.
error-io = Un fichier n’a pas pu être lu ou écrit.
error-internal = Un problème est survenu dans Harbour. Rien de ce qui était déjà enregistré n’a été perdu.
error-unknown = Un problème est survenu.

## Safety controls

hide-now = Masquer
neutral-continue = Continuer

## Starting a screening

new-title = Nouvel entretien
new-questionnaire = Questionnaire
new-language = Langue de l’entretien
new-start = Commencer par le consentement
new-cancel = Annuler
new-no-questionnaires = Aucun questionnaire n’est installé.
new-broken-packs = Certains questionnaires n’ont pas pu être chargés et ne sont pas proposés :
case-resume = Reprendre
case-open = Voir le résultat
case-withdraw = Retirer le consentement
withdraw-title = Retirer le consentement pour { $reference } ?
withdraw-body = Tout ce qui a été enregistré pour ce dossier sera supprimé de cet appareil et ne pourra pas être récupéré. Seul le fait qu’un dossier a été retiré est conservé, sans aucun lien avec lui.
withdraw-confirm = Supprimer ce dossier
withdraw-done = Le dossier a été supprimé.
withdraw-copies = { $count ->
    [one] Une copie de ce dossier a été écrite hors du coffre-fort de cet appareil. Retrouvez-la et détruisez-la : le coffre-fort ne sait plus où elle se trouve.
   *[other] { $count } copies de ce dossier ont été écrites hors du coffre-fort de cet appareil. Retrouvez-les et détruisez-les : le coffre-fort ne sait plus où elles se trouvent.
}
withdraw-copies-before = { $count ->
    [one] Une copie de ce dossier se trouve hors du coffre-fort de cet appareil. Le retrait supprime le dossier ici, pas cette copie : il faudra encore la retrouver et la détruire.
   *[other] { $count } copies de ce dossier se trouvent hors du coffre-fort de cet appareil. Le retrait supprime le dossier ici, pas ces copies : il faudra encore les retrouver et les détruire.
}
withdraw-copy-summary = Fiche d’orientation
withdraw-copy-bundle = Export chiffré
withdraw-copies-done = J’en ai pris note

## The interview: the person’s side (shown in the interview language)

iv-yes = Oui
iv-no = Non
iv-dont-know = Je ne sais pas
iv-decline = Je préfère ne pas répondre
iv-back = Retour
iv-next = Suivant
iv-save = Enregistrer la réponse
iv-continue-section = Continuer
iv-skip-section = Passer cette partie
iv-year = Année
iv-month = Mois (si vous le savez)
iv-day = Jour (si vous le savez)
iv-country-choose = Choisissez un pays
iv-country-stateless = Aucune nationalité (apatride)
iv-country-unknown = Inconnu
iv-language-choose = Choisissez une langue
iv-choose-all = Choisissez toutes les réponses qui conviennent, puis enregistrez.
iv-section-progress = Partie { $done } sur { $total }
iv-paused-title = Pause
iv-paused-body = Nous pouvons faire une pause aussi longtemps que vous en avez besoin.
iv-finished-title = Merci
iv-finished-body = Merci d’avoir parlé avec nous. Ce que vous nous avez dit reste confidentiel. La personne qui vous reçoit va maintenant vous expliquer ce qui peut se passer ensuite et quels services peuvent vous aider. Vous pouvez poser des questions à tout moment, et vous pouvez toujours demander que votre dossier soit supprimé.
iv-refused-title = Merci
iv-refused-body = Nous ne vous poserons plus aucune question. Seule votre décision de ne pas participer est enregistrée. Vous pouvez toujours demander de l’aide à tout moment.
iv-answered-before = Réponse donnée plus tôt : { $answer }
iv-answer-state-dont_know = Je ne sais pas
iv-answer-state-declined = Je préfère ne pas répondre
iv-answer-state-skipped = Question passée

## The interview: the interviewer’s side (staff language)

staff-panel = Pour l’intervieweur
staff-case = Dossier { $reference }
staff-interview-language = Langue de l’entretien
staff-question-in-staff = Dans votre langue
staff-guidance = Consignes
staff-pause = Pause
staff-resume = Reprendre
staff-leave = Quitter (enregistré)
staff-distress = Personne en détresse
staff-urgent-title = Sécurité urgente
staff-urgent-body = Une réponse demande d’agir maintenant : danger immédiat, ou pas d’endroit sûr pour cette nuit. Faites passer la sécurité de la personne avant tout : appliquez dès maintenant la procédure d’urgence de votre organisation. L’entretien peut attendre.
staff-keys = Touches : 1–9 pour choisir, Entrée pour continuer, Retour arrière pour revenir, Échap pour masquer l’écran.
staff-sections = Parties
staff-section-off-path = hors de ce parcours
staff-show-outcome = Afficher le résultat (personnel uniquement)
staff-back-to-cases = Retour aux dossiers
staff-sensitive = Sensible
distress-title = Si la personne est en détresse
distress-body = Arrêtez de poser des questions. Parlez lentement et calmement. Invitez la personne à sentir ses pieds sur le sol et à expirer lentement. Proposez de l’eau et une pause. Rappelez-lui qu’elle peut s’arrêter à tout moment et qu’il ne se passera rien de mal si elle le fait. N’insistez pas pour obtenir des détails.
distress-pause = Mettre l’entretien en pause
distress-end = Arrêter l’entretien pour le moment (enregistré)
distress-urgent = Signaler une urgence de sécurité
distress-close = Fermer

## Outcome (staff only)

outcome-title = Résultat de la pré-identification pour { $reference }
outcome-disclaimer = Ceci est une pré-identification, pas une décision. Elle montre des indicateurs et recommande des orientations pour une évaluation complète par une autorité ou un service compétent.
outcome-pathways = Parcours
outcome-flags = Signalements
outcome-referrals = Orientations recommandées
outcome-notes = Remarques
outcome-why = Pourquoi
outcome-elements = Éléments du critère
outcome-answers = Réponses correspondantes
outcome-indicators = Indicateurs
outcome-no-flags = Aucun signalement.
outcome-no-referrals = Les réponses données n’indiquent aucune orientation.
outcome-urgent = urgent
outcome-rules = Version des règles { $version }, évalué le { $date }.
outcome-questionnaire = Réponses données sur le questionnaire { $id }, version { $version }.
outcome-differs = Les règles actuelles ({ $version }) donneraient un résultat différent à partir des mêmes réponses. Réexaminez le dossier.
outcome-same = Les règles actuelles donnent le même résultat.
outcome-reassess = Réévaluer avec les règles actuelles
outcome-reassess-confirm = Le résultat enregistré sera remplacé par celui que donnent les règles actuelles à partir des mêmes réponses. Aucune question n’est reposée, et les orientations déjà faites ne sont pas annulées.
outcome-reassess-yes = Remplacer le résultat
outcome-reassessed = Réévalué avec les règles { $version }.
outcome-raised-by-interviewer = Signalé par l’intervieweur
outcome-raised = urgence de sécurité signalée
answer-yes = oui
answer-no = non
answer-dont-know = ne sait pas
answer-declined = a préféré ne pas répondre
answer-skipped = passée
error-no-interview = Aucun entretien n’est ouvert.
error-interview-step = Cette étape n’est pas possible ici ({ $detail }).
error-questionnaire-unknown = Ce questionnaire n’est pas installé.
error-questionnaire-version-missing = Cet entretien a utilisé le questionnaire { $id } en version { $version }, qui n’est pas installée sur cet appareil. Installez-la pour continuer.
error-answer-date = Saisissez au moins une année à quatre chiffres.
error-no-outcome = Ce dossier n’a pas encore de résultat.

## Export and import (settings, export screen, import screen)

settings-org-key = Clé publique de l’organisation
settings-org-key-hint = Collez le contenu du fichier org.pub fourni par votre organisation : une ligne commençant par age1 par clé. Les lignes commençant par # sont des commentaires. Les exports ne peuvent être ouverts qu’avec la clé privée de l’organisation.
settings-org-key-save = Installer la clé
settings-org-key-saved = { $count ->
    [one] La clé de l’organisation est installée.
   *[other] { $count } clés de l’organisation sont installées.
}
settings-org-key-none = Aucune clé d’organisation n’est encore installée : l’export chiffré n’est pas possible.
settings-retention = Après un export chiffré
settings-retention-keep = Conserver les dossiers exportés sur cet appareil
settings-retention-purge = Supprimer de cet appareil les dossiers exportés
settings-retention-saved = Enregistré.
home-export = Exporter…
home-import = Importer des paquets…
export-title = Exporter un paquet chiffré
export-intro = Le paquet est chiffré pour la clé de votre organisation. Il peut être copié sur une clé USB ou envoyé : seul le siège peut l’ouvrir.
export-choose = Dossiers à exporter
export-all-finished = Tous les dossiers terminés ({ $count })
export-case-label = { $reference }, { $status }, dernière modification { $updated }
export-already = exporté
export-folder = Enregistrer le paquet dans ce dossier
export-places-title = Clés USB et disques :
export-places-none = Aucune clé USB ni disque amovible trouvé. Branchez-en un, puis cherchez à nouveau.
export-places-refresh = Chercher à nouveau
export-submit = Exporter le paquet chiffré
export-working = Export en cours… { $done } dossiers sur { $total }
export-progress-label = Progression de l’export
export-no-key = Aucune clé d’organisation n’est installée. Installez-la d’abord dans les Paramètres.
export-open-settings = Ouvrir les Paramètres
export-retention-keep = Après l’export, les dossiers restent sur cet appareil, marqués comme exportés.
export-retention-purge = Après l’export, les dossiers exportés sont supprimés de cet appareil.
export-done-title = Export terminé
export-done-file = Paquet enregistré sous :
export-done-count = { $count ->
    [one] { $count } dossier exporté.
   *[other] { $count } dossiers exportés.
}
export-done-purged = { $count ->
    [0] Les dossiers restent sur cet appareil.
    [one] { $count } dossier a été supprimé de cet appareil.
   *[other] { $count } dossiers ont été supprimés de cet appareil.
}
export-back = Retour aux dossiers
import-title = Importer des paquets
import-intro = Ouvrez des paquets chiffrés avec la clé privée de l’organisation. Chaque paquet est vérifié avant que quoi que ce soit ne soit écrit : si l’un d’eux a été modifié ou n’est pas destiné à cette clé, rien n’est importé.
import-bundles = Fichiers de paquet (chemin complet, un par ligne)
import-found-title = Paquets trouvés sur les clés USB et dans Documents
import-found-none = Aucun paquet trouvé sur une clé USB ni dans Documents. Branchez la clé et cherchez à nouveau, ou saisissez le chemin ci-dessous.
import-found-add = Ajouter
import-found-added = Ajouté
import-identity = Fichier de la clé privée de l’organisation (org.key)
import-passphrase = Phrase secrète de la clé de l’organisation
import-submit = Importer
import-working = Déchiffrement et vérification…
import-done-title = Import terminé
import-done-summary = { $written ->
    [one] { $written } dossier écrit à partir de paquets ({ $bundles }).
   *[other] { $written } dossiers écrits à partir de paquets ({ $bundles }).
}
import-col-bundle = Paquet
import-col-case = Dossier
import-col-result = Résultat
import-fate-new = nouveau
import-fate-duplicate = déjà présent, pas réécrit
import-fate-conflict = autre version d’un dossier déjà présent, conservée à côté
import-error-in-file = Dans { $file } :
error-export-folder = Ce dossier n’existe pas : { $folder }
error-export-running = Un export est déjà en cours.
error-import-no-bundles = Indiquez au moins un fichier de paquet.
error-import-no-identity = Indiquez le fichier de la clé de l’organisation.
error-retention-invalid = Réglage de conservation inconnu.

## Referral summaries from the outcome screen

outcome-summary-button = Fiche d’orientation (PDF)
outcome-summary-language = Langue des fiches d’orientation
outcome-summary-saved = Enregistré : { $file } dans { $folder }. C’est noté dans l’historique du dossier ; si le consentement est retiré, il vous sera demandé de détruire ce fichier.
outcome-summary-folder = Dossier où enregistrer les fiches (une clé USB)
outcome-summary-folder-hint = Les fiches sont enregistrées uniquement là où vous le choisissez, nommées d’après le type d’orientation et la date.
outcome-summary-with-reference = Inclure la référence du dossier dans le nom du fichier
error-summary-folder = Choisissez un dossier existant pour la fiche, par exemple une clé USB.
error-referral-unknown = Ce type d’orientation est inconnu.
error-no-folder = Aucun dossier où enregistrer le fichier.

## The interview in the field (issue 17)

iv-none-of-these = Aucune de ces réponses
iv-not-known = Je ne sais pas
iv-interviewer-marks = Répondez avec vos propres mots. La personne qui vous interroge notera ce que vous dites.
staff-skip = Passer cette question
staff-options-not-suggested = Ne pas lire à voix haute : cochez ce que la personne dit
staff-mark-what-said = Cochez chaque élément que la personne mentionne, puis enregistrez. Non coché veut dire non mentionné, pas « non ».
note-question = Note sur cette question (personnel uniquement)
note-case = Note sur le dossier (personnel uniquement)
note-save = Enregistrer la note
note-saved = Note enregistrée.
error-note-too-long = Cette note est trop longue : { $max } caractères au plus.
answer-none-of-these = aucune de ces réponses
outcome-staff-notes = Notes du personnel
outcome-note-on-case = Sur le dossier
outcome-notes-stay = Les notes du personnel restent sur cet appareil : elles ne font jamais partie d’un export et sont supprimées avec le dossier.
outcome-compare-title = Ce qui changerait
outcome-compare-stored = Enregistré (règles { $version })
outcome-compare-today = Avec les règles d’aujourd’hui ({ $version })
outcome-compare-none = aucun
outcome-compare-changed = change
staff-full-text = Le texte complet, pour vérifier ce qui est dit

new-loading-packs = Chargement des questionnaires…
settings-org-key-until-profile = Une clé collée ici fonctionne jusqu'à l'installation du profil de votre organisation ; ensuite, les clés viennent uniquement du profil.
settings-org-key-from-profile = { $count ->
    [one] Les exports sont chiffrés pour la clé de l'organisation indiquée dans son profil.
   *[other] Les exports sont chiffrés pour les { $count } clés de l'organisation indiquées dans son profil.
}
