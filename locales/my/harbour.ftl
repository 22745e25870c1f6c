# Harbour: အက်ပ်၏ စာသားများ (မြန်မာ)။
# စက်ဖြင့် ဘာသာပြန်ထားသော မူကြမ်း ဖြစ်ပြီး မိခင်ဘာသာစကားပြောသူက မစစ်ဆေးရသေးပါ။

app-name = Harbour
app-tagline = စိစစ်ရေး အကူအညီ - ညွှန်ပြချက်များနှင့် လွှဲပြောင်းပေးမှုများသာ ဖြစ်ပြီး ဆုံးဖြတ်ချက် မဟုတ်ပါ

## Create the vault (first run)

create-title = ဤစက်ကို ပြင်ဆင်ရန်
create-intro = ဤစက်ပေါ်တွင် မှတ်တမ်းတင်သမျှကို ကုဒ်ဝှက်ထားသော သိုလှောင်ရာထဲတွင် သိမ်းထားပါသည်။ သင်နှင့် သင့်အဖွဲ့သာ သိသော စကားဝှက်စာကြောင်းကို ရွေးချယ်ပါ။ ၎င်းမရှိဘဲ Harbour ကို ဖန်တီးသူများ အပါအဝင် မည်သူမျှ မှတ်တမ်းများကို ဖွင့်၍ မရပါ။
create-passphrase = စကားဝှက်စာကြောင်း
create-confirm = စကားဝှက်စာကြောင်းကို ထပ်ရိုက်ပါ
create-hint = အနည်းဆုံး စာလုံး { $min } လုံး။ အချင်းချင်း မဆက်စပ်သော စကားလုံးအချို့ကို ကွက်လပ်ခြား၍ ရေးလျှင် မှတ်ရလွယ်ပြီး ခန့်မှန်းရခက်ပါသည်။
create-submit = ကုဒ်ဝှက်ထားသော သိုလှောင်ရာကို ဖန်တီးရန်
create-working = သိုလှောင်ရာကို ဖန်တီးနေသည်…
strength-label = ခိုင်မာမှု:
strength-too-weak = အလွန်အားနည်း
strength-fair = အသင့်အတင့်
strength-good = ကောင်း
strength-strong = ခိုင်မာ

## Unlock

unlock-title = Harbour ကို သော့ဖွင့်ရန်
unlock-intro = ဤစက်ပေါ်ရှိ မှတ်တမ်းများကို ဖွင့်ရန် စကားဝှက်စာကြောင်းကို ထည့်ပါ။
unlock-passphrase = စကားဝှက်စာကြောင်း
unlock-submit = သော့ဖွင့်ရန်
unlock-working = စစ်ဆေးနေသည်…
unlock-locked-idle = အချိန်အတန်ကြာ အသုံးမပြုသဖြင့် Harbour သည် အလိုအလျောက် သော့ခတ်သွားပါသည်။

## Home: the case list

home-title = ကိစ္စရပ်များ
home-new-interview = စိစစ်မေးမြန်းမှု အသစ်
home-empty = ဤစက်ပေါ်တွင် ကိစ္စရပ် မရှိသေးပါ။
home-lock = သော့ခတ်ရန်
home-settings = ဆက်တင်များ
case-reference = ရည်ညွှန်းနံပါတ်
case-status = အခြေအနေ
case-updated = နောက်ဆုံး ပြောင်းလဲချိန်
case-status-in_progress = ဆောင်ရွက်ဆဲ
case-status-finished = ပြီးဆုံးပြီ
case-status-consent_refused = သဘောတူညီချက် မပေးပါ
# Burmese has no plural forms: a counter word follows the number.
case-count = ကိစ္စရပ် { $count } ခု
case-list-tools = ကိစ္စရပ်များ ရှာရန်
case-search = ရည်ညွှန်းနံပါတ်ဖြင့် ကိစ္စရပ် ရှာရန်
case-search-hint = ရည်ညွှန်းနံပါတ် သို့မဟုတ် ၎င်း၏ ရှေ့ဆုံး စာလုံးများ၊ ဥပမာ 7K3။
case-sort = စီရန်
case-sort-updated-desc = နောက်ဆုံး ပြောင်းလဲချိန်၊ အသစ်ဆုံး ဦးစွာ
case-sort-updated-asc = နောက်ဆုံး ပြောင်းလဲချိန်၊ အဟောင်းဆုံး ဦးစွာ
case-sort-created-desc = ဖွင့်ချိန်၊ အသစ်ဆုံး ဦးစွာ
case-sort-created-asc = ဖွင့်ချိန်၊ အဟောင်းဆုံး ဦးစွာ
case-sort-reference-asc = ရည်ညွှန်းနံပါတ်၊ A မှ Z
case-sort-reference-desc = ရည်ညွှန်းနံပါတ်၊ Z မှ A
case-filters = { $count ->
    [0] စစ်ထုတ်ချက်များ
   *[other] စစ်ထုတ်ချက်များ ({ $count })
}
case-filter-any = အားလုံး
case-filter-trafficking = လူကုန်ကူးမှု
case-filter-protection = နိုင်ငံတကာ အကာအကွယ်
case-filter-urgent = အရေးပေါ် လုံခြုံရေး
case-filter-urgent-yes = အရေးပေါ်များသာ
case-filter-urgent-no = အရေးပေါ် မဟုတ်
case-filter-exported = ထုတ်ယူမှု
case-filter-exported-yes = ထုတ်ယူပြီး
case-filter-exported-no = မထုတ်ယူရသေး
case-filters-clear = ရှာဖွေမှုနှင့် စစ်ထုတ်ချက်များ ရှင်းရန်
case-level-strong = ခိုင်မာသော ညွှန်ပြချက်များ
case-level-possible = ဖြစ်နိုင်သော ညွှန်ပြချက်များ
case-level-insufficient_information = အချက်အလက် မလုံလောက်
case-level-none = ညွှန်ပြချက် မရှိ
case-list-no-match = ကိုက်ညီသော ကိစ္စရပ် မရှိပါ။
case-list-page-empty = ဤစာမျက်နှာတွင် ဘာမှ မကျန်တော့ပါ။
case-page-first = ပထမ စာမျက်နှာသို့ ပြန်ရန်
case-pages = ကိစ္စရပ်စာရင်း၏ စာမျက်နှာများ
case-showing = { $total } ခုအနက် { $from }–{ $to }
case-showing-at-least = { $total } ခုထက်ပိုသည့်အနက် { $from }–{ $to }
case-page-previous = ယခင်
case-page-next = နောက်သို့
case-urgent = အရေးပေါ်
case-actions = လုပ်ဆောင်ချက်များ
error-case-search-invalid = ရည်ညွှန်းနံပါတ်တွင် စာလုံး၊ ဂဏန်းနှင့် “-” သာ ပါဝင်သည်- “{ $character }” (စာလုံး { $position }) သည် ၎င်း၏ အစိတ်အပိုင်း မဖြစ်နိုင်ပါ။
error-case-search-too-long = ရည်ညွှန်းနံပါတ်တွင် စာလုံး { $max } လုံးထက် မပိုပါ။
error-case-page-size = စာမျက်နှာတစ်ခုတွင် ကိစ္စရပ် ၁ မှ { $max } ခုအထိ ပြသည်။

## Settings

settings-title = ဆက်တင်များ
settings-auto-lock = ဤမိနစ်အရေအတွက်အတွင်း အသုံးမပြုပါက အလိုအလျောက် သော့ခတ်ရန်
settings-save = သိမ်းရန်
settings-saved = သိမ်းပြီးပါပြီ။
settings-back = နောက်သို့

## Language

language-staff = ဝန်ထမ်း၏ ဘာသာစကား
language-needs-review = မိခင်ဘာသာစကားပြောသူက မစစ်ဆေးရသေးပါ

## Errors (the code of each error is its message id)

error-vault-locked = သိုလှောင်ရာကို သော့ခတ်ထားသည်။ ဆက်လုပ်ရန် သော့ဖွင့်ပါ။
error-vault-not-found = ဤစက်ပေါ်တွင် သိုလှောင်ရာ မရှိသေးပါ။
error-vault-exists = ဤနေရာတွင် သိုလှောင်ရာ ရှိပြီးသား ဖြစ်သည်။ ၎င်းကို မပြောင်းလဲထားပါ။
error-vault-wrong-passphrase = ဤစကားဝှက်စာကြောင်းဖြင့် ဤသိုလှောင်ရာကို ဖွင့်၍ မရပါ။ ကီးဘုတ်၏ ဘာသာစကားနှင့် Caps Lock ကို စစ်ဆေးပါ။
error-vault-backoff = ကြိုးစားမှု များလွန်းနေသည်။ ထပ်မကြိုးစားမီ { $seconds } စက္ကန့် စောင့်ပါ။
error-vault-corrupt = သိုလှောင်ရာ ဖိုင် ပျက်စီးနေသည် ({ $detail })။ ၎င်းကို မပြောင်းလဲထားပါ။ ၎င်း၏ မိတ္တူတစ်ခုကို သိမ်းထားပြီး သင့်နည်းပညာ တာဝန်ခံကို ဆက်သွယ်ပါ။
error-vault-too-new = ဤသိုလှောင်ရာကို Harbour ဗားရှင်းအသစ်ဖြင့် ရေးထားသည်။ ၎င်းကို ဖွင့်ရန် Harbour ကို အဆင့်မြှင့်ပါ။
error-passphrase-weak = ဤစကားဝှက်စာကြောင်းသည် အားနည်းလွန်းသည်။
error-passphrase-too-short = အနည်းဆုံး စာလုံး { $min } လုံး သုံးပါ။
error-passphrase-repetitive = မတူညီသော စာလုံးများကို ပိုသုံးပါ။ ကွက်လပ်ခြားထားသော စကားလုံးအချို့ဖြင့် ကောင်းစွာ အဆင်ပြေပါသည်။
error-passphrase-common = ဤစကားဝှက်စာကြောင်းသည် အသုံးများလွန်းသည်။ သင့်ကိုယ်ပိုင် စကားလုံးများကို ရွေးပါ။
error-passphrase-guessable = ဤစကားဝှက်စာကြောင်းကို ခန့်မှန်းရလွယ်သည်။ စကားလုံးများ ထပ်ထည့်ပါ သို့မဟုတ် အကြံပြုထားသည့် စာကြောင်းကို သုံးပါ။
passphrase-hint-common-password = ၎င်းသည် အသုံးများသော စကားဝှက် သို့မဟုတ် ၎င်းနှင့် နီးစပ်သော စကားဝှက် ဖြစ်သည်။
passphrase-hint-common-words = စကားလုံးတစ်လုံးတည်း သို့မဟုတ် အမည်တစ်ခုတည်းကို ခန့်မှန်းရလွယ်သည်။
passphrase-hint-keyboard-pattern = ကီးဘုတ်ပေါ်ရှိ ခလုတ်အစီအစဉ်များကို ခန့်မှန်းရလွယ်သည်။
passphrase-hint-repeats = ထပ်နေသောစာလုံးများနှင့် အစဉ်လိုက်စာလုံးများ (aaa, abc, 123) ကို ခန့်မှန်းရလွယ်သည်။
passphrase-hint-dates = ရက်စွဲများနှင့် ခုနှစ်များကို ခန့်မှန်းရလွယ်သည်။
passphrase-hint-predictable-changes = စာလုံးကြီးများ၊ ပြောင်းပြန်ရေးသော စကားလုံးများနှင့် စာလုံးအစား သင်္ကေတများ (p@ss) သည် သိပ်အထောက်အကူ မဖြစ်ပါ။
passphrase-hint-add-words = စကားလုံး တစ်လုံး နှစ်လုံး ထပ်ထည့်ပါ။ အသုံးနည်းသော စကားလုံးများက ပိုကောင်းသည်။
create-generate = စကားဝှက်စာကြောင်း အကြံပြုပါ
create-generated = အကြံပြုထားသော စကားဝှက်စာကြောင်း (အောက်တွင် ဖြည့်ပြီး)။ ယခုပင် ချရေးထားပြီး ဤကွန်ပျူတာနှင့် သီးခြားထားပါ -
error-passphrase-mismatch = စကားဝှက်စာကြောင်း နှစ်ခု မတူညီပါ။
error-disk-full = ဒစ်ခ် ပြည့်နေသည်။ နောက်ဆုံး ပြောင်းလဲမှုကို မသိမ်းနိုင်ခဲ့ပါ။ ယခင် အရာအားလုံး လုံခြုံပါသည်။ နေရာလွတ် ပြုလုပ်ပြီး ထပ်ကြိုးစားပါ။
error-not-writable = Harbour သည် { $path } တွင် ရေး၍ မရပါ။ နောက်ဆုံး ပြောင်းလဲမှုကို မသိမ်းနိုင်ခဲ့ပါ။ ယခင် အရာအားလုံး လုံခြုံပါသည်။
error-case-not-found = ဤကိစ္စရပ်သည် ဤစက်ပေါ်တွင် မရှိတော့ပါ။
error-session-not-found = ဤမေးမြန်းမှုသည် ဤစက်ပေါ်တွင် မရှိတော့ပါ။
error-io = ဖိုင်တစ်ခုကို ဖတ်၍ သို့မဟုတ် ရေး၍ မရပါ။
error-internal = Harbour အတွင်း တစ်ခုခု မှားယွင်းသွားသည်။ သိမ်းပြီးသား အရာ တစ်ခုမျှ မပျောက်ပါ။
error-unknown = တစ်ခုခု မှားယွင်းသွားသည်။

## Safety controls

hide-now = ဖျောက်ရန်
neutral-continue = ဆက်လုပ်ရန်

## Starting a screening

new-title = စိစစ်မေးမြန်းမှု အသစ်
new-questionnaire = မေးခွန်းလွှာ
new-language = မေးမြန်းမှု ဘာသာစကား
new-start = သဘောတူညီချက်ဖြင့် စတင်ရန်
new-cancel = ပယ်ဖျက်ရန်
new-no-questionnaires = မေးခွန်းလွှာ တစ်ခုမျှ ထည့်သွင်းထားခြင်း မရှိပါ။
new-broken-packs = မေးခွန်းလွှာ အချို့ကို ဖွင့်၍ မရသဖြင့် မပြပါ:
case-resume = ဆက်လုပ်ရန်
case-open = ရလဒ်ကို ဖွင့်ရန်
case-withdraw = သဘောတူညီချက် ရုပ်သိမ်းရန်
withdraw-title = { $reference } အတွက် သဘောတူညီချက်ကို ရုပ်သိမ်းမလား။
withdraw-body = ဤကိစ္စရပ်အတွက် မှတ်တမ်းတင်ထားသမျှကို ဤစက်မှ ဖျက်မည်ဖြစ်ပြီး ပြန်ယူ၍ မရပါ။ ကိစ္စရပ်တစ်ခု ရုပ်သိမ်းခဲ့ကြောင်းကိုသာ ၎င်းနှင့် ဆက်စပ်မှု မရှိဘဲ သိမ်းထားမည်။
withdraw-confirm = ဤကိစ္စရပ်ကို ဖျက်ရန်
withdraw-done = ကိစ္စရပ်ကို ဖျက်ပြီးပါပြီ။
withdraw-copies = { $count ->
   *[other] ဤကိစ္စရပ်၏ မိတ္တူ { $count } ခုကို ဤစက်၏ စာဝှက်သိုလှောင်ရာ အပြင်ဘက်တွင် ရေးထားခဲ့သည်။ ၎င်းတို့ကို ရှာပြီး ဖျက်ဆီးပါ။ သိုလှောင်ရာက ၎င်းတို့ ဘယ်မှာရှိသည်ကို မသိတော့ပါ။
}
withdraw-copies-before = { $count ->
   *[other] ဤကိစ္စရပ်၏ မိတ္တူ { $count } ခုသည် ဤစက်၏ စာဝှက်သိုလှောင်ရာ အပြင်ဘက်တွင် ရှိနေသည်။ သဘောတူညီချက် ရုပ်သိမ်းခြင်းသည် ဤနေရာရှိ ကိစ္စရပ်ကိုသာ ဖျက်ပြီး ထိုမိတ္တူများကို မဖျက်ပါ။ ၎င်းတို့ကို ရှာပြီး ဖျက်ဆီးရန် လိုနေဆဲဖြစ်သည်။
}
withdraw-copy-summary = လွှဲပြောင်းမှု အကျဉ်းချုပ်
withdraw-copy-bundle = စာဝှက်ထားသော ထုတ်ယူမှု
withdraw-copies-done = မှတ်သားပြီးပါပြီ

## The interview: the person's side (shown in the interview language)

iv-yes = ဟုတ်ကဲ့
iv-no = မဟုတ်ပါ
iv-dont-know = မသိပါ
iv-decline = မပြောလိုပါ
iv-back = နောက်သို့
iv-next = ရှေ့သို့
iv-save = အဖြေကို သိမ်းရန်
iv-continue-section = ဆက်လုပ်ရန်
iv-skip-section = ဤအပိုင်းကို ကျော်ရန်
iv-year = ခုနှစ်
iv-month = လ (သိလျှင်)
iv-day = ရက် (သိလျှင်)
iv-country-choose = နိုင်ငံတစ်ခု ရွေးပါ
iv-country-stateless = နိုင်ငံသား မဟုတ် (နိုင်ငံမဲ့)
iv-country-unknown = မသိပါ
iv-language-choose = ဘာသာစကား တစ်ခု ရွေးပါ
iv-choose-all = မှန်သမျှ အားလုံးကို ရွေးပြီး သိမ်းပါ။
iv-section-progress = အပိုင်း { $total } ခုအနက် { $done }
iv-paused-title = ခေတ္တရပ်ထားသည်
iv-paused-body = သင် လိုအပ်သလောက် နားနိုင်ပါသည်။
iv-finished-title = ကျေးဇူးတင်ပါသည်
iv-finished-body = ကျွန်ုပ်တို့နှင့် စကားပြောသည့်အတွက် ကျေးဇူးတင်ပါသည်။ သင် ပြောပြသည့်အရာများသည် လျှို့ဝှက်ချက်အဖြစ် ရှိနေမည်။ ဝန်ထမ်းက နောက်ဘာဖြစ်နိုင်သည်နှင့် မည်သည့် ဝန်ဆောင်မှုများက သင့်ကို ကူညီနိုင်သည်ကို ယခု ရှင်းပြပါမည်။ အချိန်မရွေး မေးခွန်းများ မေးနိုင်ပြီး သင့်မှတ်တမ်းကို ဖျက်ပေးရန်လည်း တောင်းဆိုနိုင်ပါသေးသည်။
iv-refused-title = ကျေးဇူးတင်ပါသည်
iv-refused-body = နောက်ထပ် ဘာမျှ မမေးတော့ပါ။ မပါဝင်ရန် သင့်ဆုံးဖြတ်ချက်ကိုသာ မှတ်တမ်းတင်ထားသည်။ အချိန်မရွေး အကူအညီ တောင်းနိုင်ပါသေးသည်။
iv-answered-before = ယခင်အဖြေ: { $answer }
iv-answer-state-dont_know = မသိပါ
iv-answer-state-declined = မပြောလိုပါ
iv-answer-state-skipped = ကျော်ခဲ့သည်

## The interview: the interviewer's side (staff language)

staff-panel = မေးမြန်းသူအတွက်
staff-case = ကိစ္စရပ် { $reference }
staff-interview-language = မေးမြန်းမှု ဘာသာစကား
staff-question-in-staff = သင့်ဘာသာစကားဖြင့်
staff-guidance = လမ်းညွှန်ချက်
staff-pause = ခေတ္တရပ်ရန်
staff-resume = ဆက်လုပ်ရန်
staff-leave = ထွက်ရန် (သိမ်းပြီး)
staff-distress = စိတ်ဒုက္ခ ရောက်နေသူ
staff-urgent-title = အရေးပေါ် လုံခြုံရေး
staff-urgent-body = အဖြေတစ်ခုက ယခုပင် ဆောင်ရွက်ရန် လိုအပ်သည် - ချက်ချင်း အန္တရာယ် သို့မဟုတ် ယနေ့ည လုံခြုံသော နေရာ မရှိခြင်း။ ထိုပုဂ္ဂိုလ်၏ လုံခြုံရေးကို ဦးစားပေးပါ - သင့်အဖွဲ့အစည်း၏ အရေးပေါ် လုပ်ထုံးလုပ်နည်းကို ယခုပင် လိုက်နာပါ။ မေးမြန်းမှုကို စောင့်နိုင်သည်။
staff-keys = ခလုတ်များ - 1–9 ရွေးရန်၊ Enter ရှေ့ဆက်ရန်၊ Backspace နောက်ပြန်ရန်၊ Esc မျက်နှာပြင် ဖျောက်ရန်။
staff-sections = အပိုင်းများ
staff-section-off-path = ဤလမ်းကြောင်းတွင် မပါ
staff-show-outcome = ရလဒ်ကို ပြရန် (ဝန်ထမ်းများသာ)
staff-back-to-cases = ကိစ္စရပ်များသို့ ပြန်ရန်
staff-sensitive = ထိလွယ်ရှလွယ်
distress-title = ထိုပုဂ္ဂိုလ် စိတ်ဒုက္ခ ရောက်နေလျှင်
distress-body = မေးခွန်းမေးခြင်းကို ရပ်ပါ။ ဖြည်းဖြည်းနှင့် တည်ငြိမ်စွာ ပြောပါ။ ကြမ်းပြင်ပေါ်ရှိ ခြေထောက်များကို သတိပြုမိရန်နှင့် အသက်ကို ဖြည်းဖြည်း ရှူထုတ်ရန် ဖိတ်ခေါ်ပါ။ ရေနှင့် နားချိန် ကမ်းလှမ်းပါ။ အချိန်မရွေး ရပ်နိုင်ကြောင်းနှင့် ရပ်လျှင် ဘာမျှ ဆိုးဆိုးရွားရွား မဖြစ်ကြောင်း သတိပေးပါ။ အသေးစိတ်ကို အတင်းမမေးပါနှင့်။
distress-pause = မေးမြန်းမှုကို ခေတ္တရပ်ရန်
distress-end = မေးမြန်းမှုကို ယခုအတွက် ရပ်ရန် (သိမ်းပြီး)
distress-urgent = အရေးပေါ် လုံခြုံရေး သတိပေးရန်
distress-close = ပိတ်ရန်

## Outcome (staff only)

outcome-title = { $reference } အတွက် စိစစ်မှု ရလဒ်
outcome-disclaimer = ဤသည်မှာ စိစစ်မှုသာ ဖြစ်ပြီး ဆုံးဖြတ်ချက် မဟုတ်ပါ။ ညွှန်ပြချက်များကို ပြပြီး သက်ဆိုင်ရာ အာဏာပိုင် သို့မဟုတ် ဝန်ဆောင်မှုက အပြည့်အဝ အကဲဖြတ်ရန် လွှဲပြောင်းမှုများကို အကြံပြုသည်။
outcome-pathways = လမ်းကြောင်းများ
outcome-flags = သတိပေးချက်များ
outcome-referrals = အကြံပြုထားသော လွှဲပြောင်းမှုများ
outcome-notes = မှတ်စုများ
outcome-why = အဘယ်ကြောင့်
outcome-elements = စံနှုန်း၏ အစိတ်အပိုင်းများ
outcome-answers = အခြေခံထားသော အဖြေများ
outcome-indicators = ညွှန်ပြချက်များ
outcome-no-flags = သတိပေးချက် မရှိပါ။
outcome-no-referrals = ပေးထားသော အဖြေများက မည်သည့် လွှဲပြောင်းမှုကိုမျှ မညွှန်ပြပါ။
outcome-urgent = အရေးပေါ်
outcome-rules = စည်းမျဉ်း ဗားရှင်း { $version }၊ အကဲဖြတ်သည့်နေ့ { $date }။
outcome-questionnaire = မေးခွန်းလွှာ { $id } ဗားရှင်း { $version } ဖြင့် ဖြေဆိုထားသည်။
outcome-differs = ယနေ့ စည်းမျဉ်းများ ({ $version }) သည် တူညီသော အဖြေများမှ မတူသော ရလဒ်ကို ပေးမည်။ ကိစ္စရပ်ကို ပြန်လည်သုံးသပ်ပါ။
outcome-same = ယနေ့ စည်းမျဉ်းများက တူညီသော ရလဒ်ကို ပေးသည်။
outcome-reassess = ယနေ့ စည်းမျဉ်းများဖြင့် ပြန်လည် အကဲဖြတ်ရန်
outcome-reassess-confirm = သိမ်းထားသော ရလဒ်ကို တူညီသော အဖြေများမှ ယနေ့ စည်းမျဉ်းများ ပေးသော ရလဒ်ဖြင့် အစားထိုးမည်။ မည်သည့်မေးခွန်းကိုမျှ ထပ်မမေးပါ၊ ပြုလုပ်ပြီးသော လွှဲပြောင်းမှုများကိုလည်း ပယ်ဖျက်မည် မဟုတ်ပါ။
outcome-reassess-yes = ရလဒ်ကို အစားထိုးရန်
outcome-reassessed = စည်းမျဉ်း { $version } ဖြင့် ပြန်လည် အကဲဖြတ်ပြီး။
outcome-raised-by-interviewer = မေးမြန်းသူက သတိပေးခဲ့သည်
outcome-raised = အရေးပေါ် လုံခြုံရေး သတိပေးထားသည်
answer-yes = ဟုတ်
answer-no = မဟုတ်
answer-dont-know = မသိ
answer-declined = မပြောလိုပါ
answer-skipped = ကျော်ခဲ့သည်
error-no-interview = ဖွင့်ထားသော မေးမြန်းမှု မရှိပါ။
error-interview-step = ဤအဆင့်ကို ဤနေရာတွင် မလုပ်နိုင်ပါ ({ $detail })။
error-questionnaire-unknown = ဤမေးခွန်းလွှာကို ထည့်သွင်းထားခြင်း မရှိပါ။
error-questionnaire-version-missing = ဤမေးမြန်းမှုသည် မေးခွန်းလွှာ { $id } ဗားရှင်း { $version } ကို အသုံးပြုခဲ့ပြီး ၎င်းကို ဤစက်တွင် ထည့်သွင်းထားခြင်း မရှိပါ။ ဆက်လုပ်ရန် ထည့်သွင်းပါ။
error-answer-date = ဂဏန်း လေးလုံးပါသော ခုနှစ်ကို အနည်းဆုံး ထည့်ပါ။
error-no-outcome = ဤကိစ္စရပ်တွင် ရလဒ် မရှိသေးပါ။

## Export and import (settings, export screen, import screen)

settings-org-key = အဖွဲ့အစည်း၏ public key
settings-org-key-hint = သင့်အဖွဲ့အစည်းမှ org.pub ဖိုင်၏ အကြောင်းအရာကို ကူးထည့်ပါ - key တစ်ခုလျှင် age1 ဖြင့် စသော စာကြောင်း တစ်ကြောင်း။ # ဖြင့် စသော စာကြောင်းများသည် မှတ်ချက်များ ဖြစ်သည်။ ထုတ်ယူထားသော ဖိုင်များကို အဖွဲ့အစည်း၏ private key ဖြင့်သာ ဖွင့်နိုင်သည်။
settings-org-key-save = key ကို ထည့်သွင်းရန်
settings-org-key-saved = { $count ->
    [one] အဖွဲ့အစည်း key ကို ထည့်သွင်းပြီးပါပြီ။
   *[other] အဖွဲ့အစည်း key { $count } ခုကို ထည့်သွင်းပြီးပါပြီ။
}
settings-org-key-none = အဖွဲ့အစည်း key မထည့်သွင်းရသေးပါ - ကုဒ်ဝှက်ထားသော ထုတ်ယူမှု မလုပ်နိုင်ပါ။
settings-retention = ကုဒ်ဝှက်ထားသော ထုတ်ယူမှုအပြီး
settings-retention-keep = ထုတ်ယူပြီးသော ကိစ္စရပ်များကို ဤစက်တွင် ထားရန်
settings-retention-purge = ထုတ်ယူပြီးသော ကိစ္စရပ်များကို ဤစက်မှ ဖျက်ရန်
settings-retention-saved = သိမ်းပြီးပါပြီ။
home-export = ထုတ်ယူရန်…
home-import = ထုပ်ပိုးဖိုင်များ တင်သွင်းရန်…
export-title = ကုဒ်ဝှက်ထားသော ထုပ်ပိုးဖိုင် ထုတ်ယူရန်
export-intro = ထုပ်ပိုးဖိုင်ကို သင့်အဖွဲ့အစည်း၏ key အတွက် ကုဒ်ဝှက်ထားသည်။ USB ထဲသို့ ကူးနိုင်သည် သို့မဟုတ် ပို့နိုင်သည် - ရုံးချုပ်ကသာ ဖွင့်နိုင်သည်။
export-choose = ထုတ်ယူမည့် ကိစ္စရပ်များ
export-all-finished = ပြီးဆုံးသော ကိစ္စရပ်များ အားလုံး ({ $count })
export-case-label = { $reference }၊ { $status }၊ နောက်ဆုံး ပြောင်းလဲချိန် { $updated }
export-already = ထုတ်ယူပြီး
export-folder = ထုပ်ပိုးဖိုင်ကို ဤဖိုဒါတွင် သိမ်းရန်
export-places-title = USB နှင့် ဒရိုက်များ-
export-places-none = USB သို့မဟုတ် ဖြုတ်တပ်နိုင်သော ဒရိုက် မတွေ့ပါ။ တစ်ခု တပ်ပြီး ထပ်ရှာပါ။
export-places-refresh = ထပ်ရှာရန်
export-submit = ကုဒ်ဝှက်ထားသော ထုပ်ပိုးဖိုင် ထုတ်ယူရန်
export-working = ထုတ်ယူနေသည်… ကိစ္စရပ် { $total } ခုအနက် { $done }
export-progress-label = ထုတ်ယူမှု တိုးတက်မှု
export-no-key = အဖွဲ့အစည်း key မထည့်သွင်းရသေးပါ။ ဆက်တင်များတွင် ဦးစွာ ထည့်သွင်းပါ။
export-open-settings = ဆက်တင်များကို ဖွင့်ရန်
export-retention-keep = ထုတ်ယူပြီးနောက် ကိစ္စရပ်များသည် ထုတ်ယူပြီးဟု အမှတ်အသားပြု၍ ဤစက်တွင် ဆက်ရှိမည်။
export-retention-purge = ထုတ်ယူပြီးနောက် ထုတ်ယူခဲ့သော ကိစ္စရပ်များကို ဤစက်မှ ဖျက်မည်။
export-done-title = ထုတ်ယူမှု ပြီးဆုံးပြီ
export-done-file = ထုပ်ပိုးဖိုင်ကို ဤအမည်ဖြင့် သိမ်းထားသည်:
export-done-count = ကိစ္စရပ် { $count } ခု ထုတ်ယူပြီးပါပြီ။
export-done-purged = { $count ->
    [0] ကိစ္စရပ်များသည် ဤစက်တွင် ဆက်ရှိသည်။
   *[other] ကိစ္စရပ် { $count } ခုကို ဤစက်မှ ဖျက်ပြီးပါပြီ။
}
export-back = ကိစ္စရပ်များသို့ ပြန်ရန်
import-title = ထုပ်ပိုးဖိုင်များ တင်သွင်းရန်
import-intro = ကုဒ်ဝှက်ထားသော ထုပ်ပိုးဖိုင်များကို အဖွဲ့အစည်း၏ private key ဖြင့် ဖွင့်ပါ။ ဘာမျှ မရေးမီ ထုပ်ပိုးဖိုင်တိုင်းကို စစ်ဆေးသည် - တစ်ခုခုကို ပြောင်းလဲထားလျှင် သို့မဟုတ် ဤ key ထံ ပို့ထားခြင်း မဟုတ်လျှင် ဘာမျှ မတင်သွင်းပါ။
import-bundles = ထုပ်ပိုးဖိုင်များ (လမ်းကြောင်း အပြည့်အစုံ၊ တစ်ကြောင်းလျှင် တစ်ခု)
import-found-title = USB များနှင့် Documents တွင် တွေ့ရှိသော ထုပ်ပိုးဖိုင်များ
import-found-none = USB သို့မဟုတ် Documents တွင် ထုပ်ပိုးဖိုင် မတွေ့ပါ။ USB ကို တပ်ပြီး ထပ်ရှာပါ၊ သို့မဟုတ် အောက်တွင် လမ်းကြောင်းကို ရိုက်ထည့်ပါ။
import-found-add = ထည့်ရန်
import-found-added = ထည့်ပြီး
import-identity = အဖွဲ့အစည်း၏ private key ဖိုင် (org.key)
import-passphrase = အဖွဲ့အစည်း key ၏ စကားဝှက်စာကြောင်း
import-submit = တင်သွင်းရန်
import-working = ကုဒ်ဖြေပြီး စစ်ဆေးနေသည်…
import-done-title = တင်သွင်းမှု ပြီးဆုံးပြီ
import-done-summary = ထုပ်ပိုးဖိုင် { $bundles } ခုမှ ကိစ္စရပ် { $written } ခုကို ရေးပြီးပါပြီ။
import-col-bundle = ထုပ်ပိုးဖိုင်
import-col-case = ကိစ္စရပ်
import-col-result = ရလဒ်
import-fate-new = အသစ်
import-fate-duplicate = ဤနေရာတွင် ရှိပြီးသား၊ ထပ်မရေးပါ
import-fate-conflict = ဤနေရာတွင် ရှိပြီးသား ကိစ္စရပ်၏ အခြား ဗားရှင်း၊ ဘေးတွင် သိမ်းထားသည်
import-error-in-file = { $file } တွင်:
error-export-folder = ဤဖိုဒါ မရှိပါ: { $folder }
error-export-running = ထုတ်ယူမှု တစ်ခု လုပ်ဆောင်နေဆဲ ဖြစ်သည်။
error-import-no-bundles = ထုပ်ပိုးဖိုင် အနည်းဆုံး တစ်ခု ပေးပါ။
error-import-no-identity = အဖွဲ့အစည်း key ဖိုင်ကို ပေးပါ။
error-retention-invalid = မသိသော သိမ်းဆည်းမှု ဆက်တင်။

## Referral summaries from the outcome screen

outcome-summary-button = လွှဲပြောင်းမှု အကျဉ်းချုပ် (PDF)
outcome-summary-language = လွှဲပြောင်းမှု အကျဉ်းချုပ်များ၏ ဘာသာစကား
outcome-summary-saved = { $file } ကို { $folder } တွင် သိမ်းပြီးပါပြီ။ ကိစ္စရပ်၏ မှတ်တမ်းတွင် မှတ်ထားပါသည်။ သဘောတူညီချက်ကို ရုပ်သိမ်းပါက ၎င်းကို ဖျက်ဆီးရန် သင့်ကို ပြောပါမည်။
outcome-summary-folder = အကျဉ်းချုပ်များအတွက် ဖိုဒါ (USB)
outcome-summary-folder-hint = အကျဉ်းချုပ်များကို သင်ရွေးသည့်နေရာတွင်သာ သိမ်းပြီး လွှဲပြောင်းမှုအမျိုးအစားနှင့် ရက်စွဲဖြင့် အမည်ပေးပါသည်။
outcome-summary-with-reference = ဖိုင်အမည်တွင် ကိစ္စရပ်၏ ရည်ညွှန်းနံပါတ် ထည့်ရန်
error-summary-folder = အကျဉ်းချုပ်အတွက် ရှိပြီးသား ဖိုဒါတစ်ခု (ဥပမာ USB) ကို ရွေးပါ။
error-referral-unknown = ဤလွှဲပြောင်းမှု အမျိုးအစားကို မသိပါ။
error-no-folder = ဖိုင်ကို သိမ်းရန် ဖိုဒါ မရှိပါ။

## The interview in the field (issue 17)

iv-none-of-these = ဒီထဲက ဘာမှ မဟုတ်ပါ
iv-not-known = မသိပါ
iv-interviewer-marks = ကိုယ့်စကားနဲ့ ဖြေပါ။ မေးမြန်းသူက သင်ပြောတာကို မှတ်သားပါမယ်။
staff-skip = ဒီမေးခွန်းကို ကျော်ပါ
staff-options-not-suggested = ဒါတွေကို အသံထွက် မဖတ်ပါနဲ့ - ပုဂ္ဂိုလ်ပြောတာကို အမှတ်ခြစ်ပါ
staff-mark-what-said = ပုဂ္ဂိုလ် ပြောတဲ့အရာတိုင်းကို အမှတ်ခြစ်ပြီး သိမ်းပါ။ အမှတ်မခြစ်ထားရင် မပြောခဲ့ဘူးလို့ ဆိုလိုပြီး "မဟုတ်ဘူး" လို့ မဆိုလိုပါ။
note-question = ဒီမေးခွန်းအတွက် မှတ်စု (ဝန်ထမ်းသာ)
note-case = ဒီကိစ္စအတွက် မှတ်စု (ဝန်ထမ်းသာ)
note-save = မှတ်စု သိမ်းပါ
note-saved = မှတ်စု သိမ်းပြီးပါပြီ။
error-note-too-long = ဒီမှတ်စု ရှည်လွန်းပါတယ် - အများဆုံး စာလုံး { $max } လုံး။
answer-none-of-these = ဒီထဲက ဘာမှ မဟုတ်
outcome-staff-notes = ဝန်ထမ်း မှတ်စုများ
outcome-note-on-case = ကိစ္စအကြောင်း
outcome-notes-stay = ဝန်ထမ်း မှတ်စုများသည် ဒီစက်ပေါ်မှာသာ ရှိပါသည် - ထုတ်ယူမှုတွင် ဘယ်တော့မှ မပါဝင်ဘဲ ကိစ္စနှင့်အတူ ဖျက်ပစ်ပါသည်။
outcome-compare-title = ဘာတွေ ပြောင်းမလဲ
outcome-compare-stored = ယခု သိမ်းထားသည် (စည်းမျဉ်း { $version })
outcome-compare-today = ယနေ့ စည်းမျဉ်းဖြင့် ({ $version })
outcome-compare-none = မရှိ
outcome-compare-changed = ပြောင်းမည်
staff-full-text = ပြောသည်ကို စစ်ဆေးရန် စာသား အပြည့်အစုံ

new-loading-packs = မေးခွန်းလွှာများကို ဖွင့်နေသည်…
settings-org-key-until-profile = ဤနေရာတွင် ကူးထည့်သော ကီးသည် သင့်အဖွဲ့အစည်း ပရိုဖိုင်ကို ထည့်သွင်းသည်အထိ အလုပ်လုပ်သည်၊ ထို့နောက် ကီးများသည် ပရိုဖိုင်မှသာ လာမည်။
settings-org-key-from-profile = { $count ->
   *[other] ထုတ်ယူမှုများကို အဖွဲ့အစည်း ပရိုဖိုင်တွင် ဖော်ပြထားသော ကီး { $count } ခုအတွက် စာဝှက်သည်။
}
