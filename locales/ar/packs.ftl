# Harbour: حزمة استبيان لا يمكن استخدامها، كما تعرضها شاشة المقابلة الجديدة.
# مسودة ترجمة آلية، لم يراجعها متحدث أصلي بعد.

new-pack-problem = { $file }، السطر { $line }، العمود { $column } ({ $code }): { $problem }
new-pack-problem-nowhere = { $code }: { $problem }
new-pack-problem-detail = التفاصيل (بالإنجليزية): { $detail }

pack-problem-toml-syntax = الملف ليس بصيغة TOML صحيحة.
pack-problem-unknown-field = مفتاح لا يعرفه التنسيق (غالبًا خطأ إملائي).
pack-problem-wrong-type = مفتاح يحمل نوعًا خاطئًا من قيم TOML.
pack-problem-missing-field = مفتاح مطلوب مفقود.
pack-problem-duplicate-id = قسمان أو سؤالان أو خياران يشتركان في المعرّف نفسه.
pack-problem-bad-id = معرّف لا يتكون من أحرف لاتينية صغيرة وأرقام و`_` ولا يبدأ بحرف.
pack-problem-bad-version = رقم الإصدار ليس بالصيغة الدلالية (`MAJOR.MINOR.PATCH`).
pack-problem-unknown-kind = نوع سؤال لا يعرفه التنسيق.
pack-problem-unsupported-rules = مجموعة القواعد التي يستهدفها الاستبيان ليست هذه.
pack-problem-bad-language = لغة معلنة ليست رمز لغة، أو لم تُعلن أي لغة.
pack-problem-bad-options = خيارات على نوع لا خيارات له، أو اختيار بأقل من خيارين.
pack-problem-option-without-text = خيار بلا نص.
pack-problem-required-not-consent = سؤال الموافقة وحده يجوز أن يكون إلزاميًا.
pack-problem-bad-consent = علامة الموافقة على سؤال ليس من نوع نعم/لا، أو على أكثر من سؤال.
pack-problem-bad-bounds = حدود رقمية على سؤال ليس رقميًا، أو `min` أكبر من `max`.
pack-problem-empty-section = قسم بلا أسئلة.
pack-problem-text-not-sensitive = سؤال نص حر مُعلَّم `sensitive = false`: النص الحر حساس دائمًا.
pack-problem-bad-profile = علامة `profile` غير معروفة، أو على نوع سؤال خاطئ، أو مستخدمة مرتين.
pack-problem-options-presentation = سؤال متعدد الاختيارات بلا `options_presentation` (`read_all` أو `not_suggested`)، أو هذا الحقل على نوع سؤال آخر، أو قيمة غير معروفة.
pack-problem-condition-syntax = تعذّر تحليل شرط.
pack-problem-unknown-reference = شرط يذكر سؤالًا غير موجود.
pack-problem-forward-reference = شرط يذكر سؤالًا يأتي لاحقًا (أو السؤال نفسه).
pack-problem-condition-type = شرط يخلط بين الأنواع (مثل مقارنة رقم بخيار).
pack-problem-unknown-value = شرط يذكر خيارًا ليس للسؤال، أو رمز بلد غير صحيح.
pack-problem-condition-too-deep = شرط متداخل أعمق، أو يسلسل عوامل أكثر، من الحد المسموح.
pack-problem-unknown-indicator = رمز مؤشر لا تعرفه القواعد.
pack-problem-bad-evidence = دليل لا يناسب نوع السؤال.
pack-problem-ftl-syntax = ملف لغة ليس بصيغة Fluent صحيحة.
pack-problem-missing-message = نص مفقود في لغة معلنة.
pack-problem-unused-message = رسالة لا يستخدمها أي حقل في الاستبيان.
pack-problem-missing-locale = لغة معلنة بلا ملف لغة.
pack-problem-unreadable = تعذّرت قراءة ملف.
pack-problem-undeclared-locale = ملف لغة للغة لا يعلنها الاستبيان.
pack-problem-ftl-too-deep = ملف لغة يداخل التعابير أعمق من الحد المسموح؛ لم يُقرأ.
pack-problem-file-too-large = ملف في الحزمة أكبر من حده الأقصى (4 ميبيبايت لملف questionnaire.toml و2 ميبيبايت لملف اللغة)؛ لم يُقرأ.
