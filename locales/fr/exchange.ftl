# Échange authentifié : paquets signés par des appareils enregistrés (erreurs d’import et d’enregistrement).
# machine-draft: not yet reviewed by a native speaker.

error-import-unsigned = Ce paquet n’est pas signé par un appareil. Rien n’a été importé.
error-import-bad-signature = La signature de l’appareil sur ce paquet n’est pas valide : il a été modifié après l’export. Rien n’a été importé.
error-import-wrong-organisation = Ce paquet a été fait pour une autre organisation ou rechiffré par quelqu’un d’autre. Rien n’a été importé.
error-import-device-not-enrolled = Ce paquet vient d’un appareil qui n’est pas enregistré ici. Il est mis en attente, pas importé : comparez l’empreinte de l’appareil, enregistrez-le, puis importez à nouveau.
error-import-replay = Ce paquet est plus ancien qu’un paquet déjà importé du même appareil et pourrait écraser des données plus récentes. Rien n’a été importé.
error-import-case-withdrawn = Ce paquet contient un dossier retiré ici ; il ne doit pas revenir. Rien n’a été importé.
error-import-bad-field = Un champ de ce paquet n’est pas au format attendu. Rien n’a été importé.
error-import-too-large = Ce paquet est trop volumineux pour être importé. Rien n’a été importé.
error-import-bad-enrolment = Ce fichier n’est pas un fichier d’enregistrement d’appareil valide. Rien n’a été enregistré.
error-import-fingerprint-mismatch = L’empreinte ne correspond pas à celle de l’appareil. Rien n’a été enregistré.
error-profile-invalid = Ce fichier n’est pas un profil d’organisation valide. Rien n’a été installé.
error-profile-not-trusted = Ce profil d’organisation n’est pas signé par la clé de l’organisation installée. Rien n’a été installé.
error-profile-installed = Cet appareil a un profil d’organisation : ses clés ne changent que par un profil signé par l’organisation.
error-pack-unsigned = Ce questionnaire n’est pas signé. Il n’est pas proposé pour de nouveaux entretiens.
error-pack-bad-signature = La signature de ce questionnaire n’est pas valide. Il n’est pas proposé pour de nouveaux entretiens.
error-pack-changed = Ce questionnaire a été modifié ou n’est pas approuvé par l’organisation. Il n’est pas proposé pour de nouveaux entretiens.

# Enregistrement d’un appareil (écrans).
device-fingerprint = Empreinte de cet appareil :
device-fingerprint-hint = Le siège la compare avant d’accepter les exports de cet appareil : lisez-la-lui à voix haute ou montrez-lui cet écran.
import-held-title = Mis en attente : cet appareil n’est pas enregistré ici
import-held-body = Comparez cette empreinte avec celle qu’affiche l’appareil (Personnel et appareil). Seulement si elles sont identiques, saisissez-la ci-dessous pour enregistrer l’appareil, puis importez à nouveau.
import-held-fingerprint = Empreinte dans le paquet :
import-enrol-type = L’empreinte qu’affiche l’appareil
import-enrol-submit = Enregistrer cet appareil
import-enrolled = L’appareil est enregistré. Importez à nouveau le paquet.

# Questionnaire packs not offered, and the organisation profile (Settings).
pack-problem-invalid = Il contient des erreurs :
pack-problem-unsigned = Non signé par l'organisation :
pack-problem-bad-signature = Sa signature ne se vérifie pas avec la clé de l'organisation :
pack-problem-changed = Modifié depuis sa signature :
pack-problem-not-approved = Non approuvé par le profil de l'organisation :
pack-problem-no-profile = Aucun profil d'organisation n'est installé, il ne peut donc pas être vérifié :
pack-problem-load-failed = Il n'a pas pu être chargé :
profile-title = Profil de l'organisation
profile-installed = { $name } ({ $id }), profil numéro { $serial }, est installé. Les clés et les questionnaires approuvés ne changent que par un profil signé par cette organisation.
profile-none = Aucun profil d'organisation n'est installé. Demandez au siège le fichier de profil de votre organisation.
profile-none-pasted = Aucun profil d'organisation n'est installé : cet appareil utilise une clé d'organisation collée à la main, que tout superviseur peut remplacer. Elle fonctionne jusqu'à ce que vous installiez le profil de votre organisation.
profile-fingerprint = Empreinte de la clé de signature :
profile-found-title = Fichiers de profil sur les supports amovibles et dans Documents
profile-found-none = Aucun fichier de profil trouvé. Insérez la clé USB du siège, ou saisissez le chemin du fichier ci-dessous.
profile-found-choose = Lire ce fichier
profile-file = Fichier de profil
profile-read = Lire le profil
profile-preview-first = Comparez avant d'installer
profile-preview-update = Une mise à jour du profil de votre organisation
profile-preview-org = De { $name } ({ $id }), profil numéro { $serial }.
profile-compare-hint = Appelez le siège et demandez-lui de lire son empreinte à voix haute. Seulement si elle est identique à celle ci-dessus, saisissez-la ci-dessous. Une empreinte différente signifie que le fichier ne vient pas de votre organisation : ne l'installez pas.
profile-type-fingerprint = L'empreinte que le siège vous a lue
profile-install = Installer le profil
profile-update-signed = Elle est signée par la clé installée de votre organisation. Ce qui change :
profile-change-new-pack = Nouveau questionnaire approuvé : { $pack }
profile-change-removed-pack = Plus approuvé : { $pack }
profile-change-key-rotated = La clé de signature de l'organisation change (nouvelle empreinte, affichée ci-dessus).
profile-change-recipients = Les clés pour lesquelles les exports sont chiffrés changent.
profile-change-pack-key = La clé qui signe les questionnaires change.
profile-change-policies = Les règles de l'organisation changent (conservation après export, récupération, effacement après des déverrouillages échoués).
profile-change-none = Rien d'autre que le numéro du profil.
profile-install-update = Installer la mise à jour
profile-installed-now = Le profil de { $name } (numéro { $serial }) est installé.
error-profile-fingerprint-mismatch = L'empreinte saisie n'est pas celle de ce profil. Rien n'a été installé : vérifiez avec le siège.
error-profile-no-file = Choisissez d'abord le fichier de profil de l'organisation.
