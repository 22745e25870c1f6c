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
