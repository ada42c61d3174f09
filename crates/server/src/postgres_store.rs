//! The store for a team that runs several server instances on one PostgreSQL database. A push
//! locks its workspace's row, so pushes to one workspace are serialized across every instance
//! and sequence numbers commit in order; a read runs in one REPEATABLE READ snapshot, so it never
//! sees half a push nor a later push without an earlier one. Every push NOTIFYs `tandem_heads`,
//! so that each instance can poke the devices listening to it (`PgStore::watch_heads`).

use std::sync::{Condvar, Mutex, Weak};
use std::thread;
use std::time::Duration;

use postgres::fallible_iterator::FallibleIterator;
use postgres::types::ToSql;
use postgres::{Client, Config, IsolationLevel, NoTls, Row, Transaction};
use tandem_sync_protocol::{
    Change, Device, FileStatus, Member, Numbered, PendingInvite, PullResponse, PushResponse, Role, SnapshotCursor, SnapshotPage,
};

use crate::pokes::Pokes;
use crate::sqlite_store::overlap;
use crate::store::{big, Caller, NewDevice, NewInvite, NewUser, PageBytes, PageLimit, Store, StoreError, StoredUser};

/// Text compares byte by byte (`COLLATE "C"`), as in SQLite, whatever the database's locale:
/// HLC stamps, device ids and snapshot cursors must order the same on every server.
const SCHEMA: &str = r#"
CREATE TABLE IF NOT EXISTS workspaces (
    id TEXT COLLATE "C" PRIMARY KEY,
    name TEXT COLLATE "C" NOT NULL,
    head BIGINT NOT NULL DEFAULT 0,
    created_at TEXT COLLATE "C" NOT NULL
);
CREATE TABLE IF NOT EXISTS users (
    id TEXT COLLATE "C" PRIMARY KEY,
    workspace_id TEXT COLLATE "C" NOT NULL REFERENCES workspaces (id),
    email TEXT COLLATE "C" NOT NULL UNIQUE,
    display_name TEXT COLLATE "C" NOT NULL,
    role TEXT COLLATE "C" NOT NULL,
    password_hash TEXT COLLATE "C" NOT NULL,
    created_at TEXT COLLATE "C" NOT NULL
);
CREATE TABLE IF NOT EXISTS devices (
    id TEXT COLLATE "C" PRIMARY KEY,
    user_id TEXT COLLATE "C" NOT NULL REFERENCES users (id),
    name TEXT COLLATE "C" NOT NULL,
    token_hash BYTEA NOT NULL UNIQUE,
    created_at TEXT COLLATE "C" NOT NULL,
    last_seen_at TEXT COLLATE "C",
    revoked_at TEXT COLLATE "C"
);
CREATE TABLE IF NOT EXISTS invites (
    code_hash BYTEA PRIMARY KEY,
    workspace_id TEXT COLLATE "C" NOT NULL REFERENCES workspaces (id),
    email TEXT COLLATE "C" NOT NULL,
    role TEXT COLLATE "C" NOT NULL,
    expires_at TEXT COLLATE "C" NOT NULL,
    used_at TEXT COLLATE "C"
);
CREATE TABLE IF NOT EXISTS changes (
    workspace_id TEXT COLLATE "C" NOT NULL,
    seq BIGINT NOT NULL,
    hlc TEXT COLLATE "C" NOT NULL,
    device TEXT COLLATE "C" NOT NULL,
    tbl TEXT COLLATE "C" NOT NULL,
    row_id TEXT COLLATE "C" NOT NULL,
    col TEXT COLLATE "C" NOT NULL,
    value TEXT NOT NULL,
    schema BIGINT NOT NULL,
    private_to TEXT COLLATE "C",
    PRIMARY KEY (workspace_id, seq),
    UNIQUE (workspace_id, hlc, device, tbl, row_id, col)
);
CREATE TABLE IF NOT EXISTS winners (
    workspace_id TEXT COLLATE "C" NOT NULL,
    tbl TEXT COLLATE "C" NOT NULL,
    row_id TEXT COLLATE "C" NOT NULL,
    col TEXT COLLATE "C" NOT NULL,
    hlc TEXT COLLATE "C" NOT NULL,
    device TEXT COLLATE "C" NOT NULL,
    value TEXT NOT NULL,
    schema BIGINT NOT NULL,
    seq BIGINT NOT NULL,
    private_to TEXT COLLATE "C",
    PRIMARY KEY (workspace_id, tbl, row_id, col)
);
CREATE TABLE IF NOT EXISTS files (
    workspace_id TEXT COLLATE "C" NOT NULL REFERENCES workspaces (id),
    hash TEXT COLLATE "C" NOT NULL,
    size BIGINT NOT NULL,
    received BIGINT NOT NULL DEFAULT 0,
    complete BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (workspace_id, hash)
);
CREATE TABLE IF NOT EXISTS file_chunks (
    workspace_id TEXT COLLATE "C" NOT NULL,
    hash TEXT COLLATE "C" NOT NULL,
    pos BIGINT NOT NULL,
    bytes BYTEA NOT NULL,
    PRIMARY KEY (workspace_id, hash, pos)
);
"#;

/// Held while the schema is created, so that instances starting together do not race.
const SCHEMA_LOCK: i64 = 0x7461_6e64_656d;
/// Where pushes announce a workspace's new head, as `<workspace id> <head>`.
const HEADS_CHANNEL: &str = "tandem_heads";

/// A push in one statement. Changes already kept (a retried push) and repeats within the push
/// are skipped; the rest are numbered after `$10` (the head) in the order they came. Text is
/// compared byte by byte (`COLLATE "C"`), as the clock and device ids are ordered everywhere.
const PUSH_SQL: &str = r#"
WITH input AS (
    SELECT * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::bigint[], $9::text[])
        WITH ORDINALITY AS t(hlc, device, tbl, row_id, col, value, schema, private_to, ord)
), fresh AS (
    SELECT DISTINCT ON (i.hlc, i.device, i.tbl, i.row_id, i.col) i.* FROM input i
    WHERE NOT EXISTS (
        SELECT 1 FROM changes c
        WHERE c.workspace_id = $1 AND c.hlc = i.hlc AND c.device = i.device AND c.tbl = i.tbl AND c.row_id = i.row_id AND c.col = i.col)
    ORDER BY i.hlc, i.device, i.tbl, i.row_id, i.col, i.ord
), numbered AS (
    SELECT fresh.*, $10::bigint + row_number() OVER (ORDER BY ord) AS seq FROM fresh
), inserted AS (
    INSERT INTO changes (workspace_id, seq, hlc, device, tbl, row_id, col, value, schema, private_to)
    SELECT $1, seq, hlc, device, tbl, row_id, col, value, schema, private_to FROM numbered
    RETURNING seq, hlc, device, tbl, row_id, col, value, schema, private_to
), won AS (
    INSERT INTO winners (workspace_id, tbl, row_id, col, hlc, device, value, schema, seq, private_to)
    SELECT DISTINCT ON (tbl, row_id, col) $1, tbl, row_id, col, hlc, device, value, schema, seq, private_to FROM inserted
    ORDER BY tbl, row_id, col, hlc COLLATE "C" DESC, device COLLATE "C" DESC
    ON CONFLICT (workspace_id, tbl, row_id, col) DO UPDATE SET
        hlc = excluded.hlc, device = excluded.device, value = excluded.value, schema = excluded.schema, seq = excluded.seq,
        private_to = excluded.private_to
    WHERE (excluded.hlc, excluded.device) > (winners.hlc, winners.device)
    RETURNING 1
)
SELECT (SELECT count(*) FROM inserted), (SELECT count(*) FROM won)
"#;
/// Connections one instance opens at most; requests beyond wait for one to be free. Several
/// instances, each with this many and one more to listen, must fit in the database's
/// `max_connections` (100 by default).
const MAX_CONNECTIONS: usize = 16;

pub struct PgStore {
    config: Config,
    pool: Mutex<Pool>,
    freed: Condvar,
}

struct Pool {
    idle: Vec<Client>,
    /// Idle and in use.
    open: usize,
}

impl PgStore {
    /// Connects to `url` (`postgres://user:password@host:port/database`, without TLS: keep the
    /// database on the server's machine or a private network) and creates the tables it lacks.
    /// Blocks: call it off the async runtime.
    pub fn open(url: &str) -> Result<PgStore, StoreError> {
        let config: Config = url.parse()?;
        let mut client = config.connect(NoTls)?;
        let mut tx = client.transaction()?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&SCHEMA_LOCK])?;
        tx.batch_execute(SCHEMA)?;
        tx.commit()?;
        Ok(PgStore { config, pool: Mutex::new(Pool { idle: vec![client], open: 1 }), freed: Condvar::new() })
    }

    /// Runs `f` with a connection of the pool: an idle one, a new one, or the next one freed.
    fn with_client<T>(&self, f: impl FnOnce(&mut Client) -> Result<T, StoreError>) -> Result<T, StoreError> {
        let mut lent = Lent { store: self, client: None };
        let mut pool = self.pool.lock().unwrap_or_else(|p| p.into_inner());
        loop {
            if let Some(client) = pool.idle.pop() {
                if client.is_closed() {
                    pool.open -= 1;
                    continue;
                }
                lent.client = Some(client);
                break;
            }
            if pool.open < MAX_CONNECTIONS {
                pool.open += 1;
                drop(pool);
                // Counted before it connects; `lent` uncounts it if connecting fails.
                lent.client = Some(self.config.connect(NoTls).inspect_err(|_| self.uncount())?);
                break;
            }
            pool = self.freed.wait(pool).unwrap_or_else(|p| p.into_inner());
        }
        f(lent.client.as_mut().expect("a lent connection"))
    }

    fn uncount(&self) {
        self.pool.lock().unwrap_or_else(|p| p.into_inner()).open -= 1;
        self.freed.notify_one();
    }

    /// Runs `f` in one READ COMMITTED transaction; rolled back if `f` fails.
    fn write<T>(&self, f: impl FnOnce(&mut Transaction<'_>) -> Result<T, StoreError>) -> Result<T, StoreError> {
        self.with_client(|client| {
            let mut tx = client.transaction()?;
            let out = f(&mut tx)?;
            tx.commit()?;
            Ok(out)
        })
    }

    /// Runs `f` in one read-only snapshot, so that everything it reads is from the same moment.
    fn read<T>(&self, f: impl FnOnce(&mut Transaction<'_>) -> Result<T, StoreError>) -> Result<T, StoreError> {
        self.with_client(|client| {
            let mut tx = client.build_transaction().isolation_level(IsolationLevel::RepeatableRead).read_only(true).start()?;
            let out = f(&mut tx)?;
            tx.commit()?;
            Ok(out)
        })
    }
}

/// A connection taken from the pool, given back when dropped (a closed one is let go).
struct Lent<'a> {
    store: &'a PgStore,
    client: Option<Client>,
}

impl Drop for Lent<'_> {
    fn drop(&mut self) {
        let Some(client) = self.client.take() else { return };
        if client.is_closed() {
            self.store.uncount();
            return;
        }
        self.store.pool.lock().unwrap_or_else(|p| p.into_inner()).idle.push(client);
        self.store.freed.notify_one();
    }
}

impl Drop for PgStore {
    fn drop(&mut self) {
        // A `postgres::Client` closes by blocking on a runtime of its own, which panics on an
        // async worker thread; the server's state, and so this store, may well be dropped there.
        let idle = std::mem::take(&mut self.pool.get_mut().unwrap_or_else(|p| p.into_inner()).idle);
        if !idle.is_empty() {
            let _ = thread::Builder::new().name("tandem-pg-close".into()).spawn(move || drop(idle));
        }
    }
}

fn role_of(text: &str) -> Result<Role, StoreError> {
    Role::parse(text).ok_or_else(|| StoreError::Damaged(format!("unknown role {text}")))
}

fn caller_of_device(tx: &mut Transaction<'_>, device_id: &str) -> Result<Caller, StoreError> {
    let r = tx.query_one(
        "SELECT w.id, w.name, u.id, u.email, u.display_name, u.role, d.id
         FROM devices d JOIN users u ON u.id = d.user_id JOIN workspaces w ON w.id = u.workspace_id WHERE d.id = $1",
        &[&device_id],
    )?;
    Ok(Caller {
        workspace_id: r.try_get(0)?,
        workspace_name: r.try_get(1)?,
        user_id: r.try_get(2)?,
        email: r.try_get(3)?,
        display_name: r.try_get(4)?,
        role: role_of(r.try_get(5)?)?,
        device_id: r.try_get(6)?,
    })
}

fn insert_user(tx: &mut Transaction<'_>, workspace_id: &str, user: &NewUser, now: &str) -> Result<(), StoreError> {
    // ON CONFLICT rather than a check first: two sign-ups with one email may run at once.
    let inserted = tx.execute(
        "INSERT INTO users (id, workspace_id, email, display_name, role, password_hash, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (email) DO NOTHING",
        &[&user.id, &workspace_id, &user.email, &user.display_name, &user.role.as_str(), &user.password_hash, &now],
    )?;
    if inserted == 0 {
        return Err(StoreError::Taken("this email"));
    }
    Ok(())
}

/// Adds the device, or gives a device signing in again a fresh token (and lifts a revocation:
/// the password was just checked).
fn upsert_device(tx: &mut Transaction<'_>, user_id: &str, device: &NewDevice, now: &str) -> Result<(), StoreError> {
    // Insert first, so that a concurrent first sign-in of the same device waits here, then updates.
    let inserted = tx.execute(
        "INSERT INTO devices (id, user_id, name, token_hash, created_at, last_seen_at) VALUES ($1, $2, $3, $4, $5, $5)
         ON CONFLICT (id) DO NOTHING",
        &[&device.id, &user_id, &device.name, &device.token_hash, &now],
    )?;
    if inserted == 1 {
        return Ok(());
    }
    let owner: String = tx.query_one("SELECT user_id FROM devices WHERE id = $1 FOR UPDATE", &[&device.id])?.try_get(0)?;
    if owner != user_id {
        return Err(StoreError::DeviceOfAnother);
    }
    tx.execute(
        "UPDATE devices SET name = $2, token_hash = $3, revoked_at = NULL, last_seen_at = $4 WHERE id = $1",
        &[&device.id, &device.name, &device.token_hash, &now],
    )?;
    Ok(())
}

/// The change in the 7 columns from `at`: hlc, device, tbl, row_id, col, value, schema.
fn change_of(r: &Row, at: usize) -> Result<Change, StoreError> {
    let value: String = r.try_get(at + 5)?;
    let schema: i64 = r.try_get(at + 6)?;
    Ok(Change {
        hlc: r.try_get(at)?,
        device: r.try_get(at + 1)?,
        table: r.try_get(at + 2)?,
        row_id: r.try_get(at + 3)?,
        column: r.try_get(at + 4)?,
        value: serde_json::from_str(&value).map_err(|e| StoreError::Damaged(format!("a stored value is not JSON ({e}): {value}")))?,
        schema: u32::try_from(schema).map_err(|_| StoreError::Damaged(format!("a stored schema version is out of range: {schema}")))?,
        private_to: r.try_get(at + 7)?,
    })
}

/// The bytes of a row's stored value (JSON text), read without copying it.
fn value_bytes(row: &Row, at: usize) -> Result<usize, StoreError> {
    Ok(row.try_get::<_, &str>(at)?.len())
}

/// Reads a pull or snapshot page through a portal, a batch at a time, until `counted` cuts it
/// (`value_at` is the value's column), handing each row taken to `keep`. A plain query would have
/// PostgreSQL send every row up to the count limit, and the connection read them all, even when
/// the byte limit ends the page after a few long values.
fn read_page(
    tx: &mut Transaction<'_>,
    query: &str,
    params: &[&(dyn ToSql + Sync)],
    value_at: usize,
    counted: &mut PageBytes,
    mut keep: impl FnMut(&Row) -> Result<(), StoreError>,
) -> Result<(), StoreError> {
    let portal = tx.bind(query, params)?;
    loop {
        let batch = counted.rows_wanted();
        let rows = tx.query_portal(&portal, i32::try_from(batch).unwrap_or(i32::MAX))?;
        for r in &rows {
            if !counted.take(value_bytes(r, value_at)?) {
                return Ok(());
            }
            keep(r)?;
        }
        if rows.len() < batch {
            return Ok(());
        }
    }
}

fn head_of(tx: &mut Transaction<'_>, workspace_id: &str) -> Result<i64, StoreError> {
    Ok(tx.query_one("SELECT head FROM workspaces WHERE id = $1", &[&workspace_id])?.try_get(0)?)
}

fn file_status_in(tx: &mut Transaction<'_>, workspace_id: &str, hash: &str, lock: bool) -> Result<Option<FileStatus>, StoreError> {
    let sql = format!(
        "SELECT size, received, complete FROM files WHERE workspace_id = $1 AND hash = $2{}",
        if lock { " FOR UPDATE" } else { "" }
    );
    let Some(r) = tx.query_opt(&sql, &[&workspace_id, &hash])? else { return Ok(None) };
    let (size, received): (i64, i64) = (r.try_get(0)?, r.try_get(1)?);
    Ok(Some(FileStatus { hash: hash.to_owned(), size: size.max(0) as u64, received: received.max(0) as u64, complete: r.try_get(2)? }))
}

impl Store for PgStore {
    fn create_workspace(&self, id: &str, name: &str, admin: &NewUser, device: &NewDevice, now: &str) -> Result<Caller, StoreError> {
        self.write(|tx| {
            tx.execute("INSERT INTO workspaces (id, name, created_at) VALUES ($1, $2, $3)", &[&id, &name, &now])?;
            insert_user(tx, id, admin, now)?;
            upsert_device(tx, &admin.id, device, now)?;
            caller_of_device(tx, &device.id)
        })
    }

    fn user_by_email(&self, email: &str) -> Result<Option<StoredUser>, StoreError> {
        self.read(|tx| {
            let row = tx.query_opt("SELECT id, workspace_id, password_hash FROM users WHERE email = $1", &[&email])?;
            let Some(r) = row else { return Ok(None) };
            Ok(Some(StoredUser { id: r.try_get(0)?, workspace_id: r.try_get(1)?, password_hash: r.try_get(2)? }))
        })
    }

    fn sign_in_device(&self, user_id: &str, device: &NewDevice, now: &str) -> Result<Caller, StoreError> {
        self.write(|tx| {
            upsert_device(tx, user_id, device, now)?;
            caller_of_device(tx, &device.id)
        })
    }

    fn caller(&self, token_hash: &[u8], now: &str) -> Result<Option<Caller>, StoreError> {
        // Seen-at is for the admin's device list: minute precision is plenty, and spares a write per request.
        let minute = &now[..now.len().min(16)];
        self.write(|tx| {
            let row = tx.query_opt("SELECT id FROM devices WHERE token_hash = $1 AND revoked_at IS NULL", &[&token_hash])?;
            let Some(row) = row else { return Ok(None) };
            let device: String = row.try_get(0)?;
            tx.execute(
                "UPDATE devices SET last_seen_at = $2 WHERE id = $1 AND (last_seen_at IS NULL OR substr(last_seen_at, 1, 16) < $3)",
                &[&device, &now, &minute],
            )?;
            caller_of_device(tx, &device).map(Some)
        })
    }

    fn revoke_device(&self, workspace_id: &str, device_id: &str, now: &str) -> Result<bool, StoreError> {
        self.write(|tx| {
            let n = tx.execute(
                "UPDATE devices SET revoked_at = coalesce(revoked_at, $3)
                 WHERE id = $1 AND user_id IN (SELECT id FROM users WHERE workspace_id = $2)",
                &[&device_id, &workspace_id, &now],
            )?;
            Ok(n == 1)
        })
    }

    fn members(&self, workspace_id: &str) -> Result<Vec<Member>, StoreError> {
        self.read(|tx| {
            let rows = tx.query(
                "SELECT id, email, display_name, role FROM users WHERE workspace_id = $1 ORDER BY display_name, email",
                &[&workspace_id],
            )?;
            rows.iter()
                .map(|r| {
                    Ok(Member { user_id: r.try_get(0)?, email: r.try_get(1)?, display_name: r.try_get(2)?, role: role_of(r.try_get(3)?)? })
                })
                .collect()
        })
    }

    fn set_role(&self, workspace_id: &str, user_id: &str, role: Role) -> Result<bool, StoreError> {
        self.write(|tx| {
            // Lock the team's users, so two admins demoting each other cannot both succeed.
            tx.execute("SELECT id FROM users WHERE workspace_id = $1 FOR UPDATE", &[&workspace_id])?;
            let changed =
                tx.execute("UPDATE users SET role = $3 WHERE id = $2 AND workspace_id = $1", &[&workspace_id, &user_id, &role.as_str()])?;
            let admins: i64 =
                tx.query_one("SELECT count(*) FROM users WHERE workspace_id = $1 AND role = 'admin'", &[&workspace_id])?.try_get(0)?;
            if admins == 0 {
                return Err(StoreError::LastAdmin);
            }
            Ok(changed == 1)
        })
    }

    fn devices(&self, workspace_id: &str, user_id: Option<&str>) -> Result<Vec<Device>, StoreError> {
        self.read(|tx| {
            let rows = tx.query(
                "SELECT d.id, d.name, u.email, d.created_at, d.last_seen_at, d.revoked_at IS NOT NULL
                 FROM devices d JOIN users u ON u.id = d.user_id
                 WHERE u.workspace_id = $1 AND ($2::text IS NULL OR u.id = $2)
                 ORDER BY d.revoked_at IS NOT NULL, u.email, d.name",
                &[&workspace_id, &user_id],
            )?;
            rows.iter()
                .map(|r| {
                    Ok(Device {
                        device_id: r.try_get(0)?,
                        name: r.try_get(1)?,
                        email: r.try_get(2)?,
                        created_at: r.try_get(3)?,
                        last_seen_at: r.try_get(4)?,
                        revoked: r.try_get(5)?,
                    })
                })
                .collect()
        })
    }

    fn create_invite(&self, invite: &NewInvite) -> Result<(), StoreError> {
        self.write(|tx| {
            tx.execute(
                "DELETE FROM invites WHERE workspace_id = $1 AND email = $2 AND used_at IS NULL",
                &[&invite.workspace_id, &invite.email],
            )?;
            tx.execute(
                "INSERT INTO invites (code_hash, workspace_id, email, role, expires_at) VALUES ($1, $2, $3, $4, $5)",
                &[&invite.code_hash, &invite.workspace_id, &invite.email, &invite.role.as_str(), &invite.expires_at],
            )?;
            Ok(())
        })
    }

    fn pending_invites(&self, workspace_id: &str, now: &str) -> Result<Vec<PendingInvite>, StoreError> {
        self.read(|conn| {
            conn.query(
                "SELECT encode(code_hash, 'hex'), email, role, expires_at FROM invites
                 WHERE workspace_id = $1 AND used_at IS NULL AND expires_at > $2 ORDER BY expires_at, email",
                &[&workspace_id, &now],
            )?
            .iter()
            .map(|r| {
                Ok(PendingInvite { id: r.try_get(0)?, email: r.try_get(1)?, role: role_of(r.try_get(2)?)?, expires_at: r.try_get(3)? })
            })
            .collect()
        })
    }

    fn cancel_invite(&self, workspace_id: &str, id: &str) -> Result<bool, StoreError> {
        let id = id.to_lowercase();
        self.write(|tx| {
            let n = tx.execute(
                "DELETE FROM invites WHERE workspace_id = $1 AND encode(code_hash, 'hex') = $2 AND used_at IS NULL",
                &[&workspace_id, &id],
            )?;
            Ok(n == 1)
        })
    }

    fn accept_invite(&self, code_hash: &[u8], user: &NewUser, device: &NewDevice, now: &str) -> Result<Option<Caller>, StoreError> {
        self.write(|tx| {
            // FOR UPDATE: of two acceptances at once, the second finds the invite used.
            let invite = tx.query_opt(
                "SELECT workspace_id, role FROM invites WHERE code_hash = $1 AND email = $2 AND used_at IS NULL AND expires_at > $3 FOR UPDATE",
                &[&code_hash, &user.email, &now],
            )?;
            let Some(invite) = invite else { return Ok(None) };
            let workspace_id: String = invite.try_get(0)?;
            let role = role_of(invite.try_get(1)?)?;
            tx.execute("UPDATE invites SET used_at = $2 WHERE code_hash = $1", &[&code_hash, &now])?;
            insert_user(tx, &workspace_id, &NewUser { role, ..user.clone() }, now)?;
            upsert_device(tx, &user.id, device, now)?;
            caller_of_device(tx, &device.id).map(Some)
        })
    }

    fn push(&self, workspace_id: &str, changes: &[Change]) -> Result<PushResponse, StoreError> {
        let column = |f: fn(&Change) -> String| changes.iter().map(f).collect::<Vec<String>>();
        let (hlcs, devices, tables, rows, columns) = (
            column(|c| c.hlc.clone()),
            column(|c| c.device.clone()),
            column(|c| c.table.clone()),
            column(|c| c.row_id.clone()),
            column(|c| c.column.clone()),
        );
        let values = column(|c| c.value.to_string());
        let schemas: Vec<i64> = changes.iter().map(|c| i64::from(c.schema)).collect();
        let private_to: Vec<Option<String>> = changes.iter().map(|c| c.private_to.clone()).collect();
        self.write(|tx| {
            // The row lock serializes pushes to this workspace across every instance: the next
            // push reads the head only after this one has committed, so numbers commit in order.
            let head: i64 = tx.query_one("SELECT head FROM workspaces WHERE id = $1 FOR UPDATE", &[&workspace_id])?.try_get(0)?;
            // One statement for the whole push (a round trip per change made PostgreSQL slow):
            // number the changes not seen before in the order they came, then keep each field's
            // newest among them as its winner if it is newer than the one kept.
            let counts =
                tx.query_one(PUSH_SQL, &[&workspace_id, &hlcs, &devices, &tables, &rows, &columns, &values, &schemas, &private_to, &head])?;
            let accepted = usize::try_from(counts.try_get::<_, i64>(0)?).unwrap_or(0);
            let head = head + accepted as i64;
            if accepted > 0 {
                tx.execute("UPDATE workspaces SET head = $2 WHERE id = $1", &[&workspace_id, &head])?;
                // Delivered on commit, in commit order, to every instance (this one included).
                tx.execute("SELECT pg_notify($1, $2)", &[&HEADS_CHANNEL, &format!("{workspace_id} {head}")])?;
            }
            Ok(PushResponse { accepted, duplicates: changes.len() - accepted, head })
        })
    }

    fn pull(&self, workspace_id: &str, viewer: &str, after: i64, limit: PageLimit) -> Result<PullResponse, StoreError> {
        self.read(|tx| {
            let head = head_of(tx, workspace_id)?;
            let mut counted = PageBytes::new(limit);
            let mut changes = Vec::new();
            read_page(
                tx,
                "SELECT seq, hlc, device, tbl, row_id, col, value, schema, private_to FROM changes
                 WHERE workspace_id = $1 AND seq > $2 AND (private_to IS NULL OR private_to = $4) ORDER BY seq LIMIT $3",
                &[&workspace_id, &after, &(limit.changes as i64), &viewer],
                6,
                &mut counted,
                |r| {
                    changes.push(Numbered { seq: r.try_get(0)?, change: change_of(r, 1)? });
                    Ok(())
                },
            )?;
            crate::store::pull_response(changes, &counted, head, after, |scanned| {
                let rows = tx.query(
                    "SELECT seq, hlc || ' ' || device FROM changes WHERE workspace_id = $1 AND seq IN ($2, $3)",
                    &[&workspace_id, &after, &scanned],
                )?;
                Ok(rows.iter().map(|r| (r.get(0), r.get(1))).collect())
            })
        })
    }

    fn snapshot(
        &self,
        workspace_id: &str,
        viewer: &str,
        as_of: Option<i64>,
        from: Option<&SnapshotCursor>,
        limit: PageLimit,
    ) -> Result<SnapshotPage, StoreError> {
        self.read(|tx| {
            let as_of = match as_of {
                Some(n) => n,
                None => head_of(tx, workspace_id)?,
            };
            // A winner replaced after `as_of` is left out: its replacement comes with the changes
            // after `as_of`. Fields of a purged row are left out: the purge says all there is.
            let visible = "w.workspace_id = $1 AND w.seq <= $2 AND (w.private_to IS NULL OR w.private_to = $7) AND (w.col = '*' OR NOT EXISTS (
                    SELECT 1 FROM winners p WHERE p.workspace_id = w.workspace_id AND p.tbl = w.tbl AND p.row_id = w.row_id AND p.col = '*'))";
            // Counted once, for the first page: counting on every page made a bootstrap quadratic.
            let total: Option<i64> = match from {
                Some(_) => None,
                None => Some(
                    tx.query_one(&format!("SELECT count(*) FROM winners w WHERE {}", visible.replace("$7", "$3")), &[&workspace_id, &as_of, &viewer])?
                        .try_get(0)?,
                ),
            };
            let (t, r, c) = from.map(|f| (f.table.as_str(), f.row_id.as_str(), f.column.as_str())).unwrap_or(("", "", ""));
            let query = format!(
                "SELECT hlc, device, tbl, row_id, col, value, schema, private_to FROM winners w
                 WHERE {visible} AND (w.tbl, w.row_id, w.col) > ($3, $4, $5)
                 ORDER BY w.tbl, w.row_id, w.col LIMIT $6"
            );
            let mut counted = PageBytes::new(limit);
            let mut changes = Vec::new();
            read_page(tx, &query, &[&workspace_id, &as_of, &t, &r, &c, &(limit.changes as i64), &viewer], 5, &mut counted, |r| {
                changes.push(change_of(r, 0)?);
                Ok(())
            })?;
            Ok(SnapshotPage { as_of, next: crate::store::next_cursor(&changes, &counted), changes, total })
        })
    }

    fn file_status(&self, workspace_id: &str, hash: &str) -> Result<Option<FileStatus>, StoreError> {
        self.read(|tx| file_status_in(tx, workspace_id, hash, false))
    }

    fn append_file(
        &self,
        workspace_id: &str,
        hash: &str,
        size: u64,
        offset: u64,
        bytes: &[u8],
        now: &str,
    ) -> Result<FileStatus, StoreError> {
        self.write(|tx| {
            tx.execute(
                "INSERT INTO files (workspace_id, hash, size, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
                &[&workspace_id, &hash, &big(size), &now],
            )?;
            // The row lock serializes chunks of one file across every instance.
            let mut file =
                file_status_in(tx, workspace_id, hash, true)?.ok_or_else(|| StoreError::Damaged("a file row vanished".into()))?;
            if file.size != size {
                return Err(StoreError::FileSize { declared: file.size });
            }
            if file.complete {
                return Ok(file);
            }
            if file.received != offset {
                return Err(StoreError::FileOffset { has: file.received });
            }
            if !bytes.is_empty() {
                tx.execute(
                    "INSERT INTO file_chunks (workspace_id, hash, pos, bytes) VALUES ($1, $2, $3, $4)",
                    &[&workspace_id, &hash, &big(offset), &bytes],
                )?;
                file.received += bytes.len() as u64;
                tx.execute(
                    "UPDATE files SET received = $3 WHERE workspace_id = $1 AND hash = $2",
                    &[&workspace_id, &hash, &big(file.received)],
                )?;
            }
            Ok(file)
        })
    }

    fn read_file(&self, workspace_id: &str, hash: &str, offset: u64, max: usize) -> Result<Vec<u8>, StoreError> {
        let end = offset + max as u64;
        self.read(|tx| {
            let rows = tx.query(
                "SELECT pos, bytes FROM file_chunks
                 WHERE workspace_id = $1 AND hash = $2 AND pos < $4 AND pos + octet_length(bytes) > $3 ORDER BY pos",
                &[&workspace_id, &hash, &big(offset), &big(end)],
            )?;
            let mut out = Vec::with_capacity(max.min(1 << 20));
            for row in rows {
                let pos: i64 = row.try_get(0)?;
                let bytes: &[u8] = row.try_get(1)?;
                out.extend_from_slice(overlap(pos.max(0) as u64, bytes, offset, end));
            }
            Ok(out)
        })
    }

    fn complete_file(&self, workspace_id: &str, hash: &str) -> Result<(), StoreError> {
        self.write(|tx| {
            tx.execute("UPDATE files SET complete = TRUE WHERE workspace_id = $1 AND hash = $2", &[&workspace_id, &hash])?;
            Ok(())
        })
    }

    fn discard_file(&self, workspace_id: &str, hash: &str) -> Result<(), StoreError> {
        self.write(|tx| {
            tx.execute("DELETE FROM file_chunks WHERE workspace_id = $1 AND hash = $2", &[&workspace_id, &hash])?;
            tx.execute("DELETE FROM files WHERE workspace_id = $1 AND hash = $2 AND NOT complete", &[&workspace_id, &hash])?;
            Ok(())
        })
    }

    /// Listens on `tandem_heads` with a connection of its own, on a thread of its own, which
    /// ends once `pokes` are gone. Returns once it listens, so no later push goes unheard.
    fn watch_heads(&self, pokes: Weak<Pokes>) -> Result<(), StoreError> {
        let client = listen(&self.config)?;
        let watcher = HeadWatcher { config: self.config.clone(), pokes };
        thread::Builder::new()
            .name("tandem-pg-heads".into())
            .spawn(move || watcher.run(client))
            .map_err(|e| StoreError::Damaged(format!("cannot start the thread that hears other instances' pushes: {e}")))?;
        Ok(())
    }
}

fn listen(config: &Config) -> Result<Client, postgres::Error> {
    let mut client = config.connect(NoTls)?;
    client.batch_execute(&format!("LISTEN {HEADS_CHANNEL}"))?;
    Ok(client)
}

/// How often the watcher looks up from waiting, to notice that the server has stopped.
const TICK: Duration = Duration::from_secs(1);
/// How often a quiet connection is checked, so that a dead one is noticed and replaced.
const PING_EVERY: Duration = Duration::from_secs(30);
const RECONNECT_AFTER: Duration = Duration::from_secs(2);

struct HeadWatcher {
    config: Config,
    pokes: Weak<Pokes>,
}

impl HeadWatcher {
    fn run(self, mut client: Client) {
        loop {
            match self.relay(&mut client) {
                Ok(()) => return,
                Err(e) => tracing::warn!(error = %e, "lost the database connection that hears other instances' pushes; reconnecting"),
            }
            client = loop {
                thread::sleep(RECONNECT_AFTER);
                if self.pokes.strong_count() == 0 {
                    return;
                }
                match listen(&self.config).and_then(|mut client| self.catch_up(&mut client).map(|()| client)) {
                    Ok(client) => break client,
                    Err(e) => tracing::warn!(error = %e, "cannot reconnect to hear other instances' pushes; trying again"),
                }
            };
        }
    }

    /// Pokes every head it hears until the pokes are gone (Ok) or the connection fails (Err).
    fn relay(&self, client: &mut Client) -> Result<(), postgres::Error> {
        let mut quiet = Duration::ZERO;
        loop {
            let heard = client.notifications().timeout_iter(TICK).next()?;
            let Some(pokes) = self.pokes.upgrade() else { return Ok(()) };
            match heard {
                Some(notification) => {
                    quiet = Duration::ZERO;
                    match notification.payload().rsplit_once(' ').and_then(|(workspace, head)| Some((workspace, head.parse().ok()?))) {
                        Some((workspace, head)) => pokes.poke(workspace, head),
                        None => tracing::warn!(payload = notification.payload(), "ignored a malformed {HEADS_CHANNEL} notification"),
                    }
                }
                None => {
                    quiet += TICK;
                    if client.is_closed() || quiet >= PING_EVERY {
                        client.is_valid(PING_EVERY)?;
                        quiet = Duration::ZERO;
                    }
                }
            }
        }
    }

    /// Pushes made while the connection was down went unheard: pokes every listened-to
    /// workspace with its head (a device told a head it already has just pulls nothing).
    fn catch_up(&self, client: &mut Client) -> Result<(), postgres::Error> {
        let Some(pokes) = self.pokes.upgrade() else { return Ok(()) };
        let listened = pokes.listened();
        for row in client.query("SELECT id, head FROM workspaces WHERE id = ANY($1)", &[&listened])? {
            pokes.poke(row.try_get(0)?, row.try_get(1)?);
        }
        Ok(())
    }
}
