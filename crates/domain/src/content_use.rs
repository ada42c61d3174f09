//! Closing the loop on content: where an item was used, what sellers said about it, and what
//! they asked marketing for.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::content::{ContentKind, FunnelStage};
use crate::text::{Checker, Invalid};

crate::text_enum! {
    pub enum UseKind {
        /// Sent to a contact (logged on their timeline and the deal's).
        Shared => "shared",
        /// Put into a proposal.
        Proposal => "proposal",
    }
}

/// One use of an item, with the names of whom it was for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ContentUse {
    pub id: String,
    pub item_id: String,
    pub item_title: String,
    pub kind: UseKind,
    pub contact_id: Option<String>,
    pub contact_name: String,
    pub deal_id: Option<String>,
    pub deal_name: String,
    pub note: String,
    pub author_name: String,
    pub used_at: String,
}

crate::text_enum! {
    pub enum FeedbackRating {
        Useful => "useful",
        Outdated => "outdated",
        MissingSomething => "missing",
    }
}

crate::text_enum! {
    #[derive(Default)]
    pub enum FeedbackStatus {
        #[default]
        Open => "open",
        Resolved => "resolved",
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct FeedbackInput {
    pub item_id: String,
    pub rating: FeedbackRating,
    pub comment: String,
}

impl FeedbackInput {
    pub fn validate(&self) -> Result<FeedbackInput, Invalid> {
        let mut c = Checker::default();
        let comment = c.text("comment", "Comment", &self.comment, 2_000, true);
        if comment.is_empty() && self.rating != FeedbackRating::Useful {
            c.fail("comment", "Say what is outdated or missing, so marketing can fix it.");
        }
        c.finish(FeedbackInput { item_id: self.item_id.clone(), rating: self.rating, comment })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ContentFeedback {
    pub id: String,
    pub item_id: String,
    pub item_title: String,
    pub rating: FeedbackRating,
    pub comment: String,
    pub author_name: String,
    pub status: FeedbackStatus,
    pub created_at: String,
}

crate::text_enum! {
    #[derive(Default)]
    pub enum RequestStatus {
        #[default]
        Open => "open",
        Planned => "planned",
        Done => "done",
        Declined => "declined",
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RequestInput {
    pub title: String,
    pub details: String,
    pub kind: Option<ContentKind>,
    pub stage: Option<FunnelStage>,
}

impl RequestInput {
    pub fn validate(&self) -> Result<RequestInput, Invalid> {
        let mut c = Checker::default();
        let title = c.text("title", "What is missing", &self.title, 200, false);
        if title.is_empty() {
            c.fail("title", "Say what you need, e.g. 'Case study for a bank in the DACH region'.");
        }
        let details = c.text("details", "Details", &self.details, 5_000, true);
        c.finish(RequestInput { title, details, kind: self.kind, stage: self.stage })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ContentRequest {
    pub id: String,
    pub title: String,
    pub details: String,
    pub kind: Option<ContentKind>,
    pub stage: Option<FunnelStage>,
    pub requested_by: String,
    pub status: RequestStatus,
    /// The item that answered it, once marketing made one.
    pub item_id: Option<String>,
    pub item_title: String,
    pub response: String,
    pub created_at: String,
}

/// A curated, ordered set of items.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Collection {
    pub id: String,
    pub name: String,
    pub description: String,
    pub items: Vec<CollectionEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CollectionEntry {
    pub item_id: String,
    pub title: String,
    pub kind: ContentKind,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CollectionInput {
    pub name: String,
    pub description: String,
    /// Items in their order.
    pub item_ids: Vec<String>,
}

impl CollectionInput {
    pub fn validate(&self) -> Result<CollectionInput, Invalid> {
        let mut c = Checker::default();
        let name = c.text("name", "Name", &self.name, 120, false);
        if name.is_empty() {
            c.fail("name", "Name the collection, e.g. 'Security objection kit'.");
        }
        let description = c.text("description", "Description", &self.description, 2_000, true);
        let mut item_ids: Vec<String> = Vec::new();
        for id in &self.item_ids {
            if !item_ids.contains(id) {
                item_ids.push(id.clone());
            }
        }
        if item_ids.len() > 200 {
            c.fail("item_ids", "A collection holds at most 200 items.");
        }
        c.finish(CollectionInput { name, description, item_ids })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn criticism_needs_a_comment_and_praise_does_not() {
        let useful = FeedbackInput { item_id: "i".into(), rating: FeedbackRating::Useful, comment: " ".into() };
        assert!(useful.validate().is_ok());
        let outdated = FeedbackInput { rating: FeedbackRating::Outdated, ..useful };
        assert_eq!(outdated.validate().unwrap_err().0[0].field, "comment");
    }

    #[test]
    fn a_collection_keeps_each_item_once_in_order() {
        let input =
            CollectionInput { name: " Kit ".into(), description: String::new(), item_ids: vec!["b".into(), "a".into(), "b".into()] };
        let clean = input.validate().unwrap();
        assert_eq!((clean.name.as_str(), clean.item_ids), ("Kit", vec!["b".to_owned(), "a".to_owned()]));
    }
}
