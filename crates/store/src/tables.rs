//! The registry of synced tables: the only tables and columns a change may name.

/// A synced table, what a user calls one of its records, and how to title it in the Trash.
pub struct Table {
    pub name: &'static str,
    pub columns: &'static [&'static str],
    pub kind_label: &'static str,
    /// SQL expression over the table's columns that names a record for a person.
    pub title_sql: &'static str,
    /// Whether a user deletes these rows one by one (and so may find them in the Trash);
    /// child rows such as tags or deal contacts go with their record instead.
    pub in_trash: bool,
}

const RECORD: [&str; 4] = ["created_at", "updated_at", "deleted", "deleted_at"];

pub const CONTACTS: Table = Table {
    name: "contacts",
    columns: &[
        "first_name",
        "last_name",
        "email",
        "phone",
        "title",
        "company_id",
        "country",
        "notes",
        "lifecycle_stage",
        "lead_status",
        "lead_source",
        "owner_id",
        "do_not_contact",
        "bant_budget",
        "bant_budget_note",
        "bant_authority",
        "bant_authority_note",
        "bant_need",
        "bant_need_note",
        "bant_timeline",
        "bant_timeline_note",
        "merged_into",
        "first_campaign_id",
        "last_campaign_id",
    ],
    kind_label: "Contact",
    title_sql: "trim(first_name || ' ' || last_name)",
    in_trash: true,
};
pub const COMPANIES: Table = Table {
    name: "companies",
    columns: &["name", "domain", "industry", "country", "size", "region", "address", "owner_id", "notes"],
    kind_label: "Company",
    title_sql: "name",
    in_trash: true,
};
pub const MEMBERS: Table =
    Table { name: "members", columns: &["name", "email", "role"], kind_label: "Member", title_sql: "name", in_trash: true };
pub const WORKSPACE_SETTINGS: Table = Table {
    name: "workspace_settings",
    columns: &["name", "locale", "time_zone", "base_currency", "fiscal_year_start_month", "workday_start"],
    kind_label: "Workspace settings",
    title_sql: "name",
    in_trash: false,
};
pub const EXCHANGE_RATES: Table = Table {
    name: "exchange_rates",
    columns: &["currency", "rate", "valid_from"],
    kind_label: "Exchange rate",
    title_sql: "currency || ' from ' || valid_from",
    in_trash: true,
};
pub const TAGS: Table =
    Table { name: "tags", columns: &["record_table", "record_id", "name"], kind_label: "Tag", title_sql: "name", in_trash: false };
pub const PIPELINES: Table =
    Table { name: "pipelines", columns: &["name", "position"], kind_label: "Pipeline", title_sql: "name", in_trash: true };
pub const PIPELINE_STAGES: Table = Table {
    name: "pipeline_stages",
    columns: &["pipeline_id", "name", "kind", "probability", "rot_days", "position"],
    kind_label: "Pipeline stage",
    title_sql: "name",
    in_trash: false,
};
pub const DEALS: Table = Table {
    name: "deals",
    columns: &[
        "name",
        "pipeline_id",
        "stage_id",
        "company_id",
        "primary_contact_id",
        "amount",
        "currency",
        "expected_close",
        "loss_reason",
        "source",
        "owner_id",
        "notes",
        "stage_entered_at",
        "closed_at",
        "first_campaign_id",
        "last_campaign_id",
    ],
    kind_label: "Deal",
    title_sql: "name",
    in_trash: true,
};
pub const DEAL_CONTACTS: Table = Table {
    name: "deal_contacts",
    columns: &["deal_id", "contact_id", "role"],
    kind_label: "Deal contact",
    title_sql: "role",
    in_trash: false,
};
pub const ACTIVITIES: Table = Table {
    name: "activities",
    columns: &[
        "kind",
        "subject",
        "body",
        "direction",
        "occurred_at",
        "duration_minutes",
        "contact_id",
        "company_id",
        "deal_id",
        "author_id",
    ],
    kind_label: "Activity",
    title_sql: "CASE WHEN subject = '' THEN kind ELSE subject END",
    in_trash: true,
};
pub const STAGE_HISTORY: Table = Table {
    name: "stage_history",
    columns: &["record_table", "record_id", "stage", "entered_at", "left_at"],
    kind_label: "Stage change",
    title_sql: "stage",
    in_trash: false,
};

pub const CONTACT_POINTS: Table = Table {
    name: "contact_points",
    columns: &["contact_id", "kind", "value", "position"],
    kind_label: "Contact e-mail or phone",
    title_sql: "value",
    in_trash: false,
};

pub const DUPLICATE_DISMISSALS: Table = Table {
    name: "duplicate_dismissals",
    columns: &["contact_a", "contact_b"],
    kind_label: "Not-a-duplicate mark",
    title_sql: "contact_a",
    in_trash: false,
};

pub const CUSTOM_FIELDS: Table = Table {
    name: "custom_fields",
    columns: &["record_table", "label", "kind", "position"],
    kind_label: "Custom field",
    title_sql: "label",
    in_trash: true,
};
pub const CUSTOM_FIELD_OPTIONS: Table = Table {
    name: "custom_field_options",
    columns: &["field_id", "label", "position"],
    kind_label: "Custom field choice",
    title_sql: "label",
    in_trash: false,
};
pub const CUSTOM_VALUES: Table = Table {
    name: "custom_values",
    columns: &["record_id", "field_id", "value"],
    kind_label: "Custom field value",
    title_sql: "value",
    in_trash: false,
};
pub const SAVED_VIEWS: Table = Table {
    name: "saved_views",
    columns: &["record_table", "name", "definition", "position"],
    kind_label: "Saved view",
    title_sql: "name",
    in_trash: true,
};

pub const IMPORTS: Table = Table {
    name: "imports",
    columns: &["file_name", "txn_hlc", "txn_device", "created_count", "updated_count", "skipped_count", "undone_at"],
    kind_label: "Import",
    title_sql: "file_name",
    in_trash: false,
};

pub const TASKS: Table = Table {
    name: "tasks",
    columns: &[
        "title",
        "notes",
        "kind",
        "priority",
        "status",
        "due_date",
        "due_time",
        "time_zone",
        "due_at",
        "owner_id",
        "series_id",
        "occurrence",
        "snoozed_until",
        "armed_at",
        "completed_at",
        "enrollment_id",
        "private",
    ],
    kind_label: "Task",
    title_sql: "title",
    in_trash: true,
};
pub const TASK_SERIES: Table = Table {
    name: "task_series",
    columns: &["title", "notes", "kind", "priority", "due_time", "time_zone", "recurrence", "starts", "owner_id", "private"],
    kind_label: "Repeating task",
    title_sql: "title",
    in_trash: false,
};
pub const TASK_LINKS: Table = Table {
    name: "task_links",
    columns: &["task_id", "record_table", "record_id"],
    kind_label: "Task link",
    title_sql: "record_table",
    in_trash: false,
};
pub const TASK_REMINDERS: Table = Table {
    name: "task_reminders",
    columns: &["task_id", "kind", "minutes_before", "at", "fire_at"],
    kind_label: "Reminder",
    title_sql: "fire_at",
    in_trash: false,
};
pub const REMINDER_DELIVERIES: Table = Table {
    name: "reminder_deliveries",
    columns: &["reminder_id", "task_id", "due_at", "fired_at", "missed", "acknowledged_at"],
    kind_label: "Reminder delivered",
    title_sql: "due_at",
    in_trash: false,
};
pub const NUDGE_RULES: Table =
    Table { name: "nudge_rules", columns: &["enabled", "days"], kind_label: "Nudge rule", title_sql: "id", in_trash: false };
pub const NUDGES: Table = Table {
    name: "nudges",
    columns: &["rule", "record_table", "record_id", "since", "status", "task_id"],
    kind_label: "Nudge",
    title_sql: "rule",
    in_trash: false,
};
pub const SEQUENCES: Table = Table { name: "sequences", columns: &["name"], kind_label: "Sequence", title_sql: "name", in_trash: true };
pub const SEQUENCE_STEPS: Table = Table {
    name: "sequence_steps",
    columns: &["sequence_id", "position", "day_offset", "kind", "title"],
    kind_label: "Sequence step",
    title_sql: "title",
    in_trash: false,
};
pub const SEQUENCE_ENROLLMENTS: Table = Table {
    name: "sequence_enrollments",
    columns: &["sequence_id", "contact_id", "started_on", "status", "ended_at", "end_reason"],
    kind_label: "Sequence enrollment",
    title_sql: "status",
    in_trash: false,
};

pub const CONTENT_ITEMS: Table = Table {
    name: "content_items",
    columns: &["form", "title", "description", "kind", "stage", "language", "owner_id", "status", "review_by", "expires_on", "url", "body"],
    kind_label: "Library item",
    title_sql: "title",
    in_trash: true,
};
pub const CONTENT_VERSIONS: Table = Table {
    name: "content_versions",
    columns: &["item_id", "number", "blob_hash", "file_name", "mime", "size", "note", "author_id"],
    kind_label: "Library file version",
    title_sql: "file_name",
    in_trash: false,
};
pub const CONTENT_TERMS: Table = Table {
    name: "content_terms",
    columns: &["item_id", "facet", "value"],
    kind_label: "Library description",
    title_sql: "value",
    in_trash: false,
};
pub const CONTENT_COLLECTIONS: Table =
    Table { name: "content_collections", columns: &["name", "description"], kind_label: "Collection", title_sql: "name", in_trash: true };
pub const CONTENT_COLLECTION_ITEMS: Table = Table {
    name: "content_collection_items",
    columns: &["collection_id", "item_id", "position"],
    kind_label: "Collection item",
    title_sql: "item_id",
    in_trash: false,
};
pub const CONTENT_USES: Table = Table {
    name: "content_uses",
    columns: &["item_id", "version_id", "kind", "contact_id", "deal_id", "note", "author_id", "used_at"],
    kind_label: "Content use",
    title_sql: "kind",
    in_trash: false,
};
pub const CONTENT_FEEDBACK: Table = Table {
    name: "content_feedback",
    columns: &["item_id", "rating", "comment", "author_id", "status"],
    kind_label: "Content feedback",
    title_sql: "comment",
    in_trash: false,
};
pub const CONTENT_REQUESTS: Table = Table {
    name: "content_requests",
    columns: &["title", "details", "kind", "stage", "requested_by", "status", "item_id", "response"],
    kind_label: "Content request",
    title_sql: "title",
    in_trash: true,
};

pub const TAX_RATES: Table =
    Table { name: "tax_rates", columns: &["name", "percent", "active"], kind_label: "Tax rate", title_sql: "name", in_trash: true };
pub const PRODUCTS: Table = Table {
    name: "products",
    columns: &["sku", "name", "description", "unit", "billing", "cost", "active", "max_discount"],
    kind_label: "Product",
    title_sql: "name",
    in_trash: true,
};
pub const PRODUCT_PRICES: Table = Table {
    name: "product_prices",
    columns: &["product_id", "currency", "unit_price"],
    kind_label: "Product price",
    title_sql: "currency",
    in_trash: false,
};
pub const PRODUCT_TAX_RATES: Table = Table {
    name: "product_tax_rates",
    columns: &["product_id", "tax_rate_id"],
    kind_label: "Product tax",
    title_sql: "tax_rate_id",
    in_trash: false,
};
pub const BUNDLE_PARTS: Table = Table {
    name: "bundle_parts",
    columns: &["bundle_id", "part_id", "quantity", "position"],
    kind_label: "Bundle part",
    title_sql: "part_id",
    in_trash: false,
};
pub const QUOTES: Table = Table {
    name: "quotes",
    columns: &[
        "deal_id",
        "series_id",
        "revision",
        "superseded_by",
        "title",
        "owner_id",
        "contact_id",
        "currency",
        "prices",
        "rounding",
        "method",
        "document_discount_kind",
        "document_discount_value",
        "valid_until",
        "terms",
        "status",
        "number",
        "approval",
        "approval_requested_by",
        "approval_requested_at",
        "approval_decided_by",
        "approval_decided_at",
        "approval_comment",
        "approved_lines",
        "sent_at",
        "sent_by",
        "sent_pdf_hash",
        "sent_pdf_sha256",
        "accepted_at",
        "signer_name",
        "signer_title",
        "signed_on",
        "signature_hash",
        "final_pdf_hash",
        "declined_at",
        "declined_reason",
    ],
    kind_label: "Quote",
    title_sql: "title",
    in_trash: true,
};
pub const QUOTE_LINES: Table = Table {
    name: "quote_lines",
    columns: &[
        "quote_id",
        "line_id",
        "position",
        "kind",
        "name",
        "description",
        "product_id",
        "sku",
        "unit",
        "quantity",
        "unit_price",
        "discount_kind",
        "discount_value",
        "billing",
        "term_months",
        "optional",
        "selected",
        "unit_cost",
        "show_subtotal",
    ],
    kind_label: "Quote line",
    title_sql: "name",
    in_trash: false,
};
pub const QUOTE_LINE_PARTS: Table = Table {
    name: "quote_line_parts",
    columns: &["quote_id", "line_row_id", "position", "name", "quantity", "list_price", "unit_cost"],
    kind_label: "Quote line part",
    title_sql: "name",
    in_trash: false,
};
pub const QUOTE_LINE_TAXES: Table = Table {
    name: "quote_line_taxes",
    columns: &["quote_id", "owner_id", "position", "name", "rate"],
    kind_label: "Quote line tax",
    title_sql: "name",
    in_trash: false,
};
pub const PROPOSAL_SECTIONS: Table = Table {
    name: "proposal_sections",
    columns: &["quote_id", "position", "kind", "title", "body", "content_item_id", "content_version_id"],
    kind_label: "Proposal section",
    title_sql: "title",
    in_trash: false,
};
pub const QUOTE_SETTINGS: Table = Table {
    name: "quote_settings",
    columns: &[
        "prices",
        "rounding",
        "method",
        "validity_days",
        "approval_discount",
        "brand_name",
        "brand_primary",
        "brand_accent",
        "brand_font",
        "brand_logo_hash",
        "brand_logo_format",
    ],
    kind_label: "Quote settings",
    title_sql: "id",
    in_trash: false,
};

pub const TEAM_DEVICES: Table = Table {
    name: "team_devices",
    columns: &["user_id", "display_name", "email", "device_name"],
    kind_label: "Device",
    title_sql: "device_name",
    in_trash: false,
};

pub const CAMPAIGNS: Table = Table {
    name: "campaigns",
    columns: &[
        "name",
        "channel",
        "starts_on",
        "ends_on",
        "budget",
        "actual_cost",
        "currency",
        "goal",
        "owner_id",
        "utm_source",
        "utm_medium",
        "utm_campaign",
        "utm_term",
        "utm_content",
        "notes",
    ],
    kind_label: "Campaign",
    title_sql: "name",
    in_trash: true,
};
pub const SCORING_RULES: Table = Table {
    name: "scoring_rules",
    columns: &["kind", "criterion", "value", "points", "within_days", "cap", "label", "position", "enabled"],
    kind_label: "Scoring rule",
    title_sql: "label",
    in_trash: false,
};
pub const SCORING_SETTINGS: Table = Table {
    name: "scoring_settings",
    columns: &["mql_threshold", "sql_threshold", "move_lifecycle", "create_task"],
    kind_label: "Lead scoring settings",
    title_sql: "id",
    in_trash: false,
};
pub const SALES_TEAMS: Table =
    Table { name: "sales_teams", columns: &["name"], kind_label: "Sales team", title_sql: "name", in_trash: false };
pub const SALES_TEAM_MEMBERS: Table = Table {
    name: "sales_team_members",
    columns: &["team_id", "member_id"],
    kind_label: "Sales team member",
    title_sql: "id",
    in_trash: false,
};
pub const QUOTAS: Table = Table {
    name: "quotas",
    columns: &["owner_id", "starts_on", "ends_on", "amount"],
    kind_label: "Quota",
    title_sql: "starts_on || ' – ' || ends_on",
    in_trash: false,
};

pub const SYNCED: &[&Table] = &[
    &CONTACTS,
    &COMPANIES,
    &MEMBERS,
    &WORKSPACE_SETTINGS,
    &EXCHANGE_RATES,
    &TAGS,
    &PIPELINES,
    &PIPELINE_STAGES,
    &DEALS,
    &DEAL_CONTACTS,
    &ACTIVITIES,
    &STAGE_HISTORY,
    &CONTACT_POINTS,
    &DUPLICATE_DISMISSALS,
    &CUSTOM_FIELDS,
    &CUSTOM_FIELD_OPTIONS,
    &CUSTOM_VALUES,
    &SAVED_VIEWS,
    &IMPORTS,
    &TASKS,
    &TASK_SERIES,
    &TASK_LINKS,
    &TASK_REMINDERS,
    &REMINDER_DELIVERIES,
    &NUDGE_RULES,
    &NUDGES,
    &SEQUENCES,
    &SEQUENCE_STEPS,
    &SEQUENCE_ENROLLMENTS,
    &CONTENT_ITEMS,
    &CONTENT_VERSIONS,
    &CONTENT_TERMS,
    &CONTENT_COLLECTIONS,
    &CONTENT_COLLECTION_ITEMS,
    &CONTENT_USES,
    &CONTENT_FEEDBACK,
    &CONTENT_REQUESTS,
    &TAX_RATES,
    &PRODUCTS,
    &PRODUCT_PRICES,
    &PRODUCT_TAX_RATES,
    &BUNDLE_PARTS,
    &QUOTES,
    &QUOTE_LINES,
    &QUOTE_LINE_PARTS,
    &QUOTE_LINE_TAXES,
    &PROPOSAL_SECTIONS,
    &QUOTE_SETTINGS,
    &TEAM_DEVICES,
    &CAMPAIGNS,
    &SCORING_RULES,
    &SCORING_SETTINGS,
    &SALES_TEAMS,
    &SALES_TEAM_MEMBERS,
    &QUOTAS,
];

pub fn find(name: &str) -> Option<&'static Table> {
    SYNCED.iter().copied().find(|t| t.name == name)
}

impl Table {
    pub fn has_column(&self, column: &str) -> bool {
        self.columns.contains(&column) || RECORD.contains(&column)
    }
}
