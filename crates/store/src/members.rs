//! Workspace members and the local user's profile.

use rusqlite::{Connection, OptionalExtension};
use tandem_domain::member::{Member, MemberInput, Role};

use crate::tables::MEMBERS;
use crate::{local_state, StoreError, Writer};

pub fn list(conn: &Connection) -> Result<Vec<Member>, StoreError> {
    let me = local_state::get(conn, local_state::PROFILE_MEMBER)?;
    let mut stmt = conn.prepare_cached("SELECT id, name, email, role FROM members WHERE deleted = 0 ORDER BY name COLLATE NOCASE, id")?;
    let rows = stmt.query_map([], |r| row_to_member(r, me.as_deref()))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub fn get(conn: &Connection, id: &str) -> Result<Member, StoreError> {
    let me = local_state::get(conn, local_state::PROFILE_MEMBER)?;
    conn.query_row("SELECT id, name, email, role FROM members WHERE id = ?1 AND deleted = 0", [id], |r| row_to_member(r, me.as_deref()))
        .optional()?
        .ok_or_else(|| StoreError::NotFound { what: "Member".into() })
}

fn row_to_member(r: &rusqlite::Row, me: Option<&str>) -> rusqlite::Result<Member> {
    let id: String = r.get(0)?;
    let role: String = r.get(3)?;
    Ok(Member { is_me: me == Some(id.as_str()), id, name: r.get(1)?, email: r.get(2)?, role: Role::parse(&role).unwrap_or(Role::Seller) })
}

/// The member this device's user is, if the profile was set up.
pub fn profile(conn: &Connection) -> Result<Option<Member>, StoreError> {
    match local_state::get(conn, local_state::PROFILE_MEMBER)? {
        Some(id) => get(conn, &id).map(Some).or_else(|e| if matches!(e, StoreError::NotFound { .. }) { Ok(None) } else { Err(e) }),
        None => Ok(None),
    }
}

/// Creates (no id) or updates a validated member and returns its id.
pub fn save(w: &mut Writer, input: &MemberInput) -> Result<String, StoreError> {
    let fields =
        [("name", input.name.clone().into()), ("email", input.email.clone().into()), ("role", input.role.as_str().to_owned().into())];
    w.save(&MEMBERS, input.id.as_deref(), &fields)
}
