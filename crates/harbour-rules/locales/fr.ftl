# Review status: unreviewed draft — needs review by a native-speaking protection professional.
# Harbour rules: French texts for the outcome's message ids (read by caseworkers).
# Screening wording only: "indicateurs présents, orienter pour évaluation". Never call the person
# a victim or a refugee; the rules do not decide status.

## Headings for the text report

report-title = Résultat du dépistage
report-rules-version = Version des règles : { $version }
report-pathways = Parcours
report-flags = Points d'attention
report-referrals = Orientations recommandées
report-notes = Remarques
report-why = Pourquoi
report-elements = Éléments
report-answers = Réponses
report-urgent = URGENT
report-no-referrals = Les réponses données n'indiquent aucune orientation.
report-no-flags = Aucun point d'attention.
report-answer-line = question { $question } : « { $answer } » ({ $language })
report-indicators-line = indicateurs : { $codes }

## Pathways and levels

pathway-trafficking = Traite des êtres humains
pathway-international-protection = Protection internationale
level-none = aucun indicateur relevé
level-insufficient-information = informations insuffisantes : des questions essentielles sont restées sans réponse (refus ou « ne sait pas ») ou n'ont pas été posées
level-possible = certains indicateurs présents : orienter pour évaluation
level-strong = indicateurs présents pour chaque élément du critère : orienter en priorité pour évaluation

## Element statuses

status-present = indicateurs présents
status-below-threshold = quelques indicateurs, sous le seuil publié
status-absent = réponse négative
status-unknown = refus de répondre ou ne sait pas
status-not-asked = non demandé
status-not-required = non requis pour un enfant

## Elements

element-palermo-act = l'acte (recrutement, transport, transfert, hébergement ou accueil)
element-palermo-means = les moyens (force, contrainte, tromperie, abus d'une situation de vulnérabilité…)
element-palermo-purpose = le but d'exploitation
element-ilo2012-forced-labour = indicateurs du travail forcé de l'OIT (2012)
element-refugee-outside-country = hors du pays de nationalité ou de l'ancienne résidence habituelle
element-refugee-fear = crainte du retour
element-refugee-persecution = persécution, ou atteintes graves équivalant à une persécution
element-refugee-ground = un motif de la Convention (race, religion, nationalité, groupe social, opinions politiques)
element-refugee-no-state-protection = absence de protection de l'État
element-complementary = atteintes graves hors des motifs de la Convention (conflit armé, violence généralisée)
element-non-refoulement = risque de torture ou d'atteintes graves en cas de retour
element-statelessness = apatridie

ilo-list-adult-labour = adultes, exploitation par le travail
ilo-list-adult-sexual = adultes, exploitation sexuelle
ilo-list-child-labour = enfants, exploitation par le travail
ilo-list-child-sexual = enfants, exploitation sexuelle
ilo-element-deceptive-recruitment = recrutement trompeur
ilo-element-coercive-recruitment = recrutement sous la contrainte
ilo-element-vulnerability-recruitment = recrutement par abus de vulnérabilité
ilo-element-exploitative-conditions = conditions de travail abusives
ilo-element-coercion-destination = contrainte sur le lieu de destination
ilo-element-vulnerability-destination = abus de vulnérabilité sur le lieu de destination
ilo-element-in-list = OIT/CE : { $element } ({ $list })

ground-race = race
ground-religion = religion
ground-nationality = nationalité
ground-social-group = appartenance à un certain groupe social
ground-political-opinion = opinions politiques

## Flags

flag-child = Moins de 18 ans
flag-unaccompanied-child = Enfant non accompagné ou séparé
flag-smuggling = Indicateurs de trafic illicite de migrants (indiqués à part ; le trafic illicite n'exclut pas la traite)
flag-stateless = Sans nationalité
flag-non-refoulement = Risque en cas de retour : ne pas renvoyer avant évaluation
flag-urgent-safety = Danger immédiat : agir d'abord pour la sécurité
flag-heightened-risk = Risque accru : { $categories }

risk-children-at-risk = enfants à risque
risk-unaccompanied-or-separated-child = enfant non accompagné ou séparé
risk-women-and-girls-at-risk = femmes et filles à risque
risk-survivors-of-violence-or-torture = survivant·e de violences ou de torture
risk-medical-needs = besoins médicaux
risk-legal-or-physical-protection = besoins de protection juridique ou physique
risk-family-separation = séparation familiale

## Referrals

referral-asylum-procedure = Procédure d'asile
referral-anti-trafficking = Mécanisme d'orientation de lutte contre la traite
referral-child-protection = Services de protection de l'enfance
referral-best-interests-assessment = Évaluation de l'intérêt supérieur
referral-medical = Soins médicaux
referral-psychosocial = Soutien psychosocial
referral-legal-aid = Aide juridique
referral-shelter = Hébergement sûr

## Reasons: trafficking

reason-palermo-act-means-purpose = Des indicateurs de l'acte, des moyens et du but d'exploitation sont présents (Protocole de Palerme, art. 3 a)).
reason-palermo-child-act-purpose = Des indicateurs de l'acte et du but d'exploitation sont présents, et la personne a moins de 18 ans : aucun moyen n'est requis (Protocole de Palerme, art. 3 c)).
reason-ilo-combination = Les indicateurs OIT/CE ({ $list }) montrent un recrutement, des conditions de travail abusives et une contrainte ou un abus de vulnérabilité sur le lieu de destination, chacun au-dessus du seuil publié.
reason-ilo-combination-child = Les indicateurs OIT/CE pour les enfants ({ $list }) montrent un recrutement et des conditions de travail abusives au-dessus du seuil publié ; pour un enfant, aucun moyen n'est requis (Protocole de Palerme, art. 3 c)).
reason-ilo-element-present = L'élément OIT/CE « { $element } » ({ $list }) atteint le seuil publié : indicateurs forts : { $strong }, indicateurs moyens : { $medium }, indicateurs faibles : { $weak }.
reason-ilo-grades-unchecked = { $reading ->
    [project_reading] Ce niveau repose en partie sur des degrés ou des règles OIT/CE qui sont une lecture propre à Harbour, pas encore vérifiée dans la brochure publiée par l'OIT et la CE (2009). À utiliser avec prudence.
   *[other] Ce niveau repose en partie sur des degrés ou des règles OIT/CE tirés d'une transcription secondaire, pas encore vérifiés dans la brochure publiée par l'OIT et la CE (2009). À utiliser avec prudence.
}
reason-forced-labour-indicators = { $count ->
    [one] { $count } indicateur du travail forcé de l'OIT est présent.
    [many] { $count } indicateurs du travail forcé de l'OIT sont présents.
   *[other] { $count } indicateurs du travail forcé de l'OIT sont présents.
}
reason-trafficking-indicators-present = { $count ->
    [one] { $count } indicateur de traite est présent, mais les éléments du critère ne sont pas tous établis.
    [many] { $count } indicateurs de traite sont présents, mais les éléments du critère ne sont pas tous établis.
   *[other] { $count } indicateurs de traite sont présents, mais les éléments du critère ne sont pas tous établis.
}
reason-palermo-means-missing = Des indicateurs de l'acte et du but sont présents, mais aucun des moyens ; pour une personne de 18 ans ou plus, les moyens sont requis (Protocole de Palerme, art. 3 a)).
reason-palermo-means-missing-age-unknown = Des indicateurs de l'acte et du but sont présents, mais aucun des moyens, et l'âge de la personne n'est pas connu : si elle a moins de 18 ans, aucun moyen ne serait requis (Protocole de Palerme, art. 3 c)).
reason-palermo-child-act-not-linked = La personne a moins de 18 ans, mais le seul acte indiqué est un voyage ou un transport (par exemple avec la famille), dont rien n'indique qu'il ait été accompli en vue de l'exploitation. Pour un enfant, aucun moyen n'est requis, mais l'acte doit être accompli aux fins d'exploitation (Protocole de Palerme, art. 3 a) et 3 c)) : orienter pour évaluation.
reason-palermo-child-single-indicator = La personne a moins de 18 ans, mais l'exploitation repose sur un seul indicateur de travail forcé de l'OIT. Un indicateur isolé ne montre pas le but d'exploitation (Indicateurs du travail forcé de l'OIT, 2012 : il en faut souvent plusieurs) : orienter pour évaluation.
reason-palermo-means-purpose-same-indicator = Le seul indicateur des moyens est aussi le seul indicateur du but : une seule réponse ne peut pas établir à elle seule deux éléments. Posez d'autres questions avant de considérer chaque élément comme établi.
reason-trafficking-element-ruled-out = Les réponses écartent un élément que le critère exige : { $element }. Aucun indicateur de traite n'est présent.
reason-trafficking-unanswered = Aucun indicateur de traite n'est présent, mais des questions importantes sont restées sans réponse (refus ou « ne sait pas ») ou n'ont pas été posées : { $elements }. Un refus de répondre n'est jamais interprété comme un non.

## Reasons: international protection

reason-refugee-elements-present = Des indicateurs sont présents pour chaque élément de la définition du réfugié (Convention de 1951 relative au statut des réfugiés, art. 1A(2)) ; motif(s) : { $grounds }.
reason-refugee-elements-partial = Des indicateurs sont présents pour { $present } des { $total } éléments de la définition du réfugié (Convention de 1951 relative au statut des réfugiés, art. 1A(2)).
reason-complementary-protection = Indicateurs d'atteintes graves hors des motifs de la Convention (conflit armé ou violence généralisée) : une protection complémentaire peut s'appliquer.
reason-non-refoulement-risk = Indicateurs d'un risque de torture ou d'atteintes graves en cas de retour (non-refoulement).
reason-statelessness = Indicateurs d'apatridie, un besoin de protection à part entière.
reason-protection-element-ruled-out = Les réponses écartent un élément : { $element }. Aucun indicateur de protection n'est présent.
reason-protection-unanswered = Aucun indicateur de protection n'est présent, mais des questions importantes sont restées sans réponse (refus ou « ne sait pas ») ou n'ont pas été posées : { $elements }. Un refus de répondre n'est jamais interprété comme un non.

## Reasons: flags

reason-flag-child = Les réponses indiquent que la personne a moins de 18 ans.
reason-flag-unaccompanied-child = La personne a moins de 18 ans et se trouve sans ses parents ni les personnes qui s'occupent habituellement d'elle.
reason-flag-smuggling = La personne a consenti au passage de la frontière ou l'a payé.
reason-flag-stateless = La personne n'a pas de nationalité.
reason-flag-non-refoulement = Les réponses indiquent un risque en cas de retour.
reason-flag-non-refoulement-inside = La personne a répondu qu’elle se trouve encore dans son propre pays : il ne s’agit pas d’un retour à une frontière, mais elle court un risque si elle est renvoyée vers le lieu qu’elle a fui. Ne pas la renvoyer dans l’attente d’une évaluation.
reason-flag-urgent-safety = Les réponses indiquent un danger immédiat.
reason-flag-heightened-risk = Catégorie de risque accru : { $category }.

## Reasons: referrals

reason-referral-asylum = Indicateurs de protection (niveau : { $level }) : orienter vers la procédure d'asile pour évaluation.
reason-referral-anti-trafficking = Indicateurs de traite (niveau : { $level }) : orienter vers le mécanisme de lutte contre la traite pour évaluation.
reason-referral-child-protection = La personne a moins de 18 ans : orienter vers les services de protection de l'enfance.
reason-referral-bia-unaccompanied = Enfant non accompagné ou séparé : une évaluation de l'intérêt supérieur est nécessaire (Directives du HCR sur la procédure de l'intérêt supérieur, 2021).
reason-referral-bia-child-at-risk = Enfant à risque : une évaluation de l'intérêt supérieur est nécessaire (Directives du HCR sur la procédure de l'intérêt supérieur, 2021).
reason-referral-medical = Besoins médicaux, ou violences ayant pu laisser des blessures.
reason-referral-psychosocial = Violences, exploitation ou détresse : proposer un soutien psychosocial.
reason-referral-legal-aid = Questions juridiques à régler (protection, traite, statut ou nationalité).
reason-referral-shelter = La personne n'a pas de lieu sûr, est en danger ou a besoin d'un hébergement sécurisé.

## Notes

note-screening-not-determination = Il s'agit d'un dépistage, non d'une détermination du statut. Des indicateurs présents signifient : orienter pour évaluation par l'autorité compétente.
note-both-pathways = Les deux parcours s'appliquent : orienter vers les deux. L'identification comme personne touchée par la traite ne doit pas empêcher l'accès à l'asile, ni l'inverse.
note-non-penalisation-trafficking = Entrée ou séjour irréguliers accompagnés d'indicateurs de traite : la personne ne devrait pas être sanctionnée pour des infractions qu'elle a été contrainte de commettre (Convention du Conseil de l'Europe sur la lutte contre la traite des êtres humains, art. 26 ; directive 2011/36/UE, art. 8).
note-non-penalisation-refugee = Entrée irrégulière accompagnée d'indicateurs de protection : pas de sanctions pénales du fait de l'entrée ou du séjour irréguliers (Convention de 1951 relative au statut des réfugiés, art. 31).
note-smuggling-and-trafficking = Le passage s'est fait par trafic illicite de migrants, et des indicateurs de traite sont également présents : le consentement au passage est indifférent dès lors que l'un des moyens a été utilisé (Protocole de Palerme, art. 3 b)).
note-smuggling-relationship-continued = La relation avec le passeur n'a pas pris fin à l'arrivée : poser des questions sur les dettes, le contrôle et le travail (un glissement fréquent du trafic illicite vers la traite).
note-smuggling-relationship-continued-asked = La relation avec le passeur ne s'est pas arrêtée à l'arrivée, un glissement fréquent du trafic de migrants vers la traite : lire les réponses sur les dettes, le contrôle et le travail en gardant cela à l'esprit.
note-follow-up = { $topic ->
    [debts] Pas encore de réponse : des dettes envers une personne qui l'a fait voyager ou qui l'emploie. Poser la question quand la personne est prête.
    [control] Pas encore de réponse : un contrôle exercé par d'autres (menaces, violences, être retenu quelque part, documents confisqués). Poser la question quand la personne est prête.
   *[work] Pas encore de réponse : le travail et ses conditions. Poser la question quand la personne est prête.
}
note-age-unknown-child-test = L'âge de la personne n'est pas connu. Si elle a moins de 18 ans, les moyens ne sont pas requis et le critère de la traite peut être rempli : établir l'âge (en accordant le bénéfice du doute).
note-trafficking-and-protection = La traite, ou le risque d'être de nouveau soumis à la traite en cas de retour, peut constituer une persécution : poser des questions sur la crainte du retour.
note-trafficking-and-protection-fear-answered = La traite, ou le risque d'une nouvelle traite en cas de retour, peut constituer une persécution : lire les réponses sur la crainte du retour en gardant cela à l'esprit.
note-statelessness-risk = La nationalité de la personne est indéterminée ou contestée : un risque d'apatridie à évaluer.
note-danger-unanswered = La question sur le danger immédiat est restée sans réponse (refus ou « ne sait pas ») : vérifier la sécurité de la personne avant de poursuivre.
note-urgent-safety-first = Danger immédiat : s'occuper de la sécurité avant de poursuivre l'entretien.

## Short level names, used inside sentences

level-short-none = aucun
level-short-insufficient-information = informations insuffisantes
level-short-possible = possible
level-short-strong = élevé
