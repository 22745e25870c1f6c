# Harbour rules: English texts for the outcome's message ids.
# Screening wording only: "indicators present, refer for assessment". Never call the person a
# victim or a refugee; the rules do not decide status.

## Headings for the text report

report-title = Screening result
report-rules-version = Rules version: { $version }
report-pathways = Pathways
report-flags = Flags
report-referrals = Recommended referrals
report-notes = Notes
report-why = Why
report-elements = Elements
report-answers = Answers
report-urgent = URGENT
report-no-referrals = No referral is indicated by the answers given.
report-no-flags = No flags.
report-answer-line = question { $question }: "{ $answer }" ({ $language })
report-indicators-line = indicators: { $codes }

## Pathways and levels

pathway-trafficking = Trafficking in persons
pathway-international-protection = International protection
level-none = no indicators found
level-insufficient-information = not enough information: key questions were declined, not known or not asked
level-possible = some indicators present: refer for assessment
level-strong = indicators present for every element of the test: refer for assessment as a priority

## Element statuses

status-present = indicators present
status-below-threshold = some indicators, below the published threshold
status-absent = answered no
status-unknown = declined or not known
status-not-asked = not asked
status-not-required = not required for a child

## Elements

element-palermo-act = the act (recruitment, transport, transfer, harbouring or receipt)
element-palermo-means = the means (force, coercion, deception, abuse of vulnerability, ...)
element-palermo-purpose = the purpose of exploitation
element-ilo2012-forced-labour = ILO indicators of forced labour (2012)
element-refugee-outside-country = outside the country of nationality or former habitual residence
element-refugee-fear = fear of return
element-refugee-persecution = persecution, or serious harm amounting to it
element-refugee-ground = a Convention ground (race, religion, nationality, social group, political opinion)
element-refugee-no-state-protection = no protection from the state
element-complementary = serious harm outside the Convention grounds (armed conflict, generalised violence)
element-non-refoulement = risk of torture or serious harm on return
element-statelessness = statelessness

ilo-list-adult-labour = adults, labour exploitation
ilo-list-adult-sexual = adults, sexual exploitation
ilo-list-child-labour = children, labour exploitation
ilo-list-child-sexual = children, sexual exploitation
ilo-element-deceptive-recruitment = deceptive recruitment
ilo-element-coercive-recruitment = coercive recruitment
ilo-element-vulnerability-recruitment = recruitment by abuse of vulnerability
ilo-element-exploitative-conditions = exploitative conditions of work
ilo-element-coercion-destination = coercion at destination
ilo-element-vulnerability-destination = abuse of vulnerability at destination
ilo-element-in-list = ILO/EC { $element } ({ $list })

ground-race = race
ground-religion = religion
ground-nationality = nationality
ground-social-group = membership of a particular social group
ground-political-opinion = political opinion

## Flags

flag-child = Under 18
flag-unaccompanied-child = Unaccompanied or separated child
flag-smuggling = Smuggling indicators (shown separately; smuggling does not rule out trafficking)
flag-stateless = No nationality
flag-non-refoulement = Risk on return: do not return pending assessment
flag-urgent-safety = Immediate danger: act on safety first
flag-heightened-risk = Heightened risk: { $categories }

risk-children-at-risk = children at risk
risk-unaccompanied-or-separated-child = unaccompanied or separated child
risk-women-and-girls-at-risk = women and girls at risk
risk-survivors-of-violence-or-torture = survivor of violence or torture
risk-medical-needs = medical needs
risk-legal-or-physical-protection = legal or physical protection needs
risk-family-separation = family separation

## Referrals

referral-asylum-procedure = Asylum procedure
referral-anti-trafficking = Anti-trafficking referral mechanism
referral-child-protection = Child protection services
referral-best-interests-assessment = Best-interests assessment
referral-medical = Medical care
referral-psychosocial = Psychosocial support
referral-legal-aid = Legal aid
referral-shelter = Safe shelter

## Reasons: trafficking

reason-palermo-act-means-purpose = Indicators of the act, the means and the purpose of exploitation are present (Palermo Protocol Art. 3(a)).
reason-palermo-child-act-purpose = Indicators of the act and the purpose of exploitation are present, and the person is under 18: no means is needed (Palermo Protocol Art. 3(c)).
reason-ilo-combination = The ILO/EC indicators ({ $list }) show recruitment, exploitative conditions and coercion or abuse of vulnerability at destination, each above the published threshold.
reason-ilo-combination-child = The ILO/EC indicators for children ({ $list }) show recruitment and exploitative conditions above the published threshold; for a child no means is needed (Palermo Protocol Art. 3(c)).
reason-ilo-element-present = ILO/EC element { $element } ({ $list }) meets the published threshold: { $strong } strong, { $medium } medium, { $weak } weak indicators.
reason-ilo-grades-unchecked = { $reading ->
    [project_reading] This level rests partly on ILO/EC grades or rules that are Harbour's own reading, not yet checked against the published ILO/EC brochure (2009). Treat it with care.
   *[other] This level rests partly on ILO/EC grades or rules taken from a secondary transcription, not yet checked against the published ILO/EC brochure (2009). Treat it with care.
}
reason-forced-labour-indicators = { $count ->
    [one] One ILO indicator of forced labour is present.
   *[other] { $count } ILO indicators of forced labour are present.
}
reason-trafficking-indicators-present = { $count ->
    [one] One trafficking indicator is present, but not every element of the test is shown.
   *[other] { $count } trafficking indicators are present, but not every element of the test is shown.
}
reason-palermo-means-missing = Indicators of the act and the purpose are present, but none of the means; for a person of 18 or over the means are needed (Palermo Protocol Art. 3(a)).
reason-palermo-means-missing-age-unknown = Indicators of the act and the purpose are present, but none of the means, and the person's age is not known: if under 18, no means would be needed (Palermo Protocol Art. 3(c)).
reason-palermo-child-act-not-linked = The person is under 18, but the only act shown is travel or transport (for example with the family), which is not shown to have been done for the exploitation. For a child no means is needed, but the act must be done for the purpose of exploitation (Palermo Protocol Art. 3(a), 3(c)): refer for assessment.
reason-palermo-child-single-indicator = The person is under 18, but the exploitation rests on a single ILO indicator of forced labour. One indicator alone does not show the purpose of exploitation (ILO Indicators of Forced Labour, 2012: often several are needed together): refer for assessment.
reason-palermo-means-purpose-same-indicator = The only indicator of the means is also the only indicator of the purpose: one answer cannot show two elements on its own. Ask more before treating every element as shown.
reason-trafficking-element-ruled-out = The answers say no to { $element }, which the test needs, and no trafficking indicator is present.
reason-trafficking-unanswered = No trafficking indicator is present, but questions that matter were declined, not known or not asked: { $elements }. Declined is never read as no.

## Reasons: international protection

reason-refugee-elements-present = Indicators are present for every element of the refugee definition (1951 Convention Art. 1A(2)); ground(s): { $grounds }.
reason-refugee-elements-partial = Indicators are present for { $present } of the { $total } elements of the refugee definition (1951 Convention Art. 1A(2)).
reason-complementary-protection = Indicators of serious harm outside the Convention grounds (armed conflict or generalised violence): complementary protection may apply.
reason-non-refoulement-risk = Indicators of a risk of torture or serious harm on return (non-refoulement).
reason-statelessness = Indicators of statelessness, a protection need of its own.
reason-protection-element-ruled-out = The answers say no to { $element }, and no protection indicator is present.
reason-protection-unanswered = No protection indicator is present, but questions that matter were declined, not known or not asked: { $elements }. Declined is never read as no.

## Reasons: flags

reason-flag-child = The answers show the person is under 18.
reason-flag-unaccompanied-child = The person is under 18 and without parents or usual caregivers.
reason-flag-smuggling = The person agreed to or paid for the crossing.
reason-flag-stateless = The person has no nationality.
reason-flag-non-refoulement = The answers show a risk on return.
reason-flag-non-refoulement-inside = They answered that they are still inside their own country: this is not a return across a border, but they face a risk if sent back to the place they fled. Do not send them back pending assessment.
reason-flag-urgent-safety = The answers show immediate danger.
reason-flag-heightened-risk = Heightened-risk category: { $category }.

## Reasons: referrals

reason-referral-asylum = Protection indicators (level: { $level }): refer to the asylum procedure for assessment.
reason-referral-anti-trafficking = Trafficking indicators (level: { $level }): refer to the anti-trafficking mechanism for assessment.
reason-referral-child-protection = The person is under 18: refer to child protection services.
reason-referral-bia-unaccompanied = An unaccompanied or separated child: a best-interests assessment is needed (UNHCR Best Interests Procedure, 2021).
reason-referral-bia-child-at-risk = A child at risk: a best-interests assessment is needed (UNHCR Best Interests Procedure, 2021).
reason-referral-medical = Medical needs, or violence that may have left injuries.
reason-referral-psychosocial = Violence, exploitation or distress: offer psychosocial support.
reason-referral-legal-aid = Legal questions to resolve (protection, trafficking, status or nationality).
reason-referral-shelter = The person has no safe place, is in danger, or needs secure accommodation.

## Notes

note-screening-not-determination = This is a screening, not a determination of status. Indicators present mean: refer for assessment by the competent authority.
note-both-pathways = Both pathways apply: refer to both. Identification as a person affected by trafficking must not block access to asylum, nor the reverse.
note-non-penalisation-trafficking = Irregular entry or stay together with trafficking indicators: the person should not be penalised for offences they were compelled to commit (Council of Europe Anti-Trafficking Convention Art. 26; EU Directive 2011/36/EU Art. 8).
note-non-penalisation-refugee = Irregular entry together with protection indicators: no penalties for illegal entry or presence (1951 Convention Art. 31).
note-smuggling-and-trafficking = The crossing was smuggled, and trafficking indicators are present as well: consent to the crossing does not matter once any of the means was used (Palermo Protocol Art. 3(b)).
note-smuggling-relationship-continued = The relationship with the smuggler did not end on arrival: ask about debts, control and work (a common turn from smuggling into trafficking).
note-smuggling-relationship-continued-asked = The relationship with the smuggler did not end on arrival, a common turn from smuggling into trafficking: weigh the answers about debts, control and work with this in mind.
note-follow-up = { $topic ->
    [debts] Not yet answered: debts owed to anyone who moved or employs the person. Ask when the person is ready.
    [control] Not yet answered: control by others (threats, violence, being kept somewhere, documents taken). Ask when the person is ready.
   *[work] Not yet answered: work and its conditions. Ask when the person is ready.
}
note-age-unknown-child-test = The person's age is not known. If they are under 18, the means are not needed and the trafficking test may be met: establish age (giving the benefit of the doubt).
note-trafficking-and-protection = Trafficking, or the risk of being trafficked again on return, can amount to persecution: ask about fear of return.
note-trafficking-and-protection-fear-answered = Trafficking, or the risk of being trafficked again on return, can amount to persecution: weigh the answers about fear of return with this in mind.
note-statelessness-risk = The person's nationality is undetermined or contested: a risk of statelessness to assess.
note-danger-unanswered = The question about immediate danger was declined or not known: check the person's safety before going on.
note-urgent-safety-first = Immediate danger: deal with safety before continuing the interview.

## Short level names, used inside sentences

level-short-none = none
level-short-insufficient-information = insufficient information
level-short-possible = possible
level-short-strong = strong
