# Review status: unreviewed draft — needs review by a native-speaking protection professional.
# Harbour rules: Persian texts for the outcome's message ids (read by caseworkers).
# Screening wording only: "شاخص‌هایی وجود دارد: برای ارزیابی ارجاع دهید". Never call the person a
# victim or a refugee; the rules do not decide status.

## Headings for the text report

report-title = نتیجهٔ غربالگری
report-rules-version = نسخهٔ قواعد: { $version }
report-pathways = مسیرها
report-flags = موارد نیازمند توجه
report-referrals = ارجاع‌های پیشنهادی
report-notes = یادداشت‌ها
report-why = دلیل
report-elements = عناصر
report-answers = پاسخ‌ها
report-urgent = فوری
report-no-referrals = پاسخ‌های داده‌شده هیچ ارجاعی را نشان نمی‌دهند.
report-no-flags = موردی نیازمند توجه نیست.
report-answer-line = پرسش { $question }: «{ $answer }» ({ $language })
report-indicators-line = شاخص‌ها: { $codes }

## Pathways and levels

pathway-trafficking = قاچاق انسان
pathway-international-protection = حمایت بین‌المللی
level-none = شاخصی یافت نشد
level-insufficient-information = اطلاعات کافی نیست: به پرسش‌های کلیدی پاسخ داده نشد، پاسخ «نمی‌دانم» بود یا پرسیده نشدند
level-possible = برخی شاخص‌ها وجود دارد: برای ارزیابی ارجاع دهید
level-strong = برای همهٔ عناصر معیار شاخص وجود دارد: با اولویت برای ارزیابی ارجاع دهید

## Element statuses

status-present = شاخص وجود دارد
status-below-threshold = برخی شاخص‌ها، کمتر از آستانهٔ منتشرشده
status-absent = پاسخ منفی
status-unknown = امتناع از پاسخ یا نمی‌داند
status-not-asked = پرسیده نشد
status-not-required = برای کودک لازم نیست

## Elements

element-palermo-act = عمل (به‌کارگیری، انتقال، جابه‌جایی، پناه دادن یا تحویل گرفتن)
element-palermo-means = وسایل (زور، اجبار، فریب، سوءاستفاده از موقعیت آسیب‌پذیر، ...)
element-palermo-purpose = هدف بهره‌کشی
element-ilo2012-forced-labour = شاخص‌های کار اجباری سازمان بین‌المللی کار (۲۰۱۲)
element-refugee-outside-country = بیرون از کشور تابعیت یا محل اقامت معمول پیشین
element-refugee-fear = ترس از بازگشت
element-refugee-persecution = آزار و اذیت، یا آسیب جدی در حد آن
element-refugee-ground = یکی از دلایل کنوانسیون (نژاد، مذهب، ملیت، گروه اجتماعی، عقیدهٔ سیاسی)
element-refugee-no-state-protection = نبود حمایت دولت
element-complementary = آسیب جدی خارج از دلایل کنوانسیون (درگیری مسلحانه، خشونت فراگیر)
element-non-refoulement = خطر شکنجه یا آسیب جدی در صورت بازگشت
element-statelessness = بی‌تابعیتی

ilo-list-adult-labour = بزرگسالان، بهره‌کشی کاری
ilo-list-adult-sexual = بزرگسالان، بهره‌کشی جنسی
ilo-list-child-labour = کودکان، بهره‌کشی کاری
ilo-list-child-sexual = کودکان، بهره‌کشی جنسی
ilo-element-deceptive-recruitment = به‌کارگیری با فریب
ilo-element-coercive-recruitment = به‌کارگیری با اجبار
ilo-element-vulnerability-recruitment = به‌کارگیری با سوءاستفاده از آسیب‌پذیری
ilo-element-exploitative-conditions = شرایط کاری استثماری
ilo-element-coercion-destination = اجبار در مقصد
ilo-element-vulnerability-destination = سوءاستفاده از آسیب‌پذیری در مقصد
ilo-element-in-list = سازمان بین‌المللی کار/کمیسیون اروپا: { $element } ({ $list })

ground-race = نژاد
ground-religion = مذهب
ground-nationality = ملیت
ground-social-group = عضویت در گروه اجتماعی خاص
ground-political-opinion = عقیدهٔ سیاسی

## Flags

flag-child = زیر ۱۸ سال
flag-unaccompanied-child = کودک بدون همراه یا جدامانده
flag-smuggling = شاخص‌های قاچاق مهاجران (جداگانه نشان داده می‌شود؛ قاچاق مهاجران قاچاق انسان را منتفی نمی‌کند)
flag-stateless = بدون تابعیت
flag-non-refoulement = خطر در صورت بازگشت: تا پیش از ارزیابی بازگردانده نشود
flag-urgent-safety = خطر فوری: نخست برای ایمنی اقدام کنید
flag-heightened-risk = خطر بالا: { $categories }

risk-children-at-risk = کودکان در معرض خطر
risk-unaccompanied-or-separated-child = کودک بدون همراه یا جدامانده
risk-women-and-girls-at-risk = زنان و دختران در معرض خطر
risk-survivors-of-violence-or-torture = بازماندهٔ خشونت یا شکنجه
risk-medical-needs = نیازهای پزشکی
risk-legal-or-physical-protection = نیاز به حمایت حقوقی یا جسمی
risk-family-separation = جدایی از خانواده

## Referrals

referral-asylum-procedure = رویهٔ پناهجویی
referral-anti-trafficking = سازوکار ارجاع مبارزه با قاچاق انسان
referral-child-protection = خدمات حمایت از کودک
referral-best-interests-assessment = ارزیابی منافع عالیه
referral-medical = مراقبت پزشکی
referral-psychosocial = حمایت روانی‌اجتماعی
referral-legal-aid = کمک حقوقی
referral-shelter = سرپناه امن

## Reasons: trafficking

reason-palermo-act-means-purpose = شاخص‌های عمل، وسایل و هدف بهره‌کشی وجود دارد (پروتکل پالرمو، مادهٔ ۳ (الف)).
reason-palermo-child-act-purpose = شاخص‌های عمل و هدف بهره‌کشی وجود دارد و فرد زیر ۱۸ سال است: هیچ وسیله‌ای لازم نیست (پروتکل پالرمو، مادهٔ ۳ (ج)).
reason-ilo-combination = شاخص‌های سازمان بین‌المللی کار/کمیسیون اروپا ({ $list }) به‌کارگیری، شرایط کاری استثماری و اجبار یا سوءاستفاده از آسیب‌پذیری در مقصد را نشان می‌دهند که هر یک بالاتر از آستانهٔ منتشرشده است.
reason-ilo-combination-child = شاخص‌های سازمان بین‌المللی کار/کمیسیون اروپا برای کودکان ({ $list }) به‌کارگیری و شرایط کاری استثماری را بالاتر از آستانهٔ منتشرشده نشان می‌دهند؛ برای کودک هیچ وسیله‌ای لازم نیست (پروتکل پالرمو، مادهٔ ۳ (ج)).
reason-ilo-element-present = عنصر «{ $element }» سازمان بین‌المللی کار/کمیسیون اروپا ({ $list }) به آستانهٔ منتشرشده می‌رسد: شاخص‌های قوی: { $strong }، شاخص‌های متوسط: { $medium }، شاخص‌های ضعیف: { $weak }.
reason-ilo-grades-unchecked = { $reading ->
    [project_reading] این سطح تا حدی بر درجه‌ها یا قواعد ILO/EC تکیه دارد که برداشت خود Harbour است و هنوز با بروشور منتشرشده (۲۰۰۹) تطبیق داده نشده است. با احتیاط به کار ببرید.
   *[other] این سطح تا حدی بر درجه‌ها یا قواعد ILO/EC تکیه دارد که از یک رونویسی ثانوی گرفته شده و هنوز با بروشور منتشرشده (۲۰۰۹) تطبیق داده نشده است. با احتیاط به کار ببرید.
}
reason-forced-labour-indicators = { $count ->
    [one] { $count } شاخص کار اجباری سازمان بین‌المللی کار وجود دارد.
   *[other] { $count } شاخص کار اجباری سازمان بین‌المللی کار وجود دارد.
}
reason-trafficking-indicators-present = { $count ->
    [one] { $count } شاخص قاچاق انسان وجود دارد، اما همهٔ عناصر معیار نشان داده نشده است.
   *[other] { $count } شاخص قاچاق انسان وجود دارد، اما همهٔ عناصر معیار نشان داده نشده است.
}
reason-palermo-means-missing = شاخص‌های عمل و هدف وجود دارد، اما هیچ شاخصی از وسایل نیست؛ برای فرد ۱۸ ساله یا بزرگ‌تر وسایل لازم است (پروتکل پالرمو، مادهٔ ۳ (الف)).
reason-palermo-means-missing-age-unknown = شاخص‌های عمل و هدف وجود دارد، اما هیچ شاخصی از وسایل نیست و سن فرد معلوم نیست: اگر زیر ۱۸ سال باشد، هیچ وسیله‌ای لازم نخواهد بود (پروتکل پالرمو، مادهٔ ۳ (ج)).
reason-palermo-child-act-not-linked = سن فرد کمتر از ۱۸ سال است، اما تنها عملِ نشان‌داده‌شده سفر یا جابه‌جایی است (مثلاً همراه خانواده)، و نشانه‌ای نیست که به قصد بهره‌کشی انجام شده باشد. برای کودک هیچ وسیله‌ای لازم نیست، اما عمل باید به قصد بهره‌کشی انجام شده باشد (پروتکل پالرمو، ماده ۳(الف) و ۳(ج)): برای ارزیابی ارجاع دهید.
reason-palermo-child-single-indicator = سن فرد کمتر از ۱۸ سال است، اما بهره‌کشی فقط بر یک شاخص کار اجباری سازمان بین‌المللی کار استوار است. یک شاخص به‌تنهایی قصد بهره‌کشی را نشان نمی‌دهد (شاخص‌های کار اجباری، سازمان بین‌المللی کار ۲۰۱۲: اغلب چند شاخص با هم لازم است): برای ارزیابی ارجاع دهید.
reason-palermo-means-purpose-same-indicator = تنها شاخص وسایل همان تنها شاخص هدف است: یک پاسخ به‌تنهایی نمی‌تواند دو عنصر را نشان دهد. پیش از آنکه همهٔ عناصر را نشان‌داده‌شده بدانید، پرسش‌های بیشتری بپرسید.
reason-trafficking-element-ruled-out = پاسخ‌ها { $element } را که معیار به آن نیاز دارد رد می‌کنند و هیچ شاخصی از قاچاق انسان وجود ندارد.
reason-trafficking-unanswered = هیچ شاخصی از قاچاق انسان وجود ندارد، اما به پرسش‌های مهم پاسخ داده نشد، پاسخ «نمی‌دانم» بود یا پرسیده نشدند: { $elements }. امتناع از پاسخ هرگز به معنای «نه» گرفته نمی‌شود.

## Reasons: international protection

reason-refugee-elements-present = برای همهٔ عناصر تعریف پناهنده شاخص وجود دارد (کنوانسیون ۱۹۵۱ مربوط به وضعیت پناهندگان، مادهٔ ۱ (الف) (۲))؛ دلیل یا دلایل: { $grounds }.
reason-refugee-elements-partial = برای { $present } عنصر از { $total } عنصر تعریف پناهنده شاخص وجود دارد (کنوانسیون ۱۹۵۱ مربوط به وضعیت پناهندگان، مادهٔ ۱ (الف) (۲)).
reason-complementary-protection = شاخص‌های آسیب جدی خارج از دلایل کنوانسیون (درگیری مسلحانه یا خشونت فراگیر): ممکن است حمایت تکمیلی قابل اعمال باشد.
reason-non-refoulement-risk = شاخص‌های خطر شکنجه یا آسیب جدی در صورت بازگشت (منع بازگرداندن اجباری).
reason-statelessness = شاخص‌های بی‌تابعیتی، که خود یک نیاز حمایتی مستقل است.
reason-protection-element-ruled-out = پاسخ‌ها { $element } را رد می‌کنند و هیچ شاخصی از نیاز به حمایت وجود ندارد.
reason-protection-unanswered = هیچ شاخصی از نیاز به حمایت وجود ندارد، اما به پرسش‌های مهم پاسخ داده نشد، پاسخ «نمی‌دانم» بود یا پرسیده نشدند: { $elements }. امتناع از پاسخ هرگز به معنای «نه» گرفته نمی‌شود.

## Reasons: flags

reason-flag-child = پاسخ‌ها نشان می‌دهند که فرد زیر ۱۸ سال است.
reason-flag-unaccompanied-child = فرد زیر ۱۸ سال است و بدون والدین یا سرپرستان معمول خود است.
reason-flag-smuggling = فرد با عبور از مرز موافقت کرده یا هزینهٔ آن را پرداخته است.
reason-flag-stateless = فرد هیچ تابعیتی ندارد.
reason-flag-non-refoulement = پاسخ‌ها خطری را در صورت بازگشت نشان می‌دهند.
reason-flag-non-refoulement-inside = این فرد پاسخ داده که هنوز در کشور خودش است: این بازگرداندن از مرز نیست، اما اگر به جایی که از آن گریخته بازگردانده شود در خطر است. تا زمان ارزیابی او را بازنگردانید.
reason-flag-urgent-safety = پاسخ‌ها خطری فوری را نشان می‌دهند.
reason-flag-heightened-risk = دستهٔ خطر بالا: { $category }.

## Reasons: referrals

reason-referral-asylum = شاخص‌های نیاز به حمایت (سطح: { $level }): برای ارزیابی به رویهٔ پناهجویی ارجاع دهید.
reason-referral-anti-trafficking = شاخص‌های قاچاق انسان (سطح: { $level }): برای ارزیابی به سازوکار مبارزه با قاچاق انسان ارجاع دهید.
reason-referral-child-protection = فرد زیر ۱۸ سال است: به خدمات حمایت از کودک ارجاع دهید.
reason-referral-bia-unaccompanied = کودک بدون همراه یا جدامانده: ارزیابی منافع عالیه لازم است (رهنمودهای کمیساریای عالی سازمان ملل متحد برای پناهندگان دربارهٔ رویهٔ منافع عالیه، ۲۰۲۱).
reason-referral-bia-child-at-risk = کودک در معرض خطر: ارزیابی منافع عالیه لازم است (رهنمودهای کمیساریای عالی سازمان ملل متحد برای پناهندگان دربارهٔ رویهٔ منافع عالیه، ۲۰۲۱).
reason-referral-medical = نیازهای پزشکی، یا خشونتی که ممکن است آسیب جسمی بر جا گذاشته باشد.
reason-referral-psychosocial = خشونت، بهره‌کشی یا پریشانی: حمایت روانی‌اجتماعی پیشنهاد کنید.
reason-referral-legal-aid = مسائل حقوقی که باید حل شوند (حمایت، قاچاق انسان، وضعیت حقوقی یا تابعیت).
reason-referral-shelter = فرد جای امنی ندارد، در خطر است یا به اقامتگاه امن نیاز دارد.

## Notes

note-screening-not-determination = این یک غربالگری است، نه تعیین وضعیت. وجود شاخص‌ها یعنی: برای ارزیابی توسط مرجع صلاحیت‌دار ارجاع دهید.
note-both-pathways = هر دو مسیر صدق می‌کند: به هر دو ارجاع دهید. شناسایی فرد به‌عنوان شخص متأثر از قاچاق انسان نباید مانع دسترسی به پناهجویی شود، و برعکس.
note-non-penalisation-trafficking = ورود یا اقامت غیرقانونی همراه با شاخص‌های قاچاق انسان: فرد نباید به‌خاطر جرائمی که مجبور به ارتکاب آن‌ها شده مجازات شود (کنوانسیون شورای اروپا برای مبارزه با قاچاق انسان، مادهٔ ۲۶؛ دستورالعمل ۲۰۱۱/۳۶ اتحادیهٔ اروپا، مادهٔ ۸).
note-non-penalisation-refugee = ورود غیرقانونی همراه با شاخص‌های نیاز به حمایت: هیچ مجازاتی به‌خاطر ورود یا حضور غیرقانونی اعمال نمی‌شود (کنوانسیون ۱۹۵۱ مربوط به وضعیت پناهندگان، مادهٔ ۳۱).
note-smuggling-and-trafficking = عبور از مرز با قاچاق مهاجران انجام شده و شاخص‌های قاچاق انسان نیز وجود دارد: وقتی یکی از وسایل به کار رفته باشد، رضایت به عبور اهمیتی ندارد (پروتکل پالرمو، مادهٔ ۳ (ب)).
note-smuggling-relationship-continued = رابطه با قاچاقچی با رسیدن به مقصد پایان نیافت: دربارهٔ بدهی، کنترل و کار بپرسید (تبدیلی رایج از قاچاق مهاجران به قاچاق انسان).
note-smuggling-relationship-continued-asked = رابطه با قاچاقبر با رسیدن به مقصد تمام نشد، که چرخشی رایج از قاچاق مهاجر به قاچاق انسان است: پاسخ‌های مربوط به بدهی، کنترل و کار را با در نظر داشتن این نکته بخوانید.
note-follow-up = { $topic ->
    [debts] هنوز پاسخی نیست: بدهی به کسی که فرد را جابه‌جا کرده یا به کار گرفته است. وقتی فرد آماده بود بپرسید.
    [control] هنوز پاسخی نیست: کنترل از سوی دیگران (تهدید، خشونت، نگه‌داشتن در جایی، گرفتن مدارک). وقتی فرد آماده بود بپرسید.
   *[work] هنوز پاسخی نیست: کار و شرایط آن. وقتی فرد آماده بود بپرسید.
}
note-age-unknown-child-test = سن فرد معلوم نیست. اگر زیر ۱۸ سال باشد، وسایل لازم نیست و ممکن است معیار قاچاق انسان برآورده شود: سن را تعیین کنید (با در نظر گرفتن اصل تفسیر تردید به نفع فرد).
note-trafficking-and-protection = قاچاق انسان، یا خطر دوباره قاچاق شدن در صورت بازگشت، می‌تواند در حد آزار و اذیت باشد: دربارهٔ ترس از بازگشت بپرسید.
note-trafficking-and-protection-fear-answered = قاچاق انسان، یا خطر قاچاق دوباره پس از بازگشت، می‌تواند آزار و تعقیب به شمار آید: پاسخ‌های مربوط به ترس از بازگشت را با در نظر داشتن این نکته بخوانید.
note-statelessness-risk = تابعیت فرد نامعلوم است یا مورد اختلاف است: خطر بی‌تابعیتی باید ارزیابی شود.
note-danger-unanswered = به پرسش دربارهٔ خطر فوری پاسخ داده نشد یا پاسخ «نمی‌دانم» بود: پیش از ادامه، ایمنی فرد را بررسی کنید.
note-urgent-safety-first = خطر فوری: پیش از ادامهٔ مصاحبه به ایمنی رسیدگی کنید.

## Short level names, used inside sentences

level-short-none = هیچ
level-short-insufficient-information = اطلاعات ناکافی
level-short-possible = محتمل
level-short-strong = بالا
