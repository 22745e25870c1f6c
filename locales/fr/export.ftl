# Export Harbour : fiches de référencement et erreurs d'export.
# Brouillon de traduction automatique, pas encore relu par un locuteur natif.

export-summary-title = Fiche de référencement
export-summary-confidential = Confidentiel : données personnelles. À ne transmettre qu'au service indiqué ci-dessous. Résultat de dépistage, non une décision.
export-summary-case = Référence du dossier
export-summary-assessed = Évalué le
export-summary-rules = Version des règles
export-summary-generated = Établi le
export-summary-referral = Orientation vers
export-summary-urgent = URGENT : agir immédiatement
export-summary-not-recommended = Cette orientation ne figurait pas parmi celles recommandées par le dépistage.
export-summary-safety = Sécurité immédiate
export-summary-safety-yes = Danger immédiat signalé : assurer d'abord la sécurité.
export-summary-safety-no = Aucun danger immédiat signalé.
export-summary-person = Personne
export-summary-age-band = Tranche d'âge
export-summary-gender = Genre
export-summary-nationality = Nationalité
export-summary-child = Enfant (moins de 18 ans)
export-summary-unaccompanied = Enfant non accompagné ou séparé
export-summary-languages = Langues de l'entretien
export-summary-yes = oui
export-summary-no = non
export-summary-not-recorded = non renseigné
export-summary-trafficking = Traite des êtres humains : indicateurs
export-summary-protection = Protection internationale : indicateurs
export-summary-level = Niveau
export-summary-grounds = Motifs de la Convention indiqués
export-summary-other-flags = Autres faits pertinents
export-summary-risks = Catégories de risque accru
export-summary-notes = Remarques pour le service destinataire
export-summary-footer = Assistant de dépistage Harbour. Cette fiche ne contient que ce dont cette orientation a besoin.

export-summary-separator = { " : " }

export-element-complementary = Protection complémentaire (atteintes graves en cas de retour)
export-element-non_refoulement = Risque en cas de retour (non-refoulement)
export-element-statelessness = Apatridie

export-note-screening-not-determination = Il s'agit d'un dépistage, non d'une détermination du statut.
export-note-both-pathways = Les deux parcours s'appliquent : orienter vers les deux, l'un n'exclut pas l'autre.
export-note-non-penalisation-trafficking = Entrée ou séjour irréguliers liés à une possible traite : la personne ne doit pas être sanctionnée pour cela.
export-note-non-penalisation-refugee = Entrée irrégulière et indicateurs d’un besoin de protection : la personne ne doit pas être sanctionnée pour cette entrée (Convention de 1951, art. 31).
export-note-smuggling-and-trafficking = Les indicateurs de trafic de migrants n'excluent pas la traite : les deux ont été relevés.
export-note-smuggling-relationship-continued = La relation avec le passeur s'est poursuivie après l'arrivée : vérifier s'il y a exploitation.
export-note-smuggling-relationship-continued-asked = La relation avec le passeur s'est poursuivie après l'arrivée : vérifier s'il y a exploitation.
export-note-age-unknown-child-test = Âge non établi : le critère applicable aux enfants a été appliqué (moyens non requis).
export-note-trafficking-and-protection = Indicateurs de traite, et la personne est hors de son pays : une protection internationale peut aussi être nécessaire.
export-note-trafficking-and-protection-fear-answered = Indicateurs de traite, et la personne est hors de son pays : une protection internationale peut aussi être nécessaire.
export-note-statelessness-risk = Risque d'apatridie : vérifier les documents de nationalité.
export-note-danger-unanswered = Les questions sur le danger immédiat sont restées sans réponse : les reposer dans un cadre sûr.
export-note-urgent-safety-first = Danger immédiat : assurer la sécurité avant toute autre chose.

export-referral-asylum_procedure = Procédure d'asile
export-referral-anti_trafficking = Service de lutte contre la traite
export-referral-child_protection = Protection de l'enfance
export-referral-best_interests_assessment = Évaluation de l'intérêt supérieur
export-referral-medical = Soins médicaux
export-referral-psychosocial = Soutien psychosocial
export-referral-legal_aid = Aide juridique
export-referral-shelter = Hébergement sûr

export-level-none = aucun indicateur
export-level-insufficient_information = informations insuffisantes
export-level-possible = indicateurs présents : orienter pour évaluation
export-level-strong = indicateurs forts : orienter en priorité pour évaluation

export-status-present = indicateurs présents
export-status-below_threshold = quelques indicateurs, sous le seuil
export-status-absent = non indiqué
export-status-unknown = inconnu ou refus de répondre
export-status-not_asked = non demandé
export-status-not_required = non requis

export-element-palermo-act = Acte (recrutement, transport, hébergement…)
export-element-palermo-means = Moyens (force, tromperie, abus de vulnérabilité…)
export-element-palermo-purpose = But d'exploitation
export-element-ilo2012-forced_labour = Travail forcé (OIT 2012)
export-element-refugee-outside_country = Hors du pays de nationalité ou de résidence
export-element-refugee-fear = Crainte du retour
export-element-refugee-persecution = Atteintes graves ou persécution
export-element-refugee-ground = Lien avec un motif de la Convention
export-element-refugee-no_state_protection = Pas de protection effective de l'État

export-ground-race = race ou origine ethnique
export-ground-religion = religion
export-ground-nationality = nationalité
export-ground-social_group = appartenance à un certain groupe social
export-ground-political_opinion = opinions politiques

export-flag-smuggling = Indicateurs de trafic de migrants (passage payé et consenti)
export-flag-stateless = Apatride
export-flag-non_refoulement = Risque en cas de retour : ne pas renvoyer avant évaluation

export-risk-children_at_risk = Enfants à risque
export-risk-unaccompanied_or_separated_child = Enfant non accompagné ou séparé
export-risk-women_and_girls_at_risk = Femmes et filles à risque
export-risk-survivors_of_violence_or_torture = Survivant·e de violences ou de torture
export-risk-medical_needs = Besoins médicaux (y compris santé mentale)
export-risk-legal_or_physical_protection = Besoins de protection juridique ou physique
export-risk-family_separation = Séparation familiale

export-gender-female = féminin
export-gender-male = masculin
export-gender-other = autre

error-export-bad-recipient = La ligne { $line } de la clé de l’organisation n’est pas une clé : chaque clé tient sur une ligne qui commence par les lettres age1. Vérifiez que tout le fichier org.pub a été collé.
error-export-no-recipients = Aucune clé publique d'organisation n'est définie : le paquet ne serait lisible par personne.
error-export-wrong-key-passphrase = Phrase secrète incorrecte pour la clé de l'organisation.
error-export-bad-identity = Ce fichier n'est pas une clé d'organisation protégée par phrase secrète.
error-export-weak-key-passphrase = Cette phrase secrète est trop faible pour la clé de l'organisation.
error-export-key-exists = Une clé d'organisation existe déjà à cet endroit ; elle n'est jamais écrasée.
error-export-wrong-identity = Ce paquet n'est pas adressé à cette clé d'organisation. Rien n'a été importé.
error-export-truncated = Ce paquet est incomplet (tronqué). Rien n'a été importé.
error-export-tampered = Ce paquet a été modifié ou endommagé. Rien n'a été importé.
error-export-not-a-bundle = Ce fichier n'est pas un paquet Harbour. Rien n'a été importé.
error-export-output-exists = Un fichier de ce nom existe déjà. Rien n'a été écrit.
error-export-io = Le fichier n'a pas pu être lu ou écrit.
error-export-case-not-found = Ce dossier n'existe pas dans ce coffre.
error-export-nothing = Aucun dossier à exporter avec cette sélection.
error-export-no-assessment = Ce dossier n'a pas encore d'évaluation : terminez d'abord l'entretien.
error-export-bad-assessment = L'évaluation enregistrée de ce dossier est illisible.
error-export-bad-setting = Un réglage du coffre-fort est endommagé. Rien n'a été écrit.
error-export-unknown-referral = Type d'orientation inconnu.
error-export-unsupported-language = Une fiche imprimable dans cette langue n'est pas encore disponible.
error-export-font = La police de la fiche est illisible.
error-export-internal = Erreur interne pendant l'export.
