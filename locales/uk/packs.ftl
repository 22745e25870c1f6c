# Harbour: опитувальник, яким не можна скористатися, як його показує екран нового інтерв’ю.
# Машинна чернетка перекладу, ще не перевірена носієм мови.

new-pack-problem = { $file }, рядок { $line }, стовпець { $column } ({ $code }): { $problem }
new-pack-problem-nowhere = { $code }: { $problem }
new-pack-problem-detail = Подробиці (англійською): { $detail }

pack-problem-toml-syntax = Файл не є коректним TOML.
pack-problem-unknown-field = Ключ, якого формат не знає (часто друкарська помилка).
pack-problem-wrong-type = Ключ містить значення TOML неправильного типу.
pack-problem-missing-field = Бракує обов’язкового ключа.
pack-problem-duplicate-id = Два розділи, питання або варіанти мають однаковий ідентифікатор.
pack-problem-bad-id = Ідентифікатор складається не лише з малих латинських літер, цифр і `_` або починається не з літери.
pack-problem-bad-version = Версія не семантична (`MAJOR.MINOR.PATCH`).
pack-problem-unknown-kind = Тип питання, якого формат не знає.
pack-problem-unsupported-rules = Опитувальник розрахований на інший набір правил.
pack-problem-bad-language = Оголошена мова не є кодом мови, або жодної мови не оголошено.
pack-problem-bad-options = Варіанти відповіді в типу, який їх не має, або вибір менш ніж із двох варіантів.
pack-problem-option-without-text = Варіант відповіді не має тексту.
pack-problem-required-not-consent = Обов’язковим може бути лише питання про згоду.
pack-problem-bad-consent = Позначка згоди стоїть на питанні не типу «так/ні» або на кількох питаннях.
pack-problem-bad-bounds = Числові межі в питання не числового типу, або `min` більше за `max`.
pack-problem-empty-section = У розділі немає питань.
pack-problem-text-not-sensitive = Питання з вільним текстом позначене `sensitive = false`: вільний текст завжди конфіденційний.
pack-problem-bad-profile = Позначка `profile` невідома, стоїть на питанні не того типу або використана двічі.
pack-problem-options-presentation = Питання з кількома варіантами без `options_presentation` (`read_all` або `not_suggested`), це поле в питання іншого типу або невідоме значення.
pack-problem-condition-syntax = Умову не вдається розібрати.
pack-problem-unknown-reference = Умова посилається на питання, якого не існує.
pack-problem-forward-reference = Умова посилається на питання, що йде пізніше (або на саме себе).
pack-problem-condition-type = Умова змішує типи (наприклад, число порівнюється з варіантом відповіді).
pack-problem-unknown-value = Умова називає варіант, якого в питання немає, або хибний код країни.
pack-problem-condition-too-deep = Умова вкладена глибше або містить більше операторів, ніж дозволяє межа.
pack-problem-unknown-indicator = Код індикатора, якого правила не знають.
pack-problem-bad-evidence = Доказ не відповідає типу питання.
pack-problem-ftl-syntax = Файл локалізації не є коректним Fluent.
pack-problem-missing-message = В оголошеній мові бракує тексту.
pack-problem-unused-message = Повідомлення, якого не використовує жодне поле опитувальника.
pack-problem-missing-locale = Для оголошеної мови немає файлу локалізації.
pack-problem-unreadable = Файл не вдається прочитати.
pack-problem-undeclared-locale = Файл локалізації для мови, яку опитувальник не оголошує.
pack-problem-ftl-too-deep = Файл локалізації вкладає вирази глибше за допустиму межу; його не прочитано.
pack-problem-file-too-large = Файл опитувальника більший за допустимий розмір (4 МіБ для questionnaire.toml, 2 МіБ для файлу локалізації); його не прочитано.
