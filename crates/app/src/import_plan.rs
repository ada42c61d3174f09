//! Turning the records of an import file into a plan: which lines create a contact, which update
//! one already there, which are skipped and why. The same plan drives the dry run and the import.

use std::collections::HashMap;

use rusqlite::Connection;
use tandem_domain::contact::{display_name, ContactInput};
use tandem_domain::lifecycle::LifecycleStage;
use tandem_domain::member::Member;
use tandem_interchange::{ContactRecord, RowOutcome};
use tandem_store::{campaigns, companies, contacts, imports, StoreError};

use crate::dto::{DuplicatePolicy, ImportLine, ImportMatch, ImportPlan, MatchedBy};

/// What one line of the file becomes.
pub(crate) enum Action {
    Create {
        input: ContactInput,
        company_domain: String,
        created_at: Option<String>,
    },
    /// Update the existing contact (or the contact an earlier line creates: `Earlier(index)`).
    Update {
        target: Target,
        input: ContactInput,
        company_domain: String,
    },
    Skip,
}

#[derive(Clone)]
pub(crate) enum Target {
    Existing(String),
    Earlier(usize),
}

pub(crate) struct Plan {
    /// One action per readable line, in file order.
    pub actions: Vec<Action>,
    pub problems: Vec<ImportLine>,
    pub warnings: Vec<ImportLine>,
    pub matches: Vec<ImportMatch>,
}

const SHOWN: usize = 500;

impl Plan {
    pub fn summary(&self) -> ImportPlan {
        let count = |f: fn(&Action) -> bool| self.actions.iter().filter(|a| f(a)).count() as u32;
        ImportPlan {
            create: count(|a| matches!(a, Action::Create { .. })),
            update: count(|a| matches!(a, Action::Update { .. })),
            skip: count(|a| matches!(a, Action::Skip)) + self.problems.len() as u32,
            problem_count: self.problems.len() as u32,
            problems: self.problems.iter().take(SHOWN).cloned().collect(),
            warning_count: self.warnings.len() as u32,
            warnings: self.warnings.iter().take(SHOWN).cloned().collect(),
            match_count: self.matches.len() as u32,
            matches: self.matches.iter().take(SHOWN).cloned().collect(),
        }
    }
}

/// A reader's problem without its "Line N: ": the wizard lists each line under its number.
fn without_line(problem: &str, line: u64) -> String {
    let prefix = format!("Line {line}: ");
    let rest = problem.strip_prefix(prefix.as_str()).unwrap_or(problem);
    // The reader's sentences go on in lower case after the prefix ("column 'Email' has …").
    let mut chars = rest.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// Plans every record of the file against the workspace as `conn` sees it.
pub(crate) fn plan(
    conn: &Connection,
    outcomes: &[RowOutcome],
    policy: DuplicatePolicy,
    region: &str,
    members: &[Member],
) -> Result<Plan, StoreError> {
    let mut plan = Plan { actions: Vec::new(), problems: Vec::new(), warnings: Vec::new(), matches: Vec::new() };
    // Keys of the contacts earlier lines create, so a file's own repeats are matched too.
    let mut earlier: HashMap<String, usize> = HashMap::new();
    for outcome in outcomes {
        let line = outcome.line;
        let record = match &outcome.result {
            Ok(record) => record,
            Err(problems) => {
                let message = problems.iter().map(|p| without_line(p, line)).collect::<Vec<_>>().join(" ");
                plan.problems.push(ImportLine { line: line as u32, message });
                continue;
            }
        };
        let (mut input, warnings) = to_input(record, members);
        // Campaigns are matched by name and never created by an import: a typo would otherwise
        // make a campaign nobody planned.
        let mut unknown: Vec<String> = Vec::new();
        for (name, slot) in
            [(&record.original_campaign, &mut input.first_campaign_id), (&record.latest_campaign, &mut input.last_campaign_id)]
        {
            if name.is_empty() {
                continue;
            }
            match campaigns::find_by_name(conn, name)? {
                Some(id) => *slot = Some(id),
                None if !unknown.contains(name) => unknown.push(name.clone()),
                None => {}
            }
        }
        if !unknown.is_empty() {
            let names = unknown.iter().map(|n| format!("'{n}'")).collect::<Vec<_>>().join(" or ");
            let message = format!("There is no campaign called {names}; create it under Campaigns first, or map the column to Skip.");
            plan.problems.push(ImportLine { line: line as u32, message });
            continue;
        }
        let input = match input.validate_in(region, &[]) {
            Ok(input) => input,
            Err(invalid) => {
                let message = invalid.0.iter().map(|f| f.message.clone()).collect::<Vec<_>>().join(" ");
                plan.problems.push(ImportLine { line: line as u32, message });
                continue;
            }
        };
        for warning in warnings {
            plan.warnings.push(ImportLine { line: line as u32, message: warning });
        }
        let keys = match_keys(&input);
        let found = find_existing(conn, &input, &keys, &record.company_domain, &earlier)?;
        if let Some((_, matched_by, existing)) = &found {
            plan.matches.push(ImportMatch {
                line: line as u32,
                name: input.display_name(),
                matched_by: *matched_by,
                existing: existing.clone(),
            });
        }
        let action = match (found, policy) {
            (None, _) | (Some(_), DuplicatePolicy::Create) => Action::Create {
                input: input.clone(),
                company_domain: record.company_domain.clone(),
                created_at: record.created_at.clone(),
            },
            (Some(_), DuplicatePolicy::Skip) => Action::Skip,
            (Some((Target::Earlier(index), _, _)), DuplicatePolicy::Update) => {
                // A repeat within the file folds into the contact its first line creates.
                if let Action::Create { input: first, .. } = &mut plan.actions[index] {
                    *first = update_of(first, &input);
                }
                Action::Update { target: Target::Earlier(index), input: input.clone(), company_domain: record.company_domain.clone() }
            }
            (Some((target, _, _)), DuplicatePolicy::Update) => {
                Action::Update { target, input: input.clone(), company_domain: record.company_domain.clone() }
            }
        };
        if matches!(action, Action::Create { .. }) {
            for key in keys.iter().map(|(_, k)| k.clone()) {
                earlier.entry(key).or_insert(plan.actions.len());
            }
        }
        plan.actions.push(action);
    }
    Ok(plan)
}

/// The keys a contact is matched by, most telling first: e-mails, phones, then name at company.
fn match_keys(input: &ContactInput) -> Vec<(MatchedBy, String)> {
    let mut keys = Vec::new();
    for email in std::iter::once(&input.email).chain(&input.other_emails).filter(|e| !e.is_empty()) {
        keys.push((MatchedBy::Email, format!("e:{email}")));
    }
    for phone in std::iter::once(&input.phone).chain(&input.other_phones).filter(|p| !p.is_empty()) {
        keys.push((MatchedBy::Phone, format!("p:{phone}")));
    }
    if !input.first_name.is_empty() || !input.last_name.is_empty() {
        let name =
            format!("n:{}|{}|{}", input.first_name.to_lowercase(), input.last_name.to_lowercase(), input.company_name.to_lowercase());
        keys.push((MatchedBy::NameAndCompany, name));
    }
    keys
}

/// The contact this input duplicates, how it was matched and the match's name.
fn find_existing(
    conn: &Connection,
    input: &ContactInput,
    keys: &[(MatchedBy, String)],
    company_domain: &str,
    earlier: &HashMap<String, usize>,
) -> Result<Option<(Target, MatchedBy, String)>, StoreError> {
    for (matched_by, key) in keys {
        let existing = match matched_by {
            MatchedBy::Email => imports::contact_by_email(conn, &key[2..])?,
            MatchedBy::Phone => imports::contact_by_phone(conn, &key[2..])?,
            MatchedBy::NameAndCompany => {
                let company = match companies::find_by_domain(conn, company_domain)? {
                    Some(id) => Some(id),
                    None => companies::find_by_name(conn, &input.company_name)?,
                };
                // A named company that does not exist yet cannot hold a match.
                if company.is_none() && !input.company_name.is_empty() {
                    None
                } else {
                    imports::contact_by_name(conn, &input.first_name, &input.last_name, company.as_deref())?
                }
            }
        };
        if let Some(id) = existing {
            let found = contacts::get(conn, &id)?;
            return Ok(Some((Target::Existing(id), *matched_by, display_name(&found.first_name, &found.last_name))));
        }
        if let Some(&index) = earlier.get(key) {
            return Ok(Some((Target::Earlier(index), *matched_by, "an earlier line of this file".into())));
        }
    }
    Ok(None)
}

/// The contact form's input for a record, and what had to be kept aside (a phone Tandem cannot
/// read goes to the notes rather than being dropped).
fn to_input(record: &ContactRecord, members: &[Member]) -> (ContactInput, Vec<String>) {
    let mut warnings = Vec::new();
    let mut notes = record.notes.clone();
    let mut phones = Vec::new();
    for phone in &record.phones {
        if phone.starts_with('+') && phone[1..].chars().all(|c| c.is_ascii_digit() || " ext.".contains(c)) {
            phones.push(phone.clone());
        } else {
            warnings.push(format!("The phone '{phone}' has no country code Tandem can read; it was kept in the notes."));
            append_line(&mut notes, &format!("Phone (as imported): {phone}"));
        }
    }
    if !record.city.is_empty() {
        append_line(&mut notes, &format!("City: {}", record.city));
    }
    let owner = record.owner_email.trim().to_lowercase();
    let owner_id = members
        .iter()
        .find(|m| !owner.is_empty() && (m.email.to_lowercase() == owner || m.name.to_lowercase() == owner))
        .map(|m| m.id.clone());
    if owner_id.is_none() && !owner.is_empty() {
        warnings.push(format!("The owner '{}' is not a member of this workspace; the contact has no owner.", record.owner_email));
    }
    let mut emails = record.emails.iter();
    let mut phone_list = phones.into_iter();
    let input = ContactInput {
        first_name: record.first_name.clone(),
        last_name: record.last_name.clone(),
        email: emails.next().cloned().unwrap_or_default(),
        phone: phone_list.next().unwrap_or_default(),
        title: record.title.clone(),
        company_name: record.company_name.clone(),
        country: record.country.clone(),
        notes,
        lifecycle_stage: LifecycleStage::parse(&record.lifecycle_stage).unwrap_or_default(),
        lead_status: record.lead_status.clone(),
        lead_source: record.lead_source.clone(),
        owner_id,
        tags: record.tags.clone(),
        other_emails: emails.cloned().collect(),
        other_phones: phone_list.collect(),
        ..ContactInput::default()
    };
    (input, warnings)
}

fn append_line(notes: &mut String, line: &str) {
    if !notes.is_empty() {
        notes.push('\n');
    }
    notes.push_str(line);
}

/// An existing contact with the imported values laid over it: imported non-empty values win;
/// tags, e-mails and phones of both are kept.
pub(crate) fn update_of(existing: &ContactInput, imported: &ContactInput) -> ContactInput {
    let pick = |new: &String, old: &String| if new.is_empty() { old.clone() } else { new.clone() };
    let mut merged = ContactInput {
        first_name: pick(&imported.first_name, &existing.first_name),
        last_name: pick(&imported.last_name, &existing.last_name),
        email: pick(&existing.email, &imported.email),
        phone: pick(&existing.phone, &imported.phone),
        title: pick(&imported.title, &existing.title),
        company_name: pick(&imported.company_name, &existing.company_name),
        country: pick(&imported.country, &existing.country),
        notes: match (existing.notes.is_empty(), imported.notes.is_empty() || existing.notes.contains(&imported.notes)) {
            (_, true) => existing.notes.clone(),
            (true, false) => imported.notes.clone(),
            (false, false) => format!("{}\n{}", existing.notes, imported.notes),
        },
        lead_status: pick(&imported.lead_status, &existing.lead_status),
        lead_source: pick(&imported.lead_source, &existing.lead_source),
        owner_id: imported.owner_id.clone().or(existing.owner_id.clone()),
        // The first touch already known stays first; the file's campaign is the latest touch.
        first_campaign_id: existing.first_campaign_id.clone().or(imported.first_campaign_id.clone()),
        last_campaign_id: imported.last_campaign_id.clone().or(existing.last_campaign_id.clone()),
        ..existing.clone()
    };
    if imported.lifecycle_stage != LifecycleStage::default() {
        merged.lifecycle_stage = imported.lifecycle_stage;
    }
    for tag in &imported.tags {
        if !merged.tags.iter().any(|t| t.to_lowercase() == tag.to_lowercase()) {
            merged.tags.push(tag.clone());
        }
    }
    for email in std::iter::once(&imported.email).chain(&imported.other_emails) {
        if !email.is_empty() && *email != merged.email && !merged.other_emails.contains(email) {
            merged.other_emails.push(email.clone());
        }
    }
    for phone in std::iter::once(&imported.phone).chain(&imported.other_phones) {
        if !phone.is_empty() && *phone != merged.phone && !merged.other_phones.contains(phone) {
            merged.other_phones.push(phone.clone());
        }
    }
    merged
}
