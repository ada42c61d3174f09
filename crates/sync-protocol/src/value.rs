//! A change's value as it travels: null, a number (integer or real, as written), a string, or
//! `{"blob": "<base64>"}` for bytes: what a device's database can hold. The server checks a pushed
//! value with the same reading a device applies it with, so what one takes the other can store.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use serde_json::{json, Value as Json};

/// A value a device's database holds (SQLite's storage classes).
#[derive(Debug, Clone, PartialEq)]
pub enum FieldValue {
    Null,
    Integer(i64),
    Real(f64),
    Text(String),
    Blob(Vec<u8>),
}

impl FieldValue {
    /// Reads a value off the wire; Err names what cannot be stored (a list, an object that is not
    /// a blob, a blob that is not base64).
    pub fn from_json(json: Json) -> Result<FieldValue, String> {
        Ok(match (FieldValue::read(&json)?, json) {
            (FieldValue::Text(_), Json::String(text)) => FieldValue::Text(text),
            (value, _) => value,
        })
    }

    /// Checks a value as `from_json` reads it, without taking it.
    pub fn check(json: &Json) -> Result<(), String> {
        FieldValue::read(json).map(|_| ())
    }

    /// A text is read empty: `from_json` moves it out of the JSON, `check` needs no copy.
    fn read(json: &Json) -> Result<FieldValue, String> {
        let malformed = || format!("a value Tandem cannot store: {json}");
        Ok(match json {
            Json::Null => FieldValue::Null,
            Json::Bool(b) => FieldValue::Integer(i64::from(*b)),
            Json::Number(n) => match n.as_i64() {
                Some(i) => FieldValue::Integer(i),
                None => FieldValue::Real(n.as_f64().ok_or_else(malformed)?),
            },
            Json::String(_) => FieldValue::Text(String::new()),
            Json::Object(map) if map.len() == 1 => {
                let b64 = map.get("blob").and_then(Json::as_str).ok_or_else(malformed)?;
                FieldValue::Blob(STANDARD.decode(b64).map_err(|_| malformed())?)
            }
            Json::Object(_) | Json::Array(_) => return Err(malformed()),
        })
    }

    pub fn into_json(self) -> Json {
        match self {
            FieldValue::Null => Json::Null,
            FieldValue::Integer(i) => json!(i),
            FieldValue::Real(r) => json!(r),
            FieldValue::Text(t) => Json::String(t),
            FieldValue::Blob(b) => json!({ "blob": STANDARD.encode(b) }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_stored_value_survives_the_trip_and_nothing_else_is_taken() {
        for value in [
            FieldValue::Null,
            FieldValue::Integer(-7),
            FieldValue::Real(3.0),
            FieldValue::Real(0.1),
            FieldValue::Text("é{}".into()),
            FieldValue::Blob(vec![0, 255, 7]),
        ] {
            assert_eq!(FieldValue::from_json(value.clone().into_json()), Ok(value));
        }
        assert_eq!(FieldValue::from_json(json!(true)), Ok(FieldValue::Integer(1)));
        for bad in [json!(["a", "list"]), json!({"blob": "not base64!"}), json!({"text": "x"}), json!({"blob": "aGk=", "x": 1})] {
            assert!(FieldValue::check(&bad).is_err(), "{bad}");
            assert!(FieldValue::from_json(bad.clone()).is_err(), "{bad}");
        }
    }
}
