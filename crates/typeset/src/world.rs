//! What Typst sees while it compiles one proposal: the fixed template, the proposal as one JSON
//! file, its images, the embedded fonts and a fixed date. Nothing else exists: no disk, no
//! system fonts, no packages (an `@preview/…` import fails instead of downloading).

use typst::diag::{FileError, FileResult, PackageError};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, World};

/// The file id of an absolute path in the project root. Ids are interned for the life of the
/// process, so only the few fixed paths below are ever made.
pub fn project_file(path: &str) -> FileId {
    let vpath = VirtualPath::new(path).unwrap_or_else(|e| panic!("{path} is a fixed, valid path: {e:?}"));
    RootedPath::new(VirtualRoot::Project, vpath).intern()
}

/// The parts every render shares, built once.
pub struct Shared<'a> {
    pub library: &'a LazyHash<Library>,
    pub book: &'a LazyHash<FontBook>,
    pub fonts: &'a [Font],
    pub template: &'a Source,
}

pub struct ProposalWorld<'a> {
    shared: Shared<'a>,
    files: Vec<(FileId, Bytes)>,
    today: Option<Datetime>,
}

impl<'a> ProposalWorld<'a> {
    /// `files` are the virtual files the template may read; `today` answers `datetime.today()`
    /// so that nothing depends on the clock.
    pub fn new(shared: Shared<'a>, files: Vec<(FileId, Bytes)>, today: Option<Datetime>) -> Self {
        ProposalWorld { shared, files, today }
    }
}

impl World for ProposalWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        self.shared.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        self.shared.book
    }

    fn main(&self) -> FileId {
        self.shared.template.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.shared.template.id() {
            return Ok(self.shared.template.clone());
        }
        Err(missing(id))
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.shared.template.id() {
            return Ok(Bytes::from_string(self.shared.template.text().to_owned()));
        }
        self.files.iter().find(|(file, _)| *file == id).map(|(_, bytes)| bytes.clone()).ok_or_else(|| missing(id))
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.shared.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        self.today
    }
}

fn missing(id: FileId) -> FileError {
    match id.root() {
        VirtualRoot::Package(spec) => FileError::Package(PackageError::NotFound(spec.clone())),
        VirtualRoot::Project => FileError::NotFound(id.vpath().get_with_slash().into()),
    }
}
