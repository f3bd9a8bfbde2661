/**
 * The first `want` ids of a possibly huge list in the order `before`, skipping those `passes`
 * rejects: a bounded insertion buffer, since a page is small and a match set may be a million.
 */
export function topK(ids: ArrayLike<number>, want: number, before: (a: number, b: number) => boolean, passes?: (id: number) => boolean): number[] {
  const top: number[] = [];
  if (want <= 0) return top;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as number;
    if (passes && !passes(id)) continue;
    if (top.length === want && !before(id, top[want - 1] as number)) continue;
    let j = top.length === want ? want - 1 : top.length;
    while (j > 0 && before(id, top[j - 1] as number)) {
      top[j] = top[j - 1] as number;
      j--;
    }
    top[j] = id;
  }
  return top;
}

/**
 * The ids of a page in ascending order of (key, tie): key = keySign · keys[id], an unknown key (NaN,
 * or an id past `keys`) last, and tie = tieSign · id. `after` is the last [key, id] of the previous
 * page, untransformed: only ids past it count. The page, `offset` ids skipped, is the same whichever
 * order the ids are read in (ids are unique, so no two ties are equal), but the work is not: most
 * ids are turned away by one comparison with the last kept only when the best come early. `fromEnd`
 * reads the ids from the last: a match set ascends by rowid, and rowids mostly follow the dates.
 * Inline and numeric rather than topK(): a match set may be a million ids.
 */
export function pageByKey(
  ids: ArrayLike<number>,
  keys: Float64Array,
  keySign: 1 | -1,
  tieSign: 1 | -1,
  limit: number,
  offset: number,
  after?: [number, number],
  fromEnd = false,
): number[] {
  const want = offset + limit;
  if (want <= 0) return [];
  const size = keys.length;
  const afterKey = after ? (Number.isNaN(after[0]) ? Infinity : keySign * after[0]) : 0;
  const afterTie = after ? tieSign * after[1] : 0;
  const page: number[] = [];
  const pageKeys: number[] = [];
  const n = ids.length;
  for (let r = 0; r < n; r++) {
    const id = ids[fromEnd ? n - 1 - r : r] as number;
    const t = id < size ? (keys[id] as number) : Number.NaN;
    const k = t === t ? keySign * t : Infinity;
    const tie = tieSign * id;
    if (after && (k < afterKey || (k === afterKey && tie <= afterTie))) continue;
    let j = page.length;
    if (j === want) {
      const lk = pageKeys[j - 1] as number;
      if (k > lk || (k === lk && tie >= tieSign * (page[j - 1] as number))) continue;
      j--;
    }
    while (j > 0) {
      const pk = pageKeys[j - 1] as number;
      if (!(k < pk || (k === pk && tie < tieSign * (page[j - 1] as number)))) break;
      pageKeys[j] = pk;
      page[j] = page[j - 1] as number;
      j--;
    }
    pageKeys[j] = k;
    page[j] = id;
  }
  return page.slice(offset);
}
