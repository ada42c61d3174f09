//! Byte counts as people read them in messages ("100 MB", "1.5 KB").

use std::fmt;

const KB: u64 = 1024;
const MB: u64 = 1024 * KB;

/// Formats a byte count in MB, KB or bytes; whole numbers stay whole ("64 MB", not "64.0 MB").
pub(crate) struct ByteSize(pub u64);

impl fmt::Display for ByteSize {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let bytes = self.0;
        let (unit_size, unit) = match bytes {
            b if b >= MB => (MB, "MB"),
            b if b >= KB => (KB, "KB"),
            _ => return write!(f, "{bytes} bytes"),
        };
        if bytes % unit_size == 0 {
            write!(f, "{} {unit}", bytes / unit_size)
        } else {
            write!(f, "{:.1} {unit}", bytes as f64 / unit_size as f64)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::ByteSize;

    #[test]
    fn sizes_read_like_a_file_manager() {
        for (bytes, text) in [
            (0, "0 bytes"),
            (900, "900 bytes"),
            (1024, "1 KB"),
            (1536, "1.5 KB"),
            (64 * 1024 * 1024, "64 MB"),
            (100 * 1024 * 1024, "100 MB"),
            (150 * 1024 * 1024 + 300 * 1024, "150.3 MB"),
        ] {
            assert_eq!(ByteSize(bytes).to_string(), text, "{bytes} bytes");
        }
    }
}
