//! The contact as it travels between files and Tandem: plain data, one shape for every format.

use serde::{Deserialize, Serialize};

/// One imported or exported contact. Multi-valued fields keep their order: the first email and
/// the first phone are the primary ones.
///
/// `phones` hold E.164 (`+442079460958`) where the number could be read, otherwise the text as
/// typed: an import never drops a number it cannot parse. `owner_email` holds the owner's email
/// when the source gives one and the owner's name as exported otherwise (HubSpot, Salesforce and
/// Pipedrive export names); the app matches either to a member.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactRecord {
    pub first_name: String,
    pub last_name: String,
    pub emails: Vec<String>,
    pub phones: Vec<String>,
    pub title: String,
    pub company_name: String,
    pub company_domain: String,
    pub country: String,
    pub city: String,
    pub notes: String,
    /// One of subscriber, lead, marketing_qualified, sales_qualified, opportunity, customer,
    /// evangelist, other; or empty.
    pub lifecycle_stage: String,
    pub lead_status: String,
    pub lead_source: String,
    pub owner_email: String,
    pub tags: Vec<String>,
    /// RFC 3339 in UTC (`2024-03-05T14:22:10Z`), or `None` when the source has no date.
    pub created_at: Option<String>,
    /// Campaign names (first and last touch) as the file has them; the app matches them to campaigns.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub original_campaign: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub latest_campaign: String,
}

/// What became of one record of the file: the contact, or every problem found in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RowOutcome {
    /// The line a text editor shows where the record starts (a CSV row, a BEGIN:VCARD).
    pub line: u64,
    /// Each problem is a full sentence naming the line, the column and the value.
    pub result: Result<ContactRecord, Vec<String>>,
}

/// How much one import may read; a file past these is refused or its rows reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub max_bytes: usize,
    pub max_rows: usize,
    pub max_field_chars: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { max_bytes: 50 * 1024 * 1024, max_rows: 1_000_000, max_field_chars: 100_000 }
    }
}
