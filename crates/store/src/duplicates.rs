//! The possible-duplicates scan: same e-mail, same phone, or near-identical names at one company.

use std::collections::{BTreeMap, HashMap, HashSet};

use rusqlite::Connection;
use tandem_domain::contact::{display_name, phone_display};
use tandem_domain::duplicate::{name_key, DuplicateCandidate, DuplicateGroup, DuplicateReason};

use crate::tables::DUPLICATE_DISMISSALS;
use crate::{new_id, StoreError, Writer};

/// Names at least this similar (Jaro–Winkler, after folding) at the same company are suspects.
const SIMILAR_NAME: f64 = 0.93;
/// Companies with more people than this are compared on exact folded names only.
const PAIRWISE_LIMIT: usize = 400;

struct Person {
    id: String,
    first: String,
    last: String,
    email: String,
    phone: String,
    title: String,
    company_id: Option<String>,
    company: String,
    updated_at: String,
}

/// Every group of possible duplicates among live contacts, e-mail matches first, and the
/// number of groups; pairs a user dismissed are left out.
pub fn scan(conn: &Connection, limit: usize) -> Result<(usize, Vec<DuplicateGroup>), StoreError> {
    let people = load(conn)?;
    let index: HashMap<&str, usize> = people.iter().enumerate().map(|(i, p)| (p.id.as_str(), i)).collect();
    let dismissed = dismissed_pairs(conn)?;
    let mut seen_pairs: HashSet<(usize, usize)> = HashSet::new();
    let mut groups: Vec<(DuplicateReason, String, Vec<usize>)> = Vec::new();

    for (reason, keyed) in [
        (DuplicateReason::SameEmail, by_value(conn, &people, &index, "email")?),
        (DuplicateReason::SamePhone, by_value(conn, &people, &index, "phone")?),
    ] {
        for (key, members) in keyed {
            push_group(&mut groups, &mut seen_pairs, &dismissed, &people, reason, key, members);
        }
    }
    let mut by_company: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, p) in people.iter().enumerate() {
        if let Some(company) = &p.company_id {
            by_company.entry(company.as_str()).or_default().push(i);
        }
    }
    for members in by_company.values().filter(|m| m.len() > 1) {
        let keys: Vec<String> =
            members.iter().map(|&i| name_key(&deunicode::deunicode(&format!("{} {}", people[i].first, people[i].last)))).collect();
        // Union the similar pairs of this company into groups.
        let mut parent: Vec<usize> = (0..members.len()).collect();
        fn root(parent: &mut [usize], i: usize) -> usize {
            let mut i = i;
            while parent[i] != i {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            i
        }
        for a in 0..members.len() {
            for b in (a + 1)..members.len() {
                let similar = if members.len() > PAIRWISE_LIMIT {
                    keys[a] == keys[b]
                } else {
                    !keys[a].is_empty() && strsim::jaro_winkler(&keys[a], &keys[b]) >= SIMILAR_NAME
                };
                if similar {
                    let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
                    parent[ra] = rb;
                }
            }
        }
        let mut clusters: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for (local, &member) in members.iter().enumerate() {
            let r = root(&mut parent, local);
            clusters.entry(r).or_default().push(member);
        }
        for cluster in clusters.into_values().filter(|c| c.len() > 1) {
            let company = people[cluster[0]].company.clone();
            push_group(&mut groups, &mut seen_pairs, &dismissed, &people, DuplicateReason::SimilarName, company, cluster);
        }
    }
    let total = groups.len();
    let out = groups
        .into_iter()
        .take(limit)
        .map(|(reason, key, members)| DuplicateGroup { reason, key, contacts: members.iter().map(|&i| candidate(&people[i])).collect() })
        .collect();
    Ok((total, out))
}

/// Adds a group unless every pair in it was already shown or dismissed.
fn push_group(
    groups: &mut Vec<(DuplicateReason, String, Vec<usize>)>,
    seen: &mut HashSet<(usize, usize)>,
    dismissed: &HashSet<(String, String)>,
    people: &[Person],
    reason: DuplicateReason,
    key: String,
    mut members: Vec<usize>,
) {
    members.sort();
    members.dedup();
    let mut fresh = false;
    for (x, &a) in members.iter().enumerate() {
        for &b in &members[x + 1..] {
            if !dismissed.contains(&ordered(&people[a].id, &people[b].id)) && seen.insert((a, b)) {
                fresh = true;
            }
        }
    }
    if fresh && members.len() > 1 {
        groups.push((reason, key, members));
    }
}

fn ordered(a: &str, b: &str) -> (String, String) {
    if a <= b {
        (a.to_owned(), b.to_owned())
    } else {
        (b.to_owned(), a.to_owned())
    }
}

fn load(conn: &Connection) -> Result<Vec<Person>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT c.id, c.first_name, c.last_name, c.email, c.phone, c.title, c.company_id, coalesce(co.name, ''), c.updated_at
         FROM contacts c LEFT JOIN companies co ON co.id = c.company_id WHERE c.deleted = 0 ORDER BY c.id",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(Person {
            id: r.get(0)?,
            first: r.get(1)?,
            last: r.get(2)?,
            email: r.get(3)?,
            phone: r.get(4)?,
            title: r.get(5)?,
            company_id: r.get(6)?,
            company: r.get(7)?,
            updated_at: r.get(8)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// People sharing a primary or extra value of `kind` ("email" or "phone"), by that value.
fn by_value(
    conn: &Connection,
    people: &[Person],
    index: &HashMap<&str, usize>,
    kind: &str,
) -> Result<BTreeMap<String, Vec<usize>>, StoreError> {
    let mut groups: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, p) in people.iter().enumerate() {
        let value = if kind == "email" { &p.email } else { &p.phone };
        if !value.is_empty() {
            groups.entry(value.to_lowercase()).or_default().push(i);
        }
    }
    let mut stmt = conn.prepare_cached("SELECT contact_id, value FROM contact_points WHERE kind = ?1 AND deleted = 0")?;
    let extra = stmt.query_map([kind], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
    for row in extra {
        let (contact, value) = row?;
        if let Some(&i) = index.get(contact.as_str()) {
            groups.entry(value.to_lowercase()).or_default().push(i);
        }
    }
    groups.retain(|_, members| {
        members.sort();
        members.dedup();
        members.len() > 1
    });
    Ok(groups)
}

fn dismissed_pairs(conn: &Connection) -> Result<HashSet<(String, String)>, StoreError> {
    let mut stmt = conn.prepare_cached("SELECT contact_a, contact_b FROM duplicate_dismissals WHERE deleted = 0")?;
    let rows = stmt.query_map([], |r| Ok(ordered(&r.get::<_, String>(0)?, &r.get::<_, String>(1)?)))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

fn candidate(p: &Person) -> DuplicateCandidate {
    DuplicateCandidate {
        id: p.id.clone(),
        name: display_name(&p.first, &p.last),
        email: p.email.clone(),
        phone_display: phone_display(&p.phone),
        title: p.title.clone(),
        company_name: p.company.clone(),
        updated_at: p.updated_at.clone(),
    }
}

/// Remembers that two contacts are different people.
pub fn dismiss(w: &mut Writer, a: &str, b: &str) -> Result<(), StoreError> {
    let (a, b) = ordered(a, b);
    w.create(&DUPLICATE_DISMISSALS, &new_id(), &[("contact_a", a.into()), ("contact_b", b.into())])
}
