# Harbour: непригодный к использованию опросник, как его показывает экран нового интервью.
# Машинный черновик перевода, ещё не проверен носителем языка.

new-pack-problem = { $file }, строка { $line }, столбец { $column } ({ $code }): { $problem }
new-pack-problem-nowhere = { $code }: { $problem }
new-pack-problem-detail = Подробности (на английском): { $detail }

pack-problem-toml-syntax = Файл не является корректным TOML.
pack-problem-unknown-field = Ключ, которого формат не знает (часто опечатка).
pack-problem-wrong-type = Ключ содержит значение TOML неверного типа.
pack-problem-missing-field = Отсутствует обязательный ключ.
pack-problem-duplicate-id = Два раздела, вопроса или варианта имеют одинаковый идентификатор.
pack-problem-bad-id = Идентификатор состоит не только из строчных латинских букв, цифр и `_` или начинается не с буквы.
pack-problem-bad-version = Версия не семантическая (`MAJOR.MINOR.PATCH`).
pack-problem-unknown-kind = Тип вопроса, которого формат не знает.
pack-problem-unsupported-rules = Опросник рассчитан на другой набор правил.
pack-problem-bad-language = Объявленный язык не является кодом языка, или ни один язык не объявлен.
pack-problem-bad-options = Варианты ответа у типа, у которого их нет, или выбор менее чем из двух вариантов.
pack-problem-option-without-text = У варианта ответа нет текста.
pack-problem-required-not-consent = Обязательным может быть только вопрос о согласии.
pack-problem-bad-consent = Отметка согласия стоит на вопросе не типа «да/нет» или на нескольких вопросах.
pack-problem-bad-bounds = Числовые границы у вопроса не числового типа, или `min` больше `max`.
pack-problem-empty-section = В разделе нет вопросов.
pack-problem-text-not-sensitive = Вопрос со свободным текстом отмечен `sensitive = false`: свободный текст всегда конфиденциален.
pack-problem-bad-profile = Отметка `profile` неизвестна, стоит на вопросе не того типа или использована дважды.
pack-problem-options-presentation = Вопрос с несколькими вариантами без `options_presentation` (`read_all` или `not_suggested`), это поле у вопроса другого типа или неизвестное значение.
pack-problem-condition-syntax = Условие не удаётся разобрать.
pack-problem-unknown-reference = Условие ссылается на несуществующий вопрос.
pack-problem-forward-reference = Условие ссылается на вопрос, который идёт позже (или на самого себя).
pack-problem-condition-type = Условие смешивает типы (например, число сравнивается с вариантом ответа).
pack-problem-unknown-value = Условие называет вариант, которого у вопроса нет, или неверный код страны.
pack-problem-condition-too-deep = Условие вложено глубже или содержит больше операторов, чем допускает предел.
pack-problem-unknown-indicator = Код индикатора, которого правила не знают.
pack-problem-bad-evidence = Доказательство не подходит к типу вопроса.
pack-problem-ftl-syntax = Файл локализации не является корректным Fluent.
pack-problem-missing-message = В объявленном языке отсутствует текст.
pack-problem-unused-message = Сообщение, которое не использует ни одно поле опросника.
pack-problem-missing-locale = Для объявленного языка нет файла локализации.
pack-problem-unreadable = Файл не удаётся прочитать.
pack-problem-undeclared-locale = Файл локализации для языка, который опросник не объявляет.
pack-problem-ftl-too-deep = Файл локализации вкладывает выражения глубже допустимого предела; он не читается.
pack-problem-file-too-large = Файл опросника больше допустимого размера (4 МиБ для questionnaire.toml, 2 МиБ для файла локализации); он не читается.
