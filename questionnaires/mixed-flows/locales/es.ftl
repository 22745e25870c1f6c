# Review status: unreviewed draft (a working translation by the questionnaire author; no native-
# speaking protection professional has reviewed it). Declared in questionnaire.toml, so the app
# offers it, marked "not yet reviewed by a native speaker". A native-speaking protection
# professional should review it before it is relied on in an interview.
# Harbour: cuestionario de detección «flujos mixtos», español.
# Traducción de trabajo de la autora del cuestionario (no revisada todavía por una intérprete
# hispanohablante formada en protección). Ver las notas para traductores en en.ftl.
# Registro: «usted» con adultos, «tú» en el recorrido para niñas y niños; frases cortas,
# palabras cotidianas, sin vocabulario jurídico. Español neutro, comprensible en América Latina.

title = Detección en migraciones mixtas
description = Una entrevista corta para personas en movimiento: la seguridad, el viaje, el trabajo, el miedo a volver y la ayuda que pueden necesitar. Sirve para derivar; no decide la condición de nadie.

## Introducción y consentimiento

intro-title = Antes de empezar
consent-text = ¿Está de acuerdo en responder algunas preguntas hoy?
consent-help =
    Queremos hacerle algunas preguntas para ver qué ayuda puede necesitar y a dónde podemos enviarle para recibirla.
    Lo que nos cuente se queda en nuestro equipo. Solo lo compartimos con los servicios que usted necesite, y solo lo que necesiten para ayudarle.
    Hay un límite: si usted o un niño están en peligro grave ahora mismo, puede que tengamos que actuar para protegerles. Se lo diremos antes.
    No tiene que responder a ninguna pregunta. Puede decir «no sé» o «no quiero responder». Puede pedir una pausa o parar en cualquier momento. Nada de esto cambiará la ayuda que puede recibir.
    Sus respuestas se guardan en esta computadora, protegidas con una contraseña. Más adelante puede pedirnos que las borremos, y lo haremos.
# The consent help in six short lines, for the person's side; the full consent-help is
# shown to the interviewer in the staff language, so an interpreter's rendering can be checked.
consent-help-short =
    Queremos saber qué ayuda necesita.
    Lo que nos dice se queda en nuestro equipo.
    Solo compartimos lo que un servicio necesita para ayudarle.
    Si usted o un niño están en peligro ahora, podemos actuar para protegerle. Se lo diremos antes.
    Puede saltar cualquier pregunta, descansar o parar. La ayuda no cambia.
    Sus respuestas quedan bloqueadas en esta computadora. Puede pedirnos que las borremos.
consent-guidance = Antes de preguntar: asegúrese de estar en un lugar privado, sin acompañantes, empleadores ni «ayudantes» presentes, y de que el intérprete sea neutral (nunca un familiar, un compañero de viaje ni alguien que vino con la persona). Ofrezca una persona entrevistadora o intérprete del género que la persona prefiera. Lea el texto de ayuda completo y compruebe que se entiende, con las palabras de la persona. No haga promesas que no pueda cumplir. Si la respuesta no es un sí claro, agradezca, entregue igualmente la información de derivación y termine: solo se guarda la negativa.

## Seguridad inmediata

safety-title = Su seguridad ahora
danger-now-text = ¿Está usted, o alguien que está con usted, en peligro ahora mismo?
danger-now-help = Por ejemplo, alguien le está buscando, le espera afuera, o ha dicho que le hará daño hoy.
danger-now-guidance = Un «sí» activa de inmediato el aviso de seguridad urgente. Detenga la entrevista y siga su procedimiento de emergencia. No pida detalles hasta que la persona esté a salvo.
afraid-here-text = ¿Hay alguien aquí, o esperando cerca, a quien usted le tenga miedo?
afraid-here-guidance = Si la respuesta es sí, o si un acompañante responde por la persona o no se quiere ir, haga una pausa y busque una forma segura de hablar a solas con la persona (por ejemplo, un control médico o de documentos de rutina). No confronte al acompañante.
safe-tonight-text = ¿Tiene un lugar seguro donde dormir esta noche?
safe-tonight-guidance = Un «no» activa el aviso urgente y vuelve urgente la derivación a un alojamiento seguro: busque un lugar seguro para esta noche antes de que la persona se vaya. Si el único lugar lo da un empleador o quienes organizaron el viaje, anótelo y considérelo no seguro.
urgent-care-text = ¿Necesita ver a un médico o a una enfermera hoy?
urgent-care-guidance = Si es urgente, organice la atención antes de seguir. La entrevista puede esperar.

## Sobre usted

about-title = Sobre usted
dob-text = ¿Cuándo nació?
dob-help = Basta con el año si no sabe la fecha exacta.
dob-guidance = Una fecha parcial (año, o año y mes) es normal. No pida documentos. Si la persona no sabe o prefiere no decirlo, la siguiente pregunta pide una edad aproximada.
age-years-text = ¿Qué edad tiene, más o menos?
age-years-help = Un cálculo aproximado está bien.
age-years-guidance = Solo se pregunta si no se dio la fecha de nacimiento. Si la persona podría ser menor de 18 años y no lo dice, trátela como niña o niño: siga su procedimiento de protección infantil y considere reiniciar con la edad que dé más adelante.
gender-text = ¿Cómo se describe usted?
gender-guidance = Lea las opciones. Acepte cómo se describe la persona. Se usa solo para estadísticas y para derivaciones según género.
gender-female = Mujer o niña
gender-male = Hombre o niño
gender-another = De otra manera
nationality-text = ¿De qué país es usted ciudadano o ciudadana?
nationality-help = Si ningún país le reconoce como ciudadano o ciudadana, puede decirlo.
nationality-guidance = Registre «apátrida» cuando la persona diga que ningún país la reconoce como ciudadana, y «desconocido» cuando no lo sepa. No discuta la respuesta.
citizenship-recognised-text = ¿Ese país le daría un pasaporte o una cédula de identidad si lo pidiera?
citizenship-recognised-help = Algunas personas nacen en un país pero no son aceptadas como ciudadanas de ese país.
citizenship-recognised-guidance = Detecta un riesgo de apatridia (por ejemplo, personas rohingya de Myanmar, o personas cuyo nacimiento nunca se registró). Un «no» es motivo de asesoría legal, no de duda.
language-text = ¿Qué idioma habla mejor?
language-guidance = Si la entrevista no es en ese idioma, ofrezca un intérprete.
travel-with-text = ¿Con quién viaja, o con quién está aquí?
travel-with-help = Elija todas las que sean ciertas.
travel-with-guidance = Observe quién responde. Si el «organizador», o alguien que organizó el viaje, está presente, busque la forma de hablar a solas con la persona antes de seguir.
travel-with-alone = Estoy solo o sola
travel-with-parents = Mi madre o mi padre
travel-with-other-family = Otros familiares
travel-with-partner = Mi esposo, esposa o pareja
travel-with-own-children = Mis hijos
travel-with-friends = Amigos, o personas que conocí en el camino
travel-with-organiser = La persona que organizó mi viaje, o gente que trabaja para ella
child-parent-here-text = ¿Está tu mamá o tu papá aquí contigo?
child-parent-here-guidance = Solo para niñas y niños. Un padrastro, madrastra o tutor legal cuenta aquí como madre o padre.
child-relative-carer-text = ¿Hay otra persona adulta de tu familia aquí que te cuide?
child-relative-carer-guidance = Un niño sin madre ni padre aquí está separado; si además ningún adulto de la familia lo cuida, está no acompañado. Ambos casos van a una determinación del interés superior. Un adulto que no es de la familia, o conocido en el camino, no cuenta como cuidador.

## El viaje

journey-title = Su viaje
journey-signpost = Ahora me gustaría preguntarle cómo viajó. Puede que algunas cosas sean difíciles de contar. Puede saltar cualquier pregunta, o toda esta parte.
left-country-text = ¿Ha salido del país del que es ciudadano o ciudadana, o del país donde vivía?
left-country-help = Responda «no» si se fue a otro lugar dentro de su propio país.
left-country-guidance = Para una persona apátrida, «su país» es el país donde vivía habitualmente.
arranged-by-text = ¿Quién organizó su viaje?
arranged-by-help = Elija todas las que sean ciertas.
arranged-by-guidance = No sugiera respuestas. «Alguien que me ofreció trabajo» y «Me llevaron» abren las preguntas sobre cómo se reclutó o trasladó a la persona.
arranged-by-myself = Lo organicé yo
arranged-by-family = Mi familia o amigos
arranged-by-paid-helper = Alguien a quien pagué para que me ayudara a viajar o a cruzar una frontera
arranged-by-job-offer = Alguien que me ofreció trabajo
arranged-by-taken = Me llevaron, y yo no quería ir
arranged-by-someone-else = Otra persona
crossed-irregularly-text = ¿Cruzó alguna frontera sin mostrar papeles en un paso oficial?
crossed-irregularly-help = Mucha gente tiene que viajar así. Su respuesta no se usará en su contra.
crossed-irregularly-guidance = Tono neutral, sin juzgar. La respuesta sirve para la no penalización (Convención de 1951, art. 31; Convenio del Consejo de Europa contra la trata, art. 26), no para control.
crossing-agreed-text = ¿Se puso de acuerdo con alguien para que le ayudara a cruzar?
crossing-agreed-guidance = «Sí» sugiere un cruce que la persona eligió (tráfico ilícito de migrantes). Eso no excluye una explotación posterior: manténgase alerta.
papers-to-stay-text = ¿Tiene papeles que le permitan quedarse en este país?
papers-to-stay-help = Por ejemplo una visa, una tarjeta de residencia, o un papel que muestre que pidió protección.
papers-to-stay-guidance = Solo para las notas de no penalización. No revise ni copie documentos.
journey-paid-text = ¿Pagó por el viaje, o todavía debe dinero por él?
journey-paid-guidance = Si otra persona pagó y la persona debe devolvérselo, es «Todavía debo dinero».
journey-paid-no = No
journey-paid-paid = Sí, lo pagué todo
journey-paid-owe = Todavía debo dinero por el viaje
helpers-still-text = Ahora que está aquí, ¿las personas que le ayudaron a viajar todavía le dicen qué hacer, o le piden dinero?
helpers-still-guidance = «Sí» significa que la relación no terminó al llegar: un giro clásico del tráfico ilícito hacia la explotación. Haga con cuidado las preguntas sobre trabajo y control.
debt-work-text = ¿Tiene que trabajar para alguien, o hacer otras cosas, para devolver ese dinero?
debt-work-guidance = Preste atención a una deuda que crece, que la persona no puede comprobar, o que se paga con trabajo en lugar de dinero: son señales de servidumbre por deudas.
promise-text = Antes de salir, ¿alguien le prometió un trabajo, estudios, un matrimonio u otra ayuda al final del viaje?
promise-help = La promesa puede haber venido de un desconocido, de un amigo o de un familiar.
promise-guidance = «Sí» registra que alguien reclutó a la persona. Por sí solo no es preocupante.
promise-kept-text = Cuando llegó, ¿era lo que le habían dicho?
promise-kept-guidance = «Era diferente» es engaño. Retómelo con delicadeza en las preguntas sobre trabajo.
promise-kept-yes = Sí, era como me dijeron
promise-kept-different = No, era diferente
promise-kept-not-yet = Todavía no he llegado allí, o todavía no lo sé
documents-taken-text = ¿Alguien le quitó el pasaporte o el documento de identidad y no se lo devolvió?
documents-taken-guidance = No se refiere a la custodia de la policía o de la frontera, sino de un empleador, un casero, un «ayudante». Si lo tienen las autoridades, anótelo en sus notas del caso.
kept-somewhere-text = Durante el viaje o después, ¿le retuvieron en algún lugar del que no podía irse cuando quería?
kept-somewhere-guidance = Incluye casas o campamentos cerrados en la ruta donde retienen a la gente hasta que paga. Anote quién retenía a la persona, si lo dice.

# Issue 15 additions (journey). Unreviewed draft translation, like the rest of this file: needs review by a native-speaking protection professional.
claimed-asylum-text = ¿Ya ha pedido asilo o protección, aquí o en otro país?
claimed-asylum-help = No pasa nada si lo ha hecho o si no lo ha hecho.
claimed-asylum-guidance = Un «sí» significa que quizá ya hay un procedimiento abierto: anote dónde, si la persona lo dice, para que la derivación lo tenga en cuenta. No pregunte por el resultado.
debt-growing-text = ¿Esa deuda sigue creciendo, de modo que nunca termina de pagarla?
debt-growing-guidance = Por ejemplo, se añaden nuevos gastos de comida, alquiler, multas o «intereses». Una deuda que no deja de crecer es un signo de servidumbre por deudas.
recruitment-pressure-text = Cuando le ofrecieron esto, o le hicieron irse, ¿pasó alguna de estas cosas?
recruitment-pressure-help = Elija todas las que sean ciertas.
recruitment-pressure-guidance = Lea cada opción y deje que la persona responda a cada una. Son formas de obligar a alguien a irse: fuerza, amenazas, documentos quitados, una deuda, o alguien que se aprovecha de la necesidad, del poder o de la confianza.
recruitment-pressure-hurt = Le hicieron daño, o le obligaron a irse por la fuerza
recruitment-pressure-threatened = Le amenazaron a usted o a su familia
recruitment-pressure-papers = Le quitaron el pasaporte o el documento de identidad
recruitment-pressure-debt = Le hicieron deberles dinero desde el principio
recruitment-pressure-hardship = Sabían que no tenía dinero, papeles ni a nadie que le ayudara, y se aprovecharon
recruitment-pressure-power = Tenían poder sobre usted, por ejemplo un jefe, un funcionario o una persona mayor de la comunidad
recruitment-pressure-trusted = Era alguien a quien quería o en quien confiaba, y se aprovechó de eso
handed-over-text = Durante el viaje o al llegar, ¿le entregaron a otras personas, o alguien pagó dinero por usted?
handed-over-help = Por ejemplo, quienes le trajeron le dejaron con otra persona, que luego le decía lo que tenía que hacer.
handed-over-guidance = Traslado y recepción de una persona, o una venta. Un «sí» es grave: no pida detalles ahora y compruebe la seguridad de la persona.
held-at-sea-text = ¿Fue en un barco o en el mar?
held-at-sea-guidance = Incluye que le obligaran a trabajar en un barco de pesca sin dejarle bajar a tierra.
journey-violence-text = Desde que salió de su casa, ¿alguien le ha hecho daño físico?
journey-violence-help = No tiene que decir quién ni qué pasó.
journey-violence-guidance = Se pregunta a todo el mundo, para poder ofrecer atención aunque la persona no quiera las preguntas de salud. No pida detalles. Un «sí» lleva a derivaciones médicas y psicosociales.

## Trabajo y condiciones de vida

work-title = Trabajo y condiciones de vida
work-signpost = Las siguientes preguntas son sobre el trabajo y el lugar donde vivió. Puede saltar cualquiera, o toda esta parte.
worked-text = Desde que salió de su casa, ¿ha trabajado para alguien, con o sin pago?
worked-help = Cualquier trabajo cuenta: en una casa, en el campo, en una tienda o fábrica, en la calle, o cualquier otro.
worked-guidance = Un «no sé» abre igualmente las preguntas de trabajo (a menudo no se llama «trabajo» a las tareas de la casa o a «ayudar»). Un «no quiero responder» las cierra: respételo; el resultado dirá que falta información, nunca que no se encontró nada.
work-differences-text = ¿Algo de esto fue diferente de lo que le dijeron antes de empezar?
work-differences-guidance = Marque todo lo que mencione la persona. No marcar ninguna también es una respuesta válida.
work-differences-job = El tipo de trabajo
work-differences-pay = El pago
work-differences-conditions = Los horarios o las condiciones
work-differences-housing = El lugar donde iba a vivir
work-differences-papers = Los papeles que iba a recibir para quedarme o trabajar
work-conditions-text = En ese trabajo, ¿pasó alguna de estas cosas?
work-conditions-guidance = Lea cada opción y deje que la persona responda a cada una. No comente lo que hizo.
work-conditions-long-hours = Trabajaba muchísimas horas, o sin días libres
work-conditions-not-paid = No me pagaban, o me pagaban mucho menos de lo que me dijeron
work-conditions-pay-taken = Alguien se quedaba con mi pago, o me descontaba por comida, alojamiento o una deuda
work-conditions-dangerous = El trabajo era peligroso y no me protegían
work-conditions-bad-housing = Donde dormía había mucha gente, estaba sucio o no era seguro
work-conditions-no-care = No podía ir al médico cuando me enfermaba o me lastimaba
work-conditions-illegal-tasks = Me obligaban a hacer cosas que van contra la ley
lived-at-work-text = ¿Vivía donde trabajaba, o en un lugar que eligió su empleador?
lived-at-work-guidance = Es común en el trabajo doméstico, agrícola y de construcción. Por sí solo no es preocupante.
free-to-quit-text = ¿Podía dejar ese trabajo e irse si quería?
free-to-quit-guidance = Si es «no», deje que la persona diga por qué con sus palabras; la parte siguiente pregunta por presiones. No poder irse solo por dinero no es lo mismo que estar retenido; anote lo que dice la persona.

# Issue 15 additions (work). Unreviewed draft translation, like the rest of this file: needs review by a native-speaking protection professional.
housework-text = ¿Ha tenido que hacer tareas de la casa o cuidar de personas en la casa de alguien, de día y de noche, sin poder dejarlo ni irse?
housework-help = Por ejemplo cocinar, limpiar, o cuidar de niños o personas mayores, para una familia o un empleador.
housework-guidance = Se pregunta sea cual sea la respuesta sobre el trabajo: muchas personas no llaman «trabajo» al trabajo doméstico. Un «sí» es un signo de servidumbre doméstica.

## Control y coacción

control-title = Presiones y control
control-signpost = Ahora algunas preguntas sobre si alguien intentó controlarle. Pueden ser difíciles. Puede saltar cualquiera, o toda esta parte, y puede tomar un descanso.
control-acts-text = Desde que salió de su casa, ¿alguien le ha hecho alguna de estas cosas?
control-acts-help = Elija todas las que sean ciertas. No tiene que decir quién.
control-acts-guidance = Lea cada opción despacio y haga una pausa después de cada una. Preste atención a la angustia y ofrezca un descanso. No pida detalles de la violencia: la detección solo necesita saber si ocurrió.
control-acts-threatened = Le amenazó con hacerle daño
control-acts-threatened-family = Amenazó o hizo daño a su familia
control-acts-threatened-police = Dijo que le denunciaría a la policía, o que haría que le mandaran de vuelta a su país
control-acts-hurt = Le golpeó o le hizo daño
control-acts-locked-in = Le encerró, o no le dejaba salir solo o sola
control-acts-cut-off = Le vigilaba todo el tiempo, o no le dejaba comunicarse con su familia o sus amigos
control-acts-debt = Dijo que le debía dinero que tenía que pagar trabajando
control-acts-kept-documents = Se quedó con su pasaporte o su documento de identidad
forced-sexual-text = ¿Alguien le ha obligado o presionado a hacer cosas sexuales que usted no quería hacer?
forced-sexual-help = Puede saltar esta pregunta.
forced-sexual-guidance = Pregúntela solo si la persona está a solas con usted y se le ofreció una persona entrevistadora del mismo género. No pida detalles. Un «sí» requiere derivación a atención médica y psicosocial, con el consentimiento de la persona.
sex-for-others-text = ¿Otra persona sacó dinero u otra cosa de eso?
sex-for-others-guidance = «Sí» apunta a explotación sexual por un tercero. No pregunte quién ni cuánto.

# Issue 15 additions (control). Unreviewed draft translation, like the rest of this file: needs review by a native-speaking protection professional.
control-acts-phone-taken = Le quitaron el teléfono, o no le dejaron usar uno
sex-work-conditions-text = ¿Le pasó allí alguna de estas cosas?
sex-work-conditions-help = Elija todas las que sean ciertas. Puede saltarse esta pregunta.
sex-work-conditions-guidance = Solo después de que la persona dijo que otra persona sacaba provecho. Lea cada opción despacio y haga una pausa; ofrezca un descanso. No pida detalles, nombres ni cifras.
sex-work-other-job = Me habían dicho que haría otro trabajo
sex-work-could-not-refuse = No podía decir que no a una persona, o a lo que quería
sex-work-many-hours = Muchísimas horas, o muchísimas personas, sin descanso
sex-work-little-money = No recibía dinero, o muy poco
sex-work-money-taken = Alguien se quedaba con el dinero
sex-work-unsafe = No era seguro, o no podía proteger mi salud
sex-work-kept = Me encerraban, o me vigilaban todo el tiempo
sex-work-debt = Tenía que pagar una deuda
sex-work-hurt = Me hicieron daño o me amenazaron
marriage-forced-text = ¿Le casaron, o le prometieron en matrimonio, sin ser libre de decir que no, o a cambio de dinero o regalos para su familia?
marriage-forced-help = Puede saltarse esta pregunta.
marriage-forced-guidance = Un matrimonio que la persona no podía rechazar, o pagado a la familia, es una práctica análoga a la esclavitud. No juzgue a la persona ni a su familia. No pida detalles.
duration-text = ¿Cuánto tiempo duró esto?
duration-help = Basta con un cálculo aproximado.
duration-guidance = Sobre la situación que la persona describió (un trabajo que no podía dejar, trabajo doméstico, una deuda, explotación sexual o un matrimonio). Se registra para quien lleva el caso; no cambia ningún resultado. «Todavía sigue» significa: compruebe la seguridad de la persona antes de que se vaya.
duration-under-month = Menos de un mes
duration-months = De uno a seis meses
duration-half-year = De seis meses a un año
duration-over-year = Más de un año
duration-still = Todavía sigue

## Miedo a volver

return-title = Volver
return-signpost = Ahora me gustaría preguntarle sobre volver a su país, o al lugar de donde vino. Puede saltar esta parte.
fear-return-text = ¿Tiene miedo de lo que le podría pasar si tuviera que volver?
fear-return-guidance = Un «no sé» abre igualmente las preguntas siguientes. Cualquier miedo a volver significa: no devolver hasta evaluar.
feared-harm-text = ¿Qué tiene miedo de que le pase?
feared-harm-guidance = Marque todo lo que mencione la persona. No sugiera opciones que no haya mencionado; léalas solo si pide ejemplos.
feared-harm-killed = Que me maten o me hieran gravemente
feared-harm-tortured = Que me torturen, o que la policía, los soldados u otros me detengan y me maltraten
feared-harm-prison = Que me metan en la cárcel injustamente
feared-harm-forced = Que me obliguen a casarme, o a unirme a un grupo armado
feared-harm-exploiters = Que las personas que me controlaban, o me hacían trabajar, me encuentren otra vez
feared-harm-war = Los combates o la guerra allí
feared-harm-violence = La violencia de pandillas o grupos armados que afecta a todo el mundo allí
feared-harm-no-living = No tener dinero, trabajo ni casa
harmed-before-text = ¿Algo de esto ya le pasó a usted, o a personas cercanas, antes de salir?
harmed-before-guidance = No pida detalles. Un daño pasado apoya un temor fundado.
why-targeted-text = ¿Por qué cree que le pasaría esto a usted?
why-targeted-help = Elija todas las que sean ciertas. También puede decir que no sabe.
why-targeted-guidance = Son los cinco motivos de la Convención, en palabras sencillas, más dos respuestas más. También cuenta un motivo que otros le atribuyen (por ejemplo, que le crean simpatizante de un partido).
why-religion = Mi religión o mis creencias, o no tener ninguna
why-ethnic = Mi grupo étnico, mi tribu o el color de mi piel
why-nationality = Mi nacionalidad, o no tener ninguna
why-political = Mis opiniones políticas, o las que la gente cree que tengo
why-who-i-am = Quién soy: por ejemplo ser mujer, mi familia, a quién amo, o un grupo al que pertenezco
why-anyone = Le podría pasar a cualquiera allí
why-personal = Un conflicto con alguien, o una deuda
state-protection-text = Si volviera, ¿podrían protegerle la policía o el gobierno?
state-protection-guidance = «No» incluye cuando las propias autoridades son el peligro, o no quieren o no pueden ayudar.

## Salud y bienestar (voluntario)

health-title = Salud y bienestar
health-signpost = Si quiere, puedo hacerle algunas preguntas sobre su salud, para buscarle atención. Esta parte es su decisión.
health-opt-in-text = ¿Quiere responder algunas preguntas sobre su salud?
health-opt-in-guidance = Voluntario: solo un «sí» claro abre las preguntas de salud.
health-condition-text = ¿Tiene alguna enfermedad, herida, discapacidad o embarazo que necesite atención?
health-condition-help = No necesita decirnos qué es.
health-condition-guidance = No pida un diagnóstico. Un «sí» lleva a una derivación médica.
distress-text = ¿A menudo siente tanta preocupación, tristeza o miedo que le cuesta dormir, comer o pasar el día?
distress-guidance = Un «sí» lleva a ofrecer apoyo psicosocial. Si la persona menciona ideas de hacerse daño, siga su procedimiento de emergencia.
past-violence-text = ¿Alguien le hizo mucho daño en el pasado, de una forma que todavía le afecta?
past-violence-guidance = Incluye la tortura. No pida detalles.

## Recorrido para niñas y niños

child-title = Preguntas para jóvenes
child-signpost = Ahora unas preguntas para jóvenes. Si una pregunta es difícil, puedes decir «paso». Puedes parar cuando quieras.
child-brought-by-text = ¿Quién te trajo aquí?
child-brought-by-guidance = Use un espacio adecuado para la niñez y, si es posible, una persona formada en protección infantil. Un tutor o adulto de confianza puede estar presente solo si el niño o la niña está de acuerdo y ese adulto no tiene relación con el viaje.
child-brought-by-family = Mi familia
child-brought-by-adult-known = Una persona adulta que yo conocía
child-brought-by-stranger = Una persona adulta que no conocía antes
child-brought-by-own = Vine por mi cuenta
child-promise-text = ¿Alguien te dijo que aquí tendrías trabajo, irías a la escuela o te casarías?
child-promise-guidance = Cualquier promesa hecha a un niño para moverlo es reclutamiento.
child-worked-text = Desde que saliste de tu casa, ¿has tenido que trabajar?
child-worked-help = El trabajo puede ser con dinero o sin dinero. Puede ser en una casa, en el campo, en una tienda o en la calle.
child-worked-guidance = «No sé» abre igualmente la pregunta siguiente. No se refiere a pequeñas tareas de casa adecuadas a su edad.
child-work-problems-text = Cuando trabajabas, ¿pasó alguna de estas cosas?
child-work-problems-guidance = Lea cada opción y espere. Para un niño, un trabajo que daña su salud, su seguridad o su escuela es explotación, aunque haya aceptado.
child-work-long-hours = Trabajaba muchas horas cada día, o de noche
child-work-no-money = No me daban dinero, o alguien se quedaba con mi dinero
child-work-dangerous = El trabajo era peligroso, o me lastimé
child-work-no-school = No podía ir a la escuela
child-work-could-not-stop = No podía parar, aunque quería
child-work-beg-steal = Tenía que pedir dinero, robar, o llevar cosas para otras personas
child-harm-text = ¿Alguien te ha hecho alguna de estas cosas?
child-harm-guidance = Lea cada opción y espere. No pregunte quién ni cuándo. Cualquier «sí» es una preocupación de protección infantil.
child-harm-hit = Te pegó o te lastimó el cuerpo
child-harm-scared = Dijo que te haría daño a ti o a tu familia
child-harm-kept-inside = Te tenía encerrado o encerrada, o no te dejaba salir
child-harm-papers = Se quedó con tus papeles
child-harm-owe = Dijo que le debías dinero
child-harm-lie = Te dijo que mintieras sobre tu edad o tu historia
child-sexual-text = ¿Alguien te ha tocado tus partes íntimas, o te ha hecho hacer cosas sexuales?
child-sexual-help = Nunca es tu culpa. Puedes saltar esta pregunta.
child-sexual-guidance = Pregúntela solo si hay una persona formada en protección infantil presente o disponible de inmediato. No pida detalles. Cualquier «sí» es una emergencia de protección infantil: siga su procedimiento de protección.
child-sexual-exchange-text = ¿Alguien recibió dinero, comida, un lugar para quedarse u otras cosas por eso?
child-sexual-exchange-guidance = Para un niño o niña, cualquier intercambio de actos sexuales por dinero, bienes o favores es explotación sexual, sea quien sea que se beneficie y aunque haya aceptado.
child-married-text = ¿Estás casado o casada, o alguien prometió que te casarías con alguien?
child-married-guidance = El matrimonio infantil pone al niño o niña en mayor riesgo. No juzgue a la familia delante del niño.

# Issue 15 additions (child). Unreviewed draft translation, like the rest of this file: needs review by a native-speaking protection professional.
child-work-little-money = Me daban solo un poco de dinero
child-harm-phone = Te quitó el teléfono, o no te dejó llamar a tu familia
child-housework-text = ¿Tuviste que hacer tareas de la casa o cuidar niños en la casa de otras personas, sin poder parar?
child-housework-guidance = Se pregunta aparte: los niños y niñas rara vez llaman «trabajo» a las tareas domésticas. No se refiere a pequeñas tareas propias de su edad en casa con su familia.
child-marriage-payment-text = ¿Le dieron a tu familia dinero u otra cosa por el matrimonio, o te obligaron a decir que sí?
child-marriage-payment-guidance = El matrimonio de un niño o niña a cambio de pago, o forzado, es una práctica análoga a la esclavitud: siga su procedimiento de protección infantil. No juzgue a la familia delante del niño o niña.
child-brought-to-exploiter-text = La persona que te trajo aquí: ¿es la misma que te hizo trabajar o hacer esas cosas?
child-brought-to-exploiter-guidance = Se pregunta cuando el niño o niña dijo que trabajó o fue explotado. Para un niño o niña no se requiere ningún medio, pero el viaje debe estar ligado a la explotación: quien lo trajo lo explota, o lo entregó a quien lo explota.
child-brought-to-exploiter-same = Sí, es la misma persona
child-brought-to-exploiter-handed-over = No, me dio o me vendió a esa persona
child-brought-to-exploiter-someone-else = No, fue otra persona

## Orientación sexual e identidad de género (voluntario)

sogi-title = Quién es usted y a quién ama
sogi-signpost = A algunas personas las tratan mal por a quién aman, o por cómo viven como hombre, como mujer o de otra manera. Si quiere, puedo hacerle dos preguntas sobre esto. Es totalmente su decisión.
sogi-opt-in-text = ¿Quiere responder preguntas sobre esto?
sogi-opt-in-guidance = Solo de forma voluntaria: se necesita un «sí» claro. Nunca pregunte por una etiqueta de identidad ni por conducta sexual. Las preguntas tratan solo de daño y seguridad.
sogi-harm-text = ¿Le han hecho daño o le han amenazado por a quién ama, o por cómo expresa su género, o tiene miedo de que pase?
sogi-harm-guidance = Un «sí» puede apuntar a un determinado grupo social (un motivo de la Convención). No registre nada más que la respuesta.
sogi-safe-here-text = ¿Se siente seguro o segura donde se aloja ahora?
sogi-safe-here-guidance = «No» es una necesidad de protección física: busque un alojamiento más seguro con el consentimiento de la persona.

## Cierre

closing-title = Qué pasa ahora
help-wanted-text = ¿Con cuáles de estas cosas le gustaría recibir ayuda?
help-wanted-help = Elija las que quiera, o ninguna. Le diremos qué podemos hacer y qué no.
help-wanted-guidance = Explique qué pasa ahora: quién verá las respuestas, qué servicios contactará y solo con el consentimiento de la persona, y cuánto puede tardar. Entregue la información de derivación por escrito si es seguro que la persona la lleve. Recuérdele que puede retirar su consentimiento y pedir que se borre su expediente contactando a esta oficina, con o sin motivo.
help-wanted-safe-place = Un lugar seguro donde quedarme
help-wanted-doctor = Un médico o una enfermera
help-wanted-talk = Alguien con quien hablar de cómo me siento
help-wanted-legal = Asesoría sobre mis papeles o mis derechos
help-wanted-family = Encontrar a mi familia o reunirme con ella
contact-safe-text = ¿Es seguro para usted que le contactemos más adelante?
contact-safe-guidance = Si es así, acuerden cómo (y qué no hacer, por ejemplo no dejar nunca un mensaje). Si no, acuerden cuándo puede volver la persona. «No» puede indicar que alguien controla el teléfono o los movimientos de la persona.
anything-else-text = ¿Hay algo más que le gustaría contarnos?
anything-else-help = No tiene que añadir nada.
anything-else-guidance = Registre solo lo necesario para ayudar. Agradezca a la persona. Recuérdele cómo retirar su consentimiento: puede pedir a esta oficina en cualquier momento que borre sus respuestas.
