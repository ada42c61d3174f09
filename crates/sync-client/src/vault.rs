//! Device tokens in the OS keychain (the Secret Service on Linux), never in a file.

use std::sync::Arc;

use keyring_core::api::CredentialStore;
use keyring_core::{Entry, Error};

use crate::SyncError;

const SERVICE: &str = "Tandem sync";

#[derive(Clone)]
pub struct Vault {
    store: Arc<CredentialStore>,
}

impl std::fmt::Debug for Vault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Vault").finish_non_exhaustive()
    }
}

impl Vault {
    pub fn with_store(store: Arc<CredentialStore>) -> Vault {
        Vault { store }
    }

    /// The system keychain. Blocking: call off the async workers.
    pub fn system() -> Result<Vault, SyncError> {
        #[cfg(target_os = "linux")]
        {
            let store = zbus_secret_service_keyring_store::Store::new().map_err(unavailable)?;
            Ok(Vault { store })
        }
        #[cfg(not(target_os = "linux"))]
        {
            Err(SyncError::Keychain("this build of Tandem knows only the Linux keychain".into()))
        }
    }

    fn entry(&self, user: &str) -> Result<Entry, SyncError> {
        self.store.build(SERVICE, user, None).map_err(unavailable)
    }

    /// Stores the token and reads it back: a keychain that is locked or refuses writes is
    /// reported now, at sign-in, not at the next sync.
    pub fn save(&self, user: &str, token: &str) -> Result<(), SyncError> {
        let entry = self.entry(user)?;
        entry.set_password(token).map_err(unavailable)?;
        match entry.get_password() {
            Ok(stored) if stored == token => Ok(()),
            Ok(_) => Err(SyncError::Keychain("the keychain did not keep the token it was given".into())),
            Err(e) => Err(unavailable(e)),
        }
    }

    pub fn load(&self, user: &str) -> Result<Option<String>, SyncError> {
        match self.entry(user)?.get_password() {
            Ok(token) => Ok(Some(token)),
            Err(Error::NoEntry) => Ok(None),
            Err(e) => Err(unavailable(e)),
        }
    }

    pub fn remove(&self, user: &str) -> Result<(), SyncError> {
        match self.entry(user)?.delete_credential() {
            Ok(()) | Err(Error::NoEntry) => Ok(()),
            Err(e) => Err(unavailable(e)),
        }
    }
}

fn unavailable(e: Error) -> SyncError {
    SyncError::Keychain(format!("{e} (is a keychain such as GNOME Keyring or KWallet running and unlocked?)"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mock() -> Vault {
        Vault::with_store(keyring_core::mock::Store::new().unwrap())
    }

    #[test]
    fn a_token_is_kept_read_and_removed() {
        let vault = mock();
        assert_eq!(vault.load("ws/dev").unwrap(), None);
        vault.save("ws/dev", "secret-token").unwrap();
        assert_eq!(vault.load("ws/dev").unwrap().as_deref(), Some("secret-token"));
        vault.remove("ws/dev").unwrap();
        vault.remove("ws/dev").unwrap();
        assert_eq!(vault.load("ws/dev").unwrap(), None);
    }
}
