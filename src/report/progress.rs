//! A progress line on standard error for long runs.
//!
//! Drawn only when standard error is a terminal and the run has lasted longer than
//! [`DELAY`]: short runs and piped or redirected runs never see it, so it cannot leak into
//! logs or captured output. A background thread redraws the line; workers only bump an
//! atomic counter, so progress costs them nothing measurable.

use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// How long a run must last before the line appears.
pub const DELAY: Duration = Duration::from_millis(300);
/// Time between redraws.
const TICK: Duration = Duration::from_millis(100);
/// Width of the bar in cells.
const BAR: usize = 30;

#[derive(Default)]
struct State {
    done: AtomicUsize,
    total: AtomicUsize,
    stage: Mutex<String>,
    stop: AtomicBool,
}

/// A progress line; [`Progress::finish`] (or dropping it) clears it.
pub struct Progress {
    state: Arc<State>,
    ticker: Option<JoinHandle<()>>,
}

impl Progress {
    /// A progress line on standard error, drawn only if `enabled` and standard error is a
    /// terminal.
    pub fn new(enabled: bool) -> Progress {
        let state = Arc::new(State::default());
        let ticker = (enabled && std::io::stderr().is_terminal()).then(|| {
            let state = Arc::clone(&state);
            std::thread::spawn(move || ticker(&state))
        });
        Progress { state, ticker }
    }

    /// Start a stage of `total` steps (0: a stage without a count).
    pub fn stage(&self, name: &str, total: usize) {
        if let Ok(mut s) = self.state.stage.lock() {
            name.clone_into(&mut s);
        }
        self.state.done.store(0, Ordering::Relaxed);
        self.state.total.store(total, Ordering::Relaxed);
    }

    /// One step of the current stage done; callable from any thread.
    pub fn step(&self) {
        self.state.done.fetch_add(1, Ordering::Relaxed);
    }

    /// Stop drawing and clear the line.
    pub fn finish(mut self) {
        self.stop();
    }

    fn stop(&mut self) {
        self.state.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.ticker.take() {
            t.thread().unpark();
            let _ = t.join();
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.stop();
    }
}

fn ticker(state: &State) {
    let start = Instant::now();
    let mut drawn = false;
    while !state.stop.load(Ordering::Relaxed) {
        let elapsed = start.elapsed();
        if elapsed < DELAY {
            std::thread::park_timeout(DELAY - elapsed);
            continue;
        }
        let stage = state.stage.lock().map(|s| s.clone()).unwrap_or_default();
        let line = render(
            &stage,
            state.done.load(Ordering::Relaxed),
            state.total.load(Ordering::Relaxed),
            elapsed,
        );
        let mut err = std::io::stderr().lock();
        // A failed write to the terminal is not worth failing the run for.
        let _ = write!(err, "\r\x1b[2K{line}");
        let _ = err.flush();
        drawn = true;
        drop(err);
        std::thread::park_timeout(TICK);
    }
    if drawn {
        let mut err = std::io::stderr().lock();
        let _ = write!(err, "\r\x1b[2K");
        let _ = err.flush();
    }
}

/// The text of the progress line.
pub fn render(stage: &str, done: usize, total: usize, elapsed: Duration) -> String {
    let secs = elapsed.as_secs_f64();
    if total == 0 {
        return format!("{stage} … {secs:.1}s");
    }
    let done = done.min(total);
    let filled = done * BAR / total;
    format!(
        "{stage} [{}{}] {done}/{total} {secs:.1}s",
        "#".repeat(filled),
        "-".repeat(BAR - filled)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_shows_stage_bar_and_count() {
        let l = render("extracting", 5, 20, Duration::from_millis(1500));
        assert_eq!(l, "extracting [#######-----------------------] 5/20 1.5s");
        assert_eq!(
            render("comparing", 0, 0, Duration::from_secs(2)),
            "comparing … 2.0s"
        );
        // More steps than announced never overflow the bar.
        assert!(render("x", 30, 20, Duration::ZERO).contains("20/20"));
    }

    #[test]
    fn never_draws_when_disabled() {
        let p = Progress::new(false);
        p.stage("extracting", 3);
        p.step();
        assert!(p.ticker.is_none());
        p.finish();
    }
}
