//! Campaigns, attribution, sales teams and quotas through the app: what a marketer and a sales
//! manager do, and what the roles refuse.

use tandem_app::dto::{ContactQuery, DuplicatePolicy, ImportRequest, SetContactsCampaign, SetDealsCampaign, WorkspaceChoice};
use tandem_app::{App, ErrorCode};
use tandem_domain::campaign::{CampaignInput, Channel, QuotaInput, Touch, Touches};
use tandem_domain::contact::ContactSort;
use tandem_domain::deal::DealInput;
use tandem_domain::member::{MemberInput, Role};
use tandem_domain::view::RecordFilter;

use crate::support::{person, workspace};

fn webinar(name: &str) -> CampaignInput {
    CampaignInput {
        name: name.into(),
        channel: "webinar".into(),
        starts_on: "2026-03-01".into(),
        ends_on: "2026-03-31".into(),
        budget: "8000".into(),
        actual_cost: "7450.50".into(),
        utm_source: "newsletter".into(),
        utm_medium: "email".into(),
        utm_campaign: "spring-webinar".into(),
        ..Default::default()
    }
}

fn become_sales_manager(app: &App) {
    let manager = app
        .save_member(MemberInput { id: None, name: "Dana Whitfield".into(), email: "dana@acme.com".into(), role: Role::SalesManager })
        .unwrap();
    app.switch_profile(&manager.id).unwrap();
}

fn fields(err: &tandem_app::AppError) -> Vec<&str> {
    err.fields.iter().map(|f| f.field.as_str()).collect()
}

#[test]
fn a_marketer_creates_edits_and_deletes_a_campaign() {
    let ws = workspace(WorkspaceChoice::Empty);
    let app = &ws.app;
    let created = app.create_campaign(webinar("Spring webinar")).unwrap();
    assert_eq!(created.channel, Channel::Webinar);
    assert_eq!(created.currency, "USD", "the base currency by default");
    assert_eq!((created.budget.as_str(), created.actual_cost.as_str()), ("8000", "7450.5"));

    let edited = app.update_campaign(&created.id, CampaignInput { goal: "60 MQLs".into(), ..webinar("Spring webinar 2026") }).unwrap();
    assert_eq!((edited.name.as_str(), edited.goal.as_str()), ("Spring webinar 2026", "60 MQLs"));
    assert_eq!(app.list_campaigns().unwrap().len(), 1);

    let duplicate = app.create_campaign(webinar("spring WEBINAR 2026")).unwrap_err();
    assert_eq!(fields(&duplicate), ["name"]);

    app.delete_campaign(&created.id).unwrap();
    assert!(app.list_campaigns().unwrap().is_empty());
    let trashed = app.list_trash().unwrap();
    assert!(trashed.iter().any(|r| r.table == "campaigns" && r.title == "Spring webinar 2026"), "campaigns go to the Trash");
}

#[test]
fn each_wrong_field_says_what_to_do() {
    let ws = workspace(WorkspaceChoice::Empty);
    let bad = CampaignInput {
        name: "".into(),
        channel: "radio".into(),
        starts_on: "2026-04-01".into(),
        ends_on: "2026-03-01".into(),
        budget: "-5".into(),
        actual_cost: "lots".into(),
        currency: "EURO".into(),
        utm_campaign: "spring sale".into(),
        ..Default::default()
    };
    let err = ws.app.create_campaign(bad).unwrap_err();
    assert_eq!(err.code, ErrorCode::Validation);
    assert_eq!(fields(&err), ["name", "channel", "ends_on", "currency", "budget", "actual_cost", "utm_campaign"]);
    assert!(err.fields[2].message.contains("cannot end (2026-03-01) before it starts (2026-04-01)"), "{err:?}");
}

#[test]
fn contacts_and_deals_carry_their_first_and_latest_campaign() {
    let ws = workspace(WorkspaceChoice::Empty);
    let app = &ws.app;
    let webinar = app.create_campaign(webinar("Spring webinar")).unwrap();
    let ads = app.create_campaign(CampaignInput { channel: "paid_search".into(), ..self::webinar("Google Ads") }).unwrap();

    // A first touch alone is also the latest touch.
    let ana = app
        .create_contact(tandem_domain::contact::ContactInput {
            first_campaign_id: Some(webinar.id.clone()),
            ..person("Ana", "García", "ana@acme.com", "Acme")
        })
        .unwrap();
    assert_eq!((ana.first_campaign_name.as_str(), ana.last_campaign_name.as_str()), ("Spring webinar", "Spring webinar"));
    let mut input = tandem_domain::contact::ContactInput::from(&ana);
    input.last_campaign_id = Some(ads.id.clone());
    let ana = app.update_contact(&ana.id, input).unwrap();
    assert_eq!(ana.last_campaign_name, "Google Ads");

    let unknown = app
        .create_contact(tandem_domain::contact::ContactInput {
            last_campaign_id: Some("no-such-campaign".into()),
            ..person("Bob", "", "", "")
        })
        .unwrap_err();
    assert_eq!(fields(&unknown), ["last_campaign_id"]);

    let pipeline = app.list_pipelines().unwrap().remove(0);
    let deal = app
        .create_deal(DealInput {
            name: "Acme — 50 seats".into(),
            pipeline_id: pipeline.id.clone(),
            stage_id: pipeline.stages[0].id.clone(),
            currency: "USD".into(),
            amount: "12000".into(),
            primary_contact_id: Some(ana.id.clone()),
            first_campaign_id: Some(webinar.id.clone()),
            last_campaign_id: Some(ads.id.clone()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!((deal.first_campaign_name.as_str(), deal.last_campaign_name.as_str()), ("Spring webinar", "Google Ads"));

    let records = app.campaign_records(&webinar.id).unwrap();
    assert_eq!(records.leads.len(), 1);
    assert_eq!(records.leads[0].touches, Touches::First);
    assert_eq!(records.deals[0].touches, Touches::First);
    let row = app.list_campaigns().unwrap().into_iter().find(|c| c.id == ads.id).unwrap();
    assert_eq!((row.leads, row.deals), (1, 1));

    // A deleted campaign keeps its records pointing at it; editing them still works.
    app.delete_campaign(&webinar.id).unwrap();
    let ana = app.get_contact(&ana.id).unwrap();
    assert_eq!((ana.first_campaign_id.as_deref(), ana.first_campaign_name.as_str()), (Some(webinar.id.as_str()), ""));
    let mut input = tandem_domain::contact::ContactInput::from(&ana);
    input.title = "VP Sales".into();
    app.update_contact(&ana.id, input).unwrap();
}

#[test]
fn set_campaign_on_a_filtered_list_is_one_undoable_change() {
    let ws = workspace(WorkspaceChoice::Empty);
    let app = &ws.app;
    let webinar = app.create_campaign(webinar("Spring webinar")).unwrap();
    let ads = app.create_campaign(webinar_named("Google Ads")).unwrap();
    for (first, email, company) in [("Ana", "ana@acme.com", "Acme"), ("Bea", "bea@acme.com", "Acme"), ("Carl", "carl@globex.io", "Globex")]
    {
        app.create_contact(person(first, "", email, company)).unwrap();
    }
    let carl = app.list_contacts(query("Carl")).unwrap().rows.remove(0);
    let mut carl_input = tandem_domain::contact::ContactInput::from(&app.get_contact(&carl.id).unwrap());
    carl_input.last_campaign_id = Some(ads.id.clone());
    app.update_contact(&carl.id, carl_input).unwrap();

    let result = app
        .set_contacts_campaign(SetContactsCampaign {
            search: "acme".into(),
            filter: RecordFilter::default(),
            touch: Touch::First,
            campaign_id: Some(webinar.id.clone()),
        })
        .unwrap();
    assert_eq!((result.matched, result.changed), (2, 2));
    assert_eq!(app.campaign_records(&webinar.id).unwrap().leads.len(), 2);
    assert!(app.campaign_records(&webinar.id).unwrap().leads.iter().all(|l| l.touches == Touches::Both));

    // The whole list at once: Carl keeps his latest campaign, gets the first touch.
    let all = SetContactsCampaign {
        search: String::new(),
        filter: RecordFilter::default(),
        touch: Touch::First,
        campaign_id: Some(ads.id.clone()),
    };
    assert_eq!(app.set_contacts_campaign(all).unwrap().changed, 3);
    let undone = app.undo().unwrap().unwrap();
    assert!(undone.description.contains("Google Ads"), "{}", undone.description);
    assert_eq!(app.campaign_records(&webinar.id).unwrap().leads.len(), 2, "undo gives back the webinar");
    assert_eq!(app.get_contact(&carl.id).unwrap().first_campaign_id, None);

    let gone = app.set_contacts_campaign(SetContactsCampaign {
        search: String::new(),
        filter: RecordFilter::default(),
        touch: Touch::Last,
        campaign_id: Some("nope".into()),
    });
    assert_eq!(gone.unwrap_err().code, ErrorCode::NotFound);
}

#[test]
fn set_campaign_on_the_deals_a_table_shows_touches_only_those_and_undoes_in_one_step() {
    let ws = workspace(WorkspaceChoice::Empty);
    let app = &ws.app;
    let ads = app.create_campaign(webinar_named("Google Ads")).unwrap();
    let pipeline = app.list_pipelines().unwrap().remove(0);
    let (first, second) = (&pipeline.stages[0], &pipeline.stages[1]);
    let deal = |name: &str, stage_id: &str| {
        app.create_deal(DealInput {
            name: name.into(),
            pipeline_id: pipeline.id.clone(),
            stage_id: stage_id.into(),
            currency: "USD".into(),
            amount: "1000".into(),
            ..Default::default()
        })
        .unwrap()
    };
    let (acme, globex, initech) = (deal("Acme renewal", &first.id), deal("Globex pilot", &first.id), deal("Initech seats", &second.id));

    // The table filtered to the first stage and searched for "acme" or "globex": two of three.
    let shown = |search: &str, touch: Touch, campaign_id: Option<String>| SetDealsCampaign {
        pipeline_id: pipeline.id.clone(),
        search: search.into(),
        filter: RecordFilter { stage_ids: vec![first.id.clone()], ..RecordFilter::default() },
        touch,
        campaign_id,
    };
    let result = app.set_deals_campaign(shown("", Touch::First, Some(ads.id.clone()))).unwrap();
    assert_eq!((result.matched, result.changed), (2, 2));
    for id in [&acme.id, &globex.id] {
        let got = app.get_deal(id).unwrap();
        // A first touch on a deal without a latest one is its latest too.
        assert_eq!((got.first_campaign_id.as_deref(), got.last_campaign_id.as_deref()), (Some(ads.id.as_str()), Some(ads.id.as_str())));
    }
    assert_eq!(app.get_deal(&initech.id).unwrap().first_campaign_id, None, "a deal the table did not show is untouched");
    assert_eq!(app.campaign_records(&ads.id).unwrap().deals.len(), 2);

    let cleared = app.set_deals_campaign(shown("acme", Touch::Last, None)).unwrap();
    assert_eq!((cleared.matched, cleared.changed), (1, 1));
    assert_eq!(app.get_deal(&acme.id).unwrap().last_campaign_id, None);
    let undone = app.undo().unwrap().unwrap();
    assert_eq!(undone.description, "Cleared the latest campaign of 1 deals");
    assert_eq!(app.get_deal(&acme.id).unwrap().last_campaign_id.as_deref(), Some(ads.id.as_str()));

    let gone = app.set_deals_campaign(shown("", Touch::Last, Some("nope".into())));
    assert_eq!(gone.unwrap_err().code, ErrorCode::NotFound);
}

#[test]
fn lists_filter_by_original_or_latest_campaign_and_old_saved_views_still_read() {
    let ws = workspace(WorkspaceChoice::Empty);
    let app = &ws.app;
    let webinar = app.create_campaign(webinar("Spring webinar")).unwrap();
    let ads = app.create_campaign(webinar_named("Google Ads")).unwrap();
    let with = |first: &str, first_campaign: Option<&str>, last_campaign: Option<&str>| {
        app.create_contact(tandem_domain::contact::ContactInput {
            first_campaign_id: first_campaign.map(str::to_owned),
            last_campaign_id: last_campaign.map(str::to_owned),
            ..person(first, "", "", "")
        })
        .unwrap()
    };
    with("Ana", Some(&webinar.id), Some(&webinar.id));
    with("Bea", Some(&ads.id), Some(&webinar.id));
    with("Carl", Some(&ads.id), Some(&ads.id));
    with("Dan", None, None);
    let names = |campaign_ids: Vec<String>| -> Vec<String> {
        let filter = RecordFilter { campaign_ids, ..RecordFilter::default() };
        app.list_contacts(ContactQuery { filter, ..query("") }).unwrap().rows.into_iter().map(|r| r.name).collect()
    };
    assert_eq!(names(vec![webinar.id.clone()]), ["Ana", "Bea"], "Bea's latest touch was the webinar");
    assert_eq!(names(vec![ads.id.clone()]), ["Bea", "Carl"], "Bea came in through the ads");
    assert_eq!(names(vec![webinar.id.clone(), ads.id.clone()]), ["Ana", "Bea", "Carl"]);

    let pipeline = app.list_pipelines().unwrap().remove(0);
    app.create_deal(DealInput {
        name: "Acme — 50 seats".into(),
        pipeline_id: pipeline.id.clone(),
        stage_id: pipeline.stages[0].id.clone(),
        currency: "USD".into(),
        amount: "12000".into(),
        last_campaign_id: Some(ads.id.clone()),
        ..Default::default()
    })
    .unwrap();
    let deals = |campaign_id: &str| {
        let filter = RecordFilter { campaign_ids: vec![campaign_id.to_owned()], ..RecordFilter::default() };
        app.list_deals(deal_query(&pipeline.id, filter)).unwrap().total
    };
    assert_eq!((deals(&ads.id), deals(&webinar.id)), (1, 0));

    // A view saved before campaigns existed has no campaign part: it reads as "any campaign".
    let old: tandem_domain::view::ViewDefinition = serde_json::from_str(
        r#"{"search":"","filter":{"lifecycle":["lead"],"stage_ids":[],"owner_ids":[],"company_ids":[],"tags":[],"countries":[],"no_activity_days":null,"custom":[]},"sort":"name"}"#,
    )
    .unwrap();
    assert!(old.filter.campaign_ids.is_empty());
    assert_eq!(old.filter.lifecycle.len(), 1);
}

/// The first page of a pipeline's deals (every pipeline's for "") that `filter` keeps.
fn deal_query(pipeline_id: &str, filter: RecordFilter) -> tandem_app::dto::DealQuery {
    tandem_app::dto::DealQuery {
        pipeline_id: pipeline_id.into(),
        search: String::new(),
        contact_id: None,
        filter,
        sort: tandem_app::dto::DealSort::Name,
        offset: 0,
        limit: 50,
    }
}

fn webinar_named(name: &str) -> CampaignInput {
    CampaignInput { channel: "paid_search".into(), ..webinar(name) }
}

fn query(search: &str) -> ContactQuery {
    ContactQuery { search: search.into(), filter: Default::default(), sort: ContactSort::Name, offset: 0, limit: 50 }
}

#[test]
fn an_import_maps_campaign_columns_by_name_and_reports_unknown_ones() {
    let ws = workspace(WorkspaceChoice::Empty);
    let app = &ws.app;
    let webinar = app.create_campaign(webinar("Spring webinar")).unwrap();
    let csv = "First Name,Email,Original campaign,Latest campaign
Ana,ana@acme.com,spring webinar,
Bob,bob@globex.io,Spring webinar,Autumn fair
";
    let staged = app.stage_import("leads.csv", csv.as_bytes()).unwrap();
    use tandem_interchange::ContactField;
    assert_eq!(staged.mapping.columns[2..], [ContactField::OriginalCampaign, ContactField::LatestCampaign]);
    let req = ImportRequest { file_id: staged.file_id, mapping: staged.mapping, duplicates: DuplicatePolicy::Update };
    let plan = app.preview_import(&req).unwrap();
    assert_eq!((plan.create, plan.problem_count), (1, 1));
    assert_eq!(plan.problems[0].line, 3);
    assert!(plan.problems[0].message.contains("There is no campaign called 'Autumn fair'"), "{:?}", plan.problems);
    app.run_import(&req, |_| {}).unwrap();
    let leads = app.campaign_records(&webinar.id).unwrap().leads;
    assert_eq!(leads.len(), 1);
    assert_eq!((leads[0].name.as_str(), leads[0].touches), ("Ana", Touches::Both));
    assert_eq!(app.list_campaigns().unwrap().len(), 1, "an import creates no campaign");
}

#[test]
fn sales_managers_keep_teams_and_quotas_and_sellers_only_read_them() {
    let ws = workspace(WorkspaceChoice::Empty);
    let app = &ws.app;
    let seller = app.get_profile().unwrap().unwrap();
    assert_eq!(app.save_sales_team(None, "Enterprise").unwrap_err().code, ErrorCode::Forbidden);
    let quota = QuotaInput { owner_id: seller.id.clone(), fiscal_year: 2026, quarter: 2, amount: "120000".into() };
    assert_eq!(app.set_quota(quota.clone()).unwrap_err().code, ErrorCode::Forbidden);

    become_sales_manager(app);
    let teams = app.save_sales_team(None, "Enterprise").unwrap();
    let team = teams[0].clone();
    assert_eq!(fields(&app.save_sales_team(None, " enterprise ").unwrap_err()), ["name"]);
    assert_eq!(fields(&app.save_sales_team(None, "  ").unwrap_err()), ["name"]);
    let teams = app.add_sales_team_member(&team.id, &seller.id).unwrap();
    let teams = app.add_sales_team_member(&team.id, &seller.id).map(|_| teams).unwrap();
    assert_eq!(teams[0].members.len(), 1, "adding twice keeps one membership");
    let teams = app.save_sales_team(Some(team.id.clone()), "Enterprise EMEA").unwrap();
    assert_eq!(teams[0].name, "Enterprise EMEA");
    let teams = app.remove_sales_team_member(&teams[0].members[0].id).unwrap();
    assert!(teams[0].members.is_empty());
    assert!(app.delete_sales_team(&team.id).unwrap().is_empty());

    // Quarters follow the fiscal year: with an April start, Q2 FY2026 is July to September 2026.
    let mut settings = app.get_settings().unwrap();
    settings.fiscal_year_start_month = 4;
    app.update_settings(settings).unwrap();
    let board = app.set_quota(quota.clone()).unwrap();
    assert_eq!(board.quarters.len(), 9);
    let set = board.quotas.iter().find(|q| q.owner_id == seller.id).expect("the quota is listed");
    assert_eq!((set.starts_on.as_str(), set.ends_on.as_str(), set.amount.as_str()), ("2026-07-01", "2026-09-30", "120000"));
    assert!(board.quarters.iter().any(|q| q.label == "Q2 FY2027" && q.starts_on == "2026-07-01"), "{:?}", board.quarters);
    let board = app.set_quota(QuotaInput { amount: "125000".into(), ..quota.clone() }).unwrap();
    let amounts: Vec<&str> = board.quotas.iter().filter(|q| q.owner_id == seller.id).map(|q| q.amount.as_str()).collect();
    assert_eq!(amounts, ["125000"], "setting a quota again changes it");
    let err = app.set_quota(QuotaInput { amount: "-1".into(), quarter: 5, ..quota }).unwrap_err();
    assert_eq!(fields(&err), ["quarter", "amount"]);

    // Back to the seller: reading is fine, changing is not.
    app.switch_profile(&seller.id).unwrap();
    assert!(app.quota_board().is_ok());
    assert_eq!(app.list_sales_teams().unwrap().len(), 0);
}

#[test]
fn the_sample_workspace_has_campaigns_attribution_teams_and_quotas() {
    let ws = workspace(WorkspaceChoice::Sample);
    let app = &ws.app;
    let campaigns = app.list_campaigns().unwrap();
    assert!(campaigns.len() >= 8, "{}", campaigns.len());
    let channels: std::collections::BTreeSet<_> = campaigns.iter().map(|c| c.channel.as_str()).collect();
    assert!(channels.len() >= 7, "{channels:?}");
    let leads: u32 = campaigns.iter().map(|c| c.leads).sum();
    let deals: u32 = campaigns.iter().map(|c| c.deals).sum();
    assert!(leads > 300 && deals > 20, "leads {leads}, deals {deals}");
    let teams = app.list_sales_teams().unwrap();
    assert_eq!(teams.len(), 2);
    let board = app.quota_board().unwrap();
    let current = &board.quarters[board.current as usize];
    let previous = &board.quarters[board.current as usize - 1];
    for quarter in [current, previous] {
        assert_eq!(board.quotas.iter().filter(|q| q.starts_on == quarter.starts_on).count(), 3, "{}", quarter.label);
    }
    // The sample's sales manager and both sellers carry deals and a quota; its marketer neither.
    let teammates: Vec<_> = app.list_members().unwrap().into_iter().filter(|m| m.email.ends_with("@tandem-sample.com")).collect();
    assert_eq!(teammates.len(), 4);
    for member in teammates {
        let filter = RecordFilter { owner_ids: vec![member.id.clone()], ..RecordFilter::default() };
        let deals = app.list_deals(deal_query("", filter)).unwrap().total;
        let quotas = board.quotas.iter().filter(|q| q.owner_id == member.id).count();
        let sells = member.role != Role::Marketer;
        assert_eq!((deals > 0, quotas > 0), (sells, sells), "{} ({:?}): {deals} deals, {quotas} quotas", member.name, member.role);
    }
}

#[test]
fn winning_a_campaigns_deal_shows_in_its_revenue_and_roi() {
    use tandem_app::dashboard::{Attribution, DashboardFilter};
    let ws = workspace(WorkspaceChoice::Empty);
    let app = &ws.app;
    let today = chrono::Utc::now().date_naive();
    let start = (today - chrono::Duration::days(30)).format("%Y-%m-%d").to_string();
    let campaign = app
        .create_campaign(CampaignInput {
            starts_on: start.clone(),
            ends_on: String::new(),
            actual_cost: "1000".into(),
            ..webinar("Spring webinar")
        })
        .unwrap();
    let ana = app
        .create_contact(tandem_domain::contact::ContactInput {
            first_campaign_id: Some(campaign.id.clone()),
            ..person("Ana", "García", "ana@acme.com", "Acme")
        })
        .unwrap();
    let pipeline = app.list_pipelines().unwrap().remove(0);
    let won = pipeline.stages.iter().find(|s| s.kind == tandem_domain::pipeline::StageKind::Won).unwrap();
    let filter = DashboardFilter {
        period_start: start,
        period_end: today.format("%Y-%m-%d").to_string(),
        owner_id: None,
        team_id: None,
        campaign_id: Some(campaign.id.clone()),
        region: None,
        product_id: None,
        attribution: Attribution::FirstTouch,
    };
    let row = |app: &App| app.dashboard(&filter).unwrap().campaigns.into_iter().find(|c| c.id == campaign.id).unwrap();
    let before = row(app);
    assert_eq!(before.leads.value, "1");
    assert_eq!(before.roi_percent, Some(-100));

    let deal = app
        .create_deal(DealInput {
            name: "Acme — 50 seats".into(),
            pipeline_id: pipeline.id.clone(),
            stage_id: pipeline.stages[0].id.clone(),
            currency: "USD".into(),
            amount: "5000".into(),
            primary_contact_id: Some(ana.id.clone()),
            first_campaign_id: Some(campaign.id.clone()),
            ..Default::default()
        })
        .unwrap();
    app.move_deal(&deal.id, &won.id, "").unwrap();
    let after = row(app);
    assert_eq!(after.roi_percent, Some(400), "(5000 − 1000) / 1000");
    assert!(after.revenue.value.starts_with("5000"), "{}", after.revenue.value);
}
