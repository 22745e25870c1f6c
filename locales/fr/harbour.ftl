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
