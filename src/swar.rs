//! Tests on eight bytes at once ("SIMD within a register"): a byte string read a word
//! at a time, each answer in the high bit of every byte of a `u64`. Escaping JSON
//! strings, checking collapsed whitespace and scanning letters use them.

/// 0x01 in every byte.
pub(crate) const ONES: u64 = 0x0101_0101_0101_0101;
/// The high bit of every byte.
pub(crate) const HIGHS: u64 = 0x8080_8080_8080_8080;

/// Eight bytes as one little-endian word (`b` holds eight).
#[inline]
pub(crate) fn word(b: &[u8]) -> u64 {
    u64::from_le_bytes(b.try_into().unwrap_or([0; 8]))
}

/// The high bit of every byte of `w` equal to `c`, exactly (no borrow runs between
/// bytes).
#[inline]
pub(crate) fn equal(w: u64, c: u8) -> u64 {
    let x = w ^ (ONES * u64::from(c));
    !(((x & !HIGHS) + !HIGHS) | x | !HIGHS)
}

/// Non-zero when a byte of `w` is below 0x20. Subtracting 0x20 borrows into the high bit
/// of such a byte (bytes with the high bit already set are excluded by `!w`); the borrow
/// may run on, so bits above the lowest such byte can be wrong: use it as a yes or no.
#[inline]
pub(crate) fn any_control(w: u64) -> u64 {
    w.wrapping_sub(ONES * 0x20) & !w & HIGHS
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn equal_marks_exactly_the_equal_bytes(b in proptest::array::uniform8(proptest::num::u8::ANY), c: u8) {
            let mask = equal(word(&b), c);
            for (k, &x) in b.iter().enumerate() {
                proptest::prop_assert_eq!(mask >> (8 * k + 7) & 1 == 1, x == c);
            }
            proptest::prop_assert_eq!(mask & !HIGHS, 0);
        }

        #[test]
        fn any_control_is_any_byte_below_0x20(b in proptest::array::uniform8(proptest::num::u8::ANY)) {
            proptest::prop_assert_eq!(any_control(word(&b)) != 0, b.iter().any(|&x| x < 0x20));
        }
    }
}
