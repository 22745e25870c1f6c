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
