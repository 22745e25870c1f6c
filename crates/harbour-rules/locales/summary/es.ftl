# Review status: unreviewed draft — needs review by a native-speaking protection professional.
# Harbour rules: Spanish texts for the summary and the short indicator labels (read by caseworkers).
# Screening wording only: never "víctima", "refugiado" or "tratante".

## The summary

summary-title = Resumen
summary-pathway-line = { $pathway }: { $level }
summary-level-none = no se encontraron indicadores
summary-level-insufficient-information = no hay información suficiente para el cribado
summary-level-possible = algunos indicadores: derivar para evaluación
summary-level-strong = indicadores fuertes: derivar para evaluación con prioridad
summary-urgent = URGENTE: { $text }
summary-also = Además: { $flags }
summary-refer-to = Derivar a:
summary-no-referrals = Las respuestas dadas no indican ninguna derivación.
summary-referral-line = { $referral }: { $reason }
summary-separator = {"; "}
summary-why = Por qué
summary-referral-urgent = URGENTE
summary-more = { $count ->
    [one] y uno más
   *[other] y { $count } más
}

## The details of the text report

report-details = Detalles
report-rests-on = Se basa en: { $labels }
report-answers-given = Respuestas en que se basa este resultado
report-answer-worded = { $question } { $answer }
report-answer-yes = sí
report-answer-no = no
report-answer-dont-know = no lo sabe
report-answer-declined = prefirió no responder
report-answer-skipped = omitida
report-verbose-hint = Se omiten los códigos de indicadores y los identificadores de preguntas; use --verbose para mostrarlos.

## Short labels for indicators

indicator-danger-now = en peligro ahora
indicator-afraid-of-someone-here = tiene miedo de alguien cercano
indicator-no-safe-place = sin un lugar seguro para esta noche
indicator-violence = violencia sufrida
indicator-sexual-acts-forced = obligada/o a actos sexuales o a atender clientes
indicator-abducted-or-sold = llevada/o, vendida/o o casada/o contra su voluntad
indicator-documents-kept = documentos de identidad retenidos por otra persona
indicator-debt = una deuda que debe pagar trabajando
indicator-not-free-to-leave = sin libertad para irse, encerrada/o o vigilada/o
indicator-threats = amenazas
indicator-family-threatened = familia amenazada o dañada
indicator-isolated = aislada/o de otras personas
indicator-strong-influence = bajo el fuerte control de alguien
indicator-threat-authorities = amenazada/o con la policía o las autoridades
indicator-threat-tell-family = amenazada/o con contárselo a su familia
indicator-threat-worse = amenazada/o con peores condiciones
indicator-forced-offences = obligada/o a cometer delitos
indicator-forced-to-lie = obligada/o a mentir sobre su situación
indicator-forced-against-others = obligada/o a actuar contra otras personas en la misma situación
indicator-little-or-no-pay = poco o ningún pago
indicator-pay-manipulated = pago recortado o cambiado sin acuerdo
indicator-long-hours = jornadas muy largas
indicator-harsh-conditions = condiciones de trabajo o de vida muy duras
indicator-dangerous-work = trabajo peligroso
indicator-no-protection-at-work = sin contrato ni protección en el trabajo
indicator-no-school = sin acceso a la escuela
indicator-deceived-job = engañada/o sobre el trabajo
indicator-deceived-pay = engañada/o sobre el pago
indicator-deceived-conditions = engañada/o sobre las condiciones de trabajo
indicator-deceived-housing = engañada/o sobre el alojamiento
indicator-deceived-papers = engañada/o sobre los papeles o la situación legal
indicator-deceived = engañada/o o con falsas promesas
indicator-dependent = dependiente de quienes tienen el control
indicator-situation-used = se aprovecharon de una situación difícil
indicator-ground-race = atacada/o por su raza u origen étnico
indicator-ground-religion = atacada/o por su religión
indicator-ground-nationality = atacada/o por su nacionalidad
indicator-ground-social-group = atacada/o por quién es (un grupo social)
indicator-ground-political-opinion = atacada/o por sus opiniones políticas
indicator-serious-harm = daños graves sufridos o temidos
indicator-torture-risk = riesgo de tortura al regresar
indicator-harm-on-return = riesgo de daños graves al regresar
indicator-retrafficking-risk = riesgo de volver a ser explotada/o al regresar
indicator-no-state-protection = sin protección de las autoridades
indicator-afraid-to-return = tiene miedo de volver
indicator-armed-conflict = conflicto armado en su país
indicator-widespread-violence = violencia generalizada en su país
indicator-no-nationality = sin nacionalidad
indicator-nationality-in-doubt = nacionalidad incierta
indicator-outside-country = fuera de su país
indicator-distress = malestar emocional
indicator-health-needs = necesidades de salud
indicator-without-carers = sin padres ni cuidadores habituales
indicator-separated = separada/o de sus padres o cuidadores habituales
indicator-child-at-risk = una niña o un niño en riesgo
indicator-woman-at-risk = una mujer o niña en riesgo
indicator-needs-protection = preocupación por su seguridad donde está ahora
indicator-family-separation = separada/o de su familia
indicator-under-18 = menor de 18 años
indicator-woman-or-girl = una mujer o niña
indicator-irregular-entry = cruzó una frontera de forma irregular
indicator-no-papers-to-stay = sin papeles para quedarse
indicator-crossing-agreed = aceptó el cruce
indicator-crossing-paid = pagó a alguien por el cruce
indicator-helpers-gone = el contacto con quienes ayudaron terminó al llegar
indicator-forced-work = un trabajo que no podía rechazar ni dejar
indicator-sexual-exploitation = explotación sexual
indicator-slavery = tratada/o como propiedad de alguien
indicator-servitude = obligada/o a vivir y trabajar bajo el control de alguien
indicator-organ-removal = extracción de órganos
indicator-other-exploitation = otra explotación
indicator-threats-or-force = amenazas o fuerza
indicator-coercion = presión o coacción
indicator-abuse-of-power = abuso de poder
indicator-payment-to-controller = pago a alguien que la/lo controla
indicator-recruited = reclutada/o por otras personas
indicator-moved = trasladada/o por otras personas
indicator-handed-over = entregada/o a otras personas
indicator-kept-by-others = alojada/o o retenida/o por otras personas
indicator-received = recibida/o por otras personas al llegar
indicator-asylum-claimed = ya pidió asilo
indicator-moved-to-be-exploited = trasladada/o o retenida/o para ser explotada/o
indicator-other = otro indicador
