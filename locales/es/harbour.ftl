# Harbour: textos de la aplicación (español).
# Borrador de traducción automática, aún no revisado por un hablante nativo.

app-name = Harbour
app-tagline = Asistente de cribado: indicadores y derivaciones, nunca una decisión

## Create the vault (first run)

create-title = Configurar este dispositivo
create-intro = Todo lo que se registra en este dispositivo se guarda en una bóveda cifrada. Elija una frase de contraseña que solo usted y su equipo conozcan. Sin ella nadie, ni siquiera quienes crearon Harbour, puede abrir los registros.
create-passphrase = Frase de contraseña
create-confirm = Repita la frase de contraseña
create-hint = { $min ->
        [one] Al menos { $min } carácter.
       *[other] Al menos { $min } caracteres.
    } Unas cuantas palabras sin relación entre sí, separadas por espacios, son fáciles de recordar y difíciles de adivinar.
create-submit = Crear la bóveda cifrada
create-working = Creando la bóveda…
strength-label = Seguridad:
strength-too-weak = demasiado débil
strength-fair = aceptable
strength-good = buena
strength-strong = fuerte

## Unlock

unlock-title = Desbloquear Harbour
unlock-intro = Introduzca la frase de contraseña para abrir los registros de este dispositivo.
unlock-passphrase = Frase de contraseña
unlock-submit = Desbloquear
unlock-working = Comprobando…
unlock-locked-idle = Harbour se bloqueó tras un periodo de inactividad.

## Home: the case list

home-title = Casos
home-new-interview = Nueva entrevista
home-empty = Todavía no hay casos en este dispositivo.
home-lock = Bloquear
home-settings = Ajustes
case-reference = Referencia
case-status = Estado
case-updated = Último cambio
case-status-in_progress = En curso
case-status-finished = Finalizado
case-status-consent_refused = Consentimiento denegado
case-count = { $count ->
    [one] { $count } caso
   *[other] { $count } casos
}

## Settings

settings-title = Ajustes
settings-auto-lock = Bloquear automáticamente tras estos minutos sin actividad
settings-save = Guardar
settings-saved = Guardado.
settings-back = Volver

## Language

language-staff = Idioma del personal
language-needs-review = aún no revisado por un hablante nativo

## Errors (the code of each error is its message id)

error-vault-locked = La bóveda está bloqueada. Desbloquéela para continuar.
error-vault-not-found = Todavía no hay ninguna bóveda en este dispositivo.
error-vault-exists = Ya existe una bóveda aquí; no se ha modificado.
error-vault-wrong-passphrase = Esa frase de contraseña no abre esta bóveda. Compruebe el idioma del teclado y la tecla Bloq Mayús.
error-vault-backoff = { $seconds ->
        [one] Demasiados intentos. Espere { $seconds } segundo antes de volver a intentarlo.
       *[other] Demasiados intentos. Espere { $seconds } segundos antes de volver a intentarlo.
    }
error-vault-corrupt = El archivo de la bóveda está dañado ({ $detail }). No se ha modificado. Guarde una copia y póngase en contacto con su responsable técnico.
error-vault-too-new = Esta bóveda se creó con una versión más reciente de Harbour. Actualice Harbour para abrirla.
error-passphrase-weak = Esta frase de contraseña es demasiado débil.
error-passphrase-too-short = { $min ->
        [one] Use al menos { $min } carácter.
       *[other] Use al menos { $min } caracteres.
    }
error-passphrase-repetitive = Use caracteres más variados; unas cuantas palabras separadas por espacios funcionan bien.
error-passphrase-common = Esta frase de contraseña es demasiado común. Elija sus propias palabras.
error-passphrase-mismatch = Las dos frases de contraseña no coinciden.
error-disk-full = El disco está lleno. El último cambio no se guardó; todo lo anterior está a salvo. Libere espacio e inténtelo de nuevo.
error-not-writable = Harbour no puede escribir en { $path }. El último cambio no se guardó; todo lo anterior está a salvo.
error-case-not-found = Este caso ya no existe en este dispositivo.
error-session-not-found = Esta entrevista ya no existe en este dispositivo.
error-io = No se pudo leer o escribir un archivo.
error-internal = Algo salió mal dentro de Harbour. No se ha perdido nada de lo ya guardado.
error-unknown = Algo salió mal.

## Safety controls

hide-now = Ocultar
neutral-continue = Continuar
