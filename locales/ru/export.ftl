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
