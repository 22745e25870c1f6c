# Review status: unreviewed draft — needs review by a native-speaking protection professional.
# Harbour rules: Burmese texts for the summary and the short indicator labels (read by caseworkers).
# Screening wording only: never call the person a victim or a refugee.

## The summary

summary-title = အကျဉ်းချုပ်
summary-pathway-line = { $pathway } - { $level }
summary-level-none = ညွှန်ပြချက် မတွေ့ပါ
summary-level-insufficient-information = စိစစ်ရန် သတင်းအချက်အလက် မလုံလောက်ပါ
summary-level-possible = ညွှန်ပြချက် အချို့ ရှိသည် - အကဲဖြတ်ရန် လွှဲပြောင်းပါ
summary-level-strong = ခိုင်မာသော ညွှန်ပြချက်များ ရှိသည် - ဦးစားပေး၍ အကဲဖြတ်ရန် လွှဲပြောင်းပါ
summary-urgent = အရေးပေါ် - { $text }
summary-also = ထို့အပြင် - { $flags }
summary-refer-to = လွှဲပြောင်းရန် -
summary-no-referrals = ပေးထားသော အဖြေများအရ လွှဲပြောင်းရန် မလိုအပ်ပါ။
summary-referral-line = { $referral } - { $reason }
summary-separator = {"၊ "}
summary-why = အကြောင်းရင်း
summary-referral-urgent = အရေးပေါ်
summary-more = { $count ->
   *[other] နှင့် နောက်ထပ် { $count } ခု
}

## The details of the text report

report-details = အသေးစိတ်
report-rests-on = အခြေခံချက် - { $labels }
report-answers-given = ဤရလဒ်၏ အခြေခံ အဖြေများ
report-answer-worded = { $question } { $answer }
report-answer-yes = ဟုတ်သည်
report-answer-no = မဟုတ်ပါ
report-answer-dont-know = မသိပါ
report-answer-declined = မဖြေလိုပါ
report-answer-skipped = ကျော်ခဲ့သည်
report-verbose-hint = ညွှန်ပြချက် ကုဒ်များနှင့် မေးခွန်း အမှတ်အသားများကို မပြထားပါ - ပြရန် --verbose ဖြင့် လုပ်ဆောင်ပါ။

## Short labels for indicators

indicator-danger-now = ယခု အန္တရာယ် ရှိနေသည်
indicator-afraid-of-someone-here = အနီးရှိ တစ်စုံတစ်ယောက်ကို ကြောက်သည်
indicator-no-safe-place = ယနေ့ည လုံခြုံသော နေရာ မရှိပါ
indicator-violence = အကြမ်းဖက်ခံခဲ့ရသည်
indicator-sexual-acts-forced = လိင်ဆိုင်ရာ ပြုမူရန် သို့မဟုတ် ဖောက်သည် လက်ခံရန် အတင်းခိုင်းခံရသည်
indicator-abducted-or-sold = ဆန္ဒမပါဘဲ ခေါ်ဆောင်ခံရ၊ ရောင်းစားခံရ သို့မဟုတ် လက်ထပ်ပေးခံရသည်
indicator-documents-kept = သက်သေခံ စာရွက်စာတမ်းများကို အခြားသူက သိမ်းထားသည်
indicator-debt = အလုပ်လုပ်၍ ဆပ်ရမည့် အကြွေး
indicator-not-free-to-leave = ထွက်ခွာခွင့် မရှိ၊ ပိတ်လှောင်ခံရ သို့မဟုတ် စောင့်ကြည့်ခံရသည်
indicator-threats = ခြိမ်းခြောက်မှုများ
indicator-family-threatened = မိသားစုကို ခြိမ်းခြောက် သို့မဟုတ် ထိခိုက်စေသည်
indicator-isolated = အခြားသူများနှင့် အဆက်အသွယ် ဖြတ်ထားခံရသည်
indicator-strong-influence = တစ်စုံတစ်ယောက်၏ ပြင်းထန်သော ထိန်းချုပ်မှုအောက်တွင် ရှိသည်
indicator-threat-authorities = ရဲ သို့မဟုတ် အာဏာပိုင်များထံ တိုင်မည်ဟု ခြိမ်းခြောက်ခံရသည်
indicator-threat-tell-family = မိသားစုကို ပြောမည်ဟု ခြိမ်းခြောက်ခံရသည်
indicator-threat-worse = ပိုဆိုးသော အခြေအနေဖြင့် ခြိမ်းခြောက်ခံရသည်
indicator-forced-offences = ဥပဒေချိုးဖောက်ရန် အတင်းခိုင်းခံရသည်
indicator-forced-to-lie = မိမိအခြေအနေကို လိမ်ပြောရန် အတင်းခိုင်းခံရသည်
indicator-forced-against-others = တူညီသော အခြေအနေရှိ အခြားသူများကို ဆန့်ကျင်ရန် အတင်းခိုင်းခံရသည်
indicator-little-or-no-pay = လုပ်ခ နည်းသည် သို့မဟုတ် မရပါ
indicator-pay-manipulated = သဘောမတူဘဲ လုပ်ခ ဖြတ်တောက် သို့မဟုတ် ပြောင်းလဲခံရသည်
indicator-long-hours = အလွန်ရှည်လျားသော အလုပ်ချိန်
indicator-harsh-conditions = ကြမ်းတမ်းသော အလုပ် သို့မဟုတ် နေထိုင်မှု အခြေအနေ
indicator-dangerous-work = အန္တရာယ်ရှိသော အလုပ်
indicator-no-protection-at-work = အလုပ်တွင် စာချုပ် သို့မဟုတ် အကာအကွယ် မရှိပါ
indicator-no-school = ကျောင်းမတက်ရအောင် တားထားခံရသည်
indicator-deceived-job = အလုပ်အကြောင်း လှည့်စားခံရသည်
indicator-deceived-pay = လုပ်ခအကြောင်း လှည့်စားခံရသည်
indicator-deceived-conditions = အလုပ်အခြေအနေအကြောင်း လှည့်စားခံရသည်
indicator-deceived-housing = နေရာထိုင်ခင်းအကြောင်း လှည့်စားခံရသည်
indicator-deceived-papers = စာရွက်စာတမ်း သို့မဟုတ် ဥပဒေဆိုင်ရာ အဆင့်အတန်းအကြောင်း လှည့်စားခံရသည်
indicator-deceived = လှည့်စားခံရခြင်း သို့မဟုတ် ကတိအတုများ
indicator-dependent = ထိန်းချုပ်သူများအပေါ် မှီခိုနေရသည်
indicator-situation-used = ခက်ခဲသော အခြေအနေကို အခွင့်ကောင်းယူခံရသည်
indicator-ground-race = လူမျိုး သို့မဟုတ် တိုင်းရင်းသားဖြစ်မှုကြောင့် ပစ်မှတ်ထားခံရသည်
indicator-ground-religion = ဘာသာတရားကြောင့် ပစ်မှတ်ထားခံရသည်
indicator-ground-nationality = နိုင်ငံသားဖြစ်မှုကြောင့် ပစ်မှတ်ထားခံရသည်
indicator-ground-social-group = မိမိ မည်သူဖြစ်သည် (လူမှုအုပ်စု) ကြောင့် ပစ်မှတ်ထားခံရသည်
indicator-ground-political-opinion = နိုင်ငံရေး အမြင်ကြောင့် ပစ်မှတ်ထားခံရသည်
indicator-serious-harm = ပြင်းထန်သော ထိခိုက်မှု ခံခဲ့ရ သို့မဟုတ် ကြောက်ရွံ့သည်
indicator-torture-risk = ပြန်ပါက ညှဉ်းပန်းနှိပ်စက်ခံရမည့် အန္တရာယ်
indicator-harm-on-return = ပြန်ပါက ပြင်းထန်စွာ ထိခိုက်မည့် အန္တရာယ်
indicator-retrafficking-risk = ပြန်ပါက ထပ်မံ အမြတ်ထုတ်ခံရမည့် အန္တရာယ်
indicator-no-state-protection = အာဏာပိုင်များထံမှ အကာအကွယ် မရှိပါ
indicator-afraid-to-return = ပြန်ရန် ကြောက်သည်
indicator-armed-conflict = မိမိနိုင်ငံတွင် လက်နက်ကိုင် ပဋိပက္ခ
indicator-widespread-violence = မိမိနိုင်ငံတွင် ကျယ်ပြန့်သော အကြမ်းဖက်မှု
indicator-no-nationality = နိုင်ငံသားဖြစ်မှု မရှိပါ
indicator-nationality-in-doubt = နိုင်ငံသားဖြစ်မှု မသေချာပါ
indicator-outside-country = မိမိနိုင်ငံ ပြင်ပတွင် ရှိသည်
indicator-distress = စိတ်ပိုင်းဆိုင်ရာ ဒုက္ခ
indicator-health-needs = ကျန်းမာရေး လိုအပ်ချက်များ
indicator-without-carers = မိဘ သို့မဟုတ် ပုံမှန် စောင့်ရှောက်သူ မရှိပါ
indicator-separated = မိဘ သို့မဟုတ် ပုံမှန် စောင့်ရှောက်သူနှင့် ကွဲကွာနေသည်
indicator-child-at-risk = အန္တရာယ်ရှိသော ကလေး
indicator-woman-at-risk = အန္တရာယ်ရှိသော အမျိုးသမီး သို့မဟုတ် မိန်းကလေး
indicator-needs-protection = ယခုရှိနေသော နေရာတွင် လုံခြုံရေး စိုးရိမ်မှု
indicator-family-separation = မိသားစုနှင့် ကွဲကွာနေသည်
indicator-under-18 = အသက် ၁၈ နှစ်အောက်
indicator-woman-or-girl = အမျိုးသမီး သို့မဟုတ် မိန်းကလေး
indicator-irregular-entry = နယ်စပ်ကို တရားမဝင် ဖြတ်ကျော်ခဲ့သည်
indicator-no-papers-to-stay = နေထိုင်ခွင့် စာရွက်စာတမ်း မရှိပါ
indicator-crossing-agreed = နယ်စပ်ဖြတ်ကျော်ရန် သဘောတူခဲ့သည်
indicator-crossing-paid = နယ်စပ်ဖြတ်ကျော်ရန် တစ်စုံတစ်ယောက်ကို ငွေပေးခဲ့သည်
indicator-helpers-gone = ရောက်ရှိချိန်တွင် ကူညီသူများနှင့် အဆက်အသွယ် ပြတ်သွားသည်
indicator-forced-work = ငြင်းဆို၍ သို့မဟုတ် ထွက်၍ မရသော အလုပ်
indicator-sexual-exploitation = လိင်ပိုင်းဆိုင်ရာ အမြတ်ထုတ်ခြင်း
indicator-slavery = တစ်စုံတစ်ယောက်၏ ပိုင်ဆိုင်မှုကဲ့သို့ ဆက်ဆံခံရသည်
indicator-servitude = တစ်စုံတစ်ယောက်၏ ထိန်းချုပ်မှုအောက်တွင် နေထိုင်လုပ်ကိုင်ရန် အတင်းခိုင်းခံရသည်
indicator-organ-removal = ကိုယ်တွင်းအင်္ဂါ ထုတ်ယူခြင်း
indicator-other-exploitation = အခြား အမြတ်ထုတ်ခြင်း
indicator-threats-or-force = ခြိမ်းခြောက်မှု သို့မဟုတ် အင်အားသုံးမှု
indicator-coercion = ဖိအား သို့မဟုတ် အတင်းအကျပ်
indicator-abuse-of-power = အာဏာ အလွဲသုံးစားမှု
indicator-payment-to-controller = ထိန်းချုပ်သူထံ ငွေပေးခြင်း
indicator-recruited = အခြားသူများက စုဆောင်းခေါ်ယူခဲ့သည်
indicator-moved = အခြားသူများက ပို့ဆောင်ခဲ့သည်
indicator-handed-over = အခြားသူများထံ လွှဲပြောင်းပေးခံရသည်
indicator-kept-by-others = အခြားသူများက နေရာပေး သို့မဟုတ် ထိန်းထားသည်
indicator-received = ရောက်ရှိချိန်တွင် အခြားသူများက လက်ခံခဲ့သည်
indicator-asylum-claimed = ခိုလှုံခွင့် လျှောက်ထားပြီး ဖြစ်သည်
indicator-moved-to-be-exploited = အမြတ်ထုတ်ရန် ရွှေ့ပြောင်း သို့မဟုတ် ထိန်းထားခံရသည်
indicator-other = အခြား ညွှန်ပြချက်
