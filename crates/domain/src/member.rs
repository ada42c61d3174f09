//! Workspace members: the people who can own records, and the local user's own profile.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::text::{check_email, Checker, Invalid};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Admin,
    SalesManager,
    Seller,
    Marketer,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::SalesManager => "sales_manager",
            Role::Seller => "seller",
            Role::Marketer => "marketer",
        }
    }

    pub fn parse(text: &str) -> Option<Role> {
        [Role::Admin, Role::SalesManager, Role::Seller, Role::Marketer].into_iter().find(|r| r.as_str() == text)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MemberInput {
    pub id: Option<String>,
    pub name: String,
    pub email: String,
    pub role: Role,
}

impl MemberInput {
    pub fn validate(&self) -> Result<MemberInput, Invalid> {
        let mut c = Checker::default();
        let clean = MemberInput {
            id: self.id.clone(),
            name: c.text("name", "Name", &self.name, 100, false),
            email: c.text("email", "Email", &self.email, 254, false).to_lowercase(),
            role: self.role,
        };
        if clean.name.is_empty() {
            c.fail("name", "Enter a name.");
        }
        check_email(&mut c, "email", &clean.email);
        c.finish(clean)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_round_trip_through_text() {
        for role in [Role::Admin, Role::SalesManager, Role::Seller, Role::Marketer] {
            assert_eq!(Role::parse(role.as_str()), Some(role));
        }
        assert_eq!(Role::parse("owner"), None);
    }

    #[test]
    fn a_member_needs_a_name() {
        let m = MemberInput { id: None, name: " ".into(), email: "x@y.io".into(), role: Role::Seller };
        assert_eq!(m.validate().unwrap_err().0[0].field, "name");
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Member {
    pub id: String,
    pub name: String,
    pub email: String,
    pub role: Role,
    /// True for the member who is this device's user.
    pub is_me: bool,
}
