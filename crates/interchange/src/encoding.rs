//! Turns file bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM (Excel's "Unicode
//! text"), and Windows-1252 for everything else, since that is what Excel writes on Western
//! Windows and it is a superset of Latin-1.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};

use crate::error::ReadError;

/// The decoded text and the name of the encoding it was read as.
pub(crate) struct Decoded {
    pub text: String,
    pub encoding: &'static str,
}

pub(crate) fn decode(bytes: &[u8]) -> Decoded {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let body = &bytes[bom_len..];
        let name = if encoding == UTF_8 {
            "UTF-8 with BOM"
        } else if encoding == UTF_16LE {
            "UTF-16LE"
        } else if encoding == UTF_16BE {
            "UTF-16BE"
        } else {
            encoding.name()
        };
        let (text, _) = encoding.decode_without_bom_handling(body);
        return Decoded { text: text.into_owned(), encoding: name };
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Decoded { text: text.to_string(), encoding: "UTF-8" },
        Err(_) => {
            // Windows-1252 maps every byte to a character, so this never fails and never loses
            // a byte the user could have meant.
            let (text, _) = WINDOWS_1252.decode_without_bom_handling(bytes);
            Decoded { text: text.into_owned(), encoding: "Windows-1252" }
        }
    }
}

/// Refuses text that cannot come from a contact export: NUL and other control characters
/// (tab, line feed and carriage return aside) only appear in binary files such as .xlsx.
pub(crate) fn reject_binary(text: &str) -> Result<(), ReadError> {
    let mut line = 1u64;
    for c in text.chars() {
        match c {
            '\n' => line += 1,
            '\t' | '\r' => {}
            '\0' => return Err(ReadError::Binary { line, what: "NUL byte".to_string() }),
            c if c.is_control() && (c as u32) < 0x20 => {
                return Err(ReadError::Binary { line, what: format!("control character U+{:04X}", c as u32) });
            }
            _ => {}
        }
    }
    Ok(())
}

/// The up-front size check shared by the CSV and vCard readers.
pub(crate) fn check_size(bytes: &[u8], max: usize) -> Result<(), ReadError> {
    if bytes.len() > max {
        return Err(ReadError::TooLarge { size: bytes.len(), max });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_encoding_is_recognised_and_named() {
        let cases: [(&[u8], &str, &str); 5] = [
            (b"Jos\xc3\xa9", "UTF-8", "José"),
            (b"\xef\xbb\xbfJos\xc3\xa9", "UTF-8 with BOM", "José"),
            (b"Jos\xe9 \x80", "Windows-1252", "José €"),
            (b"\xff\xfeJ\x00\xe9\x00", "UTF-16LE", "Jé"),
            (b"\xfe\xff\x00J\x00\xe9", "UTF-16BE", "Jé"),
        ];
        for (bytes, encoding, text) in cases {
            let d = decode(bytes);
            assert_eq!((d.encoding, d.text.as_str()), (encoding, text));
        }
    }

    #[test]
    fn binary_junk_is_refused_with_its_line() {
        assert_eq!(reject_binary("a\nb\nc\0"), Err(ReadError::Binary { line: 3, what: "NUL byte".to_string() }));
        assert_eq!(reject_binary("a\u{1}"), Err(ReadError::Binary { line: 1, what: "control character U+0001".to_string() }));
        assert_eq!(reject_binary("a\tb\r\nc"), Ok(()));
    }
}
