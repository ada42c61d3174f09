//! Custom fields, list filters and saved views.

use tandem_app::dto::{ContactQuery, WorkspaceChoice};
use tandem_app::{App, ErrorCode};
use tandem_domain::activity::{ActivityInput, ActivityKind, Direction};
use tandem_domain::contact::ContactSort;
use tandem_domain::custom_field::{ChoiceOptionInput, CustomFieldInput, CustomFieldKind, CustomValue};
use tandem_domain::lifecycle::LifecycleStage;
use tandem_domain::view::{CustomFilter, FilterOp, RecordFilter, SavedViewInput, ViewDefinition};

use crate::support::{person, workspace};

fn names(app: &App, search: &str, filter: RecordFilter) -> Vec<String> {
    let query = ContactQuery { search: search.into(), filter, sort: ContactSort::Name, offset: 0, limit: 100 };
    app.list_contacts(query).unwrap().rows.into_iter().map(|r| r.name).collect()
}

#[test]
fn custom_fields_are_checked_by_kind_and_filter_the_list() {
    let ws = workspace(WorkspaceChoice::Empty);
    let app = &ws.app;
    let tier = CustomFieldInput {
        record_table: "contacts".into(),
        label: "Tier".into(),
        kind: CustomFieldKind::Choice,
        options: vec![ChoiceOptionInput { id: None, label: "Gold".into() }, ChoiceOptionInput { id: None, label: "Silver".into() }],
    };
    let fields = app.save_custom_field(None, tier).unwrap();
    let seats = app
        .save_custom_field(
            None,
            CustomFieldInput { record_table: "contacts".into(), label: "Seats".into(), kind: CustomFieldKind::Number, options: vec![] },
        )
        .unwrap();
    assert_eq!(seats.len(), 2);
    let (tier, seats) = (&fields[0], &seats[1]);
    let gold = tier.options[0].id.clone();

    let mut ana = person("Ana", "García", "", "Acme");
    ana.custom = vec![
        CustomValue { field_id: tier.id.clone(), value: gold.clone() },
        CustomValue { field_id: seats.id.clone(), value: "250".into() },
    ];
    let ana = app.create_contact(ana).unwrap();
    assert_eq!(ana.custom.len(), 2);
    let mut bob = person("Bob", "Stone", "", "Acme");
    bob.custom = vec![CustomValue { field_id: seats.id.clone(), value: "12,5O".into() }];
    let err = app.create_contact(bob.clone()).unwrap_err();
    assert_eq!((err.code, err.fields[0].field.clone()), (ErrorCode::Validation, format!("custom.{}", seats.id)));
    bob.custom[0].value = "40".into();
    app.create_contact(bob).unwrap();

    let by = |op: FilterOp, field: &str, value: &str| RecordFilter {
        custom: vec![CustomFilter { field_id: field.into(), op, value: value.into() }],
        ..Default::default()
    };
    assert_eq!(names(app, "", by(FilterOp::Equals, &tier.id, &gold)), ["Ana García"]);
    assert_eq!(names(app, "", by(FilterOp::AtLeast, &seats.id, "100")), ["Ana García"]);
    assert_eq!(names(app, "", by(FilterOp::AtMost, &seats.id, "100")), ["Bob Stone"]);
    assert_eq!(names(app, "", by(FilterOp::IsEmpty, &tier.id, "")), ["Bob Stone"]);

    // Clearing a value unsets it.
    let mut edit = tandem_domain::contact::ContactInput::from(&ana);
    edit.custom = vec![CustomValue { field_id: tier.id.clone(), value: String::new() }];
    assert_eq!(app.update_contact(&ana.id, edit).unwrap().custom.len(), 1);

    let change_kind =
        CustomFieldInput { record_table: "contacts".into(), label: "Seats".into(), kind: CustomFieldKind::Text, options: vec![] };
    assert_eq!(app.save_custom_field(Some(seats.id.clone()), change_kind).unwrap_err().code, ErrorCode::Conflict);
}

#[test]
fn filters_narrow_the_list_and_combine_with_search() {
    let ws = workspace(WorkspaceChoice::Empty);
    let app = &ws.app;
    let me = app.get_profile().unwrap().unwrap().id;
    let mut ana = person("Ana", "García", "", "Acme");
    ana.lifecycle_stage = LifecycleStage::MarketingQualified;
    ana.country = "Spain".into();
    ana.tags = vec!["VIP".into()];
    ana.owner_id = Some(me.clone());
    let ana = app.create_contact(ana).unwrap();
    let mut bea = person("Bea", "Ruiz", "", "Acme");
    bea.lifecycle_stage = LifecycleStage::MarketingQualified;
    bea.country = "spain".into();
    app.create_contact(bea).unwrap();
    app.create_contact(person("Carl", "Berg", "", "Globex")).unwrap();
    app.log_activity(ActivityInput {
        kind: ActivityKind::Email,
        subject: "Follow-up".into(),
        body: String::new(),
        direction: Direction::Outbound,
        occurred_at: chrono::Utc::now().to_rfc3339(),
        duration_minutes: 0,
        contact_id: Some(ana.id.clone()),
        company_id: None,
        deal_id: None,
    })
    .unwrap();

    let f = |filter: RecordFilter| filter;
    assert_eq!(
        names(app, "", f(RecordFilter { lifecycle: vec![LifecycleStage::MarketingQualified], ..Default::default() })),
        ["Ana García", "Bea Ruiz"]
    );
    assert_eq!(names(app, "", f(RecordFilter { countries: vec!["SPAIN".into()], ..Default::default() })), ["Ana García", "Bea Ruiz"]);
    assert_eq!(names(app, "", f(RecordFilter { tags: vec!["vip".into()], ..Default::default() })), ["Ana García"]);
    assert_eq!(names(app, "", f(RecordFilter { owner_ids: vec![me], ..Default::default() })), ["Ana García"]);
    assert_eq!(names(app, "", f(RecordFilter { no_activity_days: Some(30), ..Default::default() })), ["Bea Ruiz", "Carl Berg"]);
    assert_eq!(names(app, "acme", f(RecordFilter { no_activity_days: Some(30), ..Default::default() })), ["Bea Ruiz"]);
    assert_eq!(names(app, "be", f(RecordFilter { countries: vec!["Spain".into()], ..Default::default() })), ["Bea Ruiz"]);
}

#[test]
fn views_are_saved_by_name_and_come_back_as_saved() {
    let ws = workspace(WorkspaceChoice::Empty);
    let definition = ViewDefinition {
        search: "acme".into(),
        filter: RecordFilter { lifecycle: vec![LifecycleStage::SalesQualified], no_activity_days: Some(30), ..Default::default() },
        sort: "recently_updated".into(),
    };
    let input = SavedViewInput { record_table: "contacts".into(), name: " Stale SQLs ".into(), definition: definition.clone() };
    let views = ws.app.save_saved_view(None, input.clone()).unwrap();
    assert_eq!((views[0].name.as_str(), &views[0].definition), ("Stale SQLs", &definition));
    let renamed = ws.app.save_saved_view(Some(views[0].id.clone()), SavedViewInput { name: "Stale SQLs (Spain)".into(), ..input }).unwrap();
    assert_eq!(renamed.len(), 1);
    assert_eq!(renamed[0].name, "Stale SQLs (Spain)");
    ws.app.delete_saved_view(&renamed[0].id).unwrap();
    assert!(ws.app.list_saved_views("contacts").unwrap().is_empty());
    let bad = SavedViewInput { record_table: "contacts".into(), name: "".into(), definition: ViewDefinition::default() };
    assert_eq!(ws.app.save_saved_view(None, bad).unwrap_err().fields[0].field, "name");
}
