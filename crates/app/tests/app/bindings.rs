//! The committed TypeScript bindings must be exactly what the Rust types generate.
//! Run with UPDATE_BINDINGS=1 to rewrite them after changing a type.

use std::path::PathBuf;

#[test]
fn committed_typescript_bindings_match_the_rust_types() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..").join(tandem_app::bindings::DIR);
    let update = std::env::var_os("UPDATE_BINDINGS").is_some();
    let mut stale = Vec::new();
    for (name, contents) in tandem_app::bindings::generate() {
        let path = dir.join(&name);
        if update {
            std::fs::write(&path, &contents).unwrap();
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(contents.as_str()) {
            stale.push(name);
        }
    }
    assert!(
        stale.is_empty(),
        "bindings differ from the Rust types: {stale:?}; run `UPDATE_BINDINGS=1 cargo test -p tandem-app --test app bindings` and commit"
    );
}
