# Review status: unreviewed draft — needs review by a native-speaking protection professional.
# Harbour rules: French texts for the summary and the short indicator labels (read by caseworkers).
# Screening wording only: never "victime", "réfugié" or "trafiquant".

## The summary

summary-title = Résumé
summary-pathway-line = { $pathway } : { $level }
summary-level-none = aucun indicateur trouvé
summary-level-insufficient-information = pas assez d'informations pour le dépistage
summary-level-possible = quelques indicateurs : orienter pour évaluation
summary-level-strong = indicateurs forts : orienter en priorité pour évaluation
summary-urgent = URGENT : { $text }
summary-also = Aussi : { $flags }
summary-refer-to = Orienter vers :
summary-no-referrals = Les réponses données n'indiquent aucune orientation.
summary-referral-line = { $referral } : { $reason }
summary-separator = {" ; "}
summary-why = Pourquoi
summary-referral-urgent = URGENT
summary-more = { $count ->
    [one] et un autre
   *[other] et { $count } autres
}

## The details of the text report

report-details = Détails
report-rests-on = Repose sur : { $labels }
report-answers-given = Réponses à l'origine de ce résultat
report-answer-worded = { $question } { $answer }
report-answer-yes = oui
report-answer-no = non
report-answer-dont-know = ne sait pas
report-answer-declined = a préféré ne pas répondre
report-answer-skipped = passée
report-verbose-hint = Les codes des indicateurs et les identifiants des questions sont omis ; utilisez --verbose pour les afficher.

## Short labels for indicators

indicator-danger-now = en danger maintenant
indicator-afraid-of-someone-here = a peur de quelqu'un à proximité
indicator-no-safe-place = pas de lieu sûr pour ce soir
indicator-violence = violences subies
indicator-sexual-acts-forced = contraint·e à des actes sexuels ou à recevoir des clients
indicator-abducted-or-sold = enlevé·e, vendu·e ou marié·e contre sa volonté
indicator-documents-kept = papiers d'identité gardés par quelqu'un d'autre
indicator-debt = une dette à rembourser en travaillant
indicator-not-free-to-leave = pas libre de partir, enfermé·e ou surveillé·e
indicator-threats = menaces
indicator-family-threatened = famille menacée ou blessée
indicator-isolated = coupé·e des autres
indicator-strong-influence = sous l'emprise de quelqu'un
indicator-threat-authorities = menacé·e d'être dénoncé·e à la police ou aux autorités
indicator-threat-tell-family = menacé·e que sa famille soit informée
indicator-threat-worse = menacé·e de conditions pires
indicator-forced-offences = contraint·e à enfreindre la loi
indicator-forced-to-lie = contraint·e à mentir sur sa situation
indicator-forced-against-others = contraint·e à agir contre d'autres dans la même situation
indicator-little-or-no-pay = peu ou pas de salaire
indicator-pay-manipulated = salaire réduit ou modifié sans accord
indicator-long-hours = horaires très longs
indicator-harsh-conditions = conditions de travail ou de logement très dures
indicator-dangerous-work = travail dangereux
indicator-no-protection-at-work = ni contrat ni protection au travail
indicator-no-school = privé·e d'école
indicator-deceived-job = trompé·e sur le travail
indicator-deceived-pay = trompé·e sur le salaire
indicator-deceived-conditions = trompé·e sur les conditions de travail
indicator-deceived-housing = trompé·e sur le logement
indicator-deceived-papers = trompé·e sur les papiers ou le statut légal
indicator-deceived = trompé·e ou fausses promesses
indicator-dependent = dépendant·e des personnes qui contrôlent
indicator-situation-used = une situation difficile dont on a profité
indicator-ground-race = visé·e pour sa race ou son origine ethnique
indicator-ground-religion = visé·e pour sa religion
indicator-ground-nationality = visé·e pour sa nationalité
indicator-ground-social-group = visé·e pour ce qu'il ou elle est (un groupe social)
indicator-ground-political-opinion = visé·e pour ses opinions politiques
indicator-serious-harm = atteintes graves subies ou craintes
indicator-torture-risk = risque de torture en cas de retour
indicator-harm-on-return = risque d'atteintes graves en cas de retour
indicator-retrafficking-risk = risque d'être de nouveau exploité·e en cas de retour
indicator-no-state-protection = aucune protection des autorités
indicator-afraid-to-return = a peur de rentrer
indicator-armed-conflict = conflit armé dans son pays
indicator-widespread-violence = violence généralisée dans son pays
indicator-no-nationality = sans nationalité
indicator-nationality-in-doubt = nationalité incertaine
indicator-outside-country = hors de son pays
indicator-distress = détresse émotionnelle
indicator-health-needs = besoins de santé
indicator-without-carers = sans parents ni personnes qui s'en occupent habituellement
indicator-separated = séparé·e de ses parents ou des personnes qui s'en occupent
indicator-child-at-risk = un enfant en danger
indicator-woman-at-risk = une femme ou une fille en danger
indicator-needs-protection = inquiétudes pour sa sécurité là où il ou elle se trouve
indicator-family-separation = séparé·e de sa famille
indicator-under-18 = moins de 18 ans
indicator-woman-or-girl = une femme ou une fille
indicator-irregular-entry = a franchi une frontière de façon irrégulière
indicator-no-papers-to-stay = pas de papiers pour rester
indicator-crossing-agreed = a accepté le passage
indicator-crossing-paid = a payé quelqu'un pour le passage
indicator-helpers-gone = contact avec les passeurs terminé à l'arrivée
indicator-forced-work = un travail impossible à refuser ou à quitter
indicator-sexual-exploitation = exploitation sexuelle
indicator-slavery = traité·e comme la propriété de quelqu'un
indicator-servitude = contraint·e à vivre et travailler sous le contrôle de quelqu'un
indicator-organ-removal = prélèvement d'organes
indicator-other-exploitation = autre exploitation
indicator-threats-or-force = menaces ou force
indicator-coercion = pressions ou contrainte
indicator-abuse-of-power = abus d'autorité
indicator-payment-to-controller = paiement à une personne qui le ou la contrôle
indicator-recruited = recruté·e par d'autres
indicator-moved = déplacé·e par d'autres
indicator-handed-over = remis·e à d'autres
indicator-kept-by-others = logé·e ou retenu·e par d'autres
indicator-received = accueilli·e par d'autres à l'arrivée
indicator-asylum-claimed = a déjà demandé l'asile
indicator-moved-to-be-exploited = déplacé·e ou retenu·e pour être exploité·e
indicator-other = un autre indicateur
