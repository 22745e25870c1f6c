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
