# Review status: unreviewed draft — needs review by a native-speaking protection professional.
# Harbour rules: Spanish texts for the outcome's message ids (read by caseworkers).
# Screening wording only: "hay indicadores: derivar para evaluación". Never call the person a
# victim or a refugee; the rules do not decide status.

## Headings for the text report

report-title = Resultado del cribado
report-rules-version = Versión de las reglas: { $version }
report-pathways = Vías
report-flags = Puntos de atención
report-referrals = Derivaciones recomendadas
report-notes = Observaciones
report-why = Por qué
report-elements = Elementos
report-answers = Respuestas
report-urgent = URGENTE
report-no-referrals = Las respuestas dadas no indican ninguna derivación.
report-no-flags = Ningún punto de atención.
report-answer-line = pregunta { $question }: «{ $answer }» ({ $language })
report-indicators-line = indicadores: { $codes }

## Pathways and levels

pathway-trafficking = Trata de personas
pathway-international-protection = Protección internacional
level-none = no se encontraron indicadores
level-insufficient-information = información insuficiente: preguntas clave quedaron sin respuesta (la persona no quiso responder o no lo sabía) o no se hicieron
level-possible = hay algunos indicadores: derivar para evaluación
level-strong = hay indicadores de todos los elementos de la prueba: derivar para evaluación con prioridad

## Element statuses

status-present = hay indicadores
status-below-threshold = algunos indicadores, por debajo del umbral publicado
status-absent = respuesta negativa
status-unknown = no quiso responder o no lo sabe
status-not-asked = no se preguntó
status-not-required = no se exige para un niño o niña

## Elements

element-palermo-act = la acción (captación, transporte, traslado, acogida o recepción)
element-palermo-means = los medios (fuerza, coacción, engaño, abuso de una situación de vulnerabilidad…)
element-palermo-purpose = el fin de explotación
element-ilo2012-forced-labour = indicadores de trabajo forzoso de la OIT (2012)
element-refugee-outside-country = fuera del país de nacionalidad o de residencia habitual anterior
element-refugee-fear = temor al retorno
element-refugee-persecution = persecución, o daños graves equivalentes a persecución
element-refugee-ground = un motivo de la Convención (raza, religión, nacionalidad, grupo social, opiniones políticas)
element-refugee-no-state-protection = falta de protección del Estado
element-complementary = daños graves fuera de los motivos de la Convención (conflicto armado, violencia generalizada)
element-non-refoulement = riesgo de tortura o de daños graves en caso de retorno
element-statelessness = apatridia

ilo-list-adult-labour = personas adultas, explotación laboral
ilo-list-adult-sexual = personas adultas, explotación sexual
ilo-list-child-labour = niños y niñas, explotación laboral
ilo-list-child-sexual = niños y niñas, explotación sexual
ilo-element-deceptive-recruitment = captación mediante engaño
ilo-element-coercive-recruitment = captación mediante coacción
ilo-element-vulnerability-recruitment = captación mediante abuso de vulnerabilidad
ilo-element-exploitative-conditions = condiciones de trabajo abusivas
ilo-element-coercion-destination = coacción en el lugar de destino
ilo-element-vulnerability-destination = abuso de vulnerabilidad en el lugar de destino
ilo-element-in-list = OIT/CE: { $element } ({ $list })

ground-race = raza
ground-religion = religión
ground-nationality = nacionalidad
ground-social-group = pertenencia a determinado grupo social
ground-political-opinion = opiniones políticas

## Flags

flag-child = Menor de 18 años
flag-unaccompanied-child = Niño o niña no acompañado o separado
flag-smuggling = Indicadores de tráfico ilícito de migrantes (se muestran aparte; el tráfico ilícito no descarta la trata)
flag-stateless = Sin nacionalidad
flag-non-refoulement = Riesgo en caso de retorno: no devolver mientras no se evalúe
flag-urgent-safety = Peligro inmediato: actuar primero sobre la seguridad
flag-heightened-risk = Riesgo elevado: { $categories }

risk-children-at-risk = niños y niñas en riesgo
risk-unaccompanied-or-separated-child = niño o niña no acompañado o separado
risk-women-and-girls-at-risk = mujeres y niñas en riesgo
risk-survivors-of-violence-or-torture = superviviente de violencia o tortura
risk-medical-needs = necesidades médicas
risk-legal-or-physical-protection = necesidades de protección jurídica o física
risk-family-separation = separación familiar

## Referrals

referral-asylum-procedure = Procedimiento de asilo
referral-anti-trafficking = Mecanismo de derivación contra la trata
referral-child-protection = Servicios de protección de la infancia
referral-best-interests-assessment = Evaluación del interés superior
referral-medical = Atención médica
referral-psychosocial = Apoyo psicosocial
referral-legal-aid = Asistencia jurídica
referral-shelter = Alojamiento seguro

## Reasons: trafficking

reason-palermo-act-means-purpose = Hay indicadores de la acción, de los medios y del fin de explotación (Protocolo de Palermo, art. 3 a)).
reason-palermo-child-act-purpose = Hay indicadores de la acción y del fin de explotación, y la persona es menor de 18 años: no se necesita ningún medio (Protocolo de Palermo, art. 3 c)).
reason-ilo-combination = Los indicadores OIT/CE ({ $list }) muestran captación, condiciones de trabajo abusivas y coacción o abuso de vulnerabilidad en el lugar de destino, cada uno por encima del umbral publicado.
reason-ilo-combination-child = Los indicadores OIT/CE para niños y niñas ({ $list }) muestran captación y condiciones de trabajo abusivas por encima del umbral publicado; para un niño o niña no se necesita ningún medio (Protocolo de Palermo, art. 3 c)).
reason-ilo-element-present = El elemento OIT/CE «{ $element }» ({ $list }) alcanza el umbral publicado: indicadores fuertes: { $strong }; indicadores medios: { $medium }; indicadores débiles: { $weak }.
reason-ilo-grades-unchecked = { $reading ->
    [project_reading] Este nivel se apoya en parte en grados o reglas OIT/CE que son una lectura propia de Harbour, aún no verificada con el folleto publicado por la OIT y la CE (2009). Úselo con cautela.
   *[other] Este nivel se apoya en parte en grados o reglas OIT/CE tomados de una transcripción secundaria, aún no verificados con el folleto publicado por la OIT y la CE (2009). Úselo con cautela.
}
reason-forced-labour-indicators = { $count ->
    [one] Hay un indicador de trabajo forzoso de la OIT.
    [many] Hay { $count } indicadores de trabajo forzoso de la OIT.
   *[other] Hay { $count } indicadores de trabajo forzoso de la OIT.
}
reason-trafficking-indicators-present = { $count ->
    [one] Hay un indicador de trata, pero no se muestran todos los elementos de la prueba.
    [many] Hay { $count } indicadores de trata, pero no se muestran todos los elementos de la prueba.
   *[other] Hay { $count } indicadores de trata, pero no se muestran todos los elementos de la prueba.
}
reason-palermo-means-missing = Hay indicadores de la acción y del fin, pero de ninguno de los medios; para una persona de 18 años o más, los medios son necesarios (Protocolo de Palermo, art. 3 a)).
reason-palermo-means-missing-age-unknown = Hay indicadores de la acción y del fin, pero de ninguno de los medios, y no se conoce la edad de la persona: si es menor de 18 años, no se necesitaría ningún medio (Protocolo de Palermo, art. 3 c)).
reason-palermo-child-act-not-linked = La persona tiene menos de 18 años, pero el único acto indicado es un viaje o traslado (por ejemplo, con la familia), y nada indica que se hiciera con fines de explotación. Para un niño o una niña no se requiere ningún medio, pero el acto debe realizarse con fines de explotación (Protocolo de Palermo, art. 3 a) y 3 c)): derivar para evaluación.
reason-palermo-child-single-indicator = La persona tiene menos de 18 años, pero la explotación se apoya en un solo indicador de trabajo forzoso de la OIT. Un indicador aislado no muestra el fin de explotación (Indicadores de trabajo forzoso de la OIT, 2012: a menudo hacen falta varios): derivar para evaluación.
reason-palermo-means-purpose-same-indicator = El único indicador de los medios es también el único indicador del fin: una sola respuesta no puede demostrar por sí sola dos elementos. Haga más preguntas antes de considerar demostrados todos los elementos.
reason-trafficking-element-ruled-out = Las respuestas descartan un elemento que la prueba exige: { $element }. No hay ningún indicador de trata.
reason-trafficking-unanswered = No hay ningún indicador de trata, pero preguntas importantes quedaron sin respuesta (la persona no quiso responder o no lo sabía) o no se hicieron: { $elements }. Negarse a responder nunca se interpreta como un no.

## Reasons: international protection

reason-refugee-elements-present = Hay indicadores de todos los elementos de la definición de refugiado (Convención de 1951 sobre el Estatuto de los Refugiados, art. 1A(2)); motivo(s): { $grounds }.
reason-refugee-elements-partial = Hay indicadores de { $present } de los { $total } elementos de la definición de refugiado (Convención de 1951 sobre el Estatuto de los Refugiados, art. 1A(2)).
reason-complementary-protection = Indicadores de daños graves fuera de los motivos de la Convención (conflicto armado o violencia generalizada): puede aplicarse la protección complementaria.
reason-non-refoulement-risk = Indicadores de riesgo de tortura o de daños graves en caso de retorno (no devolución).
reason-statelessness = Indicadores de apatridia, una necesidad de protección en sí misma.
reason-protection-element-ruled-out = Las respuestas descartan un elemento: { $element }. No hay ningún indicador de protección.
reason-protection-unanswered = No hay ningún indicador de protección, pero preguntas importantes quedaron sin respuesta (la persona no quiso responder o no lo sabía) o no se hicieron: { $elements }. Negarse a responder nunca se interpreta como un no.

## Reasons: flags

reason-flag-child = Las respuestas indican que la persona es menor de 18 años.
reason-flag-unaccompanied-child = La persona es menor de 18 años y está sin sus padres ni sus cuidadores habituales.
reason-flag-smuggling = La persona aceptó o pagó el cruce de la frontera.
reason-flag-stateless = La persona no tiene nacionalidad.
reason-flag-non-refoulement = Las respuestas indican un riesgo en caso de retorno.
reason-flag-non-refoulement-inside = La persona respondió que aún está dentro de su propio país: no se trata de un retorno a través de una frontera, pero corre un riesgo si se la devuelve al lugar del que huyó. No devolverla mientras se evalúa.
reason-flag-urgent-safety = Las respuestas indican un peligro inmediato.
reason-flag-heightened-risk = Categoría de riesgo elevado: { $category }.

## Reasons: referrals

reason-referral-asylum = Indicadores de protección (nivel: { $level }): derivar al procedimiento de asilo para evaluación.
reason-referral-anti-trafficking = Indicadores de trata (nivel: { $level }): derivar al mecanismo contra la trata para evaluación.
reason-referral-child-protection = La persona es menor de 18 años: derivar a los servicios de protección de la infancia.
reason-referral-bia-unaccompanied = Niño o niña no acompañado o separado: se necesita una evaluación del interés superior (Directrices del ACNUR sobre el procedimiento del interés superior, 2021).
reason-referral-bia-child-at-risk = Niño o niña en riesgo: se necesita una evaluación del interés superior (Directrices del ACNUR sobre el procedimiento del interés superior, 2021).
reason-referral-medical = Necesidades médicas, o violencia que puede haber causado lesiones.
reason-referral-psychosocial = Violencia, explotación o angustia: ofrecer apoyo psicosocial.
reason-referral-legal-aid = Cuestiones jurídicas por resolver (protección, trata, estatuto o nacionalidad).
reason-referral-shelter = La persona no tiene un lugar seguro, está en peligro o necesita un alojamiento protegido.

## Notes

note-screening-not-determination = Esto es un cribado, no una determinación de la condición. Que haya indicadores significa: derivar para su evaluación por la autoridad competente.
note-both-pathways = Se aplican ambas vías: derivar a las dos. La identificación como persona afectada por la trata no debe impedir el acceso al asilo, ni a la inversa.
note-non-penalisation-trafficking = Entrada o estancia irregular junto con indicadores de trata: no se debería sancionar a la persona por delitos que se vio obligada a cometer (Convenio del Consejo de Europa sobre la lucha contra la trata de seres humanos, art. 26; Directiva 2011/36/UE, art. 8).
note-non-penalisation-refugee = Entrada irregular junto con indicadores de protección: no se imponen sanciones penales por entrada o presencia ilegales (Convención de 1951 sobre el Estatuto de los Refugiados, art. 31).
note-smuggling-and-trafficking = El cruce se hizo mediante tráfico ilícito de migrantes y también hay indicadores de trata: el consentimiento al cruce no se tiene en cuenta cuando se ha recurrido a alguno de los medios (Protocolo de Palermo, art. 3 b)).
note-smuggling-relationship-continued = La relación con el traficante de migrantes no terminó a la llegada: preguntar por deudas, control y trabajo (un paso frecuente del tráfico ilícito a la trata).
note-smuggling-relationship-continued-asked = La relación con el traficante de migrantes no terminó a la llegada, un paso frecuente del tráfico de migrantes a la trata: lea las respuestas sobre deudas, control y trabajo teniendo esto en cuenta.
note-follow-up = { $topic ->
    [debts] Aún sin respuesta: deudas con quien trasladó o emplea a la persona. Pregunte cuando la persona esté preparada.
    [control] Aún sin respuesta: control por parte de otros (amenazas, violencia, retención en un lugar, documentos retenidos). Pregunte cuando la persona esté preparada.
   *[work] Aún sin respuesta: el trabajo y sus condiciones. Pregunte cuando la persona esté preparada.
}
note-age-unknown-child-test = No se conoce la edad de la persona. Si es menor de 18 años, los medios no son necesarios y la prueba de trata puede cumplirse: determinar la edad (concediendo el beneficio de la duda).
note-trafficking-and-protection = La trata, o el riesgo de volver a ser objeto de trata en caso de retorno, puede constituir persecución: preguntar por el temor al retorno.
note-trafficking-and-protection-fear-answered = La trata, o el riesgo de volver a sufrirla al regresar, puede constituir persecución: lea las respuestas sobre el temor a regresar teniendo esto en cuenta.
note-statelessness-risk = La nacionalidad de la persona no está determinada o se discute: hay un riesgo de apatridia que evaluar.
note-danger-unanswered = La pregunta sobre el peligro inmediato quedó sin respuesta (la persona no quiso responder o no lo sabía): comprobar la seguridad de la persona antes de continuar.
note-urgent-safety-first = Peligro inmediato: ocuparse de la seguridad antes de continuar la entrevista.

## Short level names, used inside sentences

level-short-none = ninguno
level-short-insufficient-information = información insuficiente
level-short-possible = posible
level-short-strong = alto
