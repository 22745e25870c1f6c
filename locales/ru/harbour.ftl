# Harbour: тексты приложения (русский).
# Черновик машинного перевода, ещё не проверенный носителем языка.

app-name = Harbour
app-tagline = Помощник для первичного скрининга: индикаторы и перенаправление, но никогда не решение

## Create the vault (first run)

create-title = Настройка этого устройства
create-intro = Всё, что записывается на этом устройстве, хранится в зашифрованном хранилище. Выберите парольную фразу, которую знаете только вы и ваша команда. Без неё никто, даже создатели Harbour, не сможет открыть записи.
create-passphrase = Парольная фраза
create-confirm = Парольная фраза ещё раз
create-hint = { $min ->
        [one] Не менее { $min } символа.
        [few] Не менее { $min } символов.
        [many] Не менее { $min } символов.
       *[other] Не менее { $min } символов.
    } Несколько не связанных между собой слов через пробел легко запомнить и трудно угадать.
create-submit = Создать зашифрованное хранилище
create-working = Создание хранилища…
strength-label = Надёжность:
strength-too-weak = слишком низкая
strength-fair = средняя
strength-good = хорошая
strength-strong = высокая

## Unlock

unlock-title = Разблокировать Harbour
unlock-intro = Введите парольную фразу, чтобы открыть записи на этом устройстве.
unlock-passphrase = Парольная фраза
unlock-submit = Разблокировать
unlock-working = Проверка…
unlock-locked-idle = Harbour заблокировался после периода бездействия.

## Home: the case list

home-title = Дела
home-new-interview = Новое собеседование
home-empty = На этом устройстве пока нет дел.
home-lock = Заблокировать
home-settings = Настройки
case-reference = Номер
case-status = Статус
case-updated = Последнее изменение
case-status-in_progress = В работе
case-status-finished = Завершено
case-status-consent_refused = Согласие не дано
case-count = { $count ->
    [one] { $count } дело
    [few] { $count } дела
    [many] { $count } дел
   *[other] { $count } дела
}

## Settings

settings-title = Настройки
settings-auto-lock = Автоматически блокировать после стольких минут бездействия
settings-save = Сохранить
settings-saved = Сохранено.
settings-back = Назад

## Language

language-staff = Язык сотрудника
language-needs-review = ещё не проверено носителем языка

## Errors (the code of each error is its message id)

error-vault-locked = Хранилище заблокировано. Разблокируйте его, чтобы продолжить.
error-vault-not-found = На этом устройстве пока нет хранилища.
error-vault-exists = Здесь уже есть хранилище; оно не было изменено.
error-vault-wrong-passphrase = Эта парольная фраза не открывает это хранилище. Проверьте раскладку клавиатуры и Caps Lock.
error-vault-backoff = Слишком много попыток. Подождите { $seconds ->
        [one] { $seconds } секунду
        [few] { $seconds } секунды
        [many] { $seconds } секунд
       *[other] { $seconds } секунды
    } и попробуйте снова.
error-vault-corrupt = Файл хранилища повреждён ({ $detail }). Он не был изменён. Сохраните его копию и обратитесь к ответственному за техническую поддержку.
error-vault-too-new = Это хранилище создано более новой версией Harbour. Обновите Harbour, чтобы открыть его.
error-passphrase-weak = Эта парольная фраза слишком слабая.
error-passphrase-too-short = { $min ->
        [one] Используйте не менее { $min } символа.
        [few] Используйте не менее { $min } символов.
        [many] Используйте не менее { $min } символов.
       *[other] Используйте не менее { $min } символов.
    }
error-passphrase-repetitive = Используйте больше разных символов; хорошо подходят несколько слов через пробел.
error-passphrase-common = Эта парольная фраза слишком распространена. Выберите собственные слова.
error-passphrase-mismatch = Парольные фразы не совпадают.
error-disk-full = Диск заполнен. Последнее изменение не сохранено; всё, что было до него, в сохранности. Освободите место и попробуйте снова.
error-not-writable = Harbour не может записать в { $path }. Последнее изменение не сохранено; всё, что было до него, в сохранности.
error-case-not-found = Этого дела больше нет на этом устройстве.
error-session-not-found = Этого собеседования больше нет на этом устройстве.
error-io = Не удалось прочитать или записать файл.
error-internal = Внутри Harbour что-то пошло не так. Ничего из уже сохранённого не потеряно.
error-unknown = Что-то пошло не так.

## Safety controls

hide-now = Скрыть
neutral-continue = Продолжить
