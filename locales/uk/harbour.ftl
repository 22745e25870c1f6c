# Harbour: тексти застосунку (українська).
# Чернетка машинного перекладу, ще не перевірена носієм мови.

app-name = Harbour
app-tagline = Помічник для первинного скринінгу: індикатори та перенаправлення, але ніколи не рішення

## Create the vault (first run)

create-title = Налаштування цього пристрою
create-intro = Усе, що записується на цьому пристрої, зберігається в зашифрованому сховищі. Оберіть парольну фразу, яку знаєте лише ви та ваша команда. Без неї ніхто, навіть творці Harbour, не зможе відкрити записи.
create-passphrase = Парольна фраза
create-confirm = Парольна фраза ще раз
create-hint = { $min ->
        [one] Щонайменше { $min } символ.
        [few] Щонайменше { $min } символи.
        [many] Щонайменше { $min } символів.
       *[other] Щонайменше { $min } символу.
    } Кілька не пов’язаних між собою слів через пробіл легко запам’ятати й важко вгадати.
create-submit = Створити зашифроване сховище
create-working = Створення сховища…
strength-label = Надійність:
strength-too-weak = занадто низька
strength-fair = середня
strength-good = добра
strength-strong = висока

## Unlock

unlock-title = Розблокувати Harbour
unlock-intro = Введіть парольну фразу, щоб відкрити записи на цьому пристрої.
unlock-passphrase = Парольна фраза
unlock-submit = Розблокувати
unlock-working = Перевірка…
unlock-locked-idle = Harbour заблокувався після періоду бездіяльності.

## Home: the case list

home-title = Справи
home-new-interview = Нова співбесіда
home-empty = На цьому пристрої ще немає справ.
home-lock = Заблокувати
home-settings = Налаштування
case-reference = Номер
case-status = Статус
case-updated = Остання зміна
case-status-in_progress = Триває
case-status-finished = Завершено
case-status-consent_refused = Згоду не надано
case-count = { $count ->
    [one] { $count } справа
    [few] { $count } справи
    [many] { $count } справ
   *[other] { $count } справи
}
case-list-tools = Пошук справ
case-search = Знайти справу за номером
case-search-hint = Номер або його перші знаки, наприклад 7K3.
case-sort = Сортування
case-sort-updated-desc = Остання зміна, спочатку нові
case-sort-updated-asc = Остання зміна, спочатку старі
case-sort-created-desc = Дата відкриття, спочатку нові
case-sort-created-asc = Дата відкриття, спочатку старі
case-sort-reference-asc = Номер, від A до Z
case-sort-reference-desc = Номер, від Z до A
case-filters = { $count ->
    [0] Фільтри
   *[other] Фільтри ({ $count })
}
case-filter-any = Усі
case-filter-trafficking = Торгівля людьми
case-filter-protection = Міжнародний захист
case-filter-urgent = Термінова безпека
case-filter-urgent-yes = Лише термінові
case-filter-urgent-no = Нетермінові
case-filter-exported = Експорт
case-filter-exported-yes = Експортовані
case-filter-exported-no = Ще не експортовані
case-filters-clear = Скинути пошук і фільтри
case-level-strong = Високі індикатори
case-level-possible = Можливі індикатори
case-level-insufficient_information = Недостатньо інформації
case-level-none = Індикаторів немає
case-list-no-match = Відповідних справ немає.
case-list-page-empty = На цій сторінці більше нічого немає.
case-page-first = На першу сторінку
case-pages = Сторінки списку справ
case-showing = { $from }–{ $to } з { $total }
case-showing-at-least = { $from }–{ $to } з понад { $total }
case-page-previous = Назад
case-page-next = Далі
case-urgent = Терміново
case-actions = Дії
error-case-search-invalid = Номер складається лише з літер, цифр і «-»: «{ $character }» (знак { $position }) не може до нього входити.
error-case-search-too-long = Номер містить щонайбільше { $max } знаків.
error-case-page-size = На сторінці від 1 до { $max } справ.

## Settings

settings-title = Налаштування
settings-auto-lock = Автоматично блокувати після стількох хвилин бездіяльності
settings-save = Зберегти
settings-saved = Збережено.
settings-back = Назад

## Language

language-staff = Мова працівника
language-needs-review = ще не перевірено носієм мови

## Errors (the code of each error is its message id)

error-vault-locked = Сховище заблоковано. Розблокуйте його, щоб продовжити.
error-vault-not-found = На цьому пристрої ще немає сховища.
error-vault-exists = Тут уже є сховище; його не змінено.
error-vault-wrong-passphrase = Ця парольна фраза не відкриває це сховище. Перевірте мову клавіатури та Caps Lock.
error-vault-backoff = Забагато спроб. Зачекайте { $seconds ->
        [one] { $seconds } секунду
        [few] { $seconds } секунди
        [many] { $seconds } секунд
       *[other] { $seconds } секунди
    } і спробуйте знову.
error-vault-corrupt = Файл сховища пошкоджено ({ $detail }). Його не змінено. Збережіть його копію та зверніться до відповідального за технічну підтримку.
error-vault-too-new = Це сховище створено новішою версією Harbour. Оновіть Harbour, щоб відкрити його.
error-passphrase-weak = Ця парольна фраза занадто слабка.
error-passphrase-too-short = { $min ->
        [one] Використайте щонайменше { $min } символ.
        [few] Використайте щонайменше { $min } символи.
        [many] Використайте щонайменше { $min } символів.
       *[other] Використайте щонайменше { $min } символу.
    }
error-passphrase-repetitive = Використовуйте більше різних символів; добре підходять кілька слів через пробіл.
error-passphrase-common = Ця парольна фраза занадто поширена. Оберіть власні слова.
error-passphrase-guessable = Цю парольну фразу легко вгадати. Додайте ще слова або скористайтеся запропонованою фразою.
passphrase-hint-common-password = Це поширений пароль або майже такий.
passphrase-hint-common-words = Одне слово чи ім’я легко вгадати.
passphrase-hint-keyboard-pattern = Послідовності клавіш легко вгадати.
passphrase-hint-repeats = Повтори й послідовності (aaa, abc, 123) легко вгадати.
passphrase-hint-dates = Дати й роки легко вгадати.
passphrase-hint-predictable-changes = Великі літери, слова навпаки й символи замість літер (p@ss) мало допомагають.
passphrase-hint-add-words = Додайте ще одне-два слова; краще рідковживані.
create-generate = Запропонувати парольну фразу
create-generated = Запропонована парольна фраза (уже введена нижче). Запишіть її зараз і зберігайте окремо від цього комп’ютера:
error-passphrase-mismatch = Парольні фрази не збігаються.
error-disk-full = Диск заповнено. Останню зміну не збережено; усе, що було до неї, у безпеці. Звільніть місце й спробуйте знову.
error-not-writable = Harbour не може записати в { $path }. Останню зміну не збережено; усе, що було до неї, у безпеці.
error-case-not-found = Цієї справи більше немає на цьому пристрої.
error-session-not-found = Цієї співбесіди більше немає на цьому пристрої.
error-io = Не вдалося прочитати або записати файл.
error-internal = Усередині Harbour щось пішло не так. Нічого з уже збереженого не втрачено.
error-unknown = Щось пішло не так.

## Safety controls

hide-now = Сховати
neutral-continue = Продовжити

## Starting a screening

new-title = Нова співбесіда
new-questionnaire = Опитувальник
new-language = Мова співбесіди
new-start = Почати зі згоди
new-cancel = Скасувати
new-no-questionnaires = Не встановлено жодного опитувальника.
new-broken-packs = Деякі опитувальники не вдалося завантажити, тому їх не пропоновано:
case-resume = Продовжити
case-open = Відкрити результат
case-withdraw = Відкликати згоду
withdraw-title = Відкликати згоду щодо справи { $reference }?
withdraw-body = Усе, що записано в цій справі, буде видалено з цього пристрою без можливості відновлення. Зберігається лише факт відкликання справи, без жодного зв’язку з нею.
withdraw-confirm = Видалити цю справу
withdraw-done = Справу видалено.
withdraw-copies = { $count ->
    [one] { $count } копію цієї справи записано поза зашифрованим сховищем цього пристрою. Знайдіть і знищте її: сховище більше не знає, де вона.
    [few] { $count } копії цієї справи записано поза зашифрованим сховищем цього пристрою. Знайдіть і знищте їх: сховище більше не знає, де вони.
    [many] { $count } копій цієї справи записано поза зашифрованим сховищем цього пристрою. Знайдіть і знищте їх: сховище більше не знає, де вони.
   *[other] { $count } копії цієї справи записано поза зашифрованим сховищем цього пристрою. Знайдіть і знищте їх: сховище більше не знає, де вони.
}
withdraw-copies-before = { $count ->
    [one] { $count } копія цієї справи зберігається поза зашифрованим сховищем цього пристрою. Відкликання згоди видаляє справу тут, але не цю копію: її все одно треба буде знайти й знищити.
    [few] { $count } копії цієї справи зберігаються поза зашифрованим сховищем цього пристрою. Відкликання згоди видаляє справу тут, але не ці копії: їх все одно треба буде знайти й знищити.
    [many] { $count } копій цієї справи зберігаються поза зашифрованим сховищем цього пристрою. Відкликання згоди видаляє справу тут, але не ці копії: їх все одно треба буде знайти й знищити.
   *[other] { $count } копії цієї справи зберігаються поза зашифрованим сховищем цього пристрою. Відкликання згоди видаляє справу тут, але не ці копії: їх все одно треба буде знайти й знищити.
}
withdraw-copy-summary = Зведення для направлення
withdraw-copy-bundle = Зашифрований експорт
withdraw-copies-done = Я їх записав(ла)

## The interview: the person's side (shown in the interview language)

iv-yes = Так
iv-no = Ні
iv-dont-know = Я не знаю
iv-decline = Волію не відповідати
iv-back = Назад
iv-next = Далі
iv-save = Зберегти відповідь
iv-continue-section = Продовжити
iv-skip-section = Пропустити цю частину
iv-year = Рік
iv-month = Місяць (якщо знаєте)
iv-day = День (якщо знаєте)
iv-country-choose = Виберіть країну
iv-country-stateless = Без громадянства
iv-country-unknown = Невідомо
iv-language-choose = Виберіть мову
iv-choose-all = Виберіть усе, що підходить, потім збережіть.
iv-section-progress = Частина { $done } з { $total }
iv-paused-title = Пауза
iv-paused-body = Ми можемо зробити перерву на стільки, скільки вам потрібно.
iv-finished-title = Дякуємо
iv-finished-body = Дякуємо, що поговорили з нами. Те, що ви нам розповіли, залишається конфіденційним. Працівник зараз пояснить вам, що може бути далі і які служби можуть вам допомогти. Ви можете ставити запитання будь-коли і досі можете попросити видалити ваш запис.
iv-refused-title = Дякуємо
iv-refused-body = Ми більше нічого не питатимемо. Записується лише ваше рішення не брати участі. Ви й надалі можете будь-коли попросити про допомогу.
iv-answered-before = Попередня відповідь: { $answer }
iv-answer-state-dont_know = Я не знаю
iv-answer-state-declined = Волію не відповідати
iv-answer-state-skipped = Пропущено

## The interview: the interviewer's side (staff language)

staff-panel = Для інтерв’юера
staff-case = Справа { $reference }
staff-interview-language = Мова співбесіди
staff-question-in-staff = Вашою мовою
staff-guidance = Вказівки
staff-pause = Пауза
staff-resume = Продовжити
staff-leave = Вийти (збережено)
staff-distress = Людина в стані стресу
staff-urgent-title = Термінова безпека
staff-urgent-body = Одна з відповідей потребує дій зараз: безпосередня небезпека або немає безпечного місця на цю ніч. Насамперед безпека людини: негайно дійте за процедурою вашої організації на випадок надзвичайної ситуації. Співбесіда може зачекати.
staff-keys = Клавіші: 1–9 — вибрати, Enter — далі, Backspace — назад, Esc — сховати екран.
staff-sections = Частини
staff-section-off-path = не на цьому шляху
staff-show-outcome = Показати результат (лише для працівників)
staff-back-to-cases = Назад до справ
staff-sensitive = Делікатна тема
distress-title = Якщо людина в стані стресу
distress-body = Припиніть ставити запитання. Говоріть повільно і спокійно. Запропонуйте людині відчути ступні на підлозі й повільно видихнути. Запропонуйте воду і перерву. Нагадайте, що можна зупинитися будь-коли і що нічого поганого від цього не станеться. Не вимагайте подробиць.
distress-pause = Призупинити співбесіду
distress-end = Завершити співбесіду поки що (збережено)
distress-urgent = Оголосити термінову загрозу безпеці
distress-close = Закрити

## Outcome (staff only)

outcome-title = Результат скринінгу у справі { $reference }
outcome-disclaimer = Це скринінг, а не рішення. Він показує індикатори й рекомендує перенаправлення для повної оцінки компетентним органом або службою.
outcome-pathways = Шляхи
outcome-flags = Позначки
outcome-referrals = Рекомендовані перенаправлення
outcome-notes = Нотатки
outcome-why = Чому
outcome-elements = Елементи критерію
outcome-answers = Відповіді, на яких це ґрунтується
outcome-indicators = Індикатори
outcome-no-flags = Позначок немає.
outcome-no-referrals = Надані відповіді не вказують на жодне перенаправлення.
outcome-urgent = терміново
outcome-rules = Версія правил { $version }, оцінка від { $date }.
outcome-questionnaire = Відповіді надано за опитувальником { $id }, версія { $version }.
outcome-differs = Сьогоднішні правила ({ $version }) дали б інший результат за тих самих відповідей. Перегляньте справу.
outcome-same = Сьогоднішні правила дають той самий результат.
outcome-reassess = Оцінити знову за сьогоднішніми правилами
outcome-reassess-confirm = Збережений результат буде замінено тим, що дають сьогоднішні правила за тих самих відповідей. Питання знову не ставляться, уже зроблені перенаправлення не скасовуються.
outcome-reassess-yes = Замінити результат
outcome-reassessed = Оцінено знову за правилами { $version }.
outcome-raised-by-interviewer = Оголошено інтерв’юером
outcome-raised = оголошено термінову загрозу безпеці
answer-yes = так
answer-no = ні
answer-dont-know = не знає
answer-declined = воліє не відповідати
answer-skipped = пропущено
error-no-interview = Немає відкритої співбесіди.
error-interview-step = Цей крок тут неможливий ({ $detail }).
error-questionnaire-unknown = Цей опитувальник не встановлено.
error-questionnaire-version-missing = У цій співбесіді використано опитувальник { $id } версії { $version }, який не встановлено на цьому пристрої. Встановіть його, щоб продовжити.
error-answer-date = Введіть принаймні рік із чотирьох цифр.
error-no-outcome = Ця справа ще не має результату.

## Export and import (settings, export screen, import screen)

settings-org-key = Відкритий ключ організації
settings-org-key-hint = Вставте вміст файлу org.pub від вашої організації: по одному рядку, що починається з age1, на кожен ключ. Рядки, що починаються з #, — коментарі. Експорт можна відкрити лише закритим ключем організації.
settings-org-key-save = Встановити ключ
settings-org-key-saved = { $count ->
    [one] Встановлено { $count } ключ організації.
    [few] Встановлено { $count } ключі організації.
    [many] Встановлено { $count } ключів організації.
   *[other] Встановлено { $count } ключа організації.
}
settings-org-key-none = Ключ організації ще не встановлено: зашифрований експорт неможливий.
settings-retention = Після зашифрованого експорту
settings-retention-keep = Залишати експортовані справи на цьому пристрої
settings-retention-purge = Видаляти експортовані справи з цього пристрою
settings-retention-saved = Збережено.
home-export = Експорт…
home-import = Імпорт пакетів…
export-title = Експорт зашифрованого пакета
export-intro = Пакет шифрується для ключа вашої організації. Його можна скопіювати на USB-накопичувач або надіслати: відкрити його може лише головний офіс.
export-choose = Справи для експорту
export-all-finished = Усі завершені справи ({ $count })
export-case-label = { $reference }, { $status }, остання зміна { $updated }
export-already = експортовано
export-folder = Зберегти пакет у цій теці
export-places-title = USB-накопичувачі та диски:
export-places-none = USB-накопичувач або знімний диск не знайдено. Під’єднайте його й пошукайте знову.
export-places-refresh = Пошукати знову
export-submit = Експортувати зашифрований пакет
export-working = Експорт… справ: { $done } з { $total }
export-progress-label = Перебіг експорту
export-no-key = Ключ організації не встановлено. Спершу встановіть його в налаштуваннях.
export-open-settings = Відкрити налаштування
export-retention-keep = Після експорту справи залишаються на цьому пристрої з позначкою про експорт.
export-retention-purge = Після експорту експортовані справи видаляються з цього пристрою.
export-done-title = Експорт завершено
export-done-file = Пакет збережено як:
export-done-count = { $count ->
    [one] Експортовано { $count } справу.
    [few] Експортовано { $count } справи.
    [many] Експортовано { $count } справ.
   *[other] Експортовано { $count } справи.
}
export-done-purged = { $count ->
    [0] Справи залишаються на цьому пристрої.
    [one] З цього пристрою видалено { $count } справу.
    [few] З цього пристрою видалено { $count } справи.
    [many] З цього пристрою видалено { $count } справ.
   *[other] З цього пристрою видалено { $count } справи.
}
export-back = Назад до справ
import-title = Імпорт пакетів
import-intro = Відкрийте зашифровані пакети закритим ключем організації. Кожен пакет перевіряється, перш ніж щось буде записано: якщо якийсь із них змінено або адресовано не цьому ключу, нічого не імпортується.
import-bundles = Файли пакетів (повний шлях, по одному в рядку)
import-found-title = Пакети на USB-накопичувачах і в «Документах»
import-found-none = Пакетів на USB-накопичувачі чи в «Документах» не знайдено. Під’єднайте накопичувач і пошукайте знову або введіть шлях нижче.
import-found-add = Додати
import-found-added = Додано
import-identity = Файл закритого ключа організації (org.key)
import-passphrase = Парольна фраза ключа організації
import-submit = Імпортувати
import-working = Розшифрування і перевірка…
import-done-title = Імпорт завершено
import-done-summary = { $written ->
    [one] Записано { $written } справу (пакетів: { $bundles }).
    [few] Записано { $written } справи (пакетів: { $bundles }).
    [many] Записано { $written } справ (пакетів: { $bundles }).
   *[other] Записано { $written } справи (пакетів: { $bundles }).
}
import-col-bundle = Пакет
import-col-case = Справа
import-col-result = Результат
import-fate-new = нова
import-fate-duplicate = уже є, повторно не записано
import-fate-conflict = інша версія наявної справи, збережена поруч
import-error-in-file = У файлі { $file }:
error-export-folder = Ця тека не існує: { $folder }
error-export-running = Експорт уже виконується.
error-import-no-bundles = Вкажіть принаймні один файл пакета.
error-import-no-identity = Вкажіть файл ключа організації.
error-retention-invalid = Невідоме налаштування зберігання.

## Referral summaries from the outcome screen

outcome-summary-button = Зведення для направлення (PDF)
outcome-summary-language = Мова зведень для направлення
outcome-summary-saved = Збережено: { $file } у { $folder }. Це зазначено в історії справи; якщо згоду буде відкликано, вас попросять знищити цей файл.
outcome-summary-folder = Тека для зведень (USB-накопичувач)
outcome-summary-folder-hint = Зведення зберігаються лише там, де ви оберете; назва файлу — тип направлення й дата.
outcome-summary-with-reference = Додати номер справи до назви файлу
error-summary-folder = Оберіть наявну теку для зведення, наприклад USB-накопичувач.
error-referral-unknown = Цей вид направлення невідомий.
error-no-folder = Немає теки, куди можна зберегти файл.

## The interview in the field (issue 17)

iv-none-of-these = Нічого з цього
iv-not-known = Не знаю
iv-interviewer-marks = Відповідайте своїми словами. Працівник позначить те, що ви скажете.
staff-skip = Пропустити питання
staff-options-not-suggested = Не зачитуйте варіанти: позначте те, що каже людина
staff-mark-what-said = Позначте все, що називає людина, і збережіть. Не позначено — означає не згадано, а не «ні».
note-question = Нотатка до цього питання (лише для працівників)
note-case = Нотатка до справи (лише для працівників)
note-save = Зберегти нотатку
note-saved = Нотатку збережено.
error-note-too-long = Нотатка задовга: не більше { $max } знаків.
answer-none-of-these = нічого з цього
outcome-staff-notes = Нотатки працівників
outcome-note-on-case = Про справу
outcome-notes-stay = Нотатки працівників залишаються на цьому пристрої: вони ніколи не потрапляють до експорту й видаляються разом зі справою.
outcome-compare-title = Що зміниться
outcome-compare-stored = Збережено зараз (правила { $version })
outcome-compare-today = За сьогоднішніми правилами ({ $version })
outcome-compare-none = немає
outcome-compare-changed = зміниться
staff-full-text = Повний текст, щоб перевірити сказане

new-loading-packs = Завантаження опитувальників…
settings-org-key-until-profile = Ключ, вставлений тут, працює до встановлення профілю вашої організації; після цього ключі беруться лише з профілю.
settings-org-key-from-profile = { $count ->
    [one] Експорт шифрується для ключа організації, зазначеного в її профілі.
    [few] Експорт шифрується для ключів організації, зазначених у її профілі ({ $count }).
    [many] Експорт шифрується для ключів організації, зазначених у її профілі ({ $count }).
   *[other] Експорт шифрується для ключів організації, зазначених у її профілі ({ $count }).
}
