//! Bytes to text. Articles arrive as UTF-8 (with or without a byte-order mark), as UTF-16
//! from Windows editors, as Windows-1252 from older newsroom systems, and sometimes as
//! something that is not text at all. This module decides which, decodes, and refuses
//! binary input with the position of the first byte that gave it away.

use serde::Serialize;

use crate::error::InputError;

/// The encoding an input was decoded from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Encoding {
    /// UTF-8 without a byte-order mark.
    Utf8,
    /// UTF-8 with a byte-order mark (dropped from the text).
    Utf8Bom,
    /// UTF-16 little-endian (with a byte-order mark, or recognised by its zero bytes).
    Utf16Le,
    /// UTF-16 big-endian (with a byte-order mark, or recognised by its zero bytes).
    Utf16Be,
    /// Windows-1252: not valid UTF-8, no UTF-8 sequence anywhere, every byte a
    /// Windows-1252 character.
    Windows1252,
    /// Another legacy encoding, as declared by an HTML `<meta charset>`.
    Declared(&'static str),
}

impl Encoding {
    /// A note for the user when the input was not plain UTF-8 and the decoding involved
    /// a guess or a declaration; `None` for UTF-8 and UTF-16 with a byte-order mark.
    pub fn note(self, bom: bool) -> Option<String> {
        match self {
            Encoding::Windows1252 => Some(
                "not valid UTF-8; decoded as Windows-1252 (smart quotes and accents kept); \
                 save the file as UTF-8 to silence this note"
                    .to_string(),
            ),
            Encoding::Utf16Le | Encoding::Utf16Be if !bom => Some(format!(
                "no byte-order mark; decoded as {} from its zero bytes",
                self.name()
            )),
            Encoding::Declared(name) => Some(format!(
                "not valid UTF-8; decoded as {name}, the charset the page declares"
            )),
            _ => None,
        }
    }

    /// The encoding named `name` as [`Encoding::name`] writes it (any label
    /// `encoding_rs` knows for a declared one).
    pub fn from_name(name: &str) -> Option<Encoding> {
        Some(match name {
            "UTF-8" => Encoding::Utf8,
            "UTF-8 (BOM)" => Encoding::Utf8Bom,
            "UTF-16LE" => Encoding::Utf16Le,
            "UTF-16BE" => Encoding::Utf16Be,
            "windows-1252" => Encoding::Windows1252,
            other => Encoding::Declared(encoding_rs::Encoding::for_label(other.as_bytes())?.name()),
        })
    }

    /// The encoding's name as used in output.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf8Bom => "UTF-8 (BOM)",
            Encoding::Utf16Le => "UTF-16LE",
            Encoding::Utf16Be => "UTF-16BE",
            Encoding::Windows1252 => "windows-1252",
            Encoding::Declared(name) => name,
        }
    }
}

/// Decoded text and how it was decoded.
#[derive(Debug)]
pub(crate) struct Decoded {
    pub text: String,
    pub encoding: Encoding,
    /// A note for the user about the decoding, if any.
    pub note: Option<String>,
}

// File signatures of formats people pass by mistake (an e-paper PDF, a Word file, a
// screenshot). Each is refused by name so the message says what the file is.
const SIGNATURES: &[(&[u8], &str)] = &[
    (b"%PDF-", "a PDF"),
    (b"PK\x03\x04", "a ZIP archive (a .docx or .odt is one)"),
    (
        b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1",
        "an old Word/Office document",
    ),
    (b"\x89PNG\r\n\x1A\n", "a PNG image"),
    (b"\xFF\xD8\xFF", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1F\x8B", "a gzip file"),
    (b"{\\rtf", "an RTF document"),
];

/// Decode `bytes`. `declared` is a charset label an HTML page declares for itself, used
/// only when the bytes are not valid UTF-8.
pub(crate) fn decode(
    path: &str,
    bytes: Vec<u8>,
    declared: Option<&str>,
) -> Result<Decoded, InputError> {
    for (sig, what) in SIGNATURES {
        if bytes.starts_with(sig) {
            return Err(InputError::Binary {
                path: path.to_string(),
                line: 1,
                column: 1,
                what: format!("looks like {what}"),
            });
        }
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return utf16(path, rest, true, Encoding::Utf16Le, true);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return utf16(path, rest, false, Encoding::Utf16Be, true);
    }
    if let Some(enc) = sniff_utf16(&bytes) {
        return utf16(path, &bytes, enc == Encoding::Utf16Le, enc, false);
    }
    let (bytes, encoding) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => (rest.to_vec(), Encoding::Utf8Bom),
        None => (bytes, Encoding::Utf8),
    };
    refuse_binary_bytes(path, &bytes)?;
    let bytes = match String::from_utf8(bytes) {
        Ok(text) => {
            return Ok(Decoded {
                text,
                encoding,
                note: None,
            });
        }
        Err(e) => e.into_bytes(),
    };
    if let Some(label) = declared
        && let Some(enc) = encoding_rs::Encoding::for_label(label.trim().as_bytes())
        && enc != encoding_rs::UTF_8
    {
        let (text, _) = enc.decode_without_bom_handling(&bytes);
        let encoding = Encoding::Declared(enc.name());
        return Ok(Decoded {
            text: text.into_owned(),
            note: encoding.note(false),
            encoding,
        });
    }
    if looks_windows_1252(&bytes) {
        let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&bytes);
        return Ok(Decoded {
            text: text.into_owned(),
            encoding: Encoding::Windows1252,
            note: Encoding::Windows1252.note(false),
        });
    }
    let pos = first_invalid(&bytes);
    let (line, column) = byte_line_col(&bytes, pos);
    Err(InputError::InvalidUtf8 {
        path: path.to_string(),
        line,
        column,
        byte: bytes[pos],
    })
}

// A UTF-8 file with one bad byte is a damaged UTF-8 file, not a Windows-1252 file: the
// fallback applies only when no multi-byte UTF-8 sequence occurs anywhere and every high
// byte is plausible Windows-1252 text — punctuation and symbols (0x80–0xBF, where smart
// quotes and dashes live; 0x81, 0x8D, 0x8F, 0x90 and 0x9D are unassigned), or an accented
// letter (0xC0–0xFF) next to another letter, as in `Orb\xE1n` or `caf\xE9`. A lone
// `\xFF` between spaces is damage.
fn looks_windows_1252(bytes: &[u8]) -> bool {
    if bytes.utf8_chunks().any(|c| !c.valid().is_ascii()) {
        return false;
    }
    let letter = |b: Option<&u8>| b.is_some_and(|&b| b.is_ascii_alphabetic() || b >= 0xC0);
    let mut any_high = false;
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            0x81 | 0x8D | 0x8F | 0x90 | 0x9D => return false,
            0x80..=0xBF => any_high = true,
            0xC0..=0xFF => {
                if !letter(i.checked_sub(1).and_then(|j| bytes.get(j))) && !letter(bytes.get(i + 1))
                {
                    return false;
                }
                any_high = true;
            }
            _ => {}
        }
    }
    any_high
}

fn first_invalid(bytes: &[u8]) -> usize {
    std::str::from_utf8(bytes)
        .err()
        .map_or(bytes.len().saturating_sub(1), |e| e.valid_up_to())
}

// UTF-16 without a byte-order mark shows as text whose every other byte is zero. Checked
// on the first 1,024 bytes: at least 90 % of the code units must be ASCII with the zero
// on the same side, which a NUL-riddled binary does not manage.
fn sniff_utf16(bytes: &[u8]) -> Option<Encoding> {
    let head = &bytes[..bytes.len().min(1024)];
    if head.len() < 8 || !bytes.len().is_multiple_of(2) {
        return None;
    }
    let units = head.len() / 2;
    let (mut le, mut be) = (0, 0);
    for pair in head.chunks_exact(2) {
        match (pair[0], pair[1]) {
            (a, 0) if a != 0 && a < 0x80 => le += 1,
            (0, b) if b != 0 && b < 0x80 => be += 1,
            _ => {}
        }
    }
    if le * 10 >= units * 9 {
        Some(Encoding::Utf16Le)
    } else if be * 10 >= units * 9 {
        Some(Encoding::Utf16Be)
    } else {
        None
    }
}

fn utf16(
    path: &str,
    bytes: &[u8],
    little: bool,
    encoding: Encoding,
    bom: bool,
) -> Result<Decoded, InputError> {
    let units = bytes.chunks_exact(2).map(|p| {
        if little {
            u16::from_le_bytes([p[0], p[1]])
        } else {
            u16::from_be_bytes([p[0], p[1]])
        }
    });
    let mut text = String::with_capacity(bytes.len() / 2);
    for c in char::decode_utf16(units) {
        match c {
            Ok(c) => text.push(c),
            Err(e) => {
                let (line, column) = byte_line_col(text.as_bytes(), text.len());
                return Err(InputError::InvalidUtf16 {
                    path: path.to_string(),
                    line,
                    column,
                    unit: e.unpaired_surrogate(),
                    encoding: encoding.name(),
                });
            }
        }
    }
    if !bytes.len().is_multiple_of(2) {
        let (line, column) = byte_line_col(text.as_bytes(), text.len());
        return Err(InputError::InvalidUtf16 {
            path: path.to_string(),
            line,
            column,
            unit: u16::from(bytes[bytes.len() - 1]),
            encoding: encoding.name(),
        });
    }
    refuse_binary_bytes(path, text.as_bytes())?;
    Ok(Decoded {
        text,
        note: encoding.note(bom),
        encoding,
    })
}

// Text has no NUL bytes, and control characters other than tab, line ends, form feed,
// vertical tab and escape are rare: a file where they make up more than 1 % of the first
// 64 KiB (and at least 8 of them) is binary, whatever its extension.
fn refuse_binary_bytes(path: &str, bytes: &[u8]) -> Result<(), InputError> {
    if let Some(pos) = memchr::memchr(0, bytes) {
        let (line, column) = byte_line_col(bytes, pos);
        return Err(InputError::Binary {
            path: path.to_string(),
            line,
            column,
            what: "looks binary (NUL byte)".to_string(),
        });
    }
    let head = &bytes[..bytes.len().min(64 * 1024)];
    let is_control = |b: &u8| matches!(b, 0x01..=0x08 | 0x0E..=0x1A | 0x1C..=0x1F | 0x7F);
    // Counted in chunks of 255 bytes whose per-chunk count fits a `u8`: the compiler
    // vectorizes that sum, where counting into a `usize` byte by byte cost about 14
    // instructions per input byte.
    let controls: usize = head
        .chunks(255)
        .map(|c| usize::from(c.iter().map(|b| u8::from(is_control(b))).sum::<u8>()))
        .sum();
    if controls >= 8 && controls * 100 > head.len() {
        let pos = head.iter().position(is_control).unwrap_or(0);
        let (line, column) = byte_line_col(bytes, pos);
        return Err(InputError::Binary {
            path: path.to_string(),
            line,
            column,
            what: format!(
                "looks binary ({controls} control bytes in the first {} bytes)",
                head.len()
            ),
        });
    }
    Ok(())
}

/// 1-based line and column (in characters) of byte `pos` in bytes that may not be valid
/// UTF-8; `\r\n` and a lone `\r` end a line as in [`crate::span::LineIndex`].
pub(crate) fn byte_line_col(bytes: &[u8], pos: usize) -> (usize, usize) {
    let pos = pos.min(bytes.len());
    let before = &bytes[..pos];
    let mut line = 1;
    let mut line_start = 0;
    for i in memchr::memchr2_iter(b'\n', b'\r', before) {
        if before[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
            continue;
        }
        line += 1;
        line_start = i + 1;
    }
    let column = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(bytes: &[u8]) -> Decoded {
        match decode("t.txt", bytes.to_vec(), None) {
            Ok(d) => d,
            Err(e) => panic!("{e}"),
        }
    }

    fn err(bytes: &[u8]) -> String {
        match decode("t.txt", bytes.to_vec(), None) {
            Ok(d) => panic!("decoded as {:?}: {:?}", d.encoding, d.text),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn utf8_with_and_without_bom() {
        let d = ok("“Real progress,” he said.".as_bytes());
        assert_eq!((d.encoding, d.note.is_none()), (Encoding::Utf8, true));
        let d = ok(b"\xEF\xBB\xBFOrb\xC3\xA1n said.");
        assert_eq!(d.text, "Orbán said.");
        assert_eq!(d.encoding, Encoding::Utf8Bom);
    }

    #[test]
    fn utf16_with_bom_both_orders() {
        let s = "Orbán said: “ready”.\r\nNext";
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for u in s.encode_utf16() {
            le.extend(u.to_le_bytes());
            be.extend(u.to_be_bytes());
        }
        for (bytes, enc) in [(le, Encoding::Utf16Le), (be, Encoding::Utf16Be)] {
            let d = ok(&bytes);
            assert_eq!(d.text, s);
            assert_eq!(d.encoding, enc);
            assert!(d.note.is_none());
        }
    }

    #[test]
    fn utf16_without_bom_is_recognised_with_a_note() {
        let s = "Putin told reporters the call was long.";
        let bytes: Vec<u8> = s.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let d = ok(&bytes);
        assert_eq!(d.text, s);
        assert!(d.note.unwrap().contains("UTF-16LE"));
    }

    #[test]
    fn unpaired_surrogate_is_an_error_with_position() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "ab\ncd".encode_utf16() {
            bytes.extend(u.to_le_bytes());
        }
        bytes.extend(0xD800u16.to_le_bytes());
        bytes.extend(u16::from(b'x').to_le_bytes());
        assert_eq!(
            err(&bytes),
            "t.txt:2:3: invalid UTF-16LE (unpaired surrogate 0xD800); save the file as UTF-8 and try again"
        );
    }

    #[test]
    fn windows_1252_smart_quotes_are_decoded_with_a_note() {
        let d = ok(b"\x93Real progress,\x94 he said \x96 and Orb\xE1n agreed.");
        assert_eq!(d.text, "“Real progress,” he said – and Orbán agreed.");
        assert_eq!(d.encoding, Encoding::Windows1252);
        assert!(d.note.unwrap().contains("Windows-1252"));
    }

    #[test]
    fn damaged_utf8_is_not_taken_for_windows_1252() {
        assert_eq!(
            err(b"Orb\xC3\xA1n said\nit was \xFF fine"),
            "t.txt:2:8: invalid UTF-8 (byte 0xFF); save the file as UTF-8 and try again"
        );
        // 0x81 is not a Windows-1252 character; a lone letter byte between spaces is not
        // a word.
        assert!(err(b"abc \x81 def").contains("invalid UTF-8 (byte 0x81)"));
        assert!(err(b"fine line\nbroken \xFF byte").contains("2:8: invalid UTF-8 (byte 0xFF)"));
    }

    #[test]
    fn declared_charset_is_used_for_non_utf8_pages() {
        let d = decode("p.html", b"caf\xE9 \x81".to_vec(), Some("iso-8859-1")).unwrap();
        assert_eq!(d.encoding, Encoding::Declared("windows-1252"));
        assert!(d.text.starts_with("café"));
    }

    #[test]
    fn binary_input_is_refused_with_position() {
        assert_eq!(
            err(b"line one\nab\x00cd"),
            "t.txt:2:3: looks binary (NUL byte); give a text, Markdown, HTML or JSON article"
        );
        assert!(err(b"%PDF-1.7\n...").contains("looks like a PDF"));
        let noise: Vec<u8> = (0..400u32).map(|i| (i * 7 % 31 + 1) as u8).collect();
        assert!(err(&noise).contains("control bytes"));
    }

    #[test]
    fn line_and_column_count_cr_and_crlf_line_ends() {
        assert_eq!(byte_line_col(b"a\r\nb\rc\nd\xFFe", 8), (4, 2));
        assert_eq!(byte_line_col("é\nxé".as_bytes(), 6), (2, 3));
    }
}
