//! The lookups an import makes for every line stay prepared: a statement SQLite re-prepares on
//! each call costs more to parse than to run.

use rusqlite::StatementStatus;
use tandem_store::{companies, imports};

use crate::*;

#[test]
fn import_lookups_are_prepared_once_however_many_lines_ask() {
    let fx = fresh();
    fx.db
        .read(|conn| {
            for line in 0..20 {
                imports::contact_by_email(conn, &format!("person{line}@example.com"))?;
                imports::contact_by_phone(conn, &format!("+1202555{line:04}"))?;
                companies::find_by_domain(conn, &format!("company{line}.example"))?;
            }
            for sql in [imports::CONTACT_BY_EMAIL, imports::CONTACT_BY_PHONE, companies::BY_DOMAIN] {
                assert_eq!(conn.prepare_cached(sql)?.get_status(StatementStatus::RePrepare), 0, "re-prepared: {sql}");
            }
            Ok(())
        })
        .unwrap();
}
