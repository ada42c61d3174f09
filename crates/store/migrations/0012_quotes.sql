-- Tandem schema v12: quotes, their proposals and the workspace's quote rules and brand.

ALTER TABLE products ADD COLUMN max_discount TEXT NOT NULL DEFAULT '';

-- One row per revision; its lines, their bundle parts and taxes are child rows below.
CREATE TABLE quotes (
    id TEXT PRIMARY KEY,
    deal_id TEXT NOT NULL DEFAULT '',
    -- The first revision's id; every revision of a quote shares it.
    series_id TEXT NOT NULL DEFAULT '',
    revision INTEGER NOT NULL DEFAULT 1,
    -- The id of the next revision once one is made; a superseded revision is read-only.
    superseded_by TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    owner_id TEXT NOT NULL DEFAULT '',
    contact_id TEXT NOT NULL DEFAULT '',
    currency TEXT NOT NULL DEFAULT 'EUR',
    prices TEXT NOT NULL DEFAULT 'tax_excluded',
    rounding TEXT NOT NULL DEFAULT 'per_line',
    method TEXT NOT NULL DEFAULT 'half_up',
    document_discount_kind TEXT NOT NULL DEFAULT '',
    document_discount_value TEXT NOT NULL DEFAULT '',
    valid_until TEXT NOT NULL DEFAULT '',
    terms TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'draft',
    -- Final once sent or accepted: Q-<device code>-<sequence>, shared by every revision.
    number TEXT NOT NULL DEFAULT '',
    approval TEXT NOT NULL DEFAULT '',
    approval_requested_by TEXT NOT NULL DEFAULT '',
    approval_requested_at TEXT NOT NULL DEFAULT '',
    approval_decided_by TEXT NOT NULL DEFAULT '',
    approval_decided_at TEXT NOT NULL DEFAULT '',
    approval_comment TEXT NOT NULL DEFAULT '',
    -- The lines (and document discount) exactly as approved.
    approved_lines TEXT NOT NULL DEFAULT '',
    sent_at TEXT NOT NULL DEFAULT '',
    sent_by TEXT NOT NULL DEFAULT '',
    -- The proposal PDF as sent (content store hash) and its SHA-256, printed on the acceptance.
    sent_pdf_hash TEXT NOT NULL DEFAULT '',
    sent_pdf_sha256 TEXT NOT NULL DEFAULT '',
    accepted_at TEXT NOT NULL DEFAULT '',
    signer_name TEXT NOT NULL DEFAULT '',
    signer_title TEXT NOT NULL DEFAULT '',
    signed_on TEXT NOT NULL DEFAULT '',
    signature_hash TEXT NOT NULL DEFAULT '',
    final_pdf_hash TEXT NOT NULL DEFAULT '',
    declined_at TEXT NOT NULL DEFAULT '',
    declined_reason TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);
CREATE INDEX quotes_by_deal ON quotes (deal_id, series_id, revision) WHERE deleted = 0;
CREATE INDEX quotes_by_number ON quotes (number) WHERE number <> '';

-- A quote revision's lines in order; id = '<quote>/<line id>' (revisions share line ids, so
-- their diff matches lines, but never rows). kind: section, item or bundle.
CREATE TABLE quote_lines (
    id TEXT PRIMARY KEY,
    quote_id TEXT NOT NULL DEFAULT '',
    line_id TEXT NOT NULL DEFAULT '',
    position REAL NOT NULL DEFAULT 0,
    kind TEXT NOT NULL DEFAULT 'item',
    name TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    product_id TEXT NOT NULL DEFAULT '',
    sku TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT '',
    quantity TEXT NOT NULL DEFAULT '1',
    unit_price TEXT NOT NULL DEFAULT '0',
    discount_kind TEXT NOT NULL DEFAULT '',
    discount_value TEXT NOT NULL DEFAULT '',
    billing TEXT NOT NULL DEFAULT 'one_time',
    term_months INTEGER NOT NULL DEFAULT 0,
    optional INTEGER NOT NULL DEFAULT 0,
    selected INTEGER NOT NULL DEFAULT 0,
    unit_cost TEXT NOT NULL DEFAULT '',
    show_subtotal INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);
CREATE INDEX quote_lines_by_quote ON quote_lines (quote_id, position) WHERE deleted = 0;

-- A bundle line's parts; id = '<line row>/<index>'.
CREATE TABLE quote_line_parts (
    id TEXT PRIMARY KEY,
    quote_id TEXT NOT NULL DEFAULT '',
    line_row_id TEXT NOT NULL DEFAULT '',
    position REAL NOT NULL DEFAULT 0,
    name TEXT NOT NULL DEFAULT '',
    quantity TEXT NOT NULL DEFAULT '1',
    list_price TEXT NOT NULL DEFAULT '0',
    unit_cost TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);
CREATE INDEX quote_line_parts_by_quote ON quote_line_parts (quote_id) WHERE deleted = 0;

-- The taxes of a line or of a bundle's part (its owner); id = '<owner row>/<tax name>'.
CREATE TABLE quote_line_taxes (
    id TEXT PRIMARY KEY,
    quote_id TEXT NOT NULL DEFAULT '',
    owner_id TEXT NOT NULL DEFAULT '',
    position REAL NOT NULL DEFAULT 0,
    name TEXT NOT NULL DEFAULT '',
    rate TEXT NOT NULL DEFAULT '0',
    created_at TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);
CREATE INDEX quote_line_taxes_by_quote ON quote_line_taxes (quote_id) WHERE deleted = 0;

-- A proposal's sections, in order, for one quote revision.
CREATE TABLE proposal_sections (
    id TEXT PRIMARY KEY,
    quote_id TEXT NOT NULL DEFAULT '',
    position REAL NOT NULL DEFAULT 0,
    kind TEXT NOT NULL DEFAULT 'text',
    title TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    content_item_id TEXT NOT NULL DEFAULT '',
    content_version_id TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);
CREATE INDEX proposal_sections_by_quote ON proposal_sections (quote_id, position) WHERE deleted = 0;

-- The workspace's quote rules and brand: one row, id 'workspace'.
CREATE TABLE quote_settings (
    id TEXT PRIMARY KEY,
    prices TEXT NOT NULL DEFAULT 'tax_excluded',
    rounding TEXT NOT NULL DEFAULT 'per_line',
    method TEXT NOT NULL DEFAULT 'half_up',
    validity_days INTEGER NOT NULL DEFAULT 30,
    approval_discount TEXT NOT NULL DEFAULT '15',
    brand_name TEXT NOT NULL DEFAULT '',
    brand_primary TEXT NOT NULL DEFAULT '#1F4E79',
    brand_accent TEXT NOT NULL DEFAULT '#E07A2E',
    brand_font TEXT NOT NULL DEFAULT 'sans',
    brand_logo_hash TEXT NOT NULL DEFAULT '',
    brand_logo_format TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);
