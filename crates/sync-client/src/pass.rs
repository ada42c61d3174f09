//! One sync pass: push what the server has not acknowledged, then pull what this device has not
//! seen — from a snapshot of every field's winner the first time — and apply it field by field.
//! Every step is idempotent, so a pass cut off anywhere is simply run again.

use std::sync::Arc;

use chrono::{SecondsFormat, Utc};
use tandem_store::outbox::{unsent_count, unsent_within};
use tandem_store::{privacy, Db, RemoteChange};
use tandem_sync_protocol::{ErrorCode, Numbered};

use crate::account::{self, Account, ACKED_SEQ, BOOTSTRAPPED, HISTORY_SEQ, HISTORY_TO, LAST_SYNCED_AT, PULLED_SEQ, PULLED_STAMP};
use crate::wire::{from_wire, to_wire};
use crate::{ServerClient, SyncError};

/// Changes per push: a page of large values (e-mail bodies, proposal sections) must stay well
/// under the server's request size limit.
pub const PUSH_PAGE: usize = 1_000;
/// Bytes per push, about (see `unsent_within`): a quarter of the server's 16 MiB request limit.
/// A server or proxy with a smaller limit refuses the push as too large, and the pass halves its
/// pages until they pass.
pub const PUSH_BYTES: usize = 4 * 1024 * 1024;
/// Changes per pull: the server's default cap. Each page received is one transaction, so a device
/// catching up on days of changes commits a fifth as often as with pages of 1,000 (apply 100,000
/// changes: see `benches/sync.rs`).
pub const PULL_PAGE: usize = 5_000;
/// Fields per snapshot page: a new device reads the whole workspace, in as few requests as the
/// server allows (it caps pages at its own limit).
const SNAPSHOT_PAGE: usize = 5_000;
/// Pages of the changes made before this device joined that one pass reads for the history:
/// edits made meanwhile wait at most that long to be sent.
const HISTORY_PAGES_PER_PASS: usize = 20;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    Sending {
        done: usize,
        total: usize,
    },
    /// Reading the team's workspace for the first time.
    Bootstrapping {
        done: usize,
        total: usize,
    },
    Receiving {
        done: usize,
    },
}

/// What a pass did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    pub sent: usize,
    pub received: usize,
    /// Received changes that became a field's value (the others were older, or duplicates).
    pub applied: usize,
    /// Received changes kept for a newer version of Tandem.
    pub parked: usize,
    /// Transactions re-stamped after the server found this device's clock ahead.
    pub restamped: usize,
    /// A received change purged a row: undo history no longer holds.
    pub purged: bool,
    pub tables: std::collections::BTreeSet<String>,
    /// Changes from before this device joined read for the history this pass (none applied:
    /// the snapshot had their fields' winners).
    pub history: usize,
    /// Some of that history is still to be read: run another pass soon.
    pub history_behind: bool,
    /// The server had fewer changes than this device had read (restored from an older backup):
    /// the pass sent and read everything again.
    pub server_went_back: bool,
}

async fn blocking<T: Send + 'static>(db: &Arc<Db>, f: impl FnOnce(&Db) -> Result<T, SyncError> + Send + 'static) -> Result<T, SyncError> {
    let db = db.clone();
    tokio::task::spawn_blocking(move || f(&db)).await.map_err(|e| SyncError::Protocol(format!("a sync step failed: {e}")))?
}

pub async fn sync_pass(db: &Arc<Db>, client: &ServerClient, progress: &(dyn Fn(Progress) + Send + Sync)) -> Result<Report, SyncError> {
    let account = blocking(db, account::load).await?.ok_or(SyncError::SignedOutDuringPass)?;
    let mut pass = Pass { db, client, account, progress, report: Report::default() };
    pass.run().await?;
    Ok(pass.report)
}

/// One pass under way: for the account it began for (see `advance`).
struct Pass<'a> {
    db: &'a Arc<Db>,
    client: &'a ServerClient,
    account: Account,
    progress: &'a (dyn Fn(Progress) + Send + Sync),
    report: Report,
}

impl Pass<'_> {
    async fn run(&mut self) -> Result<(), SyncError> {
        let unparked = blocking(self.db, |db| Ok(db.unpark()?)).await?;
        self.report.applied += unparked.applied;
        let bootstrapped = match self.push_then_pull().await {
            // Changes this device sent or read are gone from the server: send and read everything
            // again (the server ignores what it still has; applying a change twice changes nothing).
            Err(SyncError::ServerWentBack) => {
                tracing::warn!("the server holds fewer changes than this device already read; sending and reading everything again");
                let zero = || "0".to_owned();
                let cursors = vec![
                    (ACKED_SEQ, zero()),
                    (PULLED_SEQ, zero()),
                    (PULLED_STAMP, String::new()),
                    (HISTORY_SEQ, zero()),
                    (HISTORY_TO, zero()),
                ];
                self.advance(cursors).await?;
                self.report.server_went_back = true;
                self.push_then_pull().await?
            }
            other => other?,
        };
        // A first pass ends with the workspace in place; its history follows in the next passes.
        if bootstrapped {
            self.report.history_behind = true;
        } else {
            self.read_history().await?;
        }
        let now = Utc::now().to_rfc3339_opts(SecondsFormat::Secs, true);
        self.advance(vec![(LAST_SYNCED_AT, now)]).await
    }

    async fn push_then_pull(&mut self) -> Result<bool, SyncError> {
        self.push().await?;
        self.pull().await
    }

    /// Records how far the pass got, unless the device signed out meanwhile (see `account::advance`).
    async fn advance(&self, cursors: Vec<(&'static str, String)>) -> Result<(), SyncError> {
        let pass_of = self.account.keychain_user();
        blocking(self.db, move |db| {
            let cursors: Vec<(&str, &str)> = cursors.iter().map(|(key, value)| (*key, value.as_str())).collect();
            account::advance(db, &pass_of, &cursors)
        })
        .await
    }

    async fn push(&mut self) -> Result<(), SyncError> {
        let db = self.db;
        let mut acked = blocking(db, |db| account::cursor(db, ACKED_SEQ)).await?;
        let pulled = blocking(db, |db| account::cursor(db, PULLED_SEQ)).await?;
        let total = blocking(db, move |db| Ok(db.read(|c| unsent_count(c, acked))? as usize)).await?;
        // A private task's changes go out marked private to this device's user (only theirs can be private).
        let me = Some(self.account.user_id.clone());
        let mut page_changes = PUSH_PAGE;
        loop {
            let page = blocking(db, move |db| {
                Ok(db.read(|c| {
                    unsent_within(c, acked, page_changes, PUSH_BYTES)?
                        .into_iter()
                        .map(|(seq, change)| Ok((seq, privacy::private_owner(c, &change.table, &change.row_id)?.is_some(), change)))
                        .collect::<Result<Vec<_>, tandem_store::StoreError>>()
                })?)
            })
            .await?;
            let Some(&(last, _, _)) = page.last() else { return Ok(()) };
            let count = page.len();
            let wire = page.into_iter().map(|(_, private, c)| to_wire(c, if private { me.clone() } else { None })).collect();
            match self.client.push(wire).await {
                // The head before this push was at most `head - accepted`: below what this device
                // already read, the server lost changes (teammates' pushes meanwhile only raise it).
                Ok(pushed) if pushed.head - (pushed.accepted as i64) < pulled => return Err(SyncError::ServerWentBack),
                Ok(_) => {
                    acked = last;
                    self.advance(vec![(ACKED_SEQ, last.to_string())]).await?;
                    self.report.sent += count;
                    (self.progress)(Progress::Sending { done: self.report.sent.min(total), total });
                }
                // This device's clock ran ahead when these were made: stamp them again from now, once.
                Err(e) if e.code() == Some(ErrorCode::ClockAhead) && self.report.restamped == 0 => {
                    self.report.restamped = blocking(db, move |db| Ok(db.restamp_unsent(acked)?)).await?.max(1);
                }
                // The next page starts where this one did, so half as many changes is a smaller request.
                // One change larger than the limit cannot be sent: that error is the user's to see.
                Err(e) if e.code() == Some(ErrorCode::TooLarge) && count > 1 => page_changes = count / 2,
                Err(e) => return Err(e),
            }
        }
    }

    /// Pulls what this device has not seen; true if it first read the workspace from a snapshot.
    async fn pull(&mut self) -> Result<bool, SyncError> {
        let mut pulled = blocking(self.db, |db| account::cursor(db, PULLED_SEQ)).await?;
        let mut noted = blocking(self.db, |db| account::state(db, PULLED_STAMP)).await?;
        let bootstrapped = blocking(self.db, |db| account::state(db, BOOTSTRAPPED)).await?.is_none();
        if bootstrapped {
            pulled = self.bootstrap().await?;
            noted = None;
        }
        loop {
            let page = self.client.pull(pulled, PULL_PAGE).await?;
            // Fewer changes than this device read, or another one where it stopped reading.
            if page.head < pulled || noted.as_ref().is_some_and(|noted| page.after_stamp.as_ref() != Some(noted)) {
                return Err(SyncError::ServerWentBack);
            }
            // Changes private to teammates are skipped by the server: continue after what it scanned.
            let last = page.scanned_to;
            if last <= pulled {
                return Ok(bootstrapped);
            }
            let changes = page.changes.into_iter().map(|Numbered { change, .. }| from_wire(change)).collect::<Result<Vec<_>, _>>()?;
            if !changes.is_empty() {
                self.receive(changes).await?;
            }
            noted = page.scanned_stamp;
            self.advance(vec![(PULLED_SEQ, last.to_string()), (PULLED_STAMP, noted.clone().unwrap_or_default())]).await?;
            pulled = last;
            (self.progress)(Progress::Receiving { done: self.report.received });
            if last >= page.head {
                return Ok(bootstrapped);
            }
        }
    }

    /// Reads, a few pages per pass, the changes made before this device joined from a snapshot:
    /// received like any others, they are older than the winners the snapshot gave, so they change
    /// no field and only join the log — the record's history then shows every value, as on the
    /// devices that were there.
    async fn read_history(&mut self) -> Result<(), SyncError> {
        let to = blocking(self.db, |db| account::cursor(db, HISTORY_TO)).await?;
        let mut at = blocking(self.db, |db| account::cursor(db, HISTORY_SEQ)).await?;
        for _ in 0..HISTORY_PAGES_PER_PASS {
            if at >= to {
                return Ok(());
            }
            let page = self.client.pull(at, PULL_PAGE).await?;
            let last = page.scanned_to.min(to);
            let changes = page
                .changes
                .into_iter()
                .filter(|n| n.seq <= to)
                .map(|Numbered { change, .. }| from_wire(change))
                .collect::<Result<Vec<_>, _>>()?;
            self.report.history += changes.len();
            let got = blocking(self.db, move |db| Ok(db.receive(&changes)?)).await?;
            self.report.applied += got.applied.applied;
            self.report.tables.extend(got.applied.tables);
            // Nothing more to read (the server scanned no further): the history is complete.
            let last = if last <= at { to } else { last };
            self.advance(vec![(HISTORY_SEQ, last.to_string())]).await?;
            at = last;
        }
        self.report.history_behind = at < to;
        Ok(())
    }

    /// Reads every field's winner page by page, as of one moment; returns that moment's sequence
    /// number, after which the pull continues.
    async fn bootstrap(&mut self) -> Result<i64, SyncError> {
        let mut page = self.client.snapshot(None, None, SNAPSHOT_PAGE).await?;
        let (as_of, total) = (page.as_of, page.total.unwrap_or(0).max(0) as usize);
        let mut done = 0;
        loop {
            // The next page downloads while this one is applied.
            let next = page.next.take().map(|cursor| {
                let client = self.client.clone();
                tokio::spawn(async move { client.snapshot(Some(as_of), Some(&cursor), SNAPSHOT_PAGE).await })
            });
            done += page.changes.len();
            let changes = page.changes.into_iter().map(from_wire).collect::<Result<Vec<_>, _>>()?;
            self.receive(changes).await?;
            (self.progress)(Progress::Bootstrapping { done: done.min(total), total });
            match next {
                Some(next) => page = next.await.map_err(|e| SyncError::Protocol(format!("a snapshot page failed: {e}")))??,
                None => break,
            }
        }
        let as_of_text = as_of.to_string();
        let cursors =
            vec![(PULLED_SEQ, as_of_text.clone()), (PULLED_STAMP, String::new()), (HISTORY_TO, as_of_text), (BOOTSTRAPPED, "1".into())];
        self.advance(cursors).await?;
        Ok(as_of)
    }

    async fn receive(&mut self, changes: Vec<RemoteChange>) -> Result<(), SyncError> {
        let count = changes.len();
        let got = blocking(self.db, move |db| Ok(db.receive(&changes)?)).await?;
        let report = &mut self.report;
        report.received += count;
        report.applied += got.applied.applied;
        report.parked += got.parked;
        report.purged |= got.applied.purged;
        report.tables.extend(got.applied.tables);
        Ok(())
    }
}
