# خروجی Harbour: خلاصه‌های ارجاع و خطاهای خروجی.
# پیش‌نویس ترجمهٔ ماشینی؛ هنوز توسط گویشور بومی بازبینی نشده است.

export-summary-title = خلاصهٔ ارجاع
export-summary-confidential = محرمانه: داده‌های شخصی. فقط با نهادی که در زیر آمده است به اشتراک بگذارید. این یک غربالگری است، نه یک تصمیم.
export-summary-case = شمارهٔ مرجع پرونده
export-summary-assessed = تاریخ ارزیابی
export-summary-rules = نسخهٔ قواعد
export-summary-generated = تاریخ تهیه
export-summary-referral = ارجاع به
export-summary-urgent = فوری: همین حالا اقدام کنید
export-summary-not-recommended = این ارجاع در میان ارجاع‌هایی که غربالگری پیشنهاد کرده بود نبود.
export-summary-safety = ایمنی فوری
export-summary-safety-yes = خطر فوری گزارش شده است: نخست به ایمنی رسیدگی کنید.
export-summary-safety-no = هیچ خطر فوری گزارش نشده است.
export-summary-person = فرد
export-summary-age-band = گروه سنی
export-summary-gender = جنسیت
export-summary-nationality = تابعیت
export-summary-child = کودک (زیر ۱۸ سال)
export-summary-unaccompanied = کودک بدون همراه یا جدا‌افتاده از خانواده
export-summary-languages = زبان‌های مصاحبه
export-summary-yes = بله
export-summary-no = خیر
export-summary-not-recorded = ثبت نشده
export-summary-trafficking = قاچاق انسان: شاخص‌ها
export-summary-protection = حمایت بین‌المللی: شاخص‌ها
export-summary-level = سطح
export-summary-grounds = دلایل کنوانسیون که به آن‌ها اشاره شده است
export-summary-other-flags = واقعیت‌های مرتبط دیگر
export-summary-risks = گروه‌های در معرض خطر بیشتر
export-summary-notes = یادداشت‌ها برای نهاد دریافت‌کننده
export-summary-footer = دستیار غربالگری Harbour. این خلاصه فقط آنچه را که این ارجاع لازم دارد در بر می‌گیرد.

export-referral-asylum_procedure = روند پناهندگی
export-referral-anti_trafficking = خدمات مبارزه با قاچاق انسان
export-referral-child_protection = حمایت از کودک
export-referral-best_interests_assessment = ارزیابی منافع عالیهٔ کودک
export-referral-medical = مراقبت پزشکی
export-referral-psychosocial = حمایت روانی-اجتماعی
export-referral-legal_aid = کمک حقوقی
export-referral-shelter = سرپناه امن

export-level-none = بدون شاخص
export-level-insufficient_information = اطلاعات ناکافی
export-level-possible = شاخص‌هایی وجود دارد: برای ارزیابی ارجاع دهید
export-level-strong = شاخص‌های قوی: با اولویت برای ارزیابی ارجاع دهید

export-status-present = شاخص‌هایی وجود دارد
export-status-below_threshold = برخی شاخص‌ها، کمتر از آستانه
export-status-absent = نشان داده نشده
export-status-unknown = نامعلوم یا بی‌پاسخ
export-status-not_asked = پرسیده نشده
export-status-not_required = لازم نیست

export-element-palermo-act = عمل (به‌کارگیری، جابه‌جایی، پناه دادن…)
export-element-palermo-means = وسیله (زور، فریب، سوءاستفاده از آسیب‌پذیری…)
export-element-palermo-purpose = هدف بهره‌کشی
export-element-ilo2012-forced_labour = کار اجباری (سازمان بین‌المللی کار، ۲۰۱۲)
export-element-refugee-outside_country = بیرون از کشور تابعیت یا اقامت
export-element-refugee-fear = ترس از بازگشت
export-element-refugee-persecution = آسیب جدی یا آزار و اذیت
export-element-refugee-ground = پیوند با یکی از دلایل کنوانسیون
export-element-refugee-no_state_protection = نبود حمایت مؤثر دولت

export-ground-race = نژاد یا قومیت
export-ground-religion = دین
export-ground-nationality = ملیت
export-ground-social_group = عضویت در یک گروه اجتماعی خاص
export-ground-political_opinion = عقیدهٔ سیاسی

export-flag-smuggling = شاخص‌های قاچاق مهاجر (عبوری با پرداخت پول و با رضایت)
export-flag-stateless = بی‌تابعیت
export-flag-non_refoulement = خطر در صورت بازگشت: تا پایان ارزیابی بازگردانده نشود

export-risk-children_at_risk = کودکان در معرض خطر
export-risk-unaccompanied_or_separated_child = کودک بدون همراه یا جدا‌افتاده از خانواده
export-risk-women_and_girls_at_risk = زنان و دختران در معرض خطر
export-risk-survivors_of_violence_or_torture = بازماندهٔ خشونت یا شکنجه
export-risk-medical_needs = نیازهای پزشکی (از جمله سلامت روان)
export-risk-legal_or_physical_protection = نیاز به حمایت حقوقی یا جسمی
export-risk-family_separation = جدایی از خانواده

export-gender-female = زن
export-gender-male = مرد
export-gender-other = دیگر

error-export-bad-recipient = خط { $line } کلید سازمان یک کلید نیست: هر کلید یک خط است که با حروف age1 شروع می‌شود. بررسی کنید که کل فایل org.pub چسبانده شده باشد.
error-export-no-recipients = هیچ کلید عمومی سازمانی تعیین نشده است: هیچ‌کس نمی‌توانست بسته را بخواند.
error-export-wrong-key-passphrase = عبارت عبور کلید سازمان نادرست است.
error-export-bad-identity = این فایل کلید سازمانیِ محافظت‌شده با عبارت عبور نیست.
error-export-weak-key-passphrase = این عبارت عبور برای کلید سازمان بیش از حد ضعیف است.
error-export-key-exists = آنجا از قبل یک کلید سازمان هست؛ هرگز رونویسی نمی‌شود.
error-export-wrong-identity = این بسته برای این کلید سازمان فرستاده نشده است. چیزی وارد نشد.
error-export-truncated = این بسته ناقص است (بریده شده). چیزی وارد نشد.
error-export-tampered = این بسته دستکاری شده یا آسیب دیده است. چیزی وارد نشد.
error-export-not-a-bundle = این فایل یک بستهٔ Harbour نیست. چیزی وارد نشد.
error-export-output-exists = فایلی با این نام از قبل وجود دارد. چیزی نوشته نشد.
error-export-io = خواندن یا نوشتن فایل ممکن نشد.
error-export-case-not-found = چنین پرونده‌ای در این گاوصندوق نیست.
error-export-nothing = با این انتخاب، پرونده‌ای برای خروجی گرفتن نیست.
error-export-no-assessment = این پرونده هنوز ارزیابی ندارد: نخست مصاحبه را به پایان برسانید.
error-export-bad-assessment = ارزیابی ذخیره‌شدهٔ این پرونده خوانده نمی‌شود.
error-export-bad-setting = یکی از تنظیمات گاوصندوق آسیب دیده است. چیزی نوشته نشد.
error-export-unknown-referral = نوع ارجاع ناشناخته است.
error-export-unsupported-language = خلاصهٔ قابل چاپ به این زبان هنوز در دسترس نیست.
error-export-font = قلم خلاصه خوانده نمی‌شود.
error-export-internal = خطای داخلی هنگام خروجی گرفتن.

## Legal elements and notes for the receiving service

export-summary-separator = { ": " }
export-element-complementary = حمایت تکمیلی (آسیب جدی در صورت بازگشت)
export-element-non_refoulement = خطر در صورت بازگشت (اصل منع بازگرداندن اجباری)
export-element-statelessness = بی‌تابعیتی

export-note-screening-not-determination = این یک غربالگری است، نه تعیین وضعیت.
export-note-both-pathways = هر دو مسیر صدق می‌کند: به هر دو ارجاع دهید؛ هیچ‌یک دیگری را منتفی نمی‌کند.
export-note-non-penalisation-trafficking = ورود یا اقامت غیرقانونی مرتبط با قاچاق احتمالی انسان: این فرد نباید به این خاطر مجازات شود.
export-note-non-penalisation-refugee = ورود غیرقانونی همراه با نشانه‌های نیاز به حمایت: این فرد نباید به خاطر این ورود مجازات شود (کنوانسیون ۱۹۵۱، مادهٔ ۳۱).
export-note-smuggling-and-trafficking = شاخص‌های قاچاق مهاجر، قاچاق انسان را منتفی نمی‌کند: هر دو یافت شد.
export-note-smuggling-relationship-continued = رابطه با قاچاقچی پس از رسیدن ادامه یافت: احتمال بهره‌کشی را بررسی کنید.
export-note-smuggling-relationship-continued-asked = رابطه با قاچاقچی پس از رسیدن ادامه یافت: احتمال بهره‌کشی را بررسی کنید.
export-note-age-unknown-child-test = سن مشخص نشده است: معیار کودک به کار رفت (عنصر وسیله لازم نیست).
export-note-trafficking-and-protection = نشانه‌های قاچاق انسان، و فرد بیرون از کشورش است: ممکن است به حمایت بین‌المللی هم نیاز باشد.
export-note-trafficking-and-protection-fear-answered = نشانه‌های قاچاق انسان، و فرد بیرون از کشورش است: ممکن است به حمایت بین‌المللی هم نیاز باشد.
export-note-statelessness-risk = خطر بی‌تابعیتی: مدارک تابعیت را بررسی کنید.
export-note-danger-unanswered = به پرسش‌های مربوط به خطر فوری پاسخ داده نشد: در جایی امن دوباره بپرسید.
export-note-urgent-safety-first = خطر فوری: پیش از هر کاری به ایمنی رسیدگی کنید.
