# حسابات الموظفين واسترداد المنظمة والمسح (أخطاء الخزنة).
error-vault-not-allowed = دورك لا يسمح بهذا الإجراء. اطلب ذلك من أحد المشرفين.
error-staff-not-found = هذا الموظف غير موجود على هذا الجهاز (ربما أُزيل).
error-passphrase-in-use = لا يمكن استخدام عبارة المرور هذه هنا. اختر عبارة أخرى.
error-staff-last-supervisor = لا يمكن إزالة آخر مشرف. أضِف مشرفًا آخر أولًا.
error-staff-invalid-name = يجب أن يتكوّن الاسم من 1 إلى { $max } حرفًا.
error-vault-no-recovery = لا يمكن استرداد هذا الجهاز: لم يُثبَّت عليه أي مفتاح للمنظمة.
error-vault-recovery-key-mismatch = مفتاح المنظمة هذا لا يفتح خانة الاسترداد في هذا الجهاز.
error-vault-wiped = مُسح هذا الجهاز بعد { $attempts } محاولات فتح فاشلة.
error-vault-wipe-not-confirmed = لم يُؤكَّد المسح. اكتب { $words } كما هي تمامًا.
