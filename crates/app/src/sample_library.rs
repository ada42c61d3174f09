//! The sample workspace's content library: a case study, a battlecard, a product sheet and an
//! expired price list as real files (PDF and Markdown, their text searchable), an e-mail
//! template and a talk track with merge fields, a webinar link, two collections, shares on
//! closed deals (so win rates show), a piece of feedback and a request.

use chrono::{Days, Utc};
use tandem_content::text_pdf;
use tandem_domain::content::{ContentForm, ContentInput, ContentKind, ContentStatus, FunnelStage};
use tandem_domain::content_use::{CollectionInput, FeedbackInput, FeedbackRating, RequestInput, UseKind};
use tandem_store::content_use::NewUse;
use tandem_store::{content, content_collections, content_feedback, content_use, deals, WriteSource};

use crate::tasks::Calendar;
use crate::{App, AppError};

struct Sample {
    file: Option<(&'static str, Vec<u8>)>,
    form: ContentForm,
    input: ContentInput,
    status: ContentStatus,
}

fn described(title: &str, kind: ContentKind, stage: FunnelStage, personas: &[&str], products: &[&str], tags: &[&str]) -> ContentInput {
    let list = |values: &[&str]| values.iter().map(|v| v.to_string()).collect();
    ContentInput {
        title: title.into(),
        kind,
        stage: Some(stage),
        personas: list(personas),
        industries: list(&["Manufacturing", "Financial services"]),
        products: list(products),
        tags: list(tags),
        language: "en".into(),
        ..Default::default()
    }
}

fn samples(today: chrono::NaiveDate) -> Vec<Sample> {
    let case_study = text_pdf::document(
        "Globex: zero-trust onboarding in nine days",
        &[
            "Globex Manufacturing runs 14 plants and 6,000 staff. Its security team had to give 300 suppliers access to the order portal without opening the network.",
            "With Tandem Secure, Globex moved every supplier to zero-trust access in nine days. Onboarding a new supplier now takes 40 minutes instead of two weeks.",
            "Results after two quarters: quarterly churn of supplier accounts fell 18%, help-desk tickets about access fell by half, and the audit found no open findings.",
            "\"We stopped arguing about VPN exceptions. Suppliers get exactly the access their contract says.\" — Maria Chen, CISO, Globex",
        ],
    );
    let product_sheet = text_pdf::document(
        "Tandem Analytics — product sheet",
        &[
            "Tandem Analytics turns plant and CRM data into one forecast. Dashboards refresh every five minutes and work offline on the shop floor.",
            "Connectors: SAP, Salesforce, HubSpot, CSV. Single sign-on with SAML and OIDC. Data stays in your region (EU, US or APAC).",
            "Pricing: per seat per month, billed yearly; volume tiers from 100 seats.",
        ],
    );
    let price_list = text_pdf::document(
        "2025 price list",
        &["Tandem Secure: 40 EUR per seat per month.", "Tandem Analytics: 55 EUR per seat per month.", "Valid for orders placed in 2025."],
    );
    let battlecard = "# Security objection battlecard\n\n\
        ## \"We already have a VPN\"\n\
        - A VPN opens the network; zero-trust opens one app for one person.\n\
        - Globex retired 120 VPN exceptions in nine days (see the case study).\n\n\
        ## \"Is it certified?\"\n\
        - ISO 27001 and SOC 2 Type II; the reports are in the trust centre.\n\n\
        ## Questions to ask\n\
        1. How long does supplier onboarding take today?\n\
        2. Who approves VPN exceptions, and how many are open?\n";
    let whitepaper = "# Zero trust for mid-size manufacturers (draft)\n\n\
        Mid-size manufacturers connect more suppliers every year. This paper explains why network-level access \
        no longer fits and how to move plant by plant.\n";

    let mut template =
        described("Intro e-mail after a demo", ContentKind::EmailTemplate, FunnelStage::Consideration, &["IT director"], &[], &["email"]);
    template.body = "Hi {{contact.first_name}},\n\nThank you for your time today. As promised, here is how Globex moved 300 suppliers \
        to zero-trust access in nine days — a good match for what {{company.name}} described.\n\n\
        Shall we plan a 30-minute pilot scoping call next week?\n\nBest,\n{{me.name}}"
        .into();
    let mut talk_track = described(
        "Pricing objection talk track",
        ContentKind::Snippet,
        FunnelStage::Decision,
        &["CFO"],
        &["Tandem Secure"],
        &["pricing", "objection"],
    );
    talk_track.body = "\"It's more than we budgeted.\"\n\nAsk what a supplier onboarding costs today in staff hours. Globex spent two weeks per supplier; \
        at 300 suppliers the first year paid for itself. Offer a 20-seat pilot before the full rollout."
        .into();
    let mut webinar = described(
        "Webinar: zero trust in 30 days",
        ContentKind::Link,
        FunnelStage::Awareness,
        &["CISO", "IT director"],
        &["Tandem Secure"],
        &["security"],
    );
    webinar.url = "https://example.com/webinars/zero-trust-in-30-days".into();

    let mut price_input = described(
        "2025 price list",
        ContentKind::ProductSheet,
        FunnelStage::Decision,
        &["CFO"],
        &["Tandem Secure", "Tandem Analytics"],
        &["pricing"],
    );
    price_input.expires_on = "2025-12-31".into();
    let mut battlecard_input = described(
        "Security objection battlecard",
        ContentKind::Battlecard,
        FunnelStage::Consideration,
        &["CISO"],
        &["Tandem Secure"],
        &["security", "objection"],
    );
    battlecard_input.review_by = (today + Days::new(3)).to_string();
    battlecard_input.description = "Answers to the five security objections we hear most, with proof points.".into();
    let mut case_input = described(
        "Globex case study — zero-trust onboarding",
        ContentKind::CaseStudy,
        FunnelStage::Decision,
        &["CISO", "IT director"],
        &["Tandem Secure"],
        &["security", "manufacturing"],
    );
    case_input.description = "300 suppliers moved to zero-trust access in nine days; churn down 18%.".into();

    vec![
        Sample {
            file: Some(("Globex case study.pdf", case_study)),
            form: ContentForm::File,
            input: case_input,
            status: ContentStatus::Approved,
        },
        Sample {
            file: Some(("Security battlecard.md", battlecard.as_bytes().to_vec())),
            form: ContentForm::File,
            input: battlecard_input,
            status: ContentStatus::Approved,
        },
        Sample {
            file: Some(("Tandem Analytics product sheet.pdf", product_sheet)),
            form: ContentForm::File,
            input: described(
                "Tandem Analytics product sheet",
                ContentKind::ProductSheet,
                FunnelStage::Interest,
                &["IT director", "COO"],
                &["Tandem Analytics"],
                &[],
            ),
            status: ContentStatus::Approved,
        },
        Sample {
            file: Some(("2025 price list.pdf", price_list)),
            form: ContentForm::File,
            input: price_input,
            status: ContentStatus::Approved,
        },
        Sample {
            file: Some(("Zero trust whitepaper draft.md", whitepaper.as_bytes().to_vec())),
            form: ContentForm::File,
            input: described(
                "Zero trust for mid-size manufacturers",
                ContentKind::Whitepaper,
                FunnelStage::Awareness,
                &["CISO"],
                &["Tandem Secure"],
                &[],
            ),
            status: ContentStatus::Draft,
        },
        Sample { file: None, form: ContentForm::Text, input: template, status: ContentStatus::Approved },
        Sample { file: None, form: ContentForm::Text, input: talk_track, status: ContentStatus::Approved },
        Sample { file: None, form: ContentForm::Link, input: webinar, status: ContentStatus::Approved },
    ]
}

/// `people` are (contact id, company name) of the first sample people.
pub(crate) fn add(app: &App, people: &[(String, String)]) -> Result<(), AppError> {
    let today = app.db()?.read(|conn| Calendar::read(conn, Utc::now()))?.today();
    let (me, _) = app.me()?;
    let mut ids = Vec::new();
    for sample in samples(today) {
        let input = ContentInput { owner_id: me.clone(), ..sample.input }.validate(sample.form)?;
        let id = match sample.file {
            Some((name, bytes)) => app.add_file_as(WriteSource::Sample, name, &bytes[..], Some(&input))?,
            None => app.write(WriteSource::Sample, "", |w| Ok(content::create(w, sample.form, &input)?))?,
        };
        app.write(WriteSource::Sample, "", |w| Ok(content::set_status(w, &id, sample.status)?))?;
        ids.push(id);
    }
    let [case_study, battlecard, product_sheet, price_list, _, intro, _, webinar] = &ids[..] else { return Ok(()) };
    app.write(WriteSource::Sample, "", |w| {
        let kit = CollectionInput {
            name: "Security objection kit".into(),
            description: "For the first security call.".into(),
            item_ids: vec![battlecard.clone(), case_study.clone(), webinar.clone()],
        };
        content_collections::save(w, None, &kit.validate()?)?;
        let onboarding = CollectionInput {
            name: "Enterprise onboarding".into(),
            description: "What a new enterprise customer gets in week one.".into(),
            item_ids: vec![product_sheet.clone(), intro.clone(), case_study.clone()],
        };
        content_collections::save(w, None, &onboarding.validate()?)?;
        let outdated = FeedbackInput {
            item_id: price_list.clone(),
            rating: FeedbackRating::Outdated,
            comment: "Still lists the 2025 prices; customers ask for 2026.".into(),
        };
        content_feedback::add_feedback(w, &outdated.validate()?, None)?;
        let request = RequestInput {
            title: "Case study for a bank in the DACH region".into(),
            details: "Two prospects in Zurich asked for a financial-services reference.".into(),
            kind: Some(ContentKind::CaseStudy),
            stage: Some(FunnelStage::Decision),
        };
        content_feedback::add_request(w, &request.validate()?, None)?;
        share_on_closed_deals(w, case_study, people)
    })
}

/// Shares the case study with the people on some won and some lost deals, the way sellers did.
fn share_on_closed_deals(w: &mut tandem_store::Writer, item_id: &str, people: &[(String, String)]) -> Result<(), AppError> {
    let now = w.now();
    let mut closed: Vec<(String, String, bool)> = Vec::new();
    for deal in content_use::closed_deals(w.conn())? {
        if let Some(contact_id) = deals::get(w.conn(), &deal.id, now)?.primary_contact_id {
            closed.push((deal.id, contact_id, deal.won));
        }
    }
    let won = closed.iter().filter(|d| d.2).take(6);
    let lost = closed.iter().filter(|d| !d.2).take(2);
    for (deal_id, contact_id, _) in won.chain(lost) {
        let new = NewUse {
            item_id,
            version_id: None,
            kind: UseKind::Shared,
            contact_id: Some(contact_id),
            deal_id: Some(deal_id),
            note: "",
            author_id: None,
        };
        content_use::record(w, &new)?;
    }
    if closed.is_empty() {
        if let Some((contact_id, _)) = people.first() {
            let new = NewUse {
                item_id,
                version_id: None,
                kind: UseKind::Shared,
                contact_id: Some(contact_id),
                deal_id: None,
                note: "",
                author_id: None,
            };
            content_use::record(w, &new)?;
        }
    }
    Ok(())
}
