# Harbour: متن‌های برنامه (فارسی).
# پیش‌نویس ترجمهٔ ماشینی؛ هنوز توسط گویشور بومی بازبینی نشده است.

app-name = Harbour
app-tagline = دستیار غربالگری: شاخص‌ها و ارجاع‌ها، هرگز یک تصمیم

## Create the vault (first run)

create-title = راه‌اندازی این دستگاه
create-intro = هر چیزی که روی این دستگاه ثبت می‌شود در یک گاوصندوق رمزگذاری‌شده نگهداری می‌شود. عبارت عبوری انتخاب کنید که فقط شما و تیمتان آن را می‌دانید. بدون آن هیچ‌کس، حتی سازندگان Harbour، نمی‌تواند سوابق را باز کند.
create-passphrase = عبارت عبور
create-confirm = تکرار عبارت عبور
create-hint = دست‌کم { $min } نویسه. چند واژهٔ بی‌ربط به هم که با فاصله از هم جدا شده‌اند، آسان به خاطر سپرده می‌شوند و سخت حدس زده می‌شوند.
create-submit = ساختن گاوصندوق رمزگذاری‌شده
create-working = در حال ساختن گاوصندوق…
strength-label = استحکام:
strength-too-weak = بسیار ضعیف
strength-fair = متوسط
strength-good = خوب
strength-strong = قوی

## Unlock

unlock-title = باز کردن قفل Harbour
unlock-intro = برای باز کردن سوابق این دستگاه، عبارت عبور را وارد کنید.
unlock-passphrase = عبارت عبور
unlock-submit = باز کردن قفل
unlock-working = در حال بررسی…
unlock-locked-idle = Harbour پس از مدتی بی‌فعالیتی، خودش را قفل کرد.

## Home: the case list

home-title = پرونده‌ها
home-new-interview = مصاحبهٔ غربالگری جدید
home-empty = هنوز هیچ پرونده‌ای روی این دستگاه نیست.
home-lock = قفل
home-settings = تنظیمات
case-reference = شمارهٔ مرجع
case-status = وضعیت
case-updated = آخرین تغییر
case-status-in_progress = در جریان
case-status-finished = پایان‌یافته
case-status-consent_refused = رضایت داده نشد
# Persian nouns stay singular after a number: one form for every count.
case-count = { $count } پرونده
case-list-tools = یافتن پرونده‌ها
case-search = یافتن پرونده با شمارهٔ مرجع
case-search-hint = شمارهٔ مرجع یا نخستین نویسه‌های آن، برای نمونه 7K3.
case-sort = مرتب‌سازی
case-sort-updated-desc = آخرین تغییر، تازه‌ترین نخست
case-sort-updated-asc = آخرین تغییر، قدیمی‌ترین نخست
case-sort-created-desc = تاریخ گشودن، تازه‌ترین نخست
case-sort-created-asc = تاریخ گشودن، قدیمی‌ترین نخست
case-sort-reference-asc = شمارهٔ مرجع، صعودی
case-sort-reference-desc = شمارهٔ مرجع، نزولی
case-filters = { $count ->
    [0] پالایه‌ها
   *[other] پالایه‌ها ({ $count })
}
case-filter-any = همه
case-filter-trafficking = قاچاق انسان
case-filter-protection = حمایت بین‌المللی
case-filter-urgent = ایمنی فوری
case-filter-urgent-yes = فقط فوری‌ها
case-filter-urgent-no = غیر فوری
case-filter-exported = خروجی
case-filter-exported-yes = خروجی گرفته شده
case-filter-exported-no = هنوز خروجی گرفته نشده
case-filters-clear = پاک کردن جست‌وجو و پالایه‌ها
case-level-strong = نشانه‌های قوی
case-level-possible = نشانه‌های احتمالی
case-level-insufficient_information = اطلاعات ناکافی
case-level-none = بدون نشانه
case-list-no-match = هیچ پرونده‌ای مطابقت ندارد.
case-list-page-empty = این صفحه دیگر چیزی ندارد.
case-page-first = بازگشت به صفحهٔ نخست
case-pages = صفحه‌های فهرست پرونده‌ها
case-showing = { $from }–{ $to } از { $total }
case-showing-at-least = { $from }–{ $to } از بیش از { $total }
case-page-previous = قبلی
case-page-next = بعدی
case-urgent = فوری
case-actions = کارها
error-case-search-invalid = شمارهٔ مرجع فقط حرف، رقم و «-» دارد: «{ $character }» (نویسهٔ { $position }) نمی‌تواند بخشی از آن باشد.
error-case-search-too-long = شمارهٔ مرجع حداکثر { $max } نویسه دارد.
error-case-page-size = هر صفحه ۱ تا { $max } پرونده نشان می‌دهد.

## Settings

settings-title = تنظیمات
settings-auto-lock = قفل خودکار پس از این تعداد دقیقه بی‌فعالیتی
settings-save = ذخیره
settings-saved = ذخیره شد.
settings-back = بازگشت

## Language

language-staff = زبان کارکنان
language-needs-review = هنوز توسط گویشور بومی بازبینی نشده است

## Errors (the code of each error is its message id)

error-vault-locked = گاوصندوق قفل است. برای ادامه، قفل آن را باز کنید.
error-vault-not-found = هنوز هیچ گاوصندوقی روی این دستگاه نیست.
error-vault-exists = اینجا از قبل یک گاوصندوق هست؛ تغییری در آن داده نشد.
error-vault-wrong-passphrase = این عبارت عبور، این گاوصندوق را باز نمی‌کند. زبان صفحه‌کلید و کلید Caps Lock را بررسی کنید.
error-vault-backoff = تلاش‌ها بیش از حد بود. لطفاً { $seconds } ثانیه صبر کنید و سپس دوباره امتحان کنید.
error-vault-corrupt = فایل گاوصندوق آسیب دیده است ({ $detail }). تغییری در آن داده نشده است. یک نسخه از آن نگه دارید و با مسئول فنی خود تماس بگیرید.
error-vault-too-new = این گاوصندوق با نسخهٔ جدیدتری از Harbour ساخته شده است. برای باز کردن آن، Harbour را به‌روزرسانی کنید.
error-passphrase-weak = این عبارت عبور بیش از حد ضعیف است.
error-passphrase-too-short = دست‌کم { $min } نویسه به کار ببرید.
error-passphrase-repetitive = نویسه‌های متنوع‌تری به کار ببرید؛ چند واژه که با فاصله از هم جدا شده‌اند، خوب است.
error-passphrase-common = این عبارت عبور بیش از حد رایج است. واژه‌هایی از خودتان انتخاب کنید.
error-passphrase-guessable = حدس زدن این عبارت عبور آسان است. واژه‌های بیشتری بیفزایید یا یک عبارت پیشنهادی را به کار ببرید.
passphrase-hint-common-password = این یک گذرواژهٔ رایج است یا به یکی از آن‌ها نزدیک است.
passphrase-hint-common-words = یک واژه یا یک نام به‌تنهایی آسان حدس زده می‌شود.
passphrase-hint-keyboard-pattern = الگوهای صفحه‌کلید آسان حدس زده می‌شوند.
passphrase-hint-repeats = تکرارها و دنباله‌ها (aaa، abc، 123) آسان حدس زده می‌شوند.
passphrase-hint-dates = تاریخ‌ها و سال‌ها آسان حدس زده می‌شوند.
passphrase-hint-predictable-changes = حروف بزرگ، واژه‌های وارونه و نمادها به جای حروف (p@ss) کمک چندانی نمی‌کنند.
passphrase-hint-add-words = یک یا دو واژهٔ دیگر بیفزایید؛ واژه‌های کم‌کاربرد بهترند.
create-generate = پیشنهاد یک عبارت عبور
create-generated = عبارت عبور پیشنهادی (در پایین وارد شده است). همین حالا آن را یادداشت کنید و دور از این رایانه نگه دارید:
error-passphrase-mismatch = دو عبارت عبور یکسان نیستند.
error-disk-full = دیسک پر است. آخرین تغییر ذخیره نشد؛ همهٔ موارد پیش از آن امن است. کمی فضا آزاد کنید و دوباره امتحان کنید.
error-not-writable = Harbour نمی‌تواند در { $path } بنویسد. آخرین تغییر ذخیره نشد؛ همهٔ موارد پیش از آن امن است.
error-case-not-found = این پرونده دیگر روی این دستگاه وجود ندارد.
error-session-not-found = این مصاحبه دیگر روی این دستگاه وجود ندارد.
error-io = خواندن یا نوشتن یک فایل ممکن نشد.
error-internal = مشکلی درون Harbour پیش آمد. هیچ‌چیز از آنچه پیش‌تر ذخیره شده بود از دست نرفت.
error-unknown = مشکلی پیش آمد.

## Safety controls

hide-now = پنهان کردن
neutral-continue = ادامه

## Starting a screening

new-title = مصاحبهٔ غربالگری جدید
new-questionnaire = پرسش‌نامه
new-language = زبان مصاحبه
new-start = شروع با رضایت
new-cancel = لغو
new-no-questionnaires = هیچ پرسش‌نامه‌ای نصب نشده است.
new-broken-packs = برخی پرسش‌نامه‌ها بارگیری نشدند و پیشنهاد نمی‌شوند:
case-resume = ادامه
case-open = دیدن نتیجه
case-withdraw = پس گرفتن رضایت
withdraw-title = رضایت برای { $reference } پس گرفته شود؟
withdraw-body = هر چه برای این پرونده ثبت شده از این دستگاه پاک می‌شود و بازیابی‌پذیر نیست. فقط این واقعیت که یک پرونده پس گرفته شده نگه داشته می‌شود، بدون هیچ پیوندی با آن.
withdraw-confirm = پاک کردن این پرونده
withdraw-done = پرونده پاک شد.
withdraw-copies = { $count ->
    [one] یک نسخه از این پرونده بیرون از گاوصندوق رمزگذاری‌شدهٔ این دستگاه نوشته شده است. آن را پیدا کنید و از بین ببرید: گاوصندوق دیگر نمی‌داند کجاست.
   *[other] { $count } نسخه از این پرونده بیرون از گاوصندوق رمزگذاری‌شدهٔ این دستگاه نوشته شده است. آن‌ها را پیدا کنید و از بین ببرید: گاوصندوق دیگر نمی‌داند کجا هستند.
}
withdraw-copies-before = { $count ->
    [one] یک نسخه از این پرونده بیرون از گاوصندوق رمزگذاری‌شدهٔ این دستگاه است. پس گرفتن رضایت پرونده را اینجا پاک می‌کند، نه آن نسخه را: هنوز باید آن را پیدا کنید و از بین ببرید.
   *[other] { $count } نسخه از این پرونده بیرون از گاوصندوق رمزگذاری‌شدهٔ این دستگاه است. پس گرفتن رضایت پرونده را اینجا پاک می‌کند، نه آن نسخه‌ها را: هنوز باید آن‌ها را پیدا کنید و از بین ببرید.
}
withdraw-copy-summary = خلاصهٔ ارجاع
withdraw-copy-bundle = خروجی رمزگذاری‌شده
withdraw-copies-done = یادداشت کردم

## The interview: the person's side (shown in the interview language)

iv-yes = بله
iv-no = نه
iv-dont-know = نمی‌دانم
iv-decline = ترجیح می‌دهم نگویم
iv-back = بازگشت
iv-next = بعدی
iv-save = ذخیرهٔ پاسخ
iv-continue-section = ادامه
iv-skip-section = رد کردن این بخش
iv-year = سال
iv-month = ماه (اگر می‌دانید)
iv-day = روز (اگر می‌دانید)
iv-country-choose = یک کشور انتخاب کنید
iv-country-stateless = بدون تابعیت (بی‌تابعیت)
iv-country-unknown = نامعلوم
iv-language-choose = یک زبان انتخاب کنید
iv-choose-all = هر چه درست است انتخاب کنید، سپس ذخیره کنید.
iv-section-progress = بخش { $done } از { $total }
iv-paused-title = استراحت
iv-paused-body = هر قدر که لازم دارید می‌توانیم استراحت کنیم.
iv-finished-title = سپاسگزاریم
iv-finished-body = از اینکه با ما صحبت کردید سپاسگزاریم. آنچه به ما گفتید محرمانه می‌ماند. اکنون کارمند برایتان توضیح می‌دهد که بعد چه ممکن است پیش بیاید و کدام خدمات می‌توانند به شما کمک کنند. هر وقت بخواهید می‌توانید پرسش کنید، و هنوز می‌توانید بخواهید پرونده‌تان پاک شود.
iv-refused-title = سپاسگزاریم
iv-refused-body = دیگر چیزی از شما نمی‌پرسیم. فقط تصمیم شما برای شرکت نکردن ثبت می‌شود. هر وقت بخواهید هنوز می‌توانید کمک بخواهید.
iv-answered-before = پاسخ پیشین: { $answer }
iv-answer-state-dont_know = نمی‌دانم
iv-answer-state-declined = ترجیح می‌دهم نگویم
iv-answer-state-skipped = رد شد

## The interview: the interviewer's side (staff language)

staff-panel = برای مصاحبه‌گر
staff-case = پروندهٔ { $reference }
staff-interview-language = زبان مصاحبه
staff-question-in-staff = به زبان شما
staff-guidance = راهنما
staff-pause = توقف
staff-resume = ادامه
staff-leave = خروج (ذخیره شد)
staff-distress = فرد پریشان است
staff-urgent-title = ایمنی فوری
staff-urgent-body = یک پاسخ نیاز به اقدام فوری دارد: خطر فوری، یا نداشتن جای امن برای امشب. ایمنی فرد را در اولویت بگذارید: همین حالا روال اضطراری سازمانتان را دنبال کنید. مصاحبه می‌تواند صبر کند.
staff-keys = کلیدها: 1–9 برای انتخاب، Enter برای ادامه، Backspace برای بازگشت، Esc برای پنهان کردن صفحه.
staff-sections = بخش‌ها
staff-section-off-path = در این مسیر نیست
staff-show-outcome = نمایش نتیجه (فقط کارکنان)
staff-back-to-cases = بازگشت به پرونده‌ها
staff-sensitive = حساس
distress-title = اگر فرد پریشان است
distress-body = پرسیدن را متوقف کنید. آرام و شمرده صحبت کنید. از فرد بخواهید پاهایش را روی زمین حس کند و آهسته نفسش را بیرون بدهد. آب و استراحت پیشنهاد کنید. یادآوری کنید که هر وقت بخواهد می‌تواند دست بکشد و اگر چنین کند هیچ اتفاق بدی نمی‌افتد. برای جزئیات پافشاری نکنید.
distress-pause = توقف مصاحبه
distress-end = پایان مصاحبه برای اکنون (ذخیره شد)
distress-urgent = اعلام ایمنی فوری
distress-close = بستن

## Outcome (staff only)

outcome-title = نتیجهٔ غربالگری برای { $reference }
outcome-disclaimer = این یک غربالگری است، نه یک تصمیم. شاخص‌ها را نشان می‌دهد و ارجاع‌هایی را برای ارزیابی کامل توسط یک مرجع یا خدمت صلاحیت‌دار پیشنهاد می‌کند.
outcome-pathways = مسیرها
outcome-flags = هشدارها
outcome-referrals = ارجاع‌های پیشنهادی
outcome-notes = یادداشت‌ها
outcome-why = چرا
outcome-elements = عناصر معیار
outcome-answers = پاسخ‌های پشتوانه
outcome-indicators = شاخص‌ها
outcome-no-flags = هیچ هشداری نیست.
outcome-no-referrals = پاسخ‌های داده‌شده هیچ ارجاعی را نشان نمی‌دهند.
outcome-urgent = فوری
outcome-rules = نسخهٔ قواعد { $version }، تاریخ ارزیابی { $date }.
outcome-questionnaire = پاسخ‌ها در پرسشنامهٔ { $id }، نسخهٔ { $version } داده شد.
outcome-differs = قواعد امروز ({ $version }) با همین پاسخ‌ها نتیجهٔ دیگری می‌دهد. پرونده را بازبینی کنید.
outcome-same = قواعد امروز همان نتیجه را می‌دهد.
outcome-reassess = ارزیابی دوباره با قواعد امروز
outcome-reassess-confirm = نتیجهٔ ذخیره‌شده با نتیجه‌ای که قواعد امروز از همین پاسخ‌ها می‌دهند جایگزین می‌شود. هیچ پرسشی دوباره پرسیده نمی‌شود و ارجاع‌های انجام‌شده لغو نمی‌شوند.
outcome-reassess-yes = جایگزین کردن نتیجه
outcome-reassessed = با قواعد { $version } دوباره ارزیابی شد.
outcome-raised-by-interviewer = اعلام‌شده توسط مصاحبه‌گر
outcome-raised = ایمنی فوری اعلام شد
answer-yes = بله
answer-no = نه
answer-dont-know = نمی‌داند
answer-declined = ترجیح داد نگوید
answer-skipped = رد شد
error-no-interview = هیچ مصاحبه‌ای باز نیست.
error-interview-step = این گام اینجا ممکن نیست ({ $detail }).
error-questionnaire-unknown = این پرسش‌نامه نصب نشده است.
error-questionnaire-version-missing = این مصاحبه از پرسش‌نامهٔ { $id } نسخهٔ { $version } استفاده کرده که روی این دستگاه نصب نیست. برای ادامه آن را نصب کنید.
error-answer-date = دست‌کم یک سال چهاررقمی وارد کنید.
error-no-outcome = این پرونده هنوز نتیجه‌ای ندارد.

## Export and import (settings, export screen, import screen)

settings-org-key = کلید عمومی سازمان
settings-org-key-hint = محتوای فایل org.pub سازمانتان را اینجا بچسبانید: برای هر کلید یک خط که با age1 شروع می‌شود. خط‌هایی که با # شروع می‌شوند توضیح هستند. خروجی‌ها را فقط با کلید خصوصی سازمان می‌توان باز کرد.
settings-org-key-save = نصب کلید
settings-org-key-saved = { $count ->
    [one] کلید سازمان نصب شده است.
   *[other] { $count } کلید سازمان نصب شده است.
}
settings-org-key-none = هنوز هیچ کلید سازمانی نصب نشده است: خروجی رمزگذاری‌شده ممکن نیست.
settings-retention = پس از خروجی رمزگذاری‌شده
settings-retention-keep = پرونده‌های خروجی‌گرفته روی این دستگاه بمانند
settings-retention-purge = پرونده‌های خروجی‌گرفته از این دستگاه پاک شوند
settings-retention-saved = ذخیره شد.
home-export = خروجی…
home-import = وارد کردن بسته‌ها…
export-title = خروجی گرفتن یک بستهٔ رمزگذاری‌شده
export-intro = بسته برای کلید سازمان شما رمزگذاری می‌شود. می‌توان آن را روی حافظهٔ USB کپی یا ارسال کرد: فقط دفتر مرکزی می‌تواند آن را باز کند.
export-choose = پرونده‌هایی که باید خروجی گرفته شوند
export-all-finished = همهٔ پرونده‌های پایان‌یافته ({ $count })
export-case-label = { $reference }، { $status }، آخرین تغییر { $updated }
export-already = خروجی گرفته شده
export-folder = بسته را در این پوشه ذخیره کن
export-places-title = فلش‌های USB و درایوها:
export-places-none = هیچ فلش USB یا درایو جداشدنی پیدا نشد. یکی را وصل کنید و دوباره جست‌وجو کنید.
export-places-refresh = جست‌وجوی دوباره
export-submit = خروجی گرفتن بستهٔ رمزگذاری‌شده
export-working = در حال خروجی گرفتن… { $done } از { $total } پرونده
export-progress-label = پیشرفت خروجی
export-no-key = هیچ کلید سازمانی نصب نشده است. نخست آن را در تنظیمات نصب کنید.
export-open-settings = باز کردن تنظیمات
export-retention-keep = پس از خروجی، پرونده‌ها روی این دستگاه می‌مانند و «خروجی‌گرفته» علامت می‌خورند.
export-retention-purge = پس از خروجی، پرونده‌های خروجی‌گرفته از این دستگاه پاک می‌شوند.
export-done-title = خروجی پایان یافت
export-done-file = بسته با این نام ذخیره شد:
export-done-count = { $count } پرونده خروجی گرفته شد.
export-done-purged = { $count ->
    [0] پرونده‌ها روی این دستگاه می‌مانند.
   *[other] { $count } پرونده از این دستگاه پاک شد.
}
export-back = بازگشت به پرونده‌ها
import-title = وارد کردن بسته‌ها
import-intro = بسته‌های رمزگذاری‌شده را با کلید خصوصی سازمان باز کنید. هر بسته پیش از نوشتن هر چیزی بررسی می‌شود: اگر یکی دستکاری شده یا برای این کلید نباشد، هیچ چیزی وارد نمی‌شود.
import-bundles = فایل‌های بسته (مسیر کامل، هر خط یکی)
import-found-title = بسته‌های پیداشده در فلش‌های USB و در اسناد
import-found-none = هیچ بسته‌ای در فلش USB یا در اسناد پیدا نشد. فلش را وصل کنید و دوباره جست‌وجو کنید، یا مسیر را در پایین بنویسید.
import-found-add = افزودن
import-found-added = افزوده شد
import-identity = فایل کلید خصوصی سازمان (org.key)
import-passphrase = عبارت عبور کلید سازمان
import-submit = وارد کردن
import-working = در حال رمزگشایی و بررسی…
import-done-title = وارد کردن پایان یافت
import-done-summary = { $written } پرونده از { $bundles } بسته نوشته شد.
import-col-bundle = بسته
import-col-case = پرونده
import-col-result = نتیجه
import-fate-new = جدید
import-fate-duplicate = از قبل اینجا بود، دوباره نوشته نشد
import-fate-conflict = نسخهٔ دیگری از پرونده‌ای که اینجا بود، کنار آن نگه داشته شد
import-error-in-file = در { $file }:
error-export-folder = این پوشه وجود ندارد: { $folder }
error-export-running = یک خروجی هم‌اکنون در جریان است.
error-import-no-bundles = دست‌کم یک فایل بسته بدهید.
error-import-no-identity = فایل کلید سازمان را بدهید.
error-retention-invalid = تنظیم نگهداری ناشناخته است.

## Referral summaries from the outcome screen

outcome-summary-button = خلاصهٔ ارجاع (PDF)
outcome-summary-language = زبان خلاصه‌های ارجاع
outcome-summary-saved = { $file } در { $folder } ذخیره شد. این در تاریخچهٔ پرونده ثبت شده است؛ اگر رضایت پس گرفته شود، از شما خواسته می‌شود آن را از بین ببرید.
outcome-summary-folder = پوشهٔ خلاصه‌ها (یک فلش USB)
outcome-summary-folder-hint = خلاصه‌ها فقط جایی ذخیره می‌شوند که شما انتخاب کنید و نامشان نوع ارجاع و تاریخ است.
outcome-summary-with-reference = شمارهٔ مرجع پرونده در نام فایل بیاید
error-summary-folder = برای خلاصه یک پوشهٔ موجود انتخاب کنید، مثلاً یک فلش USB.
error-referral-unknown = این نوع ارجاع شناخته نشده است.
error-no-folder = پوشه‌ای برای ذخیرهٔ فایل وجود ندارد.

## The interview in the field (issue 17)

iv-none-of-these = هیچ‌کدام از این‌ها
iv-not-known = نمی‌دانم
iv-interviewer-marks = لطفاً با کلمات خودتان پاسخ دهید. مصاحبه‌کننده آنچه را می‌گویید یادداشت می‌کند.
staff-skip = رد شدن از این سؤال
staff-options-not-suggested = این گزینه‌ها را بلند نخوانید: آنچه فرد می‌گوید را علامت بزنید
staff-mark-what-said = هر چیزی را که فرد نام می‌برد علامت بزنید و سپس ذخیره کنید. علامت‌نخورده یعنی گفته نشده، نه «نه».
note-question = یادداشت برای این سؤال (فقط کارکنان)
note-case = یادداشت برای پرونده (فقط کارکنان)
note-save = ذخیرهٔ یادداشت
note-saved = یادداشت ذخیره شد.
error-note-too-long = این یادداشت خیلی طولانی است: حداکثر { $max } نویسه.
answer-none-of-these = هیچ‌کدام از این‌ها
outcome-staff-notes = یادداشت‌های کارکنان
outcome-note-on-case = دربارهٔ پرونده
outcome-notes-stay = یادداشت‌های کارکنان روی همین دستگاه می‌مانند: هرگز بخشی از خروجی نیستند و همراه پرونده حذف می‌شوند.
outcome-compare-title = چه چیزی تغییر می‌کند
outcome-compare-stored = ذخیره‌شده اکنون (قواعد { $version })
outcome-compare-today = با قواعد امروز ({ $version })
outcome-compare-none = هیچ
outcome-compare-changed = تغییر می‌کند
staff-full-text = متن کامل، برای بررسی آنچه گفته می‌شود

new-loading-packs = در حال بارگذاری پرسشنامه‌ها…
settings-org-key-until-profile = کلیدی که اینجا جای‌گذاری شود تا نصب نمایهٔ سازمان شما کار می‌کند؛ از آن پس کلیدها فقط از نمایه می‌آیند.
settings-org-key-from-profile = { $count ->
    [one] خروجی‌ها برای کلید سازمان که در نمایهٔ آن آمده رمزگذاری می‌شوند.
   *[other] خروجی‌ها برای { $count } کلید سازمان که در نمایهٔ آن آمده رمزگذاری می‌شوند.
}
