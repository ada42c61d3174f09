//! A company (account): the organisation contacts work for and deals are sold to.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::custom_field::{check_values, CustomField, CustomValue};
use crate::tag::clean_tags;
use crate::text::{Checker, Invalid};

crate::text_enum! {
    /// Head-count bands, as the big CRMs export them.
    #[derive(Default)]
    pub enum CompanySize {
        #[default]
        Unknown => "unknown",
        Micro => "1-10",
        Small => "11-50",
        Medium => "51-200",
        Large => "201-1000",
        Enterprise => "1001-5000",
        Huge => "5000+",
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CompanyInput {
    pub name: String,
    pub domain: String,
    pub industry: String,
    pub size: CompanySize,
    pub country: String,
    pub region: String,
    pub address: String,
    pub owner_id: Option<String>,
    pub notes: String,
    pub tags: Vec<String>,
    pub custom: Vec<CustomValue>,
}

impl CompanyInput {
    pub fn validate(&self) -> Result<CompanyInput, Invalid> {
        self.validate_with(&[])
    }

    /// Like `validate`, checking custom values against the workspace's company `fields`.
    pub fn validate_with(&self, fields: &[CustomField]) -> Result<CompanyInput, Invalid> {
        let mut c = Checker::default();
        let domain = c.text("domain", "Domain", &self.domain, 253, false).to_lowercase();
        let domain = domain.trim_start_matches("https://").trim_start_matches("http://").trim_start_matches("www.").trim_end_matches('/');
        let clean = CompanyInput {
            name: c.text("name", "Name", &self.name, 200, false),
            domain: domain.to_owned(),
            industry: c.text("industry", "Industry", &self.industry, 100, false),
            size: self.size,
            country: c.text("country", "Country", &self.country, 80, false),
            region: c.text("region", "Region", &self.region, 80, false),
            address: c.text("address", "Address", &self.address, 500, true),
            owner_id: self.owner_id.clone().filter(|id| !id.trim().is_empty()),
            notes: c.text("notes", "Notes", &self.notes, 10_000, true),
            tags: clean_tags(&mut c, &self.tags),
            custom: check_values(&mut c, fields, &self.custom),
        };
        if clean.name.is_empty() {
            c.fail("name", "Enter the company's name.");
        }
        let domain_ok = clean.domain.is_empty()
            || (clean.domain.contains('.')
                && clean.domain.split('.').all(|part| !part.is_empty() && part.chars().all(|ch| ch.is_alphanumeric() || ch == '-')));
        if !domain_ok {
            c.fail("domain", format!("'{}' is not a web domain such as acme.com.", clean.domain));
        }
        c.finish(clean)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Company {
    pub id: String,
    pub name: String,
    pub domain: String,
    pub industry: String,
    pub size: CompanySize,
    pub country: String,
    pub region: String,
    pub address: String,
    pub owner_id: Option<String>,
    pub owner_name: String,
    pub notes: String,
    pub tags: Vec<String>,
    pub custom: Vec<CustomValue>,
    pub created_at: String,
    pub updated_at: String,
}

impl From<&Company> for CompanyInput {
    fn from(c: &Company) -> Self {
        CompanyInput {
            name: c.name.clone(),
            domain: c.domain.clone(),
            industry: c.industry.clone(),
            size: c.size,
            country: c.country.clone(),
            region: c.region.clone(),
            address: c.address.clone(),
            owner_id: c.owner_id.clone(),
            notes: c.notes.clone(),
            tags: c.tags.clone(),
            custom: c.custom.clone(),
        }
    }
}

/// One line of the company list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CompanyRow {
    pub id: String,
    pub name: String,
    pub domain: String,
    pub industry: String,
    pub country: String,
    pub contact_count: u32,
    pub open_deal_count: u32,
    pub updated_at: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_company_needs_a_name_and_a_plain_domain() {
        let ok = CompanyInput { name: "Acme".into(), domain: "https://www.Acme.com/".into(), ..Default::default() }.validate().unwrap();
        assert_eq!(ok.domain, "acme.com");
        let bad = CompanyInput { name: " ".into(), domain: "acme".into(), ..Default::default() }.validate().unwrap_err();
        let fields: Vec<&str> = bad.0.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(fields, ["name", "domain"]);
    }
}
