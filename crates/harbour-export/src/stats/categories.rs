//! The closed sets statistics may show. Anything outside them becomes `other` (or
//! `not_recorded` when absent), so no free text or identifier can reach a statistics file.

/// ISO 3166-1 alpha-2 codes (officially assigned).
const ISO_3166_1: &str = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

/// Shown for a value outside the closed set.
pub const OTHER: &str = "other";
/// Shown when the profile field is null (not asked, declined).
pub const NOT_RECORDED: &str = "not_recorded";

/// The age bands of the stored-assessment contract.
pub const AGE_BANDS: [&str; 5] = ["0-11", "12-17", "18-24", "25-59", "60+"];

/// Genders shown; any other option id is `other`.
pub const GENDERS: [&str; 2] = ["female", "male"];

/// Whether `code` is an ISO 3166-1 alpha-2 code (upper case).
pub fn is_iso_country(code: &str) -> bool {
    code.len() == 2 && ISO_3166_1.split(' ').any(|c| c == code)
}

/// A nationality as shown: an ISO code (upper-cased), `stateless`, `unknown`, `other` or
/// `not_recorded`.
pub fn nationality(raw: Option<&str>) -> String {
    let Some(raw) = raw.map(str::trim) else {
        return NOT_RECORDED.into();
    };
    let upper = raw.to_ascii_uppercase();
    if is_iso_country(&upper) {
        return upper;
    }
    match raw.to_ascii_lowercase().as_str() {
        "stateless" => "stateless".into(),
        "unknown" => "unknown".into(),
        _ => OTHER.into(),
    }
}

/// An age band as shown.
pub fn age_band(raw: Option<&str>) -> String {
    match raw.map(str::trim) {
        None => NOT_RECORDED.into(),
        Some(b) => AGE_BANDS
            .iter()
            .find(|x| **x == b)
            .map_or(OTHER, |x| x)
            .to_string(),
    }
}

/// A gender as shown.
pub fn gender(raw: Option<&str>) -> String {
    match raw.map(|g| g.trim().to_ascii_lowercase()) {
        None => NOT_RECORDED.into(),
        Some(g) => match g.as_str() {
            "female" | "woman" | "girl" | "f" => "female".into(),
            "male" | "man" | "boy" | "m" => "male".into(),
            _ => OTHER.into(),
        },
    }
}

/// Whether a category value can appear in the `category` column of a table.
pub fn is_allowed_category(table: &str, value: &str) -> bool {
    if value == "total" || value == OTHER || value == NOT_RECORDED {
        return true;
    }
    match table {
        "nationality" => is_iso_country(value) || value == "stateless" || value == "unknown",
        "age_band" => AGE_BANDS.contains(&value),
        "gender" => GENDERS.contains(&value),
        _ => false,
    }
}
