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

# Enrolling a device (screens).
device-fingerprint = This device's fingerprint:
device-fingerprint-hint = Headquarters compares it before it accepts this device's exports: read it aloud to them, or let them see this screen.
import-held-title = Held: this device is not enrolled here
import-held-body = Compare this fingerprint with the one the device shows (Staff and device). Only if they are the same, type it below to enrol the device, then import again.
import-held-fingerprint = Fingerprint in the bundle:
import-enrol-type = The fingerprint the device shows
import-enrol-submit = Enrol this device
import-enrolled = The device is enrolled. Import the bundle again.
