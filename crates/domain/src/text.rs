//! Rules shared by every free-text field: trimming, length limits and control characters.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// One input field that failed validation, with a message a user can act on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

/// The whole set of field errors for one input; never empty.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", .0.iter().map(|e| format!("{}: {}", e.field, e.message)).collect::<Vec<_>>().join("; "))]
pub struct Invalid(pub Vec<FieldError>);

impl Invalid {
    /// One field's error.
    pub fn new(field: &str, message: impl Into<String>) -> Invalid {
        Invalid(vec![FieldError { field: field.to_owned(), message: message.into() }])
    }
}

/// Collects field errors while an input is checked, field by field.
#[derive(Default)]
pub struct Checker {
    errors: Vec<FieldError>,
}

impl Checker {
    pub fn fail(&mut self, field: &str, message: impl Into<String>) {
        if !self.errors.iter().any(|e| e.field == field) {
            self.errors.push(FieldError { field: field.to_owned(), message: message.into() });
        }
    }

    /// Trims `value` and checks its length and characters; `multiline` allows newlines and tabs.
    pub fn text(&mut self, field: &str, label: &str, value: &str, max: usize, multiline: bool) -> String {
        let trimmed = value.trim();
        let count = trimmed.chars().count();
        if count > max {
            self.fail(field, format!("{label} is too long ({count} characters; at most {max})."));
        }
        let forbidden = trimmed.chars().find(|c| c.is_control() && !(multiline && matches!(c, '\n' | '\t' | '\r')));
        if let Some(c) = forbidden {
            self.fail(field, format!("{label} contains an invisible control character (U+{:04X}); remove it.", c as u32));
        }
        trimmed.to_owned()
    }

    pub fn finish<T>(self, value: T) -> Result<T, Invalid> {
        if self.errors.is_empty() {
            Ok(value)
        } else {
            Err(Invalid(self.errors))
        }
    }
}

/// Checks an e-mail address shape (RFC 5322 addr-spec, as users type it).
pub fn check_email(checker: &mut Checker, field: &str, email: &str) {
    if !email.is_empty() && !email_address::EmailAddress::is_valid(email) {
        checker.fail(field, format!("'{email}' is not a valid e-mail address (expected name@example.com)."));
    } else if !email.is_empty() && !email.rsplit('@').next().is_some_and(|domain| domain.contains('.')) {
        checker.fail(field, format!("'{email}' has no domain ending (expected name@example.com)."));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_trimmed_and_limited() {
        let mut c = Checker::default();
        assert_eq!(c.text("f", "Name", "  Ana  ", 10, false), "Ana");
        c.text("g", "Title", &"x".repeat(11), 10, false);
        c.text("h", "Name", "a\u{7}b", 10, false);
        assert_eq!(c.text("n", "Notes", "line\nnext", 100, true), "line\nnext");
        let err = c.finish(()).unwrap_err();
        assert_eq!(err.0.len(), 2);
        assert!(err.0[0].message.contains("too long (11 characters; at most 10)"));
        assert!(err.0[1].message.contains("U+0007"));
    }

    #[test]
    fn emails_need_a_domain() {
        for (email, ok) in
            [("ana@acme.com", true), ("", true), ("ana@acme", false), ("ana", false), ("a b@x.io", false), ("<script>@x.io", false)]
        {
            let mut c = Checker::default();
            check_email(&mut c, "email", email);
            assert_eq!(c.finish(()).is_ok(), ok, "{email}");
        }
    }
}
