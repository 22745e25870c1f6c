# Intercambio auténtico: paquetes firmados por dispositivos registrados (errores de importación y registro).
# machine-draft: not yet reviewed by a native speaker.

error-import-unsigned = Este paquete no está firmado por un dispositivo. No se importó nada.
error-import-bad-signature = La firma del dispositivo en este paquete no es válida: se modificó después de la exportación. No se importó nada.
error-import-wrong-organisation = Este paquete se hizo para otra organización o alguien lo volvió a cifrar. No se importó nada.
error-import-device-not-enrolled = Este paquete viene de un dispositivo que no está registrado aquí. Queda retenido, no importado: compare la huella del dispositivo, regístrelo y vuelva a importar.
error-import-replay = Este paquete es más antiguo que otro ya importado del mismo dispositivo y podría sobrescribir datos más recientes. No se importó nada.
error-import-case-withdrawn = Este paquete contiene un caso retirado aquí; no debe volver. No se importó nada.
error-import-bad-field = Un campo de este paquete no tiene el formato esperado. No se importó nada.
error-import-too-large = Este paquete es demasiado grande para importarlo. No se importó nada.
error-import-bad-enrolment = Este no es un archivo de registro de dispositivo válido. No se registró nada.
error-import-fingerprint-mismatch = La huella no coincide con la del dispositivo. No se registró nada.
error-profile-invalid = Este no es un perfil de organización válido. No se instaló nada.
error-profile-not-trusted = Este perfil de organización no está firmado por la clave de la organización instalada. No se instaló nada.
error-profile-installed = Este dispositivo tiene un perfil de organización: sus claves solo cambian mediante un perfil firmado por la organización.
error-pack-unsigned = Este cuestionario no está firmado. No se ofrece para nuevas entrevistas.
error-pack-bad-signature = La firma de este cuestionario no es válida. No se ofrece para nuevas entrevistas.
error-pack-changed = Este cuestionario se modificó o la organización no lo aprobó. No se ofrece para nuevas entrevistas.

# Registro de un dispositivo (pantallas).
device-fingerprint = Huella de este dispositivo:
device-fingerprint-hint = La sede la compara antes de aceptar las exportaciones de este dispositivo: léasela en voz alta o muéstrele esta pantalla.
import-held-title = Retenido: este dispositivo no está registrado aquí
import-held-body = Compare esta huella con la que muestra el dispositivo (Personal y dispositivo). Solo si son iguales, escríbala abajo para registrar el dispositivo y, después, vuelva a importar.
import-held-fingerprint = Huella en el paquete:
import-enrol-type = La huella que muestra el dispositivo
import-enrol-submit = Registrar este dispositivo
import-enrolled = El dispositivo está registrado. Vuelva a importar el paquete.
