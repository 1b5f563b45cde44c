//! Qualifier and rounding → interval.
//!
//! A bare value is exact: "two hours" is [2 h, 2 h], so it does not overlap "two and a
//! half hours". A qualifier widens it by a tolerance that follows the number's rounding:
//!
//! ```text
//! tol = min(u / 2, |v| / 4) + |v| / 20     u = place value of the last significant digit
//! about  v     → [v − tol, v + tol]      "about 2,500" → ±175, "about 2,537" → ±127.35,
//!                                        "about 1,000" → ±300, "about 20" → ±6
//! nearly v     → [v − tol, v]            "nearly two and a half hours" → [2.125 h, 2.5 h]
//! more than v  → [v, +∞)                 "more than two hours"
//! at least v   → [v, +∞)
//! at most v    → [0, v]   (−∞ when v < 0 or the unit has no zero, like °C)
//! less than v  → [0, v]
//! ```
//!
//! Intervals are closed: a strict "more than two hours" still borders 2 h, which keeps
//! the property that every interval contains or borders its stated value.

use super::Approx;

/// Tolerance of an "about" qualifier on value `v` written to rounding unit `u`.
pub(crate) fn tolerance(v: f64, u: f64) -> f64 {
    // Half the rounding unit (what the writer's rounding hides), capped at a quarter of
    // the value so that "about 1,000" (one significant digit) does not reach 1,550, plus
    // 5 % for the qualifier itself.
    (u.abs() / 2.0).min(v.abs() / 4.0) + 0.05 * v.abs()
}

/// The interval (`None` = unbounded side) for value `v` with rounding unit `u`.
/// `nonneg`: the quantity cannot be negative (counts, money, lengths, durations).
pub(crate) fn bounds(
    v: f64,
    u: f64,
    approx: Option<Approx>,
    nonneg: bool,
) -> (Option<f64>, Option<f64>) {
    let floor = if nonneg && v >= 0.0 { Some(0.0) } else { None };
    match approx {
        None => (Some(v), Some(v)),
        Some(Approx::About) => {
            let t = tolerance(v, u);
            let lo = if nonneg {
                (v - t).max(0.0).min(v)
            } else {
                v - t
            };
            (Some(lo), Some(v + t))
        }
        Some(Approx::Nearly) => {
            let t = tolerance(v, u);
            let lo = if nonneg {
                (v - t).max(0.0).min(v)
            } else {
                v - t
            };
            (Some(lo), Some(v))
        }
        Some(Approx::MoreThan | Approx::AtLeast) => (Some(v), None),
        Some(Approx::AtMost | Approx::LessThan) => (floor, Some(v)),
    }
}

/// The interval that rounding alone implies: [v − u/2, v + u/2]. Used to tell whether
/// two renderings of one quantity ("2,500km (1,550 miles)") agree.
pub(crate) fn rounding(v: f64, u: f64) -> (f64, f64) {
    (v - u.abs() / 2.0, v + u.abs() / 2.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn about_follows_rounding() {
        let (a0, a1) = bounds(2500.0, 100.0, Some(Approx::About), true);
        let (b0, b1) = bounds(2537.0, 1.0, Some(Approx::About), true);
        let wa = a1.unwrap_or(0.0) - a0.unwrap_or(0.0);
        let wb = b1.unwrap_or(0.0) - b0.unwrap_or(0.0);
        assert!(wa > wb, "about 2,500 is looser than about 2,537");
    }

    #[test]
    fn nearly_and_more_than_overlap() {
        let h = 3600.0;
        let (lo, hi) = bounds(2.5 * h, 0.5 * h, Some(Approx::Nearly), true);
        assert_eq!(hi, Some(2.5 * h));
        assert!(lo.is_some_and(|l| l > 2.0 * h));
        assert_eq!(
            bounds(2.0 * h, h, Some(Approx::MoreThan), true),
            (Some(2.0 * h), None)
        );
    }

    #[test]
    fn exact_values_do_not_widen() {
        assert_eq!(
            bounds(7200.0, 3600.0, None, true),
            (Some(7200.0), Some(7200.0))
        );
    }

    #[test]
    fn upper_bounds_start_at_zero_for_counts() {
        assert_eq!(
            bounds(20.0, 10.0, Some(Approx::AtMost), true),
            (Some(0.0), Some(20.0))
        );
        assert_eq!(
            bounds(-10.0, 1.0, Some(Approx::LessThan), false),
            (None, Some(-10.0))
        );
    }
}
