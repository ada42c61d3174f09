//! Writes plain-text PDFs: a title and paragraphs in Helvetica, wrapped and paginated. The
//! sample workspace and the benchmark make their library files with it; proposals use a real
//! layout engine, not this.

/// Characters per line at 11 pt on a Letter page with 1-inch margins (Helvetica averages ~0.5 em).
const LINE_CHARS: usize = 88;
const LINES_PER_PAGE: usize = 46;

/// A PDF whose first page starts with `title`, followed by `paragraphs`.
pub fn document(title: &str, paragraphs: &[&str]) -> Vec<u8> {
    let mut lines: Vec<String> = Vec::new();
    for paragraph in paragraphs {
        lines.extend(wrap(paragraph, LINE_CHARS));
        lines.push(String::new());
    }
    let pages: Vec<&[String]> = if lines.is_empty() { vec![&[][..]] } else { lines.chunks(LINES_PER_PAGE).collect() };
    let mut objects: Vec<Vec<u8>> = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        Vec::new(), // the page tree, once the pages are numbered
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".to_vec(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>".to_vec(),
    ];
    let mut kids = Vec::new();
    for (index, page) in pages.iter().enumerate() {
        let mut content = Vec::new();
        let mut top = 720;
        if index == 0 {
            content.extend_from_slice(b"BT /F2 18 Tf 72 720 Td (");
            content.extend(escape(title));
            content.extend_from_slice(b") Tj ET\n");
            top = 690;
        }
        content.extend_from_slice(format!("BT /F1 11 Tf 72 {top} Td 14 TL\n").as_bytes());
        for line in page.iter() {
            content.push(b'(');
            content.extend(escape(line));
            content.extend_from_slice(b") Tj T*\n");
        }
        content.extend_from_slice(b"ET\n");
        let mut stream = format!("<< /Length {} >>\nstream\n", content.len()).into_bytes();
        stream.extend(content);
        stream.extend_from_slice(b"\nendstream");
        objects.push(stream);
        let contents = objects.len();
        objects.push(
            format!(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {contents} 0 R >>"
            )
            .into_bytes(),
        );
        kids.push(format!("{} 0 R", objects.len()));
    }
    objects[1] = format!("<< /Type /Pages /Kids [{}] /Count {} >>", kids.join(" "), kids.len()).into_bytes();

    let mut pdf = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n".to_vec();
    let mut offsets = Vec::new();
    for (index, body) in objects.iter().enumerate() {
        offsets.push(pdf.len());
        pdf.extend_from_slice(format!("{} 0 obj\n", index + 1).as_bytes());
        pdf.extend_from_slice(body);
        pdf.extend_from_slice(b"\nendobj\n");
    }
    let xref = pdf.len();
    pdf.extend_from_slice(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
    for offset in offsets {
        pdf.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    pdf.extend_from_slice(format!("trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n", objects.len() + 1).as_bytes());
    pdf
}

/// Greedy word wrap; a word longer than a line is cut.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let mut word: String = word.to_owned();
        while word.chars().count() > width {
            let head: String = word.chars().take(width).collect();
            word = word.chars().skip(width).collect();
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            lines.push(head);
        }
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// A PDF string literal's bytes in WinAnsi: parentheses and backslashes escaped, typographic
/// quotes and dashes mapped, anything else outside Latin-1 as '?'.
fn escape(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '(' | ')' | '\\' => {
                out.push(b'\\');
                out.push(c as u8);
            }
            '\u{2014}' => out.push(0x97),
            '\u{2013}' => out.push(0x96),
            '\u{2018}' => out.push(0x91),
            '\u{2019}' => out.push(0x92),
            '\u{201C}' => out.push(0x93),
            '\u{201D}' => out.push(0x94),
            '\u{20AC}' => out.push(0x80),
            c if (c as u32) < 0x100 && !c.is_control() => out.push(c as u32 as u8),
            _ => out.push(b'?'),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{extract, FileFormat, Limits};

    #[test]
    fn its_text_reads_back_wrapped_and_paginated() {
        let long: String = (0..800).map(|i| format!("word{i} ")).collect();
        let pdf = document("Globex (case study) — 2026", &["Quarterly churn fell 18%.", &long]);
        let text = extract(&pdf, FileFormat::Pdf, &Limits::default()).unwrap().text;
        assert!(text.contains("Globex (case study)"), "{text}");
        assert!(text.contains("Quarterly churn fell 18%."), "{text}");
        assert!(text.contains("word799"), "{text}");
        assert!(String::from_utf8_lossy(&pdf).contains("/Count 2"), "long text takes a second page");
    }

    #[test]
    fn wrapping_keeps_lines_within_the_width() {
        let lines = wrap("a bb ccc dddd eeeee ffffffffffff", 5);
        assert_eq!(lines, ["a bb", "ccc", "dddd", "eeeee", "fffff", "fffff", "ff"]);
    }
}
