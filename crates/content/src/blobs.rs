//! The content-addressed blob store: each file is kept once, under the BLAKE3 hash of its bytes.
//!
//! Layout: `<root>/<first two hex digits>/<other 62 hex digits>`. New bytes are streamed into a
//! temp file in `<root>` (never inside a hash folder), fsynced, then renamed onto their hash name,
//! so a crash leaves at most a stray temp file, never a half-written file under a hash.

use std::fs::{self, File};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use crate::byte_size::ByteSize;

/// Temp files start with this; `sweep_temp_files` removes leftovers from a crash.
const TEMP_PREFIX: &str = ".incoming-";
const HASH_HEX_LEN: usize = 64;

/// The library's folder of files, addressed by content hash.
#[derive(Debug, Clone)]
pub struct BlobStore {
    root: PathBuf,
}

/// What `put` stored: the hash names the bytes, `newly_stored` is false when they were already there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredBlob {
    /// 64 lowercase hex digits of the BLAKE3 hash.
    pub hash: String,
    pub size: u64,
    pub newly_stored: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum BlobError {
    #[error("{}", too_large_message(*limit, *size))]
    TooLarge { limit: u64, size: Option<u64> },
    #[error("'{0}' is not a file hash (64 lowercase hexadecimal characters).")]
    InvalidHash(String),
    #[error("No stored file has hash {0}.")]
    NotFound(String),
    #[error("{context}: {source}")]
    Io { context: String, source: io::Error },
}

fn too_large_message(limit: u64, size: Option<u64>) -> String {
    match size {
        Some(size) => format!("The file ({}) is larger than the library's limit of {}.", ByteSize(size), ByteSize(limit)),
        None => format!("The file is larger than the library's limit of {}.", ByteSize(limit)),
    }
}

fn io_error(context: impl Into<String>) -> impl FnOnce(io::Error) -> BlobError {
    let context = context.into();
    move |source| BlobError::Io { context, source }
}

impl BlobStore {
    /// `root` is the workspace's `content` folder; it is created on the first `put`.
    pub fn new(root: impl Into<PathBuf>) -> BlobStore {
        BlobStore { root: root.into() }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Streams `reader` into the store while hashing it. Stops with `TooLarge` as soon as more
    /// than `max_bytes` were read; the temp file is then removed. The same bytes are stored once.
    pub fn put(&self, mut reader: impl Read, max_bytes: u64) -> Result<StoredBlob, BlobError> {
        fs::create_dir_all(&self.root).map_err(io_error(format!("Could not create the content library folder {}", self.root.display())))?;
        // Dropping a NamedTempFile deletes it, so every early return below cleans up.
        let mut temp = tempfile::Builder::new()
            .prefix(TEMP_PREFIX)
            .tempfile_in(&self.root)
            .map_err(io_error(format!("Could not create a file in the content library folder {}", self.root.display())))?;
        let mut hasher = blake3::Hasher::new();
        let mut size: u64 = 0;
        let mut chunk = vec![0u8; 64 * 1024];
        loop {
            let read = match reader.read(&mut chunk) {
                Ok(0) => break,
                Ok(read) => read,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(io_error("Could not read the file being added")(e)),
            };
            size += read as u64;
            if size > max_bytes {
                return Err(BlobError::TooLarge { limit: max_bytes, size: None });
            }
            hasher.update(&chunk[..read]);
            temp.write_all(&chunk[..read]).map_err(io_error("Could not write to the content library"))?;
        }
        temp.as_file().sync_all().map_err(io_error("Could not save the file to disk"))?;

        let hash = hasher.finalize().to_hex().to_string();
        let target = self.location(&hash);
        if target.is_file() {
            return Ok(StoredBlob { hash, size, newly_stored: false });
        }
        let folder = target.parent().expect("a blob path has a hash folder");
        fs::create_dir_all(folder).map_err(io_error(format!("Could not create the folder {}", folder.display())))?;
        // Two concurrent puts of the same bytes both rename identical content: the last one wins harmlessly.
        temp.persist(&target).map_err(|e| io_error(format!("Could not move the new file to {}", target.display()))(e.error))?;
        sync_folder(folder);
        Ok(StoredBlob { hash, size, newly_stored: true })
    }

    /// Like `put`, but rejects a file whose size on disk is already over the limit before reading it.
    pub fn put_file(&self, path: &Path, max_bytes: u64) -> Result<StoredBlob, BlobError> {
        let file = File::open(path).map_err(io_error(format!("Could not open {}", path.display())))?;
        let len = file.metadata().map_err(io_error(format!("Could not read the size of {}", path.display())))?.len();
        if len > max_bytes {
            return Err(BlobError::TooLarge { limit: max_bytes, size: Some(len) });
        }
        // The file may grow while it is read; `put` enforces the limit on what is actually read.
        self.put(file, max_bytes)
    }

    /// Where the blob with this hash is stored. The hash must be 64 lowercase hex digits, so it can
    /// never name a path outside the store.
    pub fn path_of(&self, hash: &str) -> Result<PathBuf, BlobError> {
        if !is_hash(hash) {
            return Err(BlobError::InvalidHash(hash.chars().take(80).collect()));
        }
        let path = self.location(hash);
        if path.is_file() {
            Ok(path)
        } else {
            Err(BlobError::NotFound(hash.to_owned()))
        }
    }

    pub fn read(&self, hash: &str) -> Result<Vec<u8>, BlobError> {
        let path = self.path_of(hash)?;
        fs::read(&path).map_err(io_error(format!("Could not read the stored file {}", path.display())))
    }

    pub fn contains(&self, hash: &str) -> bool {
        self.path_of(hash).is_ok()
    }

    /// Removes temp files left behind by a crash during `put`; returns how many were removed.
    /// Call it at start-up, before any `put` runs.
    pub fn sweep_temp_files(&self) -> Result<usize, BlobError> {
        let entries = match fs::read_dir(&self.root) {
            Ok(entries) => entries,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(0),
            Err(e) => return Err(io_error(format!("Could not list the content library folder {}", self.root.display()))(e)),
        };
        let mut removed = 0;
        for entry in entries.flatten() {
            let is_temp = entry.file_name().to_str().is_some_and(|name| name.starts_with(TEMP_PREFIX));
            if is_temp && entry.path().is_file() {
                fs::remove_file(entry.path()).map_err(io_error(format!("Could not remove {}", entry.path().display())))?;
                removed += 1;
            }
        }
        Ok(removed)
    }

    fn location(&self, hash: &str) -> PathBuf {
        let (folder, rest) = hash.split_at(2);
        self.root.join(folder).join(rest)
    }
}

fn is_hash(text: &str) -> bool {
    text.len() == HASH_HEX_LEN && text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// Makes the rename itself durable. Only Unix can open a folder to fsync it; elsewhere this is
/// best effort, and a failure here loses nothing that a re-import cannot restore.
fn sync_folder(folder: &Path) {
    #[cfg(unix)]
    if let Ok(dir) = File::open(folder) {
        let _ = dir.sync_all();
    }
    #[cfg(not(unix))]
    let _ = folder;
}

#[cfg(test)]
mod tests {
    use super::is_hash;

    #[test]
    fn only_64_lowercase_hex_digits_are_hashes() {
        let good = "a".repeat(64);
        assert!(is_hash(&good));
        for bad in [
            "",
            "../x",
            &"A".repeat(64),
            &"a".repeat(63),
            &"a".repeat(65),
            &format!("{}/", "a".repeat(63)),
            &format!("..{}", "a".repeat(62)),
        ] {
            assert!(!is_hash(bad), "{bad:?}");
        }
    }
}
