//! Preferences of this device that never sync: whether Tandem keeps running in the tray.

use tandem_store::{local_state, WriteSource};

use crate::{App, AppError};

impl App {
    /// On unless turned off: reminders only fire while Tandem runs.
    pub fn keep_running_in_tray(&self) -> bool {
        let stored = self.db().and_then(|db| Ok(db.read(|conn| local_state::get(conn, local_state::KEEP_IN_TRAY))?));
        !matches!(stored.ok().flatten().as_deref(), Some("0"))
    }

    pub fn set_keep_running_in_tray(&self, keep: bool) -> Result<(), AppError> {
        let value = if keep { "1" } else { "0" };
        self.write(WriteSource::Background, "", |w| Ok(local_state::set(w.conn(), local_state::KEEP_IN_TRAY, value)?))
    }
}
