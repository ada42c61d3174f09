-- Tandem schema v14: marketing meets sales. Campaigns and the touches that attribute leads and
-- deals to them, the lead-scoring rules both teams agree on, sales teams and quotas. Lead scores
-- themselves are derived on each device and never synced (lead_scores is local).

CREATE TABLE campaigns (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    channel TEXT NOT NULL DEFAULT '',
    starts_on TEXT NOT NULL DEFAULT '',
    ends_on TEXT NOT NULL DEFAULT '',
    budget TEXT NOT NULL DEFAULT '',
    actual_cost TEXT NOT NULL DEFAULT '',
    currency TEXT NOT NULL DEFAULT '',
    goal TEXT NOT NULL DEFAULT '',
    owner_id TEXT NOT NULL DEFAULT '',
    utm_source TEXT NOT NULL DEFAULT '',
    utm_medium TEXT NOT NULL DEFAULT '',
    utm_campaign TEXT NOT NULL DEFAULT '',
    utm_term TEXT NOT NULL DEFAULT '',
    utm_content TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);

-- First touch: the campaign that brought the lead in; last touch: the latest one it answered.
ALTER TABLE contacts ADD COLUMN first_campaign_id TEXT NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN last_campaign_id TEXT NOT NULL DEFAULT '';
ALTER TABLE deals ADD COLUMN first_campaign_id TEXT NOT NULL DEFAULT '';
ALTER TABLE deals ADD COLUMN last_campaign_id TEXT NOT NULL DEFAULT '';
CREATE INDEX contacts_by_first_campaign ON contacts (first_campaign_id) WHERE first_campaign_id <> '';
CREATE INDEX contacts_by_last_campaign ON contacts (last_campaign_id) WHERE last_campaign_id <> '';
CREATE INDEX deals_by_first_campaign ON deals (first_campaign_id) WHERE first_campaign_id <> '';
CREATE INDEX deals_by_last_campaign ON deals (last_campaign_id) WHERE last_campaign_id <> '';

-- One lead-scoring rule: `criterion` names what it tests (domain::lead_score::Criterion),
-- `value` its argument; engagement rules count within `within_days` and stop at `cap` points.
CREATE TABLE scoring_rules (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL DEFAULT '',
    criterion TEXT NOT NULL DEFAULT '',
    value TEXT NOT NULL DEFAULT '',
    points INTEGER NOT NULL DEFAULT 0,
    within_days INTEGER NOT NULL DEFAULT 0,
    cap INTEGER NOT NULL DEFAULT 0,
    label TEXT NOT NULL DEFAULT '',
    position TEXT NOT NULL DEFAULT '',
    enabled INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);

-- The thresholds that define marketing- and sales-qualified, and what crossing one does.
-- One row (id 'lead-scoring').
CREATE TABLE scoring_settings (
    id TEXT PRIMARY KEY,
    mql_threshold INTEGER NOT NULL DEFAULT 40,
    sql_threshold INTEGER NOT NULL DEFAULT 70,
    move_lifecycle INTEGER NOT NULL DEFAULT 0,
    create_task INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);

-- Derived on each device from the rules and the contact's facts; not synced.
CREATE TABLE lead_scores (
    contact_id TEXT PRIMARY KEY,
    score INTEGER NOT NULL,
    fit INTEGER NOT NULL,
    engagement INTEGER NOT NULL,
    reasons TEXT NOT NULL,
    qualification TEXT NOT NULL,
    computed_at TEXT NOT NULL
);
CREATE INDEX lead_scores_by_score ON lead_scores (score);

-- Teams of members (the dashboard's team filter) and quotas per owner per period.
CREATE TABLE sales_teams (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);
CREATE TABLE sales_team_members (
    id TEXT PRIMARY KEY,
    team_id TEXT NOT NULL DEFAULT '',
    member_id TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);
CREATE INDEX sales_team_members_by_team ON sales_team_members (team_id);
CREATE TABLE quotas (
    id TEXT PRIMARY KEY,
    owner_id TEXT NOT NULL DEFAULT '',
    starts_on TEXT NOT NULL DEFAULT '',
    ends_on TEXT NOT NULL DEFAULT '',
    amount TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);
CREATE INDEX quotas_by_owner ON quotas (owner_id, starts_on);

-- What the dashboard reads by period.
CREATE INDEX deals_by_closed ON deals (closed_at) WHERE deleted = 0;
