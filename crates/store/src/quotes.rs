//! Quotes (one row per revision, lines as one JSON document), their proposal sections, the
//! workspace's quote settings and the per-device number series.

use rusqlite::types::Value;
use rusqlite::{params, Connection, OptionalExtension};
use tandem_domain::proposal::{ProposalSection, SectionKind};
use tandem_domain::quote::{device_code, Discount, DiscountKind, PriceMode, QuoteDraft, QuoteNumber, RoundingMethod, RoundingMode};
use tandem_domain::quote_flow::{Approval, QuoteRules, QuoteStatus};
use tandem_domain::quote_record::{Brand, BrandFont, Quote, QuoteSettings};

use crate::child_rows::set_children;
use crate::tables::{PROPOSAL_SECTIONS, QUOTES, QUOTE_SETTINGS};
use crate::{local_state, StoreError, Writer};

/// The one row of quote settings.
const SETTINGS_ID: &str = "workspace";
/// This device's number series: its code (kept once chosen) and the last sequence handed out.
const DEVICE_CODE_KEY: &str = "quote_device_code";
const SEQUENCE_KEY: &str = "quote_sequence";

const QUOTE_SQL: &str = "SELECT id, deal_id, series_id, revision, superseded_by, title, owner_id, contact_id, currency, prices,
    rounding, method, document_discount_kind, document_discount_value, valid_until, terms, status, number, approval,
    approval_requested_by, approval_decided_by, approval_decided_at, approval_comment, approved_lines, sent_at,
    sent_pdf_sha256, accepted_at, signer_name, signer_title, signed_on, declined_at, declined_reason, created_at, updated_at
    FROM quotes";

fn quote_from_row(r: &rusqlite::Row) -> rusqlite::Result<Quote> {
    let discount_kind: String = r.get(12)?;
    let contact: String = r.get(7)?;
    Ok(Quote {
        id: r.get(0)?,
        deal_id: r.get(1)?,
        series_id: r.get(2)?,
        revision: r.get(3)?,
        superseded_by: r.get(4)?,
        title: r.get(5)?,
        owner_id: r.get(6)?,
        contact_id: (!contact.is_empty()).then_some(contact),
        draft: QuoteDraft {
            currency: r.get(8)?,
            prices: PriceMode::parse(&r.get::<_, String>(9)?).unwrap_or(PriceMode::TaxExcluded),
            rounding: RoundingMode::parse(&r.get::<_, String>(10)?).unwrap_or(RoundingMode::PerLine),
            method: RoundingMethod::parse(&r.get::<_, String>(11)?).unwrap_or(RoundingMethod::HalfUp),
            // Filled from the child rows by `with_lines`.
            lines: Vec::new(),
            document_discount: DiscountKind::parse(&discount_kind).map(|kind| Discount { kind, value: r.get(13).unwrap_or_default() }),
        },
        valid_until: r.get(14)?,
        terms: r.get(15)?,
        status: QuoteStatus::parse(&r.get::<_, String>(16)?).unwrap_or(QuoteStatus::Draft),
        number: r.get(17)?,
        approval: Approval::parse(&r.get::<_, String>(18)?),
        approval_requested_by: r.get(19)?,
        approval_decided_by: r.get(20)?,
        approval_decided_at: r.get(21)?,
        approval_comment: r.get(22)?,
        approved_lines: r.get(23)?,
        sent_at: r.get(24)?,
        sent_pdf_sha256: r.get(25)?,
        accepted_at: r.get(26)?,
        signer_name: r.get(27)?,
        signer_title: r.get(28)?,
        signed_on: r.get(29)?,
        declined_at: r.get(30)?,
        declined_reason: r.get(31)?,
        created_at: r.get(32)?,
        updated_at: r.get(33)?,
    })
}

/// The quote with its lines read from their rows.
fn with_lines(conn: &Connection, mut quote: Quote) -> Result<Quote, StoreError> {
    quote.draft.lines = crate::quote_lines::lines(conn, &quote.id)?;
    Ok(quote)
}

pub fn get(conn: &Connection, id: &str) -> Result<Quote, StoreError> {
    let quote = conn
        .query_row(&format!("{QUOTE_SQL} WHERE id = ?1 AND deleted = 0"), [id], quote_from_row)
        .optional()?
        .ok_or_else(|| StoreError::NotFound { what: "Quote".into() })?;
    with_lines(conn, quote)
}

/// Every revision of every quote on a deal, newest quote first, revisions in order.
pub fn of_deal(conn: &Connection, deal_id: &str) -> Result<Vec<Quote>, StoreError> {
    let mut stmt = conn.prepare_cached(&format!(
        "{QUOTE_SQL} q WHERE deal_id = ?1 AND deleted = 0
         ORDER BY (SELECT min(created_at) FROM quotes s WHERE s.series_id = q.series_id) DESC, series_id, revision"
    ))?;
    let rows: Vec<Quote> = stmt.query_map([deal_id], quote_from_row)?.collect::<Result<_, _>>()?;
    rows.into_iter().map(|q| with_lines(conn, q)).collect()
}

/// Every revision of one quote, in order.
pub fn revisions(conn: &Connection, series_id: &str) -> Result<Vec<Quote>, StoreError> {
    let mut stmt = conn.prepare_cached(&format!("{QUOTE_SQL} WHERE series_id = ?1 AND deleted = 0 ORDER BY revision"))?;
    let rows: Vec<Quote> = stmt.query_map([series_id], quote_from_row)?.collect::<Result<_, _>>()?;
    rows.into_iter().map(|q| with_lines(conn, q)).collect()
}

/// A quote's currency, price mode, rounding and document discount (its lines are child rows:
/// `quote_lines::set_lines`).
pub fn draft_fields(draft: &QuoteDraft) -> Vec<(&'static str, Value)> {
    let (kind, value) = match &draft.document_discount {
        Some(d) => (d.kind.as_str().to_owned(), d.value.clone()),
        None => (String::new(), String::new()),
    };
    vec![
        ("currency", Value::Text(draft.currency.clone())),
        ("prices", Value::Text(draft.prices.as_str().into())),
        ("rounding", Value::Text(draft.rounding.as_str().into())),
        ("method", Value::Text(draft.method.as_str().into())),
        ("document_discount_kind", Value::Text(kind)),
        ("document_discount_value", Value::Text(value)),
    ]
}

/// Creates or updates a quote row with these fields.
pub fn write(w: &mut Writer, id: Option<&str>, fields: &[(&str, Value)]) -> Result<String, StoreError> {
    w.save(&QUOTES, id, fields)
}

/// Creates a row with a known id (a revision's id is chosen before its sections are copied).
pub fn create(w: &mut Writer, id: &str, fields: &[(&str, Value)]) -> Result<(), StoreError> {
    w.create(&QUOTES, id, fields)
}

pub fn sections(conn: &Connection, quote_id: &str) -> Result<Vec<ProposalSection>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, kind, title, body, content_item_id, content_version_id FROM proposal_sections
         WHERE quote_id = ?1 AND deleted = 0 ORDER BY position, id",
    )?;
    let rows = stmt.query_map([quote_id], |r| {
        let item: String = r.get(4)?;
        let version: String = r.get(5)?;
        Ok(ProposalSection {
            id: r.get(0)?,
            kind: SectionKind::parse(&r.get::<_, String>(1)?).unwrap_or(SectionKind::Text),
            title: r.get(2)?,
            body: r.get(3)?,
            content_item_id: (!item.is_empty()).then_some(item),
            content_version_id: (!version.is_empty()).then_some(version),
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Makes the proposal's sections exactly `wanted`, in that order; new sections (empty id) get one.
pub fn set_sections(w: &mut Writer, quote_id: &str, wanted: &[ProposalSection]) -> Result<(), StoreError> {
    let rows = wanted
        .iter()
        .enumerate()
        .map(|(position, s)| {
            let id = if s.id.is_empty() { crate::new_id() } else { s.id.clone() };
            let fields = vec![
                ("quote_id", Value::Text(quote_id.to_owned())),
                ("position", Value::Real(position as f64)),
                ("kind", Value::Text(s.kind.as_str().into())),
                ("title", Value::Text(s.title.clone())),
                ("body", Value::Text(s.body.clone())),
                ("content_item_id", Value::Text(s.content_item_id.clone().unwrap_or_default())),
                ("content_version_id", Value::Text(s.content_version_id.clone().unwrap_or_default())),
            ];
            (id, fields)
        })
        .collect();
    set_children(w, &PROPOSAL_SECTIONS, "quote_id", quote_id, rows)
}

/// The next final number from this device's series, written in the caller's transaction so a
/// sequence is never handed out twice. The device keeps the code it first chose; it chooses
/// another when numbers with its code already exist (another device drew the same 25 bits).
pub fn next_number(w: &mut Writer, device_id: &str) -> Result<String, StoreError> {
    let conn = w.conn();
    let code = match local_state::get(conn, DEVICE_CODE_KEY)? {
        Some(code) => code,
        None => {
            let mut round = 0;
            loop {
                let code = device_code(device_id, round).ok_or_else(|| StoreError::Refused("This device's id is not a UUID.".into()))?;
                let taken: bool =
                    conn.query_row("SELECT EXISTS (SELECT 1 FROM quotes WHERE number LIKE ?1)", [format!("Q-{code}-%")], |r| r.get(0))?;
                if !taken {
                    local_state::set(conn, DEVICE_CODE_KEY, &code)?;
                    break code;
                }
                round += 1;
            }
        }
    };
    let mut sequence: u32 = local_state::get(conn, SEQUENCE_KEY)?.and_then(|s| s.parse().ok()).unwrap_or(0);
    loop {
        sequence += 1;
        let number = QuoteNumber { device_code: code.clone(), sequence }.to_string();
        let used: bool = conn.query_row("SELECT EXISTS (SELECT 1 FROM quotes WHERE number = ?1)", [&number], |r| r.get(0))?;
        if !used {
            local_state::set(conn, SEQUENCE_KEY, &sequence.to_string())?;
            return Ok(number);
        }
    }
}

pub fn settings(conn: &Connection) -> Result<QuoteSettings, StoreError> {
    let stored = conn
        .query_row(
            "SELECT prices, rounding, method, validity_days, approval_discount, brand_name, brand_primary, brand_accent, brand_font,
                    brand_logo_hash FROM quote_settings WHERE id = ?1 AND deleted = 0",
            [SETTINGS_ID],
            |r| {
                let defaults = QuoteSettings::default();
                Ok(QuoteSettings {
                    prices: PriceMode::parse(&r.get::<_, String>(0)?).unwrap_or(defaults.prices),
                    rounding: RoundingMode::parse(&r.get::<_, String>(1)?).unwrap_or(defaults.rounding),
                    method: RoundingMethod::parse(&r.get::<_, String>(2)?).unwrap_or(defaults.method),
                    rules: QuoteRules { validity_days: r.get(3)?, approval_discount: r.get(4)? },
                    brand: Brand {
                        name: r.get(5)?,
                        primary: r.get(6)?,
                        accent: r.get(7)?,
                        font: BrandFont::parse(&r.get::<_, String>(8)?).unwrap_or(BrandFont::Sans),
                        has_logo: !r.get::<_, String>(9)?.is_empty(),
                    },
                })
            },
        )
        .optional()?;
    Ok(stored.unwrap_or_default())
}

pub fn save_settings(w: &mut Writer, settings: &QuoteSettings) -> Result<(), StoreError> {
    w.set(
        &QUOTE_SETTINGS,
        SETTINGS_ID,
        &[
            ("prices", Value::Text(settings.prices.as_str().into())),
            ("rounding", Value::Text(settings.rounding.as_str().into())),
            ("method", Value::Text(settings.method.as_str().into())),
            ("validity_days", Value::Integer(settings.rules.validity_days.into())),
            ("approval_discount", Value::Text(settings.rules.approval_discount.clone())),
            ("brand_name", Value::Text(settings.brand.name.clone())),
            ("brand_primary", Value::Text(settings.brand.primary.clone())),
            ("brand_accent", Value::Text(settings.brand.accent.clone())),
            ("brand_font", Value::Text(settings.brand.font.as_str().into())),
        ],
    )
}

/// The brand logo: its content-store hash and format ("png", "jpeg", "svg"), if set.
pub fn logo(conn: &Connection) -> Result<Option<(String, String)>, StoreError> {
    let found: Option<(String, String)> = conn
        .query_row("SELECT brand_logo_hash, brand_logo_format FROM quote_settings WHERE id = ?1 AND deleted = 0", [SETTINGS_ID], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .optional()?;
    Ok(found.filter(|(hash, _)| !hash.is_empty()))
}

pub fn set_logo(w: &mut Writer, logo: Option<(&str, &str)>) -> Result<(), StoreError> {
    let (hash, format) = logo.unwrap_or(("", ""));
    w.set(&QUOTE_SETTINGS, SETTINGS_ID, &[("brand_logo_hash", Value::Text(hash.into())), ("brand_logo_format", Value::Text(format.into()))])
}

/// Content-store hashes of a quote's stored files: the PDF as sent, the signature, the final PDF.
pub fn files(conn: &Connection, id: &str) -> Result<(String, String, String), StoreError> {
    Ok(conn.query_row("SELECT sent_pdf_hash, signature_hash, final_pdf_hash FROM quotes WHERE id = ?1", [id], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?))
    })?)
}

/// Every file quotes keep in the content store — PDFs as sent, signatures, final PDFs, the
/// brand logo — by hash, for sync to carry to the team's server.
pub fn stored_files(conn: &Connection) -> Result<Vec<String>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT sent_pdf_hash FROM quotes UNION SELECT signature_hash FROM quotes UNION SELECT final_pdf_hash FROM quotes
         UNION SELECT brand_logo_hash FROM quote_settings WHERE deleted = 0",
    )?;
    let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
    Ok(rows.filter(|h| !matches!(h, Ok(h) if h.is_empty())).collect::<Result<_, _>>()?)
}

/// Open, current quotes valid until `day` or earlier: (quote id, valid until).
pub fn expiring(conn: &Connection, day: &str) -> Result<Vec<(String, String)>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, valid_until FROM quotes WHERE deleted = 0 AND superseded_by = '' AND status IN ('draft', 'sent')
           AND valid_until <> '' AND valid_until <= ?1",
    )?;
    let rows = stmt.query_map([day], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// What happened to quotes on a deal (or on deals whose quote names a contact): sent, accepted,
/// declined — (quote, event, when) for the timeline.
pub fn events(conn: &Connection, column: &str, id: &str) -> Result<Vec<(Quote, QuoteStatus, String)>, StoreError> {
    let condition = match column {
        "deal_id" => "deal_id = ?1",
        "contact_id" => "contact_id = ?1",
        _ => "deal_id IN (SELECT id FROM deals WHERE company_id = ?1 AND deleted = 0)",
    };
    let mut stmt =
        conn.prepare_cached(&format!("{QUOTE_SQL} WHERE {condition} AND deleted = 0 AND sent_at || accepted_at || declined_at <> ''"))?;
    let quotes: Vec<Quote> = stmt.query_map(params![id], quote_from_row)?.collect::<Result<_, _>>()?;
    let mut events = Vec::new();
    for quote in quotes {
        let quote = with_lines(conn, quote)?;
        for (status, at) in
            [(QuoteStatus::Sent, &quote.sent_at), (QuoteStatus::Accepted, &quote.accepted_at), (QuoteStatus::Declined, &quote.declined_at)]
        {
            if !at.is_empty() {
                events.push((quote.clone(), status, at.clone()));
            }
        }
    }
    Ok(events)
}
