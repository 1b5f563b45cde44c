//! Suppression comments in drafts.
//!
//! A directive is `claimdiff:` followed by one of
//!
//! - `ignore-next-line [RULE…]` — the next non-blank line,
//! - `ignore-line [RULE…]` — the line the directive is on,
//! - `off [RULE…]` … `on` — every line in between (to the end without `on`),
//!
//! where each `RULE` is an id (`CD201`) or a name (`number-mismatch`), separated by
//! spaces or commas; without rules every rule is suppressed. The directive may sit in an
//! HTML comment (`<!-- claimdiff: ignore-next-line CD201 -->`, Markdown and HTML), in a
//! Markdown link-reference comment (`[//]: # (claimdiff: off)`) or on a line of its own in
//! plain text (`# claimdiff: ignore-next-line`).

use crate::compare::rules::Rule;

/// What a directive covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// The next non-blank line.
    NextLine,
    /// Its own line.
    Line,
    /// A block up to `claimdiff: on`.
    Block,
}

/// One suppression directive.
#[derive(Debug, Clone)]
pub struct Suppression {
    /// 1-based line of the directive.
    pub line: usize,
    /// 1-based column of `claimdiff:`.
    pub column: usize,
    /// Byte offset of `claimdiff:` in the text.
    pub start: usize,
    /// The directive as written (for messages).
    pub text: String,
    /// What it covers.
    pub scope: Scope,
    /// The rules it names; empty for every rule.
    pub rules: Vec<Rule>,
    /// Words after the directive that name no rule.
    pub unknown: Vec<String>,
    /// First and last line covered (1-based, inclusive).
    pub lines: (usize, usize),
    /// Whether it suppressed a finding.
    pub used: bool,
}

impl Suppression {
    /// Whether it covers a finding of `rule` starting on `line`. A directive that names
    /// only unknown rules (`ignore-next-line CD2O1`, a typo) covers nothing: it must not
    /// silence every rule.
    pub fn covers(&self, rule: Rule, line: usize) -> bool {
        let every = self.rules.is_empty() && self.unknown.is_empty();
        (self.lines.0..=self.lines.1).contains(&line) && (every || self.rules.contains(&rule))
    }
}

/// Every directive of a draft's text.
pub fn parse(text: &str) -> Vec<Suppression> {
    // Each line with the byte offset where it starts (`lines()` would lose it).
    let mut lines: Vec<(usize, &str)> = Vec::new();
    let mut offset = 0;
    for piece in text.split_inclusive('\n') {
        let line = piece.strip_suffix('\n').unwrap_or(piece);
        lines.push((offset, line.strip_suffix('\r').unwrap_or(line)));
        offset += piece.len();
    }
    let mut out: Vec<Suppression> = Vec::new();
    let mut open_block: Option<usize> = None;
    for (i, &(line_start, raw)) in lines.iter().enumerate() {
        let Some(at) = raw.find("claimdiff:") else {
            continue;
        };
        // The comment ends at `-->` even without a space before it (`<!--claimdiff: off-->`).
        let rest = raw[at + "claimdiff:".len()..]
            .split("-->")
            .next()
            .unwrap_or("")
            .trim_start();
        let directive: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        let scope = match directive.as_str() {
            "ignore-next-line" => Scope::NextLine,
            "ignore-line" | "ignore-this-line" => Scope::Line,
            "off" | "ignore-start" => Scope::Block,
            "on" | "ignore-end" => {
                if let Some(k) = open_block.take() {
                    out[k].lines.1 = i; // the line before `on` (1-based i)
                }
                continue;
            }
            _ => continue,
        };
        let args = rest[directive.len()..].trim_end_matches([')', ' ']);
        let mut rules = Vec::new();
        let mut unknown = Vec::new();
        for tok in args.split([' ', ',', '\t']).filter(|t| !t.is_empty()) {
            match Rule::parse(tok) {
                Some(r) => rules.push(r),
                None => unknown.push(tok.to_string()),
            }
        }
        let line = i + 1;
        let lines_covered = match scope {
            Scope::Line => (line, line),
            Scope::NextLine => {
                let next = (i + 1..lines.len())
                    .find(|&k| !lines[k].1.trim().is_empty())
                    .map_or(line + 1, |k| k + 1);
                (next, next)
            }
            Scope::Block => (line + 1, usize::MAX),
        };
        if scope == Scope::Block {
            open_block = Some(out.len());
        }
        out.push(Suppression {
            line,
            column: raw[..at].chars().count() + 1,
            start: line_start + at,
            // Without the comment's closing `-->` or the `)` of `[//]: # (claimdiff: …)`.
            text: raw[at..]
                .split("-->")
                .next()
                .unwrap_or("")
                .trim_end()
                .trim_end_matches(')')
                .trim_end()
                .to_string(),
            scope,
            rules,
            unknown,
            lines: lines_covered,
            used: false,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directives_in_html_comments_markdown_and_plain_text() {
        let text = "intro\n<!-- claimdiff: ignore-next-line CD201 -->\n\nThe call lasted two hours.\n\
                    Ushakov said so. <!-- claimdiff: ignore-line attribution-mismatch, CD101 -->\n\
                    [//]: # (claimdiff: off)\nA\nB\n[//]: # (claimdiff: on)\n# claimdiff: ignore-next-line CD999\nC\n";
        let s = parse(text);
        assert_eq!(s.len(), 4);
        assert_eq!(s[0].scope, Scope::NextLine);
        assert_eq!(s[0].rules, [Rule::NumberMismatch]);
        assert_eq!(s[0].lines, (4, 4), "blank lines are skipped");
        assert!(s[0].covers(Rule::NumberMismatch, 4));
        assert!(!s[0].covers(Rule::QuoteAltered, 4));
        assert_eq!(s[1].lines, (5, 5));
        assert_eq!(s[1].rules, [Rule::AttributionMismatch, Rule::QuoteAltered]);
        assert_eq!(s[2].scope, Scope::Block);
        assert_eq!(s[2].lines, (7, 8));
        assert!(
            s[2].covers(Rule::PolarityMismatch, 8),
            "no rules: every rule"
        );
        assert_eq!(s[3].unknown, ["CD999"]);
        assert_eq!(s[3].lines, (11, 11));
        assert_eq!(s[0].column, 6);
    }

    #[test]
    fn a_directive_naming_only_unknown_rules_covers_nothing() {
        let s = parse(
            "<!-- claimdiff: ignore-next-line CD2O1 -->\nA\n<!-- claimdiff: ignore-line CD201 numbr-mismatch -->\n",
        );
        assert_eq!(s[0].unknown, ["CD2O1"]);
        assert!(
            !s[0].covers(Rule::NumberMismatch, 2),
            "a typo silences nothing"
        );
        assert!(!s[0].covers(Rule::QuoteAltered, 2));
        assert_eq!(s[1].rules, [Rule::NumberMismatch]);
        assert_eq!(s[1].unknown, ["numbr-mismatch"]);
        assert!(s[1].covers(Rule::NumberMismatch, 3));
        assert!(!s[1].covers(Rule::DateMismatch, 3));
    }

    #[test]
    fn comment_ends_text_and_offsets() {
        let text = "a\r\n<!--claimdiff: off-->\r\nb\r\n<!-- claimdiff: on-->\r\n\
                    [//]: # (claimdiff: ignore-next-line CD201)\r\nc\r\n<!-- claimdiff: ignore-next-line-->\nd\n";
        let s = parse(text);
        assert_eq!(s.len(), 3, "{s:?}");
        assert_eq!(s[0].scope, Scope::Block, "`-->` right after the directive");
        assert_eq!(s[0].lines, (3, 3));
        assert_eq!(s[0].text, "claimdiff: off");
        assert_eq!(s[1].text, "claimdiff: ignore-next-line CD201", "no `)`");
        assert_eq!(s[1].rules, [Rule::NumberMismatch]);
        assert_eq!((s[2].scope, s[2].lines), (Scope::NextLine, (8, 8)));
        assert!(s[2].rules.is_empty() && s[2].unknown.is_empty());
        for d in &s {
            assert!(text[d.start..].starts_with(&d.text), "{d:?}");
        }
        assert_eq!(
            s[1].start,
            text.find("claimdiff: ignore-next-line CD201").unwrap_or(0)
        );
    }

    #[test]
    fn an_unclosed_block_runs_to_the_end() {
        let s = parse("<!-- claimdiff: off -->\na\nb\n");
        assert_eq!(s[0].lines, (2, usize::MAX));
    }
}
