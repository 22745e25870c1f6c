# Review status: unreviewed draft — needs review by a native-speaking protection professional.
# Harbour rules: Ukrainian texts for the outcome's message ids (read by caseworkers).
# Screening wording only: "є індикатори: направити на оцінку". Never call the person a victim
# or a refugee; the rules do not decide status.

## Headings for the text report

report-title = Результат скринінгу
report-rules-version = Версія правил: { $version }
report-pathways = Напрями
report-flags = Особливі позначки
report-referrals = Рекомендовані перенаправлення
report-notes = Примітки
report-why = Чому
report-elements = Елементи
report-answers = Відповіді
report-urgent = ТЕРМІНОВО
report-no-referrals = Надані відповіді не вказують на потребу в перенаправленні.
report-no-flags = Особливих позначок немає.
report-answer-line = питання { $question }: «{ $answer }» ({ $language })
report-indicators-line = індикатори: { $codes }

## Pathways and levels

pathway-trafficking = Торгівля людьми
pathway-international-protection = Міжнародний захист
level-none = індикаторів не виявлено
level-insufficient-information = недостатньо інформації: на ключові питання відмовилися відповідати, відповідь невідома або їх не ставили
level-possible = є деякі індикатори: направити на оцінку
level-strong = є індикатори всіх елементів критерію: направити на оцінку першочергово

## Element statuses

status-present = є індикатори
status-below-threshold = деякі індикатори, нижче за опублікований поріг
status-absent = відповідь «ні»
status-unknown = відмова відповідати або невідомо
status-not-asked = не питали
status-not-required = не вимагається для дитини

## Elements

element-palermo-act = дія (вербування, перевезення, передача, приховування або одержання)
element-palermo-means = засоби (сила, примус, обман, зловживання уразливим становищем…)
element-palermo-purpose = мета експлуатації
element-ilo2012-forced-labour = індикатори примусової праці МОП (2012)
element-refugee-outside-country = перебування за межами країни громадянської належності або колишнього постійного місця проживання
element-refugee-fear = побоювання щодо повернення
element-refugee-persecution = переслідування або серйозна шкода, що дорівнює переслідуванню
element-refugee-ground = підстава за Конвенцією (раса, віросповідання, громадянство, соціальна група, політичні переконання)
element-refugee-no-state-protection = відсутність захисту з боку держави
element-complementary = серйозна шкода поза підставами Конвенції (збройний конфлікт, загальне насильство)
element-non-refoulement = ризик катувань або серйозної шкоди в разі повернення
element-statelessness = безгромадянство

ilo-list-adult-labour = дорослі, трудова експлуатація
ilo-list-adult-sexual = дорослі, сексуальна експлуатація
ilo-list-child-labour = діти, трудова експлуатація
ilo-list-child-sexual = діти, сексуальна експлуатація
ilo-element-deceptive-recruitment = вербування шляхом обману
ilo-element-coercive-recruitment = вербування шляхом примусу
ilo-element-vulnerability-recruitment = вербування шляхом зловживання уразливістю
ilo-element-exploitative-conditions = експлуататорські умови праці
ilo-element-coercion-destination = примус у місці призначення
ilo-element-vulnerability-destination = зловживання уразливістю в місці призначення
ilo-element-in-list = МОП/ЄК: { $element } ({ $list })

ground-race = раса
ground-religion = віросповідання
ground-nationality = громадянство (національність)
ground-social-group = належність до певної соціальної групи
ground-political-opinion = політичні переконання

## Flags

flag-child = Молодше 18 років
flag-unaccompanied-child = Дитина без супроводу або розлучена з сім'єю
flag-smuggling = Індикатори незаконного ввезення мігрантів (показано окремо; незаконне ввезення не виключає торгівлі людьми)
flag-stateless = Немає громадянства
flag-non-refoulement = Ризик у разі повернення: не повертати до проведення оцінки
flag-urgent-safety = Безпосередня небезпека: насамперед подбати про безпеку
flag-heightened-risk = Підвищений ризик: { $categories }

risk-children-at-risk = діти в групі ризику
risk-unaccompanied-or-separated-child = дитина без супроводу або розлучена з сім'єю
risk-women-and-girls-at-risk = жінки та дівчата в групі ризику
risk-survivors-of-violence-or-torture = людина, яка пережила насильство або катування
risk-medical-needs = медичні потреби
risk-legal-or-physical-protection = потреба в правовому або фізичному захисті
risk-family-separation = розлучення із сім'єю

## Referrals

referral-asylum-procedure = Процедура надання притулку
referral-anti-trafficking = Механізм перенаправлення з протидії торгівлі людьми
referral-child-protection = Служби захисту дітей
referral-best-interests-assessment = Оцінка найкращих інтересів
referral-medical = Медична допомога
referral-psychosocial = Психосоціальна підтримка
referral-legal-aid = Правова допомога
referral-shelter = Безпечне житло

## Reasons: trafficking

reason-palermo-act-means-purpose = Є індикатори дії, засобів і мети експлуатації (Палермський протокол, ст. 3 (a)).
reason-palermo-child-act-purpose = Є індикатори дії та мети експлуатації, і людині менше 18 років: засоби не потрібні (Палермський протокол, ст. 3 (c)).
reason-ilo-combination = Індикатори МОП/ЄК ({ $list }) показують вербування, експлуататорські умови праці та примус або зловживання уразливістю в місці призначення, кожне вище за опублікований поріг.
reason-ilo-combination-child = Індикатори МОП/ЄК для дітей ({ $list }) показують вербування та експлуататорські умови праці вище за опублікований поріг; для дитини засоби не потрібні (Палермський протокол, ст. 3 (c)).
reason-ilo-element-present = Елемент МОП/ЄК «{ $element }» ({ $list }) досягає опублікованого порогу: сильних індикаторів: { $strong }, середніх: { $medium }, слабких: { $weak }.
reason-forced-labour-indicators = { $count ->
    [one] Є { $count } індикатор примусової праці МОП.
    [few] Є { $count } індикатори примусової праці МОП.
    [many] Є { $count } індикаторів примусової праці МОП.
   *[other] Є { $count } індикатора примусової праці МОП.
}
reason-trafficking-indicators-present = { $count ->
    [one] Є { $count } індикатор торгівлі людьми, але не всі елементи критерію підтверджено.
    [few] Є { $count } індикатори торгівлі людьми, але не всі елементи критерію підтверджено.
    [many] Є { $count } індикаторів торгівлі людьми, але не всі елементи критерію підтверджено.
   *[other] Є { $count } індикатора торгівлі людьми, але не всі елементи критерію підтверджено.
}
reason-palermo-means-missing = Є індикатори дії та мети, але немає індикаторів засобів; для людини віком 18 років і старше засоби необхідні (Палермський протокол, ст. 3 (a)).
reason-palermo-means-missing-age-unknown = Є індикатори дії та мети, але немає індикаторів засобів, а вік людини невідомий: якщо їй менше 18 років, засоби не були б потрібні (Палермський протокол, ст. 3 (c)).
reason-palermo-means-purpose-same-indicator = Єдиний індикатор засобів є водночас єдиним індикатором мети: одна відповідь сама по собі не може підтвердити два елементи. Поставте додаткові питання, перш ніж вважати всі елементи підтвердженими.
reason-trafficking-element-ruled-out = Відповіді виключають елемент, потрібний за критерієм: { $element }. Індикаторів торгівлі людьми немає.
reason-trafficking-unanswered = Індикаторів торгівлі людьми немає, але на важливі питання відмовилися відповідати, відповідь невідома або їх не ставили: { $elements }. Відмова відповідати ніколи не вважається відповіддю «ні».

## Reasons: international protection

reason-refugee-elements-present = Є індикатори всіх елементів визначення біженця (Конвенція про статус біженців 1951 року, ст. 1 A (2)); підстава(-и): { $grounds }.
reason-refugee-elements-partial = Є індикатори { $present } з { $total } елементів визначення біженця (Конвенція про статус біженців 1951 року, ст. 1 A (2)).
reason-complementary-protection = Індикатори серйозної шкоди поза підставами Конвенції (збройний конфлікт або загальне насильство): може застосовуватися додатковий захист.
reason-non-refoulement-risk = Індикатори ризику катувань або серйозної шкоди в разі повернення (невислання).
reason-statelessness = Індикатори безгромадянства — самостійної потреби в захисті.
reason-protection-element-ruled-out = Відповіді виключають елемент: { $element }. Індикаторів потреби в захисті немає.
reason-protection-unanswered = Індикаторів потреби в захисті немає, але на важливі питання відмовилися відповідати, відповідь невідома або їх не ставили: { $elements }. Відмова відповідати ніколи не вважається відповіддю «ні».

## Reasons: flags

reason-flag-child = Відповіді показують, що людині менше 18 років.
reason-flag-unaccompanied-child = Людині менше 18 років, і вона перебуває без батьків або осіб, які зазвичай про неї піклуються.
reason-flag-smuggling = Людина погодилася на перетин кордону або заплатила за нього.
reason-flag-stateless = Людина не має громадянства.
reason-flag-non-refoulement = Відповіді вказують на ризик у разі повернення.
reason-flag-non-refoulement-inside = Людина відповіла, що досі перебуває у своїй країні: ідеться не про повернення через кордон, але їй загрожує небезпека, якщо її відправлять туди, звідки вона втекла. Не відправляти назад до оцінки.
reason-flag-urgent-safety = Відповіді вказують на безпосередню небезпеку.
reason-flag-heightened-risk = Категорія підвищеного ризику: { $category }.

## Reasons: referrals

reason-referral-asylum = Індикатори потреби в захисті (рівень: { $level }): направити до процедури надання притулку для оцінки.
reason-referral-anti-trafficking = Індикатори торгівлі людьми (рівень: { $level }): направити до механізму протидії торгівлі людьми для оцінки.
reason-referral-child-protection = Людині менше 18 років: направити до служб захисту дітей.
reason-referral-bia-unaccompanied = Дитина без супроводу або розлучена з сім'єю: потрібна оцінка найкращих інтересів (Настанови УВКБ ООН щодо процедури визначення найкращих інтересів, 2021).
reason-referral-bia-child-at-risk = Дитина в групі ризику: потрібна оцінка найкращих інтересів (Настанови УВКБ ООН щодо процедури визначення найкращих інтересів, 2021).
reason-referral-medical = Медичні потреби або насильство, яке могло залишити травми.
reason-referral-psychosocial = Насильство, експлуатація або дистрес: запропонувати психосоціальну підтримку.
reason-referral-legal-aid = Правові питання, які потрібно вирішити (захист, торгівля людьми, статус або громадянство).
reason-referral-shelter = Людина не має безпечного місця, перебуває в небезпеці або потребує захищеного житла.

## Notes

note-screening-not-determination = Це скринінг, а не визначення статусу. Наявність індикаторів означає: направити на оцінку компетентним органом.
note-both-pathways = Застосовуються обидва напрями: направити до обох. Ідентифікація як особи, яку зачепила торгівля людьми, не повинна перешкоджати доступу до притулку, і навпаки.
note-non-penalisation-trafficking = Незаконний в'їзд або перебування разом з індикаторами торгівлі людьми: людину не слід карати за правопорушення, які її змусили вчинити (Конвенція Ради Європи про заходи щодо протидії торгівлі людьми, ст. 26; Директива 2011/36/ЄС, ст. 8).
note-non-penalisation-refugee = Незаконний в'їзд разом з індикаторами потреби в захисті: жодних стягнень за незаконний в'їзд або перебування (Конвенція про статус біженців 1951 року, ст. 31).
note-smuggling-and-trafficking = Перетин кордону відбувся шляхом незаконного ввезення, і є також індикатори торгівлі людьми: згода на перетин не має значення, якщо було застосовано будь-який із засобів (Палермський протокол, ст. 3 (b)).
note-smuggling-relationship-continued = Стосунки з тим, хто організував незаконне ввезення, не закінчилися після прибуття: запитайте про борги, контроль і роботу (частий перехід від незаконного ввезення до торгівлі людьми).
note-age-unknown-child-test = Вік людини невідомий. Якщо їй менше 18 років, засоби не потрібні, і критерій торгівлі людьми може бути виконано: встановіть вік (тлумачачи сумніви на її користь).
note-trafficking-and-protection = Торгівля людьми або ризик повторно стати її об'єктом у разі повернення може дорівнювати переслідуванню: запитайте про побоювання щодо повернення.
note-statelessness-risk = Громадянство людини не визначене або оскаржується: потрібно оцінити ризик безгромадянства.
note-danger-unanswered = На питання про безпосередню небезпеку відмовилися відповідати або відповідь невідома: перш ніж продовжувати, перевірте безпеку людини.
note-urgent-safety-first = Безпосередня небезпека: перш ніж продовжувати співбесіду, подбайте про безпеку.

## Short level names, used inside sentences

level-short-none = немає
level-short-insufficient-information = недостатньо інформації
level-short-possible = можливий
level-short-strong = високий
