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
