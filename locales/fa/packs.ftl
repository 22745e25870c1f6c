# Harbour: بستهٔ پرسش‌نامه‌ای که قابل استفاده نیست، همان‌طور که صفحهٔ مصاحبهٔ جدید نشان می‌دهد.
# پیش‌نویس ترجمهٔ ماشینی، هنوز به دست گویشور بومی بازبینی نشده است.

new-pack-problem = { $file }، سطر { $line }، ستون { $column } ({ $code }): { $problem }
new-pack-problem-nowhere = { $code }: { $problem }
new-pack-problem-detail = جزئیات (به انگلیسی): { $detail }

pack-problem-toml-syntax = این فایل TOML معتبر نیست.
pack-problem-unknown-field = کلیدی که قالب آن را نمی‌شناسد (اغلب غلط تایپی).
pack-problem-wrong-type = کلیدی که نوع مقدار TOML آن نادرست است.
pack-problem-missing-field = یک کلید الزامی وجود ندارد.
pack-problem-duplicate-id = دو بخش، پرسش یا گزینه شناسهٔ یکسان دارند.
pack-problem-bad-id = شناسه‌ای که فقط از حروف کوچک لاتین، رقم و `_` نیست یا با حرف شروع نمی‌شود.
pack-problem-bad-version = نسخه معنایی نیست (`MAJOR.MINOR.PATCH`).
pack-problem-unknown-kind = نوع پرسشی که قالب آن را نمی‌شناسد.
pack-problem-unsupported-rules = مجموعه‌قاعده‌ای که پرسش‌نامه برای آن نوشته شده این نیست.
pack-problem-bad-language = زبان اعلام‌شده کد زبان نیست، یا هیچ زبانی اعلام نشده است.
pack-problem-bad-options = گزینه روی نوعی که گزینه ندارد، یا انتخابی با کمتر از دو گزینه.
pack-problem-option-without-text = گزینه‌ای متن ندارد.
pack-problem-required-not-consent = فقط پرسش رضایت می‌تواند الزامی باشد.
pack-problem-bad-consent = نشان رضایت روی پرسشی است که بله/نه نیست، یا روی بیش از یک پرسش.
pack-problem-bad-bounds = مرزهای عددی روی پرسشی که عددی نیست، یا `min` بزرگ‌تر از `max`.
pack-problem-empty-section = بخشی هیچ پرسشی ندارد.
pack-problem-text-not-sensitive = پرسش متن آزاد با `sensitive = false` نشان‌گذاری شده است: متن آزاد همیشه حساس است.
pack-problem-bad-profile = نشان `profile` ناشناخته است، روی نوع نادرستی از پرسش است، یا دو بار به کار رفته است.
pack-problem-options-presentation = پرسش چندگزینه‌ای بدون `options_presentation` (`read_all` یا `not_suggested`)، این فیلد روی نوع دیگری از پرسش، یا مقداری ناشناخته.
pack-problem-condition-syntax = یک شرط قابل تجزیه نیست.
pack-problem-unknown-reference = شرطی به پرسشی اشاره می‌کند که وجود ندارد.
pack-problem-forward-reference = شرطی به پرسشی اشاره می‌کند که بعداً می‌آید (یا به خودش).
pack-problem-condition-type = شرطی انواع را با هم می‌آمیزد (مثلاً مقایسهٔ عدد با گزینه).
pack-problem-unknown-value = شرطی گزینه‌ای را نام می‌برد که پرسش ندارد، یا کد کشور نادرستی دارد.
pack-problem-condition-too-deep = شرطی عمیق‌تر از حد مجاز تودرتوست یا عملگرهای بیشتری از حد زنجیر کرده است.
pack-problem-unknown-indicator = کد شاخصی که قاعده‌ها آن را نمی‌شناسند.
pack-problem-bad-evidence = شواهدی که با نوع پرسش جور نیست.
pack-problem-ftl-syntax = فایل زبان Fluent معتبر نیست.
pack-problem-missing-message = متنی در یکی از زبان‌های اعلام‌شده وجود ندارد.
pack-problem-unused-message = پیامی که هیچ فیلدی از پرسش‌نامه از آن استفاده نمی‌کند.
pack-problem-missing-locale = زبان اعلام‌شده فایل زبان ندارد.
pack-problem-unreadable = فایلی خوانده نمی‌شود.
pack-problem-undeclared-locale = فایل زبان برای زبانی که پرسش‌نامه اعلام نکرده است.
pack-problem-ftl-too-deep = فایل زبان عبارت‌ها را عمیق‌تر از حد مجاز تودرتو کرده است؛ خوانده نمی‌شود.
pack-problem-file-too-large = فایلی از بسته بزرگ‌تر از سقف آن است (۴ مبی‌بایت برای questionnaire.toml و ۲ مبی‌بایت برای فایل زبان)؛ خوانده نمی‌شود.
