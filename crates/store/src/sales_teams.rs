//! Sales teams and their members: who the dashboard's team filter and quota roll-ups group.

use rusqlite::{Connection, OptionalExtension};
use tandem_domain::campaign::{SalesTeam, SalesTeamMember};

use crate::tables::{SALES_TEAMS, SALES_TEAM_MEMBERS};
use crate::{StoreError, Writer};

/// Every live team, alphabetically, with its live members.
pub fn list(conn: &Connection) -> Result<Vec<SalesTeam>, StoreError> {
    let mut teams: Vec<SalesTeam> = {
        let mut stmt = conn.prepare_cached("SELECT id, name FROM sales_teams WHERE deleted = 0 ORDER BY name COLLATE NOCASE, id")?;
        let rows = stmt.query_map([], |r| Ok(SalesTeam { id: r.get(0)?, name: r.get(1)?, members: Vec::new() }))?;
        rows.collect::<Result<_, _>>()?
    };
    let mut stmt = conn.prepare_cached(
        "SELECT tm.id, tm.member_id, m.name FROM sales_team_members tm JOIN members m ON m.id = tm.member_id AND m.deleted = 0
         WHERE tm.team_id = ?1 AND tm.deleted = 0 ORDER BY m.name COLLATE NOCASE, tm.id",
    )?;
    for team in &mut teams {
        let rows = stmt.query_map([&team.id], |r| Ok(SalesTeamMember { id: r.get(0)?, member_id: r.get(1)?, name: r.get(2)? }))?;
        team.members = rows.collect::<Result<_, _>>()?;
    }
    Ok(teams)
}

/// Another live team with the same name (any case).
pub fn name_taken(conn: &Connection, name: &str, except: Option<&str>) -> Result<bool, StoreError> {
    let found: Option<String> = conn
        .prepare_cached("SELECT id FROM sales_teams WHERE deleted = 0 AND name = ?1 COLLATE NOCASE LIMIT 1")?
        .query_row([name], |r| r.get(0))
        .optional()?;
    Ok(found.is_some_and(|found| Some(found.as_str()) != except))
}

/// Creates a team, or renames team `id`.
pub fn save(w: &mut Writer, id: Option<&str>, name: &str) -> Result<String, StoreError> {
    w.save(&SALES_TEAMS, id, &[("name", name.to_owned().into())])
}

/// Deletes a team and its memberships (teams are not kept in the Trash: they hold no data).
pub fn delete(w: &mut Writer, id: &str) -> Result<(), StoreError> {
    let memberships: Vec<String> = {
        let mut stmt = w.conn().prepare_cached("SELECT id FROM sales_team_members WHERE team_id = ?1 AND deleted = 0")?;
        let rows = stmt.query_map([id], |r| r.get(0))?;
        rows.collect::<Result<_, _>>()?
    };
    for membership in memberships {
        w.soft_delete(&SALES_TEAM_MEMBERS, &membership)?;
    }
    w.soft_delete(&SALES_TEAMS, id)
}

/// Puts member `member_id` on team `team_id`; nothing changes when they already are.
pub fn add_member(w: &mut Writer, team_id: &str, member_id: &str) -> Result<(), StoreError> {
    let existing: Option<String> = w
        .conn()
        .prepare_cached("SELECT id FROM sales_team_members WHERE team_id = ?1 AND member_id = ?2 AND deleted = 0 LIMIT 1")?
        .query_row([team_id, member_id], |r| r.get(0))
        .optional()?;
    if existing.is_none() {
        w.save(&SALES_TEAM_MEMBERS, None, &[("team_id", team_id.to_owned().into()), ("member_id", member_id.to_owned().into())])?;
    }
    Ok(())
}

/// Takes a member off a team (by the membership's id).
pub fn remove_member(w: &mut Writer, membership_id: &str) -> Result<(), StoreError> {
    w.soft_delete(&SALES_TEAM_MEMBERS, membership_id)
}
