# Review status: unreviewed draft (a working translation by the questionnaire author; no native-
# speaking protection professional has reviewed it). Declared in questionnaire.toml, so the app
# offers it, marked "not yet reviewed by a native speaker". A native-speaking protection
# professional should review it before it is relied on in an interview.
# Harbour : questionnaire de dépistage « flux mixtes », français.
# Traduction de travail de l'autrice du questionnaire (non relue par un ou une interprète
# francophone formé·e à la protection). Voir les notes aux traducteurs dans en.ftl.
# Registre : vouvoiement, phrases courtes, mots de tous les jours, pas de vocabulaire juridique.

title = Dépistage migrations mixtes
description = Un court entretien pour les personnes en déplacement : la sécurité, le voyage, le travail, la peur du retour et l'aide dont elles peuvent avoir besoin. Il sert à orienter ; il ne décide pas du statut des personnes.

## Introduction et consentement

intro-title = Avant de commencer
consent-text = Acceptez-vous de répondre à quelques questions aujourd'hui ?
consent-help =
    Nous aimerions vous poser quelques questions pour voir de quelle aide vous pourriez avoir besoin, et où vous envoyer pour la recevoir.
    Ce que vous nous dites reste dans notre équipe. Nous le partageons seulement avec les services dont vous avez besoin, et seulement ce qui leur est utile pour vous aider.
    Il y a une limite : si vous ou un enfant êtes en grave danger en ce moment, nous devrons peut-être agir pour vous protéger. Nous vous le dirons d'abord.
    Rien ne vous oblige à répondre à une question. Vous pouvez dire « je ne sais pas » ou « je ne veux pas répondre ». Vous pouvez demander une pause, ou arrêter à tout moment. Cela ne changera rien à l'aide que vous pouvez recevoir.
    Vos réponses sont gardées sur cet ordinateur, protégées par un mot de passe. Plus tard, vous pourrez nous demander de les effacer, et nous le ferons.
# The consent help in six short lines, for the person's side; the full consent-help is
# shown to the interviewer in the staff language, so an interpreter's rendering can be checked.
consent-help-short =
    Nous voulons savoir de quelle aide vous avez besoin.
    Ce que vous dites reste dans notre équipe.
    Nous ne partageons que ce dont un service a besoin pour vous aider.
    Si vous ou un enfant êtes en danger maintenant, nous pouvons agir pour votre sécurité. Nous vous le dirons d’abord.
    Vous pouvez passer une question, faire une pause ou arrêter. L’aide reste la même.
    Vos réponses sont verrouillées sur cet ordinateur. Vous pouvez nous demander de les effacer.
consent-guidance = Avant de poser la question : assurez-vous d'être dans un lieu privé, sans accompagnateur, employeur ou « aidant » présent, et que l'interprète est neutre (jamais un membre de la famille, un compagnon de route ou une personne venue avec la personne). Proposez un·e intervenant·e ou un·e interprète du genre que la personne préfère. Lisez le texte d'aide en entier et vérifiez la compréhension avec les mots de la personne. Ne faites aucune promesse que vous ne pouvez pas tenir. Si la réponse n'est pas un oui clair, remerciez la personne, donnez quand même les informations d'orientation, et terminez : seul le refus est enregistré.

## Sécurité immédiate

safety-title = Votre sécurité maintenant
danger-now-text = Êtes-vous en danger en ce moment, vous ou quelqu'un qui est avec vous ?
danger-now-help = Par exemple, quelqu'un vous cherche, vous attend dehors, ou a dit qu'il vous ferait du mal aujourd'hui.
danger-now-guidance = Un « oui » déclenche immédiatement l'alerte de sécurité urgente. Arrêtez l'entretien et suivez votre procédure d'urgence. Ne cherchez pas de détails avant que la personne soit en sécurité.
afraid-here-text = Y a-t-il quelqu'un ici, ou qui attend près d'ici, dont vous avez peur ?
afraid-here-guidance = Si oui, ou si un accompagnateur répond à la place de la personne ou refuse de partir, faites une pause et trouvez un moyen sûr de parler seul à seul avec la personne (par exemple un contrôle médical ou administratif de routine). Ne confrontez pas l'accompagnateur.
safe-tonight-text = Avez-vous un endroit sûr où dormir cette nuit ?
safe-tonight-guidance = Un « non » déclenche l'alerte urgente et rend l'orientation vers un hébergement urgente : trouvez un lieu sûr pour cette nuit avant que la personne reparte. Si le seul lieu est fourni par un employeur ou par les personnes qui ont organisé le voyage, notez-le et considérez-le comme non sûr.
urgent-care-text = Avez-vous besoin d'un médecin ou d'une infirmière aujourd'hui ?
urgent-care-guidance = Organisez les soins urgents avant de continuer si le besoin est urgent. L'entretien peut attendre.

## À propos de vous

about-title = À propos de vous
dob-text = Quelle est votre date de naissance ?
dob-help = L'année suffit si vous ne connaissez pas la date exacte.
dob-guidance = Une date partielle (année, ou année et mois) est normale. Ne demandez pas de documents. Si la personne ne sait pas ou préfère ne pas répondre, la question suivante demande un âge approximatif.
age-years-text = Quel âge avez-vous, à peu près ?
age-years-help = Une estimation suffit.
age-years-guidance = Posée seulement quand aucune date de naissance n'a été donnée. Si la personne pourrait avoir moins de 18 ans et ne le dit pas, traitez-la comme un enfant : suivez votre procédure de protection de l'enfance, et envisagez de reprendre avec l'âge qu'elle donnera plus tard.
gender-text = Comment vous décrivez-vous ?
gender-guidance = Lisez les options. Acceptez la description que la personne donne d'elle-même. Sert uniquement aux statistiques et aux orientations adaptées au genre.
gender-female = Femme ou fille
gender-male = Homme ou garçon
gender-another = D'une autre manière
nationality-text = De quel pays êtes-vous citoyen ou citoyenne ?
nationality-help = Si aucun pays ne vous considère comme son citoyen ou sa citoyenne, vous pouvez le dire.
nationality-guidance = Enregistrez « apatride » quand la personne dit qu'aucun pays ne la reconnaît comme citoyenne, et « inconnu » quand elle ne sait pas. Ne contestez pas la réponse.
citizenship-recognised-text = Ce pays vous donnerait-il un passeport ou une carte d'identité si vous le demandiez ?
citizenship-recognised-help = Certaines personnes sont nées dans un pays mais ne sont pas acceptées comme ses citoyens.
citizenship-recognised-guidance = Repère un risque d'apatridie (par exemple les Rohingyas du Myanmar, ou des personnes dont la naissance n'a jamais été enregistrée). Un « non » justifie un conseil juridique, pas un doute.
language-text = Quelle langue parlez-vous le mieux ?
language-guidance = Si l'entretien n'a pas lieu dans cette langue, proposez un·e interprète.
travel-with-text = Avec qui voyagez-vous, ou avec qui logez-vous ici ?
travel-with-help = Choisissez tout ce qui est vrai.
travel-with-guidance = Observez qui répond. Si l'« organisateur » ou une personne qui a organisé le voyage est présente, trouvez un moyen de parler seul à seul avec la personne avant d'aller plus loin.
travel-with-alone = Je n'ai personne avec moi
travel-with-parents = Ma mère ou mon père
travel-with-other-family = D'autres membres de ma famille
travel-with-partner = Mon mari, ma femme ou mon/ma partenaire
travel-with-own-children = Mes enfants
travel-with-friends = Des amis, ou des personnes rencontrées en chemin
travel-with-organiser = La personne qui a organisé mon voyage, ou des gens qui travaillent pour elle
child-parent-here-text = Est-ce que ta mère ou ton père est ici avec toi ?
child-parent-here-guidance = Posée aux enfants seulement. Un beau-parent ou un tuteur légal compte ici comme un parent.
child-relative-carer-text = Est-ce qu'un autre adulte de ta famille est ici et s'occupe de toi ?
child-relative-carer-guidance = Un enfant sans parent ici est séparé ; sans aucun adulte de la famille qui s'occupe de lui non plus, il est non accompagné. Dans les deux cas : évaluation de l'intérêt supérieur. Un adulte qui n'est pas de la famille, ou rencontré en chemin, ne compte pas comme responsable.

## Le voyage

journey-title = Votre voyage
journey-signpost = Maintenant, j'aimerais vous poser des questions sur votre voyage. Certaines choses peuvent être difficiles à raconter. Vous pouvez passer n'importe quelle question, ou toute cette partie.
left-country-text = Avez-vous quitté le pays dont vous êtes citoyen ou citoyenne, ou le pays où vous viviez ?
left-country-help = Répondez « non » si vous avez seulement changé d'endroit à l'intérieur de votre propre pays.
left-country-guidance = Pour une personne apatride, « son pays » est le pays où elle vivait habituellement.
arranged-by-text = Qui a organisé votre voyage ?
arranged-by-help = Choisissez tout ce qui est vrai.
arranged-by-guidance = Ne suggérez pas de réponses. « Quelqu'un qui m'a proposé un travail » et « On m'a fait partir de force » ouvrent les questions sur la manière dont la personne a été recrutée ou déplacée.
arranged-by-myself = Je l'ai fait moi-même
arranged-by-family = Ma famille ou des amis
arranged-by-paid-helper = Quelqu'un que j'ai payé pour m'aider à voyager ou à passer une frontière
arranged-by-job-offer = Quelqu'un qui m'a proposé un travail
arranged-by-taken = On m'a fait partir de force, et je ne voulais pas y aller
arranged-by-someone-else = Quelqu'un d'autre
crossed-irregularly-text = Avez-vous passé une frontière sans montrer de papiers à un poste officiel ?
crossed-irregularly-help = Beaucoup de gens doivent voyager ainsi. Votre réponse ne sera pas utilisée contre vous.
crossed-irregularly-guidance = Ton neutre, sans jugement. La réponse sert à la non-sanction (Convention de 1951, art. 31 ; Convention du Conseil de l'Europe contre la traite, art. 26), pas au contrôle.
crossing-agreed-text = Avez-vous fait un accord avec quelqu'un pour qu'il vous aide à passer la frontière ?
crossing-agreed-guidance = « Oui » suggère un passage organisé que la personne a choisi (trafic de migrants). Cela n'exclut pas une exploitation ensuite : restez attentif·ve.
papers-to-stay-text = Avez-vous des papiers qui vous permettent de rester dans ce pays ?
papers-to-stay-help = Par exemple un visa, une carte de séjour, ou un papier qui montre que vous avez demandé une protection.
papers-to-stay-guidance = Uniquement pour les notes de non-sanction. Ne vérifiez pas et ne copiez pas de documents.
journey-paid-text = Avez-vous payé pour le voyage, ou devez-vous encore de l'argent pour ce voyage ?
journey-paid-guidance = Si quelqu'un d'autre a payé et que la personne doit le rembourser, c'est « Je dois encore de l'argent ».
journey-paid-no = Non
journey-paid-paid = Oui, j'ai tout payé
journey-paid-owe = Je dois encore de l'argent pour ce voyage
helpers-still-text = Maintenant que vous êtes ici, les personnes qui vous ont apporté de l'aide pour le voyage vous disent-elles encore quoi faire, ou vous demandent-elles de l'argent ?
helpers-still-guidance = « Oui » signifie que la relation ne s'est pas arrêtée à l'arrivée : un basculement classique du trafic de migrants vers l'exploitation. Posez les questions sur le travail et le contrôle avec soin.
debt-work-text = Devez-vous travailler, ou faire d'autres choses, pour quelqu'un afin de rembourser cet argent ?
debt-work-guidance = Soyez attentif·ve à une dette qui augmente, que la personne ne peut pas vérifier, ou qui se rembourse par du travail plutôt que de l'argent : ce sont des signes de servitude pour dettes.
promise-text = Avant votre départ, quelqu'un vous a-t-il promis un travail, des études, un mariage ou une autre aide à l'arrivée ?
promise-help = La promesse a pu venir d'un inconnu, d'un ami ou d'un proche.
promise-guidance = « Oui » enregistre que quelqu'un a recruté la personne. En soi, ce n'est pas inquiétant.
promise-kept-text = À votre arrivée, était-ce ce qu'on vous avait dit ?
promise-kept-guidance = « C'était différent » est une tromperie. Revenez-y avec douceur dans les questions sur le travail.
promise-kept-yes = Oui, c'était comme on me l'avait dit
promise-kept-different = Non, c'était différent
promise-kept-not-yet = Je n'y suis pas encore, ou je ne sais pas encore
documents-taken-text = Quelqu'un a-t-il pris votre passeport ou votre pièce d'identité sans vous le rendre ?
documents-taken-guidance = Il ne s'agit pas de la garde par la police ou la frontière, mais d'un employeur, d'un logeur, d'un « aidant ». Si ce sont les autorités qui l'ont, notez-le plutôt dans vos notes.
kept-somewhere-text = Pendant le voyage ou depuis, vous est-il arrivé qu'on vous garde dans un endroit d'où vous ne pouviez pas partir quand vous le vouliez ?
kept-somewhere-guidance = Comprend les maisons ou camps fermés sur la route où des personnes sont retenues jusqu'au paiement. Notez qui retenait la personne, si elle le dit.

# Issue 15 additions (journey). Unreviewed draft translation, like the rest of this file: needs review by a native-speaking protection professional.
claimed-asylum-text = Avez-vous déjà demandé l'asile ou une protection, ici ou dans un autre pays ?
claimed-asylum-help = Ce n'est pas grave si vous l'avez fait, ou si vous ne l'avez pas fait.
claimed-asylum-guidance = Un « oui » signifie qu'une procédure est peut-être déjà ouverte : noter où, si la personne le dit, pour que l'orientation en tienne compte. Ne pas demander le résultat.
debt-growing-text = Est-ce que cette dette continue d'augmenter, si bien que vous ne pouvez jamais finir de la payer ?
debt-growing-guidance = Par exemple, de nouveaux frais de nourriture, de loyer, des amendes ou des « intérêts » sont ajoutés. Une dette qui augmente sans cesse est un signe de servitude pour dettes.
recruitment-pressure-text = Quand on vous a fait cette proposition, ou quand on vous a fait partir, est-ce que l'une de ces choses est arrivée ?
recruitment-pressure-help = Choisissez tout ce qui est vrai.
recruitment-pressure-guidance = Lire chaque option et laisser la personne répondre à chacune. Ce sont des façons de forcer quelqu'un à partir : la force, les menaces, les papiers pris, une dette, ou quelqu'un qui profite de la détresse, d'un pouvoir ou de la confiance.
recruitment-pressure-hurt = On vous a fait du mal, ou on vous a fait partir de force
recruitment-pressure-threatened = Des menaces contre vous ou contre votre famille
recruitment-pressure-papers = On a pris votre passeport ou votre pièce d'identité
recruitment-pressure-debt = On vous a fait devoir de l'argent dès le début
recruitment-pressure-hardship = On savait que vous n'aviez pas d'argent, pas de papiers ou personne pour vous aider, et on en a profité
recruitment-pressure-power = Cette personne avait du pouvoir sur vous, par exemple un patron, un fonctionnaire ou un ancien
recruitment-pressure-trusted = C'était quelqu'un que vous aimiez ou en qui vous aviez confiance, et cette personne en a profité
handed-over-text = Pendant le voyage ou à votre arrivée, est-ce qu'on vous a fait passer aux mains d'autres personnes, ou est-ce que quelqu'un a payé de l'argent pour vous ?
handed-over-help = Par exemple, quelqu'un d'autre a pris la place des personnes du voyage et vous disait ensuite quoi faire.
handed-over-guidance = Transfert et accueil d'une personne, ou vente. Un « oui » est grave : ne pas demander de détails maintenant, et vérifier la sécurité de la personne.
held-at-sea-text = Était-ce sur un bateau, ou en mer ?
held-at-sea-guidance = Y compris être forcé·e à travailler sur un bateau de pêche sans pouvoir descendre à terre.
journey-violence-text = Depuis que vous avez quitté chez vous, quelqu'un vous a-t-il fait du mal physiquement ?
journey-violence-help = Vous n'avez pas à dire qui, ni ce qui s'est passé.
journey-violence-guidance = Posée à tout le monde, pour proposer des soins même si la personne ne veut pas des questions sur la santé. Ne pas demander de détails. Un « oui » entraîne une orientation médicale et psychosociale.

## Travail et conditions de vie

work-title = Travail et conditions de vie
work-signpost = Les questions suivantes portent sur le travail et l'endroit où vous avez vécu. Vous pouvez passer n'importe laquelle, ou toute cette partie.
worked-text = Depuis que vous avez quitté chez vous, avez-vous travaillé pour quelqu'un, que ce soit payé ou non ?
worked-help = Tout travail compte : dans une maison, dans un champ, dans un magasin ou une usine, dans la rue, ou autre.
worked-guidance = Un « je ne sais pas » ouvre quand même les questions sur le travail (on n'appelle souvent pas « travail » le ménage ou le fait d'« aider »). Un refus les ferme : respectez-le ; le résultat indiquera que l'information manque, jamais que rien n'a été trouvé.
work-differences-text = Est-ce que quelque chose était différent de ce qu'on vous avait dit avant de commencer ?
work-differences-guidance = Cochez tout ce que la personne mentionne. Ne cocher aucune option est aussi une réponse valable.
work-differences-job = Le type de travail
work-differences-pay = Le salaire
work-differences-conditions = Les horaires ou les conditions
work-differences-housing = L'endroit où j'allais vivre
work-differences-papers = Les papiers que j'allais recevoir pour rester ou travailler
work-conditions-text = Dans ce travail, est-ce que l'une de ces choses est arrivée ?
work-conditions-guidance = Lisez chaque option et laissez la personne répondre à chacune. Ne commentez pas ce qu'elle a fait.
work-conditions-long-hours = Je travaillais de très longues journées, ou sans jour de repos
work-conditions-not-paid = On ne me payait rien, ou beaucoup moins que ce qu'on m'avait dit
work-conditions-pay-taken = Quelqu'un gardait mon salaire, ou en retirait de l'argent pour la nourriture, le logement ou une dette
work-conditions-dangerous = Le travail était dangereux, et je n'avais pas de protection
work-conditions-bad-housing = L'endroit où je dormais était surpeuplé, sale ou pas sûr
work-conditions-no-care = Je ne pouvais pas voir de médecin quand j'étais malade ou que j'avais une blessure
work-conditions-illegal-tasks = On m'obligeait à faire des choses contraires à la loi
lived-at-work-text = Viviez-vous là où vous travailliez, ou dans un lieu choisi par votre employeur ?
lived-at-work-guidance = Fréquent pour le travail domestique, agricole et dans le bâtiment. En soi, ce n'est pas inquiétant.
free-to-quit-text = Pouviez-vous arrêter de travailler là-bas et partir si vous le vouliez ?
free-to-quit-guidance = Si « non », laissez la personne dire pourquoi avec ses mots ; la partie suivante porte sur les pressions. Ne pas pouvoir partir seulement pour des raisons d'argent n'est pas la même chose qu'être retenu·e ; notez ce que dit la personne.

# Issue 15 additions (work). Unreviewed draft translation, like the rest of this file: needs review by a native-speaking protection professional.
housework-text = Avez-vous dû faire le ménage ou vous occuper de personnes dans la maison de quelqu'un, jour et nuit, sans pouvoir arrêter ni partir ?
housework-help = Par exemple cuisiner, nettoyer, ou garder des enfants ou des personnes âgées, pour une famille ou un employeur.
housework-guidance = Posée quelle que soit la réponse sur le travail : beaucoup de personnes n'appellent pas le travail domestique « travail ». Un « oui » est un signe de servitude domestique.

## Contrôle et contrainte

control-title = Pressions et contrôle
control-signpost = Maintenant, quelques questions pour savoir si quelqu'un a essayé de vous contrôler. Elles peuvent être difficiles. Vous pouvez passer n'importe laquelle, ou toute cette partie, et faire une pause.
control-acts-text = Depuis que vous avez quitté chez vous, quelqu'un vous a-t-il fait l'une de ces choses ?
control-acts-help = Choisissez tout ce qui est vrai. Vous n'avez pas à dire qui.
control-acts-guidance = Lisez chaque option lentement ; marquez une pause après chacune. Soyez attentif·ve à la détresse et proposez une pause. Ne demandez pas de détails sur les violences : il suffit de savoir si elles ont eu lieu.
control-acts-threatened = A menacé de vous faire du mal
control-acts-threatened-family = A menacé votre famille ou lui a fait du mal
control-acts-threatened-police = A dit qu'il vous dénoncerait à la police, ou vous ferait renvoyer
control-acts-hurt = Vous a donné des coups ou vous a fait du mal
control-acts-locked-in = Vous enfermait, ou ne vous laissait pas sortir sans quelqu'un
control-acts-cut-off = Vous surveillait tout le temps, ou vous empêchait de contacter votre famille ou vos amis
control-acts-debt = A dit que vous lui deviez de l'argent que vous deviez rembourser en travaillant
control-acts-kept-documents = A gardé votre passeport ou votre pièce d'identité
forced-sexual-text = Est-ce que quelqu'un a utilisé la force ou la pression pour vous faire faire des choses sexuelles que vous ne vouliez pas faire ?
forced-sexual-help = Vous pouvez passer cette question.
forced-sexual-guidance = Posez-la seulement si la personne est seule avec vous et qu'un·e intervenant·e du même genre a été proposé·e. Ne demandez pas de détails. Un « oui » appelle une orientation vers des soins médicaux et un soutien psychosocial, avec le consentement de la personne.
sex-for-others-text = Quelqu'un d'autre en a-t-il tiré de l'argent ou autre chose ?
sex-for-others-guidance = « Oui » indique une exploitation sexuelle par un tiers. Ne demandez ni qui, ni combien.

# Issue 15 additions (control). Unreviewed draft translation, like the rest of this file: needs review by a native-speaking protection professional.
control-acts-phone-taken = A pris votre téléphone, ou ne vous laissait pas en utiliser un
sex-work-conditions-text = Est-ce que l'une de ces choses vous est arrivée là-bas ?
sex-work-conditions-help = Choisissez tout ce qui est vrai. Vous pouvez passer cette question.
sex-work-conditions-guidance = Posée seulement après que la personne a dit que quelqu'un d'autre en tirait profit. Lire chaque option lentement et faire une pause ; proposer une pause. Ne pas demander de détails, de noms ni de chiffres.
sex-work-other-job = On m'avait dit que je ferais un autre travail
sex-work-could-not-refuse = Je ne pouvais pas dire non à une personne, ou à ce qu'elle voulait
sex-work-many-hours = De très longues heures, ou de très nombreuses personnes, sans repos
sex-work-little-money = Je ne recevais pas d'argent, ou très peu
sex-work-money-taken = Quelqu'un prenait l'argent
sex-work-unsafe = Ce n'était pas sûr, ou je ne pouvais pas protéger ma santé
sex-work-kept = On m'enfermait, ou on me surveillait tout le temps
sex-work-debt = Je devais rembourser une dette
sex-work-hurt = On m'a fait du mal ou on m'a fait des menaces
marriage-forced-text = Est-ce qu'on a organisé votre mariage, ou promis votre mariage, alors que vous n'étiez pas libre de dire non, ou en échange d'argent ou de cadeaux pour votre famille ?
marriage-forced-help = Vous pouvez passer cette question.
marriage-forced-guidance = Un mariage que la personne ne pouvait pas refuser, ou payé à la famille, est une pratique analogue à l'esclavage. Ne pas juger la personne ni sa famille. Ne pas demander de détails.
duration-text = Combien de temps cela a-t-il duré ?
duration-help = Une estimation suffit.
duration-guidance = Porte sur la situation décrite (travail que la personne ne pouvait pas quitter, travail domestique, dette, exploitation sexuelle ou mariage). Noté pour le ou la chargé·e de dossier ; cela ne change aucun résultat. « Cela continue » signifie : vérifier la sécurité de la personne avant son départ.
duration-under-month = Moins d'un mois
duration-months = Un à six mois
duration-half-year = Six mois à un an
duration-over-year = Plus d'un an
duration-still = Cela continue encore

## Peur du retour

return-title = Le retour
return-signpost = Maintenant, j'aimerais vous poser des questions sur un retour dans votre pays, ou à l'endroit d'où vous venez. Vous pouvez passer cette partie.
fear-return-text = Avez-vous peur de ce qui pourrait vous arriver si vous deviez rentrer ?
fear-return-guidance = Un « je ne sais pas » ouvre quand même les questions suivantes. Toute peur du retour signifie : pas de renvoi avant évaluation.
feared-harm-text = De quoi avez-vous peur ? Qu'est-ce qui pourrait vous arriver ?
feared-harm-guidance = Cochez tout ce que la personne mentionne. Ne proposez pas d'options qu'elle n'a pas évoquées ; lisez-les seulement si elle demande des exemples.
feared-harm-killed = Qu'on me tue ou qu'on me blesse gravement
feared-harm-tortured = Qu'on me torture, ou que la police, des soldats ou d'autres m'enferment et me maltraitent
feared-harm-prison = Qu'on me mette en prison injustement
feared-harm-forced = Qu'on m'oblige à me marier, ou à rejoindre un groupe armé
feared-harm-exploiters = Que les personnes qui me contrôlaient, ou me faisaient travailler, me retrouvent
feared-harm-war = Les combats ou la guerre là-bas
feared-harm-violence = La violence des gangs ou des groupes armés, qui touche tout le monde là-bas
feared-harm-no-living = Ne pas avoir d'argent, de travail ou de logement
harmed-before-text = Est-ce que cela vous est déjà arrivé, à vous ou à des proches, avant votre départ ?
harmed-before-guidance = Ne demandez pas de détails. Un préjudice passé appuie une crainte fondée.
why-targeted-text = Pourquoi pensez-vous que cela vous arriverait ?
why-targeted-help = Choisissez tout ce qui est vrai. Vous pouvez aussi dire que vous ne savez pas.
why-targeted-guidance = Ce sont les cinq motifs de la Convention, en mots simples, plus deux autres réponses. Un motif attribué à la personne par d'autres compte aussi (par exemple, être soupçonné·e de soutenir un parti).
why-religion = Ma religion ou mes croyances, ou le fait de ne pas en avoir
why-ethnic = Mon groupe ethnique, ma tribu ou ma couleur de peau
why-nationality = Ma nationalité, ou le fait de ne pas en avoir
why-political = Mes opinions politiques, ou celles qu'on me prête
why-who-i-am = Qui je suis : par exemple être une femme, ma famille, la personne que j'aime, ou un groupe auquel j'appartiens
why-anyone = Cela pourrait arriver à n'importe qui là-bas
why-personal = Un conflit personnel ou une dette
state-protection-text = Si vous rentriez, la police ou le gouvernement pourraient-ils vous protéger ?
state-protection-guidance = « Non » inclut les cas où les autorités elles-mêmes sont le danger, ou ne veulent pas ou ne peuvent pas aider.

## Santé et bien-être (sur accord)

health-title = Santé et bien-être
health-signpost = Si vous le voulez, je peux vous poser quelques questions sur votre santé, pour trouver des soins pour vous. Cette partie est facultative : c'est vous qui choisissez.
health-opt-in-text = Voulez-vous répondre à quelques questions sur votre santé ?
health-opt-in-guidance = Sur accord : seul un « oui » clair ouvre les questions de santé.
health-condition-text = Avez-vous une maladie, une blessure, un handicap ou une grossesse qui demande des soins ?
health-condition-help = Vous n'avez pas besoin de nous dire de quoi il s'agit.
health-condition-guidance = Ne demandez pas de diagnostic. Un « oui » mène à une orientation médicale.
distress-text = Avez-vous souvent tellement de soucis, de tristesse ou de peur qu'il est difficile de dormir, de manger ou de passer la journée ?
distress-guidance = Un « oui » mène à une proposition de soutien psychosocial. Si la personne parle d'idées de se faire du mal, suivez votre procédure d'urgence.
past-violence-text = Quelqu'un vous a-t-il fait beaucoup de mal dans le passé, d'une manière qui vous affecte encore ?
past-violence-guidance = Comprend la torture. Ne demandez pas de détails.

## Parcours enfant

child-title = Questions pour les jeunes
child-signpost = Maintenant, quelques questions pour les jeunes. Si une question est difficile, tu peux dire « je passe ». Tu peux arrêter quand tu veux.
child-brought-by-text = Qui t'a fait venir ici ?
child-brought-by-guidance = Utilisez un espace adapté aux enfants et, si possible, un·e professionnel·le formé·e à la protection de l'enfance. Un tuteur ou un adulte de confiance peut être présent seulement si l'enfant est d'accord et que cet adulte n'a aucun lien avec le voyage.
child-brought-by-family = Ma famille
child-brought-by-adult-known = Un adulte que je connaissais
child-brought-by-stranger = Un adulte que je ne connaissais pas avant
child-brought-by-own = J'ai fait le voyage sans personne
child-promise-text = Est-ce que quelqu'un t'a dit que tu aurais un travail, que tu irais à l'école, ou que tu te marierais ici ?
child-promise-guidance = Toute promesse faite à un enfant pour le faire partir est un recrutement.
child-worked-text = Depuis que tu as quitté chez toi, est-ce que tu as dû travailler ?
child-worked-help = Le travail peut être payé ou pas. Il peut être dans une maison, un champ, un magasin, ou dans la rue.
child-worked-guidance = « Je ne sais pas » ouvre quand même la question suivante. Les petites tâches ménagères adaptées à l'âge de l'enfant ne sont pas visées.
child-work-problems-text = Quand tu travaillais, est-ce que l'une de ces choses est arrivée ?
child-work-problems-guidance = Lisez chaque option et attendez. Pour un enfant, un travail qui nuit à sa santé, à sa sécurité ou à sa scolarité est de l'exploitation, quoi que l'enfant ait accepté.
child-work-long-hours = Je travaillais beaucoup d'heures chaque jour, ou la nuit
child-work-no-money = Je ne recevais pas d'argent, ou quelqu'un d'autre prenait mon argent
child-work-dangerous = Le travail était dangereux, ou je me suis fait mal
child-work-no-school = Je ne pouvais pas aller à l'école
child-work-could-not-stop = Je ne pouvais pas arrêter, même quand je le voulais
child-work-beg-steal = Je devais mendier, voler, ou transporter des choses pour d'autres
child-harm-text = Est-ce que quelqu'un t'a fait l'une de ces choses ?
child-harm-guidance = Lisez chaque option et attendez. Ne demandez ni qui ni quand. Tout « oui » est une préoccupation de protection de l'enfance.
child-harm-hit = T'a donné des coups ou t'a fait mal
child-harm-scared = A dit qu'il te ferait du mal, à toi ou à ta famille
child-harm-kept-inside = T'obligeait à rester à l'intérieur, ou ne te laissait pas sortir
child-harm-papers = A pris tes papiers
child-harm-owe = A dit que tu lui devais de l'argent
child-harm-lie = T'a dit de mentir sur ton âge ou sur ton histoire
child-sexual-text = Est-ce que quelqu'un a touché tes parties intimes, ou t'a fait faire des choses sexuelles ?
child-sexual-help = Ce n'est jamais de ta faute. Tu peux passer cette question.
child-sexual-guidance = Posez-la seulement si un·e professionnel·le formé·e à la protection de l'enfance est présent·e ou joignable immédiatement. Ne demandez pas de détails. Tout « oui » est une urgence de protection de l'enfance : suivez votre procédure de protection.
child-sexual-exchange-text = Est-ce que quelqu'un a reçu de l'argent, de la nourriture, un endroit où dormir ou d'autres choses à cause de ça ?
child-sexual-exchange-guidance = Pour un enfant, tout échange d'actes sexuels contre de l'argent, des biens ou des faveurs est de l'exploitation sexuelle, quelle que soit la personne qui en profite et quoi que l'enfant ait accepté.
child-married-text = Est-ce que tu as un mari ou une femme, ou est-ce que quelqu'un a déjà promis de te marier à quelqu'un ?
child-married-guidance = Le mariage d'enfants expose l'enfant à un risque accru. Ne jugez pas la famille devant l'enfant.

# Issue 15 additions (child). Unreviewed draft translation, like the rest of this file: needs review by a native-speaking protection professional.
child-work-little-money = J'ai reçu seulement un peu d'argent
child-harm-phone = A pris ton téléphone, ou ne te laissait pas appeler ta famille
child-housework-text = As-tu dû faire le ménage ou garder des enfants dans la maison de quelqu'un d'autre, sans pouvoir arrêter ?
child-housework-guidance = Posée à part : les enfants appellent rarement le travail domestique « travail ». Les petites tâches adaptées à l'âge, chez soi avec sa propre famille, ne sont pas visées.
child-marriage-payment-text = Est-ce que ta famille a reçu de l'argent ou autre chose pour le mariage, ou est-ce que tu devais dire oui même sans le vouloir ?
child-marriage-payment-guidance = Le mariage d'un enfant contre paiement, ou forcé, est une pratique analogue à l'esclavage : suivre la procédure de protection de l'enfance. Ne pas juger la famille devant l'enfant.
child-brought-to-exploiter-text = La personne qui t'a fait venir ici : est-ce la même personne qui te fait travailler ou faire ces choses ?
child-brought-to-exploiter-guidance = Posée quand l'enfant a dit avoir travaillé ou été exploité. Pour un enfant, aucun moyen n'est requis, mais le voyage doit être lié à l'exploitation : la personne qui a amené l'enfant l'exploite, ou l'a remis à celle qui l'exploite.
child-brought-to-exploiter-same = Oui, c'est la même personne
child-brought-to-exploiter-handed-over = Non, elle m'a fait passer à cette personne, gratuitement ou contre de l'argent
child-brought-to-exploiter-someone-else = Non, c'était quelqu'un d'autre

## Orientation sexuelle et identité de genre (sur accord)

sogi-title = Qui vous êtes et qui vous aimez
sogi-signpost = Certaines personnes sont maltraitées à cause de la personne qu'elles aiment, ou de leur façon de vivre en homme, en femme ou autrement. Si vous le voulez, je peux vous poser deux questions à ce sujet. C'est entièrement votre choix.
sogi-opt-in-text = Voulez-vous répondre à des questions à ce sujet ?
sogi-opt-in-guidance = Uniquement sur accord : un « oui » clair est nécessaire. Ne demandez jamais d'étiquette d'identité ni de comportement sexuel. Les questions portent seulement sur les violences et la sécurité.
sogi-harm-text = Est-ce que quelqu'un vous a fait du mal ou vous a fait des menaces à cause de la personne que vous aimez, ou de la façon dont vous exprimez votre genre, ou avez-vous peur que cela arrive ?
sogi-harm-guidance = Un « oui » peut indiquer un certain groupe social (un motif de la Convention). N'enregistrez rien de plus que la réponse.
sogi-safe-here-text = Vous sentez-vous en sécurité là où vous logez maintenant ?
sogi-safe-here-guidance = « Non » est un besoin de protection physique : cherchez un hébergement plus sûr avec le consentement de la personne.

## Clôture

closing-title = La suite
help-wanted-text = Pour lesquelles de ces choses aimeriez-vous de l'aide ?
help-wanted-help = Choisissez ce que vous voulez, ou rien. Nous vous dirons ce que nous pouvons faire et ce que nous ne pouvons pas faire.
help-wanted-guidance = Expliquez la suite : qui verra les réponses, quels services vous contacterez et seulement avec l'accord de la personne, et combien de temps cela peut prendre. Donnez les informations d'orientation par écrit s'il est sûr pour la personne de les garder sur elle. Rappelez qu'elle peut retirer son consentement et faire effacer son dossier en contactant ce bureau, avec ou sans raison.
help-wanted-safe-place = Un endroit sûr où loger
help-wanted-doctor = Un médecin ou une infirmière
help-wanted-talk = Quelqu'un à qui parler de ce que je ressens
help-wanted-legal = Des conseils sur mes papiers ou mes droits
help-wanted-family = Retrouver ou rejoindre ma famille
contact-safe-text = Est-ce que ce serait sans danger pour vous si nous vous contactions plus tard ?
contact-safe-guidance = Si oui, convenez du moyen (et de ce qu'il ne faut pas faire, par exemple ne jamais laisser de message). Si non, convenez du moment où la personne peut revenir. « Non » peut indiquer que quelqu'un contrôle le téléphone ou les déplacements de la personne.
anything-else-text = Y a-t-il autre chose que vous aimeriez nous dire ?
anything-else-help = Rien ne vous oblige à ajouter quoi que ce soit.
anything-else-guidance = N'enregistrez que ce qui est nécessaire pour aider. Remerciez la personne. Rappelez-lui comment retirer son consentement : elle peut demander à ce bureau, à tout moment, d'effacer ses réponses.
