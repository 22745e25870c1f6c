# Review status: unreviewed draft — needs review by a native-speaking protection professional.
# Harbour rules: Arabic texts for the summary and the short indicator labels (read by caseworkers).
# Screening wording only: never "ضحية" or "لاجئ" or "متاجر".

## The summary

summary-title = الملخص
summary-pathway-line = { $pathway }: { $level }
summary-level-none = لم يُعثر على مؤشرات
summary-level-insufficient-information = لا تتوفر معلومات كافية للفحص
summary-level-possible = بعض المؤشرات: الإحالة للتقييم
summary-level-strong = مؤشرات قوية: الإحالة للتقييم على سبيل الأولوية
summary-urgent = عاجل: { $text }
summary-also = أيضًا: { $flags }
summary-refer-to = الإحالة إلى:
summary-no-referrals = لا تشير الإجابات المقدَّمة إلى أي إحالة.
summary-referral-line = { $referral }: { $reason }
summary-separator = {"؛ "}
summary-why = السبب
summary-referral-urgent = عاجل
summary-more = { $count ->
    [zero] ولا شيء آخر
    [one] وواحد آخر
    [two] واثنان آخران
    [few] و{ $count } أخرى
    [many] و{ $count } أخرى
   *[other] و{ $count } أخرى
}

## The details of the text report

report-details = التفاصيل
report-rests-on = يستند إلى: { $labels }
report-answers-given = الإجابات التي تستند إليها هذه النتيجة
report-answer-worded = { $question } { $answer }
report-answer-yes = نعم
report-answer-no = لا
report-answer-dont-know = لا يعرف
report-answer-declined = فضّل عدم الإجابة
report-answer-skipped = تم تخطيه
report-verbose-hint = رموز المؤشرات ومعرّفات الأسئلة غير معروضة؛ استخدم ‎--verbose‎ لعرضها.

## Short labels for indicators

indicator-danger-now = في خطر الآن
indicator-afraid-of-someone-here = يخاف من شخص قريب
indicator-no-safe-place = لا يوجد مكان آمن للمبيت الليلة
indicator-violence = تعرّض للعنف
indicator-sexual-acts-forced = أُجبر على أفعال جنسية أو على استقبال زبائن
indicator-abducted-or-sold = أُخذ أو بيع أو زُوّج رغمًا عنه
indicator-documents-kept = وثائق الهوية يحتفظ بها شخص آخر
indicator-debt = دين عليه أن يسدده بالعمل
indicator-not-free-to-leave = غير حر في المغادرة أو محبوس أو مراقب
indicator-threats = تهديدات
indicator-family-threatened = تهديد الأسرة أو إيذاؤها
indicator-isolated = معزول عن الآخرين
indicator-strong-influence = تحت سيطرة شديدة من شخص ما
indicator-threat-authorities = التهديد بإبلاغ الشرطة أو السلطات
indicator-threat-tell-family = التهديد بإخبار أسرته
indicator-threat-worse = التهديد بظروف أسوأ
indicator-forced-offences = أُجبر على مخالفة القانون
indicator-forced-to-lie = أُجبر على الكذب بشأن وضعه
indicator-forced-against-others = أُجبر على التصرف ضد آخرين في الوضع نفسه
indicator-little-or-no-pay = أجر قليل أو بلا أجر
indicator-pay-manipulated = خُفّض الأجر أو غُيّر دون اتفاق
indicator-long-hours = ساعات عمل طويلة جدًا
indicator-harsh-conditions = ظروف عمل أو معيشة قاسية
indicator-dangerous-work = عمل خطر
indicator-no-protection-at-work = لا عقد ولا حماية في العمل
indicator-no-school = محروم من المدرسة
indicator-deceived-job = خُدع بشأن العمل
indicator-deceived-pay = خُدع بشأن الأجر
indicator-deceived-conditions = خُدع بشأن ظروف العمل
indicator-deceived-housing = خُدع بشأن السكن
indicator-deceived-papers = خُدع بشأن الأوراق أو الوضع القانوني
indicator-deceived = خداع أو وعود كاذبة
indicator-dependent = معتمد على من يسيطرون عليه
indicator-situation-used = استُغلّ وضع صعب يمر به
indicator-ground-race = مستهدف بسبب عرقه أو أصله الإثني
indicator-ground-religion = مستهدف بسبب دينه
indicator-ground-nationality = مستهدف بسبب جنسيته
indicator-ground-social-group = مستهدف بسبب هويته (فئة اجتماعية)
indicator-ground-political-opinion = مستهدف بسبب آرائه السياسية
indicator-serious-harm = ضرر جسيم وقع أو يُخشى وقوعه
indicator-torture-risk = خطر التعذيب عند العودة
indicator-harm-on-return = خطر ضرر جسيم عند العودة
indicator-retrafficking-risk = خطر التعرض للاستغلال مجددًا عند العودة
indicator-no-state-protection = لا حماية من السلطات
indicator-afraid-to-return = يخاف من العودة
indicator-armed-conflict = نزاع مسلح في بلده
indicator-widespread-violence = عنف واسع النطاق في بلده
indicator-no-nationality = بلا جنسية
indicator-nationality-in-doubt = جنسية غير مؤكدة
indicator-outside-country = خارج بلده
indicator-distress = ضيق نفسي
indicator-health-needs = احتياجات صحية
indicator-without-carers = دون والدين أو مقدمي رعاية معتادين
indicator-separated = منفصل عن والديه أو مقدمي الرعاية المعتادين
indicator-child-at-risk = طفل معرّض للخطر
indicator-woman-at-risk = امرأة أو فتاة معرّضة للخطر
indicator-needs-protection = مخاوف على سلامته حيث هو الآن
indicator-family-separation = منفصل عن أسرته
indicator-under-18 = دون 18 عامًا
indicator-woman-or-girl = امرأة أو فتاة
indicator-irregular-entry = عبر حدودًا بصورة غير نظامية
indicator-no-papers-to-stay = لا أوراق للإقامة
indicator-crossing-agreed = وافق على العبور
indicator-crossing-paid = دفع لشخص مقابل العبور
indicator-helpers-gone = انتهى التواصل مع من ساعدوه عند الوصول
indicator-forced-work = عمل لا يستطيع رفضه أو تركه
indicator-sexual-exploitation = استغلال جنسي
indicator-slavery = عومل كأنه ملك لشخص ما
indicator-servitude = أُجبر على العيش والعمل تحت سيطرة شخص ما
indicator-organ-removal = نزع الأعضاء
indicator-other-exploitation = استغلال آخر
indicator-threats-or-force = تهديد أو قوة
indicator-coercion = ضغط أو إكراه
indicator-abuse-of-power = إساءة استعمال السلطة
indicator-payment-to-controller = دفع مال لشخص يسيطر عليه
indicator-recruited = جنّده آخرون
indicator-moved = نقله آخرون
indicator-handed-over = سُلّم إلى آخرين
indicator-kept-by-others = آواه آخرون أو احتجزوه
indicator-received = استقبله آخرون عند الوصول
indicator-asylum-claimed = قدّم طلب لجوء بالفعل
indicator-moved-to-be-exploited = نُقل أو احتُجز بغرض استغلاله
indicator-other = مؤشر آخر
