/**
 * Snippets: the stretches of a letter around its matched words, cut at word boundaries, with the
 * matched words' offsets so that any surface can highlight them without parsing markup.
 */
import type { AnalyzedToken } from '../language/analyze.js';

export interface Snippet {
  /** The fragment's text; "…" marks where it was cut from the letter. */
  text: string;
  /** Highlighted ranges in `text`: [start, end) in UTF-16 code units. */
  highlights: [number, number][];
}

export interface SnippetOptions {
  /** Characters of context on each side of a match. */
  context?: number;
  maxFragments?: number;
}

/** What `\s` matches, by code unit: the loops below test a character at a time. */
function isSpace(c: number): boolean {
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Moves an offset to the nearest whitespace at or before it, never inside a surrogate pair. */
function boundaryBefore(text: string, i: number): number {
  let j = Math.max(0, i);
  while (j > 0 && !isSpace(text.charCodeAt(j - 1))) j--;
  return j;
}

function boundaryAfter(text: string, i: number): number {
  let j = Math.min(text.length, i);
  while (j < text.length && !isSpace(text.charCodeAt(j))) j++;
  return j;
}

/** `out` and then `text[from, to)` with each whitespace run as one space, and none right after a space that `out` ends in. */
function appendCollapsed(out: string, text: string, from: number, to: number): string {
  if (from >= to) return out;
  let piece = text.slice(from, to).replace(/\s+/g, ' ');
  if (piece.charCodeAt(0) === 0x20 && out.charCodeAt(out.length - 1) === 0x20) piece = piece.slice(1);
  return out + piece;
}

export function makeSnippet(text: string, tokens: AnalyzedToken[], matches: (t: AnalyzedToken) => boolean, opts: SnippetOptions = {}): Snippet {
  const context = opts.context ?? 80;
  const maxFragments = opts.maxFragments ?? 3;
  const hits = tokens.filter(matches);
  if (hits.length === 0) {
    const end = text.length <= context * 2 ? text.length : boundaryAfter(text, context * 2);
    return { text: text.slice(0, end).replace(/\s+/g, ' ').trim() + (end < text.length ? ' …' : ''), highlights: [] };
  }
  // Windows around hits, merged where they overlap, the first few kept.
  const windows: { start: number; end: number; hits: AnalyzedToken[] }[] = [];
  for (const h of hits) {
    const start = boundaryBefore(text, h.start - context);
    const end = boundaryAfter(text, h.end + context);
    const last = windows[windows.length - 1];
    if (last && start <= last.end) {
      last.end = Math.max(last.end, end);
      last.hits.push(h);
    } else if (windows.length < maxFragments) windows.push({ start, end, hits: [h] });
  }
  let out = '';
  const highlights: [number, number][] = [];
  for (const w of windows) {
    const prefix = w.start > 0 ? '… ' : '';
    if (out !== '') out += ' ';
    out += prefix;
    // Whitespace runs collapse to one space between the hits, which hold none; offsets are taken
    // in the collapsed text.
    let pos = w.start;
    for (const h of w.hits) {
      out = appendCollapsed(out, text, pos, h.start);
      const s = out.length;
      out += text.slice(h.start, h.end);
      highlights.push([s, out.length]);
      pos = h.end;
    }
    out = appendCollapsed(out, text, pos, w.end);
    if (w.end < text.length) out = out.trimEnd() + ' …';
  }
  return { text: out, highlights };
}
