# Harbour: အသုံးမပြုနိုင်သော မေးခွန်းလွှာအထုပ်၊ အင်တာဗျူးအသစ် မျက်နှာပြင်က ပြသည့်အတိုင်း။
# စက်ဘာသာပြန် မူကြမ်း၊ မူရင်းဘာသာစကားပြောသူ မစစ်ဆေးရသေးပါ။

new-pack-problem = { $file }၊ စာကြောင်း { $line }၊ ကော်လံ { $column } ({ $code }) - { $problem }
new-pack-problem-nowhere = { $code } - { $problem }
new-pack-problem-detail = အသေးစိတ် (အင်္ဂလိပ်ဘာသာ) - { $detail }

pack-problem-toml-syntax = ဖိုင်သည် မှန်ကန်သော TOML မဟုတ်ပါ။
pack-problem-unknown-field = ပုံစံက မသိသော ကီး (များသောအားဖြင့် စာလုံးပေါင်းမှား)။
pack-problem-wrong-type = ကီးတစ်ခုတွင် မှားယွင်းသော TOML တန်ဖိုးအမျိုးအစား ပါသည်။
pack-problem-missing-field = မဖြစ်မနေ လိုအပ်သော ကီးတစ်ခု မရှိပါ။
pack-problem-duplicate-id = အပိုင်း၊ မေးခွန်း သို့မဟုတ် ရွေးချယ်စရာ နှစ်ခုတွင် အမှတ်အသား တူနေသည်။
pack-problem-bad-id = အမှတ်အသားသည် လက်တင်စာလုံးအသေး၊ ဂဏန်းနှင့် `_` သာ မဟုတ်ပါ သို့မဟုတ် စာလုံးဖြင့် မစပါ။
pack-problem-bad-version = ဗားရှင်းသည် `MAJOR.MINOR.PATCH` ပုံစံ မဟုတ်ပါ။
pack-problem-unknown-kind = ပုံစံက မသိသော မေးခွန်းအမျိုးအစား။
pack-problem-unsupported-rules = မေးခွန်းလွှာ ရည်ရွယ်သော စည်းမျဉ်းအစုံသည် ဤတစ်ခု မဟုတ်ပါ။
pack-problem-bad-language = ကြေညာထားသော ဘာသာစကားသည် ဘာသာစကားကုဒ် မဟုတ်ပါ သို့မဟုတ် ဘာသာစကား တစ်ခုမျှ မကြေညာထားပါ။
pack-problem-bad-options = ရွေးချယ်စရာ မရှိသင့်သော အမျိုးအစားတွင် ရွေးချယ်စရာများ၊ သို့မဟုတ် ရွေးချယ်စရာ နှစ်ခုအောက်သာ ရှိသည်။
pack-problem-option-without-text = ရွေးချယ်စရာတစ်ခုတွင် စာသား မရှိပါ။
pack-problem-required-not-consent = သဘောတူညီချက် မေးခွန်းသာ မဖြစ်မနေ ဖြေရမည့် မေးခွန်း ဖြစ်နိုင်သည်။
pack-problem-bad-consent = သဘောတူညီချက် အမှတ်အသားသည် ဟုတ်/မဟုတ် မေးခွန်း မဟုတ်သည့်အပေါ်တွင် သို့မဟုတ် မေးခွန်း တစ်ခုထက်ပိုတွင် ရှိနေသည်။
pack-problem-bad-bounds = ဂဏန်းမေးခွန်း မဟုတ်သည့်အပေါ် ဂဏန်းကန့်သတ်ချက်များ၊ သို့မဟုတ် `min` သည် `max` ထက် ကြီးသည်။
pack-problem-empty-section = အပိုင်းတစ်ခုတွင် မေးခွန်း မရှိပါ။
pack-problem-text-not-sensitive = လွတ်လပ်စွာရေးသော မေးခွန်းကို `sensitive = false` ဟု မှတ်ထားသည် - လွတ်လပ်စွာရေးသော စာသားသည် အမြဲ ထိလွယ်ရှလွယ် ဖြစ်သည်။
pack-problem-bad-profile = `profile` အမှတ်အသားသည် မသိရှိ၊ မှားသော မေးခွန်းအမျိုးအစားပေါ်တွင် ရှိ၊ သို့မဟုတ် နှစ်ကြိမ် သုံးထားသည်။
pack-problem-options-presentation = `options_presentation` (`read_all` သို့မဟုတ် `not_suggested`) မပါသော ရွေးချယ်စရာများစွာ မေးခွန်း၊ ထိုအကွက်ကို အခြားမေးခွန်းအမျိုးအစားတွင် သုံးခြင်း၊ သို့မဟုတ် မသိသော တန်ဖိုး။
pack-problem-condition-syntax = အခြေအနေတစ်ခုကို ခွဲခြမ်း၍ မရပါ။
pack-problem-unknown-reference = အခြေအနေတစ်ခုက မရှိသော မေးခွန်းကို ဖော်ပြသည်။
pack-problem-forward-reference = အခြေအနေတစ်ခုက နောက်မှလာမည့် မေးခွန်း (သို့မဟုတ် ၎င်းကိုယ်တိုင်) ကို ဖော်ပြသည်။
pack-problem-condition-type = အခြေအနေတစ်ခုက အမျိုးအစားများကို ရောနှောသည် (ဥပမာ ဂဏန်းကို ရွေးချယ်စရာနှင့် နှိုင်းယှဉ်ခြင်း)။
pack-problem-unknown-value = အခြေအနေတစ်ခုက မေးခွန်းတွင် မရှိသော ရွေးချယ်စရာ သို့မဟုတ် မှားယွင်းသော နိုင်ငံကုဒ်ကို ဖော်ပြသည်။
pack-problem-condition-too-deep = အခြေအနေတစ်ခုသည် ကန့်သတ်ချက်ထက် ပိုနက်စွာ ထပ်နေ သို့မဟုတ် အော်ပရေတာ ပိုများစွာ ဆက်နေသည်။
pack-problem-unknown-indicator = စည်းမျဉ်းများက မသိသော ညွှန်ကိန်းကုဒ်။
pack-problem-bad-evidence = မေးခွန်းအမျိုးအစားနှင့် မကိုက်ညီသော အထောက်အထား။
pack-problem-ftl-syntax = ဘာသာစကားဖိုင်သည် မှန်ကန်သော Fluent မဟုတ်ပါ။
pack-problem-missing-message = ကြေညာထားသော ဘာသာစကားတစ်ခုတွင် စာသား မရှိပါ။
pack-problem-unused-message = မေးခွန်းလွှာ၏ မည်သည့်အကွက်ကမျှ မသုံးသော စာတို။
pack-problem-missing-locale = ကြေညာထားသော ဘာသာစကားတွင် ဘာသာစကားဖိုင် မရှိပါ။
pack-problem-unreadable = ဖိုင်တစ်ခုကို ဖတ်၍ မရပါ။
pack-problem-undeclared-locale = မေးခွန်းလွှာ မကြေညာထားသော ဘာသာစကားအတွက် ဘာသာစကားဖိုင်။
pack-problem-ftl-too-deep = ဘာသာစကားဖိုင်သည် ကန့်သတ်ချက်ထက် ပိုနက်စွာ ထပ်နေသဖြင့် မဖတ်ပါ။
pack-problem-file-too-large = အထုပ်ထဲမှ ဖိုင်တစ်ခုသည် ၎င်း၏ အများဆုံးအရွယ်အစား (questionnaire.toml အတွက် 4 MiB၊ ဘာသာစကားဖိုင်အတွက် 2 MiB) ထက် ကြီးသဖြင့် မဖတ်ပါ။
