//! The content library: what an item is, who may change its status, and when it is expired or
//! due for review.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::member::Role;
use crate::text::{Checker, Invalid};

crate::text_enum! {
    #[derive(Default)]
    pub enum ContentKind {
        CaseStudy => "case_study",
        Whitepaper => "whitepaper",
        OnePager => "one_pager",
        Battlecard => "battlecard",
        Deck => "deck",
        ProductSheet => "product_sheet",
        Video => "video",
        EmailTemplate => "email_template",
        Snippet => "snippet",
        Link => "link",
        #[default]
        Other => "other",
    }
}

crate::text_enum! {
    /// The seed's funnel: where in the buyer's journey an item helps.
    pub enum FunnelStage {
        Awareness => "awareness",
        Interest => "interest",
        Consideration => "consideration",
        Decision => "decision",
    }
}

crate::text_enum! {
    #[derive(Default)]
    pub enum ContentStatus {
        #[default]
        Draft => "draft",
        Approved => "approved",
        Archived => "archived",
    }
}

crate::text_enum! {
    /// What the item holds: a stored file (with versions), a web link, or text written in Tandem.
    #[derive(Default)]
    pub enum ContentForm {
        #[default]
        File => "file",
        Link => "link",
        Text => "text",
    }
}

crate::text_enum! {
    /// Multi-valued descriptions, stored as child rows.
    pub enum ContentFacet {
        Persona => "persona",
        Industry => "industry",
        Product => "product",
    }
}

/// What a user saves about an item; the file itself arrives separately.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ContentInput {
    pub title: String,
    pub description: String,
    pub kind: ContentKind,
    pub stage: Option<FunnelStage>,
    pub personas: Vec<String>,
    pub industries: Vec<String>,
    pub products: Vec<String>,
    pub tags: Vec<String>,
    pub owner_id: Option<String>,
    /// A language tag such as "en" or "de-CH"; "" when not said.
    pub language: String,
    /// "YYYY-MM-DD" or "".
    pub review_by: String,
    /// "YYYY-MM-DD" or "".
    pub expires_on: String,
    /// The address of a link item.
    pub url: String,
    /// The text of a text item (snippet, e-mail template), with merge fields.
    pub body: String,
}

const MAX_TERMS: usize = 30;

impl ContentInput {
    /// Trims and checks the input for an item held in `form`.
    pub fn validate(&self, form: ContentForm) -> Result<ContentInput, Invalid> {
        let mut c = Checker::default();
        let title = c.text("title", "Title", &self.title, 200, false);
        if title.is_empty() {
            c.fail("title", "Give the item a title, e.g. 'Acme case study — 40% faster onboarding'.");
        }
        let clean = ContentInput {
            title,
            description: c.text("description", "Description", &self.description, 5_000, true),
            kind: self.kind,
            stage: self.stage,
            personas: terms(&mut c, "personas", "A persona", &self.personas),
            industries: terms(&mut c, "industries", "An industry", &self.industries),
            products: terms(&mut c, "products", "A product", &self.products),
            tags: terms(&mut c, "tags", "A tag", &self.tags),
            owner_id: self.owner_id.clone().filter(|id| !id.is_empty()),
            language: c.text("language", "Language", &self.language, 35, false),
            review_by: date(&mut c, "review_by", "review date", &self.review_by),
            expires_on: date(&mut c, "expires_on", "expiry date", &self.expires_on),
            url: c.text("url", "Address", &self.url, 2_000, false),
            body: c.text("body", "Text", &self.body, 100_000, true),
        };
        if !clean.language.is_empty() && !clean.language.chars().all(|ch| ch.is_ascii_alphanumeric() || ch == '-') {
            c.fail("language", format!("'{}' is not a language tag; use e.g. 'en' or 'de-CH'.", clean.language));
        }
        match form {
            ContentForm::Link => check_url(&mut c, &clean.url),
            ContentForm::Text if clean.body.is_empty() => c.fail("body", "Write the text of the snippet."),
            _ => {}
        }
        c.finish(clean)
    }
}

fn terms(c: &mut Checker, field: &str, label: &str, values: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for value in values {
        let value = c.text(field, label, value, 60, false);
        if !value.is_empty() && !out.iter().any(|v| v.eq_ignore_ascii_case(&value)) {
            out.push(value);
        }
    }
    if out.len() > MAX_TERMS {
        c.fail(field, format!("At most {MAX_TERMS} values."));
    }
    out
}

fn date(c: &mut Checker, field: &str, label: &str, value: &str) -> String {
    let value = value.trim();
    if !value.is_empty() && NaiveDate::parse_from_str(value, "%Y-%m-%d").is_err() {
        c.fail(field, format!("'{value}' is not a {label}; pick a day (YYYY-MM-DD)."));
    }
    value.to_owned()
}

/// Links open in the browser: only web addresses, never `javascript:` or `file:`.
fn check_url(c: &mut Checker, url: &str) {
    let lower = url.to_ascii_lowercase();
    if url.is_empty() {
        c.fail("url", "Paste the link's address, e.g. https://example.com/webinar.");
    } else if !(lower.starts_with("https://") || lower.starts_with("http://")) || url.contains(char::is_whitespace) || url.len() < 11 {
        c.fail("url", format!("'{url}' is not a web address; it must start with https:// or http://."));
    }
}

/// The file an item holds now (its newest version).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ContentFile {
    pub version_id: String,
    pub number: u32,
    pub file_name: String,
    pub mime: String,
    pub size: u64,
    pub blob_hash: String,
    pub created_at: String,
}

crate::text_enum! {
    /// How far the text inside an item's file got into search.
    pub enum TextStatus {
        Indexed => "indexed",
        /// Nothing to read in it (an image, a video).
        NoText => "none",
        Failed => "failed",
        /// The bytes are not on this device yet.
        Pending => "pending",
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TextExtraction {
    pub status: TextStatus,
    /// Why it failed, in the user's words; or that the text was cut at the limit.
    pub message: String,
    pub chars: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ContentItem {
    pub id: String,
    pub form: ContentForm,
    pub title: String,
    pub description: String,
    pub kind: ContentKind,
    pub stage: Option<FunnelStage>,
    pub personas: Vec<String>,
    pub industries: Vec<String>,
    pub products: Vec<String>,
    pub tags: Vec<String>,
    pub owner_id: Option<String>,
    pub owner_name: String,
    pub language: String,
    pub status: ContentStatus,
    pub review_by: String,
    pub expires_on: String,
    pub url: String,
    pub body: String,
    pub file: Option<ContentFile>,
    pub text: Option<TextExtraction>,
    pub created_at: String,
    pub updated_at: String,
}

impl ContentItem {
    /// The input that would save this item unchanged.
    pub fn to_input(&self) -> ContentInput {
        ContentInput {
            title: self.title.clone(),
            description: self.description.clone(),
            kind: self.kind,
            stage: self.stage,
            personas: self.personas.clone(),
            industries: self.industries.clone(),
            products: self.products.clone(),
            tags: self.tags.clone(),
            owner_id: self.owner_id.clone(),
            language: self.language.clone(),
            review_by: self.review_by.clone(),
            expires_on: self.expires_on.clone(),
            url: self.url.clone(),
            body: self.body.clone(),
        }
    }
}

/// One field's change between two versions, in the user's words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MetadataChange {
    pub field: String,
    pub from: String,
    pub to: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ContentVersion {
    pub id: String,
    pub number: u32,
    pub file_name: String,
    pub mime: String,
    pub size: u64,
    pub blob_hash: String,
    /// "Restored from version 2", or what the uploader said.
    pub note: String,
    pub author_name: String,
    pub created_at: String,
    /// What was changed in the item's description while this version was the current one.
    pub changes: Vec<MetadataChange>,
}

/// The stored label of a content column, for version history and the timeline.
pub fn field_label(column: &str) -> Option<&'static str> {
    Some(match column {
        "title" => "Title",
        "description" => "Description",
        "kind" => "Kind",
        "stage" => "Funnel stage",
        "language" => "Language",
        "owner_id" => "Owner",
        "status" => "Status",
        "review_by" => "Review by",
        "expires_on" => "Expires",
        "url" => "Address",
        "body" => "Text",
        _ => return None,
    })
}

/// What the library screen asks for. Empty lists do not narrow.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ContentQuery {
    /// Words (each may be the start of a word) or "quoted phrases".
    pub text: String,
    pub kinds: Vec<ContentKind>,
    pub stages: Vec<FunnelStage>,
    pub statuses: Vec<ContentStatus>,
    pub personas: Vec<String>,
    pub industries: Vec<String>,
    pub products: Vec<String>,
    pub collection_id: Option<String>,
    pub limit: u32,
}

/// One item found, with the passage that matched.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ContentHit {
    pub id: String,
    pub title: String,
    pub form: ContentForm,
    pub kind: ContentKind,
    pub stage: Option<FunnelStage>,
    pub status: ContentStatus,
    pub file_name: String,
    pub mime: String,
    pub expires_on: String,
    pub review_by: String,
    pub updated_at: String,
    /// A few words around the best match ("…"-trimmed), or the start of the description.
    pub excerpt: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct FacetCount {
    /// "kind", "stage", "status", "persona", "industry" or "product".
    pub facet: String,
    pub value: String,
    pub count: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ContentResults {
    pub hits: Vec<ContentHit>,
    pub total: u32,
    /// For each facet, the counts with every other facet's choice applied.
    pub facets: Vec<FacetCount>,
}

/// Who may do what with library items. Marketers and admins curate; sellers and sales
/// managers add drafts and keep their own drafts up to date.
pub fn may_curate(role: Role) -> bool {
    matches!(role, Role::Marketer | Role::Admin)
}

/// Why `role` may not move an item from `from` to `to`, if it may not.
pub fn status_change_refusal(role: Role, from: ContentStatus, to: ContentStatus) -> Option<String> {
    if from == to {
        return None;
    }
    if !may_curate(role) {
        let verb = match to {
            ContentStatus::Approved => "approve",
            ContentStatus::Archived => "archive",
            ContentStatus::Draft => "send back to draft",
        };
        return Some(format!("Only marketers and admins can {verb} library content."));
    }
    None
}

/// Why `role` may not edit an item's description, if it may not: approved and archived items
/// are the marketers'; a seller edits only drafts they own (or nobody owns).
pub fn edit_refusal(role: Role, status: ContentStatus, is_owner_or_unowned: bool) -> Option<String> {
    if may_curate(role) {
        return None;
    }
    match status {
        ContentStatus::Draft if is_owner_or_unowned => None,
        ContentStatus::Draft => Some("This draft belongs to someone else; ask them or a marketer to change it.".into()),
        _ => Some("Approved and archived content is changed by marketers; send them feedback instead.".into()),
    }
}

/// The statuses a role sees when it does not choose: sellers see what is approved.
pub fn default_statuses(role: Role) -> Vec<ContentStatus> {
    if may_curate(role) {
        vec![ContentStatus::Draft, ContentStatus::Approved]
    } else {
        vec![ContentStatus::Approved]
    }
}

/// Whether an item with `expires_on` ("YYYY-MM-DD" or "") has expired on `today`. It is good
/// through its expiry day.
pub fn is_expired(expires_on: &str, today: NaiveDate) -> bool {
    NaiveDate::parse_from_str(expires_on, "%Y-%m-%d").is_ok_and(|d| d < today)
}

/// Whether an item is due for review on `today`.
pub fn is_review_due(review_by: &str, today: NaiveDate) -> bool {
    NaiveDate::parse_from_str(review_by, "%Y-%m-%d").is_ok_and(|d| d <= today)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ContentStatus::*;

    #[test]
    fn who_may_change_status() {
        // (role, from, to, allowed)
        let table = [
            (Role::Marketer, Draft, Approved, true),
            (Role::Admin, Draft, Approved, true),
            (Role::Seller, Draft, Approved, false),
            (Role::SalesManager, Draft, Approved, false),
            (Role::Marketer, Approved, Archived, true),
            (Role::Seller, Approved, Archived, false),
            (Role::Marketer, Archived, Approved, true),
            (Role::Marketer, Approved, Draft, true),
            (Role::Seller, Approved, Draft, false),
            (Role::Seller, Draft, Draft, true),
        ];
        for (role, from, to, allowed) in table {
            assert_eq!(status_change_refusal(role, from, to).is_none(), allowed, "{role:?} {from:?} → {to:?}");
        }
        assert_eq!(status_change_refusal(Role::Seller, Draft, Approved).unwrap(), "Only marketers and admins can approve library content.");
    }

    #[test]
    fn who_may_edit() {
        let table = [
            (Role::Seller, Draft, true, true),
            (Role::Seller, Draft, false, false),
            (Role::Seller, Approved, true, false),
            (Role::SalesManager, Archived, true, false),
            (Role::Marketer, Approved, false, true),
            (Role::Admin, Archived, false, true),
        ];
        for (role, status, own, allowed) in table {
            assert_eq!(edit_refusal(role, status, own).is_none(), allowed, "{role:?} {status:?} own={own}");
        }
    }

    #[test]
    fn sellers_see_approved_content_by_default() {
        assert_eq!(default_statuses(Role::Seller), vec![Approved]);
        assert_eq!(default_statuses(Role::Marketer), vec![Draft, Approved]);
    }

    #[test]
    fn expiry_counts_the_expiry_day_as_good() {
        let day = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert!(!is_expired("2026-12-01", day("2026-12-01")));
        assert!(is_expired("2026-12-01", day("2026-12-02")));
        assert!(!is_expired("", day("2026-12-02")));
        assert!(is_review_due("2026-12-01", day("2026-12-01")));
        assert!(!is_review_due("2026-12-02", day("2026-12-01")));
    }

    #[test]
    fn input_is_trimmed_and_checked() {
        let input = ContentInput {
            title: "  Acme case study ".into(),
            personas: vec!["CISO".into(), "ciso".into(), " ".into()],
            review_by: "2026-13-01".into(),
            language: "en GB".into(),
            ..Default::default()
        };
        let errors = input.validate(ContentForm::File).unwrap_err().0;
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["review_by", "language"]);
        let ok = ContentInput { review_by: "2026-12-01".into(), language: "en-GB".into(), ..input }.validate(ContentForm::File).unwrap();
        assert_eq!(ok.title, "Acme case study");
        assert_eq!(ok.personas, ["CISO"]);
    }

    #[test]
    fn links_must_be_web_addresses() {
        for (url, ok) in [("https://example.com/x", true), ("javascript:alert(1)", false), ("file:///etc/passwd", false), ("", false)] {
            let input = ContentInput { title: "Webinar".into(), url: url.into(), kind: ContentKind::Link, ..Default::default() };
            assert_eq!(input.validate(ContentForm::Link).is_ok(), ok, "{url}");
        }
        let text = ContentInput { title: "Intro".into(), ..Default::default() };
        assert_eq!(text.validate(ContentForm::Text).unwrap_err().0[0].field, "body");
    }
}
