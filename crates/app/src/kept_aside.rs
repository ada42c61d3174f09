//! Workspaces kept aside: when a device joins a team without merging its own records in, they
//! move to a folder of their own under `kept-aside/` in the data folder — a whole workspace
//! (database and library files) that Tandem opens in a window of its own.

use std::path::{Path, PathBuf};

use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::{Connection, OpenFlags};
use tandem_content::blobs::BlobStore;
use tandem_store::set_aside::KEPT_ASIDE_AT;
use tandem_store::{content, local_state, quotes, settings, Db};

use crate::dto::KeptAsideWorkspace;
use crate::{App, AppError, ErrorCode};

const FOLDER: &str = "kept-aside";
const DATABASE: &str = "tandem.db";
/// The name a folder takes while it is being removed.
const REMOVING: &str = ".removing-";

impl App {
    /// Moves every record of this workspace to a new kept-aside workspace and empties this one
    /// (see `Db::set_aside`). The library's files are copied first (named by their hash, they
    /// never change), so once the records have moved nothing is left that can fail; the copies
    /// here stay on disk.
    pub(crate) fn keep_aside(&self) -> Result<KeptAsideWorkspace, AppError> {
        let db = self.db()?;
        let name = db.read(settings::get)?.name;
        let now = Utc::now();
        let folder = new_folder(&self.paths().data_dir.join(FOLDER), &name, now)?;
        let database = folder.join(DATABASE);
        let made =
            self.copy_files_to(&db, &folder).and_then(|()| Ok(db.set_aside(&database, &now.to_rfc3339_opts(SecondsFormat::Secs, true))?));
        if let Err(err) = made {
            let _ = std::fs::remove_dir_all(&folder);
            return Err(err);
        }
        // Nothing on the undo stack or in the dashboard's cache belongs to this workspace now.
        self.inner.undo.lock().unwrap_or_else(|p| p.into_inner()).clear();
        self.forget_dashboard_facts();
        self.inner.feed.poke();
        self.wake_reminders();
        describe(&folder)
    }

    fn copy_files_to(&self, db: &Db, folder: &Path) -> Result<(), AppError> {
        let mut hashes = db.read(content::stored_files)?;
        hashes.extend(db.read(quotes::stored_files)?);
        let (here, there) = (self.blob_store(), BlobStore::new(folder.join("content")));
        for hash in hashes {
            // A file this device never downloaded is not here to copy; the copy lists it as missing.
            let Ok(path) = here.path_of(&hash) else { continue };
            there.put_file(&path, u64::MAX).map_err(|e| AppError::new(ErrorCode::Io, format!("Copying a library file failed: {e}")))?;
        }
        Ok(())
    }

    /// The workspaces kept aside on this computer, newest first.
    pub fn kept_aside_workspaces(&self) -> Result<Vec<KeptAsideWorkspace>, AppError> {
        let root = self.paths().data_dir.join(FOLDER);
        let Ok(entries) = std::fs::read_dir(&root) else { return Ok(Vec::new()) };
        let mut found: Vec<KeptAsideWorkspace> = entries
            .filter_map(|e| e.ok())
            .filter(|e| !e.file_name().to_string_lossy().starts_with(REMOVING))
            .filter(|e| e.path().join(DATABASE).is_file())
            .filter_map(|e| describe(&e.path()).ok())
            .collect();
        found.sort_by(|a, b| b.kept_at.cmp(&a.kept_at).then(a.name.cmp(&b.name)));
        Ok(found)
    }

    /// The data folder of kept-aside workspace `id`, for opening it in a window of its own.
    pub fn kept_aside_folder(&self, id: &str) -> Result<PathBuf, AppError> {
        let root = self.paths().data_dir.join(FOLDER);
        let folder = root.join(id);
        // Only a folder directly under `kept-aside`: an id is never a path.
        let direct = Path::new(id).file_name().is_some_and(|n| n == id);
        if !direct || id.starts_with(REMOVING) || !folder.join(DATABASE).is_file() {
            return Err(AppError::new(ErrorCode::NotFound, "That kept-aside workspace is no longer on this computer."));
        }
        Ok(folder)
    }

    /// Deletes kept-aside workspace `id` for good (the front end asks first, and refuses while a
    /// window has it open). Renamed out of the list first, so a removal cut short never shows.
    pub fn remove_kept_aside(&self, id: &str) -> Result<Vec<KeptAsideWorkspace>, AppError> {
        let folder = self.kept_aside_folder(id)?;
        let doomed = folder.with_file_name(format!("{REMOVING}{id}"));
        std::fs::rename(&folder, &doomed)?;
        std::fs::remove_dir_all(&doomed)?;
        tracing::info!(id, "kept-aside workspace removed");
        self.kept_aside_workspaces()
    }
}

/// "<workspace name> <date>", made unique with " (2)"…; never a path separator in it.
fn new_folder(root: &Path, name: &str, now: DateTime<Utc>) -> Result<PathBuf, AppError> {
    std::fs::create_dir_all(root)?;
    let safe: String = name.chars().map(|c| if c.is_alphanumeric() || " -_.&'".contains(c) { c } else { '-' }).collect();
    let safe = safe.trim().trim_start_matches('.');
    // File names are limited in bytes (255 on most systems), and a name may be 100 wide characters.
    let safe = safe[..safe.floor_char_boundary(100)].trim_end();
    let base = format!("{} {}", if safe.is_empty() { "Workspace" } else { safe }, now.format("%Y-%m-%d %H%M"));
    let mut n = 1;
    loop {
        let folder = root.join(if n == 1 { base.clone() } else { format!("{base} ({n})") });
        match std::fs::create_dir(&folder) {
            Ok(()) => return Ok(folder),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => n += 1,
            Err(e) => return Err(e.into()),
        }
    }
}

fn read_only(database: &Path) -> Result<Connection, AppError> {
    Connection::open_with_flags(database, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)
        .map_err(|e| AppError::new(ErrorCode::DatabaseUnreadable, format!("{} could not be read: {e}", database.display())))
}

fn describe(folder: &Path) -> Result<KeptAsideWorkspace, AppError> {
    let conn = read_only(&folder.join(DATABASE))?;
    let count = |table: &str| -> Result<i64, AppError> {
        Ok(conn
            .query_row(&format!("SELECT count(*) FROM {table} WHERE deleted = 0"), [], |r| r.get(0))
            .map_err(tandem_store::StoreError::from)?)
    };
    Ok(KeptAsideWorkspace {
        id: folder.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
        name: settings::get(&conn)?.name,
        kept_at: local_state::get(&conn, KEPT_ASIDE_AT)?.unwrap_or_default(),
        contacts: count("contacts")?,
        companies: count("companies")?,
        deals: count("deals")?,
    })
}
