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

# Questionnaire packs not offered, and the organisation profile (Settings).
pack-problem-invalid = Tiene errores:
pack-problem-unsigned = No está firmado por la organización:
pack-problem-bad-signature = Su firma no se verifica con la clave de la organización:
pack-problem-changed = Modificado desde que se firmó:
pack-problem-not-approved = No aprobado por el perfil de la organización:
pack-problem-no-profile = No hay ningún perfil de organización instalado, así que no se puede comprobar:
pack-problem-load-failed = No se pudo cargar:
profile-title = Perfil de la organización
profile-installed = { $name } ({ $id }), perfil número { $serial }, está instalado. Las claves y los cuestionarios aprobados solo cambian mediante un perfil firmado por esta organización.
profile-none = No hay ningún perfil de organización instalado. Pida a la sede el archivo de perfil de su organización.
profile-none-pasted = No hay ningún perfil de organización instalado: este dispositivo usa una clave de organización pegada a mano, que cualquier supervisor puede sustituir. Sigue funcionando hasta que instale el perfil de su organización.
profile-fingerprint = Huella de la clave de firma:
profile-found-title = Archivos de perfil en unidades extraíbles y en Documentos
profile-found-none = No se encontró ningún archivo de perfil. Inserte la memoria USB de la sede o escriba abajo la ruta del archivo.
profile-found-choose = Leer este archivo
profile-file = Archivo de perfil
profile-read = Leer el perfil
profile-preview-first = Compare antes de instalar
profile-preview-update = Una actualización del perfil de su organización
profile-preview-org = De { $name } ({ $id }), perfil número { $serial }.
profile-compare-hint = Llame a la sede y pida que le lean su huella en voz alta. Solo si es igual a la de arriba, escríbala abajo. Una huella distinta significa que el archivo no es de su organización: no lo instale.
profile-type-fingerprint = La huella que le leyó la sede
profile-install = Instalar el perfil
profile-update-signed = Está firmada por la clave instalada de su organización. Qué cambia:
profile-change-new-pack = Cuestionario aprobado nuevo: { $pack }
profile-change-removed-pack = Ya no aprobado: { $pack }
profile-change-key-rotated = Cambia la clave de firma de la organización (una huella nueva, mostrada arriba).
profile-change-recipients = Cambian las claves para las que se cifran las exportaciones.
profile-change-pack-key = Cambia la clave que firma los cuestionarios.
profile-change-policies = Cambian las normas de la organización (conservación tras exportar, recuperación, borrado tras desbloqueos fallidos).
profile-change-none = Nada más que el número del perfil.
profile-install-update = Instalar la actualización
profile-installed-now = El perfil de { $name } (número { $serial }) está instalado.
error-profile-fingerprint-mismatch = La huella escrita no es la de este perfil. No se instaló nada: compruébelo con la sede.
error-profile-no-file = Elija primero el archivo de perfil de la organización.
