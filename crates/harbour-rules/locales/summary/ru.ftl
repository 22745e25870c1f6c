# Review status: unreviewed draft — needs review by a native-speaking protection professional.
# Harbour rules: Russian texts for the summary and the short indicator labels (read by caseworkers).
# Screening wording only: never "жертва", "беженец" or "торговец людьми".

## The summary

summary-title = Краткая сводка
summary-pathway-line = { $pathway }: { $level }
summary-level-none = признаков не найдено
summary-level-insufficient-information = недостаточно информации для скрининга
summary-level-possible = есть некоторые признаки: направить на оценку
summary-level-strong = сильные признаки: направить на оценку в первую очередь
summary-urgent = СРОЧНО: { $text }
summary-also = Также: { $flags }
summary-refer-to = Направить:
summary-no-referrals = По данным ответам направление не требуется.
summary-referral-line = { $referral }: { $reason }
summary-separator = {"; "}
summary-why = Почему
summary-referral-urgent = СРОЧНО
summary-more = { $count ->
    [one] и ещё { $count }
    [few] и ещё { $count }
    [many] и ещё { $count }
   *[other] и ещё { $count }
}

## The details of the text report

report-details = Подробности
report-rests-on = Основано на: { $labels }
report-answers-given = Ответы, на которых основан результат
report-answer-worded = { $question } { $answer }
report-answer-yes = да
report-answer-no = нет
report-answer-dont-know = не знает
report-answer-declined = предпочёл(ла) не отвечать
report-answer-skipped = пропущен
report-verbose-hint = Коды признаков и идентификаторы вопросов не показаны; запустите с --verbose, чтобы их увидеть.

## Short labels for indicators

indicator-danger-now = в опасности сейчас
indicator-afraid-of-someone-here = боится кого-то рядом
indicator-no-safe-place = нет безопасного места на эту ночь
indicator-violence = пережитое насилие
indicator-sexual-acts-forced = принуждение к сексуальным действиям или к приёму клиентов
indicator-abducted-or-sold = похищение, продажа или брак против воли
indicator-documents-kept = документы удерживает кто-то другой
indicator-debt = долг, который нужно отрабатывать
indicator-not-free-to-leave = не может уйти, заперт(а) или под наблюдением
indicator-threats = угрозы
indicator-family-threatened = угрозы семье или вред семье
indicator-isolated = отрезан(а) от других людей
indicator-strong-influence = под сильным контролем другого человека
indicator-threat-authorities = угрозы сообщить в полицию или властям
indicator-threat-tell-family = угрозы рассказать семье
indicator-threat-worse = угрозы ухудшить условия
indicator-forced-offences = принуждение нарушать закон
indicator-forced-to-lie = принуждение лгать о своём положении
indicator-forced-against-others = принуждение действовать против других в том же положении
indicator-little-or-no-pay = мало или совсем не платят
indicator-pay-manipulated = оплату урезают или меняют без согласия
indicator-long-hours = очень долгий рабочий день
indicator-harsh-conditions = тяжёлые условия труда или жизни
indicator-dangerous-work = опасная работа
indicator-no-protection-at-work = нет договора и защиты на работе
indicator-no-school = не может ходить в школу
indicator-deceived-job = обман о работе
indicator-deceived-pay = обман об оплате
indicator-deceived-conditions = обман об условиях труда
indicator-deceived-housing = обман о жилье
indicator-deceived-papers = обман о документах или правовом статусе
indicator-deceived = обман или ложные обещания
indicator-dependent = зависимость от тех, кто контролирует
indicator-situation-used = трудным положением воспользовались
indicator-ground-race = преследование из-за расы или этнического происхождения
indicator-ground-religion = преследование из-за религии
indicator-ground-nationality = преследование из-за национальности
indicator-ground-social-group = преследование из-за того, кто он(а) есть (социальная группа)
indicator-ground-political-opinion = преследование из-за политических взглядов
indicator-serious-harm = пережитый или ожидаемый серьёзный вред
indicator-torture-risk = риск пыток при возвращении
indicator-harm-on-return = риск серьёзного вреда при возвращении
indicator-retrafficking-risk = риск снова подвергнуться эксплуатации при возвращении
indicator-no-state-protection = нет защиты со стороны властей
indicator-afraid-to-return = боится возвращаться
indicator-armed-conflict = вооружённый конфликт на родине
indicator-widespread-violence = массовое насилие на родине
indicator-no-nationality = нет гражданства
indicator-nationality-in-doubt = гражданство под вопросом
indicator-outside-country = за пределами своей страны
indicator-distress = эмоциональный стресс
indicator-health-needs = потребности в медицинской помощи
indicator-without-carers = без родителей или постоянных опекунов
indicator-separated = разлучён(а) с родителями или опекунами
indicator-child-at-risk = ребёнок в группе риска
indicator-woman-at-risk = женщина или девочка в группе риска
indicator-needs-protection = опасения за безопасность там, где он(а) сейчас
indicator-family-separation = разлучён(а) с семьёй
indicator-under-18 = младше 18 лет
indicator-woman-or-girl = женщина или девочка
indicator-irregular-entry = пересёк(ла) границу нерегулярно
indicator-no-papers-to-stay = нет документов для пребывания
indicator-crossing-agreed = согласился(ась) на переход границы
indicator-crossing-paid = заплатил(а) кому-то за переход границы
indicator-helpers-gone = связь с теми, кто помогал, закончилась по прибытии
indicator-forced-work = работа, от которой нельзя отказаться или уйти
indicator-sexual-exploitation = сексуальная эксплуатация
indicator-slavery = обращение как с чьей-то собственностью
indicator-servitude = принуждение жить и работать под чужим контролем
indicator-organ-removal = изъятие органов
indicator-other-exploitation = другая эксплуатация
indicator-threats-or-force = угрозы или сила
indicator-coercion = давление или принуждение
indicator-abuse-of-power = злоупотребление властью
indicator-payment-to-controller = плата тому, кто его (её) контролирует
indicator-recruited = завербован(а) другими
indicator-moved = перевезён(а) другими
indicator-handed-over = передан(а) другим
indicator-kept-by-others = размещён(а) или удерживается другими
indicator-received = принят(а) другими по прибытии
indicator-asylum-claimed = уже подал(а) прошение об убежище
indicator-moved-to-be-exploited = перемещён(а) или удерживается ради эксплуатации
indicator-other = другой признак
