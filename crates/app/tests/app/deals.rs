//! Deals: pipelines, moving through stages, totals in the base currency, forecast and rotting.

use tandem_app::dto::{DealQuery, DealSort, WorkspaceChoice};
use tandem_app::ErrorCode;
use tandem_domain::deal::DealInput;
use tandem_domain::exchange_rate::ExchangeRateInput;
use tandem_domain::pipeline::{Pipeline, PipelineInput, StageInput, StageKind};
use tandem_store::WriteSource;

use crate::support::workspace;

fn deal(pipeline: &Pipeline, stage: usize, name: &str, amount: &str, currency: &str, close: &str) -> DealInput {
    DealInput {
        name: name.into(),
        pipeline_id: pipeline.id.clone(),
        stage_id: pipeline.stages[stage].id.clone(),
        company_name: "Acme".into(),
        amount: amount.into(),
        currency: currency.into(),
        expected_close: close.into(),
        ..Default::default()
    }
}

#[test]
fn a_new_workspace_has_the_default_pipeline() {
    let ws = workspace(WorkspaceChoice::Empty);
    let pipelines = ws.app.list_pipelines().unwrap();
    assert_eq!(pipelines.len(), 1);
    let stages: Vec<(&str, StageKind, u8)> = pipelines[0].stages.iter().map(|s| (s.name.as_str(), s.kind, s.probability)).collect();
    assert_eq!(
        stages,
        [
            ("Prospecting", StageKind::Open, 10),
            ("Qualification", StageKind::Open, 20),
            ("Proposal", StageKind::Open, 50),
            ("Negotiation", StageKind::Open, 80),
            ("Won", StageKind::Won, 100),
            ("Lost", StageKind::Lost, 0)
        ]
    );
}

#[test]
fn a_deal_moves_through_stages_and_losing_it_needs_a_reason() {
    let ws = workspace(WorkspaceChoice::Empty);
    let pipeline = ws.app.list_pipelines().unwrap().remove(0);
    let created = ws.app.create_deal(deal(&pipeline, 0, "Acme — 50 seats", "12500.50", "USD", "2026-12-15")).unwrap();
    assert_eq!((created.stage_name.as_str(), created.company_name.as_str(), created.amount.as_str()), ("Prospecting", "Acme", "12500.5"));
    assert_eq!(created.closed_at, "");

    let lost = &pipeline.stages[5];
    let err = ws.app.move_deal(&created.id, &lost.id, "").unwrap_err();
    assert_eq!((err.code, err.fields[0].field.as_str()), (ErrorCode::Validation, "loss_reason"));
    assert_eq!(ws.app.get_deal(&created.id).unwrap().stage_name, "Prospecting", "a refused move changes nothing");

    let moved = ws.app.move_deal(&created.id, &pipeline.stages[2].id, "").unwrap();
    assert_eq!((moved.stage_name.as_str(), moved.probability), ("Proposal", 50));
    let closed = ws.app.move_deal(&created.id, &lost.id, "Chose a competitor").unwrap();
    assert_eq!((closed.stage_kind, closed.loss_reason.as_str()), (StageKind::Lost, "Chose a competitor"));
    assert!(!closed.closed_at.is_empty());

    // Every stay is kept with when it began and ended: what the funnel dashboard reads.
    let stays = ws.app.db().unwrap().read(|conn| tandem_store::stage_history::of_record(conn, &created.id)).unwrap();
    let names: Vec<&str> = stays.iter().map(|s| s.stage.as_str()).collect();
    assert_eq!(names, [pipeline.stages[0].id.as_str(), pipeline.stages[2].id.as_str(), lost.id.as_str()]);
    assert!(stays[..2].iter().all(|s| !s.left_at.is_empty()) && stays[2].left_at.is_empty());

    // Reopening it clears the close date and the reason.
    let reopened = ws.app.move_deal(&created.id, &pipeline.stages[3].id, "").unwrap();
    assert_eq!((reopened.closed_at.as_str(), reopened.loss_reason.as_str()), ("", ""));
    // And undo takes the last move back.
    ws.app.undo().unwrap();
    assert_eq!(ws.app.get_deal(&created.id).unwrap().stage_kind, StageKind::Lost);
}

#[test]
fn winning_a_deal_makes_customers_of_its_people_and_never_moves_anyone_back() {
    use tandem_domain::contact::ContactInput;
    use tandem_domain::lifecycle::LifecycleStage;
    let ws = workspace(WorkspaceChoice::Empty);
    let pipeline = ws.app.list_pipelines().unwrap().remove(0);
    let person = |first: &str, stage: LifecycleStage| {
        let input = ContactInput { first_name: first.into(), last_name: "Okafor".into(), lifecycle_stage: stage, ..Default::default() };
        ws.app.create_contact(input).unwrap()
    };
    let buyer = person("Ada", LifecycleStage::SalesQualified);
    let champion = person("Ben", LifecycleStage::Evangelist);
    let outsider = person("Cy", LifecycleStage::Other);
    let mut input = deal(&pipeline, 2, "Okafor Ltd", "9000", "USD", "2026-12-15");
    input.primary_contact_id = Some(buyer.id.clone());
    let created = ws.app.create_deal(input).unwrap();
    for (contact, role) in [(&champion, "Champion"), (&outsider, "Legal")] {
        let link = tandem_app::dto::DealContactInput { deal_id: created.id.clone(), contact_id: contact.id.clone(), role: role.into() };
        ws.app.add_deal_contact(link).unwrap();
    }
    assert_eq!(ws.app.get_contact(&buyer.id).unwrap().lifecycle_stage, LifecycleStage::SalesQualified, "an open deal moves no one");

    ws.app.move_deal(&created.id, &pipeline.stages[4].id, "").unwrap();
    let stage = |id: &str| ws.app.get_contact(id).unwrap().lifecycle_stage;
    assert_eq!(stage(&buyer.id), LifecycleStage::Customer);
    assert_eq!(stage(&champion.id), LifecycleStage::Evangelist, "never back down the funnel");
    assert_eq!(stage(&outsider.id), LifecycleStage::Other, "off the funnel stays off it");
    let stays = ws.app.db().unwrap().read(|conn| tandem_store::stage_history::of_record(conn, &buyer.id)).unwrap();
    let names: Vec<&str> = stays.iter().map(|s| s.stage.as_str()).collect();
    assert_eq!(names, ["sales_qualified", "customer"], "the funnel reads the move from the stage history");
    // Undo takes the win back, and the customer with it: one transaction.
    ws.app.undo().unwrap();
    assert_eq!(stage(&buyer.id), LifecycleStage::SalesQualified);
}

#[test]
fn board_totals_are_exact_in_the_base_currency_and_name_what_they_could_not_convert() {
    let ws = workspace(WorkspaceChoice::Empty);
    let app = &ws.app;
    app.save_exchange_rate(ExchangeRateInput { id: None, currency: "EUR".into(), rate: "1.10".into(), valid_from: "2020-01-01".into() })
        .unwrap();
    let p = app.list_pipelines().unwrap().remove(0);
    app.create_deal(deal(&p, 2, "A", "1000.00", "USD", "2027-01-10")).unwrap();
    app.create_deal(deal(&p, 2, "B", "0.10", "EUR", "2027-01-20")).unwrap();
    app.create_deal(deal(&p, 2, "C", "500", "CHF", "2027-02-01")).unwrap();
    app.create_deal(deal(&p, 0, "D", "333.33", "USD", "")).unwrap();

    let board = app.deal_board(&p.id).unwrap();
    let proposal = &board.columns[2];
    assert_eq!((proposal.total.count, proposal.total.amount.as_str(), proposal.total.weighted.as_str()), (3, "1000.11", "500.06"));
    assert_eq!(proposal.deals.len(), 3);
    assert_eq!(board.unconverted, ["CHF"]);
    assert_eq!(board.columns[0].total.weighted, "33.33");

    let forecast = app.deal_forecast(&p.id).unwrap();
    let months: Vec<(&str, u32, &str)> =
        forecast.months.iter().map(|m| (m.month.as_str(), m.total.count, m.total.amount.as_str())).collect();
    assert_eq!(months, [("2027-01", 2, "1000.11"), ("2027-02", 1, "0.00"), ("", 1, "333.33")]);
    assert_eq!(forecast.total.amount, "1333.44");
}

#[test]
fn a_deal_idle_past_its_stage_limit_is_rotting() {
    let ws = workspace(WorkspaceChoice::Empty);
    let p = ws.app.list_pipelines().unwrap().remove(0);
    let input = deal(&p, 0, "Quiet one", "10", "USD", "").validate(StageKind::Open).unwrap();
    let twenty_days_ago = (chrono::Utc::now() - chrono::Duration::days(20)).to_rfc3339();
    let id =
        ws.app.db().unwrap().write(WriteSource::Sample, |w| tandem_store::deals::save(w, None, &input, None, &twenty_days_ago)).unwrap().0;
    assert_eq!(ws.app.get_deal(&id).unwrap().rotting_days, Some(6), "Prospecting rots after 14 days");

    // Logging a call makes it fresh again.
    ws.app
        .log_activity(tandem_domain::activity::ActivityInput {
            kind: tandem_domain::activity::ActivityKind::Call,
            subject: "Check-in".into(),
            body: String::new(),
            direction: tandem_domain::activity::Direction::Outbound,
            occurred_at: chrono::Utc::now().to_rfc3339(),
            duration_minutes: 5,
            contact_id: None,
            company_id: None,
            deal_id: Some(id.clone()),
        })
        .unwrap();
    assert_eq!(ws.app.get_deal(&id).unwrap().rotting_days, None);
    let rows = ws
        .app
        .list_deals(DealQuery {
            pipeline_id: p.id.clone(),
            search: "quiet".into(),
            contact_id: None,
            filter: Default::default(),
            sort: DealSort::Name,
            offset: 0,
            limit: 50,
        })
        .unwrap();
    assert_eq!((rows.total, rows.rows[0].rotting_days), (1, None));
}

#[test]
fn a_stage_holding_deals_cannot_be_removed_and_others_can_be_edited() {
    let ws = workspace(WorkspaceChoice::Empty);
    let p = ws.app.list_pipelines().unwrap().remove(0);
    ws.app.create_deal(deal(&p, 1, "Busy", "10", "USD", "")).unwrap();
    let mut stages: Vec<StageInput> = p
        .stages
        .iter()
        .map(|s| StageInput {
            id: Some(s.id.clone()),
            name: s.name.clone(),
            kind: s.kind,
            probability: s.probability,
            rot_days: s.rot_days,
        })
        .collect();
    let without_qualification: Vec<StageInput> = stages.iter().filter(|s| s.name != "Qualification").cloned().collect();
    let err = ws.app.save_pipeline(Some(p.id.clone()), PipelineInput { name: p.name.clone(), stages: without_qualification }).unwrap_err();
    assert_eq!(err.code, ErrorCode::Conflict);
    assert_eq!(err.message, "'Qualification' still holds 1 deal; move it to another stage before removing it.");

    stages.insert(3, StageInput { id: None, name: "Demo".into(), kind: StageKind::Open, probability: 40, rot_days: 5 });
    stages[0].name = "Lead in".into();
    let saved = ws.app.save_pipeline(Some(p.id.clone()), PipelineInput { name: "New business".into(), stages }).unwrap();
    let names: Vec<&str> = saved.stages.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Lead in", "Qualification", "Proposal", "Demo", "Negotiation", "Won", "Lost"]);
    assert_eq!(saved.name, "New business");
}

#[test]
fn the_deal_table_sorts_by_stage_company_and_owner() {
    let ws = workspace(WorkspaceChoice::Empty);
    let p = ws.app.list_pipelines().unwrap().remove(0);
    let mut late = deal(&p, 3, "Late stage", "10", "USD", "");
    late.company_name = "Aardvark".into();
    let aardvark = ws.app.create_deal(late).unwrap().company_id.unwrap();
    let mut early = deal(&p, 0, "Early stage", "10", "USD", "");
    early.company_name = "Zebra".into();
    ws.app.create_deal(early).unwrap();
    let names = |sort: DealSort| -> Vec<String> {
        let query = DealQuery {
            pipeline_id: p.id.clone(),
            search: String::new(),
            contact_id: None,
            filter: Default::default(),
            sort,
            offset: 0,
            limit: 10,
        };
        ws.app.list_deals(query).unwrap().rows.into_iter().map(|r| r.name).collect()
    };
    assert_eq!(names(DealSort::Stage), ["Early stage", "Late stage"]);
    assert_eq!(names(DealSort::Company), ["Late stage", "Early stage"]);
    let at_aardvark = DealQuery {
        pipeline_id: p.id.clone(),
        search: String::new(),
        contact_id: None,
        filter: tandem_domain::view::RecordFilter { company_ids: vec![aardvark], ..Default::default() },
        sort: DealSort::Name,
        offset: 0,
        limit: 10,
    };
    let rows = ws.app.list_deals(at_aardvark).unwrap().rows;
    assert_eq!(rows.iter().map(|r| r.name.as_str()).collect::<Vec<_>>(), ["Late stage"], "a company page lists only its deals");
}
