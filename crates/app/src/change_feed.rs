//! Notices every commit to the workspace — this process's or another's, such as the CLI — and
//! reports one batch of changed tables and ids per transaction.

use std::collections::BTreeSet;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use rusqlite::Connection;
use tandem_store::{changes_after, ChangeRef, Db};

use crate::dto::ChangeBatch;

/// How often to look for commits made by other processes.
const POLL: Duration = Duration::from_millis(300);
/// Past this many ids a batch names only its tables, and the UI refreshes them whole.
const MAX_IDS: usize = 500;

#[derive(Default)]
pub(crate) struct ChangeFeed {
    signal: Arc<(Mutex<bool>, Condvar)>,
    running: Arc<AtomicBool>,
}

impl ChangeFeed {
    /// Wakes the feed at once (after a local commit) instead of waiting for the next poll.
    pub fn poke(&self) {
        let (lock, cvar) = &*self.signal;
        *lock.lock().unwrap_or_else(|p| p.into_inner()) = true;
        cvar.notify_one();
    }

    pub fn stop(&self) {
        self.running.store(false, Ordering::SeqCst);
        self.poke();
    }

    pub fn start(&self, db: impl Fn() -> Option<Arc<Db>> + Send + 'static, listener: impl Fn(ChangeBatch) + Send + 'static) {
        if self.running.swap(true, Ordering::SeqCst) {
            return;
        }
        let (signal, running) = (self.signal.clone(), self.running.clone());
        // A reconnect resumes where the lost connection stopped, so no commit in between is missed.
        let connect = move |resume: Option<i64>| {
            db().and_then(|db| Watch::new(&db, resume).map_err(|err| tracing::warn!(%err, "change feed cannot read")).ok())
        };
        // Start watching before returning, so every commit after `start` is reported.
        let mut watch: Option<Watch> = connect(None);
        let mut resume: Option<i64> = watch.as_ref().map(|w| w.seen_seq);
        std::thread::Builder::new()
            .name("change-feed".into())
            .spawn(move || {
                while running.load(Ordering::SeqCst) {
                    if watch.is_none() {
                        watch = connect(resume);
                    }
                    if let Some(w) = watch.as_mut() {
                        match w.poll() {
                            Ok(batches) => {
                                resume = Some(w.seen_seq);
                                batches.into_iter().for_each(&listener);
                            }
                            Err(err) => {
                                tracing::warn!(%err, "change feed poll failed");
                                watch = None;
                            }
                        }
                    }
                    let (lock, cvar) = &*signal;
                    let mut poked = lock.lock().unwrap_or_else(|p| p.into_inner());
                    if !*poked {
                        poked = cvar.wait_timeout(poked, POLL).unwrap_or_else(|p| p.into_inner()).0;
                    }
                    *poked = false;
                }
            })
            .expect("spawning the change feed thread");
    }
}

/// The feed's own read connection and how far through the change log it has reported.
struct Watch {
    conn: Connection,
    data_version: i64,
    seen_seq: i64,
}

impl Watch {
    /// Watches from `resume` (a change seq already reported), or from now.
    fn new(db: &Db, resume: Option<i64>) -> Result<Watch, tandem_store::StoreError> {
        let conn = db.open_reader()?;
        let seen_seq = match resume {
            Some(seq) => seq,
            None => max_seq(&conn)?,
        };
        // A resumed watch polls at once (data_version -1 never matches) to catch up.
        let data_version = if resume.is_some() { -1 } else { data_version(&conn)? };
        Ok(Watch { data_version, conn, seen_seq })
    }

    fn poll(&mut self) -> Result<Vec<ChangeBatch>, tandem_store::StoreError> {
        let version = data_version(&self.conn)?;
        if version == self.data_version {
            return Ok(Vec::new());
        }
        self.data_version = version;
        let newest = max_seq(&self.conn)?;
        if newest < self.seen_seq {
            // The log went backwards: a backup was restored. Everything may have changed.
            self.seen_seq = newest;
            let tables = tandem_store::tables::SYNCED.iter().map(|t| t.name.to_owned()).collect();
            return Ok(vec![ChangeBatch { tables, ids: Vec::new() }]);
        }
        let mut batches: Vec<ChangeBatch> = Vec::new();
        loop {
            let changes = changes_after(&self.conn, self.seen_seq, 20_000)?;
            let Some(last) = changes.last() else { break };
            self.seen_seq = last.seq;
            group_by_transaction(&changes, &mut batches);
        }
        Ok(batches)
    }
}

fn group_by_transaction(changes: &[ChangeRef], out: &mut Vec<ChangeBatch>) {
    let mut current: Option<(&str, &str, BTreeSet<String>, BTreeSet<String>)> = None;
    let flush = |entry: Option<(&str, &str, BTreeSet<String>, BTreeSet<String>)>, out: &mut Vec<ChangeBatch>| {
        if let Some((_, _, tables, ids)) = entry {
            let ids = if ids.len() > MAX_IDS { Vec::new() } else { ids.into_iter().collect() };
            out.push(ChangeBatch { tables: tables.into_iter().collect(), ids });
        }
    };
    for change in changes {
        let same = current.as_ref().is_some_and(|(hlc, device, _, _)| *hlc == change.hlc && *device == change.device);
        if !same {
            flush(current.take(), out);
            current = Some((&change.hlc, &change.device, BTreeSet::new(), BTreeSet::new()));
        }
        let (_, _, tables, ids) = current.as_mut().expect("set above");
        tables.insert(change.table.clone());
        ids.insert(change.row_id.clone());
    }
    flush(current, out);
}

fn data_version(conn: &Connection) -> Result<i64, tandem_store::StoreError> {
    Ok(conn.query_row("PRAGMA data_version", [], |r| r.get(0))?)
}

fn max_seq(conn: &Connection) -> Result<i64, tandem_store::StoreError> {
    Ok(conn.query_row("SELECT coalesce(max(seq), 0) FROM changes", [], |r| r.get(0))?)
}
