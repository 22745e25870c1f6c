# Экспорт Harbour: справки для направления (перевод требует проверки носителем языка).

export-summary-title = Справка для направления
export-summary-confidential = Конфиденциально: персональные данные. Передавать только указанной ниже службе. Это скрининг, а не решение.
export-summary-case = Номер дела
export-summary-assessed = Дата оценки
export-summary-rules = Версия правил
export-summary-generated = Дата составления
export-summary-referral = Направление в
export-summary-urgent = СРОЧНО: действовать немедленно
export-summary-not-recommended = Это направление не входило в число рекомендованных по итогам скрининга.
export-summary-safety = Непосредственная безопасность
export-summary-safety-yes = Сообщено о непосредственной опасности: прежде всего обеспечить безопасность.
export-summary-safety-no = О непосредственной опасности не сообщалось.
export-summary-person = Лицо
export-summary-age-band = Возрастная группа
export-summary-gender = Пол
export-summary-nationality = Гражданство
export-summary-child = Ребёнок (до 18 лет)
export-summary-unaccompanied = Несопровождаемый или разлучённый ребёнок
export-summary-languages = Языки собеседования
export-summary-yes = да
export-summary-no = нет
export-summary-not-recorded = не указано
export-summary-trafficking = Торговля людьми: признаки
export-summary-protection = Международная защита: признаки
export-summary-level = Уровень
export-summary-grounds = Указанные основания Конвенции
export-summary-other-flags = Другие важные обстоятельства
export-summary-risks = Категории повышенного риска
export-summary-notes = Замечания для принимающей службы
export-summary-footer = Помощник скрининга Harbour. Справка содержит только то, что нужно для этого направления.

export-summary-separator = { ": " }

export-referral-asylum_procedure = Процедура предоставления убежища
export-referral-anti_trafficking = Служба по борьбе с торговлей людьми
export-referral-child_protection = Защита детей
export-referral-best_interests_assessment = Оценка наилучших интересов
export-referral-medical = Медицинская помощь
export-referral-psychosocial = Психосоциальная поддержка
export-referral-legal_aid = Юридическая помощь
export-referral-shelter = Безопасное убежище

export-level-none = признаков нет
export-level-insufficient_information = недостаточно сведений
export-level-possible = есть признаки: направить на оценку
export-level-strong = сильные признаки: направить на оценку в первую очередь

export-risk-medical_needs = Медицинские потребности (включая психическое здоровье)
export-risk-survivors_of_violence_or_torture = Пережившие насилие или пытки

export-gender-female = женский
export-gender-male = мужской
export-gender-other = другой

## Added by the i18n pass (machine draft, not yet reviewed by a native speaker);
## terms follow the file above: «признаки» for indicators, «направление» for referral.

export-status-present = есть признаки
export-status-below_threshold = некоторые признаки, ниже порога
export-status-absent = не выявлено
export-status-unknown = неизвестно или ответ не дан
export-status-not_asked = не спрашивали
export-status-not_required = не требуется

export-element-palermo-act = Действие (вербовка, перевозка, укрывательство…)
export-element-palermo-means = Средства (сила, обман, злоупотребление уязвимым положением…)
export-element-palermo-purpose = Цель эксплуатации
export-element-ilo2012-forced_labour = Принудительный труд (МОТ, 2012)
export-element-refugee-outside_country = За пределами страны гражданства или проживания
export-element-refugee-fear = Страх возвращения
export-element-refugee-persecution = Серьёзный вред или преследование
export-element-refugee-ground = Связь с основанием Конвенции
export-element-refugee-no_state_protection = Нет эффективной защиты со стороны государства
export-element-complementary = Дополнительная защита (серьёзный вред при возвращении)
export-element-non_refoulement = Риск при возвращении (принцип невысылки)
export-element-statelessness = Безгражданство

export-ground-race = раса или этническая принадлежность
export-ground-religion = вероисповедание
export-ground-nationality = гражданство (национальность)
export-ground-social_group = принадлежность к определённой социальной группе
export-ground-political_opinion = политические убеждения

export-flag-smuggling = Признаки незаконного ввоза мигрантов (оплаченное пересечение границы с согласия лица)
export-flag-stateless = Лицо без гражданства
export-flag-non_refoulement = Риск при возвращении: не возвращать до завершения оценки

export-risk-children_at_risk = Дети в группе риска
export-risk-unaccompanied_or_separated_child = Несопровождаемый или разлучённый ребёнок
export-risk-women_and_girls_at_risk = Женщины и девочки в группе риска
export-risk-legal_or_physical_protection = Потребность в правовой или физической защите
export-risk-family_separation = Разлучение с семьёй

export-note-screening-not-determination = Это скрининг, а не определение статуса.
export-note-both-pathways = Применимы оба пути: направьте в обе службы, одно не исключает другое.
export-note-non-penalisation-trafficking = Нерегулярный въезд или пребывание, связанные с возможной торговлей людьми: лицо не должно за это наказываться.
export-note-non-penalisation-refugee = Нерегулярный въезд и признаки потребности в защите: лицо не должно наказываться за такой въезд (Конвенция 1951 года, ст. 31).
export-note-smuggling-and-trafficking = Признаки незаконного ввоза не исключают торговлю людьми: выявлено и то и другое.
export-note-smuggling-relationship-continued = Отношения с организатором переправки продолжились после прибытия: проверьте, нет ли эксплуатации.
export-note-smuggling-relationship-continued-asked = Отношения с организатором переправки продолжились после прибытия: проверьте, нет ли эксплуатации.
export-note-age-unknown-child-test = Возраст не установлен: применён критерий для детей (средства не требуются).
export-note-trafficking-and-protection = Признаки торговли людьми, и человек находится за пределами своей страны: может также потребоваться международная защита.
export-note-trafficking-and-protection-fear-answered = Признаки торговли людьми, и человек находится за пределами своей страны: может также потребоваться международная защита.
export-note-statelessness-risk = Риск безгражданства: проверьте документы о гражданстве.
export-note-danger-unanswered = На вопросы о непосредственной опасности не ответили: спросите снова в безопасной обстановке.
export-note-urgent-safety-first = Непосредственная опасность: прежде всего обеспечьте безопасность.

error-export-bad-recipient = Строка { $line } ключа организации не является ключом: каждый ключ — это одна строка, начинающаяся с букв age1. Проверьте, что вставлен весь файл org.pub.
error-export-no-recipients = Открытый ключ организации не задан: пакет не смог бы прочитать никто.
error-export-wrong-key-passphrase = Неверная парольная фраза для ключа организации.
error-export-bad-identity = Этот файл не является ключом организации, защищённым парольной фразой.
error-export-weak-key-passphrase = Эта парольная фраза слишком слабая для ключа организации.
error-export-key-exists = Там уже есть ключ организации; он никогда не перезаписывается.
error-export-wrong-identity = Этот пакет адресован не этому ключу организации. Ничего не импортировано.
error-export-truncated = Этот пакет обрезан (неполный). Ничего не импортировано.
error-export-tampered = Этот пакет изменён или повреждён. Ничего не импортировано.
error-export-not-a-bundle = Этот файл не является пакетом Harbour. Ничего не импортировано.
error-export-output-exists = Файл с таким именем уже существует. Ничего не записано.
error-export-io = Не удалось прочитать или записать файл.
error-export-case-not-found = В этом хранилище нет такого дела.
error-export-nothing = Для этой выборки нет дел для экспорта.
error-export-no-assessment = У этого дела ещё нет оценки: сначала завершите собеседование.
error-export-bad-assessment = Не удаётся прочитать сохранённую оценку этого дела.
error-export-bad-setting = Одна из настроек хранилища повреждена. Ничего не записано.
error-export-unknown-referral = Неизвестный тип направления.
error-export-unsupported-language = Печатная справка на этом языке пока недоступна.
error-export-font = Не удаётся прочитать шрифт справки.
error-export-internal = Внутренняя ошибка при экспорте.
