/**
 * Named entities on FactRuEval-2016 (news text, Russian), scored the way the natasha/naeval
 * benchmark scores this collection (naeval/ner/sources/factru.py, naeval/ner/adapt.py
 * `adapt_factru`, naeval/ner/score.py, naeval/ner/bio.py):
 *
 * - gold: a Person object is one PER span from its first to its last span (name … surname); an Org
 *   gives one ORG span per `org_name` span, a Location or LocOrg one LOC span per `loc_name` span
 *   (descriptors such as "области", "партии", "ОАО" are not part of the name); spans that overlap an
 *   earlier or longer one are dropped, and so are spans whose bounds do not fall on token bounds;
 * - the score is token-level, not span-level: the text is cut into razdel-like tokens, each token
 *   is tagged I-type or O from the gold and from the system for one type at a time, and precision
 *   and recall count tokens, summed over all documents.
 *
 * A system's spans are adapted to that convention before scoring, as naeval adapts each system
 * (for pullenti it strips quotes, brackets and dashes): zvarot's spans lose their outer quotes, a
 * leading legal form before a quoted name ("ОАО «Нафтан»" → "Нафтан") and a place's type word
 * ("ул. Ленина" → "Ленина", "Тверской площади" → "Тверской").
 *
 * Besides naeval's token F1, exact-span F1 (the adapted span equals the gold span) and the recall
 * of person names (the share of gold PER spans wholly covered by zvarot's PER spans, before any
 * adaptation: names are what redaction must not miss) are reported.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { findEntities, type Entity } from '../src/enrich/entities.js';
import type { EvalRow, Evaluation } from './table.js';

type Kind = 'PER' | 'LOC' | 'ORG';
const KINDS: readonly Kind[] = ['PER', 'LOC', 'ORG'];

interface Span {
  start: number;
  stop: number;
  type: Kind;
}

interface Doc {
  id: string;
  text: string;
  gold: Span[];
}

// ---------------------------------------------------------------------------------------------
// Loading (the corus reader: .spans give character offsets and lengths, .objects list span ids).

interface RawSpan {
  id: string;
  type: string;
  start: number;
  stop: number;
}

function parseSpans(text: string): Map<string, RawSpan> {
  const out = new Map<string, RawSpan>();
  for (const line of text.split('\n')) {
    const parts = line.trim().split(/\s+/);
    if (parts.length < 4) continue;
    const [id, type, start, size] = parts as [string, string, string, string];
    out.set(id, { id, type, start: Number(start), stop: Number(start) + Number(size) });
  }
  return out;
}

/** naeval's filter_overlapping: sorted by start and longest first, a span overlapping the last kept one goes. */
function filterOverlapping<T extends { start: number; stop: number }>(spans: T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.stop - a.stop);
  const dropped = new Set<T>();
  let previous: T | undefined;
  for (const s of sorted) {
    if (previous && previous.stop > s.start) {
      dropped.add(s);
      continue;
    }
    previous = s;
  }
  return spans.filter((s) => !dropped.has(s));
}

function goldSpans(spansText: string, objectsText: string): Span[] {
  const spans = parseSpans(spansText);
  const out: Span[] = [];
  for (const line of objectsText.split('\n')) {
    const parts = line.split('#')[0]!.trim().split(/\s+/);
    if (parts.length < 3) continue;
    const type = parts[1];
    const own: RawSpan[] = [];
    for (const id of parts.slice(2)) {
      if (!/^\d+$/.test(id)) break;
      const s = spans.get(id);
      if (s) own.push(s);
    }
    if (!own.length) continue;
    if (type === 'Person') {
      out.push({ start: Math.min(...own.map((s) => s.start)), stop: Math.max(...own.map((s) => s.stop)), type: 'PER' });
    } else if (type === 'Org') {
      for (const s of filterOverlapping(own.filter((s) => s.type === 'org_name'))) out.push({ start: s.start, stop: s.stop, type: 'ORG' });
    } else if (type === 'LocOrg' || type === 'Location') {
      for (const s of filterOverlapping(own.filter((s) => s.type === 'loc_name'))) out.push({ start: s.start, stop: s.stop, type: 'LOC' });
    }
  }
  return filterOverlapping(out);
}

function loadDocs(dir: string): Doc[] {
  const docs: Doc[] = [];
  for (const name of readdirSync(dir).sort()) {
    const m = /^book_(\d+)\.txt$/.exec(name);
    if (!m) continue;
    const base = path.join(dir, `book_${m[1]}`);
    if (!existsSync(`${base}.spans`) || !existsSync(`${base}.objects`)) continue;
    const text = readFileSync(`${base}.txt`, 'utf8');
    docs.push({ id: m[1]!, text, gold: goldSpans(readFileSync(`${base}.spans`, 'utf8'), readFileSync(`${base}.objects`, 'utf8')) });
  }
  return docs;
}

// ---------------------------------------------------------------------------------------------
// Tokens, as razdel cuts them near enough for tagging: words with inner hyphens, apostrophes and
// dots between letters ("Нью-Йорк", "25-летний", "TUT.BY"), numbers with inner separators, and
// every other non-space character alone.

interface Token {
  start: number;
  stop: number;
}

const TOKEN = /[\p{L}\p{N}]+(?:[-'’ʼ.,][\p{L}\p{N}]+)*|\S/gu;

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0];
    // "Лужков." keeps its dot apart; "4,5" keeps its comma only between digits.
    if (/[,]/.test(t) && !/^\d+(?:,\d+)+$/.test(t)) {
      let at = m.index;
      for (const piece of t.split(/(,)/)) {
        if (piece) out.push({ start: at, stop: at + piece.length });
        at += piece.length;
      }
      continue;
    }
    out.push({ start: m.index, stop: m.index + t.length });
  }
  return out;
}

/** naeval's filter_misaligned_spans: a span must start where a token starts and stop where one stops. */
function aligned(spans: Span[], tokens: Token[]): Span[] {
  const starts = new Set(tokens.map((t) => t.start));
  const stops = new Set(tokens.map((t) => t.stop));
  return spans.filter((s) => starts.has(s.start) && stops.has(s.stop));
}

/** naeval's spans_io for one type: a token is inside from the span's start until a token reaches its stop. */
function ioTags(tokens: Token[], spans: Span[]): boolean[] {
  const tags: boolean[] = [];
  let k = 0;
  for (const t of tokens) {
    let inside = false;
    const s = spans[k];
    if (s) {
      if (t.start >= s.start) inside = true;
      if (t.stop >= s.stop) k++;
    }
    tags.push(inside);
  }
  return tags;
}

// ---------------------------------------------------------------------------------------------
// Adapting zvarot's spans to FactRuEval's convention of what the name is.

const QUOTES = '"\'”«„ʼ»“ʻ';
const LEGAL_FORM = /^(?:[А-ЯЁA-Z]{2,6}|[А-ЯЁ][а-яё]+)\s*(?=[«"„“])/u;
/** Place type words written before or after the name; FactRuEval marks them as descriptors. */
const LOC_DESCR = new Set(
  (
    'ул улица улице улицы улицу улицей вул вуліца вуліцы вуліцу вуліцай вуліцы пр пр-т проспект проспекта проспекте проспекту проспектом праспект праспекта праспекце ' +
    'пер переулок переулка переулке зав завулак пл площадь площади площадью плошча плошчы бульвар бульвара бульваре б-р ш шоссе тракт тракта тракте наб набережная набережной ' +
    'г гор город города городе городу городом горад горада горадзе д дер деревня деревни деревне деревню аг агрогородок агрогородка агрогородке п пос посёлок поселок посёлка поселка посёлке поселке ' +
    'с село села селе в вёска вёскі вёсцы мкр микрорайон микрорайона микрорайоне'
  ).split(' '),
);

function adapt(text: string, entities: Entity[]): Span[] {
  const out: Span[] = [];
  for (const e of entities) {
    let start = e.start;
    let stop = e.end;
    if (e.type === 'ORG') {
      const lf = LEGAL_FORM.exec(text.slice(start, stop));
      if (lf && /^[«"„“]/.test(text.slice(start + lf[0].length, stop)) && QUOTES.includes(text[stop - 1] ?? '')) start += lf[0].length;
    }
    if (e.type === 'LOC') {
      // Type words at either end, with their dots: "ул. Ленина", "в деревне Малиновка", "Тверской площади".
      for (;;) {
        const m = /^([\p{L}-]+)\.?\s+/u.exec(text.slice(start, stop));
        if (!m || !LOC_DESCR.has(m[1]!.toLowerCase())) break;
        start += m[0].length;
      }
      for (;;) {
        const m = /\s+([\p{L}-]+)\.?$/u.exec(text.slice(start, stop));
        if (!m || !LOC_DESCR.has(m[1]!.toLowerCase())) break;
        stop -= m[0].length;
      }
    }
    while (start < stop && QUOTES.includes(text[start]!) && QUOTES.includes(text[stop - 1]!)) {
      start++;
      stop--;
    }
    while (start < stop && /\s/.test(text[start]!)) start++;
    while (stop > start && /\s/.test(text[stop - 1]!)) stop--;
    if (stop > start) out.push({ start, stop, type: e.type });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Scoring.

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const prec = (c: Counts) => (c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0);
const rec = (c: Counts) => (c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0);
const f1 = (c: Counts) => {
  const p = prec(c);
  const r = rec(c);
  return p + r ? (2 * p * r) / (p + r) : 0;
};

export interface EntityScores {
  token: Record<Kind, Counts>;
  exact: Record<Kind, Counts>;
  names: { covered: number; total: number };
  docs: number;
  chars: number;
  /** Milliseconds spent in findEntities over all documents, once. */
  ms: number;
}

/** Scores findEntities over FactRuEval documents in `dir` (a devset or testset folder). */
export function scoreFactru(dir: string, onDoc?: (doc: Doc, predicted: Span[], entities: Entity[]) => void): EntityScores {
  const docs = loadDocs(dir);
  const token = { PER: zero(), LOC: zero(), ORG: zero() };
  const exact = { PER: zero(), LOC: zero(), ORG: zero() };
  const names = { covered: 0, total: 0 };
  let ms = 0;
  let chars = 0;
  for (const doc of docs) {
    const t0 = performance.now();
    const entities = findEntities(doc.text, 'ru');
    ms += performance.now() - t0;
    chars += doc.text.length;
    const tokens = tokenize(doc.text);
    const gold = aligned(doc.gold, tokens).sort((a, b) => a.start - b.start);
    const pred = aligned(filterOverlapping(adapt(doc.text, entities)), tokens).sort((a, b) => a.start - b.start);
    onDoc?.(doc, pred, entities);
    for (const kind of KINDS) {
      const g = ioTags(tokens, gold.filter((s) => s.type === kind));
      const p = ioTags(tokens, pred.filter((s) => s.type === kind));
      for (let i = 0; i < tokens.length; i++) {
        if (p[i] && g[i]) token[kind].tp++;
        else if (p[i]) token[kind].fp++;
        else if (g[i]) token[kind].fn++;
      }
      const gs = new Set(gold.filter((s) => s.type === kind).map((s) => `${s.start}:${s.stop}`));
      const ps = new Set(pred.filter((s) => s.type === kind).map((s) => `${s.start}:${s.stop}`));
      for (const k of ps) (gs.has(k) ? exact[kind].tp++ : exact[kind].fp++);
      for (const k of gs) if (!ps.has(k)) exact[kind].fn++;
    }
    // Person-name recall: every token of the gold name inside some returned PER span.
    const per = entities.filter((e) => e.type === 'PER');
    for (const g of doc.gold) {
      if (g.type !== 'PER') continue;
      names.total++;
      const inner = tokens.filter((t) => t.start >= g.start && t.stop <= g.stop && /[\p{L}\p{N}]/u.test(doc.text.slice(t.start, t.stop)));
      if (inner.every((t) => per.some((e) => e.start <= t.start && e.end >= t.stop))) names.covered++;
    }
  }
  return { token, exact, names, docs: docs.length, chars, ms };
}

const SPLITS = ['testset', 'devset'] as const;

export const entitiesEval: Evaluation = async (dataDir) => {
  const title = 'Named entities (FactRuEval-2016)';
  const root = path.join(dataDir, 'factRuEval-2016');
  const split = SPLITS.find((s) => existsSync(path.join(root, s)));
  if (!split) return { title, rows: [], skipped: `missing ${path.join(root, 'devset')}` };
  const s = scoreFactru(path.join(root, split));
  const rows: EvalRow[] = [];
  const must: Record<Kind, number> = { PER: 0.93, LOC: 0.85, ORG: 0.72 };
  const pr = (c: Counts) => `P ${prec(c).toFixed(3)} R ${rec(c).toFixed(3)}`;
  for (const kind of KINDS) {
    const c = s.token[kind];
    rows.push({
      metric: `${kind} F1, naeval token-level, ${split}`,
      system: 'zvarot',
      value: f1(c),
      must: must[kind],
      detail: `${pr(c)}; ${c.tp + c.fn} gold tokens`,
    });
  }
  for (const kind of KINDS) {
    const c = s.exact[kind];
    rows.push({ metric: `${kind} F1, exact span, ${split}`, system: 'zvarot', value: f1(c), detail: `${pr(c)}; ${c.tp + c.fn} gold spans` });
  }
  rows.push({
    metric: `person-name recall (gold PER wholly inside PER spans), ${split}`,
    system: 'zvarot',
    value: s.names.covered / (s.names.total || 1),
    must: 0.98,
    detail: `${s.names.covered}/${s.names.total}`,
  });
  // Speed, warm: the same texts again, cut into 1 KB pieces (a letter's size).
  const pieces: string[] = [];
  for (const name of readdirSync(path.join(root, split))) {
    if (!name.endsWith('.txt')) continue;
    const text = readFileSync(path.join(root, split, name), 'utf8');
    for (let i = 0; i < text.length; i += 1024) pieces.push(text.slice(i, i + 1024));
  }
  const t0 = performance.now();
  for (let r = 0; r < 3; r++) for (const p of pieces) findEntities(p, 'ru');
  const ms = (performance.now() - t0) / 3;
  rows.push({
    metric: 'findEntities speed, 1 KB texts per second (one core, warm)',
    system: 'zvarot',
    value: ms ? (pieces.length / ms) * 1000 : 0,
    detail: `${pieces.length} pieces in ${ms.toFixed(0)} ms: ${((ms / pieces.length) * 1000).toFixed(0)} µs each (cold first pass: ${s.ms.toFixed(0)} ms for ${(s.chars / 1024).toFixed(0)} KB)`,
  });
  return { title, rows };
};
