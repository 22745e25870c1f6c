# Staff accounts, organisation recovery and wipe (vault errors).
error-vault-not-allowed = Your role does not allow this. Ask a supervisor.
error-staff-not-found = This staff member is not on this device (they may have been removed).
error-passphrase-in-use = This passphrase cannot be used here. Choose another one.
error-staff-last-supervisor = The last supervisor cannot be removed. Add another supervisor first.
error-staff-invalid-name = A name must have 1 to { $max } characters.
error-vault-no-recovery = This device cannot be recovered: no organisation key was installed on it.
error-vault-recovery-key-mismatch = This organisation key does not open this device's recovery slot.
error-vault-wiped = This device was wiped after { $attempts } failed unlocks.
error-vault-wipe-not-confirmed = The wipe was not confirmed. Type { $words } exactly.
