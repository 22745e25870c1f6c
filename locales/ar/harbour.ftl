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
