# Review status: unreviewed draft — needs review by a native-speaking protection professional.
# Harbour rules: Russian texts for the outcome's message ids (read by caseworkers).
# Screening wording only: "есть признаки: направить на оценку". Never call the person a victim
# or a refugee; the rules do not decide status.

## Headings for the text report

report-title = Результат скрининга
report-rules-version = Версия правил: { $version }
report-pathways = Направления
report-flags = Особые отметки
report-referrals = Рекомендуемые направления к службам
report-notes = Примечания
report-why = Почему
report-elements = Элементы
report-answers = Ответы
report-urgent = СРОЧНО
report-no-referrals = Данные ответы не указывают на необходимость направления.
report-no-flags = Особых отметок нет.
report-answer-line = вопрос { $question }: «{ $answer }» ({ $language })
report-indicators-line = признаки: { $codes }

## Pathways and levels

pathway-trafficking = Торговля людьми
pathway-international-protection = Международная защита
level-none = признаков не обнаружено
level-insufficient-information = недостаточно информации: на ключевые вопросы отказались отвечать, ответ неизвестен или они не задавались
level-possible = есть некоторые признаки: направить на оценку
level-strong = есть признаки всех элементов критерия: направить на оценку в первую очередь

## Element statuses

status-present = есть признаки
status-below-threshold = некоторые признаки, ниже опубликованного порога
status-absent = ответ «нет»
status-unknown = отказ от ответа или неизвестно
status-not-asked = не спрашивали
status-not-required = не требуется для ребёнка

## Elements

element-palermo-act = действие (вербовка, перевозка, передача, укрывательство или получение)
element-palermo-means = средства (сила, принуждение, обман, злоупотребление уязвимостью положения…)
element-palermo-purpose = цель эксплуатации
element-ilo2012-forced-labour = индикаторы принудительного труда МОТ (2012)
element-refugee-outside-country = нахождение вне страны гражданской принадлежности или прежнего обычного местожительства
element-refugee-fear = опасения в связи с возвращением
element-refugee-persecution = преследование или серьёзный вред, равнозначный преследованию
element-refugee-ground = основание по Конвенции (раса, религия, гражданство, социальная группа, политические убеждения)
element-refugee-no-state-protection = отсутствие защиты со стороны государства
element-complementary = серьёзный вред вне оснований Конвенции (вооружённый конфликт, насилие общего характера)
element-non-refoulement = риск пыток или серьёзного вреда при возвращении
element-statelessness = безгражданство

ilo-list-adult-labour = взрослые, трудовая эксплуатация
ilo-list-adult-sexual = взрослые, сексуальная эксплуатация
ilo-list-child-labour = дети, трудовая эксплуатация
ilo-list-child-sexual = дети, сексуальная эксплуатация
ilo-element-deceptive-recruitment = вербовка путём обмана
ilo-element-coercive-recruitment = вербовка путём принуждения
ilo-element-vulnerability-recruitment = вербовка путём злоупотребления уязвимостью
ilo-element-exploitative-conditions = эксплуататорские условия труда
ilo-element-coercion-destination = принуждение в месте назначения
ilo-element-vulnerability-destination = злоупотребление уязвимостью в месте назначения
ilo-element-in-list = МОТ/ЕК: { $element } ({ $list })

ground-race = раса
ground-religion = религия
ground-nationality = гражданство (национальность)
ground-social-group = принадлежность к определённой социальной группе
ground-political-opinion = политические убеждения

## Flags

flag-child = Младше 18 лет
flag-unaccompanied-child = Несопровождаемый или разлучённый ребёнок
flag-smuggling = Признаки незаконного ввоза мигрантов (указаны отдельно; незаконный ввоз не исключает торговлю людьми)
flag-stateless = Нет гражданства
flag-non-refoulement = Риск при возвращении: не возвращать до оценки
flag-urgent-safety = Непосредственная опасность: прежде всего обеспечить безопасность
flag-heightened-risk = Повышенный риск: { $categories }

risk-children-at-risk = дети в группе риска
risk-unaccompanied-or-separated-child = несопровождаемый или разлучённый ребёнок
risk-women-and-girls-at-risk = женщины и девочки в группе риска
risk-survivors-of-violence-or-torture = пережившие насилие или пытки
risk-medical-needs = медицинские потребности
risk-legal-or-physical-protection = потребность в правовой или физической защите
risk-family-separation = разлучение с семьёй

## Referrals

referral-asylum-procedure = Процедура предоставления убежища
referral-anti-trafficking = Механизм перенаправления по противодействию торговле людьми
referral-child-protection = Службы защиты детей
referral-best-interests-assessment = Оценка наилучших интересов
referral-medical = Медицинская помощь
referral-psychosocial = Психосоциальная поддержка
referral-legal-aid = Юридическая помощь
referral-shelter = Безопасное жильё

## Reasons: trafficking

reason-palermo-act-means-purpose = Есть признаки действия, средств и цели эксплуатации (Палермский протокол, ст. 3 (a)).
reason-palermo-child-act-purpose = Есть признаки действия и цели эксплуатации, и человеку меньше 18 лет: средства не требуются (Палермский протокол, ст. 3 (c)).
reason-ilo-combination = Индикаторы МОТ/ЕК ({ $list }) показывают вербовку, эксплуататорские условия труда и принуждение или злоупотребление уязвимостью в месте назначения, каждое выше опубликованного порога.
reason-ilo-combination-child = Индикаторы МОТ/ЕК для детей ({ $list }) показывают вербовку и эксплуататорские условия труда выше опубликованного порога; для ребёнка средства не требуются (Палермский протокол, ст. 3 (c)).
reason-ilo-element-present = Элемент МОТ/ЕК «{ $element }» ({ $list }) достигает опубликованного порога: сильных индикаторов: { $strong }, средних: { $medium }, слабых: { $weak }.
reason-forced-labour-indicators = { $count ->
    [one] Есть { $count } индикатор принудительного труда МОТ.
    [few] Есть { $count } индикатора принудительного труда МОТ.
    [many] Есть { $count } индикаторов принудительного труда МОТ.
   *[other] Есть { $count } индикатора принудительного труда МОТ.
}
reason-trafficking-indicators-present = { $count ->
    [one] Есть { $count } признак торговли людьми, но не все элементы критерия подтверждены.
    [few] Есть { $count } признака торговли людьми, но не все элементы критерия подтверждены.
    [many] Есть { $count } признаков торговли людьми, но не все элементы критерия подтверждены.
   *[other] Есть { $count } признака торговли людьми, но не все элементы критерия подтверждены.
}
reason-palermo-means-missing = Есть признаки действия и цели, но нет признаков средств; для человека 18 лет и старше средства необходимы (Палермский протокол, ст. 3 (a)).
reason-palermo-means-missing-age-unknown = Есть признаки действия и цели, но нет признаков средств, а возраст человека неизвестен: если ему меньше 18 лет, средства не потребовались бы (Палермский протокол, ст. 3 (c)).
reason-palermo-means-purpose-same-indicator = Единственный признак средств — это и единственный признак цели: один ответ сам по себе не может подтвердить два элемента. Задайте дополнительные вопросы, прежде чем считать все элементы подтверждёнными.
reason-trafficking-element-ruled-out = Ответы исключают элемент, необходимый по критерию: { $element }. Признаков торговли людьми нет.
reason-trafficking-unanswered = Признаков торговли людьми нет, но на важные вопросы отказались отвечать, ответ неизвестен или они не задавались: { $elements }. Отказ от ответа никогда не считается ответом «нет».

## Reasons: international protection

reason-refugee-elements-present = Есть признаки всех элементов определения беженца (Конвенция о статусе беженцев 1951 года, ст. 1 A (2)); основание(я): { $grounds }.
reason-refugee-elements-partial = Есть признаки { $present } из { $total } элементов определения беженца (Конвенция о статусе беженцев 1951 года, ст. 1 A (2)).
reason-complementary-protection = Признаки серьёзного вреда вне оснований Конвенции (вооружённый конфликт или насилие общего характера): может применяться дополнительная защита.
reason-non-refoulement-risk = Признаки риска пыток или серьёзного вреда при возвращении (невысылка).
reason-statelessness = Признаки безгражданства — самостоятельной потребности в защите.
reason-protection-element-ruled-out = Ответы исключают элемент: { $element }. Признаков потребности в защите нет.
reason-protection-unanswered = Признаков потребности в защите нет, но на важные вопросы отказались отвечать, ответ неизвестен или они не задавались: { $elements }. Отказ от ответа никогда не считается ответом «нет».

## Reasons: flags

reason-flag-child = Ответы показывают, что человеку меньше 18 лет.
reason-flag-unaccompanied-child = Человеку меньше 18 лет, и он находится без родителей или лиц, которые обычно о нём заботятся.
reason-flag-smuggling = Человек согласился на пересечение границы или заплатил за него.
reason-flag-stateless = У человека нет гражданства.
reason-flag-non-refoulement = Ответы указывают на риск при возвращении.
reason-flag-non-refoulement-inside = Человек ответил, что всё ещё находится в своей стране: речь не о возвращении через границу, но ему грозит опасность, если его отправят туда, откуда он бежал. Не отправлять обратно до оценки.
reason-flag-urgent-safety = Ответы указывают на непосредственную опасность.
reason-flag-heightened-risk = Категория повышенного риска: { $category }.

## Reasons: referrals

reason-referral-asylum = Признаки потребности в защите (уровень: { $level }): направить на процедуру предоставления убежища для оценки.
reason-referral-anti-trafficking = Признаки торговли людьми (уровень: { $level }): направить в механизм противодействия торговле людьми для оценки.
reason-referral-child-protection = Человеку меньше 18 лет: направить в службы защиты детей.
reason-referral-bia-unaccompanied = Несопровождаемый или разлучённый ребёнок: необходима оценка наилучших интересов (Руководство УВКБ ООН по процедуре определения наилучших интересов, 2021).
reason-referral-bia-child-at-risk = Ребёнок в группе риска: необходима оценка наилучших интересов (Руководство УВКБ ООН по процедуре определения наилучших интересов, 2021).
reason-referral-medical = Медицинские потребности или насилие, которое могло оставить травмы.
reason-referral-psychosocial = Насилие, эксплуатация или дистресс: предложить психосоциальную поддержку.
reason-referral-legal-aid = Правовые вопросы, требующие решения (защита, торговля людьми, статус или гражданство).
reason-referral-shelter = У человека нет безопасного места, он в опасности или нуждается в защищённом жилье.

## Notes

note-screening-not-determination = Это скрининг, а не определение статуса. Наличие признаков означает: направить на оценку компетентным органом.
note-both-pathways = Применимы оба направления: направить в обе службы. Идентификация как лица, затронутого торговлей людьми, не должна препятствовать доступу к убежищу, и наоборот.
note-non-penalisation-trafficking = Незаконный въезд или пребывание вместе с признаками торговли людьми: человек не должен подвергаться наказанию за правонарушения, которые его вынудили совершить (Конвенция Совета Европы о противодействии торговле людьми, ст. 26; Директива 2011/36/ЕС, ст. 8).
note-non-penalisation-refugee = Незаконный въезд вместе с признаками потребности в защите: никаких взысканий за незаконный въезд или пребывание (Конвенция о статусе беженцев 1951 года, ст. 31).
note-smuggling-and-trafficking = Пересечение границы было организовано путём незаконного ввоза, и есть также признаки торговли людьми: согласие на пересечение не имеет значения, если было использовано любое из средств (Палермский протокол, ст. 3 (b)).
note-smuggling-relationship-continued = Отношения с тем, кто организовал незаконный ввоз, не закончились по прибытии: спросите о долгах, контроле и работе (частый переход от незаконного ввоза к торговле людьми).
note-age-unknown-child-test = Возраст человека неизвестен. Если ему меньше 18 лет, средства не требуются и критерий торговли людьми может быть выполнен: установите возраст (толкуя сомнения в его пользу).
note-trafficking-and-protection = Торговля людьми или риск повторно стать её объектом при возвращении может быть равнозначна преследованию: спросите об опасениях в связи с возвращением.
note-statelessness-risk = Гражданство человека не определено или оспаривается: необходимо оценить риск безгражданства.
note-danger-unanswered = На вопрос о непосредственной опасности отказались отвечать или ответ неизвестен: прежде чем продолжать, проверьте безопасность человека.
note-urgent-safety-first = Непосредственная опасность: прежде чем продолжать беседу, обеспечьте безопасность.

## Short level names, used inside sentences

level-short-none = нет
level-short-insufficient-information = недостаточно информации
level-short-possible = возможный
level-short-strong = высокий
