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
