import { describe, expect, it } from 'vitest';
import { generateLetters } from '../demo/index.js';
import { prepareLetter } from '../ingest/index.js';
import { search } from '../query/search.js';
import { openSqliteStore } from '../store/sqlite/index.js';
import { Presenter } from './present.js';
import { Pseudonyms, seesRaw } from './pseudonyms.js';
import { detectPersonal, redact } from './redact.js';

const SECRET = 'a'.repeat(64);

describe('Pseudonyms', () => {
  const p = new Pseudonyms(SECRET);

  it('gives one identity one pseudonym, whatever its spelling, and another under another secret', () => {
    const phones = ['+375 29 123-45-67', '8 029 1234567', '80291234567'].map((t) => p.replacement('phone', t));
    expect(new Set(phones).size).toBe(1);
    expect(phones[0]).toMatch(/^\+375 •• ••• ••67 \[[0-9A-F]{6}\]$/);
    expect(p.replacement('email', 'Ivanov@Mail.RU')).toBe(p.replacement('email', 'ivanov@mail.ru'));
    expect(p.replacement('name', 'Иванову И.И.', 'per:vn.и')).toBe(p.replacement('name', 'Иван Иванов', 'per:vn.и'));
    expect(p.replacement('name', 'Иванову И.И.', 'per:vn.и')).toMatch(/^Person [0-9A-F]{6}$/);
    expect(p.replacement('name', 'Петров', 'per:ptr')).not.toBe(p.replacement('name', 'Иванов', 'per:vn.и'));
    expect(new Pseudonyms('b'.repeat(64)).replacement('name', 'Иванов', 'per:vn.и')).not.toBe(p.replacement('name', 'Иванов', 'per:vn.и'));
    expect(p.replacement('card', '4276 3800 1234 5678')).toBe('card •••• 5678');
  });

  it('refuses a short secret, and lets admins and editors see raw data', () => {
    expect(() => new Pseudonyms('short')).toThrow();
    expect([seesRaw('admin'), seesRaw('editor'), seesRaw('researcher')]).toEqual([true, true, false]);
  });
});

describe('redact', () => {
  it('replaces spans and moves offsets around them', () => {
    const p = new Pseudonyms(SECRET);
    const text = 'Звонил Иванов Иван, тел. +375 29 123-45-67, вчера.';
    const spans = detectPersonal(text);
    expect(spans.map((s) => s.type)).toEqual(['name', 'phone']);
    const r = redact(text, spans, p);
    expect(r.text).not.toContain('Иванов');
    expect(r.text).not.toContain('123-45-67');
    // Words outside the spans keep their text at the moved offsets.
    const at = text.indexOf('вчера');
    expect(r.text.slice(r.map(at), r.map(at + 5, true))).toBe('вчера');
    expect(r.text.slice(r.map(0), r.map(6, true))).toBe('Звонил');
    // A span covering a name maps onto its pseudonym.
    const name = spans[0]!;
    expect(r.text.slice(r.map(name.start), r.map(name.end, true))).toMatch(/^Person [0-9A-F]{6}$/);
    expect(r.text.slice(r.map(name.start + 2), r.map(name.end - 2, true))).toMatch(/^Person [0-9A-F]{6}$/);
  });
});

describe('Presenter', () => {
  const store = openSqliteStore(':memory:');
  const letters = [...generateLetters({ letters: 400, seed: 11 })];
  store.putBatch(
    letters.map(({ record, truth }, i) => prepareLetter({ ...record, id: truth.id } as unknown as Record<string, unknown>, { file: 'demo', line: i + 1 })),
    'privacy',
  );
  /** Every piece of personal data the generator put in, as written: the body's spans and the sender fields. */
  const secrets = new Set<string>();
  for (const { record, truth } of letters) {
    for (const s of truth.pii) secrets.add(record.body.slice(s.start, s.end));
    for (const v of Object.values(record.sender ?? {})) if (typeof v === 'string' && v.length > 4) secrets.add(v);
  }
  // As whole words: the surname Волков inside the town Волковыск is no leak.
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const patterns = [...secrets].map((s) => ({ s, re: new RegExp(`(?<![\\p{L}\\p{N}])${escape(s)}(?![\\p{L}\\p{N}])`, 'u') }));
  /** Every string in a response (keys and values), apart. */
  const strings = (x: unknown): string =>
    typeof x === 'string' ? x : Array.isArray(x) ? x.map(strings).join('\u0000') : x && typeof x === 'object' ? Object.entries(x).map(([k, v]) => `${k}\u0000${strings(v)}`).join('\u0000') : String(x);
  const leaks = (response: unknown) => {
    const all = strings(response);
    return patterns.filter((p) => p.re.test(all)).map((p) => p.s);
  };

  it('shows researchers no personal data of any letter, in any field, and keeps evidence on the right words', () => {
    const researcher = new Presenter({ role: 'researcher' }, store.secret());
    expect(secrets.size).toBeGreaterThan(500);
    let evidence = 0;
    for (const { truth } of letters) {
      const raw = store.getLetter(truth.id)!;
      const shown = researcher.letter(raw);
      expect(leaks(shown), truth.id).toEqual([]);
      const e = shown.derived.enrichment as { evidence: { start: number; end: number; text: string }[] };
      for (const ev of e.evidence) {
        expect(shown.body.slice(ev.start, ev.end)).toBe(ev.text);
        evidence++;
      }
    }
    expect(evidence).toBeGreaterThan(100);
  });

  it('gives editors the letter as written', () => {
    const editor = new Presenter({ role: 'editor' }, store.secret());
    const raw = store.getLetter(letters[0]!.truth.id)!;
    expect(editor.letter(raw)).toBe(raw);
  });

  it('keeps personal data out of researchers\' snippets and facets, and one person one pseudonym across letters', () => {
    const researcher = new Presenter({ role: 'researcher' }, store.secret());
    // Search for the names themselves: the letters match, but what comes back names no one.
    const names = letters.flatMap(({ record, truth }) => truth.pii.filter((s) => s.type === 'name').map((s) => record.body.slice(s.start, s.end))).slice(0, 25);
    for (const q of ['прошу', 'сосед', ...names.map((n) => `"${n}"`)]) {
      // The query is echoed as typed: the researcher's own words are not the archive's.
      const { query: _typed, ...res } = search(store, { q, limit: 50 }, researcher);
      expect(leaks(res), q).toEqual([]);
    }
    const all = search(store, { q: '', limit: 1 }, researcher);
    const persons = all.facets.person!;
    expect(persons.filter((v) => v.private).length).toBeGreaterThan(0);
    for (const v of persons.filter((x) => x.private)) expect(v.value).toMatch(/^per:~[0-9A-F]{6}$/);
    expect(leaks(all.facets)).toEqual([]);
    // The same raw facet value always becomes the same pseudonym, and that pseudonym is the one in the letters.
    const raw = search(store, { q: '', limit: 1 }).facets.person!.find((v) => v.private)!;
    const code = researcher.facets({ person: [raw] }).person![0]!.value;
    expect(researcher.facets({ person: [raw] }).person![0]!.value).toBe(code);
    const mentioning = search(store, { q: `person:"${raw.value}"`, limit: 5 }).hits.map((h) => h.id);
    expect(mentioning.length).toBeGreaterThan(0);
    // The researcher filters by the pseudonym the facet gave, and gets the same letters.
    expect(search(store, { q: `person:"${code}"`, limit: 5 }, researcher).hits.map((h) => h.id)).toEqual(mentioning);
    expect(search(store, { q: 'person:"per:~000000"', limit: 5 }, researcher).total).toBe(0);
    for (const id of mentioning) {
      const shown = researcher.letter(store.getLetter(id)!);
      const ids = (shown.derived.enrichment as { entities: { id: string }[] }).entities.map((x) => x.id);
      expect(ids).toContain(code);
    }
  });
});
