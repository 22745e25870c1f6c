# تبادل موثوق: حزم موقّعة من أجهزة مسجّلة (أخطاء الاستيراد والتسجيل).
# machine-draft: not yet reviewed by a native speaker.

error-import-unsigned = هذه الحزمة غير موقّعة من جهاز. لم يُستورد أي شيء.
error-import-bad-signature = توقيع الجهاز على هذه الحزمة غير صحيح: عُدّلت بعد التصدير. لم يُستورد أي شيء.
error-import-wrong-organisation = أُعدّت هذه الحزمة لمنظمة أخرى أو أعاد شخص آخر تشفيرها. لم يُستورد أي شيء.
error-import-device-not-enrolled = هذه الحزمة من جهاز غير مسجّل هنا. إنها محتجزة ولم تُستورد: قارن بصمة الجهاز وسجّله ثم استورد مرة أخرى.
error-import-replay = هذه الحزمة أقدم من حزمة استُوردت من الجهاز نفسه وقد تستبدل بيانات أحدث. لم يُستورد أي شيء.
error-import-case-withdrawn = تحتوي هذه الحزمة على حالة سُحبت هنا ولا يجوز أن تعود. لم يُستورد أي شيء.
error-import-bad-field = أحد الحقول في هذه الحزمة ليس بالصيغة المتوقعة. لم يُستورد أي شيء.
error-import-too-large = هذه الحزمة أكبر من أن تُستورد. لم يُستورد أي شيء.
error-import-bad-enrolment = هذا ليس ملف تسجيل جهاز صالحًا. لم يُسجَّل أي شيء.
error-import-fingerprint-mismatch = البصمة لا تطابق بصمة الجهاز. لم يُسجَّل أي شيء.
error-profile-invalid = هذا ليس ملف تعريف منظمة صالحًا. لم يُثبَّت أي شيء.
error-profile-not-trusted = ملف تعريف المنظمة هذا غير موقّع بمفتاح المنظمة المثبّت. لم يُثبَّت أي شيء.
error-profile-installed = لهذا الجهاز ملف تعريف منظمة: لا تتغير مفاتيحه إلا بملف تعريف توقّعه المنظمة.
error-pack-unsigned = حزمة الاستبيان هذه غير موقّعة. لا تُعرض لمقابلات جديدة.
error-pack-bad-signature = توقيع حزمة الاستبيان هذه غير صحيح. لا تُعرض لمقابلات جديدة.
error-pack-changed = عُدّلت حزمة الاستبيان هذه أو لم توافق عليها المنظمة. لا تُعرض لمقابلات جديدة.

# تسجيل جهاز (الشاشات).
device-fingerprint = بصمة هذا الجهاز:
device-fingerprint-hint = يقارنها المقر الرئيسي قبل أن يقبل ما يصدّره هذا الجهاز: اقرأها عليهم بصوت عالٍ، أو دعهم يرون هذه الشاشة.
import-held-title = محتجزة: هذا الجهاز غير مسجّل هنا
import-held-body = قارن هذه البصمة بالبصمة التي يعرضها الجهاز (الموظفون والجهاز). فقط إذا كانتا متطابقتين، اكتبها أدناه لتسجيل الجهاز، ثم استورد مرة أخرى.
import-held-fingerprint = البصمة في الحزمة:
import-enrol-type = البصمة التي يعرضها الجهاز
import-enrol-submit = تسجيل هذا الجهاز
import-enrolled = سُجّل الجهاز. استورد الحزمة مرة أخرى.

# Questionnaire packs not offered, and the organisation profile (Settings).
pack-problem-invalid = فيه أخطاء:
pack-problem-unsigned = غير موقّع من المنظمة:
pack-problem-bad-signature = توقيعه لا يتحقق بمفتاح المنظمة:
pack-problem-changed = تغيّر منذ توقيعه:
pack-problem-not-approved = غير معتمد في ملف تعريف المنظمة:
pack-problem-no-profile = لا يوجد ملف تعريف للمنظمة مثبّت، لذا لا يمكن التحقق منه:
pack-problem-load-failed = تعذّر تحميله:
profile-title = ملف تعريف المنظمة
profile-installed = ملف تعريف { $name } ({ $id })، رقم { $serial }، مثبّت. لا تتغير المفاتيح والاستبيانات المعتمدة إلا بملف تعريف موقّع من هذه المنظمة.
profile-none = لا يوجد ملف تعريف للمنظمة مثبّت. اطلب من المقر ملف تعريف منظمتك.
profile-none-pasted = لا يوجد ملف تعريف للمنظمة مثبّت: يستخدم هذا الجهاز مفتاح منظمة أُلصق يدويًا، ويمكن لأي مشرف استبداله. يبقى صالحًا حتى تثبّت ملف تعريف منظمتك.
profile-fingerprint = بصمة مفتاح التوقيع:
profile-found-title = ملفات التعريف على الأقراص القابلة للإزالة وفي المستندات
profile-found-none = لم يُعثر على ملف تعريف. أدخل ذاكرة USB الواردة من المقر، أو اكتب مسار الملف أدناه.
profile-found-choose = اقرأ هذا الملف
profile-file = ملف التعريف
profile-read = اقرأ ملف التعريف
profile-preview-first = قارن قبل التثبيت
profile-preview-update = تحديث لملف تعريف منظمتك
profile-preview-org = من { $name } ({ $id })، ملف التعريف رقم { $serial }.
profile-compare-hint = اتصل بالمقر واطلب منهم قراءة بصمتهم بصوت عالٍ. اكتبها أدناه فقط إذا كانت مطابقة للبصمة أعلاه. البصمة المختلفة تعني أن الملف ليس من منظمتك: لا تثبّته.
profile-type-fingerprint = البصمة التي قرأها لك المقر
profile-install = ثبّت ملف التعريف
profile-update-signed = إنه موقّع بالمفتاح المثبّت لمنظمتك. ما الذي يتغير:
profile-change-new-pack = استبيان معتمد جديد: { $pack }
profile-change-removed-pack = لم يعد معتمدًا: { $pack }
profile-change-key-rotated = يتغير مفتاح توقيع المنظمة (بصمة جديدة، معروضة أعلاه).
profile-change-recipients = تتغير المفاتيح التي تُشفَّر لها عمليات التصدير.
profile-change-pack-key = يتغير المفتاح الذي يوقّع الاستبيانات.
profile-change-policies = تتغير سياسات المنظمة (الاحتفاظ بعد التصدير، الاسترداد، المسح بعد محاولات فتح فاشلة).
profile-change-none = لا شيء سوى رقم ملف التعريف.
profile-install-update = ثبّت التحديث
profile-installed-now = ملف تعريف { $name } (رقم { $serial }) مثبّت.
error-profile-fingerprint-mismatch = البصمة المكتوبة ليست بصمة ملف التعريف هذا. لم يُثبَّت شيء: تحقق مع المقر.
error-profile-no-file = اختر ملف تعريف المنظمة أولًا.
