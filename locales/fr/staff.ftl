# Comptes du personnel, récupération par l’organisation et effacement (erreurs du coffre-fort).
error-vault-not-allowed = Votre rôle ne permet pas cette action. Demandez à un superviseur.
error-staff-not-found = Cette personne n’est pas enregistrée sur cet appareil (elle a peut-être été retirée).
error-passphrase-in-use = Cette phrase secrète ne peut pas être utilisée ici. Choisissez-en une autre.
error-staff-last-supervisor = Le dernier superviseur ne peut pas être retiré. Ajoutez d’abord un autre superviseur.
error-staff-invalid-name = Un nom doit compter de 1 à { $max } caractères.
error-vault-no-recovery = Cet appareil ne peut pas être récupéré : aucune clé d’organisation n’y a été installée.
error-vault-recovery-key-mismatch = Cette clé d’organisation n’ouvre pas l’emplacement de récupération de cet appareil.
error-vault-wiped = Cet appareil a été effacé après { $attempts } tentatives de déverrouillage échouées.
error-vault-wipe-not-confirmed = L’effacement n’a pas été confirmé. Tapez exactement { $words }.
