//! Files in and out for Tandem: contacts as CSV from HubSpot, Salesforce, Pipedrive, Excel and
//! Tandem itself, vCard 2.1, 3.0 and 4.0 from phones and address books, CSV and vCard out; tasks
//! out as iCalendar; the product catalog as CSV both ways.
//! Pure: bytes in, records out; no files, no database. Nothing here panics on bad input, and
//! every problem names the line it is on.

mod catalog_csv;
mod content_lines;
mod csv_import;
mod csv_read;
mod csv_write;
mod encoding;
mod error;
pub mod ics;
mod mapping;
mod normalize;
mod record;
mod vcard_read;
mod vcard_write;

pub use catalog_csv::{read_catalog, write_catalog, CatalogFile, CatalogProblem, CatalogRow};
pub use csv_import::contacts_from_csv;
pub use csv_read::{read_csv, CsvRow, CsvTable};
pub use csv_write::{write_csv, write_table};
pub use error::ReadError;
pub use ics::{write_calendar, CalendarItem, CalendarItemKind, CalendarItemStatus, CalendarTime};
pub use mapping::{suggest_mapping, ContactField, Mapping, Preset, TANDEM_HEADERS};
pub use record::{ContactRecord, Limits, RowOutcome};
pub use vcard_read::contacts_from_vcards;
pub use vcard_write::write_vcards;
