//! Which message ids the code refers to: every token that could be a Fluent id, taken
//! from source files. A plain token scan, so it over-approximates (an id mentioned in a
//! comment counts as used); ids built at run time are covered by prefix allowlists.

use crate::error::{sorted_entries, CheckError};
use std::collections::HashSet;
use std::path::Path;

/// Directories never worth scanning (build output, dependencies, VCS data).
const SKIP_DIRS: &[&str] = &["target", "node_modules", "dist", ".git", ".svelte-kit"];

/// Add to `tokens` every identifier-like token (`[A-Za-z][A-Za-z0-9_-]*`) in the files
/// under `dir` whose extension is one of `extensions`. Returns how many files were read.
/// A missing `dir` reads nothing.
pub fn scan_dir(
    dir: &Path,
    extensions: &[&str],
    tokens: &mut HashSet<String>,
) -> Result<usize, CheckError> {
    if !dir.is_dir() {
        return Ok(0);
    }
    let mut files = 0;
    for path in sorted_entries(dir)? {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if path.is_dir() {
            if !SKIP_DIRS.contains(&name) {
                files += scan_dir(&path, extensions, tokens)?;
            }
        } else if path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| extensions.contains(&e))
        {
            // Non-UTF-8 files cannot hold ids we look for; read lossily rather than fail.
            let bytes = std::fs::read(&path).map_err(|source| CheckError::Read {
                path: path.clone(),
                source,
            })?;
            add_tokens(&String::from_utf8_lossy(&bytes), tokens);
            files += 1;
        }
    }
    Ok(files)
}

/// Add every identifier-like token of `text` to `tokens`.
pub fn add_tokens(text: &str, tokens: &mut HashSet<String>) {
    let mut current = String::new();
    for ch in text.chars() {
        if ch.is_ascii_alphanumeric() || ch == '-' || ch == '_' {
            current.push(ch);
        } else if !current.is_empty() {
            push_token(&mut current, tokens);
        }
    }
    if !current.is_empty() {
        push_token(&mut current, tokens);
    }
}

fn push_token(current: &mut String, tokens: &mut HashSet<String>) {
    let leading = current.trim_start_matches(['-', '_']);
    let trimmed = leading.trim_end_matches(['-', '_']);
    if !trimmed.is_empty() {
        tokens.insert(trimmed.to_string());
        // `"case-status-" + code` or `` `strength-${level}` `` builds ids at run time: keep
        // the prefix with its separator so [`is_referenced`] can match ids that start with it.
        if leading.len() > trimmed.len() {
            tokens.insert(leading.to_string());
        }
    }
    current.clear();
}

/// Whether code refers to `id`: the id itself is a token, or a prefix of it ending in
/// `-` or `_` is (an id built at run time).
pub fn is_referenced(id: &str, tokens: &HashSet<String>) -> bool {
    tokens.contains(id)
        || id
            .char_indices()
            .any(|(i, c)| (c == '-' || c == '_') && tokens.contains(&id[..=i]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_ids_in_quotes_and_calls() {
        let mut t = HashSet::new();
        add_tokens(
            r#"t("vault-unlock-title"); loc.format('case_new', None) // x-y"#,
            &mut t,
        );
        assert!(t.contains("vault-unlock-title"));
        assert!(t.contains("case_new"));
        assert!(!t.contains("vault"));
    }

    #[test]
    fn prefixes_of_ids_built_at_run_time_count_as_references() {
        let mut t = HashSet::new();
        add_tokens(r#"t(`strength-${level}`); t("case-status-" + s);"#, &mut t);
        assert!(is_referenced("strength-too-weak", &t));
        assert!(is_referenced("case-status-in_progress", &t));
        assert!(!is_referenced("case-count", &t));
    }
}
