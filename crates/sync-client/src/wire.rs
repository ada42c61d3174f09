//! Changes as the change log holds them (SQLite values) and as they travel (JSON).

use serde_json::Value as Json;
use tandem_store::{RemoteChange, Value, MIGRATIONS};
use tandem_sync_protocol::{Change, FieldValue};

use crate::SyncError;

/// This version's schema: the number of migrations it knows.
pub fn schema() -> u32 {
    MIGRATIONS.len() as u32
}

/// `private_to`: the user a private task's change is for (see `tandem_store::privacy`).
pub fn to_wire(change: RemoteChange, private_to: Option<String>) -> Change {
    Change {
        hlc: change.hlc,
        device: change.device,
        table: change.table,
        row_id: change.row_id,
        column: change.column,
        value: value_to_json(change.value),
        schema: schema(),
        private_to,
    }
}

pub fn from_wire(change: Change) -> Result<RemoteChange, SyncError> {
    Ok(RemoteChange {
        value: json_to_value(change.value)?,
        hlc: change.hlc,
        device: change.device,
        table: change.table,
        row_id: change.row_id,
        column: change.column,
    })
}

fn value_to_json(value: Value) -> Json {
    match value {
        Value::Null => FieldValue::Null,
        Value::Integer(i) => FieldValue::Integer(i),
        Value::Real(r) => FieldValue::Real(r),
        Value::Text(t) => FieldValue::Text(t),
        Value::Blob(b) => FieldValue::Blob(b),
    }
    .into_json()
}

/// Read as the server checked it when it was pushed (`FieldValue::from_json`).
fn json_to_value(json: Json) -> Result<Value, SyncError> {
    let value = FieldValue::from_json(json).map_err(|e| SyncError::Protocol(format!("the server sent {e}")))?;
    Ok(match value {
        FieldValue::Null => Value::Null,
        FieldValue::Integer(i) => Value::Integer(i),
        FieldValue::Real(r) => Value::Real(r),
        FieldValue::Text(t) => Value::Text(t),
        FieldValue::Blob(b) => Value::Blob(b),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn every_sqlite_value_survives_the_trip() {
        for value in
            [Value::Null, Value::Integer(-7), Value::Real(3.0), Value::Real(0.1), Value::Text("é{}".into()), Value::Blob(vec![0, 255, 7])]
        {
            let change = RemoteChange {
                hlc: "h".into(),
                device: "d".into(),
                table: "t".into(),
                row_id: "r".into(),
                column: "c".into(),
                value: value.clone(),
            };
            let through_json: Change = serde_json::from_str(&serde_json::to_string(&to_wire(change, None)).unwrap()).unwrap();
            assert_eq!(from_wire(through_json).unwrap().value, value);
        }
    }

    #[test]
    fn a_value_of_no_sqlite_kind_is_refused() {
        let change = |value| Change {
            hlc: "h".into(),
            device: "d".into(),
            table: "t".into(),
            row_id: "r".into(),
            column: "c".into(),
            value,
            schema: 1,
            private_to: None,
        };
        assert!(matches!(from_wire(change(json!([1, 2]))), Err(SyncError::Protocol(_))));
        assert!(matches!(from_wire(change(json!({"blob": "***"}))), Err(SyncError::Protocol(_))));
    }
}
