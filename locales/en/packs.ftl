# Harbour: a questionnaire pack that cannot be used, as the new-interview screen lists it.
# One line per diagnostic code (HQxxx, docs/questionnaire-format.md); the specifics
# ($detail) stay in English, as `harbour validate` prints them.

new-pack-problem = { $file }, line { $line }, column { $column } ({ $code }): { $problem }
new-pack-problem-nowhere = { $code }: { $problem }
new-pack-problem-detail = Details (English): { $detail }

pack-problem-toml-syntax = The file is not valid TOML.
pack-problem-unknown-field = A key the format does not know (often a typo).
pack-problem-wrong-type = A key holds the wrong kind of TOML value.
pack-problem-missing-field = A required key is missing.
pack-problem-duplicate-id = Two sections, questions or options share an id.
pack-problem-bad-id = An id is not lower-case letters, digits and `_`, starting with a letter.
pack-problem-bad-version = The version is not semantic (`MAJOR.MINOR.PATCH`).
pack-problem-unknown-kind = A question kind the format does not know.
pack-problem-unsupported-rules = The rule-set the questionnaire targets is not this one.
pack-problem-bad-language = A declared language is not a language code, or none is declared.
pack-problem-bad-options = Options on a kind that has none, or a choice with fewer than two.
pack-problem-option-without-text = An option has no text.
pack-problem-required-not-consent = Only the consent question may be required.
pack-problem-bad-consent = The consent mark is on a non yes/no question, or on more than one question.
pack-problem-bad-bounds = Number bounds on a non-number question, or `min` above `max`.
pack-problem-empty-section = A section has no questions.
pack-problem-text-not-sensitive = A free-text question marked `sensitive = false`: free text is always sensitive.
pack-problem-bad-profile = A `profile` mark that is unknown, on the wrong kind of question, or used twice.
pack-problem-options-presentation = A multiple-choice question without `options_presentation` (`read_all` or `not_suggested`), the field on another kind of question, or an unknown value.
pack-problem-condition-syntax = A condition cannot be parsed.
pack-problem-unknown-reference = A condition names a question that does not exist.
pack-problem-forward-reference = A condition names a question that comes later (or itself).
pack-problem-condition-type = A condition mixes types (e.g. a number compared to an option).
pack-problem-unknown-value = A condition names an option the question does not have, or a malformed country code.
pack-problem-condition-too-deep = A condition nests deeper, or chains more operators, than the limit.
pack-problem-unknown-indicator = An indicator code that the rules do not know.
pack-problem-bad-evidence = Evidence that does not fit the question kind.
pack-problem-ftl-syntax = A locale file is not valid Fluent.
pack-problem-missing-message = A text is missing in a declared language.
pack-problem-unused-message = A message no questionnaire field uses.
pack-problem-missing-locale = A declared language has no locale file.
pack-problem-unreadable = A file cannot be read.
pack-problem-undeclared-locale = A locale file for a language the questionnaire does not declare.
pack-problem-ftl-too-deep = A locale file nests placeables deeper than the limit; it is not read.
pack-problem-file-too-large = A pack file is larger than its cap (4 MiB for questionnaire.toml, 2 MiB for a locale file); it is not read.
