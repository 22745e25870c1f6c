//! Organisation keys: generation, passphrase protection, recipient parsing.

use age::secrecy::SecretString;
use harbour_export::keys::{IDENTITY_FILE, PUBLIC_KEY_FILE};
use harbour_export::{
    generate_org_key, parse_recipients, read_identity, read_recipients, ExportError,
};

#[test]
fn keygen_writes_a_public_key_and_a_passphrase_protected_identity() {
    let dir = tempfile::tempdir().expect("tempdir");
    let pass = SecretString::from("harbour north office amber lantern".to_string());
    let files = generate_org_key(dir.path(), &pass).expect("keygen");
    let public = std::fs::read_to_string(dir.path().join(PUBLIC_KEY_FILE)).expect("pub");
    assert!(public.starts_with("age1") && public.trim() == files.recipient);
    let sealed = std::fs::read_to_string(dir.path().join(IDENTITY_FILE)).expect("key");
    assert!(sealed.contains("BEGIN AGE ENCRYPTED FILE"));
    assert!(
        !sealed.contains("AGE-SECRET-KEY"),
        "the identity is never stored in the clear"
    );
    let ids = read_identity(&files.identity, &pass).expect("open");
    assert_eq!(ids[0].to_public().to_string(), files.recipient);
    assert_eq!(
        read_recipients(&files.public_key)
            .expect("recipients")
            .len(),
        1
    );

    let wrong = SecretString::from("not the passphrase at all".to_string());
    let Err(err) = read_identity(&files.identity, &wrong) else {
        panic!("wrong passphrase accepted")
    };
    assert!(
        matches!(err, ExportError::WrongKeyPassphrase { .. }),
        "got {err:?}"
    );

    let again = generate_org_key(dir.path(), &pass).expect_err("never overwrites");
    assert!(matches!(again, ExportError::KeyExists { .. }));
    let weak = generate_org_key(
        &dir.path().join("b"),
        &SecretString::from("abc".to_string()),
    )
    .expect_err("weak");
    assert!(matches!(weak, ExportError::WeakKeyPassphrase(_)));
}

#[test]
fn parse_recipients_names_the_bad_line() {
    let good = age::x25519::Identity::generate().to_public().to_string();
    let text = format!("# org keys\n{good}\n\nage1notakey\n");
    let err = parse_recipients(&text).expect_err("bad key");
    assert!(
        matches!(err, ExportError::BadRecipient { line: 4 }),
        "got {err:?}"
    );
    assert!(err.to_string().contains("line 4"));
    assert_eq!(
        parse_recipients(&format!("{good}\n{good}\n"))
            .expect("two")
            .len(),
        2
    );
    assert!(matches!(
        parse_recipients("# nothing\n"),
        Err(ExportError::NoRecipients)
    ));
}

#[test]
fn recipients_come_from_the_vault_setting() {
    use harbour_export::{recipients_from_settings, ORG_RECIPIENTS_SETTING};
    let dir = tempfile::tempdir().expect("tempdir");
    let opts = harbour_vault::VaultOptions {
        kdf: harbour_vault::KdfParams::fast_for_tests(),
        actor: "t".into(),
    };
    let mut v = harbour_vault::Vault::create(
        &dir.path().join("v.vault"),
        &harbour_vault::Passphrase::new("blue kettle sings at dawn"),
        chrono::Utc::now(),
        &opts,
    )
    .expect("vault");
    assert!(matches!(
        recipients_from_settings(&v),
        Err(ExportError::NoRecipients)
    ));
    let key = age::x25519::Identity::generate().to_public().to_string();
    v.set_setting(
        ORG_RECIPIENTS_SETTING,
        &format!("{key}\n"),
        chrono::Utc::now(),
    )
    .expect("setting");
    assert_eq!(recipients_from_settings(&v).expect("recipients").len(), 1);
}
