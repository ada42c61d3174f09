//! Possible duplicate contacts, and why they look like the same person.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::contact::ContactInput;

crate::text_enum! {
    pub enum DuplicateReason {
        SameEmail => "same_email",
        SamePhone => "same_phone",
        SimilarName => "similar_name",
    }
}

/// One contact of a group, with what a user compares at a glance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DuplicateCandidate {
    pub id: String,
    pub name: String,
    pub email: String,
    pub phone_display: String,
    pub title: String,
    pub company_name: String,
    pub updated_at: String,
}

/// Contacts that share an e-mail or phone, or have near-identical names at the same company.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DuplicateGroup {
    pub reason: DuplicateReason,
    /// The shared e-mail or phone, or the company the similar names work at.
    pub key: String,
    pub contacts: Vec<DuplicateCandidate>,
}

/// Two contacts become one: `keep_id` stays with `values` (chosen field by field), `merge_id` goes
/// to the Trash; every activity, deal link, tag, e-mail and phone of both is kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MergeInput {
    pub keep_id: String,
    pub merge_id: String,
    pub values: ContactInput,
}

/// Folds a name for comparison: accents removed, lower case, single spaces, words sorted (so
/// "García Ana" and "Ana Garcia" fold alike).
pub fn name_key(folded_ascii: &str) -> String {
    let mut words: Vec<String> = folded_ascii.split_whitespace().map(str::to_lowercase).collect();
    words.sort();
    words.join(" ")
}
