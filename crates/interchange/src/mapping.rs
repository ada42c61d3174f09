//! Which contact field each CSV column holds, guessed from the header names that HubSpot,
//! Salesforce, Pipedrive, Google, Outlook and Tandem itself write.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What a CSV column is imported as. The user can change every guess before importing.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ContactField {
    #[default]
    Skip,
    FirstName,
    LastName,
    /// Split into first and last name when the file has no separate columns for them.
    FullName,
    Email,
    Phone,
    Mobile,
    Title,
    Company,
    CompanyDomain,
    Country,
    City,
    Notes,
    LifecycleStage,
    LeadStatus,
    LeadSource,
    OwnerEmail,
    Tags,
    CreatedAt,
    /// A campaign's name: the campaign that brought the contact in (first touch).
    OriginalCampaign,
    /// A campaign's name: the latest campaign the contact answered (last touch).
    LatestCampaign,
}

/// Where the file most likely came from; `Tandem` also turns off the formula neutralisation our
/// own export added.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Preset {
    HubSpot,
    Salesforce,
    Pipedrive,
    Tandem,
    #[default]
    Generic,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Mapping {
    pub preset: Preset,
    /// One entry per CSV column, in the file's order.
    pub columns: Vec<ContactField>,
}

/// The headers `write_csv` writes, in order. Changing one breaks re-importing older exports.
pub const TANDEM_HEADERS: [(&str, ContactField); 18] = [
    ("First name", ContactField::FirstName),
    ("Last name", ContactField::LastName),
    ("Emails", ContactField::Email),
    ("Phones", ContactField::Phone),
    ("Title", ContactField::Title),
    ("Company", ContactField::Company),
    ("Company domain", ContactField::CompanyDomain),
    ("Country", ContactField::Country),
    ("City", ContactField::City),
    ("Notes", ContactField::Notes),
    ("Lifecycle stage", ContactField::LifecycleStage),
    ("Lead status", ContactField::LeadStatus),
    ("Lead source", ContactField::LeadSource),
    ("Owner email", ContactField::OwnerEmail),
    ("Tags", ContactField::Tags),
    ("Created at", ContactField::CreatedAt),
    ("Original campaign", ContactField::OriginalCampaign),
    ("Latest campaign", ContactField::LatestCampaign),
];

/// Our headers before campaigns were added: files exported by earlier versions.
const TANDEM_HEADERS_BEFORE_CAMPAIGNS: usize = 16;

/// Header names, compared after `key()` folds case and drops spaces and punctuation.
const KNOWN_HEADERS: &[(&str, ContactField)] = {
    use ContactField::*;
    &[
        // Shared by most exports.
        ("firstname", FirstName),
        ("givenname", FirstName),
        ("first", FirstName),
        ("lastname", LastName),
        ("familyname", LastName),
        ("surname", LastName),
        ("last", LastName),
        ("name", FullName),
        ("fullname", FullName),
        ("contactname", FullName),
        ("email", Email),
        ("emails", Email),
        ("emailaddress", Email),
        ("email1", Email),
        ("email2", Email),
        ("phone", Phone),
        ("phones", Phone),
        ("phonenumber", Phone),
        ("telephone", Phone),
        ("workphone", Phone),
        ("businessphone", Phone),
        ("homephone", Phone),
        ("otherphone", Phone),
        ("mobile", Mobile),
        ("mobilephone", Mobile),
        ("cellphone", Mobile),
        ("title", Title),
        ("jobtitle", Title),
        ("position", Title),
        ("company", Company),
        ("companyname", Company),
        ("organization", Company),
        ("organisation", Company),
        ("companydomain", CompanyDomain),
        ("companydomainname", CompanyDomain),
        ("website", CompanyDomain),
        ("websiteurl", CompanyDomain),
        ("domain", CompanyDomain),
        ("country", Country),
        ("city", City),
        ("notes", Notes),
        ("note", Notes),
        ("lifecyclestage", LifecycleStage),
        ("leadstatus", LeadStatus),
        ("leadsource", LeadSource),
        ("owneremail", OwnerEmail),
        ("owner", OwnerEmail),
        ("tags", Tags),
        ("labels", Tags),
        ("categories", Tags),
        ("createdat", CreatedAt),
        ("createdate", CreatedAt),
        ("createddate", CreatedAt),
        ("datecreated", CreatedAt),
        ("campaign", OriginalCampaign),
        ("originalcampaign", OriginalCampaign),
        ("firstcampaign", OriginalCampaign),
        ("firsttouchcampaign", OriginalCampaign),
        ("latestcampaign", LatestCampaign),
        ("lastcampaign", LatestCampaign),
        ("lasttouchcampaign", LatestCampaign),
        ("mostrecentcampaign", LatestCampaign),
        // HubSpot contact export.
        ("mobilephonenumber", Mobile),
        ("additionalemailaddresses", Email),
        ("countryregion", Country),
        ("contactowner", OwnerEmail),
        ("originalsource", LeadSource),
        // Salesforce contact and lead reports.
        ("accountname", Company),
        ("mailingcountry", Country),
        ("mailingcountryterritory", Country),
        ("mailingcity", City),
        ("description", Notes),
        ("leadowner", OwnerEmail),
        ("primarycampaignsource", OriginalCampaign),
        // Pipedrive person export ("Person - Email - Work" and the like).
        ("personname", FullName),
        ("personfirstname", FirstName),
        ("personlastname", LastName),
        ("personemailwork", Email),
        ("personemailhome", Email),
        ("personemailother", Email),
        ("personemail", Email),
        ("personphonework", Phone),
        ("personphonehome", Phone),
        ("personphoneother", Phone),
        ("personphone", Phone),
        ("personphonemobile", Mobile),
        ("personorganization", Company),
        ("personowner", OwnerEmail),
        ("personlabel", Tags),
        ("personlabels", Tags),
        ("personjobtitle", Title),
        ("personnotes", Notes),
        ("personpersoncreated", CreatedAt),
        ("personcreated", CreatedAt),
        // Excel sheets typed by hand in Spanish, French and German.
        ("nombre", FirstName),
        ("apellidos", LastName),
        ("apellido", LastName),
        ("correo", Email),
        ("correoelectrónico", Email),
        ("teléfono", Phone),
        ("móvil", Mobile),
        ("empresa", Company),
        ("cargo", Title),
        ("país", Country),
        ("ciudad", City),
        ("notas", Notes),
        ("prénom", FirstName),
        ("nom", LastName),
        ("courriel", Email),
        ("téléphone", Phone),
        ("société", Company),
        ("entreprise", Company),
        ("pays", Country),
        ("ville", City),
        ("vorname", FirstName),
        ("nachname", LastName),
        ("telefon", Phone),
        ("firma", Company),
        ("land", Country),
        ("stadt", City),
        ("notizen", Notes),
        // Google Contacts and Outlook CSV.
        ("organization1name", Company),
        ("organization1title", Title),
        ("emailaddress1", Email),
        ("e-mailaddress", Email),
        ("e-mail2address", Email),
        ("e-mail3address", Email),
        ("businesscity", City),
        ("businesscountryregion", Country),
    ]
};

pub fn suggest_mapping(headers: &[String]) -> Mapping {
    let keys: Vec<String> = headers.iter().map(|h| key(h)).collect();
    let preset = detect_preset(&keys);
    let columns = keys.iter().map(|k| field_for(k)).collect();
    Mapping { preset, columns }
}

fn field_for(key: &str) -> ContactField {
    if let Some((_, field)) = KNOWN_HEADERS.iter().find(|(k, _)| *k == key) {
        return *field;
    }
    // Google numbers repeated values: "E-mail 2 - Value", "Phone 3 - Value".
    if let Some(rest) = key.strip_suffix("value") {
        let kind = rest.trim_end_matches(|c: char| c.is_ascii_digit());
        match kind {
            "email" | "e-mail" => return ContactField::Email,
            "phone" => return ContactField::Phone,
            _ => {}
        }
    }
    ContactField::Skip
}

fn detect_preset(keys: &[String]) -> Preset {
    let ours: Vec<String> = TANDEM_HEADERS.iter().map(|(h, _)| key(h)).collect();
    if keys == ours.as_slice() || keys == &ours[..TANDEM_HEADERS_BEFORE_CAMPAIGNS] {
        return Preset::Tandem;
    }
    let has = |k: &str| keys.iter().any(|key| key == k);
    if keys.iter().any(|k| k.starts_with("person")) && (has("personname") || has("personorganization")) {
        Preset::Pipedrive
    } else if has("lifecyclestage") || has("recordid") || has("countryregion") || has("originalsource") {
        Preset::HubSpot
    } else if has("accountname") || has("mailingcountry") || has("contactid") || has("mailingcity") {
        Preset::Salesforce
    } else {
        Preset::Generic
    }
}

/// "Person - Email - Work" → "personemailwork"; "Country/Region" → "countryregion". Hyphens stay
/// only inside "e-mail", which Outlook writes and which is not a separator there.
fn key(header: &str) -> String {
    let lower = header.trim().trim_start_matches('\u{feff}').to_lowercase().replace("e-mail", "e\u{1}mail");
    lower.chars().filter(|c| c.is_alphanumeric() || *c == '\u{1}').map(|c| if c == '\u{1}' { '-' } else { c }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use ContactField::*;

    fn suggest(headers: &[&str]) -> Mapping {
        suggest_mapping(&headers.iter().map(|h| h.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn header_keys_ignore_case_spaces_and_punctuation() {
        for (header, k) in [
            ("Person - Email - Work", "personemailwork"),
            ("Country/Region", "countryregion"),
            ("  FIRST name ", "firstname"),
            ("E-mail 2 Address", "e-mail2address"),
        ] {
            assert_eq!(key(header), k);
        }
    }

    #[test]
    fn hubspot_salesforce_pipedrive_and_tandem_headers_are_recognised() {
        let cases: [(&[&str], Preset, &[ContactField]); 5] = [
            (
                &["Record ID", "First Name", "Last Name", "Email", "Phone Number", "Mobile Phone Number", "Lifecycle Stage", "Create Date"],
                Preset::HubSpot,
                &[Skip, FirstName, LastName, Email, Phone, Mobile, LifecycleStage, CreatedAt],
            ),
            (
                &["First Name", "Last Name", "Account Name", "Mailing Country", "Lead Source", "Contact Owner", "Description"],
                Preset::Salesforce,
                &[FirstName, LastName, Company, Country, LeadSource, OwnerEmail, Notes],
            ),
            (
                &["Person - Name", "Person - Email - Work", "Person - Phone - Mobile", "Person - Organization", "Person - Label"],
                Preset::Pipedrive,
                &[FullName, Email, Mobile, Company, Tags],
            ),
            (&["Name", "E-mail 1 - Value", "Phone 2 - Value", "Favourite colour"], Preset::Generic, &[FullName, Email, Phone, Skip]),
            (&TANDEM_HEADERS.map(|(h, _)| h), Preset::Tandem, &TANDEM_HEADERS.map(|(_, f)| f)),
        ];
        for (headers, preset, columns) in cases {
            assert_eq!(suggest(headers), Mapping { preset, columns: columns.to_vec() }, "{headers:?}");
        }
    }
}
