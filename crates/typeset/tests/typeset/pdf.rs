//! Reading rendered PDFs back with poppler-utils and qpdf (apt: `poppler-utils qpdf`).

use std::path::PathBuf;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Writes `pdf` to a fresh file under the test's temp folder.
pub fn save(pdf: &[u8], name: &str) -> PathBuf {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("{name}-{}-{n}.pdf", std::process::id()));
    std::fs::write(&path, pdf).unwrap();
    path
}

fn run(program: &str, args: &[&str]) -> std::process::Output {
    Command::new(program).args(args).output().unwrap_or_else(|e| panic!("{program} could not run ({e}); install poppler-utils and qpdf"))
}

/// The text as `pdftotext -layout` reads it.
pub fn text(pdf: &[u8]) -> String {
    let path = save(pdf, "text");
    let out = run("pdftotext", &["-layout", "-enc", "UTF-8", path.to_str().unwrap(), "-"]);
    assert!(out.status.success(), "pdftotext: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// The text of each page, in order (pages are separated by form feeds).
pub fn pages(pdf: &[u8]) -> Vec<String> {
    let mut pages: Vec<String> = text(pdf).split('\u{c}').map(str::to_owned).collect();
    if pages.last().is_some_and(|p| p.trim().is_empty()) {
        pages.pop();
    }
    pages
}

/// `qpdf --check`: Ok with its report, or Err with what it found.
pub fn qpdf_check(pdf: &[u8]) -> Result<String, String> {
    let path = save(pdf, "check");
    let out = run("qpdf", &["--check", path.to_str().unwrap()]);
    let report = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    if out.status.success() {
        Ok(report)
    } else {
        Err(report)
    }
}

/// Page 1 as PNG at 50 dpi (`pdftoppm -r 50 -png -f 1 -l 1`).
pub fn first_page_png(pdf: &[u8]) -> Vec<u8> {
    let path = save(pdf, "page");
    let prefix = path.with_extension("");
    let out = run("pdftoppm", &["-r", "50", "-png", "-f", "1", "-l", "1", "-singlefile", path.to_str().unwrap(), prefix.to_str().unwrap()]);
    assert!(out.status.success(), "pdftoppm: {}", String::from_utf8_lossy(&out.stderr));
    std::fs::read(prefix.with_extension("png")).unwrap()
}

/// Each page's size in points, as `pdfinfo` prints it ("595.276 x 841.89").
pub fn page_sizes(pdf: &[u8]) -> Vec<String> {
    let path = save(pdf, "info");
    let out = run("pdfinfo", &["-f", "1", "-l", "9999", path.to_str().unwrap()]);
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|line| line.starts_with("Page") && line.contains("size:"))
        .filter_map(|line| line.split("size:").nth(1))
        .filter_map(|size| size.split("pts").next())
        .map(|size| size.trim().to_owned())
        .collect()
}

/// How many images the PDF embeds (`pdfimages -list`).
pub fn image_count(pdf: &[u8]) -> usize {
    let path = save(pdf, "images");
    let out = run("pdfimages", &["-list", path.to_str().unwrap()]);
    // Two header rows, then one row per image; a soft mask (transparency) is its own row.
    String::from_utf8_lossy(&out.stdout).lines().skip(2).filter(|row| row.split_whitespace().nth(2) == Some("image")).count()
}

/// `pdfinfo`'s report: title, dates, page count.
pub fn info(pdf: &[u8]) -> String {
    let path = save(pdf, "info");
    String::from_utf8_lossy(&run("pdfinfo", &[path.to_str().unwrap()]).stdout).into_owned()
}
