-- Tandem schema v11: the catalog quotes are built from.

CREATE TABLE tax_rates (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    percent TEXT NOT NULL DEFAULT '0',
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);

CREATE TABLE products (
    id TEXT PRIMARY KEY,
    sku TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT 'item',
    billing TEXT NOT NULL DEFAULT 'one_time',
    cost TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);
CREATE INDEX products_by_sku ON products (sku COLLATE NOCASE) WHERE deleted = 0;
CREATE INDEX products_by_name ON products (name COLLATE NOCASE) WHERE deleted = 0;

-- A product's price book entries; id = '<product>/<currency>', so one price per currency.
CREATE TABLE product_prices (
    id TEXT PRIMARY KEY,
    product_id TEXT NOT NULL DEFAULT '',
    currency TEXT NOT NULL DEFAULT '',
    unit_price TEXT NOT NULL DEFAULT '0',
    created_at TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);
CREATE INDEX product_prices_by_product ON product_prices (product_id) WHERE deleted = 0;

-- The taxes a product carries; id = '<product>/<tax rate>'.
CREATE TABLE product_tax_rates (
    id TEXT PRIMARY KEY,
    product_id TEXT NOT NULL DEFAULT '',
    tax_rate_id TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);
CREATE INDEX product_tax_rates_by_product ON product_tax_rates (product_id) WHERE deleted = 0;

-- A bundle's parts in order; id = '<bundle>/<part>'.
CREATE TABLE bundle_parts (
    id TEXT PRIMARY KEY,
    bundle_id TEXT NOT NULL DEFAULT '',
    part_id TEXT NOT NULL DEFAULT '',
    quantity TEXT NOT NULL DEFAULT '1',
    position REAL NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);
CREATE INDEX bundle_parts_by_bundle ON bundle_parts (bundle_id, position) WHERE deleted = 0;
