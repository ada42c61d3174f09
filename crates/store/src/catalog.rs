//! The catalog: tax rates, products with their price per currency, taxes and bundle parts.

use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension};
use tandem_domain::catalog::{Price, Product, ProductInput, ProductPart, ProductUnit, WorkspaceTaxRate, WorkspaceTaxRateInput};
use tandem_domain::quote::Billing;

use crate::child_rows::set_children;
use crate::tables::{BUNDLE_PARTS, PRODUCTS, PRODUCT_PRICES, PRODUCT_TAX_RATES, TAX_RATES};
use crate::{StoreError, Writer};

fn text(value: &str) -> Value {
    Value::Text(value.to_owned())
}

pub fn save_tax_rate(w: &mut Writer, id: Option<&str>, input: &WorkspaceTaxRateInput) -> Result<String, StoreError> {
    w.save(
        &TAX_RATES,
        id,
        &[("name", text(&input.name)), ("percent", text(&input.percent)), ("active", Value::Integer(input.active.into()))],
    )
}

/// Live tax rates, active first, by name.
pub fn tax_rates(conn: &Connection) -> Result<Vec<WorkspaceTaxRate>, StoreError> {
    let mut stmt =
        conn.prepare_cached("SELECT id, name, percent, active FROM tax_rates WHERE deleted = 0 ORDER BY active DESC, name COLLATE NOCASE")?;
    let rows = stmt.query_map([], |r| Ok(WorkspaceTaxRate { id: r.get(0)?, name: r.get(1)?, percent: r.get(2)?, active: r.get(3)? }))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// The live product with this SKU (any case), if any.
pub fn find_by_sku(conn: &Connection, sku: &str) -> Result<Option<String>, StoreError> {
    Ok(conn
        .query_row("SELECT id FROM products WHERE sku = ?1 COLLATE NOCASE AND deleted = 0 ORDER BY created_at LIMIT 1", [sku], |r| r.get(0))
        .optional()?)
}

/// Names of the live bundles holding `product_id` as a part.
pub fn bundles_containing(conn: &Connection, product_id: &str) -> Result<Vec<String>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT p.name FROM bundle_parts b JOIN products p ON p.id = b.bundle_id AND p.deleted = 0
         WHERE b.part_id = ?1 AND b.deleted = 0 ORDER BY p.name COLLATE NOCASE",
    )?;
    let rows = stmt.query_map([product_id], |r| r.get(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Saves a validated product (new when `id` is None) with exactly its prices, taxes and parts.
/// Child rows have derived ids, so the same price or part set on two devices is one row.
pub fn save_product(w: &mut Writer, id: Option<&str>, input: &ProductInput) -> Result<String, StoreError> {
    if let Some(other) = find_by_sku(w.conn(), &input.sku)?.filter(|other| Some(other.as_str()) != id) {
        let name: String = w.conn().query_row("SELECT name FROM products WHERE id = ?1", [&other], |r| r.get(0))?;
        return Err(StoreError::Refused(format!("SKU {} is already used by “{name}”.", input.sku)));
    }
    let id = w.save(
        &PRODUCTS,
        id,
        &[
            ("sku", text(&input.sku)),
            ("name", text(&input.name)),
            ("description", text(&input.description)),
            ("unit", text(input.unit.as_str())),
            ("billing", text(input.billing.as_str())),
            ("cost", text(&input.cost)),
            ("max_discount", text(&input.max_discount)),
            ("active", Value::Integer(input.active.into())),
        ],
    )?;
    let prices: Vec<(String, Vec<(&str, Value)>)> = input
        .prices
        .iter()
        .map(|p| {
            let fields = vec![("product_id", text(&id)), ("currency", text(&p.currency)), ("unit_price", text(&p.unit_price))];
            (format!("{id}/{}", p.currency), fields)
        })
        .collect();
    set_children(w, &PRODUCT_PRICES, "product_id", &id, prices)?;
    let taxes = input
        .tax_rate_ids
        .iter()
        .map(|rate| (format!("{id}/{rate}"), vec![("product_id", text(&id)), ("tax_rate_id", text(rate))]))
        .collect();
    set_children(w, &PRODUCT_TAX_RATES, "product_id", &id, taxes)?;
    if input.parts.iter().any(|p| p.product_id == id) {
        return Err(StoreError::Refused("A bundle can't contain itself.".into()));
    }
    let parts = input
        .parts
        .iter()
        .enumerate()
        .map(|(position, part)| {
            let fields = vec![
                ("bundle_id", text(&id)),
                ("part_id", text(&part.product_id)),
                ("quantity", text(&part.quantity)),
                ("position", Value::Real(position as f64)),
            ];
            (format!("{id}/{}", part.product_id), fields)
        })
        .collect();
    set_children(w, &BUNDLE_PARTS, "bundle_id", &id, parts)?;
    Ok(id)
}

const PRODUCT_SQL: &str = "SELECT id, sku, name, description, unit, billing, cost, active, max_discount FROM products";

fn product_from_row(r: &rusqlite::Row) -> rusqlite::Result<Product> {
    Ok(Product {
        id: r.get(0)?,
        sku: r.get(1)?,
        name: r.get(2)?,
        description: r.get(3)?,
        unit: ProductUnit::parse(&r.get::<_, String>(4)?).unwrap_or(ProductUnit::Item),
        billing: Billing::parse(&r.get::<_, String>(5)?).unwrap_or(Billing::OneTime),
        tax_rates: Vec::new(),
        cost: r.get(6)?,
        max_discount: r.get(8)?,
        active: r.get(7)?,
        prices: Vec::new(),
        parts: Vec::new(),
    })
}

pub fn get_product(conn: &Connection, id: &str) -> Result<Product, StoreError> {
    let product = conn.query_row(&format!("{PRODUCT_SQL} WHERE id = ?1 AND deleted = 0"), [id], product_from_row).optional()?;
    let mut product = product.ok_or_else(|| StoreError::NotFound { what: "Product".into() })?;
    fill(conn, &mut product)?;
    Ok(product)
}

/// Live products whose SKU or name contains `search` (all when empty), active first, by name.
pub fn products(conn: &Connection, search: &str, limit: u32) -> Result<Vec<Product>, StoreError> {
    let pattern = format!("%{}%", crate::like::escape(search.trim()));
    let mut stmt = conn.prepare_cached(&format!(
        "{PRODUCT_SQL} WHERE deleted = 0 AND (sku LIKE ?1 ESCAPE '\\' OR name LIKE ?1 ESCAPE '\\')
         ORDER BY active DESC, name COLLATE NOCASE, sku LIMIT ?2"
    ))?;
    let rows = stmt.query_map(rusqlite::params![pattern, limit], product_from_row)?;
    let mut products: Vec<Product> = rows.collect::<Result<_, _>>()?;
    for product in &mut products {
        fill(conn, product)?;
    }
    Ok(products)
}

/// Adds a product's prices, taxes and parts.
fn fill(conn: &Connection, product: &mut Product) -> Result<(), StoreError> {
    let mut prices =
        conn.prepare_cached("SELECT currency, unit_price FROM product_prices WHERE product_id = ?1 AND deleted = 0 ORDER BY currency")?;
    product.prices =
        prices.query_map([&product.id], |r| Ok(Price { currency: r.get(0)?, unit_price: r.get(1)? }))?.collect::<Result<_, _>>()?;
    let mut taxes = conn.prepare_cached(
        "SELECT t.id, t.name, t.percent, t.active FROM product_tax_rates p JOIN tax_rates t ON t.id = p.tax_rate_id AND t.deleted = 0
         WHERE p.product_id = ?1 AND p.deleted = 0 ORDER BY t.name COLLATE NOCASE",
    )?;
    product.tax_rates = taxes
        .query_map([&product.id], |r| Ok(WorkspaceTaxRate { id: r.get(0)?, name: r.get(1)?, percent: r.get(2)?, active: r.get(3)? }))?
        .collect::<Result<_, _>>()?;
    let mut parts = conn.prepare_cached(
        "SELECT b.part_id, p.sku, p.name, b.quantity FROM bundle_parts b JOIN products p ON p.id = b.part_id AND p.deleted = 0
         WHERE b.bundle_id = ?1 AND b.deleted = 0 ORDER BY b.position",
    )?;
    product.parts = parts
        .query_map([&product.id], |r| Ok(ProductPart { product_id: r.get(0)?, sku: r.get(1)?, name: r.get(2)?, quantity: r.get(3)? }))?
        .collect::<Result<_, _>>()?;
    Ok(())
}

/// Each product's own line-discount limit (product id → percent), for the approval check.
pub fn discount_limits(conn: &Connection) -> Result<std::collections::HashMap<String, String>, StoreError> {
    let mut stmt = conn.prepare_cached("SELECT id, max_discount FROM products WHERE deleted = 0 AND max_discount <> ''")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<Result<_, _>>()?)
}
