//! The finding rules: stable ids, names, default severities and descriptions. The table is
//! documented in docs/RULES.md; ids never change meaning once released.

use serde::{Deserialize, Serialize};

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Coverage and other notes.
    Info,
    /// Differences a reader should look at.
    Warning,
    /// Contradictions.
    Error,
}

impl Severity {
    /// Lower-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// A finding rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Rule {
    /// The same quote with words changed, added or dropped.
    QuoteAltered,
    /// Different words inside quotes for the same speaker and statement.
    WordingShift,
    /// The same quantity with intervals that do not overlap.
    NumberMismatch,
    /// The same quantity given less precisely by some outlets; the values agree.
    LessPrecise,
    /// A parenthetical conversion inconsistent with its value or with another outlet's.
    ConversionMismatch,
    /// A weekday or date disagreement.
    DateMismatch,
    /// The same words credited to different speakers, or a dropped intermediary.
    AttributionMismatch,
    /// A speaker's title or role contradicts other outlets.
    EntityAttributeMismatch,
    /// One outlet negates what another asserts.
    PolarityMismatch,
    /// The same content under different cue classes (said vs claimed vs admitted).
    StanceShift,
    /// A claim only some outlets carry.
    OnlyIn,
    /// `check`: a draft claim no source carries.
    Unsupported,
    /// `check`: a suppression comment that suppressed nothing.
    UnusedSuppression,
}

/// Every rule, in id order.
pub const ALL_RULES: &[Rule] = &[
    Rule::QuoteAltered,
    Rule::WordingShift,
    Rule::NumberMismatch,
    Rule::ConversionMismatch,
    Rule::DateMismatch,
    Rule::LessPrecise,
    Rule::AttributionMismatch,
    Rule::EntityAttributeMismatch,
    Rule::PolarityMismatch,
    Rule::StanceShift,
    Rule::OnlyIn,
    Rule::Unsupported,
    Rule::UnusedSuppression,
];

impl Rule {
    /// Stable id.
    pub fn id(self) -> &'static str {
        match self {
            Rule::QuoteAltered => "CD101",
            Rule::WordingShift => "CD102",
            Rule::NumberMismatch => "CD201",
            Rule::ConversionMismatch => "CD202",
            Rule::DateMismatch => "CD203",
            Rule::LessPrecise => "CD204",
            Rule::AttributionMismatch => "CD301",
            Rule::EntityAttributeMismatch => "CD302",
            Rule::PolarityMismatch => "CD401",
            Rule::StanceShift => "CD402",
            Rule::OnlyIn => "CD501",
            Rule::Unsupported => "CD601",
            Rule::UnusedSuppression => "CD602",
        }
    }

    /// Short name.
    pub fn name(self) -> &'static str {
        match self {
            Rule::QuoteAltered => "quote-altered",
            Rule::WordingShift => "wording-shift",
            Rule::NumberMismatch => "number-mismatch",
            Rule::ConversionMismatch => "conversion-mismatch",
            Rule::DateMismatch => "date-mismatch",
            Rule::LessPrecise => "less-precise",
            Rule::AttributionMismatch => "attribution-mismatch",
            Rule::EntityAttributeMismatch => "entity-attribute-mismatch",
            Rule::PolarityMismatch => "polarity-mismatch",
            Rule::StanceShift => "stance-shift",
            Rule::OnlyIn => "only-in",
            Rule::Unsupported => "unsupported-claim",
            Rule::UnusedSuppression => "unused-suppression",
        }
    }

    /// Default severity.
    pub fn severity(self) -> Severity {
        match self {
            Rule::NumberMismatch
            | Rule::DateMismatch
            | Rule::AttributionMismatch
            | Rule::PolarityMismatch
            | Rule::QuoteAltered => Severity::Error,
            Rule::ConversionMismatch
            | Rule::EntityAttributeMismatch
            | Rule::StanceShift
            | Rule::WordingShift
            | Rule::Unsupported => Severity::Warning,
            Rule::OnlyIn | Rule::LessPrecise | Rule::UnusedSuppression => Severity::Info,
        }
    }

    /// One-line description.
    pub fn short(self) -> &'static str {
        match self {
            Rule::QuoteAltered => "The same quote with words changed, added or dropped",
            Rule::WordingShift => {
                "Different words inside quotes for the same speaker and statement"
            }
            Rule::NumberMismatch => "The same quantity with values that cannot both be true",
            Rule::ConversionMismatch => {
                "A converted figure inconsistent with its value or with another outlet's"
            }
            Rule::DateMismatch => "The same event on different days or dates",
            Rule::LessPrecise => "The same quantity given less precisely; the values agree",
            Rule::AttributionMismatch => "The same words credited to different speakers",
            Rule::EntityAttributeMismatch => "A speaker's title or role differs between outlets",
            Rule::PolarityMismatch => "One outlet negates what another asserts",
            Rule::StanceShift => "The same content under a different speech verb class",
            Rule::OnlyIn => "A claim only some outlets carry",
            Rule::Unsupported => "A draft claim that no source carries",
            Rule::UnusedSuppression => "A suppression comment that suppressed nothing",
        }
    }

    /// What the rule checks and how to act on it (SARIF help, docs/RULES.md in full).
    pub fn help(self) -> &'static str {
        match self {
            Rule::QuoteAltered => {
                "A quotation must match a source word for word; ellipses may join fragments of one source quotation in order and [bracketed] insertions stand for source words. Restore the source's words or drop the quotation marks."
            }
            Rule::WordingShift => {
                "Outlets quote the same statement of the same speaker with other words. Check which wording the speaker used."
            }
            Rule::NumberMismatch => {
                "Figures of one slot whose intervals cannot overlap after unit conversion (qualifiers such as 'about' or 'more than' widen them). Check the figure against the source."
            }
            Rule::ConversionMismatch => {
                "A converted figure does not match its value, or another outlet converts the same value differently. Recompute the conversion."
            }
            Rule::DateMismatch => {
                "One event on different days or dates, each report resolved against its own publication date. Check the day."
            }
            Rule::LessPrecise => {
                "The figures agree, but one is plainly vaguer. No action needed unless precision matters."
            }
            Rule::AttributionMismatch => {
                "The same words are credited to different speakers, or words relayed by an intermediary are given first-hand. Credit the words as the source does."
            }
            Rule::EntityAttributeMismatch => {
                "A person's title or role differs from what other outlets give. Check the title."
            }
            Rule::PolarityMismatch => {
                "One text negates what another asserts. Check whether the statement is positive or negative."
            }
            Rule::StanceShift => {
                "The same content under a marked speech verb (admitted, claimed, denied, fumed) where others report it plainly. Use a neutral verb unless the source supports the stance."
            }
            Rule::OnlyIn => "A claim some outlets carry and others do not (coverage).",
            Rule::Unsupported => {
                "No source carries this claim. Add the source or remove the claim; set [check] unsupported in claimdiff.toml to change which claims need one."
            }
            Rule::UnusedSuppression => {
                "A claimdiff suppression comment hid no finding. Remove it, or fix its rule ids."
            }
        }
    }

    /// Look a rule up by id ("CD201") or name ("number-mismatch").
    pub fn parse(s: &str) -> Option<Rule> {
        ALL_RULES
            .iter()
            .copied()
            .find(|r| r.id().eq_ignore_ascii_case(s) || r.name() == s)
    }
}
