# Harbour: un cuestionario que no se puede usar, tal como lo lista la pantalla de nueva entrevista.
# Borrador de traducción automática, aún no revisado por un hablante nativo.

new-pack-problem = { $file }, línea { $line }, columna { $column } ({ $code }): { $problem }
new-pack-problem-nowhere = { $code }: { $problem }
new-pack-problem-detail = Detalles (en inglés): { $detail }

pack-problem-toml-syntax = El archivo no es TOML válido.
pack-problem-unknown-field = Una clave que el formato no conoce (a menudo una errata).
pack-problem-wrong-type = Una clave contiene un tipo de valor TOML incorrecto.
pack-problem-missing-field = Falta una clave obligatoria.
pack-problem-duplicate-id = Dos secciones, preguntas u opciones tienen el mismo identificador.
pack-problem-bad-id = Un identificador no está formado por minúsculas, cifras y `_`, empezando por una letra.
pack-problem-bad-version = La versión no es semántica (`MAJOR.MINOR.PATCH`).
pack-problem-unknown-kind = Un tipo de pregunta que el formato no conoce.
pack-problem-unsupported-rules = El conjunto de reglas al que apunta el cuestionario no es este.
pack-problem-bad-language = Un idioma declarado no es un código de idioma, o no se declara ninguno.
pack-problem-bad-options = Opciones en un tipo que no las tiene, o una elección con menos de dos.
pack-problem-option-without-text = Una opción no tiene texto.
pack-problem-required-not-consent = Solo la pregunta de consentimiento puede ser obligatoria.
pack-problem-bad-consent = La marca de consentimiento está en una pregunta que no es de sí/no, o en más de una pregunta.
pack-problem-bad-bounds = Límites numéricos en una pregunta que no es de número, o `min` mayor que `max`.
pack-problem-empty-section = Una sección no tiene preguntas.
pack-problem-text-not-sensitive = Una pregunta de texto libre marcada `sensitive = false`: el texto libre siempre es sensible.
pack-problem-bad-profile = Una marca `profile` desconocida, en un tipo de pregunta equivocado, o usada dos veces.
pack-problem-options-presentation = Una pregunta de opción múltiple sin `options_presentation` (`read_all` o `not_suggested`), ese campo en otro tipo de pregunta, o un valor desconocido.
pack-problem-condition-syntax = No se puede analizar una condición.
pack-problem-unknown-reference = Una condición nombra una pregunta que no existe.
pack-problem-forward-reference = Una condición nombra una pregunta que viene después (o a sí misma).
pack-problem-condition-type = Una condición mezcla tipos (por ejemplo, un número comparado con una opción).
pack-problem-unknown-value = Una condición nombra una opción que la pregunta no tiene, o un código de país mal formado.
pack-problem-condition-too-deep = Una condición se anida más, o encadena más operadores, de lo que permite el límite.
pack-problem-unknown-indicator = Un código de indicador que las reglas no conocen.
pack-problem-bad-evidence = Evidencia que no corresponde al tipo de pregunta.
pack-problem-ftl-syntax = Un archivo de idioma no es Fluent válido.
pack-problem-missing-message = Falta un texto en un idioma declarado.
pack-problem-unused-message = Un mensaje que ningún campo del cuestionario usa.
pack-problem-missing-locale = Un idioma declarado no tiene archivo de idioma.
pack-problem-unreadable = No se puede leer un archivo.
pack-problem-undeclared-locale = Un archivo de idioma para un idioma que el cuestionario no declara.
pack-problem-ftl-too-deep = Un archivo de idioma anida expresiones más de lo que permite el límite; no se lee.
pack-problem-file-too-large = Un archivo del cuestionario supera su tamaño máximo (4 MiB para questionnaire.toml, 2 MiB para un archivo de idioma); no se lee.
