//! SQL LIKE patterns from user text: the user's `%`, `_` and `\` match themselves.

/// Escapes `text` for a `LIKE … ESCAPE '\'` pattern.
pub(crate) fn escape(text: &str) -> String {
    text.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_")
}
