//! Filters over a list of contacts or deals, and saved views: a named filter and sort.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::lifecycle::LifecycleStage;
use crate::text::{Checker, Invalid};

crate::text_enum! {
    /// How a custom field's value is compared with the filter's value.
    pub enum FilterOp {
        Equals => "equals",
        Contains => "contains",
        AtLeast => "at_least",
        AtMost => "at_most",
        IsSet => "is_set",
        IsEmpty => "is_empty",
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CustomFilter {
    pub field_id: String,
    pub op: FilterOp,
    pub value: String,
}

/// Which records a list shows. Every part narrows the list; within a part, any value matches
/// ("lifecycle is lead or MQL"). Contacts ignore `stage_ids`; deals ignore `lifecycle` and
/// read `countries` from their company.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RecordFilter {
    pub lifecycle: Vec<LifecycleStage>,
    pub stage_ids: Vec<String>,
    pub owner_ids: Vec<String>,
    pub company_ids: Vec<String>,
    pub tags: Vec<String>,
    pub countries: Vec<String>,
    /// Only records with no activity in this many days.
    pub no_activity_days: Option<u32>,
    pub custom: Vec<CustomFilter>,
    /// Records whose original or latest campaign is one of these. Defaulted: views saved before
    /// campaigns existed have no such part.
    #[serde(default)]
    pub campaign_ids: Vec<String>,
}

impl RecordFilter {
    pub fn is_empty(&self) -> bool {
        *self == RecordFilter::default()
    }
}

/// What a saved view remembers.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ViewDefinition {
    pub search: String,
    pub filter: RecordFilter,
    /// The list's sort, by its name ("name", "recently_updated", "expected_close", …).
    pub sort: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SavedView {
    pub id: String,
    /// "contacts" or "deals".
    pub record_table: String,
    pub name: String,
    pub definition: ViewDefinition,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SavedViewInput {
    pub record_table: String,
    pub name: String,
    pub definition: ViewDefinition,
}

impl SavedViewInput {
    pub fn validate(&self) -> Result<SavedViewInput, Invalid> {
        let mut c = Checker::default();
        let name = c.text("name", "View name", &self.name, 60, false);
        if name.is_empty() {
            c.fail("name", "Name the view, e.g. 'My MQLs in Spain'.");
        }
        if !["contacts", "deals"].contains(&self.record_table.as_str()) {
            c.fail("record_table", "Views can be saved for contacts and deals.");
        }
        let mut definition = self.definition.clone();
        definition.search = c.text("search", "Search", &definition.search, 200, false);
        if definition.filter.no_activity_days.is_some_and(|d| d == 0 || d > 3650) {
            c.fail("no_activity_days", "Use between 1 and 3650 days.");
        }
        c.finish(SavedViewInput { record_table: self.record_table.clone(), name, definition })
    }
}
