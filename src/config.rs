//! `claimdiff.toml`: speaker aliases, rule severities and thresholds.
//!
//! The file is found with `--config FILE`, else by walking up from the first input's
//! directory. Unknown keys are errors that name the key and the file.
//!
//! ```toml
//! [aliases]
//! "Volodymyr Zelensky" = ["Zelenskyy", "Zelenskiy"]
//!
//! [rules]
//! CD402 = "info"        # stance-shift: report as info
//! wording-shift = "off" # by id or name; "off" disables a rule
//!
//! [compare]
//! min_score = 0.3       # alignment threshold, 0..1
//!
//! [check]
//! unsupported = "all"   # which draft claims need a source: all | quotes | off
//! ignore = ["drafts/archive/*.md"]  # drafts to skip (globs)
//! ```

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::compare::rules::{Rule, Severity};

/// File name looked for when walking up.
pub const FILE_NAME: &str = "claimdiff.toml";

/// A rule's configured level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// Report as error.
    Error,
    /// Report as warning.
    Warning,
    /// Report as info.
    Info,
    /// Do not report.
    Off,
}

/// Comparison settings.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct CompareConfig {
    /// Minimum alignment score (0..1) for two claims to be the same statement.
    pub min_score: f64,
}

impl Default for CompareConfig {
    fn default() -> Self {
        CompareConfig { min_score: 0.3 }
    }
}

/// `check` settings.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct CheckConfig {
    /// Which draft claims must be carried by a source: `all`, `quotes` or `off`.
    pub unsupported: crate::check::Unsupported,
    /// Glob patterns (relative to the configuration file's directory, or as given) of
    /// drafts to skip.
    pub ignore: Vec<String>,
}

/// The whole configuration.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// Canonical speaker name → other spellings.
    pub aliases: BTreeMap<String, Vec<String>>,
    /// Rule id or name → level.
    pub rules: BTreeMap<String, Level>,
    /// Comparison settings.
    pub compare: CompareConfig,
    /// Check settings.
    pub check: CheckConfig,
    /// Where the configuration was read from (not part of the file).
    #[serde(skip)]
    pub source: Option<PathBuf>,
}

/// A configuration file that cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// Unreadable.
    #[error("{path}: cannot read the configuration: {source}")]
    Io {
        /// The file.
        path: String,
        /// Why.
        #[source]
        source: std::io::Error,
    },
    /// Not valid TOML, or an unknown key, or a bad value.
    #[error("{path}:{line}:{column}: {message}")]
    Invalid {
        /// The file.
        path: String,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What is wrong.
        message: String,
    },
}

impl Config {
    /// Parse configuration text; `path` names it in errors.
    pub fn parse(text: &str, path: &str) -> Result<Config, ConfigError> {
        let mut cfg: Config = toml::from_str(text).map_err(|e| {
            let (line, column) = e
                .span()
                .map(|s| {
                    let idx = crate::span::LineIndex::new(text);
                    idx.line_col(text, s.start)
                })
                .unwrap_or((1, 1));
            ConfigError::Invalid {
                path: path.to_string(),
                line,
                column,
                message: e.message().trim().to_string(),
            }
        })?;
        for key in cfg.rules.keys() {
            if Rule::parse(key).is_none() {
                let (line, column) = locate(text, key);
                return Err(ConfigError::Invalid {
                    path: path.to_string(),
                    line,
                    column,
                    message: format!("unknown rule `{key}` in [rules]; see docs/RULES.md"),
                });
            }
        }
        if !(0.0..=1.0).contains(&cfg.compare.min_score) {
            let (line, column) = locate(text, "min_score");
            return Err(ConfigError::Invalid {
                path: path.to_string(),
                line,
                column,
                message: "compare.min_score must be between 0 and 1".to_string(),
            });
        }
        cfg.source = Some(PathBuf::from(path));
        Ok(cfg)
    }

    /// Read a configuration file.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let p = path.to_string_lossy().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| ConfigError::Io {
            path: p.clone(),
            source: e,
        })?;
        Config::parse(&text, &p)
    }

    /// `claimdiff.toml` in `start` or the nearest parent directory, if any.
    pub fn discover(start: &Path) -> Option<PathBuf> {
        let start = if start.is_file() {
            start.parent()?.to_path_buf()
        } else {
            start.to_path_buf()
        };
        let start = std::fs::canonicalize(&start).unwrap_or(start);
        start
            .ancestors()
            .map(|d| d.join(FILE_NAME))
            .find(|p| p.is_file())
    }

    /// The configuration for a run: `explicit` if given, else the one discovered from
    /// `first_input`, else defaults.
    pub fn for_run(
        explicit: Option<&Path>,
        first_input: Option<&Path>,
    ) -> Result<Config, ConfigError> {
        if let Some(p) = explicit {
            return Config::load(p);
        }
        match first_input.and_then(Config::discover) {
            Some(p) => Config::load(&p),
            None => Ok(Config::default()),
        }
    }

    /// The severity of a rule after configuration; `None` when switched off.
    pub fn severity(&self, rule: Rule) -> Option<Severity> {
        let level = self
            .rules
            .get(rule.id())
            .or_else(|| self.rules.get(rule.name()))
            .copied();
        match level {
            None => Some(rule.severity()),
            Some(Level::Off) => None,
            Some(Level::Error) => Some(Severity::Error),
            Some(Level::Warning) => Some(Severity::Warning),
            Some(Level::Info) => Some(Severity::Info),
        }
    }
}

// 1-based position of the first occurrence of `needle` in `text` (for error messages).
fn locate(text: &str, needle: &str) -> (usize, usize) {
    let idx = crate::span::LineIndex::new(text);
    text.find(needle).map_or((1, 1), |i| idx.line_col(text, i))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_aliases_rules_and_thresholds() {
        let c = Config::parse(
            "[aliases]\n\"Volodymyr Zelensky\" = [\"Zelenskyy\"]\n[rules]\nCD402 = \"info\"\nwording-shift = \"off\"\n[compare]\nmin_score = 0.4\n",
            "claimdiff.toml",
        )
        .expect("valid");
        assert_eq!(c.aliases["Volodymyr Zelensky"], ["Zelenskyy"]);
        assert_eq!(c.severity(Rule::StanceShift), Some(Severity::Info));
        assert_eq!(c.severity(Rule::WordingShift), None);
        assert_eq!(c.severity(Rule::NumberMismatch), Some(Severity::Error));
        assert!((c.compare.min_score - 0.4).abs() < 1e-9);
    }

    #[test]
    fn unknown_keys_name_the_key_and_the_file() {
        let e = Config::parse("[compare]\nmin_scor = 1\n", "x/claimdiff.toml").unwrap_err();
        let msg = e.to_string();
        assert!(
            msg.starts_with("x/claimdiff.toml:2:1: unknown field `min_scor`"),
            "{msg}"
        );
        let e = Config::parse("[rules]\nCD999 = \"off\"\n", "c.toml").unwrap_err();
        assert_eq!(
            e.to_string(),
            "c.toml:2:1: unknown rule `CD999` in [rules]; see docs/RULES.md"
        );
    }
}
