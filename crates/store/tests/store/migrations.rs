use std::collections::BTreeSet;

use tandem_store::backups;
use tandem_store::{Db, Migration, OpenOptions, StoreError, MIGRATIONS};

use crate::*;

fn schema(conn: &Connection) -> BTreeSet<(String, String)> {
    let mut stmt = conn.prepare("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").unwrap();
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
    rows.collect::<Result<_, _>>().unwrap()
}

fn user_version(conn: &Connection) -> i64 {
    scalar(conn, "PRAGMA user_version")
}

#[test]
fn a_new_database_gets_every_migration_and_exactly_the_expected_schema() {
    let fx = fresh();
    let conn = Connection::open(fx.path()).unwrap();
    assert_eq!(user_version(&conn), MIGRATIONS.len() as i64);
    let expected: BTreeSet<(String, String)> = [
        ("table", "quotes"),
        ("index", "quotes_by_deal"),
        ("index", "quotes_by_number"),
        ("table", "quote_lines"),
        ("index", "quote_lines_by_quote"),
        ("table", "quote_line_parts"),
        ("index", "quote_line_parts_by_quote"),
        ("table", "quote_line_taxes"),
        ("index", "quote_line_taxes_by_quote"),
        ("table", "proposal_sections"),
        ("index", "proposal_sections_by_quote"),
        ("table", "quote_settings"),
        ("table", "tax_rates"),
        ("table", "products"),
        ("index", "products_by_sku"),
        ("index", "products_by_name"),
        ("table", "product_prices"),
        ("index", "product_prices_by_product"),
        ("table", "product_tax_rates"),
        ("index", "product_tax_rates_by_product"),
        ("table", "bundle_parts"),
        ("index", "bundle_parts_by_bundle"),
        ("table", "content_items"),
        ("index", "content_items_by_status"),
        ("index", "content_items_review"),
        ("table", "content_versions"),
        ("index", "content_versions_by_item"),
        ("index", "content_versions_by_blob"),
        ("table", "content_terms"),
        ("index", "content_terms_by_item"),
        ("index", "content_terms_by_value"),
        ("table", "content_collections"),
        ("table", "content_collection_items"),
        ("index", "content_collection_items_by_collection"),
        ("table", "content_uses"),
        ("index", "content_uses_by_item"),
        ("index", "content_uses_by_contact"),
        ("index", "content_uses_by_deal"),
        ("table", "content_feedback"),
        ("index", "content_feedback_by_item"),
        ("table", "content_requests"),
        ("table", "content_text"),
        ("view", "content_search_text"),
        ("table", "content_fts"),
        ("table", "content_fts_data"),
        ("table", "content_fts_idx"),
        ("table", "content_fts_content"),
        ("table", "content_fts_docsize"),
        ("table", "content_fts_config"),
        ("trigger", "content_items_fts_insert"),
        ("trigger", "content_items_fts_update"),
        ("trigger", "content_items_fts_delete"),
        ("trigger", "content_terms_fts"),
        ("trigger", "content_terms_fts_update"),
        ("trigger", "content_tags_fts"),
        ("trigger", "content_tags_fts_update"),
        ("trigger", "content_versions_fts"),
        ("trigger", "content_versions_fts_update"),
        ("trigger", "content_text_fts"),
        ("table", "tasks"),
        ("table", "task_series"),
        ("table", "task_links"),
        ("table", "task_reminders"),
        ("table", "reminder_deliveries"),
        ("table", "nudge_rules"),
        ("table", "nudges"),
        ("table", "sequences"),
        ("table", "sequence_steps"),
        ("table", "sequence_enrollments"),
        ("index", "tasks_open_by_due"),
        ("index", "tasks_by_series"),
        ("index", "tasks_by_enrollment"),
        ("index", "task_links_by_task"),
        ("index", "task_links_by_record"),
        ("index", "task_reminders_by_task"),
        ("index", "task_reminders_by_fire"),
        ("index", "reminder_deliveries_by_reminder"),
        ("index", "reminder_deliveries_unacknowledged"),
        ("index", "nudges_open"),
        ("index", "sequence_steps_by_sequence"),
        ("index", "sequence_enrollments_by_contact"),
        ("table", "sync_parked"),
        ("table", "team_devices"),
        ("table", "campaigns"),
        ("index", "contacts_by_first_campaign"),
        ("index", "contacts_by_last_campaign"),
        ("index", "deals_by_first_campaign"),
        ("index", "deals_by_last_campaign"),
        ("table", "scoring_rules"),
        ("table", "scoring_settings"),
        ("table", "lead_scores"),
        ("index", "lead_scores_by_score"),
        ("table", "sales_teams"),
        ("table", "sales_team_members"),
        ("index", "sales_team_members_by_team"),
        ("table", "quotas"),
        ("index", "quotas_by_owner"),
        ("index", "deals_by_closed"),
        ("table", "device"),
        ("table", "local_state"),
        ("table", "changes"),
        ("table", "local_transactions"),
        ("trigger", "companies_purge_contact_search"),
        ("table", "companies"),
        ("table", "contacts"),
        ("table", "members"),
        ("table", "workspace_settings"),
        ("table", "exchange_rates"),
        ("table", "contacts_fts"),
        ("table", "contacts_fts_data"),
        ("table", "contacts_fts_idx"),
        ("table", "contacts_fts_content"),
        ("table", "contacts_fts_docsize"),
        ("table", "contacts_fts_config"),
        ("table", "contacts_words"),
        ("table", "contacts_words_data"),
        ("table", "contacts_words_idx"),
        ("table", "contacts_words_content"),
        ("table", "contacts_words_docsize"),
        ("table", "contacts_words_config"),
        ("index", "changes_by_field"),
        ("index", "companies_by_name"),
        ("index", "contacts_by_name"),
        ("index", "contacts_by_company"),
        ("index", "contacts_by_updated"),
        ("index", "contacts_by_created"),
        ("index", "contacts_deleted"),
        ("trigger", "contacts_fts_insert"),
        ("trigger", "contacts_fts_update"),
        ("trigger", "contacts_fts_delete"),
        ("trigger", "companies_rename_fts"),
        ("trigger", "companies_insert_fts"),
        ("table", "tags"),
        ("table", "pipelines"),
        ("table", "pipeline_stages"),
        ("table", "deals"),
        ("table", "deal_contacts"),
        ("table", "activities"),
        ("table", "stage_history"),
        ("index", "contacts_by_owner"),
        ("index", "contacts_by_lifecycle"),
        ("index", "companies_by_updated"),
        ("index", "tags_by_record"),
        ("index", "tags_by_name"),
        ("index", "pipeline_stages_by_pipeline"),
        ("index", "deals_by_stage"),
        ("index", "deals_by_company"),
        ("index", "deals_by_contact"),
        ("index", "deals_by_close"),
        ("index", "deals_by_updated"),
        ("index", "deal_contacts_by_deal"),
        ("index", "deal_contacts_by_contact"),
        ("index", "activities_by_contact"),
        ("index", "activities_by_company"),
        ("index", "activities_by_deal"),
        ("index", "stage_history_by_record"),
        ("index", "stage_history_by_stage"),
        ("table", "contact_points"),
        ("index", "contact_points_by_contact"),
        ("index", "contact_points_by_value"),
        ("view", "contact_search_text"),
        ("trigger", "contact_points_fts_insert"),
        ("trigger", "contact_points_fts_update"),
        ("table", "companies_fts"),
        ("table", "companies_fts_data"),
        ("table", "companies_fts_idx"),
        ("table", "companies_fts_content"),
        ("table", "companies_fts_docsize"),
        ("table", "companies_fts_config"),
        ("trigger", "companies_fts_update"),
        ("trigger", "companies_fts_delete"),
        ("table", "deals_fts"),
        ("table", "deals_fts_data"),
        ("table", "deals_fts_idx"),
        ("table", "deals_fts_content"),
        ("table", "deals_fts_docsize"),
        ("table", "deals_fts_config"),
        ("trigger", "deals_fts_insert"),
        ("trigger", "deals_fts_update"),
        ("trigger", "deals_fts_delete"),
        ("table", "duplicate_dismissals"),
        ("index", "contacts_by_email"),
        ("index", "contacts_by_phone"),
        ("table", "custom_fields"),
        ("table", "custom_field_options"),
        ("table", "custom_values"),
        ("table", "saved_views"),
        ("index", "custom_fields_by_table"),
        ("index", "custom_field_options_by_field"),
        ("index", "custom_values_by_record"),
        ("index", "custom_values_by_field"),
        ("index", "tags_by_table_name"),
        ("index", "contacts_by_country"),
        ("index", "activities_latest_by_contact"),
        ("table", "imports"),
        ("index", "companies_by_domain"),
        ("index", "contacts_by_full_name"),
        ("table", "companies_words"),
        ("table", "companies_words_data"),
        ("table", "companies_words_idx"),
        ("table", "companies_words_content"),
        ("table", "companies_words_docsize"),
        ("table", "companies_words_config"),
        ("trigger", "companies_words_insert"),
        ("trigger", "companies_words_update"),
        ("trigger", "companies_words_delete"),
        ("table", "deals_words"),
        ("table", "deals_words_data"),
        ("table", "deals_words_idx"),
        ("table", "deals_words_content"),
        ("table", "deals_words_docsize"),
        ("table", "deals_words_config"),
        ("trigger", "deals_words_insert"),
        ("trigger", "deals_words_update"),
        ("trigger", "deals_words_delete"),
    ]
    .into_iter()
    .map(|(t, n)| (t.to_owned(), n.to_owned()))
    .collect();
    assert_eq!(schema(&conn), expected);
    let fts_sql: String = conn.query_row("SELECT sql FROM sqlite_master WHERE name = 'contacts_fts'", [], |r| r.get(0)).unwrap();
    assert!(fts_sql.contains("VIRTUAL TABLE") && fts_sql.contains("trigram remove_diacritics 1"), "{fts_sql}");
    // Every synced table the registry names exists with every registered column.
    for table in tables::SYNCED {
        let mut stmt = conn.prepare(&format!("SELECT name FROM pragma_table_info('{}')", table.name)).unwrap();
        let cols: BTreeSet<String> = stmt.query_map([], |r| r.get(0)).unwrap().collect::<Result<_, _>>().unwrap();
        for col in table.columns.iter().chain(&["id", "created_at", "updated_at", "deleted", "deleted_at"]) {
            assert!(cols.contains(*col), "{}.{col} missing", table.name);
        }
    }
}

#[test]
fn reopening_a_current_database_changes_nothing() {
    let fx = fresh();
    let id = add_contact(&fx.db, "Ana", "García", "ana@acme.com", "Acme");
    let path = fx.path();
    let device = fx.db.device_id().to_owned();
    let before = {
        let conn = Connection::open(&path).unwrap();
        (schema(&conn), synced_snapshot(&conn), scalar(&conn, "SELECT count(*) FROM changes"))
    };
    drop(fx.db);
    let db = Db::open(&path).unwrap();
    assert_eq!(db.device_id(), device, "the device keeps its identity");
    let conn = Connection::open(&path).unwrap();
    assert_eq!(user_version(&conn), MIGRATIONS.len() as i64);
    assert_eq!((schema(&conn), synced_snapshot(&conn), scalar(&conn, "SELECT count(*) FROM changes")), before);
    assert!(backups::list(&path).unwrap().is_empty(), "no pre-migration backup when nothing migrates");
    assert_eq!(db.read(|c| tandem_store::contacts::get(c, &id)).unwrap().last_name, "García");
}

#[test]
fn edits_made_before_the_local_transaction_table_can_still_be_undone() {
    let fx = fresh();
    let path = fx.path();
    let id = add_contact(&fx.db, "Ana", "García", "ana@acme.com", "Acme");
    let (_, edit) =
        write(&fx.db, |w| w.set(&tandem_store::tables::CONTACTS, &id, &[("title", text("CTO")), ("notes", text("met at the fair"))]));
    drop(fx.db);
    // The log as version 14 kept it: an index on (hlc, device), no table of local transactions.
    let conn = Connection::open(&path).unwrap();
    conn.execute_batch(
        "DROP TABLE local_transactions; CREATE INDEX changes_by_txn ON changes (hlc, device);
         DROP TRIGGER companies_purge_contact_search; PRAGMA user_version = 14;",
    )
    .unwrap();
    drop(conn);

    let db = Db::open(&path).unwrap();
    let conn = Connection::open(&path).unwrap();
    assert_eq!(user_version(&conn), MIGRATIONS.len() as i64);
    assert_eq!(scalar(&conn, "SELECT count(*) FROM local_transactions"), 2, "the create and the edit");
    assert_eq!(scalar(&conn, "SELECT count(*) FROM sqlite_master WHERE name = 'changes_by_txn'"), 0);
    let reverted = db.write(WriteSource::Undo, |w| tandem_store::undo::revert(w, &edit.hlc, db.device_id())).unwrap().0;
    assert_eq!(reverted, 1);
    let contact = db.read(|c| tandem_store::contacts::get(c, &id)).unwrap();
    assert_eq!((contact.title.as_str(), contact.notes.as_str()), ("", ""));
}

#[test]
fn a_company_purged_before_version_16_stops_finding_its_people_after_the_upgrade() {
    let fx = fresh();
    let path = fx.path();
    let ana = add_contact(&fx.db, "Ana", "García", "ana@example.test", "Zeppelin Works");
    let kept = add_contact(&fx.db, "Bo", "Berg", "bo@example.test", "Zeppelin Labs");
    let company =
        fx.db.read(|c| Ok(c.query_row("SELECT company_id FROM contacts WHERE id = ?1", [&ana], |r| r.get::<_, String>(0))?)).unwrap();
    // Purged as version 15 did: without the trigger, the name stays in Ana's search text.
    let conn = Connection::open(&path).unwrap();
    conn.execute_batch("DROP TRIGGER companies_purge_contact_search;").unwrap();
    write(&fx.db, |w| w.soft_delete(&tandem_store::tables::COMPANIES, &company));
    write(&fx.db, |w| w.purge(&tandem_store::tables::COMPANIES, &company));
    assert_eq!(search_ids(&conn, "zeppelin").len(), 2);
    conn.execute_batch("PRAGMA user_version = 15;").unwrap();
    drop((conn, fx.db));

    let db = Db::open(&path).unwrap();
    assert_eq!(db.read(|c| Ok(search_ids(c, "zeppelin"))).unwrap(), [kept]);
    assert_eq!(db.read(|c| Ok(search_ids(c, "garcía"))).unwrap(), [ana]);
}

fn real_plus_broken() -> &'static [Migration] {
    let mut all: Vec<Migration> = MIGRATIONS.iter().map(|m| Migration { name: m.name, sql: m.sql }).collect();
    all.push(Migration { name: "0099_broken", sql: "CREATE TABLE x (a); SELECT no_such_function();" });
    Box::leak(all.into_boxed_slice())
}

#[test]
fn a_failed_migration_rolls_back_and_leaves_a_backup_from_before_it() {
    let fx = fresh();
    let path = fx.path();
    let id = add_contact(&fx.db, "Ana", "García", "ana@acme.com", "Acme");
    drop(fx.db);

    let err = Db::open_with(&path, OpenOptions { migrations: real_plus_broken(), ..OpenOptions::default() })
        .err()
        .expect("the broken migration must fail");
    let StoreError::MigrationFailed { version, ref detail, ref backup } = err else { panic!("expected MigrationFailed, got {err:?}") };
    assert_eq!(version, MIGRATIONS.len() + 1);
    assert!(detail.contains("no_such_function"), "{detail}");
    let message = err.to_string();
    assert!(message.contains("Nothing was changed") && message.contains(backup.as_str()), "{message}");

    let conn = Connection::open(&path).unwrap();
    assert_eq!(user_version(&conn), MIGRATIONS.len() as i64, "the schema version is unchanged");
    assert_eq!(scalar(&conn, "SELECT count(*) FROM sqlite_master WHERE name = 'x'"), 0, "the half-applied migration was rolled back");
    assert_eq!(scalar(&conn, &format!("SELECT count(*) FROM contacts WHERE id = '{id}'")), 1);

    let saved = backups::list(&path).unwrap();
    assert_eq!(saved.len(), 1, "{saved:?}");
    assert_eq!(saved[0].reason, "pre-migration");
    assert_eq!(saved[0].path.display().to_string(), *backup);
    let copy = Connection::open(&saved[0].path).unwrap();
    assert_eq!(user_version(&copy), MIGRATIONS.len() as i64);
    let name: String = copy.query_row("SELECT last_name FROM contacts WHERE id = ?1", [&id], |r| r.get(0)).unwrap();
    assert_eq!(name, "García");

    // The real, working migrations still open it as before.
    drop(conn);
    let db = Db::open(&path).unwrap();
    assert_eq!(db.read(|c| tandem_store::contacts::get(c, &id)).unwrap().first_name, "Ana");
}
