//! Library files between this device and its team's server, by content hash (DESIGN §4): the
//! metadata syncs as rows; after each sync pass the files this device holds go up and the files
//! of the collections kept offline here come down, in the background; a file opened here that
//! only the server has is downloaded first.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tandem_content::blobs::BlobStore;
use tandem_store::{content, local_state, quotes, Db, WriteSource};
use tandem_sync_client::files::{download_file, upload_file};
use tandem_sync_client::{account, ServerClient, SyncError};
use tandem_sync_protocol::{ErrorCode as WireCode, MAX_FILE_CHUNK};

use crate::dto::{FileAvailability, FilePlace};
use crate::sync::sync_error;
use crate::{App, AppError, ErrorCode};

/// A download in progress is kept under this name in the content folder, so that one cut off
/// resumes; the blob store's own temp files (swept at start-up) are named otherwise.
const PARTIAL_PREFIX: &str = ".download-";
/// How long opening a file waits for a download of it already running.
const WAIT_FOR_OTHER_DOWNLOAD: Duration = Duration::from_secs(600);

/// Content folders whose background file sync runs now: one run at a time per workspace.
static RUNNING: Mutex<BTreeSet<PathBuf>> = Mutex::new(BTreeSet::new());
/// Partial files being downloaded into now.
static DOWNLOADING: Mutex<BTreeSet<PathBuf>> = Mutex::new(BTreeSet::new());
/// Files known to be on the server, as (content folder, team, hash): spares asking again each pass.
static ON_SERVER: Mutex<BTreeSet<(PathBuf, String, String)>> = Mutex::new(BTreeSet::new());
/// Files whose upload the server refused (too large for it, damaged on this device), as above:
/// not sent again on every pass while the app runs; the next start tries once more.
static REFUSED: Mutex<BTreeSet<(PathBuf, String, String)>> = Mutex::new(BTreeSet::new());

/// Holds a place in one of the sets above; gives it back when dropped.
struct Claim {
    set: &'static Mutex<BTreeSet<PathBuf>>,
    key: PathBuf,
}

impl Claim {
    fn take(set: &'static Mutex<BTreeSet<PathBuf>>, key: PathBuf) -> Option<Claim> {
        set.lock().unwrap_or_else(|p| p.into_inner()).insert(key.clone()).then_some(Claim { set, key })
    }
}

impl Drop for Claim {
    fn drop(&mut self) {
        self.set.lock().unwrap_or_else(|p| p.into_inner()).remove(&self.key);
    }
}

type FileKeys = Mutex<BTreeSet<(PathBuf, String, String)>>;

fn noted(set: &FileKeys, root: &Path, workspace: &str, hash: &str) -> bool {
    set.lock().unwrap_or_else(|p| p.into_inner()).contains(&(root.to_owned(), workspace.to_owned(), hash.to_owned()))
}

fn note(set: &FileKeys, root: &Path, workspace: &str, hash: &str) {
    set.lock().unwrap_or_else(|p| p.into_inner()).insert((root.to_owned(), workspace.to_owned(), hash.to_owned()));
}

fn partial_of(store: &BlobStore, hash: &str) -> PathBuf {
    store.root().join(format!("{PARTIAL_PREFIX}{hash}"))
}

/// What one background run did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct FilesSynced {
    pub uploaded: usize,
    pub downloaded: usize,
    /// Files that could not go up or come down this time (each logged); the others still did.
    pub failed: usize,
}

impl App {
    /// The collections whose files this device keeps (a setting of this device only).
    pub fn offline_collections(&self) -> Result<Vec<String>, AppError> {
        let text = self.db()?.read(|c| local_state::get(c, local_state::OFFLINE_COLLECTIONS))?;
        Ok(text.and_then(|t| serde_json::from_str(&t).ok()).unwrap_or_default())
    }

    /// Keeps the files of a collection on this device (downloading them in the background), or
    /// stops keeping them; returns the collections kept offline now.
    pub fn set_collection_offline(&self, collection_id: &str, offline: bool) -> Result<Vec<String>, AppError> {
        let db = self.db()?;
        db.read(|c| tandem_store::content_collections::get(c, collection_id))?;
        let mut kept: BTreeSet<String> = self.offline_collections()?.into_iter().collect();
        if offline {
            kept.insert(collection_id.to_owned());
        } else {
            kept.remove(collection_id);
        }
        let text = serde_json::to_string(&kept).map_err(|e| AppError::new(ErrorCode::Internal, e.to_string()))?;
        db.write::<_, AppError>(WriteSource::Background, |w| Ok(local_state::set(w.conn(), local_state::OFFLINE_COLLECTIONS, &text)?))?;
        if offline {
            self.inner.sync.wake.notify_one();
        }
        Ok(kept.into_iter().collect())
    }

    /// Where the bytes of each of these files are: on this device, coming, or only on the server.
    pub fn library_file_availability(&self, hashes: Vec<String>) -> Result<Vec<FileAvailability>, AppError> {
        let store = self.blob_store();
        let signed_in = account::load(&*self.db()?).map_err(sync_error)?.is_some();
        let downloading = DOWNLOADING.lock().unwrap_or_else(|p| p.into_inner()).clone();
        Ok(hashes
            .into_iter()
            .map(|hash| {
                let place = if store.contains(&hash) {
                    FilePlace::OnDevice
                } else if downloading.contains(&partial_of(&store, &hash)) {
                    FilePlace::Downloading
                } else if signed_in {
                    FilePlace::OnServer
                } else {
                    FilePlace::Missing
                };
                FileAvailability { hash, place }
            })
            .collect())
    }

    /// Forgets which files the server was known to hold: after it went back to an older backup,
    /// the files uploaded since are gone from it too, and go up again on the next run.
    pub(crate) fn forget_files_on_server(&self) {
        let root = self.blob_store().root().to_owned();
        ON_SERVER.lock().unwrap_or_else(|p| p.into_inner()).retain(|(folder, _, _)| *folder != root);
    }

    /// Starts the file half of sync after a successful pass; a failure is logged, never the pass's.
    pub(crate) fn sync_files_in_background(&self, db: &Arc<Db>, client: &ServerClient) {
        let (app, db, client) = (self.clone(), db.clone(), client.clone());
        tokio::spawn(async move {
            match app.sync_files(&db, &client).await {
                Ok(done) if done != FilesSynced::default() => tracing::info!(?done, "library files synced"),
                Ok(_) => {}
                Err(err) => tracing::info!(%err, "library files did not sync; they will on the next pass"),
            }
        });
    }

    /// Uploads every file this device holds that the server lacks (library files, and the PDFs,
    /// signatures and logo of quotes), then downloads the files of the collections kept offline
    /// here and the proposal logo (every device prints proposals). Resumable: a run cut off goes
    /// on next time. A quote's PDF comes down when it is opened.
    pub(crate) async fn sync_files(&self, db: &Arc<Db>, client: &ServerClient) -> Result<FilesSynced, AppError> {
        let store = self.blob_store();
        let Some(_running) = Claim::take(&RUNNING, store.root().to_owned()) else { return Ok(FilesSynced::default()) };
        let Some(account) = account::load(db).map_err(sync_error)? else { return Ok(FilesSynced::default()) };
        let mut done = FilesSynced::default();
        let mut held: BTreeSet<String> = db.read(content::version_files)?.into_iter().map(|(hash, _)| hash).collect();
        held.extend(db.read(quotes::stored_files)?);
        let workspace = account.workspace_id.as_str();
        for hash in held {
            if noted(&ON_SERVER, store.root(), workspace, &hash) || noted(&REFUSED, store.root(), workspace, &hash) {
                continue;
            }
            let Ok(path) = store.path_of(&hash) else { continue };
            match upload_file(client, &hash, &path, MAX_FILE_CHUNK).await {
                Ok(status) => {
                    if status.received > 0 {
                        done.uploaded += 1;
                    }
                    note(&ON_SERVER, store.root(), workspace, &hash);
                }
                // Offline: every other file would fail alike; the next pass goes on.
                Err(err @ SyncError::Offline(_)) => return Err(file_error(err)),
                // This one file: the others still go up.
                Err(err) => {
                    tracing::warn!(%hash, %err, "a library file could not be uploaded");
                    note(&REFUSED, store.root(), workspace, &hash);
                    done.failed += 1;
                }
            }
        }
        let mut wanted: BTreeSet<String> = db.read(quotes::logo)?.into_iter().map(|(hash, _)| hash).collect();
        for collection in self.offline_collections()? {
            wanted.extend(db.read(|c| content::collection_files(c, &collection))?);
        }
        for hash in wanted {
            if store.contains(&hash) {
                continue;
            }
            match self.download(client, workspace, &hash).await {
                Ok(true) => done.downloaded += 1,
                Ok(false) => {}
                // Not uploaded yet by the device that added it: it comes on a later pass.
                Err(err) if err.code == ErrorCode::NotFound => {}
                // This one file (arrived damaged, could not be stored): the others still come down,
                // and it is fetched again on the next pass.
                Err(err) => {
                    tracing::warn!(%hash, err = %err.message, "a library file could not be downloaded");
                    done.failed += 1;
                }
            }
        }
        if done.downloaded > 0 {
            let app = self.clone();
            tokio::task::spawn_blocking(move || app.index_pending_content())
                .await
                .map_err(|e| AppError::new(ErrorCode::Internal, e.to_string()))??;
        }
        Ok(done)
    }

    /// Downloads `hash` into the blob store, resuming a partial download; false when another
    /// download of it is running.
    async fn download(&self, client: &ServerClient, workspace: &str, hash: &str) -> Result<bool, AppError> {
        let store = self.blob_store();
        std::fs::create_dir_all(store.root())?;
        let partial = partial_of(&store, hash);
        let Some(_claim) = Claim::take(&DOWNLOADING, partial.clone()) else { return Ok(false) };
        // Another download of it may have finished between the caller's look and this claim.
        if store.contains(hash) {
            return Ok(true);
        }
        download_file(client, hash, &partial).await.map_err(file_error)?;
        let max = self.file_limits().max_input_bytes;
        let stored = {
            let (store, partial) = (store.clone(), partial.clone());
            tokio::task::spawn_blocking(move || {
                let stored = store.put_file(&partial, max);
                // Stored or not, these bytes are done with: a bad download starts over next time.
                let _ = std::fs::remove_file(&partial);
                stored
            })
            .await
            .map_err(|e| AppError::new(ErrorCode::Internal, e.to_string()))??
        };
        if stored.hash != hash {
            return Err(AppError::new(
                ErrorCode::Io,
                "A library file arrived damaged from the team's server (its bytes do not match it); it is fetched again next time.",
            ));
        }
        note(&ON_SERVER, store.root(), workspace, hash);
        Ok(true)
    }

    /// Makes sure the bytes of `hash` are on this device before they are read: when only the
    /// team's server has them, downloads them now (on a thread of its own, so that any caller,
    /// async or not, may wait for it).
    pub(crate) fn ensure_file_here(&self, hash: &str) -> Result<(), AppError> {
        let store = self.blob_store();
        if store.contains(hash) {
            return Ok(());
        }
        let db = self.db()?;
        let Some(account) = account::load(&db).map_err(sync_error)? else {
            return Err(AppError::new(ErrorCode::NotFound, "This file is missing from this device's Tandem folder."));
        };
        let (app, wanted) = (self.clone(), hash.to_owned());
        let fetched = std::thread::spawn(move || -> Result<(), AppError> {
            let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
            runtime.block_on(async {
                let client = app.signed_in_client(&account).await?;
                let started = std::time::Instant::now();
                // Another download of it (the background one) may be running: wait for it.
                while !app.download(&client, &account.workspace_id, &wanted).await? {
                    if app.blob_store().contains(&wanted) || started.elapsed() > WAIT_FOR_OTHER_DOWNLOAD {
                        break;
                    }
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                Ok(())
            })
        })
        .join()
        .map_err(|_| AppError::new(ErrorCode::Internal, "The download of a file from the team's server stopped unexpectedly."))?;
        fetched?;
        if store.contains(hash) {
            Ok(())
        } else {
            Err(AppError::new(ErrorCode::Io, "This file is still downloading from the team's server; try again in a moment."))
        }
    }
}

/// A file transfer's failure, in the words of someone opening the file.
fn file_error(err: SyncError) -> AppError {
    match err {
        SyncError::Offline(_) => AppError::new(
            ErrorCode::Io,
            "This file is on the team's server and this device is offline; it downloads when you're back online.",
        ),
        SyncError::Refused(body) if body.code == WireCode::NotFound => AppError::new(
            ErrorCode::NotFound,
            "This file is not on this device, and the team's server does not have it yet: it arrives once the device that added it syncs.",
        ),
        other => sync_error(other),
    }
}
