//! The app's one sort. Each call of `sort_by` with its own closure is its own copy of the sorting
//! code in the wasm (2 to 3 KB each); here positions are sorted by one function that takes the
//! comparison as a trait object, so every list of the app is sorted by the same copy.

use std::cmp::Ordering;

/// The positions `0..len` in the order `compare` gives; equal items keep their order.
fn sorted_positions(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut positions: Vec<usize> = (0..len).collect();
    positions.sort_unstable_by(|&a, &b| compare(a, b).then(a.cmp(&b)));
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

    #[test]
    fn sorts_as_the_standard_stable_sort_does() {
        // Pairs compared by their first number only: the second tells whether ties kept their order.
        let mut seed = 7u32;
        for len in 0..60 {
            let items: Vec<(u32, usize)> = (0..len)
                .map(|i| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    ((seed >> 16) % 5, i)
                })
                .collect();
            let mut expected = items.clone();
            expected.sort_by(|a, b| a.0.cmp(&b.0));
            assert_eq!(sorted(items.clone(), |a, b| a.0.cmp(&b.0)), expected, "{len} items");
            let positions = positions_in_order(&items, |a, b| b.0.cmp(&a.0));
            expected.sort_by(|a, b| b.0.cmp(&a.0));
            assert_eq!(positions.iter().map(|&at| items[at]).collect::<Vec<_>>(), expected, "{len} items, reversed");
        }
    }
}
