//! The content-library figures issue 5 asks for, each next to a baseline measured in the same run:
//! - importing 1,000 mixed files (≈ 200 MB: PDFs, DOCX, Markdown, text, images, video) with
//!   hashing, copying, text extraction and indexing, against a plain copy of the same files;
//! - search p50/p95 over 5,000 items with extracted text, against the bare FTS5 query.
//!
//! `cargo bench -p tandem-app --bench library` (files are generated into target/bench-data;
//! `TANDEM_BENCH_FILES` and `TANDEM_BENCH_ITEMS` change the sizes).

use std::path::{Path, PathBuf};
use std::time::Instant;

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use tandem_app::App;
use tandem_content::text_pdf;
use tandem_domain::content::{ContentKind, ContentQuery, ContentStatus};

#[path = "../tests/app/docx.rs"]
mod docx;
mod support;
use docx::docx;
use support::{bench_dir, open_set_up, percentiles};

const WORDS: &[&str] = &[
    "onboarding",
    "security",
    "pipeline",
    "forecast",
    "supplier",
    "renewal",
    "pricing",
    "compliance",
    "analytics",
    "migration",
    "integration",
    "dashboard",
    "churn",
    "quarterly",
    "enterprise",
    "rollout",
    "zero-trust",
    "audit",
    "procurement",
    "logistics",
    "manufacturing",
    "retail",
    "banking",
    "insurance",
    "healthcare",
    "latency",
    "throughput",
    "warehouse",
    "invoice",
    "contract",
];

fn env_count(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// Prose with a realistic vocabulary: the sales words above plus a few thousand made-up ones,
/// drawn by Zipf's law (the r-th most common word about 1/r as often), as in real documents.
struct Vocabulary {
    words: Vec<String>,
    /// Cumulative weights for the Zipf draw.
    cumulative: Vec<f64>,
}

impl Vocabulary {
    fn new() -> Vocabulary {
        const SYLLABLES: &[&str] =
            &["ka", "lo", "mer", "tis", "van", "dor", "pel", "qui", "ron", "sa", "tel", "zu", "bri", "fen", "gar", "hox"];
        let mut words: Vec<String> = WORDS.iter().map(|w| w.to_string()).collect();
        for a in SYLLABLES {
            for b in SYLLABLES {
                for c in SYLLABLES {
                    words.push(format!("{a}{b}{c}"));
                }
            }
        }
        let mut total = 0.0;
        let cumulative = (1..=words.len())
            .map(|rank| {
                total += 1.0 / rank as f64;
                total
            })
            .collect();
        Vocabulary { words, cumulative }
    }

    fn word(&self, rng: &mut ChaCha8Rng) -> &str {
        let target = rng.gen::<f64>() * self.cumulative[self.cumulative.len() - 1];
        &self.words[self.cumulative.partition_point(|&c| c < target).min(self.words.len() - 1)]
    }
}

fn sentence(rng: &mut ChaCha8Rng, words: usize) -> String {
    static VOCABULARY: std::sync::OnceLock<Vocabulary> = std::sync::OnceLock::new();
    let vocabulary = VOCABULARY.get_or_init(Vocabulary::new);
    (0..words).map(|_| vocabulary.word(rng)).collect::<Vec<_>>().join(" ") + "."
}

/// `n` files in `dir`, about 200 KB on average: text-bearing documents of a few pages, and
/// images and videos of random (incompressible) bytes that carry most of the volume.
fn generate_files(dir: &Path, n: usize) -> Vec<PathBuf> {
    std::fs::create_dir_all(dir).unwrap();
    let mut rng = ChaCha8Rng::seed_from_u64(5);
    (0..n)
        .map(|i| {
            let path;
            let bytes: Vec<u8> = match i % 10 {
                0..=3 => {
                    path = dir.join(format!("case-study-{i}.pdf"));
                    let paragraphs: Vec<String> = (0..rng.gen_range(20..80)).map(|_| sentence(&mut rng, 30)).collect();
                    let refs: Vec<&str> = paragraphs.iter().map(String::as_str).collect();
                    text_pdf::document(&format!("Case study {i}"), &refs)
                }
                4 | 5 => {
                    path = dir.join(format!("whitepaper-{i}.docx"));
                    let paragraphs: Vec<String> = (0..rng.gen_range(50..200)).map(|_| sentence(&mut rng, 25)).collect();
                    docx(&paragraphs.iter().map(String::as_str).collect::<Vec<_>>())
                }
                6 => {
                    path = dir.join(format!("battlecard-{i}.md"));
                    format!("# Battlecard {i}\n\n{}", (0..60).map(|_| format!("- {}\n", sentence(&mut rng, 12))).collect::<String>())
                        .into_bytes()
                }
                7 => {
                    path = dir.join(format!("talk-track-{i}.txt"));
                    (0..80).map(|_| sentence(&mut rng, 15) + "\n").collect::<String>().into_bytes()
                }
                8 => {
                    path = dir.join(format!("diagram-{i}.png"));
                    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
                    png.extend((0..rng.gen_range(200_000..600_000)).map(|_| rng.gen::<u8>()));
                    png
                }
                _ => {
                    path = dir.join(format!("demo-{i}.mp4"));
                    let mut mp4 = b"\x00\x00\x00\x18ftypmp42".to_vec();
                    mp4.extend((0..rng.gen_range(1_000_000..1_800_000)).map(|_| rng.gen::<u8>()));
                    mp4
                }
            };
            std::fs::write(&path, bytes).unwrap();
            path
        })
        .collect()
}

fn import_against_copy() {
    let n = env_count("TANDEM_BENCH_FILES", 1_000);
    let root = bench_dir(&format!("library-files-{n}"));
    let source = root.join("source");
    let files = if source.exists() {
        let mut files: Vec<PathBuf> = std::fs::read_dir(&source).unwrap().map(|e| e.unwrap().path()).collect();
        files.sort();
        files
    } else {
        generate_files(&source, n)
    };
    let total: u64 = files.iter().map(|f| f.metadata().unwrap().len()).sum();
    let mb = total as f64 / 1e6;

    // Baseline: a plain copy of every file to another folder, each synced like the store does.
    let copy_dir = root.join("copy");
    let _ = std::fs::remove_dir_all(&copy_dir);
    std::fs::create_dir_all(&copy_dir).unwrap();
    let started = Instant::now();
    for file in &files {
        let target = copy_dir.join(file.file_name().unwrap());
        std::fs::copy(file, &target).unwrap();
        std::fs::File::open(&target).unwrap().sync_all().unwrap();
    }
    let copy = started.elapsed();

    let workspace = root.join("workspace");
    let _ = std::fs::remove_dir_all(&workspace);
    let app = open_set_up(&workspace);
    let started = Instant::now();
    let paths: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
    let added = app.add_content_files(&paths);
    let import = started.elapsed();
    assert!(added.failed.is_empty(), "{:?}", added.failed.first());

    println!("library import: {n} files, {mb:.0} MB");
    println!("  plain copy (+fsync)       {:>7.2} s  {:>6.1} MB/s", copy.as_secs_f64(), mb / copy.as_secs_f64());
    println!("  import (hash, copy, extract, index) {:>7.2} s  {:>6.1} MB/s", import.as_secs_f64(), mb / import.as_secs_f64());
    println!("  import speed / copy speed {:.2} (goal ≥ 0.33)", copy.as_secs_f64() / import.as_secs_f64());
    let _ = std::fs::remove_dir_all(&copy_dir);
}

/// A workspace of `n` text items (files with extracted text), built once.
fn search_workspace(n: usize) -> App {
    let dir = bench_dir(&format!("library-search-zipf-{n}"));
    let fresh = !dir.join("tandem.db").exists();
    let app = open_set_up(&dir);
    if fresh {
        let started = Instant::now();
        let mut rng = ChaCha8Rng::seed_from_u64(7);
        for i in 0..n {
            let body: String = (0..rng.gen_range(100..400)).map(|_| sentence(&mut rng, 12) + "\n").collect();
            let name = format!("{} {} {i}.md", WORDS[i % WORDS.len()], WORDS[(i * 7) % WORDS.len()]);
            let item = app.add_content_bytes(&name, body.as_bytes()).unwrap();
            if i % 3 != 0 {
                app.set_content_status(&item.id, ContentStatus::Approved).unwrap();
            }
        }
        eprintln!("generated {n} library items in {:.1} s", started.elapsed().as_secs_f64());
    }
    app
}

fn search_against_bare_fts() {
    let n = env_count("TANDEM_BENCH_ITEMS", 5_000);
    let app = search_workspace(n);
    let conn = rusqlite::Connection::open(bench_dir(&format!("library-search-zipf-{n}")).join("tandem.db")).unwrap();
    let queries: Vec<ContentQuery> = (0..200)
        .map(|i| {
            let word = WORDS[(i * 11) % WORDS.len()];
            let text = match i % 4 {
                0 => word[..3].to_owned(),
                1 => format!("{word} {}", WORDS[(i * 5) % WORDS.len()]),
                2 => format!("\"{word} {}\"", WORDS[(i * 3) % WORDS.len()]),
                _ => word.to_owned(),
            };
            let kinds = if i % 5 == 0 { vec![ContentKind::Other] } else { Vec::new() };
            ContentQuery { text, kinds, limit: 50, ..Default::default() }
        })
        .collect();
    let mut app_times = Vec::new();
    let mut bare_times = Vec::new();
    for query in &queries {
        let started = Instant::now();
        std::hint::black_box(app.search_content(query.clone()).unwrap());
        app_times.push(started.elapsed());
        let fts = tandem_store::content_search::fts_query(&query.text).unwrap();
        let started = Instant::now();
        let mut stmt = conn.prepare_cached("SELECT rowid, snippet(content_fts, -1, '', '', '…', 16) FROM content_fts WHERE content_fts MATCH ?1 ORDER BY rank LIMIT 50").unwrap();
        let rows: Vec<(i64, String)> = stmt.query_map([&fts], |r| Ok((r.get(0)?, r.get(1)?))).unwrap().map(Result::unwrap).collect();
        std::hint::black_box(rows);
        bare_times.push(started.elapsed());
    }
    let (app50, app95) = percentiles(app_times);
    let (bare50, bare95) = percentiles(bare_times);
    println!("library search over {n} items with extracted text, Zipf vocabulary ({} queries: the 30 most common words, their prefixes, pairs, phrases, a kind facet)", queries.len());
    println!("  app (hits + total + six facet counts)  p50 {app50:.2} ms  p95 {app95:.2} ms (goal p95 ≤ 20 ms)");
    println!("  bare FTS5 MATCH + snippet, top 50      p50 {bare50:.2} ms  p95 {bare95:.2} ms");
    println!("  app / bare at p95 {:.1}", app95 / bare95.max(f64::EPSILON));
}

fn main() {
    let only = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let wants = |name: &str| only.as_deref().is_none_or(|o| name.contains(o));
    if wants("import") {
        import_against_copy();
    }
    if wants("search") {
        search_against_bare_fts();
    }
}
