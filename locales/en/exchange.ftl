# Authentic exchange: signed bundles from enrolled devices (errors of import and enrolment).
# Ids are the codes of ExportError (crates/harbour-export/src/error.rs).

error-import-unsigned = This bundle is not signed by a device. Nothing was imported.
error-import-bad-signature = This bundle's device signature does not verify: it was changed after export. Nothing was imported.
error-import-wrong-organisation = This bundle was made for another organisation or re-encrypted by someone else. Nothing was imported.
error-import-device-not-enrolled = This bundle comes from a device that is not enrolled here. It is held, not imported: compare the device's fingerprint, enrol it, then import again.
error-import-replay = This bundle is older than one already imported from the same device and could overwrite newer data. Nothing was imported.
error-import-case-withdrawn = This bundle holds a case that was withdrawn here; it must not come back. Nothing was imported.
error-import-bad-field = A field in this bundle is not in its expected format. Nothing was imported.
error-import-too-large = This bundle is too large to import. Nothing was imported.
error-import-bad-enrolment = This is not a valid device enrolment file. Nothing was registered.
error-import-fingerprint-mismatch = The fingerprint does not match the device's. Nothing was registered.
error-profile-invalid = This is not a valid organisation profile. Nothing was installed.
error-profile-not-trusted = This organisation profile is not signed by the installed organisation's key. Nothing was installed.
error-profile-installed = This device has an organisation profile: its keys change only through a profile signed by the organisation.
error-pack-unsigned = This questionnaire pack is not signed. It is not offered for new interviews.
error-pack-bad-signature = This questionnaire pack's signature does not verify. It is not offered for new interviews.
error-pack-changed = This questionnaire pack was changed or is not approved by the organisation. It is not offered for new interviews.

# Why a questionnaire pack is not offered (new interview screen). Ids: pack-problem-<reason>
# of PackProblemReason (src-tauri/src/interview_dto.rs).
pack-problem-invalid = It has errors:
pack-problem-unsigned = Not signed by the organisation:
pack-problem-bad-signature = Its signature does not verify with the organisation's key:
pack-problem-changed = Changed since it was signed:
pack-problem-not-approved = Not approved by the organisation profile:
pack-problem-no-profile = No organisation profile is installed, so it cannot be checked:
pack-problem-load-failed = It could not be loaded:

# The organisation profile (Settings). The fingerprint is the profile's signing key's, in the
# read-aloud form of device fingerprints.
profile-title = Organisation profile
profile-installed = { $name } ({ $id }), profile number { $serial }, is installed. Keys and approved questionnaires change only through a profile signed by this organisation.
profile-none = No organisation profile is installed. Ask headquarters for your organisation's profile file.
profile-none-pasted = No organisation profile is installed: this device uses an organisation key pasted by hand, which any supervisor can replace. It keeps working until you install your organisation's profile.
profile-fingerprint = Signing key fingerprint:
profile-found-title = Profile files on removable drives and in Documents
profile-found-none = No profile file found. Insert the USB stick from headquarters, or type the file's path below.
profile-found-choose = Read this file
profile-file = Profile file
profile-read = Read the profile
profile-preview-first = Compare before installing
profile-preview-update = An update of your organisation's profile
profile-preview-org = From { $name } ({ $id }), profile number { $serial }.
profile-compare-hint = Call headquarters and have them read their fingerprint aloud. Only if it is the same as the one above, type it below. A different fingerprint means the file is not from your organisation: do not install it.
profile-type-fingerprint = The fingerprint headquarters read to you
profile-install = Install the profile
profile-update-signed = It is signed by your organisation's installed key. What changes:
profile-change-new-pack = Newly approved questionnaire: { $pack }
profile-change-removed-pack = No longer approved: { $pack }
profile-change-key-rotated = The organisation's signing key changes (a new fingerprint, shown above).
profile-change-recipients = The keys exports are encrypted for change.
profile-change-pack-key = The key that signs questionnaires changes.
profile-change-policies = The organisation's policies change (retention after export, recovery, wipe after failed unlocks).
profile-change-none = Nothing but the profile number.
profile-install-update = Install the update
profile-installed-now = The profile of { $name } (number { $serial }) is installed.
error-profile-fingerprint-mismatch = The fingerprint typed is not this profile's. Nothing was installed: check with headquarters.
error-profile-no-file = Choose the organisation profile file first.

# Enrolling a device (screens).
device-fingerprint = This device's fingerprint:
device-fingerprint-hint = Headquarters compares it before it accepts this device's exports: read it aloud to them, or let them see this screen.
import-held-title = Held: this device is not enrolled here
import-held-body = Compare this fingerprint with the one the device shows (Staff and device). Only if they are the same, type it below to enrol the device, then import again.
import-held-fingerprint = Fingerprint in the bundle:
import-enrol-type = The fingerprint the device shows
import-enrol-submit = Enrol this device
import-enrolled = The device is enrolled. Import the bundle again.
