//! A contact: a person an account executive sells to or a marketer nurtures.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::custom_field::{check_values, CustomField, CustomValue};
use crate::lifecycle::{Bant, LifecycleStage};
use crate::phone;
use crate::tag::clean_tags;
use crate::text::{check_email, Checker, Invalid};

/// What a user types into the contact form.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ContactInput {
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub phone: String,
    pub title: String,
    pub company_name: String,
    pub country: String,
    pub notes: String,
    pub lifecycle_stage: LifecycleStage,
    pub lead_status: String,
    pub lead_source: String,
    pub owner_id: Option<String>,
    pub do_not_contact: bool,
    pub bant: Bant,
    pub tags: Vec<String>,
    /// E-mails beyond the primary one.
    pub other_emails: Vec<String>,
    /// Phones beyond the primary one.
    pub other_phones: Vec<String>,
    /// Values of the workspace's custom contact fields.
    pub custom: Vec<CustomValue>,
    /// The campaign that brought the lead in (first touch) and the latest one it answered.
    #[serde(default)]
    pub first_campaign_id: Option<String>,
    #[serde(default)]
    pub last_campaign_id: Option<String>,
}

impl ContactInput {
    /// Returns the input trimmed and checked, or every field that is wrong; phone numbers
    /// without a country code are read as numbers of no country (so they need one).
    pub fn validate(&self) -> Result<ContactInput, Invalid> {
        self.validate_in("", &[])
    }

    /// Like `validate`, reading phone numbers without a country code as numbers of `region`
    /// (ISO 3166 alpha-2, e.g. "US"); every phone is stored in E.164.
    pub fn validate_in(&self, region: &str, fields: &[CustomField]) -> Result<ContactInput, Invalid> {
        let mut c = Checker::default();
        let clean = ContactInput {
            first_name: c.text("first_name", "First name", &self.first_name, 100, false),
            last_name: c.text("last_name", "Last name", &self.last_name, 100, false),
            email: c.text("email", "Email", &self.email, 254, false).to_lowercase(),
            phone: c.text("phone", "Phone", &self.phone, 40, false),
            title: c.text("title", "Title", &self.title, 120, false),
            company_name: c.text("company_name", "Company", &self.company_name, 200, false),
            country: c.text("country", "Country", &self.country, 80, false),
            notes: c.text("notes", "Notes", &self.notes, 10_000, true),
            lifecycle_stage: self.lifecycle_stage,
            lead_status: c.text("lead_status", "Lead status", &self.lead_status, 60, false),
            lead_source: c.text("lead_source", "Lead source", &self.lead_source, 120, false),
            owner_id: self.owner_id.clone().filter(|id| !id.trim().is_empty()),
            do_not_contact: self.do_not_contact,
            bant: self.bant.clone(),
            tags: clean_tags(&mut c, &self.tags),
            other_emails: Vec::new(),
            other_phones: Vec::new(),
            custom: check_values(&mut c, fields, &self.custom),
            first_campaign_id: None,
            last_campaign_id: None,
        };
        let (first_campaign_id, last_campaign_id) =
            crate::campaign::settle_touches(self.first_campaign_id.clone(), self.last_campaign_id.clone());
        let clean = ContactInput { first_campaign_id, last_campaign_id, ..clean };
        let mut bant = clean.bant.clone();
        for (field, answer) in [
            ("bant.budget", &mut bant.budget),
            ("bant.authority", &mut bant.authority),
            ("bant.need", &mut bant.need),
            ("bant.timeline", &mut bant.timeline),
        ] {
            answer.note = c.text(field, "BANT note", &answer.note, 500, true);
        }
        let clean = ContactInput { bant, ..clean };
        if clean.first_name.is_empty() && clean.last_name.is_empty() {
            c.fail("first_name", "Enter a first or last name.");
        }
        check_email(&mut c, "email", &clean.email);
        let phone = normalize_phone(&mut c, "phone", &clean.phone, region);
        let mut other_emails: Vec<String> = Vec::new();
        for email in &self.other_emails {
            let email = c.text("other_emails", "Email", email, 254, false).to_lowercase();
            check_email(&mut c, "other_emails", &email);
            if !email.is_empty() && email != clean.email && !other_emails.contains(&email) {
                other_emails.push(email);
            }
        }
        let mut other_phones: Vec<String> = Vec::new();
        for raw in &self.other_phones {
            let number = normalize_phone(&mut c, "other_phones", raw, region);
            if !number.is_empty() && number != phone && !other_phones.contains(&number) {
                other_phones.push(number);
            }
        }
        c.finish(ContactInput { phone, other_emails, other_phones, ..clean })
    }

    pub fn display_name(&self) -> String {
        display_name(&self.first_name, &self.last_name)
    }
}

/// A typed phone number in E.164, or the field's error; empty stays empty.
fn normalize_phone(c: &mut Checker, field: &str, raw: &str, region: &str) -> String {
    let raw = c.text(field, "Phone", raw, 40, false);
    if raw.is_empty() {
        return raw;
    }
    match phone::normalize(&raw, region) {
        Ok(e164) => e164,
        Err(err) => {
            c.fail(field, format!("{err}."));
            raw
        }
    }
}

pub fn display_name(first: &str, last: &str) -> String {
    match (first.is_empty(), last.is_empty()) {
        (false, false) => format!("{first} {last}"),
        (false, true) => first.to_owned(),
        _ => last.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(first: &str, last: &str, email: &str) -> ContactInput {
        ContactInput { first_name: first.into(), last_name: last.into(), email: email.into(), ..Default::default() }
    }

    #[test]
    fn a_contact_needs_a_name_and_a_real_email() {
        let cases = [
            (input("Ana", "", ""), vec![]),
            (input("", "García", "ANA@Acme.COM "), vec![]),
            (input(" ", "", ""), vec!["first_name"]),
            (input("Ana", "", "ana@"), vec!["email"]),
            (input("<script>alert(1)</script>", "", "x"), vec!["email"]),
        ];
        for (input, fields) in cases {
            let got: Vec<String> = match input.validate() {
                Ok(_) => vec![],
                Err(e) => e.0.into_iter().map(|f| f.field).collect(),
            };
            assert_eq!(got, fields, "{input:?}");
        }
        assert_eq!(input("", "García", "ANA@Acme.COM ").validate().unwrap().email, "ana@acme.com");
    }

    #[test]
    fn script_tags_are_kept_as_inert_text() {
        let clean = input("<b>Ana</b>", "", "").validate().unwrap();
        assert_eq!(clean.first_name, "<b>Ana</b>");
    }

    #[test]
    fn phone_rejects_letters() {
        let mut i = input("Ana", "", "");
        i.phone = "call me".into();
        assert_eq!(i.validate().unwrap_err().0[0].field, "phone");
        i.phone = "+1 (202) 555-0123".into();
        assert_eq!(i.validate().unwrap().phone, "+12025550123");
        i.phone = "(202) 555-0123".into();
        assert_eq!(i.validate().unwrap_err().0[0].field, "phone", "no country code and no region");
        assert_eq!(i.validate_in("US", &[]).unwrap().phone, "+12025550123");
        i.other_phones = vec!["+44 20 7946 0958".into(), "202 555 0123".into()];
        i.other_emails = vec!["ANA@x.io".into(), "".into(), "ana@x.io".into()];
        let clean = i.validate_in("US", &[]).unwrap();
        assert_eq!(clean.other_phones, ["+442079460958"], "the primary number is not repeated");
        assert_eq!(clean.other_emails, ["ana@x.io"]);
    }
}

/// A stored contact as the detail pane shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Contact {
    pub id: String,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub phone: String,
    pub title: String,
    pub company_id: Option<String>,
    pub company_name: String,
    pub country: String,
    pub notes: String,
    pub lifecycle_stage: LifecycleStage,
    pub lead_status: String,
    pub lead_source: String,
    pub owner_id: Option<String>,
    pub owner_name: String,
    pub do_not_contact: bool,
    pub bant: Bant,
    pub tags: Vec<String>,
    pub other_emails: Vec<String>,
    pub other_phones: Vec<String>,
    /// `phone` and `other_phones` as people read them (`+44 20 7946 0958`).
    pub phone_display: String,
    pub other_phones_display: Vec<String>,
    pub custom: Vec<CustomValue>,
    pub first_campaign_id: Option<String>,
    pub first_campaign_name: String,
    pub last_campaign_id: Option<String>,
    pub last_campaign_name: String,
    pub created_at: String,
    pub updated_at: String,
}

/// A stored phone number as people read it (`+44 20 7946 0958`).
pub fn phone_display(e164: &str) -> String {
    phone::format_local(e164)
}

/// The order of the contact list. `Relevance` ranks search matches (name starts first) and is
/// alphabetical without a search.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ContactSort {
    #[default]
    Relevance,
    Name,
    RecentlyUpdated,
    RecentlyAdded,
    /// Highest lead score first; contacts not scored yet last.
    Score,
}

impl From<&Contact> for ContactInput {
    fn from(c: &Contact) -> Self {
        ContactInput {
            first_name: c.first_name.clone(),
            last_name: c.last_name.clone(),
            email: c.email.clone(),
            phone: c.phone.clone(),
            title: c.title.clone(),
            company_name: c.company_name.clone(),
            country: c.country.clone(),
            notes: c.notes.clone(),
            lifecycle_stage: c.lifecycle_stage,
            lead_status: c.lead_status.clone(),
            lead_source: c.lead_source.clone(),
            owner_id: c.owner_id.clone(),
            do_not_contact: c.do_not_contact,
            bant: c.bant.clone(),
            tags: c.tags.clone(),
            other_emails: c.other_emails.clone(),
            other_phones: c.other_phones.clone(),
            custom: c.custom.clone(),
            first_campaign_id: c.first_campaign_id.clone(),
            last_campaign_id: c.last_campaign_id.clone(),
        }
    }
}

/// One line of the contact list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ContactRow {
    pub id: String,
    pub name: String,
    pub email: String,
    pub title: String,
    pub company_name: String,
    pub country: String,
    pub lifecycle_stage: LifecycleStage,
    pub updated_at: String,
    /// The lead score this device derived (`lead_scores`); None until scored.
    pub score: Option<i32>,
}
