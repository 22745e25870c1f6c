//! What the shell's tests share: a shell over a fresh data folder with the repository's
//! questionnaire packs (test packs included) and a fast KDF, and a vault set up in it.

use crate::dto::CreateVaultRequest;
use crate::shell::{Shell, ShellConfig};
use std::path::Path;

/// A shell over `data` with the repository's packs, test packs included.
pub fn shell(data: &Path) -> Shell {
    let s = Shell::new(ShellConfig {
        data_dir: data.to_path_buf(),
        vault: harbour_vault::VaultOptions {
            kdf: harbour_vault::KdfParams::fast_for_tests(),
            actor: "test".into(),
        },
        auto_lock: std::time::Duration::from_secs(300),
        packs: crate::packs::PackSources {
            shipped: Some(Path::new(env!("CARGO_MANIFEST_DIR")).join("../questionnaires")),
            checked: Vec::new(),
            include_test_packs: true,
        },
    });
    assert!(
        s.packs.wait_ready(std::time::Duration::from_secs(60)),
        "the packs load"
    );
    s
}

/// Set up the vault, `name` its first supervisor, and leave it unlocked.
pub fn set_up(s: &Shell, name: &str, passphrase: &str) {
    s.create_vault(CreateVaultRequest {
        name: name.into(),
        passphrase: passphrase.into(),
        confirmation: passphrase.into(),
    })
    .expect("create the vault");
}
