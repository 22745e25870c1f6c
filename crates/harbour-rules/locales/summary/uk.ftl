# Review status: unreviewed draft — needs review by a native-speaking protection professional.
# Harbour rules: Ukrainian texts for the summary and the short indicator labels (read by caseworkers).
# Screening wording only: never "жертва", "біженець" or "торговець людьми".

## The summary

summary-title = Короткий підсумок
summary-pathway-line = { $pathway }: { $level }
summary-level-none = ознак не знайдено
summary-level-insufficient-information = недостатньо інформації для скринінгу
summary-level-possible = є деякі ознаки: направити на оцінку
summary-level-strong = сильні ознаки: направити на оцінку першочергово
summary-urgent = ТЕРМІНОВО: { $text }
summary-also = Також: { $flags }
summary-refer-to = Направити:
summary-no-referrals = За наданими відповідями направлення не потрібне.
summary-referral-line = { $referral }: { $reason }
summary-separator = {"; "}
summary-why = Чому
summary-referral-urgent = ТЕРМІНОВО
summary-more = { $count ->
    [one] і ще { $count }
    [few] і ще { $count }
    [many] і ще { $count }
   *[other] і ще { $count }
}

## The details of the text report

report-details = Подробиці
report-rests-on = Ґрунтується на: { $labels }
report-answers-given = Відповіді, на яких ґрунтується результат
report-answer-worded = { $question } { $answer }
report-answer-yes = так
report-answer-no = ні
report-answer-dont-know = не знає
report-answer-declined = вирішив(ла) не відповідати
report-answer-skipped = пропущено
report-verbose-hint = Коди ознак та ідентифікатори запитань не показано; запустіть з --verbose, щоб їх побачити.

## Short labels for indicators

indicator-danger-now = у небезпеці зараз
indicator-afraid-of-someone-here = боїться когось поруч
indicator-no-safe-place = немає безпечного місця на цю ніч
indicator-violence = пережите насильство
indicator-sexual-acts-forced = примус до сексуальних дій або до прийому клієнтів
indicator-abducted-or-sold = викрадення, продаж або шлюб проти волі
indicator-documents-kept = документи тримає хтось інший
indicator-debt = борг, який треба відпрацювати
indicator-not-free-to-leave = не може піти, замкнений(а) або під наглядом
indicator-threats = погрози
indicator-family-threatened = погрози родині або шкода родині
indicator-isolated = відрізаний(а) від інших людей
indicator-strong-influence = під сильним контролем іншої людини
indicator-threat-authorities = погрози повідомити поліцію чи владу
indicator-threat-tell-family = погрози розповісти родині
indicator-threat-worse = погрози погіршити умови
indicator-forced-offences = примус порушувати закон
indicator-forced-to-lie = примус брехати про своє становище
indicator-forced-against-others = примус діяти проти інших у такому ж становищі
indicator-little-or-no-pay = мало або зовсім не платять
indicator-pay-manipulated = оплату урізають або змінюють без згоди
indicator-long-hours = дуже довгий робочий день
indicator-harsh-conditions = тяжкі умови праці або життя
indicator-dangerous-work = небезпечна робота
indicator-no-protection-at-work = немає договору й захисту на роботі
indicator-no-school = не може ходити до школи
indicator-deceived-job = обман щодо роботи
indicator-deceived-pay = обман щодо оплати
indicator-deceived-conditions = обман щодо умов праці
indicator-deceived-housing = обман щодо житла
indicator-deceived-papers = обман щодо документів або правового статусу
indicator-deceived = обман або неправдиві обіцянки
indicator-dependent = залежність від тих, хто контролює
indicator-situation-used = скористалися скрутним становищем
indicator-ground-race = переслідування через расу чи етнічне походження
indicator-ground-religion = переслідування через релігію
indicator-ground-nationality = переслідування через національність
indicator-ground-social-group = переслідування через те, ким він(вона) є (соціальна група)
indicator-ground-political-opinion = переслідування через політичні погляди
indicator-serious-harm = пережита або очікувана серйозна шкода
indicator-torture-risk = ризик катувань у разі повернення
indicator-harm-on-return = ризик серйозної шкоди в разі повернення
indicator-retrafficking-risk = ризик знову зазнати експлуатації в разі повернення
indicator-no-state-protection = немає захисту з боку влади
indicator-afraid-to-return = боїться повертатися
indicator-armed-conflict = збройний конфлікт на батьківщині
indicator-widespread-violence = масове насильство на батьківщині
indicator-no-nationality = немає громадянства
indicator-nationality-in-doubt = громадянство під питанням
indicator-outside-country = за межами своєї країни
indicator-distress = емоційний стрес
indicator-health-needs = потреби в медичній допомозі
indicator-without-carers = без батьків або постійних опікунів
indicator-separated = розлучений(а) з батьками або опікунами
indicator-child-at-risk = дитина в групі ризику
indicator-woman-at-risk = жінка або дівчина в групі ризику
indicator-needs-protection = побоювання за безпеку там, де він(вона) зараз
indicator-family-separation = розлучений(а) з родиною
indicator-under-18 = молодше 18 років
indicator-woman-or-girl = жінка або дівчина
indicator-irregular-entry = перетнув(ла) кордон нерегулярно
indicator-no-papers-to-stay = немає документів для перебування
indicator-crossing-agreed = погодився(лася) на перетин кордону
indicator-crossing-paid = заплатив(ла) комусь за перетин кордону
indicator-helpers-gone = зв'язок із тими, хто допомагав, припинився після прибуття
indicator-forced-work = робота, від якої не можна відмовитися чи піти
indicator-sexual-exploitation = сексуальна експлуатація
indicator-slavery = поводження як із чиєюсь власністю
indicator-servitude = примус жити й працювати під чужим контролем
indicator-organ-removal = вилучення органів
indicator-other-exploitation = інша експлуатація
indicator-threats-or-force = погрози або сила
indicator-coercion = тиск або примус
indicator-abuse-of-power = зловживання владою
indicator-payment-to-controller = плата тому, хто його (її) контролює
indicator-recruited = завербований(а) іншими
indicator-moved = перевезений(а) іншими
indicator-handed-over = переданий(а) іншим
indicator-kept-by-others = розміщений(а) або утримується іншими
indicator-received = прийнятий(а) іншими після прибуття
indicator-asylum-claimed = уже подав(ла) заяву про притулок
indicator-moved-to-be-exploited = переміщений(а) або утримується задля експлуатації
indicator-other = інша ознака
