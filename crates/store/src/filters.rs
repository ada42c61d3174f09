//! A `RecordFilter` as SQL conditions over a contacts (`c`) or deals (`d`) row.

use rusqlite::types::Value;
use tandem_domain::view::{FilterOp, RecordFilter};

/// Conditions to AND into a WHERE clause, and the parameters they number from `first_param`.
pub struct FilterSql {
    pub conditions: Vec<String>,
    pub params: Vec<Value>,
}

/// Which list the filter applies to.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum FilterTarget {
    Contacts,
    Deals,
}

impl FilterSql {
    /// `activity_cutoff` is the RFC 3339 moment "no activity in N days" counts from.
    pub fn build(filter: &RecordFilter, target: FilterTarget, first_param: usize, activity_cutoff: &str) -> FilterSql {
        let mut sql = FilterSql { conditions: Vec::new(), params: Vec::new() };
        let (alias, table, activity_column) = match target {
            FilterTarget::Contacts => ("c", "contacts", "contact_id"),
            FilterTarget::Deals => ("d", "deals", "deal_id"),
        };
        if target == FilterTarget::Contacts && !filter.lifecycle.is_empty() {
            let list = sql.list(first_param, filter.lifecycle.iter().map(|l| l.as_str().to_owned()));
            sql.conditions.push(format!("c.lifecycle_stage IN ({list})"));
        }
        if target == FilterTarget::Deals && !filter.stage_ids.is_empty() {
            let list = sql.list(first_param, filter.stage_ids.iter().cloned());
            sql.conditions.push(format!("d.stage_id IN ({list})"));
        }
        if !filter.owner_ids.is_empty() {
            let list = sql.list(first_param, filter.owner_ids.iter().cloned());
            sql.conditions.push(format!("{alias}.owner_id IN ({list})"));
        }
        if !filter.company_ids.is_empty() {
            let list = sql.list(first_param, filter.company_ids.iter().cloned());
            sql.conditions.push(format!("{alias}.company_id IN ({list})"));
        }
        if !filter.campaign_ids.is_empty() {
            let list = sql.list(first_param, filter.campaign_ids.iter().cloned());
            sql.conditions.push(format!("({alias}.first_campaign_id IN ({list}) OR {alias}.last_campaign_id IN ({list}))"));
        }
        if !filter.tags.is_empty() {
            let list = sql.list(first_param, filter.tags.iter().map(|t| t.to_lowercase()));
            sql.conditions.push(format!(
                "{alias}.id IN (SELECT record_id FROM tags WHERE record_table = '{table}' AND deleted = 0 AND lower(name) IN ({list}))"
            ));
        }
        if !filter.countries.is_empty() {
            let list = sql.list(first_param, filter.countries.iter().map(|t| t.to_lowercase()));
            let country = match target {
                FilterTarget::Contacts => "lower(c.country)".to_owned(),
                FilterTarget::Deals => "(SELECT lower(country) FROM companies WHERE id = d.company_id)".to_owned(),
            };
            sql.conditions.push(format!("{country} IN ({list})"));
        }
        if filter.no_activity_days.is_some() {
            let n = sql.param(first_param, activity_cutoff.to_owned());
            sql.conditions.push(format!(
                "NOT EXISTS (SELECT 1 FROM activities a WHERE a.{activity_column} = {alias}.id AND a.deleted = 0 AND a.occurred_at >= ?{n})"
            ));
        }
        for custom in &filter.custom {
            let field = sql.param(first_param, custom.field_id.clone());
            let value_of = format!("SELECT 1 FROM custom_values v WHERE v.record_id = {alias}.id AND v.field_id = ?{field} AND v.deleted = 0 AND v.value != ''");
            let condition = match custom.op {
                FilterOp::IsSet => format!("EXISTS ({value_of})"),
                FilterOp::IsEmpty => format!("NOT EXISTS ({value_of})"),
                FilterOp::Equals => {
                    let n = sql.param(first_param, custom.value.clone());
                    format!("EXISTS ({value_of} AND lower(v.value) = lower(?{n}))")
                }
                FilterOp::Contains => {
                    let n = sql.param(first_param, format!("%{}%", crate::like::escape(&custom.value)));
                    format!("EXISTS ({value_of} AND v.value LIKE ?{n} ESCAPE '\\')")
                }
                // Numbers compare as numbers and dates (YYYY-MM-DD) as text; a filter only orders
                // values, it never adds them up, so the float is harmless here.
                FilterOp::AtLeast | FilterOp::AtMost => {
                    let n = sql.param(first_param, custom.value.clone());
                    let cmp = if custom.op == FilterOp::AtLeast { ">=" } else { "<=" };
                    format!(
                        "EXISTS ({value_of} AND CASE WHEN v.value GLOB '[0-9][0-9][0-9][0-9]-*' THEN v.value {cmp} ?{n}
                                                  ELSE CAST(v.value AS REAL) {cmp} CAST(?{n} AS REAL) END)"
                    )
                }
            };
            sql.conditions.push(condition);
        }
        sql
    }

    fn param(&mut self, first: usize, value: String) -> usize {
        self.params.push(Value::Text(value));
        first + self.params.len() - 1
    }

    fn list(&mut self, first: usize, values: impl Iterator<Item = String>) -> String {
        values.map(|v| format!("?{}", self.param(first, v))).collect::<Vec<_>>().join(", ")
    }
}
