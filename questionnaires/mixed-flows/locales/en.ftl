# Harbour: mixed-flows screening questionnaire, English source text.
#
# Notes for translators:
# - Texts ending in -text, -help and option texts are read to, or by, the person being
#   interviewed. Use short sentences, everyday words, and the informal-polite "you" your
#   community uses with a stranger who is trying to help. No legal words ("trafficking",
#   "refugee", "persecution", "smuggler", "victim"): they frighten, they lead, and they are not
#   how people describe their own lives.
# - Texts ending in -guidance and -signpost are for the interviewer (signposts are read aloud
#   too). They may use professional words.
# - The child path (messages starting with child-) is for children: use the simplest words
#   a 10-year-old would understand.
# - Never make a question more pointed than the English. "Did anyone take your passport or ID
#   and not give it back?" must not become "Did your trafficker confiscate your passport?".

title = Mixed migration screening
description = A short screening for people on the move: safety, the journey, work, fear of going back, and what help may be needed. It points to referrals; it does not decide anyone's status.

## Introduction and consent

intro-title = Before we start
# The consent question. "yes" continues; any other answer ends the interview and keeps only
# the refusal.
consent-text = Do you agree to answer some questions today?
# Read aloud before the consent question. Keep every point: each is a right the person has.
consent-help =
    We would like to ask you some questions so we can see what help you may need and where we can send you for it.
    What you tell us stays with our team. We share it only with the services you need, and only what they need to help you.
    There is one limit: if you or a child are in serious danger right now, we may have to act to keep you safe. We will tell you first.
    You do not have to answer any question. You can say "I don't know" or "I don't want to answer". You can ask for a break, or stop at any time. None of this will change the help you can get.
    Your answers are kept on this computer, locked with a password. Later, you can ask us to delete them, and we will.
# The consent help in six short lines, for the person's side; the full consent-help is
# shown to the interviewer in the staff language, so an interpreter's rendering can be checked.
consent-help-short =
    We want to know what help you need.
    What you say stays with our team.
    We share only what a service needs to help you.
    If you or a child are in danger now, we may act to keep you safe. We tell you first.
    You can skip any question, take a break or stop. Your help stays the same.
    Your answers are locked on this computer. You can ask us to delete them.
consent-guidance = Before asking: make sure you are in a private place, that no companion, employer or "helper" is present, and that the interpreter is neutral (never a family member, a fellow traveller or anyone who came with the person). Offer an interviewer or interpreter of the gender the person prefers. Read the help text in full and check understanding in the person's own words. Make no promises you cannot keep. If the answer is anything but a clear yes, thank the person, give referral information anyway, and end: only the refusal is stored.

## Immediate safety

safety-title = Your safety now
danger-now-text = Are you, or anyone with you, in danger right now?
danger-now-help = For example, someone is looking for you, waiting for you outside, or has said they will hurt you today.
danger-now-guidance = A "yes" raises the urgent safety notice at once. Stop the screening and follow your emergency procedure. Do not press for details before the person is safe.
afraid-here-text = Is there someone here, or waiting nearby, who you are afraid of?
afraid-here-guidance = If yes, or if a companion answers for the person or will not leave, pause the interview and find a safe way to speak to the person alone (for example a routine medical or document check). Do not confront the companion.
safe-tonight-text = Do you have a safe place to sleep tonight?
safe-tonight-guidance = A "no" raises the urgent notice and makes the shelter referral urgent: arrange a safe place for tonight before the person leaves. If the only place is one provided by an employer or by the people who arranged the journey, note it and consider it not safe.
urgent-care-text = Do you need a doctor or a nurse today?
urgent-care-guidance = Arrange urgent care before continuing if the need is urgent. The screening can wait.

## About you

about-title = About you
dob-text = When were you born?
dob-help = The year is enough if you do not know the exact date.
dob-guidance = A partial date (year, or year and month) is normal. Do not ask for documents. If the person does not know or prefers not to say, the next question asks for an approximate age.
age-years-text = About how old are you?
age-years-help = A guess is fine.
age-years-guidance = Asked only when no date of birth was given. If the person may be under 18 and does not say, treat them as a child: follow your child safeguarding procedure, and consider restarting with the age the person gives later.
gender-text = How do you describe yourself?
gender-guidance = Read the options. Accept the person's own description. Used only for statistics and for gender-specific referrals.
gender-female = Woman or girl
gender-male = Man or boy
# Keep this open and respectful: it covers people who do not describe themselves as either.
gender-another = In another way
nationality-text = Which country are you a citizen of?
# "Stateless" must be a real, easy choice here, not a shameful one.
nationality-help = If no country sees you as its citizen, you can say that.
nationality-guidance = Record "stateless" when the person says no country recognises them as a citizen, and "unknown" when they do not know. Do not argue with the answer.
citizenship-recognised-text = Would that country give you a passport or an ID card if you asked for one?
citizenship-recognised-help = Some people are born in a country but are not accepted as its citizens.
citizenship-recognised-guidance = Screens for a risk of statelessness (for example Rohingya from Myanmar, or people whose birth was never registered). A "no" is a reason for legal advice, not for doubt.
language-text = Which language do you speak best?
language-guidance = If the interview is not in this language, offer an interpreter in it.
travel-with-text = Who are you travelling with, or staying with here?
travel-with-help = Choose all that are true.
travel-with-guidance = Watch who answers. If the "organiser" or someone who arranged the journey is here with the person, find a way to speak to the person alone before going further.
travel-with-alone = I am alone
travel-with-parents = My mother or father
travel-with-other-family = Other family members
travel-with-partner = My husband, wife or partner
travel-with-own-children = My children
travel-with-friends = Friends, or people I met on the way
travel-with-organiser = The person who organised my journey, or people who work for them
child-parent-here-text = Is your mother or your father here with you?
child-parent-here-guidance = Asked of children only. A step-parent or legal guardian counts as a parent here.
child-relative-carer-text = Is there another grown-up from your family here who looks after you?
child-relative-carer-guidance = A child with no parent here is separated; with no adult relative caring for them either, unaccompanied. Both go to a best-interests assessment. An adult who is not family, or who the child met on the way, does not count as a carer.

## The journey

journey-title = Your journey
journey-signpost = Now I would like to ask about how you travelled. Some of it may be hard to talk about. You can skip any question, or this whole part.
left-country-text = Have you left the country you are a citizen of, or the country where you lived?
left-country-help = Answer "no" if you moved to another place inside your own country.
left-country-guidance = For a stateless person, "their country" is the country where they usually lived.
arranged-by-text = Who organised your journey?
arranged-by-help = Choose all that are true.
arranged-by-guidance = Do not suggest answers. "Someone who offered me work" and "I was taken" open the questions about how the person was recruited or moved.
arranged-by-myself = I did it myself
arranged-by-family = My family or friends
arranged-by-paid-helper = Someone I paid to help me travel or cross a border
arranged-by-job-offer = Someone who offered me a job
# Keep the meaning "against my will", without a legal word such as "abducted".
arranged-by-taken = I was taken, and I did not want to go
arranged-by-someone-else = Someone else
crossed-irregularly-text = Did you cross a border without showing papers at an official crossing?
crossed-irregularly-help = Many people have to travel this way. Your answer will not be used against you.
crossed-irregularly-guidance = Non-judgmental tone. The answer supports non-penalisation (1951 Convention Art. 31; CoE Anti-Trafficking Convention Art. 26), not enforcement.
crossing-agreed-text = Did you agree with someone that they would help you cross?
crossing-agreed-guidance = "Yes" suggests a smuggled crossing the person chose. That does not exclude exploitation later: keep listening.
papers-to-stay-text = Do you have papers that let you stay in this country?
papers-to-stay-help = For example a visa, a residence card, or a paper showing you have asked for protection.
papers-to-stay-guidance = For non-penalisation notes only. Do not check or copy documents.
journey-paid-text = Did you pay for the journey, or do you still owe money for it?
journey-paid-guidance = If someone else paid and the person must pay them back, that is "I still owe money".
journey-paid-no = No
journey-paid-paid = Yes, I paid it all
journey-paid-owe = I still owe money for it
helpers-still-text = Now that you are here, do the people who helped you travel still tell you what to do, or ask you for money?
helpers-still-guidance = "Yes" means the relationship did not end on arrival: a classic turn from smuggling to exploitation. Ask the work and control questions with care.
debt-work-text = Do you have to work, or do other things, for someone to pay back that money?
debt-work-guidance = Listen for a debt that grows, that the person cannot check, or that is paid by work rather than money. These are signs of debt bondage.
# "Promise" here is neutral: a job, a school place, a marriage, papers, help of any kind.
promise-text = Before you left, did someone promise you a job, school, marriage or other help at the end of the journey?
promise-help = The promise may have come from a stranger, a friend or a relative.
promise-guidance = "Yes" records that someone recruited the person. On its own this is not a concern.
promise-kept-text = When you arrived, was it what you had been told?
promise-kept-guidance = "It was different" is deception. Follow up gently in the work questions.
promise-kept-yes = Yes, it was as I was told
promise-kept-different = No, it was different
promise-kept-not-yet = I have not got there yet, or I do not know yet
documents-taken-text = Did anyone take your passport or ID and not give it back?
documents-taken-guidance = Border or police custody is not what is meant: an employer, a landlord, a "helper". If the authorities hold it, note that in your case notes instead.
kept-somewhere-text = On the journey or since, were you ever kept somewhere you could not leave when you wanted to?
kept-somewhere-guidance = Includes locked houses or camps on the way where people were held until money was paid. Note who held the person, if they say.

# Issue 15 additions (journey).
claimed-asylum-text = Have you already asked for asylum or protection, here or in another country?
claimed-asylum-help = It is fine if you have, or if you have not.
claimed-asylum-guidance = A "yes" means a procedure may already be open: note where, if the person says, so that the referral goes to it. Do not ask about the outcome.
debt-growing-text = Does that debt keep getting bigger, so that you can never finish paying it?
debt-growing-guidance = For example new costs for food, rent, fines or "interest" are added. A debt that keeps growing is a sign of debt bondage.
recruitment-pressure-text = When they offered you this, or took you, did any of these happen?
recruitment-pressure-help = Choose all that are true.
recruitment-pressure-guidance = Read every option and let the person answer each one. These are ways people are made to go: force, threats, documents taken, a debt, or someone taking advantage of hardship, power or trust.
recruitment-pressure-hurt = They hurt you, or took you by force
recruitment-pressure-threatened = They threatened you or your family
recruitment-pressure-papers = They took your passport or ID
recruitment-pressure-debt = They made you owe them money from the start
recruitment-pressure-hardship = They knew you had no money, no papers or no one to help you, and used that
recruitment-pressure-power = They had power over you, for example a boss, an official or an elder
recruitment-pressure-trusted = It was someone you loved or trusted, and they used that
handed-over-text = On the journey or when you arrived, were you handed over to other people, or did someone pay money for you?
handed-over-help = For example, the people who brought you gave you to someone else, who then told you what to do.
handed-over-guidance = Transfer and receipt of a person, or a sale. A "yes" is serious: do not ask for details now, and check the person's safety.
held-at-sea-text = Was that on a boat, or at sea?
held-at-sea-guidance = Includes being made to work on a fishing boat and not allowed to come ashore.
journey-violence-text = Since you left home, has anyone hurt you physically?
journey-violence-help = You do not have to say who, or what happened.
journey-violence-guidance = Asked of everyone, so that care can be offered even if the person does not want the health questions. Do not ask for details. A "yes" leads to medical and psychosocial referrals.

## Work and living conditions

work-title = Work and living conditions
work-signpost = The next questions are about work and where you lived. You can skip any of them, or this whole part.
worked-text = Since you left home, have you worked for anyone, paid or unpaid?
worked-help = Any work counts: in a home, on a farm, in a shop or factory, on the street, or anything else.
worked-guidance = A "don't know" still opens the work questions (people often do not call housework or "helping" work). A "declined" closes them: respect it, and the result will show that information is missing, never that nothing was found.
work-differences-text = Was any of this different from what you were told before you started?
work-differences-guidance = Choose all the person mentions. None is a valid answer.
work-differences-job = The kind of work
work-differences-pay = The pay
work-differences-conditions = The hours or the conditions
work-differences-housing = Where I would live
work-differences-papers = The papers I would get to stay or work
work-conditions-text = At that work, did any of these happen?
work-conditions-guidance = Read every option and let the person answer each one. Do not comment on what they did.
work-conditions-long-hours = I worked very long hours, or with no days off
work-conditions-not-paid = I was paid nothing, or much less than I was told
work-conditions-pay-taken = Someone kept my pay, or took money out of it for food, housing or a debt
work-conditions-dangerous = The work was dangerous, and I was not protected
work-conditions-bad-housing = Where I slept was crowded, dirty or unsafe
work-conditions-no-care = I could not see a doctor when I was sick or hurt
work-conditions-illegal-tasks = I was made to do things that are against the law
lived-at-work-text = Did you live where you worked, or in a place your employer chose?
lived-at-work-guidance = Common for domestic, farm and construction work. On its own it is not a concern.
free-to-quit-text = Could you stop working there and leave if you wanted to?
free-to-quit-guidance = If "no", let the person say why in their own words; the next part asks about pressure. Leaving because of money alone is not the same as being held; record what the person says in your notes.

# Issue 15 additions (work).
housework-text = Have you had to do housework or look after people in someone's home, day and night, with no way to stop or leave?
housework-help = For example cooking, cleaning, or caring for children or old people, for a family or an employer.
housework-guidance = Asked whatever the answer about work: many people do not call housework "work". A "yes" is a sign of domestic servitude.

## Control and coercion

control-title = Pressure and control
control-signpost = Now some questions about whether anyone tried to control you. They may be hard. You can skip any of them, or this whole part, and you can take a break.
control-acts-text = Since you left home, has anyone done any of these things to you?
control-acts-help = Choose all that are true. You do not have to say who.
control-acts-guidance = Read every option slowly; pause after each. Watch for distress and offer a break. Do not ask for details of violence: the screening needs only whether it happened.
control-acts-threatened = Threatened to hurt you
control-acts-threatened-family = Threatened or hurt your family
control-acts-threatened-police = Said they would report you to the police, or have you sent back
control-acts-hurt = Hit you or hurt you
control-acts-locked-in = Locked you in, or did not let you go out alone
control-acts-cut-off = Watched you all the time, or stopped you from contacting your family or friends
control-acts-debt = Said you owe them money that you must work to pay back
control-acts-kept-documents = Kept your passport or ID
forced-sexual-text = Has anyone forced or pressured you to do sexual things you did not want to do?
forced-sexual-help = You can skip this question.
forced-sexual-guidance = Ask only if the person is alone with you and a same-gender interviewer was offered. Do not ask for details. A "yes" needs a referral to medical and psychosocial care, with the person's consent.
sex-for-others-text = Did someone else get money or something else from it?
sex-for-others-guidance = "Yes" points to sexual exploitation by a third party. Do not ask who or how much.

# Issue 15 additions (control).
control-acts-phone-taken = Took your phone, or did not let you use one
sex-work-conditions-text = Did any of these happen to you there?
sex-work-conditions-help = Choose all that are true. You can skip this question.
sex-work-conditions-guidance = Asked only after the person said someone else gained from it. Read each option slowly and pause; offer a break. Do not ask for details, names or numbers.
sex-work-other-job = I had been told I would do other work
sex-work-could-not-refuse = I could not say no to a person, or to what they wanted
sex-work-many-hours = Very long hours, or very many people, with no rest
sex-work-little-money = I got no money, or very little
sex-work-money-taken = Someone took the money
sex-work-unsafe = It was unsafe, or I could not protect my health
sex-work-kept = I was locked in, or watched all the time
sex-work-debt = I had to pay back a debt
sex-work-hurt = I was hurt or threatened
marriage-forced-text = Were you married, or promised in marriage, when you were not free to say no, or in exchange for money or gifts to your family?
marriage-forced-help = You can skip this question.
marriage-forced-guidance = A marriage the person could not refuse, or one paid for to the family, is a practice similar to slavery. Do not judge the person or their family. Do not ask for details.
duration-text = How long did this go on?
duration-help = A guess is fine.
duration-guidance = About the situation the person described (work they could not leave, housework, a debt, sexual exploitation or a marriage). Recorded for the caseworker; it changes no result. "It is still going on" means: check the person's safety before they leave.
duration-under-month = Less than a month
duration-months = One to six months
duration-half-year = Six months to a year
duration-over-year = More than a year
duration-still = It is still going on

## Fear of return

return-title = Going back
return-signpost = Now I would like to ask about going back to your country, or to the place you came from. You can skip this part.
fear-return-text = Are you afraid of what could happen to you if you had to go back?
fear-return-guidance = A "don't know" still opens the follow-up questions. Any fear of return means: do not return pending assessment.
feared-harm-text = What are you afraid could happen?
feared-harm-guidance = Choose all the person mentions. Do not suggest options the person has not raised; read them only if the person asks for examples.
feared-harm-killed = Being killed or badly hurt
feared-harm-tortured = Being tortured, or held and mistreated by police, soldiers or others
feared-harm-prison = Being put in prison unfairly
feared-harm-forced = Being forced to marry, or to join an armed group
feared-harm-exploiters = The people who controlled me, or made me work, finding me again
feared-harm-war = The fighting or war there
feared-harm-violence = Violence by gangs or armed groups that happens to everyone there
feared-harm-no-living = Having no money, work or home
harmed-before-text = Did any of this already happen to you, or to people close to you, before you left?
harmed-before-guidance = Do not ask for details. Past harm supports a well-founded fear.
why-targeted-text = Why do you think this would happen to you?
why-targeted-help = Choose all that are true. You can also say you do not know.
why-targeted-guidance = These are the five Convention grounds, in plain words, plus two other answers. A reason attributed to the person by others counts too (for example, being thought to support a party).
why-religion = My religion or beliefs, or having none
why-ethnic = My ethnic group, tribe or skin colour
why-nationality = My nationality, or not having one
why-political = My political views, or the views people think I have
# "who I am" covers particular social groups: gender, sexuality, family, age, former victims.
why-who-i-am = Who I am: for example being a woman, my family, who I love, or a group I belong to
why-anyone = It could happen to anyone there
why-personal = A personal dispute or a debt
state-protection-text = If you went back, could the police or the government protect you?
state-protection-guidance = "No" includes when the authorities themselves are the danger, or will not or cannot help.

## Health and wellbeing (opt-in)

health-title = Health and wellbeing
health-signpost = If you want, I can ask a few questions about your health, so we can find care for you. This part is your choice.
health-opt-in-text = Would you like to answer some questions about your health?
health-opt-in-guidance = Opt-in: only a clear "yes" opens the health questions.
health-condition-text = Do you have an illness, injury, disability or pregnancy that needs care?
health-condition-help = You do not need to tell us what it is.
health-condition-guidance = Do not ask for a diagnosis. A "yes" leads to a medical referral.
distress-text = Do you often feel so worried, sad or afraid that it is hard to sleep, eat or get through the day?
distress-guidance = A "yes" leads to an offer of psychosocial support. If the person mentions thoughts of self-harm, follow your emergency procedure.
past-violence-text = Has someone hurt you badly in the past, in a way that still affects you?
past-violence-guidance = Includes torture. Do not ask for details.

## The child path

child-title = Questions for young people
child-signpost = Now some questions for young people. If a question is hard, you can say "skip". You can stop any time.
child-brought-by-text = Who brought you here?
child-brought-by-guidance = Use a child-friendly space and, where possible, a trained child protection worker. A guardian or trusted adult may be present only if the child agrees and that adult is not connected with the journey.
child-brought-by-family = My family
child-brought-by-adult-known = A grown-up I knew
child-brought-by-stranger = A grown-up I did not know before
child-brought-by-own = I came on my own
child-promise-text = Did someone tell you that you would get a job, go to school, or get married here?
child-promise-guidance = Any promise made to a child to move them is recruitment.
child-worked-text = Since you left home, have you had to work?
child-worked-help = Work can be for money or for no money. It can be in a house, a farm, a shop, or on the street.
child-worked-guidance = "Don't know" still opens the next question. Household chores suitable for the child's age are not what is meant.
child-work-problems-text = When you worked, did any of these happen?
child-work-problems-guidance = Read each option and wait. For a child, work that harms health, safety or schooling is exploitation whatever the child agreed to.
child-work-long-hours = I worked many hours every day, or at night
child-work-no-money = I got no money, or someone else took my money
child-work-dangerous = The work was dangerous, or I got hurt
child-work-no-school = I could not go to school
child-work-could-not-stop = I could not stop, even when I wanted to
child-work-beg-steal = I had to beg, steal, or carry things for other people
child-harm-text = Has anyone done any of these things to you?
child-harm-guidance = Read each option and wait. Do not ask who or when. Any "yes" is a child protection concern.
child-harm-hit = Hit you or hurt your body
child-harm-scared = Said they would hurt you or your family
child-harm-kept-inside = Kept you inside, or did not let you go out
child-harm-papers = Took your papers
child-harm-owe = Said you owe them money
child-harm-lie = Told you to lie about your age or your story
child-sexual-text = Has anyone touched your private parts, or made you do sexual things?
child-sexual-help = It is never your fault. You can skip this question.
child-sexual-guidance = Ask only if a trained child protection worker is present or available at once. Do not ask for details. Any "yes" is a child protection emergency: follow your child safeguarding procedure.
child-sexual-exchange-text = Did anyone get money, food, a place to stay or other things because of it?
child-sexual-exchange-guidance = For a child, any exchange of sexual acts for money, goods or favours is sexual exploitation, whoever gets the benefit and whatever the child agreed to.
child-married-text = Are you married, or has someone promised you in marriage?
child-married-guidance = Child marriage puts a child at heightened risk. Do not judge the family in front of the child.

# Issue 15 additions (child).
child-work-little-money = I got only a little money
child-harm-phone = Took your phone, or did not let you call your family
child-housework-text = Did you have to do housework or look after children in someone else's home, and you could not stop?
child-housework-guidance = Asked on its own: children rarely call housework "work". Chores suited to the child's age, at home with their own family, are not what is meant.
child-marriage-payment-text = Was money or something else given to your family for the marriage, or were you made to say yes?
child-marriage-payment-guidance = A child marriage for payment, or a forced one, is a practice similar to slavery: follow your child safeguarding procedure. Do not judge the family in front of the child.
child-brought-to-exploiter-text = The person who brought you here: is it the same person who made you work or do those things?
child-brought-to-exploiter-guidance = Asked when the child said they worked or were exploited. For a child no means is needed, but the journey must be linked to the exploitation: whoever brought the child exploits them, or handed them over to whoever does.
child-brought-to-exploiter-same = Yes, it is the same person
child-brought-to-exploiter-handed-over = No, they gave me or sold me to that person
child-brought-to-exploiter-someone-else = No, it was someone else

## Sexual orientation and gender identity (opt-in)

sogi-title = Who you are and who you love
sogi-signpost = Some people are treated badly because of who they love, or because of how they live as a man, a woman or in another way. If you want, I can ask two questions about this. It is entirely your choice.
sogi-opt-in-text = Would you like to answer questions about this?
sogi-opt-in-guidance = Opt-in only: a clear "yes" is needed. Never ask for an identity label or about sexual behaviour. The questions ask only about harm and safety.
sogi-harm-text = Have you been hurt or threatened because of who you love, or how you express your gender, or are you afraid you will be?
sogi-harm-guidance = A "yes" may point to a particular social group (a Convention ground). Record nothing more than the answer.
sogi-safe-here-text = Do you feel safe where you are staying now?
sogi-safe-here-guidance = "No" is a physical protection need: look for safer accommodation with the person's consent.

## Closing

closing-title = What happens next
help-wanted-text = Which of these would you like help with?
help-wanted-help = Choose any, or none. We will tell you what we can do and what we cannot.
help-wanted-guidance = Explain what happens next: who will see the answers, which services you will contact and only with the person's consent, and how long it may take. Give referral information in writing if it is safe for the person to carry it. Remind them they can withdraw consent and have their record deleted by contacting this office, with or without a reason.
help-wanted-safe-place = A safe place to stay
help-wanted-doctor = A doctor or a nurse
help-wanted-talk = Someone to talk to about how I feel
help-wanted-legal = Advice about my papers or my rights
help-wanted-family = Finding or joining my family
contact-safe-text = Is it safe for us to contact you later?
contact-safe-guidance = If yes, agree how (and what not to do, for example never leave a message). If no, agree when the person can come back. "No" may point to someone controlling the person's phone or movements.
anything-else-text = Is there anything else you would like to tell us?
anything-else-help = You do not have to add anything.
anything-else-guidance = Record only what is needed for help. Thank the person. Remind them how to withdraw consent: they can ask this office at any time to delete their answers.
