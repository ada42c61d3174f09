//! A quote's lines as child rows: one row per line, its bundle parts and its taxes each their own
//! rows, ordered by a position — so two devices editing different lines both keep their edits.
//! Ids are derived (`<quote>/<line id>`, `<line row>/<part index>`, `<owner row>/<tax name>`):
//! revisions share line ids (their diff matches lines by them) but never rows.

use std::collections::HashMap;

use rusqlite::types::Value;
use rusqlite::Connection;
use tandem_domain::quote::{Billing, BundleLine, BundlePart, Discount, DiscountKind, ItemLine, QuoteLine, Sale, SectionLine, TaxRate};

use crate::child_rows::set_children;
use crate::tables::{QUOTE_LINES, QUOTE_LINE_PARTS, QUOTE_LINE_TAXES};
use crate::{StoreError, Writer};

type Row<'a> = (String, Vec<(&'a str, Value)>);

fn text(value: &str) -> Value {
    Value::Text(value.to_owned())
}

/// Makes the quote's lines exactly `lines`, in that order.
pub fn set_lines(w: &mut Writer, quote_id: &str, lines: &[QuoteLine]) -> Result<(), StoreError> {
    let mut line_rows: Vec<Row> = Vec::with_capacity(lines.len());
    let mut part_rows: Vec<Row> = Vec::new();
    let mut tax_rows: Vec<Row> = Vec::new();
    let add_taxes = |owner: &str, taxes: &[TaxRate], tax_rows: &mut Vec<Row>| {
        for (position, tax) in taxes.iter().enumerate() {
            let fields = vec![
                ("quote_id", text(quote_id)),
                ("owner_id", text(owner)),
                ("position", Value::Real(position as f64)),
                ("name", text(&tax.name)),
                ("rate", text(&tax.rate)),
            ];
            tax_rows.push((format!("{owner}/{}", tax.name), fields));
        }
    };
    for (position, line) in lines.iter().enumerate() {
        let mut fields = vec![("quote_id", text(quote_id)), ("position", Value::Real(position as f64))];
        let line_id = match line {
            QuoteLine::Section(s) => {
                fields.extend([
                    ("kind", text("section")),
                    ("name", text(&s.title)),
                    ("show_subtotal", Value::Integer(s.show_subtotal.into())),
                ]);
                &s.id
            }
            QuoteLine::Item(item) => {
                fields.push(("kind", text("item")));
                fields.extend(sale_fields(&item.sale));
                fields.push(("unit_cost", text(&item.unit_cost)));
                &item.sale.id
            }
            QuoteLine::Bundle(bundle) => {
                fields.push(("kind", text("bundle")));
                fields.extend(sale_fields(&bundle.sale));
                &bundle.sale.id
            }
        };
        let row_id = format!("{quote_id}/{line_id}");
        fields.push(("line_id", text(line_id)));
        match line {
            QuoteLine::Item(item) => add_taxes(&row_id, &item.taxes, &mut tax_rows),
            QuoteLine::Bundle(bundle) => {
                for (index, part) in bundle.parts.iter().enumerate() {
                    let part_id = format!("{row_id}/{index}");
                    let part_fields = vec![
                        ("quote_id", text(quote_id)),
                        ("line_row_id", text(&row_id)),
                        ("position", Value::Real(index as f64)),
                        ("name", text(&part.name)),
                        ("quantity", text(&part.quantity)),
                        ("list_price", text(&part.list_price)),
                        ("unit_cost", text(&part.unit_cost)),
                    ];
                    add_taxes(&part_id, &part.taxes, &mut tax_rows);
                    part_rows.push((part_id, part_fields));
                }
            }
            QuoteLine::Section(_) => {}
        }
        line_rows.push((row_id, fields));
    }
    set_children(w, &QUOTE_LINES, "quote_id", quote_id, line_rows)?;
    set_children(w, &QUOTE_LINE_PARTS, "quote_id", quote_id, part_rows)?;
    set_children(w, &QUOTE_LINE_TAXES, "quote_id", quote_id, tax_rows)
}

fn sale_fields(sale: &Sale) -> Vec<(&'static str, Value)> {
    let (kind, value) = match &sale.discount {
        Some(d) => (d.kind.as_str(), d.value.as_str()),
        None => ("", ""),
    };
    vec![
        ("name", text(&sale.name)),
        ("description", text(&sale.description)),
        ("product_id", text(sale.product_id.as_deref().unwrap_or(""))),
        ("sku", text(&sale.sku)),
        ("unit", text(&sale.unit)),
        ("quantity", text(&sale.quantity)),
        ("unit_price", text(&sale.unit_price)),
        ("discount_kind", text(kind)),
        ("discount_value", text(value)),
        ("billing", text(sale.billing.as_str())),
        ("term_months", Value::Integer(sale.term_months.into())),
        ("optional", Value::Integer(sale.optional.into())),
        ("selected", Value::Integer(sale.selected.into())),
    ]
}

/// The quote's lines in order, with their parts and taxes.
pub fn lines(conn: &Connection, quote_id: &str) -> Result<Vec<QuoteLine>, StoreError> {
    let mut taxes: HashMap<String, Vec<TaxRate>> = HashMap::new();
    let mut stmt = conn.prepare_cached(
        "SELECT owner_id, name, rate FROM quote_line_taxes WHERE quote_id = ?1 AND deleted = 0 ORDER BY owner_id, position",
    )?;
    for row in stmt.query_map([quote_id], |r| Ok((r.get::<_, String>(0)?, TaxRate { name: r.get(1)?, rate: r.get(2)? })))? {
        let (owner, tax) = row?;
        taxes.entry(owner).or_default().push(tax);
    }
    let mut parts: HashMap<String, Vec<BundlePart>> = HashMap::new();
    let mut stmt = conn.prepare_cached(
        "SELECT id, line_row_id, name, quantity, list_price, unit_cost FROM quote_line_parts WHERE quote_id = ?1 AND deleted = 0 ORDER BY line_row_id, position",
    )?;
    for row in
        stmt.query_map([quote_id], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)))?
    {
        let (id, line, name, quantity, list_price, unit_cost) = row?;
        let part = BundlePart { name, quantity, list_price, taxes: taxes.remove(&id).unwrap_or_default(), unit_cost };
        parts.entry(line).or_default().push(part);
    }
    let mut stmt = conn.prepare_cached(
        "SELECT id, line_id, kind, name, description, product_id, sku, unit, quantity, unit_price, discount_kind, discount_value,
                billing, term_months, optional, selected, unit_cost, show_subtotal
         FROM quote_lines WHERE quote_id = ?1 AND deleted = 0 ORDER BY position, id",
    )?;
    let rows = stmt.query_map([quote_id], |r| {
        let row_id: String = r.get(0)?;
        let kind: String = r.get(2)?;
        if kind == "section" {
            return Ok((row_id, QuoteLine::Section(SectionLine { id: r.get(1)?, title: r.get(3)?, show_subtotal: r.get(17)? })));
        }
        let product: String = r.get(5)?;
        let discount_value: String = r.get(11)?;
        let sale = Sale {
            id: r.get(1)?,
            name: r.get(3)?,
            description: r.get(4)?,
            product_id: (!product.is_empty()).then_some(product),
            sku: r.get(6)?,
            unit: r.get(7)?,
            quantity: r.get(8)?,
            unit_price: r.get(9)?,
            discount: DiscountKind::parse(&r.get::<_, String>(10)?).map(|kind| Discount { kind, value: discount_value }),
            billing: Billing::parse(&r.get::<_, String>(12)?).unwrap_or(Billing::OneTime),
            term_months: r.get(13)?,
            optional: r.get(14)?,
            selected: r.get(15)?,
        };
        Ok((
            row_id,
            if kind == "bundle" {
                QuoteLine::Bundle(BundleLine { sale, parts: Vec::new() })
            } else {
                QuoteLine::Item(ItemLine { sale, taxes: Vec::new(), unit_cost: r.get(16)? })
            },
        ))
    })?;
    let mut lines = Vec::new();
    for row in rows {
        let (row_id, mut line) = row?;
        match &mut line {
            QuoteLine::Item(item) => item.taxes = taxes.remove(&row_id).unwrap_or_default(),
            QuoteLine::Bundle(bundle) => bundle.parts = parts.remove(&row_id).unwrap_or_default(),
            QuoteLine::Section(_) => {}
        }
        lines.push(line);
    }
    Ok(lines)
}
