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
