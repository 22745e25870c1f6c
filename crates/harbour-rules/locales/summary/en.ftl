# Harbour rules: the summary a caseworker reads first, and short labels for indicators.
# Screening wording only: the labels say what the answers show, never a status. Plain,
# trauma-informed words: they may be read aloud or seen by the person.

## The summary

summary-title = Summary
summary-pathway-line = { $pathway }: { $level }
summary-level-none = no indicators found
summary-level-insufficient-information = not enough information to screen
summary-level-possible = some indicators: refer for assessment
summary-level-strong = strong indicators: refer for assessment as a priority
summary-urgent = URGENT: { $text }
summary-also = Also: { $flags }
summary-refer-to = Refer to:
summary-no-referrals = No referral is indicated by the answers given.
summary-referral-line = { $referral }: { $reason }
summary-separator = {"; "}
summary-why = Why
summary-referral-urgent = URGENT
summary-more = { $count ->
    [one] and one more
   *[other] and { $count } more
}

## The details of the text report

report-details = Details
report-rests-on = Rests on: { $labels }
report-answers-given = Answers behind this result
report-answer-worded = { $question } { $answer }
report-answer-yes = yes
report-answer-no = no
report-answer-dont-know = does not know
report-answer-declined = preferred not to say
report-answer-skipped = skipped
report-verbose-hint = Indicator codes and question ids are left out; run with --verbose to show them.

## Short labels for indicators

indicator-danger-now = in danger now
indicator-afraid-of-someone-here = afraid of someone nearby
indicator-no-safe-place = no safe place to stay tonight
indicator-violence = violence suffered
indicator-sexual-acts-forced = made to do sexual acts or take clients
indicator-abducted-or-sold = taken, sold or married against their will
indicator-documents-kept = identity papers kept by someone else
indicator-debt = a debt they must work off
indicator-not-free-to-leave = not free to leave, locked in or watched
indicator-threats = threats
indicator-family-threatened = family threatened or harmed
indicator-isolated = cut off from other people
indicator-strong-influence = under someone's strong control
indicator-threat-authorities = threatened with the police or authorities
indicator-threat-tell-family = threatened that their family would be told
indicator-threat-worse = threatened with worse conditions
indicator-forced-offences = made to break the law
indicator-forced-to-lie = made to lie about their situation
indicator-forced-against-others = made to act against others in the same situation
indicator-little-or-no-pay = little or no pay
indicator-pay-manipulated = pay cut or changed without agreement
indicator-long-hours = very long hours
indicator-harsh-conditions = harsh working or living conditions
indicator-dangerous-work = dangerous work
indicator-no-protection-at-work = no contract or protection at work
indicator-no-school = kept out of school
indicator-deceived-job = misled about the job
indicator-deceived-pay = misled about the pay
indicator-deceived-conditions = misled about the working conditions
indicator-deceived-housing = misled about housing
indicator-deceived-papers = misled about papers or legal status
indicator-deceived = misled or given false promises
indicator-dependent = dependent on the people in control
indicator-situation-used = a hard situation taken advantage of
indicator-ground-race = targeted for their race or ethnicity
indicator-ground-religion = targeted for their religion
indicator-ground-nationality = targeted for their nationality
indicator-ground-social-group = targeted for who they are (a social group)
indicator-ground-political-opinion = targeted for their political views
indicator-serious-harm = serious harm suffered or feared
indicator-torture-risk = risk of torture on return
indicator-harm-on-return = risk of serious harm on return
indicator-retrafficking-risk = risk of being exploited again on return
indicator-no-state-protection = no protection from the authorities
indicator-afraid-to-return = afraid to go back
indicator-armed-conflict = armed conflict at home
indicator-widespread-violence = widespread violence at home
indicator-no-nationality = no nationality
indicator-nationality-in-doubt = nationality in doubt
indicator-outside-country = outside their own country
indicator-distress = emotional distress
indicator-health-needs = health needs
indicator-without-carers = without parents or usual carers
indicator-separated = separated from parents or usual carers
indicator-child-at-risk = a child at risk
indicator-woman-at-risk = a woman or girl at risk
indicator-needs-protection = safety concerns where they are now
indicator-family-separation = separated from family
indicator-under-18 = under 18
indicator-woman-or-girl = a woman or girl
indicator-irregular-entry = crossed a border irregularly
indicator-no-papers-to-stay = no papers to stay
indicator-crossing-agreed = agreed to the crossing
indicator-crossing-paid = paid someone for the crossing
indicator-helpers-gone = contact with the helpers ended on arrival
indicator-forced-work = work they could not refuse or leave
indicator-sexual-exploitation = sexual exploitation
indicator-slavery = treated as someone's property
indicator-servitude = made to live and work under someone's control
indicator-organ-removal = organ removal
indicator-other-exploitation = other exploitation
indicator-threats-or-force = threats or force
indicator-coercion = pressure or coercion
indicator-abuse-of-power = abuse of power
indicator-payment-to-controller = payment to someone in control of them
indicator-recruited = recruited by others
indicator-moved = moved by others
indicator-handed-over = handed over to others
indicator-kept-by-others = housed or held by others
indicator-received = received by others on arrival
indicator-asylum-claimed = has already asked for asylum
indicator-moved-to-be-exploited = moved or held in order to be exploited
indicator-other = another indicator
