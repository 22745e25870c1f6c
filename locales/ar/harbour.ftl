# Harbour: نصوص التطبيق (العربية الفصحى).
# مسودة ترجمة آلية، لم يراجعها متحدث أصلي بعد.

app-name = Harbour
app-tagline = مساعد للفحص الأولي: مؤشرات وإحالات، وليس قرارًا أبدًا

## Create the vault (first run)

create-title = إعداد هذا الجهاز
create-intro = كل ما يُسجَّل على هذا الجهاز يُحفَظ في خزنة مشفّرة. اختر عبارة مرور لا يعرفها إلا أنت وفريقك. من دونها لا يستطيع أحد فتح السجلات، ولا حتى صانعو Harbour.
create-passphrase = عبارة المرور
create-confirm = عبارة المرور مرة أخرى
create-hint = { $min ->
        [zero] { $min } حرف على الأقل.
        [one] حرف واحد على الأقل.
        [two] حرفان على الأقل.
        [few] { $min } أحرف على الأقل.
        [many] { $min } حرفًا على الأقل.
       *[other] { $min } حرف على الأقل.
    } بضع كلمات لا رابط بينها، تفصل بينها مسافات، يسهل تذكّرها ويصعب تخمينها.
create-submit = إنشاء الخزنة المشفّرة
create-working = جارٍ إنشاء الخزنة…
strength-label = القوة:
strength-too-weak = ضعيفة جدًا
strength-fair = مقبولة
strength-good = جيدة
strength-strong = قوية

## Unlock

unlock-title = فتح قفل Harbour
unlock-intro = أدخل عبارة المرور لفتح السجلات الموجودة على هذا الجهاز.
unlock-passphrase = عبارة المرور
unlock-submit = فتح القفل
unlock-working = جارٍ التحقق…
unlock-locked-idle = أقفل Harbour نفسه بعد فترة من عدم النشاط.

## Home: the case list

home-title = الحالات
home-new-interview = مقابلة فحص جديدة
home-empty = لا توجد حالات على هذا الجهاز بعد.
home-lock = قفل
home-settings = الإعدادات
case-reference = الرقم المرجعي
case-status = الوضع
case-updated = آخر تعديل
case-status-in_progress = قيد الإنجاز
case-status-finished = مكتملة
case-status-consent_refused = رُفضت الموافقة
case-count = { $count ->
    [zero] لا توجد حالات
    [one] حالة واحدة
    [two] حالتان
    [few] { $count } حالات
    [many] { $count } حالة
   *[other] { $count } حالة
}
case-list-tools = البحث عن الحالات
case-search = البحث عن حالة برقمها المرجعي
case-search-hint = الرقم المرجعي أو أحرفه الأولى، مثلًا 7K3.
case-sort = الترتيب
case-sort-updated-desc = آخر تعديل، الأحدث أولًا
case-sort-updated-asc = آخر تعديل، الأقدم أولًا
case-sort-created-desc = تاريخ الفتح، الأحدث أولًا
case-sort-created-asc = تاريخ الفتح، الأقدم أولًا
case-sort-reference-asc = الرقم المرجعي، تصاعديًا
case-sort-reference-desc = الرقم المرجعي، تنازليًا
case-filters = { $count ->
    [0] عوامل التصفية
   *[other] عوامل التصفية ({ $count })
}
case-filter-any = الكل
case-filter-trafficking = الاتجار بالأشخاص
case-filter-protection = الحماية الدولية
case-filter-urgent = السلامة العاجلة
case-filter-urgent-yes = العاجلة فقط
case-filter-urgent-no = غير العاجلة
case-filter-exported = التصدير
case-filter-exported-yes = مُصدَّرة
case-filter-exported-no = لم تُصدَّر بعد
case-filters-clear = مسح البحث وعوامل التصفية
case-level-strong = مؤشرات مرتفعة
case-level-possible = مؤشرات محتملة
case-level-insufficient_information = معلومات غير كافية
case-level-none = لا توجد مؤشرات
case-list-no-match = لا توجد حالة مطابقة.
case-list-page-empty = لم يعد في هذه الصفحة شيء.
case-page-first = العودة إلى الصفحة الأولى
case-pages = صفحات قائمة الحالات
case-showing = { $from }–{ $to } من { $total }
case-showing-at-least = { $from }–{ $to } من أكثر من { $total }
case-page-previous = السابقة
case-page-next = التالية
case-urgent = عاجلة
case-actions = الإجراءات
error-case-search-invalid = لا يحتوي الرقم المرجعي إلا على حروف وأرقام و«-»: لا يمكن أن يكون «{ $character }» (الحرف رقم { $position }) جزءًا منه.
error-case-search-too-long = لا يتجاوز الرقم المرجعي { $max } حرفًا.
error-case-page-size = تعرض الصفحة من 1 إلى { $max } حالة.

## Settings

settings-title = الإعدادات
settings-auto-lock = القفل التلقائي بعد هذا العدد من الدقائق دون أي نشاط
settings-save = حفظ
settings-saved = تم الحفظ.
settings-back = رجوع

## Language

language-staff = لغة الموظفين
language-needs-review = لم يراجعها متحدث أصلي بعد

## Errors (the code of each error is its message id)

error-vault-locked = الخزنة مقفلة. افتح قفلها للمتابعة.
error-vault-not-found = لا توجد خزنة على هذا الجهاز بعد.
error-vault-exists = توجد خزنة هنا بالفعل، ولم يتم تغييرها.
error-vault-wrong-passphrase = عبارة المرور هذه لا تفتح هذه الخزنة. تحقّق من لغة لوحة المفاتيح ومن مفتاح الأحرف الكبيرة (Caps Lock).
error-vault-backoff = محاولات كثيرة جدًا. يُرجى الانتظار مدة { $seconds ->
        [zero] { $seconds } ثانية
        [one] ثانية واحدة
        [two] ثانيتين
        [few] { $seconds } ثوانٍ
        [many] { $seconds } ثانية
       *[other] { $seconds } ثانية
    } قبل المحاولة مرة أخرى.
error-vault-corrupt = ملف الخزنة تالف ({ $detail }). لم يتم تغييره. احتفظ بنسخة منه وتواصل مع مسؤول الدعم التقني لديك.
error-vault-too-new = أُنشئت هذه الخزنة بإصدار أحدث من Harbour. حدِّث Harbour لفتحها.
error-passphrase-weak = عبارة المرور هذه ضعيفة جدًا.
error-passphrase-too-short = { $min ->
        [zero] استخدم { $min } حرف على الأقل.
        [one] استخدم حرفًا واحدًا على الأقل.
        [two] استخدم حرفين على الأقل.
        [few] استخدم { $min } أحرف على الأقل.
        [many] استخدم { $min } حرفًا على الأقل.
       *[other] استخدم { $min } حرف على الأقل.
    }
error-passphrase-repetitive = استخدم أحرفًا أكثر تنوعًا؛ بضع كلمات تفصل بينها مسافات تفي بالغرض.
error-passphrase-common = عبارة المرور هذه شائعة جدًا. اختر كلمات من عندك.
error-passphrase-guessable = من السهل تخمين عبارة المرور هذه. أضف مزيدًا من الكلمات، أو استخدم عبارة مقترحة.
passphrase-hint-common-password = هذه كلمة مرور شائعة، أو قريبة من واحدة.
passphrase-hint-common-words = الكلمة الواحدة أو الاسم وحده سهل التخمين.
passphrase-hint-keyboard-pattern = أنماط لوحة المفاتيح سهلة التخمين.
passphrase-hint-repeats = التكرارات والتسلسلات (aaa و abc و 123) سهلة التخمين.
passphrase-hint-dates = التواريخ والسنوات سهلة التخمين.
passphrase-hint-predictable-changes = الأحرف الكبيرة والكلمات المعكوسة والرموز بدل الحروف (p@ss) لا تفيد كثيرًا.
passphrase-hint-add-words = أضف كلمة أو كلمتين؛ الكلمات غير الشائعة أفضل.
create-generate = اقترح عبارة مرور
create-generated = عبارة المرور المقترحة (مكتوبة أدناه). دوّنها الآن واحفظها بعيدًا عن هذا الحاسوب:
error-passphrase-mismatch = عبارتا المرور غير متطابقتين.
error-disk-full = القرص ممتلئ. لم يُحفظ التغيير الأخير، وكل ما قبله آمن. أفرغ بعض المساحة ثم حاول مرة أخرى.
error-not-writable = لا يستطيع Harbour الكتابة في { $path }. لم يُحفظ التغيير الأخير، وكل ما قبله آمن.
error-case-not-found = هذه الحالة لم تعد موجودة على هذا الجهاز.
error-session-not-found = هذه المقابلة لم تعد موجودة على هذا الجهاز.
error-io = تعذّرت قراءة ملف أو الكتابة فيه.
error-internal = حدث خطأ داخل Harbour. لم يُفقد أي شيء محفوظ مسبقًا.
error-unknown = حدث خطأ ما.

## Safety controls

hide-now = إخفاء
neutral-continue = متابعة

## Starting a screening

new-title = مقابلة فحص جديدة
new-questionnaire = الاستبيان
new-language = لغة المقابلة
new-start = ابدأ بالموافقة
new-cancel = إلغاء
new-no-questionnaires = لا يوجد أي استبيان مثبّت.
new-broken-packs = تعذّر تحميل بعض الاستبيانات، لذا لا تُعرض:
case-resume = استئناف
case-open = عرض النتيجة
case-withdraw = سحب الموافقة
withdraw-title = سحب الموافقة للحالة { $reference }؟
withdraw-body = سيُحذف كل ما سُجّل لهذه الحالة من هذا الجهاز، ولا يمكن استعادته. لا يُحتفظ إلا بحقيقة أن حالة ما قد سُحبت، دون أي صلة بها.
withdraw-confirm = حذف هذه الحالة
withdraw-done = حُذفت الحالة.
withdraw-copies = { $count ->
    [zero] لم تُكتب أي نسخة من هذه الحالة خارج الخزنة المشفّرة لهذا الجهاز.
    [one] كُتبت نسخة واحدة من هذه الحالة خارج الخزنة المشفّرة لهذا الجهاز. ابحث عنها وأتلفها: لم تعد الخزنة تعرف مكانها.
    [two] كُتبت نسختان من هذه الحالة خارج الخزنة المشفّرة لهذا الجهاز. ابحث عنهما وأتلفهما: لم تعد الخزنة تعرف مكانهما.
    [few] كُتبت { $count } نسخ من هذه الحالة خارج الخزنة المشفّرة لهذا الجهاز. ابحث عنها وأتلفها: لم تعد الخزنة تعرف مكانها.
    [many] كُتبت { $count } نسخة من هذه الحالة خارج الخزنة المشفّرة لهذا الجهاز. ابحث عنها وأتلفها: لم تعد الخزنة تعرف مكانها.
   *[other] كُتبت { $count } نسخة من هذه الحالة خارج الخزنة المشفّرة لهذا الجهاز. ابحث عنها وأتلفها: لم تعد الخزنة تعرف مكانها.
}
withdraw-copies-before = { $count ->
    [zero] لا توجد أي نسخة من هذه الحالة خارج الخزنة المشفّرة لهذا الجهاز.
    [one] توجد نسخة واحدة من هذه الحالة خارج الخزنة المشفّرة لهذا الجهاز. سحب الموافقة يحذف الحالة هنا، لا تلك النسخة: سيبقى عليك أن تجدها وتتلفها.
    [two] توجد نسختان من هذه الحالة خارج الخزنة المشفّرة لهذا الجهاز. سحب الموافقة يحذف الحالة هنا، لا هاتين النسختين: سيبقى عليك أن تجدهما وتتلفهما.
    [few] توجد { $count } نسخ من هذه الحالة خارج الخزنة المشفّرة لهذا الجهاز. سحب الموافقة يحذف الحالة هنا، لا تلك النسخ: سيبقى عليك أن تجدها وتتلفها.
    [many] توجد { $count } نسخة من هذه الحالة خارج الخزنة المشفّرة لهذا الجهاز. سحب الموافقة يحذف الحالة هنا، لا تلك النسخ: سيبقى عليك أن تجدها وتتلفها.
   *[other] توجد { $count } نسخة من هذه الحالة خارج الخزنة المشفّرة لهذا الجهاز. سحب الموافقة يحذف الحالة هنا، لا تلك النسخ: سيبقى عليك أن تجدها وتتلفها.
}
withdraw-copy-summary = ملخص الإحالة
withdraw-copy-bundle = تصدير مشفّر
withdraw-copies-done = دوّنتُ ذلك

## The interview: the person's side (shown in the interview language)

iv-yes = نعم
iv-no = لا
iv-dont-know = لا أعرف
iv-decline = أفضّل ألا أقول
iv-back = رجوع
iv-next = التالي
iv-save = حفظ الإجابة
iv-continue-section = متابعة
iv-skip-section = تخطّي هذا الجزء
iv-year = السنة
iv-month = الشهر (إن كنت تعرفه)
iv-day = اليوم (إن كنت تعرفه)
iv-country-choose = اختر بلدًا
iv-country-stateless = بلا جنسية (عديم الجنسية)
iv-country-unknown = غير معروف
iv-language-choose = اختر لغة
iv-choose-all = اختر كل ما ينطبق، ثم احفظ.
iv-section-progress = الجزء { $done } من { $total }
iv-paused-title = استراحة
iv-paused-body = يمكننا أن نأخذ استراحة للمدة التي تحتاجها.
iv-finished-title = شكرًا لك
iv-finished-body = شكرًا لأنك تحدثت معنا. ما أخبرتنا به يبقى سريًا. سيشرح لك الموظف الآن ما يمكن أن يحدث بعد ذلك، والخدمات التي يمكنها مساعدتك. يمكنك طرح الأسئلة في أي وقت، وما زال بإمكانك أن تطلب حذف سجلّك.
iv-refused-title = شكرًا لك
iv-refused-body = لن نسألك أي شيء آخر. لا يُسجَّل إلا قرارك بعدم المشاركة. ما زال بإمكانك أن تطلب المساعدة في أي وقت.
iv-answered-before = الإجابة السابقة: { $answer }
iv-answer-state-dont_know = لا أعرف
iv-answer-state-declined = أفضّل ألا أقول
iv-answer-state-skipped = تم التخطي

## The interview: the interviewer's side (staff language)

staff-panel = لمن يجري المقابلة
staff-case = الحالة { $reference }
staff-interview-language = لغة المقابلة
staff-question-in-staff = بلغتك
staff-guidance = إرشادات
staff-pause = إيقاف مؤقت
staff-resume = استئناف
staff-leave = مغادرة (محفوظة)
staff-distress = الشخص في ضيق
staff-urgent-title = سلامة عاجلة
staff-urgent-body = تتطلب إحدى الإجابات تصرفًا الآن: خطر فوري، أو عدم وجود مكان آمن لهذه الليلة. ضع سلامة الشخص أولًا: اتبع إجراءات الطوارئ في منظمتك الآن. يمكن للمقابلة أن تنتظر.
staff-keys = المفاتيح: 1–9 للاختيار، وEnter للمتابعة، وBackspace للرجوع، وEsc لإخفاء الشاشة.
staff-sections = الأجزاء
staff-section-off-path = ليس ضمن هذا المسار
staff-show-outcome = عرض النتيجة (للموظفين فقط)
staff-back-to-cases = العودة إلى الحالات
staff-sensitive = حسّاس
distress-title = إذا كان الشخص في ضيق
distress-body = توقّف عن طرح الأسئلة. تكلّم ببطء وهدوء. ادعُ الشخص إلى أن يشعر بقدميه على الأرض وأن يُخرج نفَسه ببطء. قدّم له الماء واستراحة. ذكّره بأنه يستطيع التوقف في أي وقت، وأنه لن يحدث شيء سيئ إن فعل. لا تضغط للحصول على تفاصيل.
distress-pause = إيقاف المقابلة مؤقتًا
distress-end = إنهاء المقابلة الآن (محفوظة)
distress-urgent = إطلاق تنبيه السلامة العاجلة
distress-close = إغلاق

## Outcome (staff only)

outcome-title = نتيجة الفحص للحالة { $reference }
outcome-disclaimer = هذا فحص أولي، وليس قرارًا. يُظهر مؤشرات ويوصي بإحالات لتقييم كامل من جهة أو خدمة مختصة.
outcome-pathways = المسارات
outcome-flags = تنبيهات
outcome-referrals = الإحالات الموصى بها
outcome-notes = ملاحظات
outcome-why = لماذا
outcome-elements = عناصر المعيار
outcome-answers = الإجابات المستند إليها
outcome-indicators = المؤشرات
outcome-no-flags = لا توجد تنبيهات.
outcome-no-referrals = لا تشير الإجابات المقدَّمة إلى أي إحالة.
outcome-urgent = عاجل
outcome-rules = إصدار القواعد { $version }، تاريخ التقييم { $date }.
outcome-questionnaire = أُجيب على الاستبيان { $id }، الإصدار { $version }.
outcome-differs = ستعطي قواعد اليوم ({ $version }) نتيجة مختلفة للإجابات نفسها. راجِع الحالة.
outcome-same = تعطي قواعد اليوم النتيجة نفسها.
outcome-reassess = أعد التقييم بقواعد اليوم
outcome-reassess-confirm = ستُستبدل النتيجة المحفوظة بما تعطيه قواعد اليوم من الإجابات نفسها. لن يُطرح أي سؤال من جديد، ولن تُلغى الإحالات التي تمت.
outcome-reassess-yes = استبدل النتيجة
outcome-reassessed = أُعيد التقييم بالقواعد { $version }.
outcome-raised-by-interviewer = أطلقه من يجري المقابلة
outcome-raised = أُطلق تنبيه السلامة العاجلة
answer-yes = نعم
answer-no = لا
answer-dont-know = لا يعرف
answer-declined = فضّل ألا يقول
answer-skipped = تم التخطي
error-no-interview = لا توجد مقابلة مفتوحة.
error-interview-step = هذه الخطوة غير ممكنة هنا ({ $detail }).
error-questionnaire-unknown = هذا الاستبيان غير مثبّت.
error-questionnaire-version-missing = استخدمت هذه المقابلة الاستبيان { $id } بالإصدار { $version }، وهو غير مثبّت على هذا الجهاز. ثبّته للمتابعة.
error-answer-date = أدخل سنة من أربعة أرقام على الأقل.
error-no-outcome = لا توجد نتيجة لهذه الحالة بعد.

## Export and import (settings, export screen, import screen)

settings-org-key = المفتاح العام للمنظمة
settings-org-key-hint = الصق محتوى الملف org.pub الذي قدّمته منظمتك: سطر واحد يبدأ بـ age1 لكل مفتاح. الأسطر التي تبدأ بـ # تعليقات. لا يمكن فتح ملفات التصدير إلا بالمفتاح الخاص للمنظمة.
settings-org-key-save = تثبيت المفتاح
settings-org-key-saved = { $count ->
    [zero] لم يُثبَّت أي مفتاح للمنظمة.
    [one] مفتاح المنظمة مثبّت.
    [two] مفتاحان للمنظمة مثبّتان.
    [few] { $count } مفاتيح للمنظمة مثبّتة.
    [many] { $count } مفتاحًا للمنظمة مثبّتة.
   *[other] { $count } مفتاح للمنظمة مثبّتة.
}
settings-org-key-none = لم يُثبَّت أي مفتاح للمنظمة بعد: التصدير المشفّر غير ممكن.
settings-retention = بعد التصدير المشفّر
settings-retention-keep = الاحتفاظ بالحالات المصدَّرة على هذا الجهاز
settings-retention-purge = حذف الحالات المصدَّرة من هذا الجهاز
settings-retention-saved = تم الحفظ.
home-export = تصدير…
home-import = استيراد حزم…
export-title = تصدير حزمة مشفّرة
export-intro = تُشفَّر الحزمة لمفتاح منظمتك. يمكن نسخها على ذاكرة USB أو إرسالها: لا يستطيع فتحها إلا المقر الرئيسي.
export-choose = الحالات المراد تصديرها
export-all-finished = كل الحالات المكتملة ({ $count })
export-case-label = { $reference }، { $status }، آخر تعديل { $updated }
export-already = مُصدَّرة
export-folder = احفظ الحزمة في هذا المجلد
export-places-title = ذواكر USB والأقراص:
export-places-none = لم يُعثر على ذاكرة USB أو قرص قابل للإزالة. وصّل واحدًا ثم ابحث مجددًا.
export-places-refresh = ابحث مجددًا
export-submit = تصدير الحزمة المشفّرة
export-working = جارٍ التصدير… { $done } من { $total } حالة
export-progress-label = تقدّم التصدير
export-no-key = لم يُثبَّت أي مفتاح للمنظمة. ثبّته أولًا في الإعدادات.
export-open-settings = فتح الإعدادات
export-retention-keep = بعد التصدير، تبقى الحالات على هذا الجهاز مع علامة «مصدَّرة».
export-retention-purge = بعد التصدير، تُحذف الحالات المصدَّرة من هذا الجهاز.
export-done-title = اكتمل التصدير
export-done-file = حُفظت الحزمة باسم:
export-done-count = { $count ->
    [zero] لم تُصدَّر أي حالة.
    [one] صُدِّرت حالة واحدة.
    [two] صُدِّرت حالتان.
    [few] صُدِّرت { $count } حالات.
    [many] صُدِّرت { $count } حالة.
   *[other] صُدِّرت { $count } حالة.
}
export-done-purged = { $count ->
    [0] تبقى الحالات على هذا الجهاز.
    [zero] تبقى الحالات على هذا الجهاز.
    [one] حُذفت حالة واحدة من هذا الجهاز.
    [two] حُذفت حالتان من هذا الجهاز.
    [few] حُذفت { $count } حالات من هذا الجهاز.
    [many] حُذفت { $count } حالة من هذا الجهاز.
   *[other] حُذفت { $count } حالة من هذا الجهاز.
}
export-back = العودة إلى الحالات
import-title = استيراد الحزم
import-intro = افتح الحزم المشفّرة بالمفتاح الخاص للمنظمة. تُفحص كل حزمة قبل كتابة أي شيء: إذا كانت إحداها معدَّلة أو غير موجهة إلى هذا المفتاح، فلا يُستورد أي شيء.
import-bundles = ملفات الحزم (المسار الكامل، ملف في كل سطر)
import-found-title = حزم عُثر عليها في ذواكر USB وفي المستندات
import-found-none = لم يُعثر على أي حزمة في ذاكرة USB أو في المستندات. وصّل الذاكرة وابحث مجددًا، أو اكتب المسار أدناه.
import-found-add = إضافة
import-found-added = أُضيف
import-identity = ملف المفتاح الخاص للمنظمة (org.key)
import-passphrase = عبارة مرور مفتاح المنظمة
import-submit = استيراد
import-working = جارٍ فك التشفير والفحص…
import-done-title = اكتمل الاستيراد
import-done-summary = { $written ->
    [zero] لم تُكتب أي حالة (عدد الحزم: { $bundles }).
    [one] كُتبت حالة واحدة (عدد الحزم: { $bundles }).
    [two] كُتبت حالتان (عدد الحزم: { $bundles }).
    [few] كُتبت { $written } حالات (عدد الحزم: { $bundles }).
    [many] كُتبت { $written } حالة (عدد الحزم: { $bundles }).
   *[other] كُتبت { $written } حالة (عدد الحزم: { $bundles }).
}
import-col-bundle = الحزمة
import-col-case = الحالة
import-col-result = النتيجة
import-fate-new = جديدة
import-fate-duplicate = موجودة هنا من قبل، لم تُكتب مرة أخرى
import-fate-conflict = نسخة مختلفة من حالة موجودة هنا، حُفظت إلى جانبها
import-error-in-file = في { $file }:
error-export-folder = هذا المجلد غير موجود: { $folder }
error-export-running = هناك تصدير قيد التنفيذ بالفعل.
error-import-no-bundles = حدّد ملف حزمة واحدًا على الأقل.
error-import-no-identity = حدّد ملف مفتاح المنظمة.
error-retention-invalid = إعداد احتفاظ غير معروف.

## Referral summaries from the outcome screen

outcome-summary-button = ملخص الإحالة (PDF)
outcome-summary-language = لغة ملخصات الإحالة
outcome-summary-saved = حُفظ { $file } في { $folder }. سُجّل ذلك في سجل الحالة؛ وإذا سُحبت الموافقة فسيُطلب منك إتلافه.
outcome-summary-folder = مجلد ملخصات الإحالة (ذاكرة USB)
outcome-summary-folder-hint = لا تُحفظ الملخصات إلا حيث تختار، وتُسمّى بنوع الإحالة والتاريخ.
outcome-summary-with-reference = ضمّن رقم مرجع الحالة في اسم الملف
error-summary-folder = اختر مجلدًا موجودًا لحفظ الملخص، مثل ذاكرة USB.
error-referral-unknown = نوع الإحالة هذا غير معروف.
error-no-folder = لا يوجد مجلد لحفظ الملف فيه.

## The interview in the field (issue 17)

iv-none-of-these = لا شيء من هذه
iv-not-known = لا أعرف
iv-interviewer-marks = أجب بكلماتك الخاصة. سيسجّل الشخص الذي يجري المقابلة ما تقوله.
staff-skip = تخطي هذا السؤال
staff-options-not-suggested = لا تقرأ هذه الخيارات بصوت عالٍ: ضع علامة على ما يقوله الشخص
staff-mark-what-said = ضع علامة على كل ما يذكره الشخص ثم احفظ. عدم وضع علامة يعني أنه لم يُذكر، وليس «لا».
note-question = ملاحظة على هذا السؤال (للموظفين فقط)
note-case = ملاحظة على الحالة (للموظفين فقط)
note-save = حفظ الملاحظة
note-saved = تم حفظ الملاحظة.
error-note-too-long = هذه الملاحظة طويلة جدًا: { $max } حرفًا على الأكثر.
answer-none-of-these = لا شيء من هذه
outcome-staff-notes = ملاحظات الموظفين
outcome-note-on-case = عن الحالة
outcome-notes-stay = تبقى ملاحظات الموظفين على هذا الجهاز: لا تكون أبدًا جزءًا من التصدير، وتُحذف مع الحالة.
outcome-compare-title = ما الذي سيتغير
outcome-compare-stored = المحفوظ الآن (القواعد { $version })
outcome-compare-today = بقواعد اليوم ({ $version })
outcome-compare-none = لا شيء
outcome-compare-changed = يتغير
staff-full-text = النص الكامل، للتحقق مما يُقال

new-loading-packs = جارٍ تحميل الاستبيانات…
settings-org-key-until-profile = المفتاح الملصق هنا يعمل حتى يُثبَّت ملف تعريف منظمتك؛ بعد ذلك تأتي المفاتيح من ملف التعريف فقط.
settings-org-key-from-profile = { $count ->
    [one] تُشفَّر عمليات التصدير لمفتاح المنظمة المذكور في ملف تعريفها.
    [zero] تُشفَّر عمليات التصدير لمفاتيح المنظمة المذكورة في ملف تعريفها ({ $count }).
    [two] تُشفَّر عمليات التصدير لمفاتيح المنظمة المذكورة في ملف تعريفها ({ $count }).
    [few] تُشفَّر عمليات التصدير لمفاتيح المنظمة المذكورة في ملف تعريفها ({ $count }).
    [many] تُشفَّر عمليات التصدير لمفاتيح المنظمة المذكورة في ملف تعريفها ({ $count }).
   *[other] تُشفَّر عمليات التصدير لمفاتيح المنظمة المذكورة في ملف تعريفها ({ $count }).
}
