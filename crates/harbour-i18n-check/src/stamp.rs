//! Stamps: which English text each translation was made from, so a later change to the
//! English is reported as "stale" instead of going unnoticed (gettext calls these fuzzy).
//!
//! A stamp file holds, per message id, a hash of the English entry as it was when the
//! translation was written or last checked: `locales/<lang>/stamp.toml` for the app,
//! `questionnaires/<id>/locales/<lang>.stamp.toml` for a pack. `harbour i18n stamp`
//! writes them; `harbour i18n check` compares. The hash is of the entry re-serialised by
//! fluent-syntax without its comment, so reflowing or commenting the English is not a change.

use crate::error::CheckError;
use fluent_syntax::ast;
use fluent_syntax::parser;
use fluent_syntax::serializer;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Message id → hash of its English source.
pub type Hashes = BTreeMap<String, String>;

/// The stamp file of an app locale directory.
pub fn app_stamp_path(locale_dir: &Path) -> PathBuf {
    locale_dir.join("stamp.toml")
}

/// The stamp file of a pack locale file (`ar.ftl` → `ar.stamp.toml`).
pub fn pack_stamp_path(ftl: &Path) -> PathBuf {
    ftl.with_extension("stamp.toml")
}

/// Hash every message and term of `source` (ids of terms keep their `-`).
pub fn entry_hashes(source: &str) -> Hashes {
    // A source nested too deeply is never handed to the parser (the check reports it).
    if harbour_i18n::syntax::check_nesting(source).is_err() {
        return Hashes::new();
    }
    let resource = match parser::parse(source) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    let mut out = Hashes::new();
    for entry in resource.body {
        let (id, bare) = match entry {
            ast::Entry::Message(m) => (
                m.id.name.to_string(),
                ast::Entry::Message(ast::Message { comment: None, ..m }),
            ),
            ast::Entry::Term(t) => (
                format!("-{}", t.id.name),
                ast::Entry::Term(ast::Term { comment: None, ..t }),
            ),
            _ => continue,
        };
        let text = serializer::serialize(&ast::Resource { body: vec![bare] });
        out.entry(id).or_insert_with(|| fnv1a_hex(text.trim()));
    }
    out
}

/// Read a stamp file; `None` when there is none.
pub fn read_stamp(path: &Path) -> Result<Option<Hashes>, CheckError> {
    if !path.is_file() {
        return Ok(None);
    }
    let text = crate::error::read(path)?;
    #[derive(serde::Deserialize)]
    struct File {
        #[serde(default)]
        english: Hashes,
    }
    let file: File = toml::from_str(&text).map_err(|e| CheckError::Stamp {
        path: path.display().to_string(),
        message: e.to_string(),
    })?;
    Ok(Some(file.english))
}

/// The text of a stamp file recording `hashes`.
pub fn render_stamp(hashes: &Hashes) -> String {
    let mut out = String::from(
        "# Which English text each message was translated from (hashes).\n\
         # Written by `harbour i18n stamp` after translating or checking against the English;\n\
         # `harbour i18n check` warns when the English has changed since. Do not edit by hand.\n\
         \n[english]\n",
    );
    for (id, hash) in hashes {
        out.push_str(&format!("\"{id}\" = \"{hash}\"\n"));
    }
    out
}

/// The English hashes of the ids `translation` defines: what a stamp of it records.
pub fn stamp_for(english: &Hashes, translation_ids: impl IntoIterator<Item = String>) -> Hashes {
    translation_ids
        .into_iter()
        .filter_map(|id| english.get(&id).map(|h| (id, h.clone())))
        .collect()
}

/// 64-bit FNV-1a, as 16 hex digits: stable across platforms and versions, no dependency.
fn fnv1a_hex(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_and_layout_do_not_change_the_hash_but_text_does() {
        let a = entry_hashes("# note\nhello = Hello { $name }\n");
        let b = entry_hashes("hello =\n    Hello { $name }\n");
        let c = entry_hashes("hello = Hello there { $name }\n");
        assert_eq!(a["hello"], b["hello"]);
        assert_ne!(a["hello"], c["hello"]);
    }

    #[test]
    fn a_stamp_round_trips() {
        let hashes = entry_hashes("a = A\n-brand = B\n");
        let dir = std::env::temp_dir().join(format!("harbour-stamp-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("tmp");
        let path = dir.join("stamp.toml");
        std::fs::write(&path, render_stamp(&hashes)).expect("write");
        assert_eq!(read_stamp(&path).expect("reads"), Some(hashes));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
