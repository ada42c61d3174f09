//! Backup, restore and export commands.

use std::io::Write;

use chrono::{SecondsFormat, Utc};
use tandem_store::backups::{self, BackupFile};

use crate::dto::{Backup, ExportResult};
use crate::{App, AppError};

impl App {
    /// The backups on disk, newest first; available even when the workspace cannot be opened.
    pub fn list_backups(&self) -> Result<Vec<Backup>, AppError> {
        Ok(backups::list(&self.paths().database())?.into_iter().map(to_dto).collect())
    }

    pub fn backup_now(&self) -> Result<Backup, AppError> {
        Ok(to_dto(self.db()?.backup_now("manual")?))
    }

    /// Puts the workspace back as it was in backup `name`; the current state is backed up first.
    /// If the workspace could not be opened, the damaged file is moved aside and the backup reopened.
    pub fn restore_backup(&self, name: &str) -> Result<(), AppError> {
        if let Err(err) = self.db() {
            // Only a damaged file is replaced; a locked or newer one belongs to someone else.
            if err.code != crate::ErrorCode::DatabaseCorrupt {
                return Err(err);
            }
            backups::replace_damaged(&self.paths().database(), name)?;
            self.retry_open();
            self.db()?;
            return Ok(());
        }
        self.db()?.restore_backup(name)?;
        // Undo entries refer to transactions the restored log may not have.
        self.inner.undo.lock().unwrap_or_else(|p| p.into_inner()).clear();
        self.inner.feed.poke();
        Ok(())
    }

    /// Writes the whole workspace into one zip archive in the export folder.
    pub fn export_workspace(&self) -> Result<ExportResult, AppError> {
        let db = self.db()?;
        let archive = self.paths().new_export_file("Tandem workspace", "zip")?;
        let stamp = Utc::now().format("%Y-%m-%d-%H%M%S");
        let staging = tempfile_path(&self.paths().data_dir, &format!("export-{stamp}.db"));
        db.copy_to(&staging)?;
        // Written beside its final name and renamed when complete: no half archive is left behind.
        let partial = archive.with_extension("zip.partial");
        let files = db.read(tandem_store::content::stored_files)?;
        let store = self.blob_store();
        let library: Vec<(String, std::path::PathBuf)> =
            files.into_iter().filter_map(|hash| Some((hash.clone(), store.path_of(&hash).ok()?))).collect();
        let written = write_archive(&partial, &staging, db.device_id(), &library);
        let _ = std::fs::remove_file(&staging);
        if let Err(err) = written {
            let _ = std::fs::remove_file(&partial);
            return Err(err);
        }
        std::fs::rename(&partial, &archive)?;
        Ok(ExportResult { path: archive.display().to_string() })
    }
}

fn tempfile_path(dir: &std::path::Path, name: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    let _ = std::fs::remove_file(&path);
    path
}

/// The archive: a manifest, the database, and the library's files under `content/<hash>` (stored
/// as they are: PDFs, images and videos are compressed already).
fn write_archive(
    archive: &std::path::Path,
    database: &std::path::Path,
    device_id: &str,
    library: &[(String, std::path::PathBuf)],
) -> Result<(), AppError> {
    let file = std::fs::File::create(archive)?;
    let mut zip = zip::ZipWriter::new(file);
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    let manifest = serde_json::json!({
        "format": "tandem-workspace",
        "format_version": 1,
        "app_version": env!("CARGO_PKG_VERSION"),
        "exported_at": Utc::now().to_rfc3339_opts(SecondsFormat::Secs, true),
        "device_id": device_id,
        "contents": {
            "workspace.db": "the complete SQLite database: every record, its change history and settings",
            "content/": "the content library's files, each named by its BLAKE3 hash"
        }
    });
    let zip_err = |e: zip::result::ZipError| AppError::new(crate::ErrorCode::Io, format!("Writing the archive failed: {e}"));
    zip.start_file("manifest.json", options).map_err(zip_err)?;
    zip.write_all(serde_json::to_string_pretty(&manifest).unwrap_or_default().as_bytes())?;
    zip.start_file("workspace.db", options).map_err(zip_err)?;
    std::io::copy(&mut std::fs::File::open(database)?, &mut zip)?;
    let stored = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored).large_file(true);
    for (hash, path) in library {
        zip.start_file(format!("content/{hash}"), stored).map_err(zip_err)?;
        std::io::copy(&mut std::fs::File::open(path)?, &mut zip)?;
    }
    zip.finish().map_err(zip_err)?;
    Ok(())
}

fn to_dto(b: BackupFile) -> Backup {
    Backup {
        name: b.name,
        created_at: b.created_at.to_rfc3339_opts(SecondsFormat::Secs, true),
        reason: b.reason,
        size_bytes: u32::try_from(b.size_bytes).unwrap_or(u32::MAX),
    }
}
