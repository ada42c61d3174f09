//! The registry of synced tables: the only tables and columns a change may name.

/// A synced table, what a user calls one of its records, and how to title it in the Trash.
pub struct Table {
    pub name: &'static str,
    pub columns: &'static [&'static str],
    pub kind_label: &'static str,
    /// SQL expression over the table's columns that names a record for a person.
    pub title_sql: &'static str,
}

const RECORD: [&str; 4] = ["created_at", "updated_at", "deleted", "deleted_at"];

pub const CONTACTS: Table = Table {
    name: "contacts",
    columns: &["first_name", "last_name", "email", "phone", "title", "company_id", "country", "notes"],
    kind_label: "Contact",
    title_sql: "trim(first_name || ' ' || last_name)",
};
pub const COMPANIES: Table =
    Table { name: "companies", columns: &["name", "domain", "industry", "country"], kind_label: "Company", title_sql: "name" };
pub const MEMBERS: Table = Table { name: "members", columns: &["name", "email", "role"], kind_label: "Member", title_sql: "name" };
pub const WORKSPACE_SETTINGS: Table = Table {
    name: "workspace_settings",
    columns: &["name", "locale", "time_zone", "base_currency", "fiscal_year_start_month", "workday_start"],
    kind_label: "Workspace settings",
    title_sql: "name",
};
pub const EXCHANGE_RATES: Table = Table {
    name: "exchange_rates",
    columns: &["currency", "rate", "valid_from"],
    kind_label: "Exchange rate",
    title_sql: "currency || ' from ' || valid_from",
};

pub const SYNCED: &[&Table] = &[&CONTACTS, &COMPANIES, &MEMBERS, &WORKSPACE_SETTINGS, &EXCHANGE_RATES];

pub fn find(name: &str) -> Option<&'static Table> {
    SYNCED.iter().copied().find(|t| t.name == name)
}

impl Table {
    pub fn has_column(&self, column: &str) -> bool {
        self.columns.contains(&column) || RECORD.contains(&column)
    }
}
