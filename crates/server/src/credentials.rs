//! Passwords, device tokens and invite codes: made here, checked here, stored only as hashes.

use argon2::password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use rand::RngCore;
use sha2::{Digest, Sha256};

pub const MIN_PASSWORD_CHARS: usize = 10;

/// Argon2id with OWASP's minimum: 19 MiB of memory, two passes, one lane.
fn argon2() -> Argon2<'static> {
    Argon2::new(Algorithm::Argon2id, Version::V0x13, Params::new(19 * 1024, 2, 1, None).expect("valid argon2 parameters"))
}

pub fn hash_password(password: &str) -> String {
    let salt = SaltString::generate(&mut OsRng);
    argon2().hash_password(password.as_bytes(), &salt).expect("argon2 hashes any password").to_string()
}

pub fn password_matches(password: &str, stored: &str) -> bool {
    PasswordHash::new(stored).is_ok_and(|hash| argon2().verify_password(password.as_bytes(), &hash).is_ok())
}

/// The hash of a random password nobody knows: checked when an email is unknown, so that
/// answering takes as long as for a known one.
pub fn unknown_user_hash() -> &'static str {
    static HASH: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| hash_password(&new_token()));
    &HASH
}

/// A 256-bit random device token, shown to the device once.
pub fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Tokens and codes are random, so a fast hash suffices: nothing to guess from a leaked table.
pub fn digest(secret: &str) -> Vec<u8> {
    Sha256::digest(secret.trim().as_bytes()).to_vec()
}

/// Letters that cannot be misread when an admin reads a code out (Crockford's base 32).
const CODE_ALPHABET: &[u8] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A one-time invite code such as `7KQ2M-XW9PD` (50 bits; single use, expiring, rate-limited).
pub fn new_invite_code() -> String {
    let mut bytes = [0u8; 10];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    let chars: String = bytes.iter().map(|b| CODE_ALPHABET[usize::from(b % 32)] as char).collect();
    format!("{}-{}", &chars[..5], &chars[5..])
}

/// The invite code as the admin typed it, in the form it was hashed in.
pub fn normalize_invite_code(code: &str) -> String {
    let chars: String = code.chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_uppercase()).collect();
    if chars.len() == 10 {
        format!("{}-{}", &chars[..5], &chars[5..])
    } else {
        chars
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_matches_its_hash_and_nothing_else() {
        let stored = hash_password("correct horse battery");
        assert!(stored.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{stored}");
        assert!(password_matches("correct horse battery", &stored));
        assert!(!password_matches("correct horse batterY", &stored));
        assert!(!password_matches("correct horse battery", "not a hash"));
    }

    #[test]
    fn tokens_are_256_bits_and_differ() {
        let (a, b) = (new_token(), new_token());
        assert_eq!(URL_SAFE_NO_PAD.decode(&a).unwrap().len(), 32);
        assert_ne!(a, b);
        assert_eq!(digest(&a), digest(&format!(" {a}\n")));
    }

    #[test]
    fn invite_codes_survive_being_read_out() {
        let code = new_invite_code();
        assert_eq!(code.len(), 11);
        assert_eq!(normalize_invite_code(&code.to_lowercase().replace('-', " ")), code);
    }
}
