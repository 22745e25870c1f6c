# Review status: unreviewed draft — needs review by a native-speaking protection professional.
# Harbour rules: Arabic texts for the outcome's message ids (read by caseworkers).
# Screening wording only: "توجد مؤشرات: الإحالة للتقييم". Never call the person a victim or a
# refugee; the rules do not decide status.

## Headings for the text report

report-title = نتيجة الفحص الأولي
report-rules-version = إصدار القواعد: { $version }
report-pathways = المسارات
report-flags = نقاط تستدعي الانتباه
report-referrals = الإحالات الموصى بها
report-notes = ملاحظات
report-why = الأسباب
report-elements = العناصر
report-answers = الإجابات
report-urgent = عاجل
report-no-referrals = لا تشير الإجابات المقدَّمة إلى أي إحالة.
report-no-flags = لا توجد نقاط تستدعي الانتباه.
report-answer-line = السؤال { $question }: «{ $answer }» ({ $language })
report-indicators-line = المؤشرات: { $codes }

## Pathways and levels

pathway-trafficking = الاتجار بالأشخاص
pathway-international-protection = الحماية الدولية
level-none = لم يُعثر على مؤشرات
level-insufficient-information = معلومات غير كافية: أسئلة أساسية رُفضت الإجابة عنها أو كانت الإجابة «لا أعرف» أو لم تُطرح
level-possible = توجد بعض المؤشرات: الإحالة للتقييم
level-strong = توجد مؤشرات على كل عنصر من عناصر المعيار: الإحالة للتقييم بأولوية

## Element statuses

status-present = توجد مؤشرات
status-below-threshold = بعض المؤشرات، دون العتبة المنشورة
status-absent = الإجابة بالنفي
status-unknown = رفض الإجابة أو لا يعرف
status-not-asked = لم يُطرح السؤال
status-not-required = غير مطلوب في حالة الطفل

## Elements

element-palermo-act = الفعل (تجنيد الأشخاص أو نقلهم أو تنقيلهم أو إيواؤهم أو استقبالهم)
element-palermo-means = الوسائل (القوة، القسر، الخداع، استغلال حالة استضعاف، ...)
element-palermo-purpose = غرض الاستغلال
element-ilo2012-forced-labour = مؤشرات العمل الجبري لمنظمة العمل الدولية (2012)
element-refugee-outside-country = الوجود خارج بلد الجنسية أو بلد الإقامة المعتادة السابق
element-refugee-fear = الخوف من العودة
element-refugee-persecution = الاضطهاد، أو ضرر جسيم يرقى إليه
element-refugee-ground = سبب من أسباب الاتفاقية (العرق، الدين، الجنسية، الفئة الاجتماعية، الرأي السياسي)
element-refugee-no-state-protection = انعدام حماية الدولة
element-complementary = ضرر جسيم خارج أسباب الاتفاقية (نزاع مسلح، عنف معمم)
element-non-refoulement = خطر التعرض للتعذيب أو لضرر جسيم عند العودة
element-statelessness = انعدام الجنسية

ilo-list-adult-labour = البالغون، الاستغلال في العمل
ilo-list-adult-sexual = البالغون، الاستغلال الجنسي
ilo-list-child-labour = الأطفال، الاستغلال في العمل
ilo-list-child-sexual = الأطفال، الاستغلال الجنسي
ilo-element-deceptive-recruitment = التجنيد بالخداع
ilo-element-coercive-recruitment = التجنيد بالإكراه
ilo-element-vulnerability-recruitment = التجنيد باستغلال حالة الاستضعاف
ilo-element-exploitative-conditions = ظروف عمل استغلالية
ilo-element-coercion-destination = الإكراه في بلد المقصد
ilo-element-vulnerability-destination = استغلال حالة الاستضعاف في بلد المقصد
ilo-element-in-list = منظمة العمل الدولية/المفوضية الأوروبية: { $element } ({ $list })

ground-race = العرق
ground-religion = الدين
ground-nationality = الجنسية
ground-social-group = الانتماء إلى فئة اجتماعية معينة
ground-political-opinion = الرأي السياسي

## Flags

flag-child = دون سن 18
flag-unaccompanied-child = طفل غير مصحوب أو منفصل عن ذويه
flag-smuggling = مؤشرات تهريب المهاجرين (تُعرض على حدة؛ التهريب لا ينفي الاتجار)
flag-stateless = بلا جنسية
flag-non-refoulement = خطر عند العودة: لا يُعاد قبل التقييم
flag-urgent-safety = خطر داهم: التصرف أولًا لضمان السلامة
flag-heightened-risk = خطر مرتفع: { $categories }

risk-children-at-risk = أطفال معرضون للخطر
risk-unaccompanied-or-separated-child = طفل غير مصحوب أو منفصل عن ذويه
risk-women-and-girls-at-risk = نساء وفتيات معرضات للخطر
risk-survivors-of-violence-or-torture = ناجٍ أو ناجية من العنف أو التعذيب
risk-medical-needs = احتياجات طبية
risk-legal-or-physical-protection = احتياجات الحماية القانونية أو الجسدية
risk-family-separation = انفصال عن الأسرة

## Referrals

referral-asylum-procedure = إجراءات اللجوء
referral-anti-trafficking = آلية الإحالة لمكافحة الاتجار بالأشخاص
referral-child-protection = خدمات حماية الطفل
referral-best-interests-assessment = تقييم المصالح الفضلى
referral-medical = رعاية طبية
referral-psychosocial = دعم نفسي واجتماعي
referral-legal-aid = مساعدة قانونية
referral-shelter = مأوى آمن

## Reasons: trafficking

reason-palermo-act-means-purpose = توجد مؤشرات على الفعل والوسائل وغرض الاستغلال (بروتوكول باليرمو، المادة 3 (أ)).
reason-palermo-child-act-purpose = توجد مؤشرات على الفعل وغرض الاستغلال، والشخص دون سن 18: لا يلزم توافر أي وسيلة (بروتوكول باليرمو، المادة 3 (ج)).
reason-ilo-combination = تُظهر مؤشرات منظمة العمل الدولية/المفوضية الأوروبية ({ $list }) التجنيد وظروف العمل الاستغلالية والإكراه أو استغلال حالة الاستضعاف في بلد المقصد، وكل منها فوق العتبة المنشورة.
reason-ilo-combination-child = تُظهر مؤشرات منظمة العمل الدولية/المفوضية الأوروبية الخاصة بالأطفال ({ $list }) التجنيد وظروف العمل الاستغلالية فوق العتبة المنشورة؛ وفي حالة الطفل لا يلزم توافر أي وسيلة (بروتوكول باليرمو، المادة 3 (ج)).
reason-ilo-element-present = عنصر منظمة العمل الدولية/المفوضية الأوروبية «{ $element }» ({ $list }) يبلغ العتبة المنشورة: مؤشرات قوية: { $strong }، مؤشرات متوسطة: { $medium }، مؤشرات ضعيفة: { $weak }.
reason-ilo-grades-unchecked = { $reading ->
    [project_reading] يستند هذا المستوى جزئيًا إلى درجات أو قواعد من منظمة العمل الدولية والمفوضية الأوروبية هي قراءة Harbour الخاصة، ولم تُراجَع بعد مقابل الكتيّب المنشور (2009). تعامل معه بحذر.
   *[other] يستند هذا المستوى جزئيًا إلى درجات أو قواعد من منظمة العمل الدولية والمفوضية الأوروبية مأخوذة من نقل ثانوي، ولم تُراجَع بعد مقابل الكتيّب المنشور (2009). تعامل معه بحذر.
}
reason-forced-labour-indicators = { $count ->
    [zero] لا يوجد أي مؤشر على العمل الجبري وفق منظمة العمل الدولية.
    [one] يوجد مؤشر واحد على العمل الجبري وفق منظمة العمل الدولية.
    [two] يوجد مؤشران على العمل الجبري وفق منظمة العمل الدولية.
    [few] توجد { $count } مؤشرات على العمل الجبري وفق منظمة العمل الدولية.
    [many] يوجد { $count } مؤشرًا على العمل الجبري وفق منظمة العمل الدولية.
   *[other] يوجد { $count } مؤشر على العمل الجبري وفق منظمة العمل الدولية.
}
reason-trafficking-indicators-present = { $count ->
    [zero] لا يوجد أي مؤشر على الاتجار بالأشخاص، ولا تثبت كل عناصر المعيار.
    [one] يوجد مؤشر واحد على الاتجار بالأشخاص، لكن لا تثبت كل عناصر المعيار.
    [two] يوجد مؤشران على الاتجار بالأشخاص، لكن لا تثبت كل عناصر المعيار.
    [few] توجد { $count } مؤشرات على الاتجار بالأشخاص، لكن لا تثبت كل عناصر المعيار.
    [many] يوجد { $count } مؤشرًا على الاتجار بالأشخاص، لكن لا تثبت كل عناصر المعيار.
   *[other] يوجد { $count } مؤشر على الاتجار بالأشخاص، لكن لا تثبت كل عناصر المعيار.
}
reason-palermo-means-missing = توجد مؤشرات على الفعل والغرض، لكن لا يوجد أي مؤشر على الوسائل؛ وبالنسبة إلى شخص يبلغ 18 عامًا أو أكثر يلزم توافر الوسائل (بروتوكول باليرمو، المادة 3 (أ)).
reason-palermo-means-missing-age-unknown = توجد مؤشرات على الفعل والغرض، لكن لا يوجد أي مؤشر على الوسائل، وعمر الشخص غير معروف: إذا كان دون سن 18 فلن يلزم توافر أي وسيلة (بروتوكول باليرمو، المادة 3 (ج)).
reason-palermo-child-act-not-linked = عمر الشخص أقل من 18 عامًا، لكن الفعل الوحيد الظاهر هو السفر أو النقل (مثلًا مع العائلة)، ولا يظهر أنه تمّ بغرض الاستغلال. لا تُشترط أي وسيلة في حالة الطفل، لكن يجب أن يكون الفعل بغرض الاستغلال (بروتوكول باليرمو، المادة 3(أ) و3(ج)): أحِل الشخص للتقييم.
reason-palermo-child-single-indicator = عمر الشخص أقل من 18 عامًا، لكن الاستغلال يقوم على مؤشر واحد فقط من مؤشرات العمل الجبري لمنظمة العمل الدولية. مؤشر واحد وحده لا يُظهر غرض الاستغلال (مؤشرات العمل الجبري، منظمة العمل الدولية 2012: كثيرًا ما يلزم عدة مؤشرات معًا): أحِل الشخص للتقييم.
reason-palermo-means-purpose-same-indicator = المؤشر الوحيد على الوسائل هو أيضًا المؤشر الوحيد على الغرض: لا يمكن لإجابة واحدة وحدها أن تُثبت عنصرين. اطرح مزيدًا من الأسئلة قبل اعتبار كل العناصر ثابتة.
reason-trafficking-element-ruled-out = الإجابات تنفي { $element }، وهو ما يتطلبه المعيار، ولا يوجد أي مؤشر على الاتجار بالأشخاص.
reason-trafficking-unanswered = لا يوجد أي مؤشر على الاتجار بالأشخاص، لكن أسئلة مهمة رُفضت الإجابة عنها أو كانت الإجابة «لا أعرف» أو لم تُطرح: { $elements }. رفض الإجابة لا يُعَدّ أبدًا إجابة بالنفي.

## Reasons: international protection

reason-refugee-elements-present = توجد مؤشرات على كل عنصر من عناصر تعريف اللاجئ (اتفاقية عام 1951 الخاصة بوضع اللاجئين، المادة 1 (ألف) (2))؛ السبب أو الأسباب: { $grounds }.
reason-refugee-elements-partial = توجد مؤشرات على { $present } من أصل { $total } من عناصر تعريف اللاجئ (اتفاقية عام 1951 الخاصة بوضع اللاجئين، المادة 1 (ألف) (2)).
reason-complementary-protection = مؤشرات على ضرر جسيم خارج أسباب الاتفاقية (نزاع مسلح أو عنف معمم): قد تنطبق الحماية التكميلية.
reason-non-refoulement-risk = مؤشرات على خطر التعرض للتعذيب أو لضرر جسيم عند العودة (عدم الإعادة القسرية).
reason-statelessness = مؤشرات على انعدام الجنسية، وهو احتياج إلى الحماية قائم بذاته.
reason-protection-element-ruled-out = الإجابات تنفي { $element }، ولا يوجد أي مؤشر على الحاجة إلى الحماية.
reason-protection-unanswered = لا يوجد أي مؤشر على الحاجة إلى الحماية، لكن أسئلة مهمة رُفضت الإجابة عنها أو كانت الإجابة «لا أعرف» أو لم تُطرح: { $elements }. رفض الإجابة لا يُعَدّ أبدًا إجابة بالنفي.

## Reasons: flags

reason-flag-child = تُظهر الإجابات أن الشخص دون سن 18.
reason-flag-unaccompanied-child = الشخص دون سن 18 وليس معه والداه أو من يرعاه عادةً.
reason-flag-smuggling = وافق الشخص على عبور الحدود أو دفع مقابله.
reason-flag-stateless = ليست للشخص جنسية.
reason-flag-non-refoulement = تُظهر الإجابات خطرًا عند العودة.
reason-flag-non-refoulement-inside = أجاب الشخص بأنه لا يزال داخل بلده: ليست هذه عودة عبر الحدود، لكنه معرض للخطر إذا أُعيد إلى المكان الذي فرّ منه. لا تُعِده إلى هناك ريثما يُقيَّم وضعه.
reason-flag-urgent-safety = تُظهر الإجابات خطرًا داهمًا.
reason-flag-heightened-risk = فئة الخطر المرتفع: { $category }.

## Reasons: referrals

reason-referral-asylum = مؤشرات على الحاجة إلى الحماية (المستوى: { $level }): الإحالة إلى إجراءات اللجوء للتقييم.
reason-referral-anti-trafficking = مؤشرات على الاتجار بالأشخاص (المستوى: { $level }): الإحالة إلى آلية مكافحة الاتجار للتقييم.
reason-referral-child-protection = الشخص دون سن 18: الإحالة إلى خدمات حماية الطفل.
reason-referral-bia-unaccompanied = طفل غير مصحوب أو منفصل عن ذويه: يلزم تقييم المصالح الفضلى (المبادئ التوجيهية للمفوضية بشأن إجراءات المصالح الفضلى، 2021).
reason-referral-bia-child-at-risk = طفل معرض للخطر: يلزم تقييم المصالح الفضلى (المبادئ التوجيهية للمفوضية بشأن إجراءات المصالح الفضلى، 2021).
reason-referral-medical = احتياجات طبية، أو عنف قد يكون خلّف إصابات.
reason-referral-psychosocial = عنف أو استغلال أو ضيق نفسي: عرض الدعم النفسي والاجتماعي.
reason-referral-legal-aid = مسائل قانونية يلزم حلها (الحماية، الاتجار، الوضع القانوني أو الجنسية).
reason-referral-shelter = ليس للشخص مكان آمن، أو هو في خطر، أو يحتاج إلى سكن محمي.

## Notes

note-screening-not-determination = هذا فحص أولي، وليس تحديدًا للوضع القانوني. وجود مؤشرات يعني: الإحالة للتقييم من قِبل الجهة المختصة.
note-both-pathways = ينطبق المساران كلاهما: الإحالة إلى كليهما. تحديد الشخص بوصفه متأثرًا بالاتجار يجب ألا يحول دون الوصول إلى اللجوء، والعكس صحيح.
note-non-penalisation-trafficking = دخول أو إقامة غير نظاميين مع وجود مؤشرات على الاتجار: ينبغي ألا يُعاقَب الشخص على جرائم أُرغم على ارتكابها (اتفاقية مجلس أوروبا بشأن مكافحة الاتجار بالبشر، المادة 26؛ توجيه الاتحاد الأوروبي 2011/36/EU، المادة 8).
note-non-penalisation-refugee = دخول غير نظامي مع وجود مؤشرات على الحاجة إلى الحماية: لا تُفرض عقوبات بسبب الدخول أو الوجود غير القانوني (اتفاقية عام 1951 الخاصة بوضع اللاجئين، المادة 31).
note-smuggling-and-trafficking = جرى عبور الحدود عن طريق التهريب، وتوجد أيضًا مؤشرات على الاتجار: لا تكون الموافقة على العبور محل اعتبار متى استُخدمت أي من الوسائل (بروتوكول باليرمو، المادة 3 (ب)).
note-smuggling-relationship-continued = لم تنتهِ العلاقة مع المهرِّب عند الوصول: اسأل عن الديون والسيطرة والعمل (تحوّل شائع من التهريب إلى الاتجار).
note-smuggling-relationship-continued-asked = لم تنتهِ العلاقة مع المهرّب عند الوصول، وهو تحوّل شائع من التهريب إلى الاتجار: اقرأ الإجابات عن الديون والسيطرة والعمل مع أخذ ذلك في الاعتبار.
note-follow-up = { $topic ->
    [debts] لم تتم الإجابة بعد: ديون لمن نقل الشخص أو يشغّله. اسأل عندما يكون الشخص مستعدًا.
    [control] لم تتم الإجابة بعد: سيطرة الآخرين (تهديد، عنف، احتجاز في مكان ما، أخذ الوثائق). اسأل عندما يكون الشخص مستعدًا.
   *[work] لم تتم الإجابة بعد: العمل وظروفه. اسأل عندما يكون الشخص مستعدًا.
}
note-age-unknown-child-test = عمر الشخص غير معروف. إذا كان دون سن 18 فلا تلزم الوسائل وقد يتحقق معيار الاتجار: حدِّد العمر (مع إعطاء الشخص فائدة الشك).
note-trafficking-and-protection = الاتجار، أو خطر التعرض للاتجار مجددًا عند العودة، قد يرقى إلى الاضطهاد: اسأل عن الخوف من العودة.
note-trafficking-and-protection-fear-answered = قد يرقى الاتجار، أو خطر التعرّض للاتجار مرة أخرى عند العودة، إلى الاضطهاد: اقرأ الإجابات عن الخوف من العودة مع أخذ ذلك في الاعتبار.
note-statelessness-risk = جنسية الشخص غير محددة أو متنازع عليها: يوجد خطر انعدام الجنسية يلزم تقييمه.
note-danger-unanswered = رُفضت الإجابة عن السؤال المتعلق بالخطر الداهم أو كانت الإجابة «لا أعرف»: تحقَّق من سلامة الشخص قبل المتابعة.
note-urgent-safety-first = خطر داهم: عالِج مسألة السلامة قبل متابعة المقابلة.

## Short level names, used inside sentences

level-short-none = لا يوجد
level-short-insufficient-information = معلومات غير كافية
level-short-possible = محتمل
level-short-strong = مرتفع
