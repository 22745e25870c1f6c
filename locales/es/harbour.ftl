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
case-list-tools = Buscar casos
case-search = Buscar un caso por su referencia
case-search-hint = La referencia o sus primeros caracteres, por ejemplo 7K3.
case-sort = Ordenar
case-sort-updated-desc = Último cambio, el más reciente primero
case-sort-updated-asc = Último cambio, el más antiguo primero
case-sort-created-desc = Apertura, el más reciente primero
case-sort-created-asc = Apertura, el más antiguo primero
case-sort-reference-asc = Referencia, de la A a la Z
case-sort-reference-desc = Referencia, de la Z a la A
case-filters = { $count ->
    [0] Filtros
   *[other] Filtros ({ $count })
}
case-filter-any = Todos
case-filter-trafficking = Trata de personas
case-filter-protection = Protección internacional
case-filter-urgent = Seguridad urgente
case-filter-urgent-yes = Solo urgentes
case-filter-urgent-no = No urgentes
case-filter-exported = Exportación
case-filter-exported-yes = Exportados
case-filter-exported-no = Aún no exportados
case-filters-clear = Borrar la búsqueda y los filtros
case-level-strong = Indicadores altos
case-level-possible = Indicadores posibles
case-level-insufficient_information = Información insuficiente
case-level-none = Ningún indicador
case-list-no-match = Ningún caso coincide.
case-list-page-empty = Esta página ya no tiene nada.
case-page-first = Volver a la primera página
case-pages = Páginas de la lista de casos
case-showing = { $from }–{ $to } de { $total }
case-showing-at-least = { $from }–{ $to } de más de { $total }
case-page-previous = Anterior
case-page-next = Siguiente
case-urgent = Urgente
case-actions = Acciones
error-case-search-invalid = Una referencia solo tiene letras, cifras y «-»: «{ $character }» (carácter { $position }) no puede formar parte de ella.
error-case-search-too-long = Una referencia tiene como máximo { $max } caracteres.
error-case-page-size = Una página muestra de 1 a { $max } casos.

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
error-passphrase-guessable = Esta frase de contraseña es fácil de adivinar. Añada más palabras o use una frase propuesta.
passphrase-hint-common-password = Es una contraseña común, o casi.
passphrase-hint-common-words = Una sola palabra o un nombre son fáciles de adivinar.
passphrase-hint-keyboard-pattern = Las secuencias de teclas del teclado son fáciles de adivinar.
passphrase-hint-repeats = Las repeticiones y secuencias (aaa, abc, 123) son fáciles de adivinar.
passphrase-hint-dates = Las fechas y los años son fáciles de adivinar.
passphrase-hint-predictable-changes = Las mayúsculas, las palabras al revés y los símbolos en lugar de letras (p@ss) apenas ayudan.
passphrase-hint-add-words = Añada una o dos palabras más; mejor si son poco comunes.
create-generate = Proponer una frase de contraseña
create-generated = Frase de contraseña propuesta (ya escrita abajo). Anótela ahora y guárdela lejos de este ordenador:
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

## Starting a screening

new-title = Nueva entrevista
new-questionnaire = Cuestionario
new-language = Idioma de la entrevista
new-start = Empezar por el consentimiento
new-cancel = Cancelar
new-no-questionnaires = No hay ningún cuestionario instalado.
new-broken-packs = Algunos cuestionarios no se pudieron cargar y no se ofrecen:
case-resume = Reanudar
case-open = Ver el resultado
case-withdraw = Retirar el consentimiento
withdraw-title = ¿Retirar el consentimiento de { $reference }?
withdraw-body = Todo lo registrado para este caso se borrará de este dispositivo y no se podrá recuperar. Solo se conserva el hecho de que se retiró un caso, sin ningún vínculo con él.
withdraw-confirm = Borrar este caso
withdraw-done = El caso se ha borrado.
withdraw-copies = { $count ->
    [one] Se escribió una copia de este caso fuera del almacén cifrado de este dispositivo. Búsquela y destrúyala: el almacén ya no sabe dónde está.
   *[other] Se escribieron { $count } copias de este caso fuera del almacén cifrado de este dispositivo. Búsquelas y destrúyalas: el almacén ya no sabe dónde están.
}
withdraw-copies-before = { $count ->
    [one] Hay una copia de este caso fuera del almacén cifrado de este dispositivo. Retirar el consentimiento borra el caso aquí, no esa copia: todavía tendrá que buscarla y destruirla.
   *[other] Hay { $count } copias de este caso fuera del almacén cifrado de este dispositivo. Retirar el consentimiento borra el caso aquí, no esas copias: todavía tendrá que buscarlas y destruirlas.
}
withdraw-copy-summary = Resumen de derivación
withdraw-copy-bundle = Exportación cifrada
withdraw-copies-done = Lo he anotado

## The interview: the person's side (shown in the interview language)

iv-yes = Sí
iv-no = No
iv-dont-know = No lo sé
iv-decline = Prefiero no decirlo
iv-back = Atrás
iv-next = Siguiente
iv-save = Guardar la respuesta
iv-continue-section = Continuar
iv-skip-section = Saltar esta parte
iv-year = Año
iv-month = Mes (si lo sabe)
iv-day = Día (si lo sabe)
iv-country-choose = Elija un país
iv-country-stateless = Sin nacionalidad (apátrida)
iv-country-unknown = No se sabe
iv-language-choose = Elija un idioma
iv-choose-all = Elija todas las que correspondan y después guarde.
iv-section-progress = Parte { $done } de { $total }
iv-paused-title = En pausa
iv-paused-body = Podemos hacer una pausa durante el tiempo que necesite.
iv-finished-title = Gracias
iv-finished-body = Gracias por hablar con nosotros. Lo que nos ha contado es confidencial. La persona que le atiende le explicará ahora qué puede pasar a continuación y qué servicios pueden ayudarle. Puede hacer preguntas en cualquier momento y todavía puede pedir que se borre su registro.
iv-refused-title = Gracias
iv-refused-body = No le preguntaremos nada más. Solo queda registrada su decisión de no participar. Puede pedir ayuda en cualquier momento.
iv-answered-before = Respuesta anterior: { $answer }
iv-answer-state-dont_know = No lo sé
iv-answer-state-declined = Prefiero no decirlo
iv-answer-state-skipped = Saltada

## The interview: the interviewer's side (staff language)

staff-panel = Para quien entrevista
staff-case = Caso { $reference }
staff-interview-language = Idioma de la entrevista
staff-question-in-staff = En su idioma
staff-guidance = Orientaciones
staff-pause = Pausa
staff-resume = Reanudar
staff-leave = Salir (guardado)
staff-distress = Persona con angustia
staff-urgent-title = Seguridad urgente
staff-urgent-body = Una respuesta exige actuar ahora: peligro inmediato o ningún lugar seguro para esta noche. Ponga primero la seguridad de la persona: siga ahora el procedimiento de emergencia de su organización. La entrevista puede esperar.
staff-keys = Teclas: 1–9 para elegir, Intro para avanzar, Retroceso para volver, Esc para ocultar la pantalla.
staff-sections = Partes
staff-section-off-path = fuera de este recorrido
staff-show-outcome = Mostrar el resultado (solo personal)
staff-back-to-cases = Volver a los casos
staff-sensitive = Delicado
distress-title = Si la persona está angustiada
distress-body = Deje de hacer preguntas. Hable despacio y con calma. Invite a la persona a notar los pies en el suelo y a soltar el aire despacio. Ofrezca agua y una pausa. Recuérdele que puede parar en cualquier momento y que no pasará nada malo si lo hace. No insista en obtener detalles.
distress-pause = Pausar la entrevista
distress-end = Terminar la entrevista por ahora (guardada)
distress-urgent = Activar la alerta de seguridad urgente
distress-close = Cerrar

## Outcome (staff only)

outcome-title = Resultado del cribado de { $reference }
outcome-disclaimer = Esto es un cribado, no una decisión. Muestra indicadores y recomienda derivaciones para una evaluación completa por una autoridad o un servicio competente.
outcome-pathways = Vías
outcome-flags = Alertas
outcome-referrals = Derivaciones recomendadas
outcome-notes = Notas
outcome-why = Por qué
outcome-elements = Elementos del criterio
outcome-answers = Respuestas en las que se basa
outcome-indicators = Indicadores
outcome-no-flags = Sin alertas.
outcome-no-referrals = Las respuestas dadas no indican ninguna derivación.
outcome-urgent = urgente
outcome-rules = Versión de las reglas { $version }, evaluado el { $date }.
outcome-questionnaire = Respondido en el cuestionario { $id }, versión { $version }.
outcome-differs = Las reglas actuales ({ $version }) darían un resultado distinto con las mismas respuestas. Revise el caso.
outcome-same = Las reglas actuales dan el mismo resultado.
outcome-reassess = Evaluar de nuevo con las reglas actuales
outcome-reassess-confirm = El resultado guardado se sustituirá por el que dan las reglas actuales a partir de las mismas respuestas. No se vuelve a preguntar nada y las derivaciones ya hechas no se deshacen.
outcome-reassess-yes = Sustituir el resultado
outcome-reassessed = Evaluado de nuevo con las reglas { $version }.
outcome-raised-by-interviewer = Activada por quien entrevista
outcome-raised = alerta de seguridad urgente activada
answer-yes = sí
answer-no = no
answer-dont-know = no lo sabe
answer-declined = prefirió no decirlo
answer-skipped = saltada
error-no-interview = No hay ninguna entrevista abierta.
error-interview-step = Ese paso no es posible aquí ({ $detail }).
error-questionnaire-unknown = Este cuestionario no está instalado.
error-questionnaire-version-missing = Esta entrevista usó el cuestionario { $id } en la versión { $version }, que no está instalada en este dispositivo. Instálela para continuar.
error-answer-date = Introduzca al menos un año de cuatro cifras.
error-no-outcome = Este caso todavía no tiene resultado.

## Export and import (settings, export screen, import screen)

settings-org-key = Clave pública de la organización
settings-org-key-hint = Pegue el contenido del archivo org.pub de su organización: una línea que empieza por age1 por cada clave. Las líneas que empiezan por # son comentarios. Las exportaciones solo se pueden abrir con la clave privada de la organización.
settings-org-key-save = Instalar la clave
settings-org-key-saved = { $count ->
    [one] La clave de la organización está instalada.
   *[other] Hay { $count } claves de la organización instaladas.
}
settings-org-key-none = Todavía no hay ninguna clave de la organización instalada: no es posible exportar cifrado.
settings-retention = Después de una exportación cifrada
settings-retention-keep = Conservar los casos exportados en este dispositivo
settings-retention-purge = Borrar de este dispositivo los casos exportados
settings-retention-saved = Guardado.
home-export = Exportar…
home-import = Importar paquetes…
export-title = Exportar un paquete cifrado
export-intro = El paquete se cifra para la clave de su organización. Se puede copiar en una memoria USB o enviar: solo la sede puede abrirlo.
export-choose = Casos que exportar
export-all-finished = Todos los casos finalizados ({ $count })
export-case-label = { $reference }, { $status }, último cambio { $updated }
export-already = exportado
export-folder = Guardar el paquete en esta carpeta
export-places-title = Memorias USB y unidades:
export-places-none = No se encontró ninguna memoria USB ni unidad extraíble. Conecte una y vuelva a buscar.
export-places-refresh = Volver a buscar
export-submit = Exportar el paquete cifrado
export-working = Exportando… { $done } de { $total } casos
export-progress-label = Progreso de la exportación
export-no-key = No hay ninguna clave de la organización instalada. Instálela primero en Ajustes.
export-open-settings = Abrir Ajustes
export-retention-keep = Después de la exportación, los casos se quedan en este dispositivo, marcados como exportados.
export-retention-purge = Después de la exportación, los casos exportados se borran de este dispositivo.
export-done-title = Exportación terminada
export-done-file = Paquete guardado como:
export-done-count = { $count ->
    [one] { $count } caso exportado.
   *[other] { $count } casos exportados.
}
export-done-purged = { $count ->
    [0] Los casos se quedan en este dispositivo.
    [one] Se borró { $count } caso de este dispositivo.
   *[other] Se borraron { $count } casos de este dispositivo.
}
export-back = Volver a los casos
import-title = Importar paquetes
import-intro = Abra paquetes cifrados con la clave privada de la organización. Cada paquete se comprueba antes de escribir nada: si alguno se ha alterado o no está dirigido a esta clave, no se importa nada.
import-bundles = Archivos de paquete (ruta completa, uno por línea)
import-found-title = Paquetes encontrados en memorias USB y en Documentos
import-found-none = No se encontró ningún paquete en una memoria USB ni en Documentos. Conecte la memoria y vuelva a buscar, o escriba la ruta abajo.
import-found-add = Añadir
import-found-added = Añadido
import-identity = Archivo de la clave privada de la organización (org.key)
import-passphrase = Frase de contraseña de la clave de la organización
import-submit = Importar
import-working = Descifrando y comprobando…
import-done-title = Importación terminada
import-done-summary = { $written ->
    [one] { $written } caso escrito a partir de paquetes ({ $bundles }).
   *[other] { $written } casos escritos a partir de paquetes ({ $bundles }).
}
import-col-bundle = Paquete
import-col-case = Caso
import-col-result = Resultado
import-fate-new = nuevo
import-fate-duplicate = ya estaba aquí, no se vuelve a escribir
import-fate-conflict = otra versión de un caso que ya estaba aquí, guardada al lado
import-error-in-file = En { $file }:
error-export-folder = Esta carpeta no existe: { $folder }
error-export-running = Ya hay una exportación en curso.
error-import-no-bundles = Indique al menos un archivo de paquete.
error-import-no-identity = Indique el archivo de la clave de la organización.
error-retention-invalid = Ajuste de conservación desconocido.

## Referral summaries from the outcome screen

outcome-summary-button = Resumen de derivación (PDF)
outcome-summary-language = Idioma de los resúmenes de derivación
outcome-summary-saved = Guardado { $file } en { $folder }. Queda anotado en el historial del caso; si se retira el consentimiento, se le pedirá que lo destruya.
outcome-summary-folder = Carpeta para los resúmenes (una memoria USB)
outcome-summary-folder-hint = Los resúmenes se guardan solo donde usted elija, con un nombre según el tipo de derivación y la fecha.
outcome-summary-with-reference = Incluir la referencia del caso en el nombre del archivo
error-summary-folder = Elija una carpeta existente para el resumen, por ejemplo una memoria USB.
error-referral-unknown = Este tipo de derivación no se conoce.
error-no-folder = No hay ninguna carpeta donde guardar el archivo.

## The interview in the field (issue 17)

iv-none-of-these = Ninguna de estas
iv-not-known = No lo sé
iv-interviewer-marks = Responda con sus propias palabras. La persona que le entrevista anotará lo que diga.
staff-skip = Saltar esta pregunta
staff-options-not-suggested = No las lea en voz alta: marque lo que diga la persona
staff-mark-what-said = Marque cada cosa que la persona mencione y guarde. Sin marcar significa no mencionado, no «no».
note-question = Nota sobre esta pregunta (solo personal)
note-case = Nota sobre el caso (solo personal)
note-save = Guardar nota
note-saved = Nota guardada.
error-note-too-long = Esta nota es demasiado larga: como máximo { $max } caracteres.
answer-none-of-these = ninguna de estas
outcome-staff-notes = Notas del personal
outcome-note-on-case = Sobre el caso
outcome-notes-stay = Las notas del personal se quedan en este dispositivo: nunca forman parte de una exportación y se borran con el caso.
outcome-compare-title = Qué cambiaría
outcome-compare-stored = Guardado ahora (reglas { $version })
outcome-compare-today = Con las reglas de hoy ({ $version })
outcome-compare-none = ninguno
outcome-compare-changed = cambia
staff-full-text = El texto completo, para comprobar lo que se dice

new-loading-packs = Cargando cuestionarios…
settings-org-key-until-profile = Una clave pegada aquí funciona hasta que se instale el perfil de su organización; a partir de entonces las claves vienen solo del perfil.
settings-org-key-from-profile = { $count ->
    [one] Las exportaciones se cifran para la clave de la organización indicada en su perfil.
   *[other] Las exportaciones se cifran para las { $count } claves de la organización indicadas en su perfil.
}
