# Harbour ထုတ်ယူမှု - လွှဲပြောင်းမှု အကျဉ်းချုပ်များနှင့် ထုတ်ယူမှု အမှားများ။
# စက်ဖြင့် ဘာသာပြန်ထားသော မူကြမ်း ဖြစ်ပြီး မိခင်ဘာသာစကားပြောသူက မစစ်ဆေးရသေးပါ။

export-summary-title = လွှဲပြောင်းမှု အကျဉ်းချုပ်
export-summary-confidential = လျှို့ဝှက်ချက် - ကိုယ်ရေးအချက်အလက်။ အောက်တွင် ဖော်ပြထားသော ဝန်ဆောင်မှုနှင့်သာ မျှဝေပါ။ ဤသည်မှာ စိစစ်မှုသာ ဖြစ်ပြီး ဆုံးဖြတ်ချက် မဟုတ်ပါ။
export-summary-case = ကိစ္စရပ် ရည်ညွှန်းနံပါတ်
export-summary-assessed = အကဲဖြတ်သည့်နေ့
export-summary-rules = စည်းမျဉ်း ဗားရှင်း
export-summary-generated = ထုတ်ပေးသည့်နေ့
export-summary-referral = လွှဲပြောင်းရန် နေရာ
export-summary-urgent = အရေးပေါ် - ယခုပင် ဆောင်ရွက်ပါ
export-summary-not-recommended = ဤလွှဲပြောင်းမှုသည် စိစစ်မှုက အကြံပြုထားသော လွှဲပြောင်းမှုများထဲတွင် မပါဝင်ပါ။
export-summary-safety = ချက်ချင်း လုံခြုံရေး
export-summary-safety-yes = ချက်ချင်း အန္တရာယ်ရှိကြောင်း သတင်းပို့ထားသည် - လုံခြုံရေးကို ဦးစွာ ဆောင်ရွက်ပါ။
export-summary-safety-no = ချက်ချင်း အန္တရာယ် သတင်းပို့ထားခြင်း မရှိပါ။
export-summary-person = ပုဂ္ဂိုလ်
export-summary-age-band = အသက်အုပ်စု
export-summary-gender = ကျား/မ
export-summary-nationality = နိုင်ငံသား
export-summary-child = ကလေး (အသက် ၁၈ နှစ်အောက်)
export-summary-unaccompanied = အုပ်ထိန်းသူမပါသော သို့မဟုတ် မိသားစုနှင့် ကွဲကွာနေသော ကလေး
export-summary-languages = မေးမြန်းမှု ဘာသာစကားများ
export-summary-yes = ဟုတ်
export-summary-no = မဟုတ်
export-summary-not-recorded = မှတ်တမ်းမတင်ထားပါ
export-summary-trafficking = လူကုန်ကူးမှု - ညွှန်ပြချက်များ
export-summary-protection = နိုင်ငံတကာ အကာအကွယ် - ညွှန်ပြချက်များ
export-summary-level = အဆင့်
export-summary-grounds = ဖော်ပြထားသော ကွန်ဗင်းရှင်း အကြောင်းရင်းများ
export-summary-other-flags = သက်ဆိုင်သော အခြား အချက်အလက်များ
export-summary-risks = အန္တရာယ် ပိုမြင့်သော အုပ်စုများ
export-summary-notes = လက်ခံမည့် ဝန်ဆောင်မှုအတွက် မှတ်စုများ
export-summary-footer = Harbour စိစစ်ရေး အကူအညီ။ ဤအကျဉ်းချုပ်တွင် ဤလွှဲပြောင်းမှုအတွက် လိုအပ်သည်များသာ ပါဝင်သည်။

export-referral-asylum_procedure = ခိုလှုံခွင့် လုပ်ငန်းစဉ်
export-referral-anti_trafficking = လူကုန်ကူးမှု တိုက်ဖျက်ရေး ဝန်ဆောင်မှု
export-referral-child_protection = ကလေး ကာကွယ်ရေး
export-referral-best_interests_assessment = ကလေး၏ အကောင်းဆုံး အကျိုးစီးပွား အကဲဖြတ်ခြင်း
export-referral-medical = ဆေးဘက်ဆိုင်ရာ စောင့်ရှောက်မှု
export-referral-psychosocial = စိတ်လူမှု ပံ့ပိုးမှု
export-referral-legal_aid = ဥပဒေ အကူအညီ
export-referral-shelter = လုံခြုံသော နေရာထိုင်ခင်း

export-level-none = ညွှန်ပြချက် မရှိပါ
export-level-insufficient_information = အချက်အလက် မလုံလောက်ပါ
export-level-possible = ညွှန်ပြချက်များ ရှိသည် - အကဲဖြတ်ရန် လွှဲပြောင်းပါ
export-level-strong = ခိုင်မာသော ညွှန်ပြချက်များ - ဦးစားပေး၍ အကဲဖြတ်ရန် လွှဲပြောင်းပါ

export-status-present = ညွှန်ပြချက်များ ရှိသည်
export-status-below_threshold = ညွှန်ပြချက် အချို့ ရှိသော်လည်း သတ်မှတ်ချက်အောက်တွင် ရှိသည်
export-status-absent = မတွေ့ရပါ
export-status-unknown = မသိပါ သို့မဟုတ် ဖြေရန် ငြင်းဆိုသည်
export-status-not_asked = မမေးရသေးပါ
export-status-not_required = မလိုအပ်ပါ

export-element-palermo-act = လုပ်ရပ် (စုဆောင်းခြင်း၊ သယ်ယူပို့ဆောင်ခြင်း၊ ဝှက်ထားခြင်း…)
export-element-palermo-means = နည်းလမ်း (အင်အားသုံးခြင်း၊ လှည့်စားခြင်း၊ ထိခိုက်လွယ်မှုကို အခွင့်ကောင်းယူခြင်း…)
export-element-palermo-purpose = အမြတ်ထုတ် အသုံးချရန် ရည်ရွယ်ချက်
export-element-ilo2012-forced_labour = အဓမ္မလုပ်အား (ILO ၂၀၁၂)
export-element-refugee-outside_country = နိုင်ငံသားဖြစ်သော သို့မဟုတ် နေထိုင်ရာ နိုင်ငံ၏ ပြင်ပတွင် ရှိသည်
export-element-refugee-fear = ပြန်သွားရမည်ကို ကြောက်ရွံ့ခြင်း
export-element-refugee-persecution = ပြင်းထန်သော ထိခိုက်မှု သို့မဟုတ် ညှဉ်းပန်းနှိပ်စက်မှု
export-element-refugee-ground = ကွန်ဗင်းရှင်း အကြောင်းရင်းတစ်ခုနှင့် ဆက်စပ်မှု
export-element-refugee-no_state_protection = နိုင်ငံတော်၏ ထိရောက်သော အကာအကွယ် မရှိခြင်း

export-ground-race = လူမျိုး သို့မဟုတ် တိုင်းရင်းသား
export-ground-religion = ဘာသာ
export-ground-nationality = နိုင်ငံသား
export-ground-social_group = သီးခြား လူမှုအုပ်စုတစ်ခု၏ အဖွဲ့ဝင်ဖြစ်ခြင်း
export-ground-political_opinion = နိုင်ငံရေး အမြင်

export-flag-smuggling = လူမှောင်ခိုသယ်ဆောင်မှု ညွှန်ပြချက်များ (ငွေပေး၍ သဘောတူ ဖြတ်ကျော်ခြင်း)
export-flag-stateless = နိုင်ငံမဲ့
export-flag-non_refoulement = ပြန်ပို့ပါက အန္တရာယ်ရှိသည် - အကဲဖြတ်ခြင်း မပြီးမချင်း ပြန်မပို့ပါနှင့်

export-risk-children_at_risk = အန္တရာယ်ရှိသော ကလေးများ
export-risk-unaccompanied_or_separated_child = အုပ်ထိန်းသူမပါသော သို့မဟုတ် မိသားစုနှင့် ကွဲကွာနေသော ကလေး
export-risk-women_and_girls_at_risk = အန္တရာယ်ရှိသော အမျိုးသမီးများနှင့် မိန်းကလေးများ
export-risk-survivors_of_violence_or_torture = အကြမ်းဖက်မှု သို့မဟုတ် ညှဉ်းပန်းနှိပ်စက်မှုမှ အသက်ရှင်ကျန်ရစ်သူ
export-risk-medical_needs = ဆေးဘက်ဆိုင်ရာ လိုအပ်ချက်များ (စိတ်ကျန်းမာရေး အပါအဝင်)
export-risk-legal_or_physical_protection = ဥပဒေဆိုင်ရာ သို့မဟုတ် ကိုယ်ခန္ဓာဆိုင်ရာ အကာအကွယ် လိုအပ်ချက်များ
export-risk-family_separation = မိသားစုနှင့် ကွဲကွာခြင်း

export-gender-female = အမျိုးသမီး
export-gender-male = အမျိုးသား
export-gender-other = အခြား

error-export-bad-recipient = အဖွဲ့အစည်း ကီး၏ စာကြောင်း { $line } သည် ကီး မဟုတ်ပါ - ကီးတစ်ခုစီသည် age1 စာလုံးများဖြင့် စသော စာကြောင်းတစ်ကြောင်း ဖြစ်သည်။ org.pub ဖိုင် တစ်ခုလုံးကို ကူးထည့်ထားကြောင်း စစ်ဆေးပါ။
error-export-no-recipients = အဖွဲ့အစည်း၏ public key သတ်မှတ်ထားခြင်း မရှိပါ - မည်သူမျှ ထုပ်ပိုးဖိုင်ကို ဖတ်နိုင်မည် မဟုတ်ပါ။
error-export-wrong-key-passphrase = အဖွဲ့အစည်း ကီးအတွက် စကားဝှက်စာကြောင်း မှားနေသည်။
error-export-bad-identity = ဤဖိုင်သည် စကားဝှက်စာကြောင်းဖြင့် ကာကွယ်ထားသော အဖွဲ့အစည်း ကီး မဟုတ်ပါ။
error-export-weak-key-passphrase = ဤစကားဝှက်စာကြောင်းသည် အဖွဲ့အစည်း ကီးအတွက် အားနည်းလွန်းသည်။
error-export-key-exists = ထိုနေရာတွင် အဖွဲ့အစည်း ကီး ရှိပြီးသား ဖြစ်သည်။ ၎င်းကို ဘယ်တော့မှ ထပ်မရေးပါ။
error-export-wrong-identity = ဤထုပ်ပိုးဖိုင်ကို ဤအဖွဲ့အစည်း ကီးထံ ပို့ထားခြင်း မဟုတ်ပါ။ ဘာမျှ မတင်သွင်းရသေးပါ။
error-export-truncated = ဤထုပ်ပိုးဖိုင်သည် မပြည့်စုံပါ (ပြတ်တောက်နေသည်)။ ဘာမျှ မတင်သွင်းရသေးပါ။
error-export-tampered = ဤထုပ်ပိုးဖိုင်ကို ပြောင်းလဲထားသည် သို့မဟုတ် ပျက်စီးနေသည်။ ဘာမျှ မတင်သွင်းရသေးပါ။
error-export-not-a-bundle = ဤဖိုင်သည် Harbour ထုပ်ပိုးဖိုင် မဟုတ်ပါ။ ဘာမျှ မတင်သွင်းရသေးပါ။
error-export-output-exists = ဤအမည်ဖြင့် ဖိုင်တစ်ခု ရှိပြီးသား ဖြစ်သည်။ ဘာမျှ မရေးရသေးပါ။
error-export-io = ဖိုင်ကို ဖတ်၍ သို့မဟုတ် ရေး၍ မရပါ။
error-export-case-not-found = ဤသိုလှောင်ရာတွင် ထိုကိစ္စရပ် မရှိပါ။
error-export-nothing = ဤရွေးချယ်မှုဖြင့် ထုတ်ယူရန် ကိစ္စရပ် မရှိပါ။
error-export-no-assessment = ဤကိစ္စရပ်တွင် အကဲဖြတ်ချက် မရှိသေးပါ - မေးမြန်းမှုကို ဦးစွာ ပြီးဆုံးအောင် လုပ်ပါ။
error-export-bad-assessment = ဤကိစ္စရပ်၏ သိမ်းထားသော အကဲဖြတ်ချက်ကို ဖတ်၍ မရပါ။
error-export-bad-setting = သိုလှောင်ရာ၏ ဆက်တင်တစ်ခု ပျက်စီးနေသည်။ ဘာမျှ မရေးရသေးပါ။
error-export-unknown-referral = မသိသော လွှဲပြောင်းမှု အမျိုးအစား။
error-export-unsupported-language = ဤဘာသာစကားဖြင့် ပုံနှိပ်နိုင်သော အကျဉ်းချုပ် မရရှိနိုင်သေးပါ။
error-export-font = အကျဉ်းချုပ်၏ ဖောင့်ကို ဖတ်၍ မရပါ။
error-export-internal = ထုတ်ယူစဉ် အတွင်းပိုင်း အမှား။

## Legal elements and notes for the receiving service

export-summary-separator = { ": " }
export-element-complementary = ဖြည့်စွက် အကာအကွယ် (ပြန်ပို့ပါက ပြင်းထန်သော ထိခိုက်မှု)
export-element-non_refoulement = ပြန်ပို့ပါက အန္တရာယ် (အတင်းအဓမ္မ ပြန်မပို့ရ စည်းမျဉ်း)
export-element-statelessness = နိုင်ငံမဲ့ ဖြစ်ခြင်း

export-note-screening-not-determination = ဤသည်မှာ စိစစ်မှုသာ ဖြစ်ပြီး ဥပဒေဆိုင်ရာ အဆင့်အတန်း သတ်မှတ်ခြင်း မဟုတ်ပါ။
export-note-both-pathways = လမ်းကြောင်း နှစ်ခုစလုံး သက်ဆိုင်သည် - နှစ်ခုစလုံးသို့ လွှဲပြောင်းပါ။ တစ်ခုက အခြားတစ်ခုကို ဖယ်ထုတ်ခြင်း မရှိပါ။
export-note-non-penalisation-trafficking = ဖြစ်နိုင်ချေရှိသော လူကုန်ကူးမှုနှင့် ဆက်စပ်သည့် တရားမဝင် ဝင်ရောက်မှု သို့မဟုတ် နေထိုင်မှု - ထိုအတွက် ထိုပုဂ္ဂိုလ်ကို အပြစ်မပေးသင့်ပါ။
export-note-non-penalisation-refugee = ကာကွယ်မှု လိုအပ်နိုင်သည့် လက္ခဏာများနှင့်အတူ တရားမဝင် ဝင်ရောက်မှု - ထိုဝင်ရောက်မှုအတွက် ထိုပုဂ္ဂိုလ်ကို အပြစ်မပေးသင့်ပါ (၁၉၅၁ ကွန်ဗင်းရှင်း၊ အပိုဒ် ၃၁)။
export-note-smuggling-and-trafficking = လူမှောင်ခိုသယ်ဆောင်မှု ညွှန်ပြချက်များက လူကုန်ကူးမှုကို ဖယ်ထုတ်ခြင်း မရှိပါ - နှစ်မျိုးစလုံး တွေ့ရှိသည်။
export-note-smuggling-relationship-continued = ရောက်ရှိပြီးနောက်တွင်လည်း လူမှောင်ခိုသူနှင့် ဆက်ဆံရေး ဆက်ရှိနေသည် - အမြတ်ထုတ်ခံရမှု ရှိမရှိ စစ်ဆေးပါ။
export-note-smuggling-relationship-continued-asked = ရောက်ရှိပြီးနောက်တွင်လည်း လူမှောင်ခိုသူနှင့် ဆက်ဆံရေး ဆက်ရှိနေသည် - အမြတ်ထုတ်ခံရမှု ရှိမရှိ စစ်ဆေးပါ။
export-note-age-unknown-child-test = အသက် မသေချာပါ - ကလေးအတွက် စံနှုန်းကို အသုံးပြုခဲ့သည် (နည်းလမ်း မလိုအပ်ပါ)။
export-note-trafficking-and-protection = လူကုန်ကူးမှု လက္ခဏာများ ရှိပြီး ထိုပုဂ္ဂိုလ်သည် မိမိနိုင်ငံ ပြင်ပတွင် ရှိနေသည် - နိုင်ငံတကာ အကာအကွယ်လည်း လိုအပ်နိုင်သည်။
export-note-trafficking-and-protection-fear-answered = လူကုန်ကူးမှု လက္ခဏာများ ရှိပြီး ထိုပုဂ္ဂိုလ်သည် မိမိနိုင်ငံ ပြင်ပတွင် ရှိနေသည် - နိုင်ငံတကာ အကာအကွယ်လည်း လိုအပ်နိုင်သည်။
export-note-statelessness-risk = နိုင်ငံမဲ့ ဖြစ်နိုင်ခြေ - နိုင်ငံသား စာရွက်စာတမ်းများကို စစ်ဆေးပါ။
export-note-danger-unanswered = ချက်ချင်း အန္တရာယ်ဆိုင်ရာ မေးခွန်းများကို မဖြေခဲ့ပါ - လုံခြုံသော နေရာတွင် ထပ်မေးပါ။
export-note-urgent-safety-first = ချက်ချင်း အန္တရာယ် - အခြားအရာများ မလုပ်မီ လုံခြုံရေးကို ဦးစွာ ဆောင်ရွက်ပါ။
