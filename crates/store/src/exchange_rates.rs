//! Dated exchange rates into the base currency.

use rusqlite::Connection;
use tandem_domain::exchange_rate::{ExchangeRate, ExchangeRateInput};

use crate::tables::EXCHANGE_RATES;
use crate::{StoreError, Writer};

pub fn list(conn: &Connection) -> Result<Vec<ExchangeRate>, StoreError> {
    let mut stmt = conn
        .prepare_cached("SELECT id, currency, rate, valid_from FROM exchange_rates WHERE deleted = 0 ORDER BY currency, valid_from DESC")?;
    let rows = stmt.query_map([], |r| Ok(ExchangeRate { id: r.get(0)?, currency: r.get(1)?, rate: r.get(2)?, valid_from: r.get(3)? }))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub fn get(conn: &Connection, id: &str) -> Result<ExchangeRate, StoreError> {
    list(conn)?.into_iter().find(|r| r.id == id).ok_or_else(|| StoreError::NotFound { what: "Exchange rate".into() })
}

/// Creates or updates a validated rate and returns its id.
pub fn save(w: &mut Writer, input: &ExchangeRateInput) -> Result<String, StoreError> {
    let fields =
        [("currency", input.currency.clone().into()), ("rate", input.rate.clone().into()), ("valid_from", input.valid_from.clone().into())];
    w.save(&EXCHANGE_RATES, input.id.as_deref(), &fields)
}
