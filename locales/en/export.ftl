# Harbour export: referral summaries and export errors.
# Ids are prefixed `export-` (labels) or `error-export-` (errors, the codes of ExportError).

export-summary-title = Referral summary
export-summary-confidential = Confidential: personal data. Share only with the service named below. Screening, not a determination.
export-summary-case = Case reference
export-summary-assessed = Assessed on
export-summary-rules = Rules version
export-summary-generated = Generated on
export-summary-referral = Referral to
export-summary-urgent = URGENT: act now
export-summary-not-recommended = This referral was not among those the screening recommended.
export-summary-safety = Immediate safety
export-summary-safety-yes = Immediate danger reported: act on safety first.
export-summary-safety-no = No immediate danger reported.
export-summary-person = Person
export-summary-age-band = Age band
export-summary-gender = Gender
export-summary-nationality = Nationality
export-summary-child = Child (under 18)
export-summary-unaccompanied = Unaccompanied or separated child
export-summary-languages = Interview languages
export-summary-yes = yes
export-summary-no = no
export-summary-not-recorded = not recorded
export-summary-trafficking = Trafficking in persons: indicators
export-summary-protection = International protection: indicators
export-summary-level = Level
export-summary-grounds = Convention grounds indicated
export-summary-other-flags = Other relevant facts
export-summary-risks = Heightened-risk categories
export-summary-notes = Notes for the receiving service
export-summary-footer = Harbour screening assistant. This summary holds only what this referral needs.

export-summary-separator = { ": " }

export-element-complementary = Complementary protection (serious harm on return)
export-element-non_refoulement = Risk on return (non-refoulement)
export-element-statelessness = Statelessness

export-note-screening-not-determination = This is a screening, not a determination of status.
export-note-both-pathways = Both pathways apply: refer to both, neither excludes the other.
export-note-non-penalisation-trafficking = Irregular entry or stay linked to possible trafficking: the person should not be penalised for it.
export-note-non-penalisation-refugee = Irregular entry, and indicators of a protection need: the person should not be penalised for the irregular entry (1951 Convention Art. 31).
export-note-smuggling-and-trafficking = Smuggling indicators do not exclude trafficking: both were found.
export-note-smuggling-relationship-continued = The relationship with the smuggler continued after arrival: check for exploitation.
export-note-smuggling-relationship-continued-asked = The relationship with the smuggler continued after arrival: check for exploitation.
export-note-age-unknown-child-test = Age not established: the child test was applied (means not required).
export-note-trafficking-and-protection = Trafficking indicators, and the person is outside their country: international protection may also be needed.
export-note-trafficking-and-protection-fear-answered = Trafficking indicators, and the person is outside their country: international protection may also be needed.
export-note-statelessness-risk = Risk of statelessness: check nationality documents.
export-note-danger-unanswered = Questions on immediate danger were not answered: ask again in a safe setting.
export-note-urgent-safety-first = Immediate danger: act on safety before anything else.

export-referral-asylum_procedure = Asylum procedure
export-referral-anti_trafficking = Anti-trafficking service
export-referral-child_protection = Child protection
export-referral-best_interests_assessment = Best-interests assessment
export-referral-medical = Medical care
export-referral-psychosocial = Psychosocial support
export-referral-legal_aid = Legal aid
export-referral-shelter = Safe shelter

export-level-none = no indicators
export-level-insufficient_information = insufficient information
export-level-possible = indicators present: refer for assessment
export-level-strong = strong indicators: refer for assessment as a priority

export-status-present = indicators present
export-status-below_threshold = some indicators, below threshold
export-status-absent = not indicated
export-status-unknown = not known or declined
export-status-not_asked = not asked
export-status-not_required = not required

export-element-palermo-act = Act (recruitment, transport, harbouring…)
export-element-palermo-means = Means (force, deception, abuse of vulnerability…)
export-element-palermo-purpose = Purpose of exploitation
export-element-ilo2012-forced_labour = Forced labour (ILO 2012)
export-element-refugee-outside_country = Outside country of nationality or residence
export-element-refugee-fear = Fear of return
export-element-refugee-persecution = Serious harm or persecution
export-element-refugee-ground = Link to a Convention ground
export-element-refugee-no_state_protection = No effective state protection

export-ground-race = race or ethnicity
export-ground-religion = religion
export-ground-nationality = nationality
export-ground-social_group = membership of a particular social group
export-ground-political_opinion = political opinion

export-flag-smuggling = Smuggling indicators (a paid, consented crossing)
export-flag-stateless = Stateless
export-flag-non_refoulement = Risk on return: do not return pending assessment

export-risk-children_at_risk = Children at risk
export-risk-unaccompanied_or_separated_child = Unaccompanied or separated child
export-risk-women_and_girls_at_risk = Women and girls at risk
export-risk-survivors_of_violence_or_torture = Survivor of violence or torture
export-risk-medical_needs = Medical needs (including mental health)
export-risk-legal_or_physical_protection = Legal or physical protection needs
export-risk-family_separation = Family separation

export-gender-female = female
export-gender-male = male
export-gender-other = other

error-export-bad-recipient = Line { $line } of the organisation key is not a key: each key is one line that begins with the letters age1. Check that the whole file org.pub was pasted.
error-export-no-recipients = No organisation public key is set: a bundle would be readable by no one.
error-export-wrong-key-passphrase = Wrong passphrase for the organisation key.
error-export-bad-identity = This file is not a passphrase-protected organisation key.
error-export-weak-key-passphrase = This passphrase is too weak for the organisation key.
error-export-key-exists = An organisation key already exists there; it is never overwritten.
error-export-wrong-identity = This bundle is not addressed to this organisation key. Nothing was imported.
error-export-truncated = This bundle is cut short (truncated). Nothing was imported.
error-export-tampered = This bundle has been altered or damaged. Nothing was imported.
error-export-not-a-bundle = This file is not a Harbour bundle. Nothing was imported.
error-export-output-exists = A file with this name already exists. Nothing was written.
error-export-io = The file could not be read or written.
error-export-case-not-found = No such case in this vault.
error-export-nothing = No case to export with this selection.
error-export-no-assessment = This case has no assessment yet: finish the interview first.
error-export-bad-assessment = The stored assessment of this case cannot be read.
error-export-unknown-referral = Unknown referral type.
error-export-unsupported-language = A printable summary in this language is not available yet.
error-export-font = The summary font cannot be read.
error-export-bad-setting = A setting of this vault is damaged. Nothing was written.
error-export-internal = Internal error during export.
