//! Sales proposals, with their quote table, rendered to PDF with Typst used as a library.
//!
//! The Typst template is fixed (`templates/proposal.typ`). A proposal enters it only as data:
//! one JSON file read with `json(…)` and images read by path, so nothing a seller or customer
//! typed is ever evaluated as markup. Rich text is printed by walking its node tree.
//!
//! Knows nothing about SQLite, Tauri or the app: it turns a [`Proposal`] into PDF bytes.
//!
//! Fonts are embedded (see `fonts.rs`): DejaVu Sans and Libertinus Serif cover Latin, Greek,
//! Cyrillic, Arabic and Hebrew (right-to-left runs are laid out by Typst's bidi). No CJK font is
//! embedded — `typst-assets` ships none and one would add 10–20 MB — so Chinese, Japanese and
//! Korean characters print as empty boxes: the render does not fail, and the PDF's text layer
//! still carries the characters for search and copy.

mod amount;
mod fonts;
mod model;
mod pictures;
mod pricing;
mod printout;
mod report;
mod world;

use std::panic::{catch_unwind, AssertUnwindSafe};

use chrono::{Datelike, NaiveDate};
use typst::diag::{Severity, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, Source};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, Timestamp};

pub use amount::{format_amount, format_number};
pub use model::{Acceptance, Brand, BrandFont, Fact, Logo, LogoFormat, PricingTable, Proposal, Section};
pub use pricing::Mismatch;
pub use report::{per_mille, Bar, BarChart, Report, ReportColumn, ReportFigure, ReportSection, ReportTable};

use fonts::FontSet;
use printout::{logo_path, SIGNATURE_PATH};
use world::{project_file, ProposalWorld, Shared};

const TEMPLATE: &str = include_str!("../templates/proposal.typ");
const REPORT_TEMPLATE: &str = include_str!("../templates/report.typ");
const DATA_PATH: &str = "/data.json";

/// Calls of [`Typesetter::evict_cache`] a cached result may go unused before it is dropped.
const CACHE_MAX_AGE: usize = 10;

/// Renders proposals to PDF. Build one at start-up and share it: fonts are parsed and the
/// standard library built once, in [`Typesetter::new`].
///
/// `Typesetter` is `Send + Sync` and `render` takes `&self`, so an `Arc<Typesetter>` can serve
/// several threads at once, no mutex needed. Typst's memo cache (comemo) is global to the
/// process and shared by all renders; it grows until [`Typesetter::evict_cache`] is called.
pub struct Typesetter {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    template: Source,
    report_template: Source,
    data: FileId,
    signature: FileId,
}

/// Why a proposal could not be rendered. Messages are meant for the person who asked for the PDF.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error("The brand colour “{0}” is not a colour like #1A2B3C.")]
    Colour(String),
    #[error("The text of the section “{section}” cannot be printed: {message}")]
    Text { section: String, message: String },
    #[error(transparent)]
    Quote(#[from] Mismatch),
    #[error("The logo could not be read as {format}: {message}. Upload it again as PNG, JPEG or SVG.")]
    Logo { format: &'static str, message: String },
    #[error("The signature could not be read as PNG: {0}.")]
    Signature(String),
    #[error("The proposal could not be typeset: {0}")]
    Typeset(String),
    #[error("The PDF could not be written: {0}")]
    Pdf(String),
    /// A bug in the typesetter; the app keeps running.
    #[error("Typesetting stopped on an internal error ({0}). Please report it with the proposal.")]
    Crashed(String),
}

// Shared across threads without a lock; this fails to compile if a field ever stops allowing it.
const _: () = {
    const fn shareable<T: Send + Sync>() {}
    shareable::<Typesetter>();
};

impl Default for Typesetter {
    fn default() -> Self {
        Self::new()
    }
}

impl Typesetter {
    pub fn new() -> Typesetter {
        Typesetter::with_template(TEMPLATE)
    }

    fn with_template(template: &str) -> Typesetter {
        let FontSet { fonts, book } = FontSet::embedded();
        Typesetter {
            library: LazyHash::new(Library::builder().build()),
            book: LazyHash::new(book),
            fonts,
            template: Source::new(project_file("/proposal.typ"), template.to_owned()),
            report_template: Source::new(project_file("/report.typ"), REPORT_TEMPLATE.to_owned()),
            data: project_file(DATA_PATH),
            signature: project_file(SIGNATURE_PATH),
        }
    }

    /// The proposal as PDF bytes. The same proposal always gives the same bytes: the PDF's
    /// date is `issued_on`, and nothing reads the clock, the disk or the network.
    pub fn render(&self, proposal: &Proposal) -> Result<Vec<u8>, RenderError> {
        check(proposal)?;
        let printout = printout::print(proposal)?;
        let data = serde_json::to_vec(&printout).map_err(|e| RenderError::Typeset(e.to_string()))?;
        let issued = datetime(proposal.issued_on);

        self.compile(&self.template, issued, |mut files| {
            files.push((self.data, Bytes::new(data)));
            if let Some(logo) = &proposal.brand.logo {
                let bytes = Bytes::new(logo.bytes.clone());
                pictures::check(&bytes, logo.format).map_err(|message| RenderError::Logo { format: logo.format.name(), message })?;
                files.push((project_file(logo_path(logo.format)), bytes));
            }
            if let Some(acceptance) = &proposal.acceptance {
                let bytes = Bytes::new(acceptance.signature_png.clone());
                pictures::check(&bytes, LogoFormat::Png).map_err(RenderError::Signature)?;
                files.push((self.signature, bytes));
            }
            Ok(files)
        })
    }

    /// A dashboard report as PDF bytes; like `render`, the same report gives the same bytes.
    pub fn render_report(&self, report: &Report) -> Result<Vec<u8>, RenderError> {
        check_colour(&report.colour)?;
        let data = serde_json::to_vec(&report::PrintedReport::of(report)).map_err(|e| RenderError::Typeset(e.to_string()))?;
        self.compile(&self.report_template, datetime(report.issued_on), |mut files| {
            files.push((self.data, Bytes::new(data)));
            Ok(files)
        })
    }

    /// Compiles `template` with the files `inputs` adds, dated `issued`.
    fn compile(
        &self,
        template: &Source,
        issued: Option<Datetime>,
        inputs: impl FnOnce(Vec<(FileId, Bytes)>) -> Result<Vec<(FileId, Bytes)>, RenderError>,
    ) -> Result<Vec<u8>, RenderError> {
        // Typst (and the image decoders under it) is a large body of code: should it panic on
        // some input, that costs one PDF, not the app.
        catch_unwind(AssertUnwindSafe(|| {
            let files = inputs(Vec::new())?;
            let shared = Shared { library: &self.library, book: &self.book, fonts: &self.fonts, template };
            let world = ProposalWorld::new(shared, files, issued);
            let document = typst::compile::<PagedDocument>(&world).output.map_err(|errors| RenderError::Typeset(describe(&errors)))?;
            let options = PdfOptions { timestamp: issued.map(Timestamp::new_utc), ..PdfOptions::default() };
            typst_pdf::pdf(&document, &options).map_err(|errors| RenderError::Pdf(describe(&errors)))
        }))
        .unwrap_or_else(|panic| {
            let message = panic.downcast_ref::<&str>().map(|s| s.to_string()).or_else(|| panic.downcast_ref::<String>().cloned());
            Err(RenderError::Crashed(message.unwrap_or_else(|| "unknown".to_owned())))
        })
    }

    /// Drops Typst's cached results that went unused for the last few calls. Call it after a
    /// batch of renders, or now and then: the cache is what makes the next render fast, and
    /// also what holds memory.
    pub fn evict_cache(&self) {
        typst::comemo::evict(CACHE_MAX_AGE);
    }
}

/// Refuses what would otherwise fail deep inside the template with a message nobody can act on.
fn check(proposal: &Proposal) -> Result<(), RenderError> {
    check_colour(&proposal.brand.primary)?;
    check_colour(&proposal.brand.accent)?;
    for section in &proposal.sections {
        let (title, body) = match section {
            Section::Text { title, body } | Section::Content { title, body, .. } | Section::Acceptance { title, body } => (title, body),
            Section::Pricing { title, intro, .. } => (title, intro),
        };
        body.check().map_err(|invalid| {
            let message = invalid.0.iter().map(|e| e.message.as_str()).collect::<Vec<_>>().join(" ");
            RenderError::Text { section: title.clone(), message }
        })?;
    }
    Ok(())
}

fn check_colour(colour: &str) -> Result<(), RenderError> {
    let hex = colour.strip_prefix('#').unwrap_or("");
    if hex.len() == 6 && hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        Ok(())
    } else {
        Err(RenderError::Colour(colour.to_owned()))
    }
}

fn datetime(date: NaiveDate) -> Option<Datetime> {
    Datetime::from_ymd(date.year(), u8::try_from(date.month()).ok()?, u8::try_from(date.day()).ok()?)
}

/// Typst's errors, one per line, with their hints.
fn describe(diagnostics: &[SourceDiagnostic]) -> String {
    diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| {
            let hints = d.hints.iter().map(|hint| format!(" (hint: {})", hint.v)).collect::<String>();
            format!("{}{hints}", d.message)
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn proposal() -> Proposal {
        Proposal {
            brand: Brand {
                company: "Initech".into(),
                logo: None,
                primary: "#1F4E79".into(),
                accent: "#D9822B".into(),
                font: BrandFont::Serif,
            },
            title: "Proposal".into(),
            subtitle: String::new(),
            issued_on: NaiveDate::from_ymd_opt(2025, 6, 5).unwrap(),
            facts: Vec::new(),
            sections: Vec::new(),
            footer: String::new(),
            acceptance: None,
        }
    }

    /// Renders `template` (instead of the proposal's) and returns Typst's error, if any.
    fn typeset_error(template: &str) -> Option<String> {
        match Typesetter::with_template(template).render(&proposal()) {
            Ok(_) => None,
            Err(RenderError::Typeset(message)) => Some(message),
            Err(other) => panic!("{other}"),
        }
    }

    #[test]
    fn the_template_sees_nothing_but_its_data() {
        let package = typeset_error("#import \"@preview/cetz:0.3.0\": canvas").expect("packages are never fetched");
        assert!(package.contains("package not found"), "{package}");
        let disk = typeset_error("#read(\"/etc/hostname\")").expect("the disk is not readable");
        assert!(disk.contains("not found"), "{disk}");
        assert_eq!(typeset_error("#read(\"/data.json\")"), None);
        let font = typeset_error("#set text(font: \"DejaVu Sans\", fallback: false)\n#text(\"x\")");
        assert_eq!(font, None, "the bundled sans is there");
    }

    #[test]
    fn today_is_the_day_the_proposal_was_issued() {
        assert_eq!(typeset_error("#assert.eq(datetime.today(), datetime(year: 2025, month: 6, day: 5))"), None);
    }

    #[test]
    fn brand_colours_must_be_hex() {
        for bad in ["red", "#12345", "#GG0000", "1F4E79", "rgb(1,2,3)"] {
            let mut p = proposal();
            p.brand.accent = bad.into();
            assert!(matches!(Typesetter::new().render(&p), Err(RenderError::Colour(c)) if c == bad), "{bad}");
        }
    }

    #[test]
    fn texts_the_editor_never_makes_are_refused_by_name() {
        use tandem_domain::rich_text::{RichNode, RichText};
        let mut p = proposal();
        p.sections.push(Section::Text { title: "Terms".into(), body: RichText(RichNode::Paragraph { content: Vec::new() }) });
        let error = Typesetter::new().render(&p).unwrap_err().to_string();
        assert!(error.contains("“Terms”"), "{error}");
    }
}
