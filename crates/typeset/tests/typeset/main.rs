//! Real renders of proposals, read back with poppler-utils and qpdf (apt: `poppler-utils qpdf`).

mod acceptance;
mod document;
mod hostile;
mod images;
mod logos;
mod pdf;
mod quote_table;
mod report;
mod sample;

use std::sync::LazyLock;

use tandem_typeset::Typesetter;

/// One typesetter for the whole binary, shared by the tests' threads as the app shares it.
static TYPESETTER: LazyLock<Typesetter> = LazyLock::new(Typesetter::new);
