# Експорт Harbour: зведення для перенаправлення та помилки експорту.
# Чернетка машинного перекладу, ще не перевірена носієм мови.

export-summary-title = Зведення для перенаправлення
export-summary-confidential = Конфіденційно: персональні дані. Передавайте лише до зазначеної нижче служби. Це результат скринінгу, а не рішення.
export-summary-case = Номер справи
export-summary-assessed = Дата оцінки
export-summary-rules = Версія правил
export-summary-generated = Дата створення
export-summary-referral = Перенаправлення до
export-summary-urgent = ТЕРМІНОВО: дійте негайно
export-summary-not-recommended = Цього перенаправлення не було серед рекомендованих за результатами скринінгу.
export-summary-safety = Безпосередня безпека
export-summary-safety-yes = Повідомлено про безпосередню небезпеку: спершу подбайте про безпеку.
export-summary-safety-no = Про безпосередню небезпеку не повідомлялося.
export-summary-person = Особа
export-summary-age-band = Вікова група
export-summary-gender = Стать
export-summary-nationality = Громадянство
export-summary-child = Дитина (молодше 18 років)
export-summary-unaccompanied = Дитина без супроводу або розлучена з родиною
export-summary-languages = Мови співбесіди
export-summary-yes = так
export-summary-no = ні
export-summary-not-recorded = не записано
export-summary-trafficking = Торгівля людьми: індикатори
export-summary-protection = Міжнародний захист: індикатори
export-summary-level = Рівень
export-summary-grounds = Зазначені підстави за Конвенцією
export-summary-other-flags = Інші важливі факти
export-summary-risks = Категорії підвищеного ризику
export-summary-notes = Нотатки для служби, що приймає
export-summary-footer = Помічник для скринінгу Harbour. Це зведення містить лише те, що потрібно для цього перенаправлення.

export-referral-asylum_procedure = Процедура надання притулку
export-referral-anti_trafficking = Служба протидії торгівлі людьми
export-referral-child_protection = Захист дітей
export-referral-best_interests_assessment = Оцінка найкращих інтересів дитини
export-referral-medical = Медична допомога
export-referral-psychosocial = Психосоціальна підтримка
export-referral-legal_aid = Правова допомога
export-referral-shelter = Безпечний прихисток

export-level-none = індикаторів немає
export-level-insufficient_information = недостатньо інформації
export-level-possible = є індикатори: направити на оцінку
export-level-strong = сильні індикатори: направити на оцінку першочергово

export-status-present = є індикатори
export-status-below_threshold = деякі індикатори, нижче порогу
export-status-absent = не виявлено
export-status-unknown = невідомо або відповіді не надано
export-status-not_asked = не запитували
export-status-not_required = не вимагається

export-element-palermo-act = Дія (вербування, перевезення, переховування…)
export-element-palermo-means = Засоби (сила, обман, зловживання вразливим становищем…)
export-element-palermo-purpose = Мета експлуатації
export-element-ilo2012-forced_labour = Примусова праця (МОП, 2012)
export-element-refugee-outside_country = За межами країни громадянства або проживання
export-element-refugee-fear = Страх повернення
export-element-refugee-persecution = Серйозна шкода або переслідування
export-element-refugee-ground = Зв’язок з підставою за Конвенцією
export-element-refugee-no_state_protection = Немає ефективного захисту з боку держави

export-ground-race = раса або етнічне походження
export-ground-religion = віросповідання
export-ground-nationality = громадянство (національність)
export-ground-social_group = належність до певної соціальної групи
export-ground-political_opinion = політичні переконання

export-flag-smuggling = Індикатори незаконного переправлення мігрантів (оплачений перетин кордону за згодою особи)
export-flag-stateless = Особа без громадянства
export-flag-non_refoulement = Ризик у разі повернення: не повертати до завершення оцінки

export-risk-children_at_risk = Діти в групі ризику
export-risk-unaccompanied_or_separated_child = Дитина без супроводу або розлучена з родиною
export-risk-women_and_girls_at_risk = Жінки та дівчата в групі ризику
export-risk-survivors_of_violence_or_torture = Особа, що пережила насильство або катування
export-risk-medical_needs = Медичні потреби (зокрема психічне здоров’я)
export-risk-legal_or_physical_protection = Потреба в правовому або фізичному захисті
export-risk-family_separation = Розлучення з родиною

export-gender-female = жіноча
export-gender-male = чоловіча
export-gender-other = інша

error-export-bad-recipient = Рядок { $line } ключа організації не є ключем: кожен ключ — це один рядок, що починається з літер age1. Перевірте, що вставлено весь файл org.pub.
error-export-no-recipients = Відкритий ключ організації не задано: пакет не зміг би прочитати ніхто.
error-export-wrong-key-passphrase = Неправильна парольна фраза для ключа організації.
error-export-bad-identity = Цей файл не є ключем організації, захищеним парольною фразою.
error-export-weak-key-passphrase = Ця парольна фраза занадто слабка для ключа організації.
error-export-key-exists = Там уже є ключ організації; його ніколи не перезаписують.
error-export-wrong-identity = Цей пакет адресовано не цьому ключу організації. Нічого не імпортовано.
error-export-truncated = Цей пакет обрізаний (неповний). Нічого не імпортовано.
error-export-tampered = Цей пакет змінено або пошкоджено. Нічого не імпортовано.
error-export-not-a-bundle = Цей файл не є пакетом Harbour. Нічого не імпортовано.
error-export-output-exists = Файл із такою назвою вже існує. Нічого не записано.
error-export-io = Не вдалося прочитати або записати файл.
error-export-case-not-found = У цьому сховищі немає такої справи.
error-export-nothing = Для цього вибору немає справ для експорту.
error-export-no-assessment = Ця справа ще не має оцінки: спершу завершіть співбесіду.
error-export-bad-assessment = Не вдається прочитати збережену оцінку цієї справи.
error-export-bad-setting = Одне з налаштувань сховища пошкоджено. Нічого не записано.
error-export-unknown-referral = Невідомий тип перенаправлення.
error-export-unsupported-language = Друковане зведення цією мовою поки недоступне.
error-export-font = Не вдається прочитати шрифт зведення.
error-export-internal = Внутрішня помилка під час експорту.

## Legal elements and notes for the receiving service

export-summary-separator = { ": " }
export-element-complementary = Додатковий захист (серйозна шкода в разі повернення)
export-element-non_refoulement = Ризик у разі повернення (принцип невислання)
export-element-statelessness = Безгромадянство

export-note-screening-not-determination = Це скринінг, а не визначення статусу.
export-note-both-pathways = Застосовуються обидва шляхи: перенаправте до обох, жоден не виключає іншого.
export-note-non-penalisation-trafficking = Нерегулярний в’їзд або перебування, пов’язані з можливою торгівлею людьми: особу не слід за це карати.
export-note-non-penalisation-refugee = Нерегулярний в’їзд і ознаки потреби в захисті: особу не слід карати за такий в’їзд (Конвенція 1951 року, ст. 31).
export-note-smuggling-and-trafficking = Індикатори незаконного переправлення не виключають торгівлі людьми: виявлено обидва.
export-note-smuggling-relationship-continued = Стосунки з організатором переправлення тривали після прибуття: перевірте, чи немає експлуатації.
export-note-smuggling-relationship-continued-asked = Стосунки з організатором переправлення тривали після прибуття: перевірте, чи немає експлуатації.
export-note-age-unknown-child-test = Вік не встановлено: застосовано критерій для дітей (засоби не потрібні).
export-note-trafficking-and-protection = Ознаки торгівлі людьми, і людина перебуває за межами своєї країни: може також знадобитися міжнародний захист.
export-note-trafficking-and-protection-fear-answered = Ознаки торгівлі людьми, і людина перебуває за межами своєї країни: може також знадобитися міжнародний захист.
export-note-statelessness-risk = Ризик безгромадянства: перевірте документи про громадянство.
export-note-danger-unanswered = На запитання про безпосередню небезпеку не відповіли: запитайте ще раз у безпечних умовах.
export-note-urgent-safety-first = Безпосередня небезпека: насамперед подбайте про безпеку.
