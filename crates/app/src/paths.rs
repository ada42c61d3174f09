//! Where a workspace lives on disk: the data folder, its database, logs and exports.

use std::path::{Path, PathBuf};

#[derive(Debug, Clone)]
pub struct DataPaths {
    pub data_dir: PathBuf,
    pub log_dir: PathBuf,
    pub export_dir: PathBuf,
}

impl DataPaths {
    /// `TANDEM_DATA_DIR` if set (tests, second workspaces), else the OS's data folder for Tandem.
    pub fn from_env() -> DataPaths {
        let dirs = directories::ProjectDirs::from("app", "Tandem", "Tandem");
        let data_dir = std::env::var_os("TANDEM_DATA_DIR")
            .map(PathBuf::from)
            .or_else(|| dirs.as_ref().map(|d| d.data_dir().to_owned()))
            .unwrap_or_else(|| PathBuf::from("tandem-data"));
        let export_dir = std::env::var_os("TANDEM_EXPORT_DIR")
            .map(PathBuf::from)
            .or_else(|| directories::UserDirs::new().and_then(|u| u.document_dir().map(Path::to_owned)))
            .unwrap_or_else(|| data_dir.join("exports"));
        let mut paths = DataPaths::at(&data_dir, export_dir);
        // The OS's place for logs (Linux: ~/.local/state/tandem/logs), unless the data folder was chosen.
        if std::env::var_os("TANDEM_DATA_DIR").is_none() {
            if let Some(dirs) = &dirs {
                paths.log_dir = dirs.state_dir().unwrap_or(dirs.data_local_dir()).join("logs");
            }
        }
        paths
    }

    /// Everything under one folder; logs beside the database.
    pub fn at(data_dir: &Path, export_dir: PathBuf) -> DataPaths {
        DataPaths { data_dir: data_dir.to_owned(), log_dir: data_dir.join("logs"), export_dir }
    }

    /// A file name in the export folder that is not taken yet: "<stem> <stamp>.<ext>", then " (2)"…
    pub fn new_export_file(&self, stem: &str, ext: &str) -> std::io::Result<PathBuf> {
        std::fs::create_dir_all(&self.export_dir)?;
        let stamp = chrono::Utc::now().format("%Y-%m-%d-%H%M%S");
        let mut path = self.export_dir.join(format!("{stem} {stamp}.{ext}"));
        let mut n = 1;
        while path.exists() {
            n += 1;
            path = self.export_dir.join(format!("{stem} {stamp} ({n}).{ext}"));
        }
        Ok(path)
    }

    /// Writes `bytes` to a new export file and returns its path. Written beside its final name and
    /// renamed when complete: nobody (a test, a calendar app, a file manager) sees half a file.
    pub fn write_export(&self, stem: &str, ext: &str, bytes: &[u8]) -> std::io::Result<PathBuf> {
        let path = self.new_export_file(stem, ext)?;
        write_whole(&path, bytes)?;
        Ok(path)
    }

    /// The library's content store: files named by their BLAKE3 hash.
    pub fn content_dir(&self) -> PathBuf {
        self.data_dir.join("content")
    }

    pub fn database(&self) -> PathBuf {
        self.data_dir.join("tandem.db")
    }
}

/// Writes a file under a temporary name beside it, then renames it into place.
pub fn write_whole(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut partial = path.as_os_str().to_owned();
    partial.push(".partial");
    std::fs::write(&partial, bytes)?;
    std::fs::rename(&partial, path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_export_is_written_whole_under_a_name_not_taken() {
        let dir = tempfile::tempdir().unwrap();
        let paths = DataPaths::at(dir.path(), dir.path().join("exports"));
        let first = paths.write_export("Tandem catalog", "csv", b"SKU,Name\n").unwrap();
        let second = paths.write_export("Tandem catalog", "csv", b"SKU,Name\nA,B\n").unwrap();
        assert_ne!(first, second);
        assert_eq!(std::fs::read(&second).unwrap(), b"SKU,Name\nA,B\n");
        let mut names: Vec<String> =
            std::fs::read_dir(&paths.export_dir).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
        names.sort();
        assert_eq!(names.len(), 2, "no partial file is left behind: {names:?}");
        assert!(names.iter().all(|n| n.ends_with(".csv")));
    }
}
