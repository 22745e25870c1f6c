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

# Comptes du personnel, récupération et effacement (écrans).
create-name = Votre nom
create-name-hint = Vous serez le premier superviseur de cet appareil. Votre nom est conservé uniquement dans le coffre-fort chiffré.
create-recovery-none = Tant qu’un superviseur n’a pas installé la clé de votre organisation (Paramètres), personne ne peut récupérer cet appareil : une phrase secrète oubliée ferait perdre toutes les données qu’il contient.
topbar-me = { $name } · { $role }
role-interviewer = intervieweur
role-supervisor = superviseur
home-staff = Personnel et appareil
case-owner = Intervieweur
case-hand-over = Confier…
hand-over-title = Confier le dossier { $reference } à
hand-over-confirm = Confier
hand-over-done = Le dossier a été confié.
staff-title = Personnel et appareil
staff-intro = Chaque personne déverrouille cet appareil avec sa propre phrase secrète. Les intervieweurs ne voient que leurs propres dossiers et ceux qui leur ont été confiés ; les superviseurs voient tous les dossiers.
staff-name = Nom
staff-role = Rôle
staff-you = vous
staff-remove = Retirer
staff-remove-title = Retirer { $name } ?
staff-remove-body = Sa phrase secrète n’ouvrira plus cet appareil. Les dossiers que cette personne a enregistrés restent ici.
staff-removed = { $name } ne peut plus déverrouiller cet appareil.
staff-added = { $name } peut désormais déverrouiller cet appareil avec sa propre phrase secrète.
staff-add-title = Ajouter une personne
staff-add-hint = Laissez la personne saisir elle-même sa phrase secrète. Personne d’autre n’a besoin de la connaître.
staff-add-passphrase = Sa phrase secrète
staff-add-submit = Ajouter cette personne
device-title = Cet appareil
device-recoverable = Votre organisation peut récupérer cet appareil si toutes les phrases secrètes sont oubliées (sa clé est installée).
device-not-recoverable = Votre organisation ne peut pas récupérer cet appareil : aucune clé d’organisation n’est installée. Une phrase secrète oubliée ferait perdre toutes les données.
wipe-policy-title = Effacement après des échecs de déverrouillage
wipe-policy-after = Effacer cet appareil après ce nombre d’échecs de déverrouillage consécutifs
wipe-policy-keep-recovery = Conserver la copie de récupération de l’organisation, pour que le siège puisse encore récupérer un appareil qu’il détient
wipe-now-title = Effacer cet appareil
wipe-now-body = Toutes les clés sont d’abord détruites, puis les données. Plus rien sur cet appareil ne pourra être ouvert, par personne. Utilisez cette option lorsque l’appareil est sur le point de vous être pris.
wipe-now-type = Tapez { $words } pour confirmer
wipe-now-submit = Effacer cet appareil maintenant
unlock-wipe-warning = { $count ->
    [one] Après { $count } échec de déverrouillage, cet appareil est effacé.
   *[other] Après { $count } échecs de déverrouillage consécutifs, cet appareil est effacé.
}
