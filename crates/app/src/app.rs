//! The application object: the open workspace, the undo stack and the change feed.

use std::sync::{Arc, Mutex, RwLock};

use tandem_store::{Committed, Db, WriteSource, Writer};

use crate::change_feed::ChangeFeed;
use crate::dto::ChangeBatch;
use crate::{AppError, DataPaths};

/// One user transaction that Ctrl+Z can take back.
pub(crate) struct UndoEntry {
    pub hlc: String,
    pub device: String,
    pub description: String,
}

pub(crate) enum Workspace {
    Open(Arc<Db>),
    Failed(AppError),
}

pub(crate) struct Inner {
    pub paths: DataPaths,
    pub workspace: RwLock<Workspace>,
    pub undo: Mutex<Vec<UndoEntry>>,
    pub feed: ChangeFeed,
    pub daily_backup: Mutex<Option<std::thread::JoinHandle<()>>>,
    pub sync: crate::sync::SyncSlot,
    /// Files read by the import wizard, by file id.
    pub staged_imports: Mutex<std::collections::HashMap<String, crate::imports::Staged>>,
    pub scheduler: crate::reminders::SchedulerSignal,
    /// How large a library file may be and how long reading its text may take.
    pub file_limits: Mutex<tandem_content::extract::Limits>,
    /// The dashboard's facts, kept until a commit touches a table they come from.
    pub dashboard: crate::dashboard::FactsCache,
    /// What the background lead scorer still has to rescore.
    pub scoring: crate::lead_scoring::Rescoring,
}

impl Drop for Inner {
    /// A short-lived front end (the CLI) waits for the daily backup instead of cutting it off.
    fn drop(&mut self) {
        if let Some(backup) = self.daily_backup.get_mut().unwrap_or_else(|p| p.into_inner()).take() {
            let _ = backup.join();
        }
    }
}

/// Cheap to clone; every front end holds one.
#[derive(Clone)]
pub struct App {
    pub(crate) inner: Arc<Inner>,
}

const UNDO_DEPTH: usize = 100;
/// Tables whose changes can move a reminder: the scheduler looks again after each.
const SCHEDULE_TABLES: [&str; 3] = ["tasks", "task_reminders", "task_series"];

impl App {
    /// Opens the workspace in `paths`; a failure is kept and reported by `startup_state`.
    pub fn open(paths: DataPaths) -> App {
        let workspace = open_workspace(&paths);
        let app = App {
            inner: Arc::new(Inner {
                paths,
                workspace: RwLock::new(workspace),
                undo: Mutex::new(Vec::new()),
                feed: ChangeFeed::default(),
                daily_backup: Mutex::new(None),
                staged_imports: Mutex::new(std::collections::HashMap::new()),
                sync: Default::default(),
                scheduler: Default::default(),
                file_limits: Mutex::new(Default::default()),
                dashboard: Default::default(),
                scoring: Default::default(),
            }),
        };
        app.back_up_in_background();
        app
    }

    /// Makes the daily backup if one is due, off the caller's path (a large workspace takes
    /// seconds to copy). The thread is joined before the app goes away, so no copy is cut short.
    pub(crate) fn back_up_in_background(&self) {
        let Ok(db) = self.db() else { return };
        let mut slot = self.inner.daily_backup.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(previous) = slot.take() {
            let _ = previous.join();
        }
        *slot = Some(std::thread::spawn(move || {
            if let Err(err) = db.backup_if_due() {
                tracing::warn!(%err, "daily backup failed");
            }
        }));
    }

    pub fn paths(&self) -> &DataPaths {
        &self.inner.paths
    }

    /// The open database, or why it could not be opened.
    pub fn db(&self) -> Result<Arc<Db>, AppError> {
        match &*self.inner.workspace.read().unwrap_or_else(|p| p.into_inner()) {
            Workspace::Open(db) => Ok(db.clone()),
            Workspace::Failed(err) => Err(err.clone()),
        }
    }

    /// Tries to open the workspace again after a failure (e.g. the lock was released).
    pub(crate) fn retry_open(&self) {
        let mut workspace = self.inner.workspace.write().unwrap_or_else(|p| p.into_inner());
        if matches!(*workspace, Workspace::Failed(_)) {
            *workspace = open_workspace(&self.inner.paths);
        }
    }

    /// Runs one write; a user's write goes on the undo stack with `description`.
    pub(crate) fn write<T>(
        &self,
        source: WriteSource,
        description: &str,
        f: impl FnOnce(&mut Writer) -> Result<T, AppError>,
    ) -> Result<T, AppError> {
        let db = self.db()?;
        let (out, committed) = db.write(source, f)?;
        self.after_commit(&db, source, description, &committed);
        Ok(out)
    }

    fn after_commit(&self, db: &Db, source: WriteSource, description: &str, committed: &Committed) {
        if committed.ids.is_empty() {
            return;
        }
        let mut undo = self.inner.undo.lock().unwrap_or_else(|p| p.into_inner());
        if committed.purged {
            // History before a purge may name a row that no longer exists; start afresh.
            undo.clear();
        } else if source == WriteSource::User {
            undo.push(UndoEntry { hlc: committed.hlc.clone(), device: db.device_id().to_owned(), description: description.to_owned() });
            let excess = undo.len().saturating_sub(UNDO_DEPTH);
            undo.drain(..excess);
        }
        drop(undo);
        self.inner.feed.poke();
        if source != WriteSource::Background && committed.tables.iter().any(|t| SCHEDULE_TABLES.contains(&t.as_str())) {
            self.wake_reminders();
        }
        // A signed-in device sends the change right away (the sync loop ignores this otherwise).
        self.inner.sync.wake.notify_one();
    }

    /// After changes from other devices were applied: as after a local commit, minus undo.
    pub(crate) fn after_remote_changes(&self, purged: bool, tables: &std::collections::BTreeSet<String>) {
        if purged {
            // As with a local purge, history before it may name a row that no longer exists.
            self.inner.undo.lock().unwrap_or_else(|p| p.into_inner()).clear();
        }
        self.inner.feed.poke();
        if tables.iter().any(|t| SCHEDULE_TABLES.contains(&t.as_str())) {
            self.wake_reminders();
        }
    }

    /// Calls `listener` with one batch per committed transaction, from this or any other process.
    pub fn start_change_feed(&self, listener: impl Fn(ChangeBatch) + Send + 'static) {
        let app = self.clone();
        let scorer = self.clone();
        self.inner.feed.start(
            move || app.db().ok(),
            move |batch| {
                scorer.note_for_scoring(&batch);
                listener(batch);
            },
        );
    }

    pub fn stop_change_feed(&self) {
        self.inner.feed.stop();
    }
}

fn open_workspace(paths: &DataPaths) -> Workspace {
    if let Err(err) = std::fs::create_dir_all(&paths.data_dir) {
        return Workspace::Failed(AppError::new(
            crate::ErrorCode::DatabaseUnreadable,
            format!(
                "Tandem cannot create its data folder {} ({err}). Check the permissions of its parent folder.",
                paths.data_dir.display()
            ),
        ));
    }
    match Db::open(&paths.database()) {
        Ok(db) => Workspace::Open(Arc::new(db)),
        Err(err) => {
            tracing::error!(%err, "workspace could not be opened");
            Workspace::Failed(err.into())
        }
    }
}
