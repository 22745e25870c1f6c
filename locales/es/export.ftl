# Exportación de Harbour: resúmenes de derivación y errores de exportación.
# Borrador de traducción automática, aún no revisado por un hablante nativo.

export-summary-title = Resumen de derivación
export-summary-confidential = Confidencial: datos personales. Compártalo solo con el servicio indicado más abajo. Es un cribado, no una determinación.
export-summary-case = Referencia del caso
export-summary-assessed = Evaluado el
export-summary-rules = Versión de las reglas
export-summary-generated = Generado el
export-summary-referral = Derivación a
export-summary-urgent = URGENTE: actuar ya
export-summary-not-recommended = Esta derivación no figuraba entre las que recomendó el cribado.
export-summary-safety = Seguridad inmediata
export-summary-safety-yes = Se ha señalado un peligro inmediato: atienda primero la seguridad.
export-summary-safety-no = No se ha señalado ningún peligro inmediato.
export-summary-person = Persona
export-summary-age-band = Franja de edad
export-summary-gender = Género
export-summary-nationality = Nacionalidad
export-summary-child = Niño o niña (menor de 18 años)
export-summary-unaccompanied = Niño o niña no acompañado o separado
export-summary-languages = Idiomas de la entrevista
export-summary-yes = sí
export-summary-no = no
export-summary-not-recorded = no registrado
export-summary-trafficking = Trata de personas: indicadores
export-summary-protection = Protección internacional: indicadores
export-summary-level = Nivel
export-summary-grounds = Motivos de la Convención indicados
export-summary-other-flags = Otros hechos pertinentes
export-summary-risks = Categorías de mayor riesgo
export-summary-notes = Notas para el servicio receptor
export-summary-footer = Asistente de cribado Harbour. Este resumen contiene solo lo que esta derivación necesita.

export-referral-asylum_procedure = Procedimiento de asilo
export-referral-anti_trafficking = Servicio contra la trata
export-referral-child_protection = Protección de la infancia
export-referral-best_interests_assessment = Evaluación del interés superior
export-referral-medical = Atención médica
export-referral-psychosocial = Apoyo psicosocial
export-referral-legal_aid = Asistencia jurídica
export-referral-shelter = Alojamiento seguro

export-level-none = sin indicadores
export-level-insufficient_information = información insuficiente
export-level-possible = hay indicadores: derivar para evaluación
export-level-strong = indicadores fuertes: derivar para evaluación con prioridad

export-status-present = hay indicadores
export-status-below_threshold = algunos indicadores, por debajo del umbral
export-status-absent = no indicado
export-status-unknown = desconocido o no respondido
export-status-not_asked = no preguntado
export-status-not_required = no exigido

export-element-palermo-act = Acción (captación, transporte, acogida…)
export-element-palermo-means = Medios (fuerza, engaño, abuso de una situación de vulnerabilidad…)
export-element-palermo-purpose = Fin de explotación
export-element-ilo2012-forced_labour = Trabajo forzoso (OIT 2012)
export-element-refugee-outside_country = Fuera del país de nacionalidad o de residencia
export-element-refugee-fear = Temor a regresar
export-element-refugee-persecution = Daño grave o persecución
export-element-refugee-ground = Vínculo con un motivo de la Convención
export-element-refugee-no_state_protection = Sin protección efectiva del Estado

export-ground-race = raza u origen étnico
export-ground-religion = religión
export-ground-nationality = nacionalidad
export-ground-social_group = pertenencia a determinado grupo social
export-ground-political_opinion = opiniones políticas

export-flag-smuggling = Indicadores de tráfico ilícito de migrantes (un cruce pagado y consentido)
export-flag-stateless = Apátrida
export-flag-non_refoulement = Riesgo en caso de retorno: no devolver mientras se evalúa

export-risk-children_at_risk = Niños y niñas en riesgo
export-risk-unaccompanied_or_separated_child = Niño o niña no acompañado o separado
export-risk-women_and_girls_at_risk = Mujeres y niñas en riesgo
export-risk-survivors_of_violence_or_torture = Superviviente de violencia o tortura
export-risk-medical_needs = Necesidades médicas (incluida la salud mental)
export-risk-legal_or_physical_protection = Necesidades de protección jurídica o física
export-risk-family_separation = Separación familiar

export-gender-female = mujer
export-gender-male = hombre
export-gender-other = otro

error-export-bad-recipient = La línea { $line } de la clave de la organización no es una clave: cada clave es una línea que empieza por las letras age1. Compruebe que ha pegado todo el archivo org.pub.
error-export-no-recipients = No hay ninguna clave pública de la organización: nadie podría leer el paquete.
error-export-wrong-key-passphrase = Frase de contraseña incorrecta para la clave de la organización.
error-export-bad-identity = Este archivo no es una clave de organización protegida con frase de contraseña.
error-export-weak-key-passphrase = Esta frase de contraseña es demasiado débil para la clave de la organización.
error-export-key-exists = Ya existe ahí una clave de organización; nunca se sobrescribe.
error-export-wrong-identity = Este paquete no está dirigido a esta clave de organización. No se ha importado nada.
error-export-truncated = Este paquete está incompleto (truncado). No se ha importado nada.
error-export-tampered = Este paquete ha sido alterado o está dañado. No se ha importado nada.
error-export-not-a-bundle = Este archivo no es un paquete de Harbour. No se ha importado nada.
error-export-output-exists = Ya existe un archivo con este nombre. No se ha escrito nada.
error-export-io = No se pudo leer o escribir el archivo.
error-export-case-not-found = Este caso no existe en esta bóveda.
error-export-nothing = Ningún caso que exportar con esta selección.
error-export-no-assessment = Este caso aún no tiene evaluación: termine primero la entrevista.
error-export-bad-assessment = No se puede leer la evaluación guardada de este caso.
error-export-bad-setting = Un ajuste de la bóveda está dañado. No se ha escrito nada.
error-export-unknown-referral = Tipo de derivación desconocido.
error-export-unsupported-language = Todavía no hay resumen imprimible en este idioma.
error-export-font = No se puede leer la fuente del resumen.
error-export-internal = Error interno durante la exportación.

## Legal elements and notes for the receiving service

export-summary-separator = { ": " }
export-element-complementary = Protección complementaria (daño grave en caso de retorno)
export-element-non_refoulement = Riesgo en caso de retorno (no devolución)
export-element-statelessness = Apatridia

export-note-screening-not-determination = Esto es un cribado, no una determinación de la condición.
export-note-both-pathways = Se aplican ambas vías: derive a las dos; ninguna excluye a la otra.
export-note-non-penalisation-trafficking = Entrada o estancia irregular vinculada a una posible trata: no se debe sancionar a la persona por ello.
export-note-non-penalisation-refugee = Entrada irregular e indicadores de necesidad de protección: no se debe sancionar a la persona por esa entrada (Convención de 1951, art. 31).
export-note-smuggling-and-trafficking = Los indicadores de tráfico ilícito de migrantes no excluyen la trata: se encontraron ambos.
export-note-smuggling-relationship-continued = La relación con el traficante continuó después de la llegada: compruebe si hay explotación.
export-note-smuggling-relationship-continued-asked = La relación con el traficante continuó después de la llegada: compruebe si hay explotación.
export-note-age-unknown-child-test = Edad no establecida: se aplicó el criterio para menores (no se exigen los medios).
export-note-trafficking-and-protection = Indicadores de trata, y la persona se encuentra fuera de su país: también puede necesitar protección internacional.
export-note-trafficking-and-protection-fear-answered = Indicadores de trata, y la persona se encuentra fuera de su país: también puede necesitar protección internacional.
export-note-statelessness-risk = Riesgo de apatridia: compruebe los documentos de nacionalidad.
export-note-danger-unanswered = No se respondieron las preguntas sobre peligro inmediato: vuelva a preguntar en un entorno seguro.
export-note-urgent-safety-first = Peligro inmediato: atienda la seguridad antes que cualquier otra cosa.
