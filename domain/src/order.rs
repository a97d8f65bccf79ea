//! The app's one sort. Each call of `sort_by` with its own closure is its own copy of the sorting
//! code in the wasm (2 to 3 KB each); here positions are sorted by one function that takes the
//! comparison as a trait object, so every list of the app is sorted by the same copy. That copy is
//! a merge sort of a few lines rather than the standard library's (about 4.5 KB of wasm for its
//! quicksort, heapsort and small sorts): the app sorts tens of programmes, where the standard
//! sort's speed cannot be seen, and a merge sort is stable by itself.

use std::cmp::Ordering;

/// The positions `0..len` in the order `compare` gives; equal items keep their order. A bottom-up
/// merge sort: runs of `width` positions are merged in pairs into `merged`, width doubling.
fn sorted_positions(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut positions: Vec<usize> = (0..len).collect();
    let mut merged = positions.clone();
    let mut width = 1;
    while width < len {
        let mut start = 0;
        while start < len {
            let middle = len.min(start + width);
            let end = len.min(middle + width);
            let (mut left, mut right) = (start, middle);
            for slot in &mut merged[start..end] {
                // The left run's item goes first unless the right one is strictly smaller: stable.
                let from = if right == end || (left < middle && compare(positions[left], positions[right]) != Ordering::Greater) {
                    left += 1;
                    left - 1
                } else {
                    right += 1;
                    right - 1
                };
                *slot = positions[from];
            }
            start = end;
        }
        std::mem::swap(&mut positions, &mut merged);
        width *= 2;
    }
    positions
}

/// The items in the order `compare` gives; equal items keep their order (a stable sort).
pub fn sorted<T>(items: Vec<T>, compare: impl Fn(&T, &T) -> Ordering) -> Vec<T> {
    let positions = sorted_positions(items.len(), &|a, b| compare(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    positions.into_iter().filter_map(|at| slots[at].take()).collect()
}

/// The positions of `items` in the order `compare` gives (equal items in their order).
pub fn positions_in_order<T>(items: &[T], compare: impl Fn(&T, &T) -> Ordering) -> Vec<usize> {
    sorted_positions(items.len(), &|a, b| compare(&items[a], &items[b]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Pairs compared by their first number only: the second tells whether ties kept their
        /// order. Lengths past a few powers of two, so that runs of every width are merged,
        /// a last one left alone included.
        #[test]
        fn sorts_as_the_standard_stable_sort_does(keys in proptest::collection::vec(0u8..5, 0..300)) {
            let items: Vec<(u8, usize)> = keys.into_iter().enumerate().map(|(i, key)| (key, i)).collect();
            let mut expected = items.clone();
            expected.sort_by(|a, b| a.0.cmp(&b.0));
            prop_assert_eq!(sorted(items.clone(), |a, b| a.0.cmp(&b.0)), expected.clone());
            let positions = positions_in_order(&items, |a, b| b.0.cmp(&a.0));
            expected.sort_by(|a, b| b.0.cmp(&a.0));
            prop_assert_eq!(positions.iter().map(|&at| items[at]).collect::<Vec<_>>(), expected);
        }
    }
}
