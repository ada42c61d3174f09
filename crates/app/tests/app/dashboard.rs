//! The joint funnel dashboard through the app: figures computed from stage history, drill-downs
//! that return exactly the records behind a figure, filters that narrow, tables as CSV.

use tandem_app::dashboard::{Attribution, DashboardFilter, DashboardTable};
use tandem_app::dto::WorkspaceChoice;
use tandem_domain::deal::DealInput;
use tandem_domain::lifecycle::LifecycleStage;
use tandem_domain::member::{MemberInput, Role};

use crate::support::{person, workspace};

fn today(app: &tandem_app::App) -> String {
    let zone: chrono_tz::Tz = app.get_settings().unwrap().time_zone.parse().unwrap_or(chrono_tz::UTC);
    chrono::Utc::now().with_timezone(&zone).date_naive().to_string()
}

fn filter(day: &str) -> DashboardFilter {
    DashboardFilter {
        period_start: day.into(),
        period_end: day.into(),
        owner_id: None,
        team_id: None,
        campaign_id: None,
        region: None,
        product_id: None,
        attribution: Attribution::FirstTouch,
    }
}

fn counts(d: &tandem_app::dashboard::Dashboard) -> Vec<String> {
    d.funnel.iter().map(|s| s.count.value.clone()).collect()
}

#[test]
fn a_marketer_and_a_seller_read_the_same_funnel_and_drill_into_it() {
    let ws = workspace(WorkspaceChoice::Empty);
    let app = &ws.app;
    let ben = app.save_member(MemberInput { id: None, name: "Ben Ode".into(), email: "ben@acme.com".into(), role: Role::Seller }).unwrap();
    let day = today(app);

    // Carla goes lead → SQL (skipping MQL) → customer; Dan lead → MQL; Eve stays a lead (Ben's).
    let carla = app.create_contact(person("Carla", "Ruiz", "carla@x.com", "Xeno")).unwrap();
    let mut input = tandem_domain::contact::ContactInput::from(&carla);
    input.lifecycle_stage = LifecycleStage::SalesQualified;
    app.update_contact(&carla.id, input.clone()).unwrap();
    input.lifecycle_stage = LifecycleStage::Customer;
    app.update_contact(&carla.id, input).unwrap();
    let dan = app.create_contact(person("Dan", "Lo", "dan@y.com", "Yak")).unwrap();
    let mut input = tandem_domain::contact::ContactInput::from(&dan);
    input.lifecycle_stage = LifecycleStage::MarketingQualified;
    app.update_contact(&dan.id, input).unwrap();
    let eve = app
        .create_contact(tandem_domain::contact::ContactInput { owner_id: Some(ben.id.clone()), ..person("Eve", "Ng", "eve@z.com", "Zed") })
        .unwrap();

    let dashboard = app.dashboard(&filter(&day)).unwrap();
    // Skipped stages count as passed: Carla counts at MQL and opportunity too.
    assert_eq!(counts(&dashboard), ["3", "2", "1", "1", "1"]);
    assert_eq!(dashboard.funnel[1].conversion_percent, Some(67));
    assert_eq!(dashboard.lead_to_customer_percent, Some(33));
    assert_eq!(dashboard.new_customers.value, "1");

    // A drill-down lists exactly the records behind the figure.
    let mqls = app.dashboard_records(&filter(&day), dashboard.funnel[1].count.drill.as_deref().unwrap()).unwrap();
    let mut ids: Vec<&str> = mqls.records.iter().map(|r| r.id.as_str()).collect();
    ids.sort();
    let mut expected = vec![carla.id.as_str(), dan.id.as_str()];
    expected.sort();
    assert_eq!(ids, expected);
    assert!(mqls.records.iter().all(|r| r.table == "contacts" && r.at == day));

    // A deal won today and one still open.
    let pipeline = app.list_pipelines().unwrap().remove(0);
    let deal = |name: &str, stage: usize, amount: &str| DealInput {
        name: name.into(),
        pipeline_id: pipeline.id.clone(),
        stage_id: pipeline.stages[stage].id.clone(),
        company_name: "Xeno".into(),
        amount: amount.into(),
        currency: app.get_settings().unwrap().base_currency,
        ..Default::default()
    };
    let won = app.create_deal(deal("Xeno — 20 seats", 2, "1200")).unwrap();
    app.move_deal(&won.id, &pipeline.stages[4].id, "").unwrap();
    let open = app.create_deal(deal("Xeno — expansion", 2, "800")).unwrap();

    let dashboard = app.dashboard(&filter(&day)).unwrap();
    assert_eq!((dashboard.won.value.as_str(), dashboard.win_rate_percent), ("1", Some(100)));
    assert_eq!(dashboard.average_deal_value.value, "1200.00");
    let proposal: Vec<(&str, &str, &str)> =
        dashboard.pipeline.iter().map(|s| (s.stage.as_str(), s.count.value.as_str(), s.amount.value.as_str())).collect();
    assert_eq!(proposal, [("Proposal", "1", "800.00")]);
    assert_eq!(dashboard.pipeline_weighted, "400.00");
    let behind_won = app.dashboard_records(&filter(&day), dashboard.won.drill.as_deref().unwrap()).unwrap();
    assert_eq!(
        behind_won.records.iter().map(|r| (r.table.as_str(), r.id.as_str(), r.amount.as_str())).collect::<Vec<_>>(),
        [("deals", won.id.as_str(), "1200.00")]
    );
    let behind_open = app.dashboard_records(&filter(&day), dashboard.pipeline[0].count.drill.as_deref().unwrap()).unwrap();
    assert_eq!(behind_open.records.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(), [open.id.as_str()]);

    // Filters narrow: Ben owns only Eve, and no deal.
    let bens = DashboardFilter { owner_id: Some(ben.id.clone()), ..filter(&day) };
    let dashboard = app.dashboard(&bens).unwrap();
    assert_eq!(counts(&dashboard), ["1", "0", "0", "0", "0"]);
    assert_eq!((dashboard.won.value.as_str(), dashboard.win_rate_percent), ("0", None));
    let behind = app.dashboard_records(&bens, "funnel:lead").unwrap();
    assert_eq!(behind.records.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(), [eve.id.as_str()]);
    // A period before anyone existed is empty, with no figure where there is no denominator.
    let last_year = DashboardFilter { period_start: "2000-01-01".into(), period_end: "2000-12-31".into(), ..filter(&day) };
    let empty = app.dashboard(&last_year).unwrap();
    assert_eq!(counts(&empty), ["0", "0", "0", "0", "0"]);
    assert_eq!((empty.lead_to_customer_percent, empty.customer_acquisition_cost.value.as_str()), (None, ""));

    // The options list the owners, and every table exports as CSV.
    let options = app.dashboard_options().unwrap();
    assert!(options.owners.iter().any(|o| o.id == ben.id));
    let csv = app.dashboard_csv(&filter(&day), DashboardTable::Funnel).unwrap();
    assert!(csv.starts_with("\u{feff}Stage,Leads,Conversion %,Median days in stage\r\nNew leads,3,,"), "{csv}");
}

#[test]
fn the_dashboard_sees_a_change_made_after_it_was_computed() {
    let ws = workspace(WorkspaceChoice::Empty);
    let app = &ws.app;
    let day = today(app);
    app.create_contact(person("Ana", "One", "a1@x.com", "X")).unwrap();
    assert_eq!(app.dashboard(&filter(&day)).unwrap().funnel[0].count.value, "1");
    // The cached facts are dropped by the commit, and a filter change alone reuses them.
    app.create_contact(person("Bo", "Two", "b2@x.com", "X")).unwrap();
    assert_eq!(app.dashboard(&filter(&day)).unwrap().funnel[0].count.value, "2");
    // Another process's commit (here: the store written directly) is noticed through the change log.
    app.db()
        .unwrap()
        .write(tandem_store::WriteSource::Import, |w| {
            let input = person("Cy", "Three", "c3@x.com", "X").validate().unwrap();
            tandem_store::contacts::create_dated(
                w,
                &tandem_store::new_id(),
                &input,
                None,
                &chrono::Utc::now().to_rfc3339(),
                &chrono::Utc::now().to_rfc3339(),
            )
        })
        .unwrap();
    assert_eq!(app.dashboard(&filter(&day)).unwrap().funnel[0].count.value, "3");
}

#[test]
fn the_sample_workspace_shows_a_believable_funnel_over_the_last_twelve_months() {
    let ws = workspace(WorkspaceChoice::Sample);
    let app = &ws.app;
    let day = today(app);
    let year_ago = (chrono::NaiveDate::parse_from_str(&day, "%Y-%m-%d").unwrap() - chrono::Days::new(365)).to_string();
    let dashboard = app.dashboard(&DashboardFilter { period_start: year_ago, ..filter(&day) }).unwrap();
    let counts: Vec<u32> = dashboard.funnel.iter().map(|s| s.count.value.parse().unwrap()).collect();
    // Hundreds of new leads, fewer at each step, and some of them customers by now.
    assert!(counts[0] > 500 && counts.windows(2).all(|w| w[1] < w[0]) && counts[4] > 20, "{counts:?}");
    // Contacts walked through the stages over days and weeks, not all at once on their first day.
    let lead_days: f64 = dashboard.funnel[0].median_days.as_deref().unwrap().parse().unwrap();
    assert!(lead_days > 3.0, "{lead_days}");
    assert!(dashboard.funnel[1..4].iter().all(|s| s.median_days.is_some()));
    assert!(dashboard.new_customers.value.parse::<u32>().unwrap() > 0);
    // Campaigns brought in deals that were won: most earn revenue over the year, and what campaigns
    // sourced is a real share of all that was won.
    let earning = dashboard.campaigns.iter().filter(|c| c.revenue.value.parse::<f64>().unwrap() > 0.0).count();
    assert!(earning * 3 >= dashboard.campaigns.len() * 2, "{earning} of {} campaigns earned anything", dashboard.campaigns.len());
    let sourced: f64 = dashboard.sourced_revenue.value.parse().unwrap();
    let won: f64 = dashboard.revenue_by_owner.iter().map(|s| s.amount.value.parse::<f64>().unwrap()).sum();
    assert!(sourced * 3.0 > won && sourced < won, "campaigns sourced {sourced} of {won} won");
    // Some deals sales found were touched by a campaign later: influenced by it, not sourced.
    let influenced: f64 = dashboard.influenced_revenue.value.parse().unwrap();
    assert!(influenced > sourced, "campaigns influenced {influenced}, sourced {sourced} of {won} won");
}
