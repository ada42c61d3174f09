//! Merging two contacts into one without losing anything either of them had.

use rusqlite::types::Value;
use tandem_domain::contact::ContactInput;

use crate::tables::{Table, ACTIVITIES, CONTACTS, CONTENT_USES, DEALS, DEAL_CONTACTS, SEQUENCE_ENROLLMENTS, TASK_LINKS};
use crate::{contacts, StoreError, Writer};

/// Every column that points at a contact. A table that links to contacts adds itself here, so a
/// merge moves its rows too.
pub const CONTACT_LINKS: &[(&Table, &str)] = &[
    (&ACTIVITIES, "contact_id"),
    (&DEALS, "primary_contact_id"),
    (&DEAL_CONTACTS, "contact_id"),
    (&TASK_LINKS, "record_id"),
    (&SEQUENCE_ENROLLMENTS, "contact_id"),
    (&CONTENT_USES, "contact_id"),
];

/// Merges `merge_id` into `keep_id`: `keep_id` takes `values` plus every tag, e-mail and phone of
/// both; every linked record moves to it; `merge_id` goes to the Trash marked as merged.
pub fn contacts_into(
    w: &mut Writer,
    keep_id: &str,
    merge_id: &str,
    values: &ContactInput,
    company_id: Option<String>,
) -> Result<(), StoreError> {
    if keep_id == merge_id {
        return Err(StoreError::Refused("A contact cannot be merged with itself.".into()));
    }
    let keep = contacts::get(w.conn(), keep_id)?;
    let gone = contacts::get(w.conn(), merge_id)?;
    let mut merged = values.clone();
    for tag in keep.tags.iter().chain(&gone.tags) {
        if !merged.tags.iter().any(|t| t.to_lowercase() == tag.to_lowercase()) {
            merged.tags.push(tag.clone());
        }
    }
    for email in [&keep.email, &gone.email].into_iter().chain(&keep.other_emails).chain(&gone.other_emails) {
        if !email.is_empty() && *email != merged.email && !merged.other_emails.contains(email) {
            merged.other_emails.push(email.clone());
        }
    }
    for phone in [&keep.phone, &gone.phone].into_iter().chain(&keep.other_phones).chain(&gone.other_phones) {
        if !phone.is_empty() && *phone != merged.phone && !merged.other_phones.contains(phone) {
            merged.other_phones.push(phone.clone());
        }
    }
    contacts::save(w, keep_id, &merged, company_id, false)?;
    for (table, column) in CONTACT_LINKS {
        let rows: Vec<String> = {
            let mut stmt = w.conn().prepare(&format!("SELECT id FROM {} WHERE {column} = ?1 AND deleted = 0", table.name))?;
            let ids = stmt.query_map([merge_id], |r| r.get(0))?;
            ids.collect::<Result<_, _>>()?
        };
        for id in rows {
            if table.name == DEAL_CONTACTS.name && on_deal_already(w, &id, keep_id)? {
                w.soft_delete(table, &id)?;
            } else {
                w.set(table, &id, &[(column, Value::Text(keep_id.to_owned()))])?;
            }
        }
    }
    w.set(&CONTACTS, merge_id, &[("merged_into", Value::Text(keep_id.to_owned()))])?;
    w.soft_delete(&CONTACTS, merge_id)
}

/// Whether `contact_id` is already among the people of the deal that `deal_contact_id` belongs to.
fn on_deal_already(w: &Writer, deal_contact_id: &str, contact_id: &str) -> Result<bool, StoreError> {
    Ok(w.conn().query_row(
        "SELECT EXISTS (SELECT 1 FROM deal_contacts o JOIN deal_contacts me ON me.deal_id = o.deal_id
                        WHERE me.id = ?1 AND o.contact_id = ?2 AND o.deleted = 0)",
        [deal_contact_id, contact_id],
        |r| r.get(0),
    )?)
}
