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
case-list-tools = Поиск дел
case-search = Найти дело по номеру
case-search-hint = Номер или его первые знаки, например 7K3.
case-sort = Сортировка
case-sort-updated-desc = Последнее изменение, сначала новые
case-sort-updated-asc = Последнее изменение, сначала старые
case-sort-created-desc = Дата открытия, сначала новые
case-sort-created-asc = Дата открытия, сначала старые
case-sort-reference-asc = Номер, от A до Z
case-sort-reference-desc = Номер, от Z до A
case-filters = { $count ->
    [0] Фильтры
   *[other] Фильтры ({ $count })
}
case-filter-any = Все
case-filter-trafficking = Торговля людьми
case-filter-protection = Международная защита
case-filter-urgent = Срочная безопасность
case-filter-urgent-yes = Только срочные
case-filter-urgent-no = Несрочные
case-filter-exported = Экспорт
case-filter-exported-yes = Экспортированные
case-filter-exported-no = Ещё не экспортированные
case-filters-clear = Сбросить поиск и фильтры
case-level-strong = Высокие индикаторы
case-level-possible = Возможные индикаторы
case-level-insufficient_information = Недостаточно информации
case-level-none = Индикаторов нет
case-list-no-match = Подходящих дел нет.
case-list-page-empty = На этой странице больше ничего нет.
case-page-first = На первую страницу
case-pages = Страницы списка дел
case-showing = { $from }–{ $to } из { $total }
case-showing-at-least = { $from }–{ $to } из более чем { $total }
case-page-previous = Назад
case-page-next = Далее
case-urgent = Срочно
case-actions = Действия
error-case-search-invalid = Номер состоит только из букв, цифр и «-»: «{ $character }» (знак { $position }) не может в него входить.
error-case-search-too-long = Номер содержит не более { $max } знаков.
error-case-page-size = На странице от 1 до { $max } дел.

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
error-passphrase-guessable = Эту парольную фразу легко угадать. Добавьте ещё слова или возьмите предложенную фразу.
passphrase-hint-common-password = Это распространённый пароль или почти такой.
passphrase-hint-common-words = Одно слово или имя легко угадать.
passphrase-hint-keyboard-pattern = Последовательности клавиш легко угадать.
passphrase-hint-repeats = Повторы и последовательности (aaa, abc, 123) легко угадать.
passphrase-hint-dates = Даты и годы легко угадать.
passphrase-hint-predictable-changes = Заглавные буквы, слова задом наперёд и символы вместо букв (p@ss) мало помогают.
passphrase-hint-add-words = Добавьте ещё одно-два слова; лучше редкие.
create-generate = Предложить парольную фразу
create-generated = Предложенная парольная фраза (уже введена ниже). Запишите её сейчас и храните отдельно от этого компьютера:
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

## Starting a screening

new-title = Новое собеседование
new-questionnaire = Опросник
new-language = Язык собеседования
new-start = Начать с согласия
new-cancel = Отмена
new-no-questionnaires = Не установлено ни одного опросника.
new-broken-packs = Некоторые опросники не удалось загрузить, и они не предлагаются:
case-resume = Продолжить
case-open = Открыть результат
case-withdraw = Отозвать согласие
withdraw-title = Отозвать согласие по делу { $reference }?
withdraw-body = Всё, что записано по этому делу, будет удалено с этого устройства без возможности восстановления. Сохраняется только факт отзыва дела, без какой-либо связи с ним.
withdraw-confirm = Удалить это дело
withdraw-done = Дело удалено.
withdraw-copies = { $count ->
    [one] { $count } копия этого дела была записана вне зашифрованного хранилища этого устройства. Найдите и уничтожьте её: хранилище больше не знает, где она.
    [few] { $count } копии этого дела были записаны вне зашифрованного хранилища этого устройства. Найдите и уничтожьте их: хранилище больше не знает, где они.
    [many] { $count } копий этого дела были записаны вне зашифрованного хранилища этого устройства. Найдите и уничтожьте их: хранилище больше не знает, где они.
   *[other] { $count } копии этого дела были записаны вне зашифрованного хранилища этого устройства. Найдите и уничтожьте их: хранилище больше не знает, где они.
}
withdraw-copies-before = { $count ->
    [one] { $count } копия этого дела находится вне зашифрованного хранилища этого устройства. Отзыв согласия удаляет дело здесь, но не эту копию: её всё равно нужно будет найти и уничтожить.
    [few] { $count } копии этого дела находятся вне зашифрованного хранилища этого устройства. Отзыв согласия удаляет дело здесь, но не эти копии: их всё равно нужно будет найти и уничтожить.
    [many] { $count } копий этого дела находятся вне зашифрованного хранилища этого устройства. Отзыв согласия удаляет дело здесь, но не эти копии: их всё равно нужно будет найти и уничтожить.
   *[other] { $count } копии этого дела находятся вне зашифрованного хранилища этого устройства. Отзыв согласия удаляет дело здесь, но не эти копии: их всё равно нужно будет найти и уничтожить.
}
withdraw-copy-summary = Сводка для направления
withdraw-copy-bundle = Зашифрованный экспорт
withdraw-copies-done = Я записал(а) их

## The interview: the person's side (shown in the interview language)

iv-yes = Да
iv-no = Нет
iv-dont-know = Я не знаю
iv-decline = Предпочитаю не отвечать
iv-back = Назад
iv-next = Далее
iv-save = Сохранить ответ
iv-continue-section = Продолжить
iv-skip-section = Пропустить эту часть
iv-year = Год
iv-month = Месяц (если знаете)
iv-day = День (если знаете)
iv-country-choose = Выберите страну
iv-country-stateless = Нет гражданства (лицо без гражданства)
iv-country-unknown = Неизвестно
iv-language-choose = Выберите язык
iv-choose-all = Выберите всё, что подходит, затем сохраните.
iv-section-progress = Часть { $done } из { $total }
iv-paused-title = Пауза
iv-paused-body = Мы можем сделать перерыв на столько, сколько вам нужно.
iv-finished-title = Спасибо
iv-finished-body = Спасибо, что поговорили с нами. То, что вы нам рассказали, остаётся конфиденциальным. Сотрудник сейчас объяснит вам, что может быть дальше и какие службы могут вам помочь. Вы можете задавать вопросы в любой момент и по-прежнему можете попросить удалить вашу запись.
iv-refused-title = Спасибо
iv-refused-body = Мы больше ни о чём не будем вас спрашивать. Записывается только ваше решение не участвовать. Вы по-прежнему можете попросить о помощи в любой момент.
iv-answered-before = Прежний ответ: { $answer }
iv-answer-state-dont_know = Я не знаю
iv-answer-state-declined = Предпочитаю не отвечать
iv-answer-state-skipped = Пропущено

## The interview: the interviewer's side (staff language)

staff-panel = Для интервьюера
staff-case = Дело { $reference }
staff-interview-language = Язык собеседования
staff-question-in-staff = На вашем языке
staff-guidance = Указания
staff-pause = Пауза
staff-resume = Продолжить
staff-leave = Выйти (сохранено)
staff-distress = Человек в состоянии стресса
staff-urgent-title = Срочная безопасность
staff-urgent-body = Один из ответов требует действий сейчас: непосредственная опасность или нет безопасного места на эту ночь. Прежде всего безопасность человека: сейчас же действуйте по процедуре вашей организации для чрезвычайных ситуаций. Собеседование может подождать.
staff-keys = Клавиши: 1–9 — выбрать, Enter — дальше, Backspace — назад, Esc — скрыть экран.
staff-sections = Части
staff-section-off-path = не на этом пути
staff-show-outcome = Показать результат (только для сотрудников)
staff-back-to-cases = Назад к делам
staff-sensitive = Деликатная тема
distress-title = Если человек в состоянии стресса
distress-body = Прекратите задавать вопросы. Говорите медленно и спокойно. Предложите человеку почувствовать ступни на полу и медленно выдохнуть. Предложите воды и перерыв. Напомните, что можно остановиться в любой момент и что ничего плохого от этого не случится. Не добивайтесь подробностей.
distress-pause = Приостановить собеседование
distress-end = Завершить собеседование пока (сохранено)
distress-urgent = Объявить срочную угрозу безопасности
distress-close = Закрыть

## Outcome (staff only)

outcome-title = Результат скрининга по делу { $reference }
outcome-disclaimer = Это скрининг, а не решение. Он показывает признаки и рекомендует направления для полной оценки компетентным органом или службой.
outcome-pathways = Пути
outcome-flags = Отметки
outcome-referrals = Рекомендуемые направления
outcome-notes = Заметки
outcome-why = Почему
outcome-elements = Элементы критерия
outcome-answers = Ответы, на которых это основано
outcome-indicators = Признаки
outcome-no-flags = Отметок нет.
outcome-no-referrals = Данные ответы не указывают ни на одно направление.
outcome-urgent = срочно
outcome-rules = Версия правил { $version }, оценка от { $date }.
outcome-questionnaire = Ответы даны по опроснику { $id }, версия { $version }.
outcome-differs = Сегодняшние правила ({ $version }) дали бы другой результат по тем же ответам. Пересмотрите дело.
outcome-same = Сегодняшние правила дают тот же результат.
outcome-reassess = Оценить заново по сегодняшним правилам
outcome-reassess-confirm = Сохранённый результат будет заменён тем, что дают сегодняшние правила по тем же ответам. Вопросы заново не задаются, уже сделанные направления не отменяются.
outcome-reassess-yes = Заменить результат
outcome-reassessed = Оценено заново по правилам { $version }.
outcome-raised-by-interviewer = Объявлено интервьюером
outcome-raised = объявлена срочная угроза безопасности
answer-yes = да
answer-no = нет
answer-dont-know = не знает
answer-declined = предпочитает не отвечать
answer-skipped = пропущено
error-no-interview = Нет открытого собеседования.
error-interview-step = Этот шаг здесь невозможен ({ $detail }).
error-questionnaire-unknown = Этот опросник не установлен.
error-questionnaire-version-missing = В этом собеседовании использовался опросник { $id } версии { $version }, который не установлен на этом устройстве. Установите его, чтобы продолжить.
error-answer-date = Введите хотя бы год из четырёх цифр.
error-no-outcome = У этого дела ещё нет результата.

## Export and import (settings, export screen, import screen)

settings-org-key = Открытый ключ организации
settings-org-key-hint = Вставьте содержимое файла org.pub от вашей организации: по одной строке, начинающейся с age1, на каждый ключ. Строки, начинающиеся с #, — комментарии. Экспорт можно открыть только закрытым ключом организации.
settings-org-key-save = Установить ключ
settings-org-key-saved = { $count ->
    [one] Установлен { $count } ключ организации.
    [few] Установлено { $count } ключа организации.
    [many] Установлено { $count } ключей организации.
   *[other] Установлено { $count } ключа организации.
}
settings-org-key-none = Ключ организации ещё не установлен: зашифрованный экспорт невозможен.
settings-retention = После зашифрованного экспорта
settings-retention-keep = Сохранять экспортированные дела на этом устройстве
settings-retention-purge = Удалять экспортированные дела с этого устройства
settings-retention-saved = Сохранено.
home-export = Экспорт…
home-import = Импорт пакетов…
export-title = Экспорт зашифрованного пакета
export-intro = Пакет шифруется для ключа вашей организации. Его можно скопировать на USB-накопитель или отправить: открыть его может только головной офис.
export-choose = Дела для экспорта
export-all-finished = Все завершённые дела ({ $count })
export-case-label = { $reference }, { $status }, последнее изменение { $updated }
export-already = экспортировано
export-folder = Сохранить пакет в этой папке
export-places-title = USB-накопители и диски:
export-places-none = USB-накопитель или съёмный диск не найден. Подключите его и поищите снова.
export-places-refresh = Поискать снова
export-submit = Экспортировать зашифрованный пакет
export-working = Экспорт… дел: { $done } из { $total }
export-progress-label = Ход экспорта
export-no-key = Ключ организации не установлен. Сначала установите его в настройках.
export-open-settings = Открыть настройки
export-retention-keep = После экспорта дела остаются на этом устройстве с отметкой об экспорте.
export-retention-purge = После экспорта экспортированные дела удаляются с этого устройства.
export-done-title = Экспорт завершён
export-done-file = Пакет сохранён как:
export-done-count = { $count ->
    [one] Экспортировано { $count } дело.
    [few] Экспортировано { $count } дела.
    [many] Экспортировано { $count } дел.
   *[other] Экспортировано { $count } дела.
}
export-done-purged = { $count ->
    [0] Дела остаются на этом устройстве.
    [one] С этого устройства удалено { $count } дело.
    [few] С этого устройства удалено { $count } дела.
    [many] С этого устройства удалено { $count } дел.
   *[other] С этого устройства удалено { $count } дела.
}
export-back = Назад к делам
import-title = Импорт пакетов
import-intro = Откройте зашифрованные пакеты закрытым ключом организации. Каждый пакет проверяется до того, как что-либо будет записано: если какой-то из них изменён или адресован не этому ключу, ничего не импортируется.
import-bundles = Файлы пакетов (полный путь, по одному в строке)
import-found-title = Пакеты на USB-накопителях и в «Документах»
import-found-none = Пакетов на USB-накопителе и в «Документах» не найдено. Подключите накопитель и поищите снова или введите путь ниже.
import-found-add = Добавить
import-found-added = Добавлено
import-identity = Файл закрытого ключа организации (org.key)
import-passphrase = Парольная фраза ключа организации
import-submit = Импортировать
import-working = Расшифровка и проверка…
import-done-title = Импорт завершён
import-done-summary = { $written ->
    [one] Записано { $written } дело (пакетов: { $bundles }).
    [few] Записано { $written } дела (пакетов: { $bundles }).
    [many] Записано { $written } дел (пакетов: { $bundles }).
   *[other] Записано { $written } дела (пакетов: { $bundles }).
}
import-col-bundle = Пакет
import-col-case = Дело
import-col-result = Результат
import-fate-new = новое
import-fate-duplicate = уже есть, повторно не записано
import-fate-conflict = другая версия уже имеющегося дела, сохранена рядом
import-error-in-file = В файле { $file }:
error-export-folder = Эта папка не существует: { $folder }
error-export-running = Экспорт уже выполняется.
error-import-no-bundles = Укажите хотя бы один файл пакета.
error-import-no-identity = Укажите файл ключа организации.
error-retention-invalid = Неизвестная настройка хранения.

## Referral summaries from the outcome screen

outcome-summary-button = Сводка для направления (PDF)
outcome-summary-language = Язык сводок для направления
outcome-summary-saved = Сохранено: { $file } в { $folder }. Это отмечено в истории дела; если согласие будет отозвано, вас попросят уничтожить этот файл.
outcome-summary-folder = Папка для сводок (USB-накопитель)
outcome-summary-folder-hint = Сводки сохраняются только там, где вы выберете; имя файла — тип направления и дата.
outcome-summary-with-reference = Добавить номер дела в имя файла
error-summary-folder = Выберите существующую папку для сводки, например USB-накопитель.
error-referral-unknown = Этот вид направления неизвестен.
error-no-folder = Нет папки, в которую можно сохранить файл.

## The interview in the field (issue 17)

iv-none-of-these = Ничего из этого
iv-not-known = Не знаю
iv-interviewer-marks = Отвечайте своими словами. Сотрудник отметит то, что вы скажете.
staff-skip = Пропустить вопрос
staff-options-not-suggested = Не зачитывайте варианты: отметьте то, что говорит человек
staff-mark-what-said = Отметьте всё, что называет человек, и сохраните. Не отмечено — значит не упомянуто, а не «нет».
note-question = Заметка к этому вопросу (только для сотрудников)
note-case = Заметка к делу (только для сотрудников)
note-save = Сохранить заметку
note-saved = Заметка сохранена.
error-note-too-long = Заметка слишком длинная: не более { $max } знаков.
answer-none-of-these = ничего из этого
outcome-staff-notes = Заметки сотрудников
outcome-note-on-case = О деле
outcome-notes-stay = Заметки сотрудников остаются на этом устройстве: они никогда не попадают в экспорт и удаляются вместе с делом.
outcome-compare-title = Что изменится
outcome-compare-stored = Сохранено сейчас (правила { $version })
outcome-compare-today = По сегодняшним правилам ({ $version })
outcome-compare-none = нет
outcome-compare-changed = изменится
staff-full-text = Полный текст, чтобы проверить сказанное

new-loading-packs = Загрузка опросников…
settings-org-key-until-profile = Ключ, вставленный здесь, работает до установки профиля вашей организации; после этого ключи берутся только из профиля.
settings-org-key-from-profile = { $count ->
    [one] Экспорт шифруется для ключа организации, указанного в её профиле.
    [few] Экспорт шифруется для ключей организации, указанных в её профиле ({ $count }).
    [many] Экспорт шифруется для ключей организации, указанных в её профиле ({ $count }).
   *[other] Экспорт шифруется для ключей организации, указанных в её профиле ({ $count }).
}
