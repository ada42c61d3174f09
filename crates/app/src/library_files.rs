//! Files in the library: copied into the content store by hash, their text extracted (on a
//! guarded thread, with limits) and indexed, new versions, restores, and reading them back.

use std::io::Read;
use std::path::{Path, PathBuf};

use tandem_content::blobs::{BlobError, BlobStore, StoredBlob};
use tandem_content::extract::{self, FileFormat, Limits};
use tandem_domain::content::{ContentForm, ContentInput, ContentItem, ContentKind, TextStatus};
use tandem_store::content::{self, NewVersion};
use tandem_store::{WriteSource, Writer};

use crate::dto::{AddedFiles, ContentBytes, FileFailure};
use crate::{App, AppError, ErrorCode};

/// How much of a file format detection looks at.
const HEAD_BYTES: u64 = 64 * 1024;

/// A file read from disk or sent by the window, ready to be stored.
struct Incoming<'a, R: Read> {
    file_name: &'a str,
    reader: R,
}

/// The extracted text of a stored file, or why there is none.
struct Reading {
    status: TextStatus,
    message: String,
    text: String,
}

impl App {
    pub(crate) fn blob_store(&self) -> BlobStore {
        BlobStore::new(self.paths().content_dir())
    }

    pub(crate) fn file_limits(&self) -> Limits {
        self.inner.file_limits.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// Sets how large a file the library takes and how long extraction may run (tests use small ones).
    pub fn set_file_limits(&self, limits: Limits) {
        *self.inner.file_limits.lock().unwrap_or_else(|p| p.into_inner()) = limits;
    }

    /// Adds a file from disk (dropped on the window) as a new draft item.
    pub fn add_content_file(&self, path: &Path) -> Result<ContentItem, AppError> {
        let file_name = display_name(path);
        let file =
            std::fs::File::open(path).map_err(|e| AppError::new(ErrorCode::Io, format!("Tandem could not read {file_name}: {e}.")))?;
        self.add_incoming(Incoming { file_name: &file_name, reader: file })
    }

    /// Adds files dropped on the window; one that cannot be added is reported, the rest go in.
    pub fn add_content_files(&self, paths: &[String]) -> AddedFiles {
        let mut added = AddedFiles { added: Vec::new(), failed: Vec::new() };
        for path in paths {
            let path = Path::new(path);
            match self.add_content_file(path) {
                Ok(item) => added.added.push(item),
                Err(err) => added.failed.push(FileFailure { file_name: display_name(path), message: err.message }),
            }
        }
        added
    }

    /// Adds a file the window read (the in-window file picker) as a new draft item.
    pub fn add_content_bytes(&self, file_name: &str, bytes: &[u8]) -> Result<ContentItem, AppError> {
        self.add_incoming(Incoming { file_name, reader: bytes })
    }

    fn add_incoming<R: Read>(&self, incoming: Incoming<R>) -> Result<ContentItem, AppError> {
        let id = self.add_file_as(WriteSource::User, incoming.file_name, incoming.reader, None)?;
        self.get_content_item(&id)
    }

    /// Stores a file and creates its item, described by `described` or from its name; returns the id.
    pub(crate) fn add_file_as(
        &self,
        source: WriteSource,
        file_name: &str,
        reader: impl Read,
        described: Option<&ContentInput>,
    ) -> Result<String, AppError> {
        let file_name = clean_file_name(file_name);
        let (blob, format, mime) = self.store_blob(&file_name, reader)?;
        let reading = self.read_text(&blob, &file_name, format)?;
        let (me, _) = self.me()?;
        let input = match described {
            Some(input) => input.clone(),
            None => ContentInput {
                title: title_from(&file_name),
                kind: kind_from(format, &file_name),
                owner_id: me.clone(),
                ..Default::default()
            }
            .validate(ContentForm::File)?,
        };
        self.write(source, &format!("File “{file_name}” added to the library"), |w| {
            let id = content::create(w, ContentForm::File, &input)?;
            add_version(w, &id, &blob, &file_name, mime, "", me.as_deref(), reading.as_ref())?;
            Ok(id)
        })
    }

    /// Uploads a new version of an item's file; it becomes the current one.
    pub fn add_content_version(&self, item_id: &str, file_name: &str, bytes: &[u8], note: &str) -> Result<ContentItem, AppError> {
        let item = self.get_content_item(item_id)?;
        self.require_edit(&item)?;
        if item.form != ContentForm::File {
            return Err(AppError::new(ErrorCode::Validation, "Only file items have versions; edit the text or link instead."));
        }
        let file_name = clean_file_name(file_name);
        let (blob, format, mime) = self.store_blob(&file_name, bytes)?;
        let reading = self.read_text(&blob, &file_name, format)?;
        let (me, _) = self.me()?;
        let note = note.trim();
        self.write(WriteSource::User, &format!("New version of “{}”", item.title), |w| {
            add_version(w, item_id, &blob, &file_name, mime, note, me.as_deref(), reading.as_ref())
        })?;
        self.get_content_item(item_id)
    }

    /// Makes an older version current again, as a new version with its bytes: history only grows.
    pub fn restore_content_version(&self, item_id: &str, version_id: &str) -> Result<ContentItem, AppError> {
        let item = self.get_content_item(item_id)?;
        self.require_edit(&item)?;
        let (owner, old) = self.db()?.read(|conn| content::version_file(conn, version_id))?;
        if owner != item_id {
            return Err(AppError::new(ErrorCode::NotFound, "That version belongs to another item."));
        }
        let (me, _) = self.me()?;
        self.write(WriteSource::User, &format!("Version {} of “{}” restored", old.number, item.title), |w| {
            let version = NewVersion {
                blob_hash: &old.blob_hash,
                file_name: &old.file_name,
                mime: &old.mime,
                size: old.size,
                note: &format!("Restored from version {}", old.number),
                author_id: me.as_deref(),
            };
            content::add_version(w, item_id, &version)?;
            Ok(())
        })?;
        self.get_content_item(item_id)
    }

    /// A version's bytes, for the in-app preview (downloaded first when only the team's server has them).
    pub fn content_bytes(&self, version_id: &str) -> Result<ContentBytes, AppError> {
        let (_, file) = self.db()?.read(|conn| content::version_file(conn, version_id))?;
        self.ensure_file_here(&file.blob_hash)?;
        let bytes = self.blob_store().read(&file.blob_hash).map_err(blob_error)?;
        Ok(ContentBytes { bytes, mime: file.mime, file_name: file.file_name })
    }

    /// A copy of a version under its own file name (the store names files by hash), for the OS's
    /// default app or attaching to an e-mail. Copies live in `<data>/opened/` and are replaced.
    pub fn content_file_copy(&self, version_id: &str) -> Result<PathBuf, AppError> {
        let (_, file) = self.db()?.read(|conn| content::version_file(conn, version_id))?;
        self.ensure_file_here(&file.blob_hash)?;
        let source = self.blob_store().path_of(&file.blob_hash).map_err(blob_error)?;
        let dir = self.paths().data_dir.join("opened").join(&file.blob_hash[..16]);
        std::fs::create_dir_all(&dir)?;
        let target = dir.join(clean_file_name(&file.file_name));
        std::fs::copy(&source, &target)?;
        Ok(target)
    }

    /// Tidies the content store after a crash (temp files of unfinished copies) and reads the text
    /// of files not read yet; run in the background at start-up.
    pub fn catch_up_content(&self) -> Result<usize, AppError> {
        self.blob_store().sweep_temp_files().map_err(blob_error)?;
        self.index_pending_content()
    }

    /// Extracts the text of current files this device has not read yet (they arrived by sync,
    /// or Tandem stopped between storing and reading). Returns how many it read.
    pub fn index_pending_content(&self) -> Result<usize, AppError> {
        let pending = self.db()?.read(content::files_without_text)?;
        let store = self.blob_store();
        let mut done = 0;
        for (hash, file_name) in pending {
            if !store.contains(&hash) {
                continue;
            }
            let bytes = store.read(&hash).map_err(blob_error)?;
            let format = FileFormat::detect(&file_name, &bytes);
            let reading = extract_text(bytes, format, self.file_limits());
            self.db()?.write::<_, AppError>(WriteSource::Background, |w| {
                Ok(content::record_text(w.conn(), &hash, reading.status, &reading.message, &reading.text)?)
            })?;
            done += 1;
        }
        Ok(done)
    }

    /// Copies the bytes into the store (refusing files over the limit) and says what they are.
    fn store_blob(&self, file_name: &str, reader: impl Read) -> Result<(StoredBlob, FileFormat, &'static str), AppError> {
        let limits = self.file_limits();
        let blob = self.blob_store().put(reader, limits.max_input_bytes).map_err(|e| match e {
            BlobError::TooLarge { .. } => AppError::new(ErrorCode::Validation, format!("{file_name}: {e}")),
            other => blob_error(other),
        })?;
        let head = self.file_head(&blob.hash)?;
        let format = FileFormat::detect(file_name, &head);
        Ok((blob, format, extract::detect_mime(file_name, &head)))
    }

    /// The first bytes of a stored file: enough to tell what it is.
    fn file_head(&self, hash: &str) -> Result<Vec<u8>, AppError> {
        let path = self.blob_store().path_of(hash).map_err(blob_error)?;
        let mut head = Vec::with_capacity(HEAD_BYTES as usize);
        std::fs::File::open(path)?.take(HEAD_BYTES).read_to_end(&mut head)?;
        Ok(head)
    }

    /// The text of a stored file, unless this device read it before.
    fn read_text(&self, blob: &StoredBlob, file_name: &str, format: FileFormat) -> Result<Option<Reading>, AppError> {
        let known = self.db()?.read(|conn| content::text_of(conn, &blob.hash))?;
        if known.status != TextStatus::Pending {
            return Ok(None);
        }
        if !format.has_text() {
            return Ok(Some(extract_text(Vec::new(), format, self.file_limits())));
        }
        let bytes = self.blob_store().read(&blob.hash).map_err(blob_error)?;
        // With all the bytes an Office file is told apart by its zip directory, not its name.
        let format = FileFormat::detect(file_name, &bytes);
        Ok(Some(extract_text(bytes, format, self.file_limits())))
    }
}

#[allow(clippy::too_many_arguments)]
fn add_version(
    w: &mut Writer,
    item_id: &str,
    blob: &StoredBlob,
    file_name: &str,
    mime: &str,
    note: &str,
    author: Option<&str>,
    reading: Option<&Reading>,
) -> Result<(), AppError> {
    let version = NewVersion { blob_hash: &blob.hash, file_name, mime, size: blob.size, note, author_id: author };
    content::add_version(w, item_id, &version)?;
    if let Some(r) = reading {
        content::record_text(w.conn(), &blob.hash, r.status, &r.message, &r.text)?;
    }
    Ok(())
}

/// Runs extraction under its limits; a failure is kept as the file's text status, not an error:
/// the file is stored and previewable even when its text could not be read.
fn extract_text(bytes: Vec<u8>, format: FileFormat, limits: Limits) -> Reading {
    if !format.has_text() {
        return Reading { status: TextStatus::NoText, message: String::new(), text: String::new() };
    }
    match extract::extract_guarded(bytes, format, limits) {
        Ok(found) => Reading {
            status: TextStatus::Indexed,
            message: if found.truncated {
                "Only the beginning of this file's text is searchable (it is very long).".into()
            } else {
                String::new()
            },
            text: found.text,
        },
        Err(err) => {
            tracing::info!(%err, "text extraction failed");
            Reading { status: TextStatus::Failed, message: err.to_string(), text: String::new() }
        }
    }
}

impl From<BlobError> for AppError {
    fn from(err: BlobError) -> Self {
        blob_error(err)
    }
}

fn blob_error(err: BlobError) -> AppError {
    match err {
        BlobError::NotFound(_) => AppError::new(ErrorCode::NotFound, err.to_string()),
        other => AppError::new(ErrorCode::Io, other.to_string()),
    }
}

/// The last part of a path, as text.
fn display_name(path: &Path) -> String {
    path.file_name().map_or_else(|| "file".to_owned(), |n| n.to_string_lossy().into_owned())
}

/// A file name safe to write back to disk: no folders, no control characters, not empty.
fn clean_file_name(name: &str) -> String {
    let last = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let clean: String = last.chars().filter(|c| !c.is_control()).collect::<String>().trim().trim_start_matches('.').to_owned();
    let clean: String = clean.chars().take(200).collect();
    if clean.is_empty() {
        "file".to_owned()
    } else {
        clean
    }
}

/// "acme-case_study v2.pdf" → "acme case study v2".
fn title_from(file_name: &str) -> String {
    let stem = file_name.rsplit_once('.').map_or(file_name, |(stem, _)| stem);
    let words: Vec<&str> = stem.split(['-', '_', ' ']).filter(|w| !w.is_empty()).collect();
    let title = words.join(" ");
    if title.is_empty() {
        file_name.to_owned()
    } else {
        title
    }
}

fn kind_from(format: FileFormat, file_name: &str) -> ContentKind {
    let lower = file_name.to_lowercase();
    match format {
        FileFormat::Video => ContentKind::Video,
        FileFormat::Pptx => ContentKind::Deck,
        _ if lower.contains("case") && lower.contains("stud") => ContentKind::CaseStudy,
        _ if lower.contains("battlecard") => ContentKind::Battlecard,
        _ if lower.contains("whitepaper") || lower.contains("white paper") => ContentKind::Whitepaper,
        _ if lower.contains("one-pager") || lower.contains("onepager") => ContentKind::OnePager,
        _ if lower.contains("datasheet") || lower.contains("product sheet") => ContentKind::ProductSheet,
        _ => ContentKind::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_kept_harmless() {
        assert_eq!(clean_file_name("../../etc/passwd"), "passwd");
        assert_eq!(clean_file_name("C:\\Users\\x\\deck.pptx"), "deck.pptx");
        assert_eq!(clean_file_name("<img src=x onerror=alert(1)>.pdf"), "<img src=x onerror=alert(1)>.pdf");
        assert_eq!(clean_file_name(".."), "file");
        assert_eq!(clean_file_name("a\u{0}b.txt"), "ab.txt");
    }

    #[test]
    fn titles_and_kinds_come_from_the_file_name() {
        assert_eq!(title_from("acme-case_study v2.pdf"), "acme case study v2");
        assert_eq!(kind_from(FileFormat::Pdf, "Acme Case Study.pdf"), ContentKind::CaseStudy);
        assert_eq!(kind_from(FileFormat::Pptx, "q3.pptx"), ContentKind::Deck);
        assert_eq!(kind_from(FileFormat::Pdf, "pricing.pdf"), ContentKind::Other);
    }
}
