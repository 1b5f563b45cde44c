//! Values many claims carry alike, held once and shared: a speech verb's cue and a
//! speaker. The process keeps a table of each kind ([`Shared::table`]); a claim's value
//! is looked up in it, so the claims of every document of a comparison share it. A table
//! holds at most [`Shared::MAX_HELD`] values: when full, it lets go of those no claim
//! holds any longer, and a value past it is its claim's alone.

use std::hash::Hash;
use std::sync::{Arc, LazyLock, Mutex};

use rustc_hash::FxHashSet;

/// The process's table of one kind of value.
pub(crate) type ProcessTable<T> = LazyLock<Mutex<Held<T>>>;

/// A kind of value held once and shared.
pub(crate) trait Shared: Hash + Eq + Sized + 'static {
    /// How many values the process's table holds at most.
    const MAX_HELD: usize;
    /// The process's table.
    fn table() -> &'static ProcessTable<Self>;
}

/// The values of a [`ProcessTable`].
pub(crate) struct Held<T> {
    values: FxHashSet<Arc<T>>,
    /// Values asked for and not found since the table last let go of the unheld ones.
    missed: usize,
}

impl<T> Default for Held<T> {
    fn default() -> Self {
        Held {
            values: FxHashSet::default(),
            missed: 0,
        }
    }
}

impl<T: Shared> Held<T> {
    /// The held value equal to `value`.
    fn get(&self, value: &T) -> Option<Arc<T>> {
        self.values.get(value).map(Arc::clone)
    }

    /// Hold `made`, a value [`Held::get`] did not find, if there is room.
    fn hold(&mut self, made: &Arc<T>) {
        self.missed += 1;
        if self.values.len() >= T::MAX_HELD && self.missed >= T::MAX_HELD / 2 {
            // Only the table holds them (its lock is held, so no claim can take one now).
            // At most once every `MAX_HELD / 2` misses: a table full of values in use is
            // not walked for each new one.
            self.values.retain(|v| Arc::strong_count(v) > 1);
            self.missed = 0;
        }
        if self.values.len() < T::MAX_HELD {
            self.values.insert(Arc::clone(made));
        }
    }
}

/// The process's value equal to `value`, or `value`, held from now on if there is room.
pub(crate) fn share<T: Shared>(value: T) -> Arc<T> {
    // A thread panicked while holding the table: it is left alone.
    let Ok(mut held) = T::table().lock() else {
        return Arc::new(value);
    };
    held.get(&value).unwrap_or_else(|| {
        let made = Arc::new(value);
        held.hold(&made);
        made
    })
}

/// [`share`] for a value already in an `Arc` (a claim read from a claims file has one
/// of its own).
pub(crate) fn share_arc<T: Shared>(value: &Arc<T>) -> Arc<T> {
    let Ok(mut held) = T::table().lock() else {
        return Arc::clone(value);
    };
    held.get(value).unwrap_or_else(|| {
        held.hold(value);
        Arc::clone(value)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Cue, Speaker, SpeakerKind};
    use crate::lexicon::Stance;

    fn speaker(surface: &str) -> Speaker {
        Speaker {
            name: "Ana Lima".into(),
            surface: surface.into(),
            role: Some("mayor".into()),
            resolved: true,
            kind: SpeakerKind::Person,
        }
    }

    #[test]
    fn equal_values_are_one_allocation() {
        let first = share(speaker("Mayor Ana Lima"));
        let again = share(speaker("Mayor Ana Lima"));
        let read = share_arc(&Arc::new(speaker("Mayor Ana Lima")));
        assert!(Arc::ptr_eq(&first, &again));
        assert!(Arc::ptr_eq(&first, &read));
        let she = share(speaker("She"));
        assert!(!Arc::ptr_eq(&first, &she));
        assert_eq!(she.surface, "She");
        let cue = || Cue {
            text: "told".into(),
            lemma: "tell".into(),
            stance: Stance::Neutral,
        };
        assert!(Arc::ptr_eq(&share(cue()), &share(cue())));
    }

    #[derive(Debug, PartialEq, Eq, Hash)]
    struct Word(&'static str);

    static WORDS: ProcessTable<Word> = LazyLock::new(|| Mutex::new(Held::default()));

    impl Shared for Word {
        const MAX_HELD: usize = 4;
        fn table() -> &'static ProcessTable<Word> {
            &WORDS
        }
    }

    fn held_words() -> Vec<&'static str> {
        let mut words: Vec<&str> = WORDS
            .lock()
            .map(|t| t.values.iter().map(|w| w.0).collect())
            .unwrap_or_default();
        words.sort_unstable();
        words
    }

    /// A full table lets go of what no one holds, and takes no more while every value
    /// is in use; it walks its values at most once every `MAX_HELD / 2` misses.
    #[test]
    fn a_full_table_lets_go_of_the_values_no_one_holds() {
        let kept: Vec<Arc<Word>> = ["one", "two"].map(|w| share(Word(w))).into();
        for w in ["three", "four"] {
            drop(share(Word(w)));
        }
        assert_eq!(held_words(), ["four", "one", "three", "two"]);
        // "three" and "four" are held by the table alone: the next miss lets them go.
        let five = share(Word("five"));
        assert_eq!(held_words(), ["five", "one", "two"]);
        assert!(Arc::ptr_eq(&five, &share(Word("five"))));
        let six = share(Word("six"));
        // Full of values in use: "seven" is its own.
        let seven = share(Word("seven"));
        assert_eq!(seven.0, "seven");
        assert_eq!(held_words(), ["five", "one", "six", "two"]);
        // "six" is let go, but not at the first miss after the last walk.
        drop(six);
        drop(share(Word("eight")));
        assert_eq!(held_words(), ["five", "one", "six", "two"]);
        let nine = share(Word("nine"));
        assert_eq!(held_words(), ["five", "nine", "one", "two"]);
        assert!(Arc::ptr_eq(&nine, &share(Word("nine"))));
        assert!(Arc::ptr_eq(&kept[0], &share(Word("one"))));
        assert!(Arc::ptr_eq(&kept[1], &share_arc(&Arc::new(Word("two")))));
    }
}
