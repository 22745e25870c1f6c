# Harbour: the app's own strings (English, the source language).
# Texts are calm, plain and short: they are read by tired staff and, on the person's
# side of the screen, by people who may be frightened.

app-name = Harbour
app-tagline = Screening assistant: indicators and referrals, never a decision

## Create the vault (first run)

create-title = Set up this device
create-intro = Everything recorded on this device is kept in an encrypted vault. Choose a passphrase that only you and your team know. Without it nobody, including Harbour's makers, can open the records.
create-passphrase = Passphrase
create-confirm = Passphrase again
create-hint = At least { $min } characters. A few unrelated words with spaces are easy to remember and hard to guess.
create-submit = Create the encrypted vault
create-working = Creating the vault…
strength-label = Strength:
strength-too-weak = too weak
strength-fair = fair
strength-good = good
strength-strong = strong

## Unlock

unlock-title = Unlock Harbour
unlock-intro = Enter the passphrase to open the records on this device.
unlock-passphrase = Passphrase
unlock-submit = Unlock
unlock-working = Checking…
unlock-locked-idle = Harbour locked itself after a period of inactivity.

## Home: the case list

home-title = Cases
home-new-interview = New screening
home-empty = No cases on this device yet.
home-lock = Lock
home-settings = Settings
case-reference = Reference
case-status = Status
case-updated = Last change
case-status-in_progress = In progress
case-status-finished = Finished
case-status-consent_refused = Consent refused
case-count = { $count ->
    [one] { $count } case
   *[other] { $count } cases
}
case-list-tools = Find cases
case-search = Find a case by reference
case-search-hint = The reference or its first characters, for example 7K3.
case-sort = Sort
case-sort-updated-desc = Last change, newest first
case-sort-updated-asc = Last change, oldest first
case-sort-created-desc = Opened, newest first
case-sort-created-asc = Opened, oldest first
case-sort-reference-asc = Reference, A to Z
case-sort-reference-desc = Reference, Z to A
case-filters = { $count ->
    [0] Filters
   *[other] Filters ({ $count })
}
case-filter-any = Any
case-filter-trafficking = Trafficking
case-filter-protection = International protection
case-filter-urgent = Urgent safety
case-filter-urgent-yes = Urgent only
case-filter-urgent-no = Not urgent
case-filter-exported = Export
case-filter-exported-yes = Exported
case-filter-exported-no = Not exported yet
case-filters-clear = Clear search and filters
case-level-strong = Strong indicators
case-level-possible = Possible indicators
case-level-insufficient_information = Not enough information
case-level-none = No indicators
case-list-no-match = No case matches.
case-list-page-empty = Nothing on this page any more.
case-page-first = Back to the first page
case-pages = Pages of the case list
case-showing = Showing { $from }–{ $to } of { $total }
case-showing-at-least = Showing { $from }–{ $to } of more than { $total }
case-page-previous = Previous
case-page-next = Next
case-urgent = Urgent
case-actions = Actions
error-case-search-invalid = A reference has only letters, digits and “-”: “{ $character }” (character { $position }) cannot be part of one.
error-case-search-too-long = A reference has at most { $max } characters.
error-case-page-size = A page shows 1 to { $max } cases.

## Settings

settings-title = Settings
settings-auto-lock = Lock automatically after this many minutes without activity
settings-save = Save
settings-saved = Saved.
settings-back = Back

## Language

language-staff = Staff language
language-needs-review = not yet reviewed by a native speaker

## Errors (the code of each error is its message id)

error-vault-locked = The vault is locked. Unlock it to continue.
error-vault-not-found = There is no vault on this device yet.
error-vault-exists = A vault already exists here; it was not changed.
error-vault-wrong-passphrase = That passphrase does not open this vault. Check the keyboard language and Caps Lock.
error-vault-backoff = Too many attempts. Please wait { $seconds } seconds before trying again.
error-vault-corrupt = The vault file is damaged ({ $detail }). It has not been changed. Keep a copy of it and contact your technical focal point.
error-vault-too-new = This vault was written by a newer version of Harbour. Update Harbour to open it.
error-passphrase-weak = This passphrase is too weak.
error-passphrase-too-short = Use at least { $min } characters.
error-passphrase-repetitive = Use more different characters; a few words with spaces work well.
error-passphrase-common = This passphrase is too common. Choose words of your own.
error-passphrase-guessable = This passphrase is easy to guess. Add more words, or use a suggested one.
passphrase-hint-common-password = It is a common password, or close to one.
passphrase-hint-common-words = Single words and names are easy to guess.
passphrase-hint-keyboard-pattern = Keyboard patterns are easy to guess.
passphrase-hint-repeats = Repeats and sequences (aaa, abc, 123) are easy to guess.
passphrase-hint-dates = Dates and years are easy to guess.
passphrase-hint-predictable-changes = Capitals, reversed words and symbols for letters (p@ss) do not help much.
passphrase-hint-add-words = Add another word or two; uncommon words are best.
create-generate = Suggest a passphrase
create-generated = Suggested passphrase (filled in below). Write it down now and keep it apart from this computer:
error-passphrase-mismatch = The two passphrases are not the same.
error-disk-full = The disk is full. The last change was not saved; everything before it is safe. Free some space and try again.
error-not-writable = Harbour cannot write to { $path }. The last change was not saved; everything before it is safe.
error-case-not-found = This case no longer exists on this device.
error-session-not-found = This interview no longer exists on this device.
error-io = A file could not be read or written.
error-internal = Something went wrong inside Harbour. Nothing already saved was lost.
error-unknown = Something went wrong.

## Safety controls

hide-now = Hide
neutral-continue = Continue

## Starting a screening

new-title = New screening
new-questionnaire = Questionnaire
new-language = Language of the interview
new-start = Start with consent
new-cancel = Cancel
new-no-questionnaires = No questionnaire is installed.
new-broken-packs = Some questionnaires could not be loaded and are not offered:
new-loading-packs = Loading questionnaires…
case-resume = Resume
case-open = Open outcome
case-withdraw = Withdraw consent
withdraw-title = Withdraw consent for { $reference }?
withdraw-body = Everything recorded for this case will be deleted from this device and cannot be recovered. Only the fact that a case was withdrawn is kept, without any link to it.
withdraw-confirm = Delete this case
withdraw-done = The case was deleted.
withdraw-copies = { $count ->
    [one] One copy of this case was written outside this device's vault. Find it and destroy it: the vault no longer knows where it is.
   *[other] { $count } copies of this case were written outside this device's vault. Find them and destroy them: the vault no longer knows where they are.
}
withdraw-copies-before = { $count ->
    [one] One copy of this case is outside this device's vault. Withdrawing deletes the case here, not that copy: you will still have to find it and destroy it.
   *[other] { $count } copies of this case are outside this device's vault. Withdrawing deletes the case here, not those copies: you will still have to find them and destroy them.
}
withdraw-copy-summary = Referral summary
withdraw-copy-bundle = Encrypted export
withdraw-copies-done = I have noted them

## The interview: the person's side (shown in the interview language)

iv-yes = Yes
iv-no = No
iv-dont-know = I don't know
iv-decline = I prefer not to say
iv-back = Back
iv-next = Next
iv-save = Save answer
iv-continue-section = Continue
iv-skip-section = Skip this section
iv-year = Year
iv-month = Month (if known)
iv-day = Day (if known)
iv-country-choose = Choose a country
iv-country-stateless = No nationality (stateless)
iv-country-unknown = Not known
iv-language-choose = Choose a language
iv-choose-all = Choose all that apply, then save.
iv-section-progress = Part { $done } of { $total }
iv-paused-title = Paused
iv-paused-body = We can take a break for as long as you need.
iv-finished-title = Thank you
iv-finished-body = Thank you for talking with us. What you told us stays confidential. The staff member will now explain what can happen next and which services can help you. You can ask questions at any time, and you can still ask for your record to be deleted.
iv-refused-title = Thank you
iv-refused-body = We will not ask you anything more. Only your decision not to take part is recorded. You can still ask for help at any time.
iv-answered-before = Answered before: { $answer }
iv-answer-state-dont_know = I don't know
iv-answer-state-declined = I prefer not to say
iv-answer-state-skipped = Skipped

## The interview: the interviewer's side (staff language)

staff-panel = For the interviewer
staff-case = Case { $reference }
staff-interview-language = Interview language
staff-question-in-staff = In your language
staff-guidance = Guidance
staff-pause = Pause
staff-resume = Resume
staff-leave = Leave (saved)
staff-distress = Person in distress
staff-urgent-title = Urgent safety
staff-urgent-body = An answer needs action now: danger now, or no safe place tonight. Put the person's safety first: follow your organisation's emergency procedure now. The interview can wait.
staff-keys = Keys: 1–9 choose, Enter goes on, Backspace goes back, Esc hides the screen.
staff-sections = Sections
staff-section-off-path = not on this path
staff-show-outcome = Show the outcome (staff only)
staff-back-to-cases = Back to cases
staff-sensitive = Sensitive
distress-title = If the person is in distress
distress-body = Stop asking questions. Speak slowly and calmly. Invite the person to notice their feet on the floor and to breathe out slowly. Offer water and a break. Remind them that they can stop at any time and that nothing bad happens if they do. Do not push for details.
distress-pause = Pause the interview
distress-end = End the interview for now (saved)
distress-urgent = Raise urgent safety
distress-close = Close

## Outcome (staff only)

outcome-title = Screening outcome for { $reference }
outcome-disclaimer = This is a screening, not a decision. It shows indicators and recommends referrals for a full assessment by a competent authority or service.
outcome-pathways = Pathways
outcome-flags = Flags
outcome-referrals = Recommended referrals
outcome-notes = Notes
outcome-why = Why
outcome-elements = Elements of the test
outcome-answers = Answers behind it
outcome-indicators = Indicators
outcome-no-flags = No flags.
outcome-no-referrals = No referral is indicated by the answers given.
outcome-urgent = urgent
outcome-rules = Rules version { $version }, assessed { $date }.
outcome-questionnaire = Answered on questionnaire { $id }, version { $version }.
outcome-differs = Today's rules ({ $version }) would give a different result from the same answers. Review the case.
outcome-same = Today's rules give the same result.
outcome-reassess = Assess again with today's rules
outcome-reassess-confirm = The stored outcome will be replaced by what today's rules give from the same answers. Nothing is asked again, and referrals already made are not undone.
outcome-reassess-yes = Replace the outcome
outcome-reassessed = Assessed again with rules { $version }.
outcome-raised-by-interviewer = Raised by the interviewer
outcome-raised = urgent safety raised
answer-yes = yes
answer-no = no
answer-dont-know = don't know
answer-declined = preferred not to say
answer-skipped = skipped
error-no-interview = No interview is open.
error-interview-step = That step is not possible here ({ $detail }).
error-questionnaire-unknown = This questionnaire is not installed.
error-questionnaire-version-missing = This interview used questionnaire { $id } version { $version }, which is not installed on this device. Install it to continue.
error-answer-date = Enter at least a year with four digits.
error-no-outcome = This case has no outcome yet.

## Export and import (settings, export screen, import screen)

settings-org-key = Organisation public key
settings-org-key-hint = Paste the content of the file org.pub from your organisation: one line starting with age1 per key. Lines starting with # are comments. Exports can be opened only with the organisation's private key.
settings-org-key-save = Install the key
settings-org-key-saved = { $count ->
    [one] The organisation key is installed.
   *[other] { $count } organisation keys are installed.
}
settings-org-key-until-profile = A key pasted here works until your organisation's profile is installed; from then on the keys come only from the profile.
settings-org-key-from-profile = { $count ->
    [one] Exports are encrypted for the organisation's key named in its profile.
   *[other] Exports are encrypted for the { $count } organisation keys named in its profile.
}
settings-org-key-none = No organisation key is installed yet: encrypted export is not possible.
settings-retention = After an encrypted export
settings-retention-keep = Keep the exported cases on this device
settings-retention-purge = Delete the exported cases from this device
settings-retention-saved = Saved.
home-export = Export…
home-import = Import bundles…
export-title = Export an encrypted bundle
export-intro = The bundle is encrypted for your organisation's key. It can be copied to a USB stick or sent: only headquarters can open it.
export-choose = Cases to export
export-all-finished = All finished cases ({ $count })
export-case-label = { $reference }, { $status }, last change { $updated }
export-already = exported
export-folder = Save the bundle in this folder
export-places-title = USB sticks and drives:
export-places-none = No USB stick or removable drive found. Plug one in, then look again.
export-places-refresh = Look again
export-submit = Export encrypted bundle
export-working = Exporting… { $done } of { $total } cases
export-progress-label = Export progress
export-no-key = No organisation key is installed. Install it in Settings first.
export-open-settings = Open Settings
export-retention-keep = After the export, the cases stay on this device, marked as exported.
export-retention-purge = After the export, the exported cases are deleted from this device.
export-done-title = Export finished
export-done-file = Bundle saved as:
export-done-count = { $count ->
    [one] { $count } case exported.
   *[other] { $count } cases exported.
}
export-done-purged = { $count ->
    [0] The cases stay on this device.
    [one] { $count } case was deleted from this device.
   *[other] { $count } cases were deleted from this device.
}
export-back = Back to cases
import-title = Import bundles
import-intro = Open encrypted bundles with the organisation's private key. Every bundle is checked before anything is written: if one has been altered or is not addressed to this key, nothing is imported.
import-bundles = Bundle files (full path, one per line)
import-found-title = Bundles found on USB sticks and in Documents
import-found-none = No bundle found on a USB stick or in Documents. Plug the stick in and look again, or type the path below.
import-found-add = Add
import-found-added = Added
import-identity = Organisation private key file (org.key)
import-passphrase = Passphrase of the organisation key
import-submit = Import
import-working = Decrypting and checking…
import-done-title = Import finished
import-done-summary = { $written ->
    [one] { $written } case written from { $bundles } bundle(s).
   *[other] { $written } cases written from { $bundles } bundle(s).
}
import-col-bundle = Bundle
import-col-case = Case
import-col-result = Result
import-fate-new = new
import-fate-duplicate = already here, not written again
import-fate-conflict = different version of a case already here, kept beside it
import-error-in-file = In { $file }:
error-export-folder = This folder does not exist: { $folder }
error-export-running = An export is already running.
error-import-no-bundles = Give at least one bundle file.
error-import-no-identity = Give the organisation key file.
error-retention-invalid = Unknown retention setting.

## Referral summaries from the outcome screen

outcome-summary-button = Referral summary (PDF)
outcome-summary-language = Language of the referral summaries
outcome-summary-saved = Saved { $file } in { $folder }. It is recorded in the case's history; if consent is withdrawn, you will be told to destroy it.
outcome-summary-folder = Folder for the summaries (a USB stick)
outcome-summary-folder-hint = Summaries are saved only where you choose, named by referral type and date.
outcome-summary-with-reference = Include the case reference in the file name
error-summary-folder = Choose an existing folder for the summary, such as a USB stick.
error-referral-unknown = This referral type is not known.
error-no-folder = There is no folder to save the file in.

## The interview in the field (issue 17)

iv-none-of-these = None of these
iv-not-known = Not known
iv-interviewer-marks = Please answer in your own words. The interviewer will note what you say.
staff-skip = Skip this question
staff-options-not-suggested = Do not read these out: mark what the person says
staff-mark-what-said = Mark each thing the person mentions, then save. Unmarked means not mentioned, not "no".
note-question = Note on this question (staff only)
note-case = Note on the case (staff only)
note-save = Save note
note-saved = Note saved.
error-note-too-long = This note is too long: at most { $max } characters.
answer-none-of-these = none of these
outcome-staff-notes = Staff notes
outcome-note-on-case = On the case
outcome-notes-stay = Staff notes stay on this device: they are never part of an export, and they are deleted with the case.
outcome-compare-title = What would change
outcome-compare-stored = Stored now (rules { $version })
outcome-compare-today = With today's rules ({ $version })
outcome-compare-none = none
outcome-compare-changed = changes
staff-full-text = The full text, to check what is said
