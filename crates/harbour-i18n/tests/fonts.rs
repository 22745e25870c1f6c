//! Proves every shipped locale renders with Harbour's bundled fonts, not tofu.
//!
//! Reads `ui/src/fonts.css` the way a browser would: for each character, the faces of
//! "Harbour Sans" whose unicode-range covers it (last declared first) are tried, and one of
//! them must have a glyph for it, in both bundled weights. The characters come from the
//! real locale files (`locales/<lang>/*.ftl`, `meta.toml`) plus each locale's native name,
//! month names and digits as this crate formats them.

use fluent_syntax::ast;
use harbour_i18n::{format_date_with, format_number_with, CalendarDate, LocaleInfo, NumberOptions};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Every locale Harbour ships must be covered, whether or not its files exist yet: the app's
/// languages and Dari (`fa-AF`), which is an interview language only.
const SHIPPED: &[&str] = &["en", "fr", "es", "ar", "fa", "fa-AF", "ru", "uk", "my"];

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

struct FontFace {
    file: String,
    weight: u16,
    /// Inclusive ranges; None covers everything.
    ranges: Option<Vec<(u32, u32)>>,
    data: Vec<u8>,
}

fn css_value<'a>(block: &'a str, name: &str) -> Option<&'a str> {
    let start = block.find(&format!("{name}:"))? + name.len() + 1;
    let rest = &block[start..];
    Some(rest[..rest.find(';')?].trim())
}

fn parse_range(spec: &str) -> Vec<(u32, u32)> {
    spec.split(',')
        .map(|part| {
            let part = part
                .trim()
                .trim_start_matches("U+")
                .trim_start_matches("u+");
            let (a, b) = part.split_once('-').unwrap_or((part, part));
            let a = u32::from_str_radix(a, 16).expect("hex range start");
            let b = u32::from_str_radix(b, 16).expect("hex range end");
            (a, b)
        })
        .collect()
}

fn load_faces() -> Vec<FontFace> {
    let root = repo_root();
    let css =
        std::fs::read_to_string(root.join("ui/src/fonts.css")).expect("ui/src/fonts.css exists");
    let mut faces = Vec::new();
    for chunk in css.split("@font-face").skip(1) {
        let block = &chunk[..chunk.find('}').expect("closing brace")];
        let family = css_value(block, "font-family").expect("font-family");
        assert_eq!(family, "\"Harbour Sans\"", "one family for the whole UI");
        let src = css_value(block, "src").expect("src");
        assert!(!src.contains("local("), "no system fonts: {src}");
        assert!(!src.contains("http"), "no network fonts: {src}");
        let url = src.split('"').nth(1).expect("quoted url");
        let file = url.trim_start_matches('/').to_string();
        let data = std::fs::read(root.join("ui/public").join(&file))
            .unwrap_or_else(|e| panic!("{file}: {e}"));
        ttf_parser::Face::parse(&data, 0).unwrap_or_else(|e| panic!("{file} is not a font: {e}"));
        let weight = css_value(block, "font-weight")
            .expect("font-weight")
            .parse()
            .expect("numeric weight");
        let ranges = css_value(block, "unicode-range").map(parse_range);
        faces.push(FontFace {
            file,
            weight,
            ranges,
            data,
        });
    }
    faces
}

/// Characters with no visible form that a browser never needs a glyph for (Unicode
/// Default_Ignorable: bidi controls, joiners, soft hyphen) plus whitespace and controls.
fn needs_glyph(ch: char) -> bool {
    let c = ch as u32;
    let ignorable = matches!(c, 0xAD | 0x34F | 0x61C | 0x180B..=0x180F | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x206F | 0xFE00..=0xFE0F | 0xFEFF);
    !(ch.is_whitespace() || ch.is_control() || ignorable)
}

/// The font that renders `ch` at `weight`, following CSS unicode-range matching.
fn font_for(faces: &[FontFace], ch: char, weight: u16) -> Option<&FontFace> {
    faces
        .iter()
        .rev()
        .filter(|f| f.weight == weight)
        .filter(|f| {
            f.ranges
                .as_ref()
                .is_none_or(|r| r.iter().any(|&(a, b)| (a..=b).contains(&(ch as u32))))
        })
        .find(|f| {
            ttf_parser::Face::parse(&f.data, 0).is_ok_and(|face| face.glyph_index(ch).is_some())
        })
}

fn pattern_text(p: &ast::Pattern<&str>, out: &mut String) {
    for el in &p.elements {
        match el {
            ast::PatternElement::TextElement { value } => out.push_str(value),
            ast::PatternElement::Placeable { expression } => expr_text(expression, out),
        }
    }
}

fn expr_text(e: &ast::Expression<&str>, out: &mut String) {
    match e {
        ast::Expression::Select { variants, .. } => {
            variants.iter().for_each(|v| pattern_text(&v.value, out))
        }
        ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }) => {
            out.push_str(value)
        }
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
            expr_text(expression, out)
        }
        ast::Expression::Inline(_) => {}
    }
}

/// The app's files for `lang` and every questionnaire pack's `<lang>.ftl`.
fn locale_files(lang: &str) -> Vec<PathBuf> {
    let root = repo_root();
    let mut files: Vec<PathBuf> = std::fs::read_dir(root.join("locales").join(lang))
        .map(|entries| entries.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    if let Ok(packs) = std::fs::read_dir(root.join("questionnaires")) {
        for pack in packs.flatten() {
            let file = pack.path().join("locales").join(format!("{lang}.ftl"));
            if file.is_file() {
                files.push(file);
            }
        }
    }
    files
}

/// All user-visible text of a locale: its `.ftl` files (app and questionnaire packs),
/// metadata, dates and numbers.
fn locale_sample(lang: &str) -> String {
    let mut text = String::new();
    for path in locale_files(lang) {
        let Ok(src) = std::fs::read_to_string(&path) else {
            continue;
        };
        if path.extension().is_some_and(|e| e == "ftl") {
            let res = match fluent_syntax::parser::parse(src.as_str()) {
                Ok(r) => r,
                Err((r, _)) => r,
            };
            for entry in &res.body {
                let (value, attrs) = match entry {
                    ast::Entry::Message(m) => (m.value.as_ref(), &m.attributes),
                    ast::Entry::Term(t) => (Some(&t.value), &t.attributes),
                    _ => continue,
                };
                if let Some(v) = value {
                    pattern_text(v, &mut text);
                }
                attrs.iter().for_each(|a| pattern_text(&a.value, &mut text));
            }
        } else if path.file_name().is_some_and(|n| n == "meta.toml") {
            let info = LocaleInfo::from_meta_toml(lang, &src).expect("valid meta.toml");
            text.push_str(&info.native_name);
        }
    }
    let info = LocaleInfo::builtin(lang);
    text.push_str(&info.native_name);
    for m in 1..=12 {
        text.push_str(&format_date_with(
            CalendarDate::ymd(2024, m, 21),
            lang,
            info.digits,
        ));
        text.push_str(&format_date_with(
            CalendarDate::year_month(2024, m),
            lang,
            info.digits,
        ));
        // Regional month names too (Persian ships Afghan Dari ones for `fa-AF`).
        text.push_str(&format_date_with(
            CalendarDate::year_month(2024, m),
            &format!("{lang}-AF"),
            info.digits,
        ));
    }
    let pct = NumberOptions {
        percent: true,
        ..NumberOptions::default()
    };
    text.push_str(&format_number_with(
        -1234567.89,
        lang,
        info.digits,
        NumberOptions::default(),
    ));
    text.push_str(&format_number_with(0.5, lang, info.digits, pct));
    text
}

fn uncovered(faces: &[FontFace], text: &str) -> BTreeSet<String> {
    let mut missing = BTreeSet::new();
    for ch in text.chars().filter(|&c| needs_glyph(c)) {
        for weight in [400, 700] {
            if font_for(faces, ch, weight).is_none() {
                missing.insert(format!("U+{:04X} '{ch}' (weight {weight})", ch as u32));
            }
        }
    }
    missing
}

#[test]
fn every_shipped_locale_renders_with_a_bundled_font() {
    let faces = load_faces();
    let mut locales: BTreeSet<String> = SHIPPED.iter().map(|s| s.to_string()).collect();
    if let Ok(entries) = std::fs::read_dir(repo_root().join("locales")) {
        locales.extend(
            entries
                .flatten()
                .filter(|e| e.path().is_dir())
                .filter_map(|e| e.file_name().to_str().map(str::to_string)),
        );
    }
    let mut failures = Vec::new();
    for lang in &locales {
        let sample = locale_sample(lang);
        let missing = uncovered(&faces, &sample);
        if !missing.is_empty() {
            failures.push(format!("{lang}: {missing:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "characters with no bundled glyph:\n{}",
        failures.join("\n")
    );
}

#[test]
fn each_script_is_drawn_by_its_own_font() {
    let faces = load_faces();
    let cases = [
        ('A', "fonts/NotoSans-Regular.ttf"),
        ('Ж', "fonts/NotoSans-Regular.ttf"),
        ('ñ', "fonts/NotoSans-Regular.ttf"),
        ('ع', "fonts/NotoSansArabic-Regular.ttf"),
        ('گ', "fonts/NotoSansArabic-Regular.ttf"),
        ('۵', "fonts/NotoSansArabic-Regular.ttf"),
        ('٣', "fonts/NotoSansArabic-Regular.ttf"),
        ('မ', "fonts/NotoSansMyanmar-Regular.ttf"),
        ('၅', "fonts/NotoSansMyanmar-Regular.ttf"),
    ];
    for (ch, file) in cases {
        let face = font_for(&faces, ch, 400).map(|f| f.file.as_str());
        assert_eq!(face, Some(file), "{ch}");
    }
}

#[test]
fn the_check_can_fail_for_a_script_that_is_not_bundled() {
    // Ethiopic and Han are not shipped: the check must notice, or it proves nothing.
    let faces = load_faces();
    assert!(!uncovered(&faces, "ትግርኛ").is_empty());
    assert!(!uncovered(&faces, "漢字").is_empty());
}

#[test]
fn the_font_licence_is_bundled() {
    let ofl =
        std::fs::read_to_string(repo_root().join("ui/public/fonts/OFL.txt")).expect("OFL.txt");
    assert!(ofl.contains("SIL OPEN FONT LICENSE"));
}
