//! A short list kept inline up to `N` items and in a vector beyond: for the lists
//! extraction makes by the thousand and that almost never grow past a handful (an
//! attribution's content ranges, a phrase's words), where a vector each was an
//! allocation each.

use std::ops::{Deref, DerefMut};

#[derive(Debug, Clone)]
pub(crate) struct Inline<T, const N: usize> {
    few: [T; N],
    len: usize,
    /// All the items once there are more than `N` (the first `N` copied over).
    more: Vec<T>,
}

impl<T: Clone + Default, const N: usize> Default for Inline<T, N> {
    fn default() -> Self {
        Self {
            few: std::array::from_fn(|_| T::default()),
            len: 0,
            more: Vec::new(),
        }
    }
}

impl<T: Clone + Default, const N: usize> Inline<T, N> {
    /// The list of one item.
    pub(crate) fn one(item: T) -> Self {
        let mut out = Self::default();
        out.push(item);
        out
    }

    /// Append an item.
    pub(crate) fn push(&mut self, item: T) {
        if self.len < N {
            self.few[self.len] = item;
        } else {
            if self.more.is_empty() {
                self.more.extend_from_slice(&self.few);
            }
            self.more.push(item);
        }
        self.len += 1;
    }
}

impl<T: Clone + Default, const N: usize> FromIterator<T> for Inline<T, N> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut out = Self::default();
        for item in iter {
            out.push(item);
        }
        out
    }
}

impl<T, const N: usize> Deref for Inline<T, N> {
    type Target = [T];

    fn deref(&self) -> &[T] {
        if self.len > N {
            &self.more
        } else {
            &self.few[..self.len]
        }
    }
}

impl<T, const N: usize> DerefMut for Inline<T, N> {
    fn deref_mut(&mut self) -> &mut [T] {
        if self.len > N {
            &mut self.more
        } else {
            &mut self.few[..self.len]
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holds_every_item_in_order_across_the_inline_limit() {
        for n in 0..10 {
            let list: Inline<usize, 3> = (0..n).collect();
            assert_eq!(&*list, &(0..n).collect::<Vec<_>>()[..], "{n} items");
        }
        let mut one = Inline::<&str, 2>::one("a");
        one.push("b");
        one.push("c");
        one[2] = "d";
        assert_eq!(&*one, &["a", "b", "d"]);
    }
}
