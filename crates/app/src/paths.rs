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

    /// The library's content store: files named by their BLAKE3 hash.
    pub fn content_dir(&self) -> PathBuf {
        self.data_dir.join("content")
    }

    pub fn database(&self) -> PathBuf {
        self.data_dir.join("tandem.db")
    }
}
