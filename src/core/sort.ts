/**
 * Sorts in place, stably, as `a.sort(cmp)` does, and returns `a`. A short array is sorted by
 * insertion in this function, where the optimiser inlines the comparison: Array.prototype.sort
 * calls it through the generic call path at every comparison, and for the dozen candidates of a
 * letter that cost more than the work it sorts for. Longer arrays go to Array.prototype.sort.
 */
export function sortSmall<T>(a: T[], cmp: (x: T, y: T) => number): T[] {
  const n = a.length;
  if (n > SMALL) return a.sort(cmp);
  for (let i = 1; i < n; i++) {
    const x = a[i]!;
    let j = i - 1;
    // Stable: an element moves only past greater ones.
    while (j >= 0 && cmp(a[j]!, x) > 0) {
      a[j + 1] = a[j]!;
      j--;
    }
    a[j + 1] = x;
  }
  return a;
}

/** Up to this many elements sortSmall() sorts by insertion (at most SMALL² / 2 comparisons). */
const SMALL = 48;
