//! Rich text as the proposal editor (TipTap/ProseMirror) writes it: a tree of nodes, stored as
//! JSON and printed by walking the tree — never by turning it into markup, so nothing a customer
//! or seller types can act as markup in the PDF.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::merge_fields::{self, Filled};
use crate::text::Invalid;

/// Nesting deeper than this is refused: the editor never makes it, and printing walks the tree.
const MAX_DEPTH: usize = 24;
/// Characters of text in one document.
const MAX_TEXT: usize = 200_000;

/// A node of the document tree. Unknown attributes from the editor are ignored; unknown node
/// types are refused with their name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "type", rename_all = "camelCase")]
pub enum RichNode {
    Doc {
        #[serde(default)]
        content: Vec<RichNode>,
    },
    Paragraph {
        #[serde(default)]
        content: Vec<RichNode>,
    },
    Heading {
        attrs: HeadingAttrs,
        #[serde(default)]
        content: Vec<RichNode>,
    },
    BulletList {
        #[serde(default)]
        content: Vec<RichNode>,
    },
    OrderedList {
        #[serde(default)]
        content: Vec<RichNode>,
    },
    ListItem {
        #[serde(default)]
        content: Vec<RichNode>,
    },
    Blockquote {
        #[serde(default)]
        content: Vec<RichNode>,
    },
    Text {
        text: String,
        #[serde(default)]
        marks: Vec<Mark>,
    },
    HardBreak,
    HorizontalRule,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct HeadingAttrs {
    /// 1 to 3.
    pub level: u8,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LinkAttrs {
    pub href: String,
}

/// Inline formatting on a text node.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "type", rename_all = "camelCase")]
pub enum Mark {
    Bold,
    Italic,
    Underline,
    Strike,
    Link { attrs: LinkAttrs },
}

/// A document: the editor's `doc` node.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RichText(pub RichNode);

impl Default for RichText {
    fn default() -> Self {
        RichText(RichNode::Doc { content: Vec::new() })
    }
}

impl RichText {
    /// Reads and checks the editor's JSON.
    pub fn parse(json: &str) -> Result<RichText, Invalid> {
        let node: RichNode = serde_json::from_str(json).map_err(|e| Invalid::new("body", format!("This text could not be read: {e}")))?;
        let text = RichText(node);
        text.check()?;
        Ok(text)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(&self.0).unwrap_or_default()
    }

    /// Paragraphs of plain text, one per line: a document built from them.
    pub fn from_paragraphs<'a>(paragraphs: impl IntoIterator<Item = &'a str>) -> RichText {
        let content = paragraphs
            .into_iter()
            .map(|p| RichNode::Paragraph {
                content: if p.is_empty() { Vec::new() } else { vec![RichNode::Text { text: p.to_owned(), marks: Vec::new() }] },
            })
            .collect();
        RichText(RichNode::Doc { content })
    }

    /// Refused: a root that is not a document, nesting deeper than the editor makes, headings
    /// outside 1–3, links that are not http(s) or mailto, and very long documents.
    pub fn check(&self) -> Result<(), Invalid> {
        if !matches!(self.0, RichNode::Doc { .. }) {
            return Err(Invalid::new("body", "A text must be a document."));
        }
        let mut chars = 0;
        check_node(&self.0, 0, &mut chars)
    }

    /// The text without formatting, blocks separated by blank lines (for search and diffs).
    pub fn plain_text(&self) -> String {
        let mut out = String::new();
        plain(&self.0, &mut out);
        out.trim_end().to_owned()
    }

    /// Fills merge fields inside every text node. A field split by formatting
    /// (`{{contact.<b>first</b>_name}}`) is not a field and stays as typed.
    pub fn fill(&self, value: impl Fn(&str) -> Option<String> + Copy) -> (RichText, Vec<String>, Vec<String>) {
        let mut empty = Vec::new();
        let mut unknown = Vec::new();
        let node = fill_node(&self.0, value, &mut empty, &mut unknown);
        (RichText(node), empty, unknown)
    }
}

fn check_node(node: &RichNode, depth: usize, chars: &mut usize) -> Result<(), Invalid> {
    if depth > MAX_DEPTH {
        return Err(Invalid::new("body", "This text is nested too deeply."));
    }
    match node {
        RichNode::Text { text, marks } => {
            *chars += text.chars().count();
            if *chars > MAX_TEXT {
                return Err(Invalid::new("body", format!("A text can hold up to {MAX_TEXT} characters.")));
            }
            for mark in marks {
                if let Mark::Link { attrs } = mark {
                    let href = attrs.href.trim().to_ascii_lowercase();
                    if !(href.starts_with("https://") || href.starts_with("http://") || href.starts_with("mailto:")) {
                        return Err(Invalid::new("body", format!("Links must be web or e-mail addresses: “{}”.", attrs.href)));
                    }
                }
            }
            Ok(())
        }
        RichNode::Heading { attrs, .. } if !(1..=3).contains(&attrs.level) => Err(Invalid::new("body", "Headings have levels 1 to 3.")),
        RichNode::HardBreak | RichNode::HorizontalRule => Ok(()),
        other => children(other).iter().try_for_each(|child| check_node(child, depth + 1, chars)),
    }
}

fn children(node: &RichNode) -> &[RichNode] {
    match node {
        RichNode::Doc { content }
        | RichNode::Paragraph { content }
        | RichNode::Heading { content, .. }
        | RichNode::BulletList { content }
        | RichNode::OrderedList { content }
        | RichNode::ListItem { content }
        | RichNode::Blockquote { content } => content,
        RichNode::Text { .. } | RichNode::HardBreak | RichNode::HorizontalRule => &[],
    }
}

fn plain(node: &RichNode, out: &mut String) {
    match node {
        RichNode::Text { text, .. } => out.push_str(text),
        RichNode::HardBreak => out.push('\n'),
        RichNode::HorizontalRule => {}
        RichNode::Paragraph { content } | RichNode::Heading { content, .. } => {
            content.iter().for_each(|c| plain(c, out));
            out.push_str("\n\n");
        }
        other => children(other).iter().for_each(|c| plain(c, out)),
    }
}

fn fill_node(
    node: &RichNode,
    value: impl Fn(&str) -> Option<String> + Copy,
    empty: &mut Vec<String>,
    unknown: &mut Vec<String>,
) -> RichNode {
    let map = |content: &[RichNode], empty: &mut Vec<String>, unknown: &mut Vec<String>| -> Vec<RichNode> {
        content.iter().map(|c| fill_node(c, value, empty, unknown)).collect()
    };
    match node {
        RichNode::Text { text, marks } => {
            let Filled { text, empty: e, unknown: u } = merge_fields::fill(text, value);
            merge_names(empty, e);
            merge_names(unknown, u);
            RichNode::Text { text, marks: marks.clone() }
        }
        RichNode::Doc { content } => RichNode::Doc { content: map(content, empty, unknown) },
        RichNode::Paragraph { content } => RichNode::Paragraph { content: map(content, empty, unknown) },
        RichNode::Heading { attrs, content } => RichNode::Heading { attrs: attrs.clone(), content: map(content, empty, unknown) },
        RichNode::BulletList { content } => RichNode::BulletList { content: map(content, empty, unknown) },
        RichNode::OrderedList { content } => RichNode::OrderedList { content: map(content, empty, unknown) },
        RichNode::ListItem { content } => RichNode::ListItem { content: map(content, empty, unknown) },
        RichNode::Blockquote { content } => RichNode::Blockquote { content: map(content, empty, unknown) },
        RichNode::HardBreak => RichNode::HardBreak,
        RichNode::HorizontalRule => RichNode::HorizontalRule,
    }
}

fn merge_names(into: &mut Vec<String>, names: Vec<String>) {
    for name in names {
        if !into.contains(&name) {
            into.push(name);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_editors_json_and_ignores_attributes_it_does_not_use() {
        let json = r##"{"type":"doc","content":[{"type":"heading","attrs":{"level":2,"textAlign":null},"content":[{"type":"text","text":"Why "}]},
            {"type":"paragraph","content":[{"type":"text","marks":[{"type":"bold"},{"type":"link","attrs":{"href":"https://x.test","target":"_blank"}}],"text":"#set page(width: 1cm)"},{"type":"hardBreak"}]}]}"##;
        let text = RichText::parse(json).unwrap();
        assert_eq!(text.plain_text(), "Why \n\n#set page(width: 1cm)");
        assert_eq!(RichText::parse(&text.to_json()).unwrap(), text);
    }

    #[test]
    fn refuses_what_the_editor_never_makes() {
        assert!(RichText::parse(r##"{"type":"image","attrs":{"src":"x"}}"##).is_err());
        assert!(RichText::parse(r##"{"type":"paragraph"}"##).is_err(), "the root is a document");
        let js = r##"{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"x","marks":[{"type":"link","attrs":{"href":"javascript:alert(1)"}}]}]}]}"##;
        assert!(RichText::parse(js).unwrap_err().to_string().contains("web or e-mail"));
        let deep = format!(
            "{}{}",
            r##"{"type":"doc","content":["##.to_owned() + &r##"{"type":"blockquote","content":["##.repeat(30),
            "]}".repeat(31)
        );
        assert!(RichText::parse(&deep).is_err());
        assert!(RichText::parse(r##"{"type":"doc","content":[{"type":"heading","attrs":{"level":7}}]}"##).is_err());
    }

    #[test]
    fn fills_merge_fields_inside_text_and_keeps_formatting() {
        let text = RichText::parse(
            r##"{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"Dear {{contact.first_name}}, "},{"type":"text","marks":[{"type":"bold"}],"text":"{{quote.total}} {{nope}}"}]}]}"##,
        )
        .unwrap();
        let (filled, empty, unknown) = text.fill(|name| (name == "contact.first_name").then(|| "Ada".to_owned()));
        assert_eq!(filled.plain_text(), "Dear Ada,  {{nope}}");
        assert_eq!(empty, vec!["quote.total".to_owned()]);
        assert_eq!(unknown, vec!["nope".to_owned()]);
        let RichNode::Doc { content } = &filled.0 else { panic!() };
        let RichNode::Paragraph { content } = &content[0] else { panic!() };
        assert!(matches!(&content[1], RichNode::Text { marks, .. } if marks == &vec![Mark::Bold]));
    }
}
