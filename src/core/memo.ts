/**
 * f, with its answers kept by argument: for what is derived from a word or a spelling again and
 * again (stems, a query word's forms, what the readers of letters derive from a spelling).
 * Bounded: after `limit` arguments it forgets them all and starts over.
 */
export function remembered<V extends NonNullable<unknown> | null>(f: (key: string) => V, limit = 50_000): (key: string) => V {
  const seen = new Map<string, V>();
  return (key) => {
    let v = seen.get(key);
    if (v === undefined) {
      v = f(key);
      if (seen.size >= limit) seen.clear();
      seen.set(key, v);
    }
    return v;
  };
}
