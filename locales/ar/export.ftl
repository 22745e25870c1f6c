# تصدير Harbour: ملخصات الإحالة (الترجمة تحتاج إلى مراجعة من متحدث أصلي).

export-summary-title = ملخص الإحالة
export-summary-confidential = سري: بيانات شخصية. لا تُشارك إلا مع الجهة المذكورة أدناه. هذا فحص أولي وليس قرارًا.
export-summary-case = رقم الملف
export-summary-assessed = تاريخ التقييم
export-summary-rules = إصدار القواعد
export-summary-generated = تاريخ الإعداد
export-summary-referral = الإحالة إلى
export-summary-urgent = عاجل: يجب التصرف فورًا
export-summary-not-recommended = لم تكن هذه الإحالة ضمن الإحالات التي أوصى بها الفحص.
export-summary-safety = السلامة الفورية
export-summary-safety-yes = أُبلغ عن خطر فوري: يجب تأمين السلامة أولًا.
export-summary-safety-no = لم يُبلغ عن خطر فوري.
export-summary-person = الشخص
export-summary-age-band = الفئة العمرية
export-summary-gender = الجنس
export-summary-nationality = الجنسية
export-summary-child = طفل (دون 18 عامًا)
export-summary-unaccompanied = طفل غير مصحوب أو منفصل عن ذويه
export-summary-languages = لغات المقابلة
export-summary-yes = نعم
export-summary-no = لا
export-summary-not-recorded = غير مسجل
export-summary-trafficking = الاتجار بالأشخاص: المؤشرات
export-summary-protection = الحماية الدولية: المؤشرات
export-summary-level = المستوى
export-summary-grounds = أسباب الاتفاقية المشار إليها
export-summary-other-flags = وقائع أخرى ذات صلة
export-summary-risks = فئات الخطر المرتفع
export-summary-notes = ملاحظات للجهة المستقبلة
export-summary-footer = مساعد الفحص Harbour. لا يحتوي هذا الملخص إلا على ما تحتاجه هذه الإحالة.
export-summary-separator = { ": " }

export-referral-asylum_procedure = إجراءات اللجوء
export-referral-anti_trafficking = خدمة مكافحة الاتجار بالبشر
export-referral-child_protection = حماية الطفل
export-referral-best_interests_assessment = تقييم المصالح الفضلى
export-referral-medical = الرعاية الطبية
export-referral-psychosocial = الدعم النفسي والاجتماعي
export-referral-legal_aid = المساعدة القانونية
export-referral-shelter = مأوى آمن

export-level-none = لا توجد مؤشرات
export-level-insufficient_information = معلومات غير كافية
export-level-possible = توجد مؤشرات: الإحالة للتقييم
export-level-strong = مؤشرات قوية: الإحالة للتقييم بأولوية

export-status-present = توجد مؤشرات
export-status-absent = لا توجد إشارة
export-status-unknown = غير معروف أو رفض الإجابة
export-status-not_asked = لم يُسأل

export-ground-race = العرق أو الأصل الإثني
export-ground-religion = الدين
export-ground-nationality = الجنسية
export-ground-social_group = الانتماء إلى فئة اجتماعية معينة
export-ground-political_opinion = الرأي السياسي

export-flag-smuggling = مؤشرات تهريب (عبور مدفوع وبالموافقة)
export-flag-stateless = عديم الجنسية
export-flag-non_refoulement = خطر عند العودة: لا إعادة قبل التقييم

export-risk-children_at_risk = أطفال معرضون للخطر
export-risk-unaccompanied_or_separated_child = طفل غير مصحوب أو منفصل عن ذويه
export-risk-women_and_girls_at_risk = نساء وفتيات معرضات للخطر
export-risk-survivors_of_violence_or_torture = ناجٍ من العنف أو التعذيب
export-risk-medical_needs = احتياجات طبية (بما فيها الصحة النفسية)
export-risk-legal_or_physical_protection = احتياجات الحماية القانونية أو الجسدية
export-risk-family_separation = انفصال عن الأسرة

export-gender-female = أنثى
export-gender-male = ذكر
export-gender-other = آخر

## Added by the i18n pass (machine draft, not yet reviewed by a native speaker).

error-export-bad-assessment = تتعذر قراءة التقييم المحفوظ لهذه الحالة.
error-export-bad-setting = أحد إعدادات الخزنة تالف. لم يُكتب أي شيء.
error-export-bad-identity = هذا الملف ليس مفتاح منظمة محميًا بعبارة مرور.
error-export-bad-recipient = السطر { $line } من مفتاح المنظمة ليس مفتاحًا: كل مفتاح سطر واحد يبدأ بالحروف age1. تحقّق من لصق ملف org.pub كاملًا.
error-export-case-not-found = لا توجد حالة كهذه في هذه الخزنة.
error-export-font = يتعذر قراءة خط الملخص.
error-export-internal = خطأ داخلي أثناء التصدير.
error-export-io = تعذّرت قراءة الملف أو الكتابة فيه.
error-export-key-exists = يوجد مفتاح منظمة هناك بالفعل؛ ولا يُستبدل أبدًا.
error-export-no-assessment = لا يوجد تقييم لهذه الحالة بعد: أنهِ المقابلة أولًا.
error-export-no-recipients = لم يُحدَّد أي مفتاح عام للمنظمة: لن يستطيع أحد قراءة الحزمة.
error-export-not-a-bundle = هذا الملف ليس حزمة Harbour. لم يُستورد أي شيء.
error-export-nothing = لا توجد حالة للتصدير بهذا الاختيار.
error-export-output-exists = يوجد ملف بهذا الاسم بالفعل. لم يُكتب أي شيء.
error-export-tampered = هذه الحزمة معدَّلة أو تالفة. لم يُستورد أي شيء.
error-export-truncated = هذه الحزمة ناقصة (مقطوعة). لم يُستورد أي شيء.
error-export-unknown-referral = نوع إحالة غير معروف.
error-export-unsupported-language = لا يتوفر بعد ملخص قابل للطباعة بهذه اللغة.
error-export-weak-key-passphrase = عبارة المرور هذه ضعيفة جدًا لمفتاح المنظمة.
error-export-wrong-identity = هذه الحزمة ليست موجهة إلى مفتاح المنظمة هذا. لم يُستورد أي شيء.
error-export-wrong-key-passphrase = عبارة مرور خاطئة لمفتاح المنظمة.
export-element-complementary = الحماية التكميلية (ضرر جسيم عند العودة)
export-element-ilo2012-forced_labour = العمل الجبري (منظمة العمل الدولية، 2012)
export-element-non_refoulement = خطر عند العودة (عدم الإعادة القسرية)
export-element-palermo-act = الفعل (التجنيد، النقل، الإيواء…)
export-element-palermo-means = الوسيلة (القوة، الخداع، استغلال حالة الاستضعاف…)
export-element-palermo-purpose = غرض الاستغلال
export-element-refugee-fear = الخوف من العودة
export-element-refugee-ground = صلة بأحد أسباب الاتفاقية
export-element-refugee-no_state_protection = لا توجد حماية فعّالة من الدولة
export-element-refugee-outside_country = خارج بلد الجنسية أو الإقامة
export-element-refugee-persecution = ضرر جسيم أو اضطهاد
export-element-statelessness = انعدام الجنسية
export-note-age-unknown-child-test = لم يُثبَت العمر: طُبّق معيار الطفل (لا يُشترط عنصر الوسيلة).
export-note-both-pathways = ينطبق المساران كلاهما: أحِل إلى كليهما، فلا يستبعد أحدهما الآخر.
export-note-danger-unanswered = لم تتم الإجابة عن الأسئلة المتعلقة بالخطر الفوري: اطرحها مجددًا في مكان آمن.
export-note-non-penalisation-refugee = دخول غير نظامي مع مؤشرات على الحاجة إلى الحماية: لا ينبغي معاقبة الشخص على هذا الدخول (اتفاقية 1951، المادة 31).
export-note-non-penalisation-trafficking = دخول أو إقامة غير نظامية مرتبطة باتجار محتمل: لا ينبغي معاقبة الشخص على ذلك.
export-note-screening-not-determination = هذا فحص أولي، وليس تحديدًا للوضع القانوني.
export-note-smuggling-and-trafficking = مؤشرات التهريب لا تستبعد الاتجار: وُجد كلاهما.
export-note-smuggling-relationship-continued = استمرت العلاقة مع المهرِّب بعد الوصول: تحقّق من وجود استغلال.
export-note-smuggling-relationship-continued-asked = استمرت العلاقة مع المهرِّب بعد الوصول: تحقّق من وجود استغلال.
export-note-statelessness-risk = خطر انعدام الجنسية: تحقّق من وثائق الجنسية.
export-note-trafficking-and-protection = مؤشرات على الاتجار بالبشر، والشخص خارج بلده: قد تلزم الحماية الدولية أيضًا.
export-note-trafficking-and-protection-fear-answered = مؤشرات على الاتجار بالبشر، والشخص خارج بلده: قد تلزم الحماية الدولية أيضًا.
export-note-urgent-safety-first = خطر فوري: عالج مسألة السلامة قبل أي شيء آخر.
export-status-below_threshold = بعض المؤشرات، دون الحد المطلوب
export-status-not_required = غير مطلوب
