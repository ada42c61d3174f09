-- Tandem schema v2: the CRM core — contact qualification, company details, tags, pipelines,
-- deals with their contacts, activities and stage history.
-- Same rules as v1: synced tables have TEXT ids, defaults everywhere, soft deletes, no foreign keys.

ALTER TABLE contacts ADD COLUMN lifecycle_stage TEXT NOT NULL DEFAULT 'lead';
ALTER TABLE contacts ADD COLUMN lead_status TEXT NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN lead_source TEXT NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN owner_id TEXT;
ALTER TABLE contacts ADD COLUMN do_not_contact INTEGER NOT NULL DEFAULT 0;
ALTER TABLE contacts ADD COLUMN bant_budget TEXT NOT NULL DEFAULT 'unknown';
ALTER TABLE contacts ADD COLUMN bant_budget_note TEXT NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN bant_authority TEXT NOT NULL DEFAULT 'unknown';
ALTER TABLE contacts ADD COLUMN bant_authority_note TEXT NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN bant_need TEXT NOT NULL DEFAULT 'unknown';
ALTER TABLE contacts ADD COLUMN bant_need_note TEXT NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN bant_timeline TEXT NOT NULL DEFAULT 'unknown';
ALTER TABLE contacts ADD COLUMN bant_timeline_note TEXT NOT NULL DEFAULT '';
CREATE INDEX contacts_by_owner ON contacts (owner_id) WHERE deleted = 0;
CREATE INDEX contacts_by_lifecycle ON contacts (lifecycle_stage) WHERE deleted = 0;

ALTER TABLE companies ADD COLUMN size TEXT NOT NULL DEFAULT '';
ALTER TABLE companies ADD COLUMN region TEXT NOT NULL DEFAULT '';
ALTER TABLE companies ADD COLUMN address TEXT NOT NULL DEFAULT '';
ALTER TABLE companies ADD COLUMN owner_id TEXT;
ALTER TABLE companies ADD COLUMN notes TEXT NOT NULL DEFAULT '';
CREATE INDEX companies_by_updated ON companies (updated_at DESC, id DESC) WHERE deleted = 0;

-- A tag on any record: one row per (record, tag), so two devices adding tags both keep theirs.
CREATE TABLE tags (
    id TEXT PRIMARY KEY,
    record_table TEXT NOT NULL DEFAULT '',
    record_id TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);
CREATE INDEX tags_by_record ON tags (record_id) WHERE deleted = 0;
CREATE INDEX tags_by_name ON tags (name COLLATE NOCASE, record_table) WHERE deleted = 0;

CREATE TABLE pipelines (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    position REAL NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);

-- Stages are child rows ordered by a fractional position, so a stage added on each of two
-- devices keeps both. `kind` is open, won or lost; `rot_days` 0 means deals here never rot.
CREATE TABLE pipeline_stages (
    id TEXT PRIMARY KEY,
    pipeline_id TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'open',
    probability INTEGER NOT NULL DEFAULT 0,
    rot_days INTEGER NOT NULL DEFAULT 0,
    position REAL NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);
CREATE INDEX pipeline_stages_by_pipeline ON pipeline_stages (pipeline_id, position) WHERE deleted = 0;

CREATE TABLE deals (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    pipeline_id TEXT NOT NULL DEFAULT '',
    stage_id TEXT NOT NULL DEFAULT '',
    company_id TEXT,
    primary_contact_id TEXT,
    amount TEXT NOT NULL DEFAULT '0',
    currency TEXT NOT NULL DEFAULT 'USD',
    expected_close TEXT NOT NULL DEFAULT '',
    loss_reason TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    owner_id TEXT,
    notes TEXT NOT NULL DEFAULT '',
    stage_entered_at TEXT NOT NULL DEFAULT '',
    closed_at TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);
CREATE INDEX deals_by_stage ON deals (stage_id, updated_at DESC) WHERE deleted = 0;
CREATE INDEX deals_by_company ON deals (company_id) WHERE deleted = 0;
CREATE INDEX deals_by_contact ON deals (primary_contact_id) WHERE deleted = 0;
CREATE INDEX deals_by_close ON deals (expected_close) WHERE deleted = 0;
CREATE INDEX deals_by_updated ON deals (updated_at DESC, id DESC) WHERE deleted = 0;

-- The other people on a deal, each with their role (champion, decision maker, …).
CREATE TABLE deal_contacts (
    id TEXT PRIMARY KEY,
    deal_id TEXT NOT NULL DEFAULT '',
    contact_id TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);
CREATE INDEX deal_contacts_by_deal ON deal_contacts (deal_id) WHERE deleted = 0;
CREATE INDEX deal_contacts_by_contact ON deal_contacts (contact_id) WHERE deleted = 0;

-- Calls, e-mails, meetings and notes; later issues add quote-sent and content-shared kinds.
CREATE TABLE activities (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL DEFAULT 'note',
    subject TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    direction TEXT NOT NULL DEFAULT '',
    occurred_at TEXT NOT NULL DEFAULT '',
    duration_minutes INTEGER NOT NULL DEFAULT 0,
    contact_id TEXT,
    company_id TEXT,
    deal_id TEXT,
    author_id TEXT,
    created_at TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);
CREATE INDEX activities_by_contact ON activities (contact_id, occurred_at) WHERE deleted = 0;
CREATE INDEX activities_by_company ON activities (company_id, occurred_at) WHERE deleted = 0;
CREATE INDEX activities_by_deal ON activities (deal_id, occurred_at) WHERE deleted = 0;

-- Every lifecycle-stage and deal-stage change, with when the record entered and left the stage:
-- what funnel conversion and cycle length are computed from.
CREATE TABLE stage_history (
    id TEXT PRIMARY KEY,
    record_table TEXT NOT NULL DEFAULT '',
    record_id TEXT NOT NULL DEFAULT '',
    stage TEXT NOT NULL DEFAULT '',
    entered_at TEXT NOT NULL DEFAULT '',
    left_at TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);
CREATE INDEX stage_history_by_record ON stage_history (record_id, entered_at);
CREATE INDEX stage_history_by_stage ON stage_history (record_table, stage, entered_at);
