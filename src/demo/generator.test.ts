import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LetterRecord, TruthRecord } from '../core/record.js';
import { generateLetters, writeCorpus } from './index.js';
import { personalNumberCheckDigit } from './pii.js';

const N = 4000;
let letters: LetterRecord[];
let truths: TruthRecord[];

beforeAll(() => {
  letters = [];
  truths = [];
  for (const { record, truth } of generateLetters({ letters: N, seed: 42 })) {
    letters.push(record);
    truths.push(truth);
  }
});

const share = (pred: (t: TruthRecord, i: number) => boolean) => truths.filter(pred).length / truths.length;
const time = (l: LetterRecord) => Date.parse(l.received_at as string);

function shingles(text: string): Set<string> {
  const w = text.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i + 3 <= w.length; i++) out.add(w.slice(i, i + 3).join(' '));
  return out;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter || 1);
}

describe('demo generator', () => {
  it('is deterministic: the same seed gives byte-identical files, another seed different ones', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'zvarot-gen-'));
    const run = async (seed: number, name: string) => {
      await writeCorpus({ letters: 300, seed, out: path.join(dir, `${name}.jsonl`), truth: path.join(dir, `${name}.truth.jsonl`) });
      return [readFileSync(path.join(dir, `${name}.jsonl`), 'utf8'), readFileSync(path.join(dir, `${name}.truth.jsonl`), 'utf8')];
    };
    const a = await run(5, 'a');
    const b = await run(5, 'b');
    const c = await run(6, 'c');
    expect(a[0]).toBe(b[0]);
    expect(a[1]).toBe(b[1]);
    expect(a[0]).not.toBe(c[0]);
    expect(a[0]?.split('\n').filter(Boolean)).toHaveLength(300);
  });

  it('writes canonical records with a truth record for each', () => {
    expect(letters[0]).toMatchObject({ id: 'kgb-000001', body: expect.any(String), received_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+03:00$/) });
    expect(truths.map((t) => t.id)).toEqual(letters.map((l) => l.id));
    for (const l of letters) expect(l.body).not.toMatch(/undefined|\[object|NaN/);
  });

  it('mixes languages about 85 / 12 / 3', () => {
    expect(share((t) => t.lang === 'ru')).toBeGreaterThan(0.8);
    expect(share((t) => t.lang === 'ru')).toBeLessThan(0.9);
    expect(share((t) => t.lang === 'be')).toBeGreaterThan(0.08);
    expect(share((t) => t.lang === 'be')).toBeLessThan(0.16);
    expect(share((t) => t.lang === 'mixed')).toBeGreaterThan(0.015);
    expect(share((t) => t.lang === 'mixed')).toBeLessThan(0.05);
  });

  it('dates letters from 2014-09 to 2023-08, ids in date order, with a surge after the 2020 election', () => {
    const first = Date.UTC(2014, 8, 1) - 3 * 3600_000;
    const end = Date.UTC(2023, 8, 1);
    for (const l of letters) {
      expect(time(l)).toBeGreaterThanOrEqual(first);
      expect(time(l)).toBeLessThan(end);
    }
    // ids follow dates, to the day
    for (let i = 1; i < letters.length; i++) expect(time(letters[i] as LetterRecord)).toBeGreaterThan(time(letters[i - 1] as LetterRecord) - 86_400_000);
    const inMonth = (y: number, m: number) => letters.filter((l) => (l.received_at as string).startsWith(`${y}-${String(m).padStart(2, '0')}`)).length;
    const avg2019 = Array.from({ length: 12 }, (_, i) => inMonth(2019, i + 1)).reduce((a, b) => a + b) / 12;
    const autumn2020 = (inMonth(2020, 8) + inMonth(2020, 9) + inMonth(2020, 10)) / 3;
    expect(autumn2020).toBeGreaterThan(2.5 * avg2019);
  });

  it('has all seven kinds, self-denunciations only in 2021–2023 and most after February 2023', () => {
    const kinds = new Set(truths.map((t) => t.kind));
    expect([...kinds].sort()).toEqual(['appeal', 'complaint', 'denunciation', 'gratitude', 'other', 'self_denunciation', 'statement']);
    for (const [i, t] of truths.entries()) {
      if (t.kind === 'self_denunciation') expect((letters[i] as LetterRecord).received_at?.slice(0, 4)).toMatch(/^202[123]$/);
    }
    const rate = (from: string, to: string) => {
      const idx = letters.map((l, i) => [l, i] as const).filter(([l]) => (l.received_at as string) >= from && (l.received_at as string) < to);
      return idx.filter(([, i]) => truths[i]?.kind === 'self_denunciation').length / idx.length;
    };
    expect(rate('2023-02', '2023-09')).toBeGreaterThan(rate('2021-01', '2023-01'));
    expect(share((t) => t.kind === 'complaint')).toBeGreaterThan(0.12);
    expect(share((t) => t.kind === 'gratitude')).toBeLessThan(0.1);
  });

  it('records personal-data and entity spans that cover real text', () => {
    const types = new Map<string, number>();
    for (const [i, t] of truths.entries()) {
      const body = (letters[i] as LetterRecord).body;
      for (const s of [...t.pii, ...t.entities]) {
        expect(s.start).toBeGreaterThanOrEqual(0);
        expect(s.end).toBeLessThanOrEqual(body.length);
        expect(body.slice(s.start, s.end).trim()).not.toBe('');
        expect(body.slice(s.start, s.end)).toBe(body.slice(s.start, s.end).trim());
      }
      for (const p of t.pii) types.set(p.type, (types.get(p.type) ?? 0) + 1);
    }
    expect([...types.keys()].sort()).toEqual(['address', 'email', 'id_number', 'name', 'passport', 'phone']);
  });

  it('writes phones in several spellings, and valid personal numbers', () => {
    const phones = new Set<string>();
    for (const [i, t] of truths.entries()) {
      const body = (letters[i] as LetterRecord).body;
      for (const p of t.pii) {
        const text = body.slice(p.start, p.end);
        if (p.type === 'phone') phones.add(text.replace(/\d/g, '9'));
        if (p.type === 'id_number') {
          expect(text).toMatch(/^[3-6]\d{6}[ABCEHKM]\d{3}PB\d$/);
          expect(personalNumberCheckDigit(text.slice(0, 13))).toBe(Number(text[13]));
        }
      }
    }
    expect(phones.size).toBeGreaterThanOrEqual(6);
  });

  it('inflects names and places: one entity appears in several forms', () => {
    const forms = new Map<string, Set<string>>();
    for (const [i, t] of truths.entries()) {
      const body = (letters[i] as LetterRecord).body;
      for (const e of t.entities) {
        if (e.type !== 'LOC' && e.type !== 'PER') continue;
        const set = forms.get(e.id) ?? new Set<string>();
        set.add(body.slice(e.start, e.end));
        forms.set(e.id, set);
      }
    }
    const inflected = [...forms.values()].filter((s) => s.size >= 3).length;
    expect(inflected).toBeGreaterThan(20);
    const minsk = forms.get('place:minsk');
    expect(minsk && [...minsk].some((f) => f === 'Минске' || f === 'Мінску')).toBe(true);
  });

  it('has repeat senders, who spell their own name in more than one way', () => {
    const bySender = new Map<string, Set<string>>();
    for (const [i, t] of truths.entries()) {
      const set = bySender.get(t.sender) ?? new Set<string>();
      set.add((letters[i] as LetterRecord).sender?.name ?? '');
      bySender.set(t.sender, set);
    }
    const counts = truths.reduce((m, t) => m.set(t.sender, (m.get(t.sender) ?? 0) + 1), new Map<string, number>());
    expect([...counts.values()].filter((n) => n >= 3).length).toBeGreaterThan(5);
    expect([...bySender.values()].some((names) => names.size >= 2)).toBe(true);
  });

  it('writes campaigns: near-identical letters from different senders', () => {
    const byCampaign = new Map<string, number[]>();
    truths.forEach((t, i) => t.campaign && byCampaign.set(t.campaign, [...(byCampaign.get(t.campaign) ?? []), i]));
    const big = [...byCampaign.values()].filter((ix) => ix.length >= 3);
    expect(big.length).toBeGreaterThan(2);
    const sims: number[] = [];
    for (const ix of big) {
      const [a, b] = ix as [number, number];
      expect(truths[a]?.sender).not.toBe(truths[b]?.sender);
      sims.push(jaccard(shingles((letters[a] as LetterRecord).body), shingles((letters[b] as LetterRecord).body)));
    }
    const median = sims.sort((x, y) => x - y)[Math.floor(sims.length / 2)] as number;
    expect(median).toBeGreaterThan(0.5);
    // and unrelated letters of the same kind are not near-identical
    const random = jaccard(shingles((letters[10] as LetterRecord).body), shingles((letters[2000] as LetterRecord).body));
    expect(random).toBeLessThan(0.2);
  });

  it('varies length from a line to several pages, and some letters carry a formal header or a response', () => {
    const lengths = letters.map((l) => l.body.length).sort((a, b) => a - b);
    expect(lengths[0]).toBeLessThan(120);
    expect(lengths[lengths.length - 1]).toBeGreaterThan(3000);
    expect(letters.some((l) => /^(Председателю|В КГБ|Начальнику|Старшыні|У КДБ|Начальніку)/.test(l.body))).toBe(true);
    const responses = letters.filter((l) => l.response).length / letters.length;
    expect(responses).toBeGreaterThan(0.01);
    expect(responses).toBeLessThan(0.06);
  });
});
