# Review status: unreviewed draft — needs review by a native-speaking protection professional.
# Harbour rules: Persian texts for the summary and the short indicator labels (read by caseworkers).
# Screening wording only: never "قربانی" or "پناهنده" or "قاچاقچی".

## The summary

summary-title = خلاصه
summary-pathway-line = { $pathway }: { $level }
summary-level-none = شاخصی یافت نشد
summary-level-insufficient-information = اطلاعات برای غربالگری کافی نیست
summary-level-possible = برخی شاخص‌ها: برای ارزیابی ارجاع دهید
summary-level-strong = شاخص‌های قوی: با اولویت برای ارزیابی ارجاع دهید
summary-urgent = فوری: { $text }
summary-also = همچنین: { $flags }
summary-refer-to = ارجاع به:
summary-no-referrals = پاسخ‌های داده‌شده هیچ ارجاعی را نشان نمی‌دهد.
summary-referral-line = { $referral }: { $reason }
summary-separator = {"؛ "}
summary-why = چرا
summary-referral-urgent = فوری
summary-more = { $count ->
    [one] و { $count } مورد دیگر
   *[other] و { $count } مورد دیگر
}

## The details of the text report

report-details = جزئیات
report-rests-on = بر این پایه: { $labels }
report-answers-given = پاسخ‌هایی که این نتیجه بر آن‌ها استوار است
report-answer-worded = { $question } { $answer }
report-answer-yes = بله
report-answer-no = نه
report-answer-dont-know = نمی‌داند
report-answer-declined = ترجیح داد پاسخ ندهد
report-answer-skipped = رد شد
report-verbose-hint = کدهای شاخص و شناسه‌های پرسش نشان داده نشده‌اند؛ برای دیدن آن‌ها از ‎--verbose‎ استفاده کنید.

## Short labels for indicators

indicator-danger-now = اکنون در خطر است
indicator-afraid-of-someone-here = از کسی در این نزدیکی می‌ترسد
indicator-no-safe-place = امشب جای امنی ندارد
indicator-violence = خشونت دیده است
indicator-sexual-acts-forced = به کارهای جنسی یا پذیرفتن مشتری وادار شده است
indicator-abducted-or-sold = برخلاف میلش برده، فروخته یا شوهر/زن داده شده است
indicator-documents-kept = مدارک هویتی نزد شخص دیگری است
indicator-debt = بدهی‌ای که باید با کار بپردازد
indicator-not-free-to-leave = آزاد نیست برود، حبس یا زیر نظر است
indicator-threats = تهدید
indicator-family-threatened = خانواده تهدید شده یا آسیب دیده است
indicator-isolated = از دیگران جدا نگه داشته شده است
indicator-strong-influence = زیر کنترل شدید کسی است
indicator-threat-authorities = تهدید به گزارش به پلیس یا مقامات
indicator-threat-tell-family = تهدید به خبر دادن به خانواده‌اش
indicator-threat-worse = تهدید به شرایط بدتر
indicator-forced-offences = وادار به قانون‌شکنی شده است
indicator-forced-to-lie = وادار شده دربارهٔ وضعش دروغ بگوید
indicator-forced-against-others = وادار شده علیه دیگرانِ در همین وضع کاری کند
indicator-little-or-no-pay = دستمزد کم یا بدون دستمزد
indicator-pay-manipulated = دستمزد بدون توافق کم یا عوض شده است
indicator-long-hours = ساعت‌های کار بسیار طولانی
indicator-harsh-conditions = شرایط کار یا زندگی سخت
indicator-dangerous-work = کار خطرناک
indicator-no-protection-at-work = نه قرارداد و نه حمایتی در کار
indicator-no-school = از مدرسه محروم است
indicator-deceived-job = دربارهٔ کار فریب خورده است
indicator-deceived-pay = دربارهٔ دستمزد فریب خورده است
indicator-deceived-conditions = دربارهٔ شرایط کار فریب خورده است
indicator-deceived-housing = دربارهٔ محل زندگی فریب خورده است
indicator-deceived-papers = دربارهٔ مدارک یا وضعیت قانونی فریب خورده است
indicator-deceived = فریب یا وعده‌های دروغ
indicator-dependent = وابسته به کسانی که کنترلش می‌کنند
indicator-situation-used = از وضعیت دشوارش سوءاستفاده شده است
indicator-ground-race = به‌خاطر نژاد یا قومیتش هدف قرار گرفته است
indicator-ground-religion = به‌خاطر دینش هدف قرار گرفته است
indicator-ground-nationality = به‌خاطر ملیتش هدف قرار گرفته است
indicator-ground-social-group = به‌خاطر آنچه هست (یک گروه اجتماعی) هدف قرار گرفته است
indicator-ground-political-opinion = به‌خاطر دیدگاه‌های سیاسی‌اش هدف قرار گرفته است
indicator-serious-harm = آسیب جدی دیده یا از آن می‌ترسد
indicator-torture-risk = خطر شکنجه در صورت بازگشت
indicator-harm-on-return = خطر آسیب جدی در صورت بازگشت
indicator-retrafficking-risk = خطر بهره‌کشی دوباره در صورت بازگشت
indicator-no-state-protection = حمایتی از سوی مقامات ندارد
indicator-afraid-to-return = از بازگشت می‌ترسد
indicator-armed-conflict = درگیری مسلحانه در کشورش
indicator-widespread-violence = خشونت گسترده در کشورش
indicator-no-nationality = بدون تابعیت
indicator-nationality-in-doubt = تابعیت نامشخص
indicator-outside-country = بیرون از کشور خود
indicator-distress = پریشانی عاطفی
indicator-health-needs = نیازهای درمانی
indicator-without-carers = بدون پدر و مادر یا سرپرست همیشگی
indicator-separated = جدا از پدر و مادر یا سرپرست همیشگی
indicator-child-at-risk = کودکِ در معرض خطر
indicator-woman-at-risk = زن یا دختر در معرض خطر
indicator-needs-protection = نگرانی دربارهٔ امنیتش در جایی که اکنون هست
indicator-family-separation = جدا از خانواده
indicator-under-18 = زیر ۱۸ سال
indicator-woman-or-girl = زن یا دختر
indicator-irregular-entry = به‌طور غیرقانونی از مرز گذشته است
indicator-no-papers-to-stay = مدرکی برای ماندن ندارد
indicator-crossing-agreed = با عبور از مرز موافقت کرده است
indicator-crossing-paid = برای عبور از مرز به کسی پول داده است
indicator-helpers-gone = ارتباط با کسانی که کمک کردند با رسیدن تمام شد
indicator-forced-work = کاری که نمی‌توانست رد کند یا ترک کند
indicator-sexual-exploitation = بهره‌کشی جنسی
indicator-slavery = مانند دارایی کسی با او رفتار شده است
indicator-servitude = وادار به زندگی و کار زیر کنترل کسی
indicator-organ-removal = برداشتن اعضای بدن
indicator-other-exploitation = بهره‌کشی دیگر
indicator-threats-or-force = تهدید یا زور
indicator-coercion = فشار یا اجبار
indicator-abuse-of-power = سوءاستفاده از قدرت
indicator-payment-to-controller = پرداخت به کسی که او را کنترل می‌کند
indicator-recruited = دیگران به کارش گرفته‌اند
indicator-moved = دیگران جابه‌جایش کرده‌اند
indicator-handed-over = به دیگران سپرده شده است
indicator-kept-by-others = دیگران جایش داده یا نگهش داشته‌اند
indicator-received = دیگران هنگام رسیدن تحویلش گرفته‌اند
indicator-asylum-claimed = پیش‌تر درخواست پناهندگی داده است
indicator-moved-to-be-exploited = برای بهره‌کشی جابه‌جا یا نگه داشته شده است
indicator-other = شاخصی دیگر
