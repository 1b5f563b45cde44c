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
            | Rule::WordingShift => Severity::Warning,
            Rule::OnlyIn | Rule::LessPrecise => Severity::Info,
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
