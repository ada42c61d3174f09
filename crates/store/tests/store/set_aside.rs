use tandem_domain::hlc::Hlc;
use tandem_store::local_state::{self, CALENDAR_FILE, KEEP_IN_TRAY, PROFILE_MEMBER, SETUP_DONE};
use tandem_store::set_aside::KEPT_ASIDE_AT;
use tandem_store::tables::CONTACTS;
use tandem_store::Db;

use crate::*;

#[test]
fn keeping_a_workspace_aside_copies_it_whole_and_leaves_this_one_empty_with_the_device_kept() {
    let fx = fresh();
    let ana = add_contact(&fx.db, "Ana", "García", "ana@acme.com", "Acme");
    add_contact(&fx.db, "Bob", "Stone", "bob@globex.io", "Globex");
    write(&fx.db, |w| {
        local_state::set(w.conn(), SETUP_DONE, "1")?;
        local_state::set(w.conn(), CALENDAR_FILE, "1")?;
        local_state::set(w.conn(), PROFILE_MEMBER, "member-1")
    });
    let before = fx.db.read(|c| Ok(synced_snapshot(c))).unwrap();
    let changes_before = read_scalar(&fx.db, "SELECT count(*) FROM changes");
    let clock_before: String = fx.db.read(|c| Ok(c.query_row("SELECT hlc FROM device", [], |r| r.get(0))?)).unwrap();
    let dest = fx.dir.path().join("aside.db");

    fx.db.set_aside(&dest, "2026-11-30T12:00:00Z").unwrap();

    let copy = Db::open(&dest).unwrap();
    assert_eq!(copy.read(|c| Ok(synced_snapshot(c))).unwrap(), before, "the copy holds every record");
    assert_eq!(read_scalar(&copy, "SELECT count(*) FROM changes"), changes_before, "and their history");
    assert_ne!(copy.device_id(), fx.db.device_id(), "the copy stamps its changes as another device");
    let in_copy = |key| copy.read(|c| local_state::get(c, key)).unwrap();
    assert_eq!(in_copy(KEPT_ASIDE_AT).as_deref(), Some("2026-11-30T12:00:00Z"));
    assert_eq!(in_copy(PROFILE_MEMBER).as_deref(), Some("member-1"));
    // Opened beside this one, it writes no calendar file and quits when its window closes.
    assert_eq!((in_copy(CALENDAR_FILE), in_copy(KEEP_IN_TRAY).as_deref()), (None, Some("0")));
    assert_eq!(copy.read(|c| Ok(search_ids(c, "garcia"))).unwrap(), [ana.as_str()]);

    assert_eq!(read_scalar(&fx.db, "SELECT count(*) FROM contacts"), 0, "this workspace is empty");
    assert_eq!(read_scalar(&fx.db, "SELECT count(*) FROM changes"), 0);
    assert!(fx.db.read(|c| Ok(search_ids(c, "garcia"))).unwrap().is_empty(), "and so is its search index");
    let kept = |key| fx.db.read(|c| local_state::get(c, key)).unwrap();
    assert_eq!(kept(SETUP_DONE).as_deref(), Some("1"), "per-device settings stay");
    assert_eq!(kept(CALENDAR_FILE).as_deref(), Some("1"));
    assert_eq!(kept(PROFILE_MEMBER), None, "the profile was a record of the workspace that left");
    let reopened = Db::open(&fx.path()).unwrap();
    assert_eq!(reopened.device_id(), fx.db.device_id(), "the device keeps its id");
    let (_, next) = write(&fx.db, |w| w.set(&CONTACTS, "c-new", &[("first_name", text("Carla"))]));
    assert!(Hlc::parse(&next.hlc).unwrap() > Hlc::parse(&clock_before).unwrap(), "and its clock");

    let err = fx.db.set_aside(&dest, "2026-11-30T12:00:00Z").unwrap_err();
    assert!(err.to_string().contains("already exists"), "{err}");
    assert_eq!(read_scalar(&fx.db, "SELECT count(*) FROM contacts"), 1, "a refused copy empties nothing");
}
