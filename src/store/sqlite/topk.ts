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
