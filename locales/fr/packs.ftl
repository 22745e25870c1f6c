# Harbour : un questionnaire inutilisable, tel que l’écran de nouvel entretien le liste.
# Brouillon de traduction automatique, pas encore relu par un locuteur natif.

new-pack-problem = { $file }, ligne { $line }, colonne { $column } ({ $code }) : { $problem }
new-pack-problem-nowhere = { $code } : { $problem }
new-pack-problem-detail = Détails (en anglais) : { $detail }

pack-problem-toml-syntax = Le fichier n’est pas du TOML valide.
pack-problem-unknown-field = Une clé que le format ne connaît pas (souvent une faute de frappe).
pack-problem-wrong-type = Une clé contient un type de valeur TOML incorrect.
pack-problem-missing-field = Une clé obligatoire manque.
pack-problem-duplicate-id = Deux sections, questions ou options ont le même identifiant.
pack-problem-bad-id = Un identifiant n’est pas fait de minuscules, de chiffres et de `_`, en commençant par une lettre.
pack-problem-bad-version = La version n’est pas sémantique (`MAJOR.MINOR.PATCH`).
pack-problem-unknown-kind = Un type de question que le format ne connaît pas.
pack-problem-unsupported-rules = Le jeu de règles visé par le questionnaire n’est pas celui-ci.
pack-problem-bad-language = Une langue déclarée n’est pas un code de langue, ou aucune langue n’est déclarée.
pack-problem-bad-options = Des options sur un type qui n’en a pas, ou un choix avec moins de deux options.
pack-problem-option-without-text = Une option n’a pas de texte.
pack-problem-required-not-consent = Seule la question du consentement peut être obligatoire.
pack-problem-bad-consent = La marque de consentement est sur une question qui n’est pas oui/non, ou sur plusieurs questions.
pack-problem-bad-bounds = Des bornes numériques sur une question qui n’est pas un nombre, ou `min` supérieur à `max`.
pack-problem-empty-section = Une section n’a aucune question.
pack-problem-text-not-sensitive = Une question à texte libre marquée `sensitive = false` : le texte libre est toujours sensible.
pack-problem-bad-profile = Une marque `profile` inconnue, sur un mauvais type de question, ou utilisée deux fois.
pack-problem-options-presentation = Une question à choix multiples sans `options_presentation` (`read_all` ou `not_suggested`), ce champ sur un autre type de question, ou une valeur inconnue.
pack-problem-condition-syntax = Une condition ne peut pas être analysée.
pack-problem-unknown-reference = Une condition nomme une question qui n’existe pas.
pack-problem-forward-reference = Une condition nomme une question qui vient plus loin (ou elle-même).
pack-problem-condition-type = Une condition mélange des types (par exemple un nombre comparé à une option).
pack-problem-unknown-value = Une condition nomme une option que la question n’a pas, ou un code de pays mal formé.
pack-problem-condition-too-deep = Une condition est plus imbriquée, ou enchaîne plus d’opérateurs, que la limite.
pack-problem-unknown-indicator = Un code d’indicateur que les règles ne connaissent pas.
pack-problem-bad-evidence = Des éléments probants qui ne conviennent pas au type de question.
pack-problem-ftl-syntax = Un fichier de langue n’est pas du Fluent valide.
pack-problem-missing-message = Un texte manque dans une langue déclarée.
pack-problem-unused-message = Un message qu’aucun champ du questionnaire n’utilise.
pack-problem-missing-locale = Une langue déclarée n’a pas de fichier de langue.
pack-problem-unreadable = Un fichier ne peut pas être lu.
pack-problem-undeclared-locale = Un fichier de langue pour une langue que le questionnaire ne déclare pas.
pack-problem-ftl-too-deep = Un fichier de langue imbrique des expressions plus profondément que la limite ; il n’est pas lu.
pack-problem-file-too-large = Un fichier du questionnaire dépasse sa taille maximale (4 Mio pour questionnaire.toml, 2 Mio pour un fichier de langue) ; il n’est pas lu.
