//! Proposals through the façade: sections and templates, library blocks, the PDF (printed with
//! `tandem-typeset`), and the two steps that print for good — sending and acceptance.

use std::sync::OnceLock;

use base64::Engine;
use chrono::NaiveDate;
use rusqlite::types::Value;
use sha2::{Digest, Sha256};
use tandem_domain::content::{is_expired, ContentForm, ContentStatus};
use tandem_domain::content_use::UseKind;
use tandem_domain::merge_fields;
use tandem_domain::proposal::{templates, ProposalSection, SectionKind};
use tandem_domain::quote::compute;
use tandem_domain::quote_flow::QuoteStatus;
use tandem_domain::rich_text::RichText;
use tandem_store::content_use::NewUse;
use tandem_store::{content, content_use, deals, pipelines, quotes, tables, WriteSource, Writer};
use tandem_typeset::{format_amount, Acceptance, Brand, BrandFont, Fact, Logo, LogoFormat, PricingTable, Proposal, Section, Typesetter};

use crate::dto::{AcceptanceInput, ExportResult, QuoteDetail};
use crate::merge_source::{MergeSource, QuoteFields};
use crate::{App, AppError, ErrorCode};

/// Characters of a library file's text a block takes; the rest stays in the library.
const BLOCK_TEXT_CHARS: usize = 6_000;
/// A logo larger than this is refused (it is embedded in every proposal).
const MAX_LOGO_BYTES: usize = 2 * 1024 * 1024;
/// A drawn signature larger than this is not a signature.
const MAX_SIGNATURE_BYTES: usize = 1024 * 1024;

/// One typesetter per process: fonts are parsed once and Typst's cache stays warm between PDFs.
static TYPESETTER: OnceLock<Typesetter> = OnceLock::new();

pub(crate) fn typesetter() -> &'static Typesetter {
    TYPESETTER.get_or_init(Typesetter::new)
}

impl App {
    /// Builds the typesetter ahead of the first PDF (the desktop calls this at start-up).
    pub fn warm_typesetter(&self) {
        typesetter();
    }

    pub fn save_proposal(&self, id: &str, sections: Vec<ProposalSection>) -> Result<QuoteDetail, AppError> {
        let current = self.get_quote(id)?;
        if !current.state.can_edit {
            return Err(AppError::new(ErrorCode::Conflict, "This proposal can't change any more; make a new revision of the quote."));
        }
        let mut clean = Vec::with_capacity(sections.len());
        let mut errors = Vec::new();
        for (i, section) in sections.iter().enumerate() {
            match section.validate() {
                Ok(s) => clean.push(s),
                Err(invalid) => errors
                    .extend(invalid.0.into_iter().map(|e| tandem_domain::FieldError { field: format!("sections.{i}.{}", e.field), ..e })),
            }
        }
        if !errors.is_empty() {
            return Err(tandem_domain::Invalid(errors).into());
        }
        self.write(WriteSource::User, "Proposal changed", |w| Ok(quotes::set_sections(w, id, &clean)?))?;
        self.get_quote(id)
    }

    pub fn apply_proposal_template(&self, id: &str, key: &str) -> Result<QuoteDetail, AppError> {
        let template = templates()
            .into_iter()
            .find(|t| t.key == key)
            .ok_or_else(|| AppError::new(ErrorCode::NotFound, format!("There is no proposal template “{key}”.")))?;
        self.save_proposal(id, template.sections)
    }

    /// A section holding a library item's text as of now (its current version), not saved yet.
    /// Archived items are refused; an expired one needs `confirm_expired`.
    pub fn library_block(&self, item_id: &str, confirm_expired: bool) -> Result<ProposalSection, AppError> {
        let item = self.get_content_item(item_id)?;
        if item.status == ContentStatus::Archived {
            return Err(AppError::new(ErrorCode::Conflict, format!("“{}” is archived; ask marketing for its replacement.", item.title)));
        }
        if is_expired(&item.expires_on, self.calendar()?.today()) && !confirm_expired {
            return Err(AppError::new(
                ErrorCode::Conflict,
                format!("“{}” expired on {}; confirm to use it anyway.", item.title, item.expires_on),
            ));
        }
        let text = match (&item.form, &item.file) {
            (ContentForm::Text, _) => item.body.clone(),
            (ContentForm::Link, _) => format!("{}\n\n{}", item.description, item.url),
            (ContentForm::File, Some(file)) => {
                let extracted = self.db()?.read(|conn| content::extracted_text(conn, &file.blob_hash))?.unwrap_or_default();
                let text = if extracted.trim().is_empty() { item.description.clone() } else { extracted };
                text.chars().take(BLOCK_TEXT_CHARS).collect()
            }
            (ContentForm::File, None) => item.description.clone(),
        };
        let paragraphs: Vec<String> =
            text.split("\n\n").map(|p| p.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|p| !p.is_empty()).collect();
        Ok(ProposalSection {
            id: String::new(),
            kind: SectionKind::Content,
            title: item.title.clone(),
            body: RichText::from_paragraphs(paragraphs.iter().map(String::as_str)).to_json(),
            content_item_id: Some(item.id.clone()),
            content_version_id: item.file.as_ref().map(|f| f.version_id.clone()),
        })
    }

    /// The proposal's PDF: the stored one once sent or accepted (what the customer saw), else
    /// printed now from the draft.
    pub fn proposal_pdf(&self, id: &str) -> Result<Vec<u8>, AppError> {
        let (sent, _, accepted) = self.db()?.read(|conn| quotes::files(conn, id))?;
        if let Some(hash) = [accepted, sent].into_iter().find(|h| !h.is_empty()) {
            // Sent from another device: its bytes come from the team's server.
            self.ensure_file_here(&hash)?;
            return Ok(self.blob_store().read(&hash)?);
        }
        let detail = self.get_quote(id)?;
        self.print(&detail, &detail.display_number, None)
    }

    pub fn export_proposal_pdf(&self, id: &str) -> Result<ExportResult, AppError> {
        let detail = self.get_quote(id)?;
        let bytes = self.proposal_pdf(id)?;
        let name = format!("{} {}", detail.display_number, detail.quote.title).replace(['/', '\\', ':'], "-");
        let path = self.paths().write_export(&name, "pdf", &bytes)?;
        Ok(ExportResult { path: path.display().to_string() })
    }

    /// Marks the quote sent: it gets its final number, the proposal is printed with it and kept
    /// (with its SHA-256), the library items it quotes are recorded as used, and the deal's and
    /// contact's timelines show it — one transaction.
    pub fn mark_quote_sent(&self, id: &str) -> Result<QuoteDetail, AppError> {
        let detail = self.get_quote(id)?;
        if detail.quote.status != QuoteStatus::Draft {
            return Err(AppError::new(ErrorCode::Conflict, "This quote was already sent."));
        }
        if let Some(reason) = &detail.state.send_refusal {
            return Err(AppError::new(ErrorCode::Conflict, reason.clone()));
        }
        let (me, _) = self.me()?;
        let device = self.db()?.device_id().to_owned();
        self.write(WriteSource::User, &format!("Quote “{}” sent", detail.quote.title), |w| {
            let number = self.number_for(w, &detail, &device)?;
            let pdf = self.print(&detail, &with_revision(&number, detail.quote.revision), None)?;
            let stored = self.blob_store().put(&pdf[..], u64::MAX)?;
            let fields = [
                ("status", Value::Text(QuoteStatus::Sent.as_str().into())),
                ("number", Value::Text(number)),
                ("sent_at", Value::Text(w.now_text())),
                ("sent_by", Value::Text(me.clone().unwrap_or_default())),
                ("sent_pdf_hash", Value::Text(stored.hash)),
                ("sent_pdf_sha256", Value::Text(sha256_hex(&pdf))),
            ];
            quotes::write(w, Some(id), &fields)?;
            record_uses(w, &detail, me.as_deref())
        })?;
        self.get_quote(id)
    }

    /// The customer accepts, in the meeting and offline if need be: the signature and the
    /// SHA-256 of the PDF they accepted are stamped into a final PDF, the quote locks, and, when
    /// asked, the deal takes the quote's value and moves to won.
    pub fn accept_quote(&self, id: &str, input: AcceptanceInput) -> Result<QuoteDetail, AppError> {
        let detail = self.get_quote(id)?;
        let acceptable = matches!(detail.quote.status, QuoteStatus::Draft | QuoteStatus::Sent);
        if !acceptable {
            return Err(AppError::new(ErrorCode::Conflict, "Only a draft or sent quote can be accepted."));
        }
        if let Some(reason) = &detail.state.send_refusal {
            return Err(AppError::new(ErrorCode::Conflict, reason.clone()));
        }
        let (name, title, signed_on, signature) = check_acceptance(&input)?;
        let (me, _) = self.me()?;
        let device = self.db()?.device_id().to_owned();
        let was_sent = detail.quote.status == QuoteStatus::Sent;
        let sent_pdf = self.db()?.read(|conn| quotes::files(conn, id))?.0;
        if was_sent && !sent_pdf.is_empty() {
            // Sent from another device: fetched before the write, which must not wait on the network.
            self.ensure_file_here(&sent_pdf)?;
        }
        self.write(WriteSource::User, &format!("Quote “{}” accepted", detail.quote.title), |w| {
            let number = self.number_for(w, &detail, &device)?;
            let printed = with_revision(&number, detail.quote.revision);
            // What the customer accepted: the PDF as sent, or (accepted on the spot) as printed now.
            let accepted_pdf = match quotes::files(w.conn(), id)?.0 {
                hash if was_sent && !hash.is_empty() => self.blob_store().read(&hash)?,
                _ => self.print(&detail, &printed, None)?,
            };
            let document_sha256 = sha256_hex(&accepted_pdf);
            let stamp = Acceptance {
                name: name.clone(),
                title: title.clone(),
                signed_on,
                signature_png: signature.clone(),
                document_sha256: document_sha256.clone(),
            };
            let final_pdf = self.print(&detail, &printed, Some(stamp))?;
            let store = self.blob_store();
            let accepted_hash = store.put(&accepted_pdf[..], u64::MAX)?.hash;
            let signature_hash = store.put(&signature[..], u64::MAX)?.hash;
            let final_hash = store.put(&final_pdf[..], u64::MAX)?.hash;
            let mut fields = vec![
                ("status", Value::Text(QuoteStatus::Accepted.as_str().into())),
                ("number", Value::Text(number)),
                ("accepted_at", Value::Text(w.now_text())),
                ("signer_name", Value::Text(name.clone())),
                ("signer_title", Value::Text(title.clone())),
                ("signed_on", Value::Text(signed_on.to_string())),
                ("signature_hash", Value::Text(signature_hash)),
                ("final_pdf_hash", Value::Text(final_hash)),
                ("sent_pdf_sha256", Value::Text(document_sha256)),
            ];
            if !was_sent {
                fields.push(("sent_pdf_hash", Value::Text(accepted_hash)));
            }
            quotes::write(w, Some(id), &fields)?;
            if !was_sent {
                record_uses(w, &detail, me.as_deref())?;
            }
            if let Some(totals) = detail.totals.as_ref().filter(|_| input.set_deal_amount) {
                set_deal_value(w, &detail.quote.deal_id, &totals.contract_value.net, &totals.currency)?;
            }
            Ok(())
        })?;
        if input.mark_deal_won {
            let deal = self.get_deal(&detail.quote.deal_id)?;
            let won = self
                .db()?
                .read(|conn| pipelines::get(conn, &deal.pipeline_id))?
                .stages
                .into_iter()
                .find(|s| s.kind == tandem_domain::pipeline::StageKind::Won);
            if let Some(stage) = won.filter(|s| s.id != deal.stage_id) {
                self.move_deal(&deal.id, &stage.id, "")?;
            }
        }
        self.get_quote(id)
    }

    /// The quote's final number: the one its earlier revisions already carry, or the next of
    /// this device's series.
    fn number_for(&self, w: &mut Writer, detail: &QuoteDetail, device: &str) -> Result<String, AppError> {
        if !detail.quote.number.is_empty() {
            return Ok(detail.quote.number.clone());
        }
        Ok(quotes::next_number(w, device)?)
    }

    /// Prints the proposal for `detail` with the number as it should read, and the stamp once accepted.
    fn print(&self, detail: &QuoteDetail, number: &str, acceptance: Option<Acceptance>) -> Result<Vec<u8>, AppError> {
        let quote = &detail.quote;
        let totals = compute(&quote.draft)?;
        let settings = self.quote_settings()?;
        let calendar = self.calendar()?;
        let mut source = self.db()?.read(|conn| MergeSource::load(conn, quote.contact_id.as_deref(), Some(&quote.deal_id)))?;
        let total = format_amount(&totals.currency, &totals.grand.total);
        source.quote = Some(QuoteFields { number: number.to_owned(), total: total.clone(), valid_until: quote.valid_until.clone() });
        let fill = |body: &str| -> Result<RichText, AppError> { Ok(RichText::parse(body)?.fill(|field| source.value(field)).0) };
        let mut sections = Vec::with_capacity(detail.sections.len());
        for section in &detail.sections {
            let title = merge_fields::fill(&section.title, |field| source.value(field)).text;
            sections.push(match section.kind {
                SectionKind::Text => Section::Text { title, body: fill(&section.body)? },
                SectionKind::Pricing => Section::Pricing {
                    title,
                    intro: fill(&section.body)?,
                    quote: Box::new(PricingTable { draft: quote.draft.clone(), totals: totals.clone() }),
                },
                SectionKind::Content => {
                    // The item's own title, even when the seller renamed the section.
                    let item = section.content_item_id.as_deref().and_then(|id| self.get_content_item(id).ok());
                    let source = item.map_or_else(|| section.title.clone(), |i| i.title);
                    Section::Content { title, source, body: fill(&section.body)? }
                }
                SectionKind::Acceptance => Section::Acceptance { title, body: fill(&section.body)? },
            });
        }
        let logo = match self.db()?.read(quotes::logo)? {
            Some((hash, format)) => {
                self.ensure_file_here(&hash)?;
                Some(Logo { bytes: self.blob_store().read(&hash)?, format: logo_format(&format) })
            }
            None => None,
        };
        let me = self.db()?.read(tandem_store::members::profile)?;
        let mut facts = vec![Fact { label: "Quote".into(), value: number.to_owned() }, Fact { label: "Total".into(), value: total }];
        facts.push(Fact { label: "Valid until".into(), value: quote.valid_until.clone() });
        if !detail.contact_name.is_empty() {
            facts.push(Fact {
                label: "Prepared for".into(),
                value: [detail.contact_name.as_str(), detail.company_name.as_str()]
                    .iter()
                    .filter(|s| !s.is_empty())
                    .copied()
                    .collect::<Vec<_>>()
                    .join(", "),
            });
        }
        if let Some(me) = me {
            facts.push(Fact { label: "Prepared by".into(), value: me.name });
        }
        let company =
            if settings.brand.name.is_empty() { self.db()?.read(tandem_store::settings::get)?.name } else { settings.brand.name.clone() };
        let proposal = Proposal {
            brand: Brand {
                company: company.clone(),
                logo,
                primary: settings.brand.primary.clone(),
                accent: settings.brand.accent.clone(),
                font: if settings.brand.font == tandem_domain::quote_record::BrandFont::Serif { BrandFont::Serif } else { BrandFont::Sans },
            },
            title: quote.title.clone(),
            subtitle: if detail.company_name.is_empty() {
                detail.deal_name.clone()
            } else {
                format!("Proposal for {}", detail.company_name)
            },
            issued_on: calendar.today(),
            facts,
            sections,
            footer: [number, detail.company_name.as_str(), company.as_str()]
                .iter()
                .filter(|s| !s.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(" · "),
            acceptance,
        };
        let pdf = typesetter().render(&proposal).map_err(|e| AppError::new(ErrorCode::Validation, e.to_string()));
        typesetter().evict_cache();
        pdf
    }

    /// Sets (or with None removes) the logo printed on proposals: PNG, JPEG or SVG.
    pub fn set_brand_logo(&self, bytes: Option<&[u8]>) -> Result<tandem_domain::quote_record::QuoteSettings, AppError> {
        self.require_catalog_keeper()?;
        let stored = match bytes {
            None => None,
            Some(bytes) => {
                if bytes.len() > MAX_LOGO_BYTES {
                    return Err(AppError::new(ErrorCode::Validation, "A logo can be up to 2 MB; export a smaller PNG or an SVG."));
                }
                let format =
                    sniff_logo(bytes).ok_or_else(|| AppError::new(ErrorCode::Validation, "A logo must be a PNG, JPEG or SVG file."))?;
                Some((self.blob_store().put(bytes, MAX_LOGO_BYTES as u64)?.hash, format))
            }
        };
        self.write(WriteSource::User, "Proposal logo changed", |w| {
            Ok(quotes::set_logo(w, stored.as_ref().map(|(h, f)| (h.as_str(), *f)))?)
        })?;
        self.quote_settings()
    }

    pub fn brand_logo(&self) -> Result<Vec<u8>, AppError> {
        match self.db()?.read(quotes::logo)? {
            Some((hash, _)) => {
                self.ensure_file_here(&hash)?;
                Ok(self.blob_store().read(&hash)?)
            }
            None => Err(AppError::new(ErrorCode::NotFound, "No logo is set.")),
        }
    }
}

/// Records each library block of the proposal as used in it (the library's win rates count these).
fn record_uses(w: &mut Writer, detail: &QuoteDetail, me: Option<&str>) -> Result<(), AppError> {
    for section in detail.sections.iter().filter(|s| s.kind == SectionKind::Content) {
        let Some(item) = &section.content_item_id else { continue };
        let new = NewUse {
            item_id: item,
            version_id: section.content_version_id.as_deref(),
            kind: UseKind::Proposal,
            contact_id: detail.quote.contact_id.as_deref(),
            deal_id: Some(&detail.quote.deal_id),
            note: &detail.quote.title,
            author_id: me,
        };
        content_use::record(w, &new)?;
    }
    Ok(())
}

fn check_acceptance(input: &AcceptanceInput) -> Result<(String, String, NaiveDate, Vec<u8>), AppError> {
    let mut c = tandem_domain::text::Checker::default();
    let name = c.text("name", "Name", &input.name, 200, false);
    if name.is_empty() {
        c.fail("name", "Who accepted? Type the customer's name.");
    }
    let title = c.text("title", "Title", &input.title, 200, false);
    let signed_on = NaiveDate::parse_from_str(input.signed_on.trim(), "%Y-%m-%d");
    if signed_on.is_err() {
        c.fail("signed_on", "Choose the day it was signed.");
    }
    let signature = base64::engine::general_purpose::STANDARD.decode(input.signature_png.trim()).unwrap_or_default();
    if !signature.starts_with(b"\x89PNG") || signature.len() > MAX_SIGNATURE_BYTES {
        c.fail("signature_png", "Ask the customer to sign in the box.");
    }
    c.finish((name, title, signed_on.unwrap_or_default(), signature)).map_err(AppError::from)
}

fn with_revision(number: &str, revision: u32) -> String {
    match tandem_domain::quote::QuoteNumber::parse(number) {
        Some(n) => n.with_revision(revision),
        None => number.to_owned(),
    }
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

fn sniff_logo(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"\x89PNG") {
        Some("png")
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("jpeg")
    } else if String::from_utf8_lossy(&bytes[..bytes.len().min(1024)]).contains("<svg") {
        Some("svg")
    } else {
        None
    }
}

fn logo_format(format: &str) -> LogoFormat {
    match format {
        "jpeg" => LogoFormat::Jpeg,
        "svg" => LogoFormat::Svg,
        _ => LogoFormat::Png,
    }
}

/// Makes the deal worth `net` in `currency`, writing (and logging) only what differs; stored as a
/// deal's amount always is, exact decimal text without trailing zeros.
fn set_deal_value(w: &mut Writer, deal_id: &str, net: &str, currency: &str) -> Result<(), AppError> {
    let amount = |text: &str| text.parse::<rust_decimal::Decimal>().ok().map(|d| d.normalize());
    let net = amount(net).ok_or_else(|| AppError::new(ErrorCode::Internal, "The quote's contract value is not an amount."))?;
    let was = deals::get(w.conn(), deal_id, w.now())?;
    let mut changed = Vec::new();
    if amount(&was.amount) != Some(net) {
        changed.push(("amount", Value::Text(net.to_string())));
    }
    if was.currency != currency {
        changed.push(("currency", Value::Text(currency.to_owned())));
    }
    if !changed.is_empty() {
        w.set(&tables::DEALS, deal_id, &changed)?;
    }
    Ok(())
}
