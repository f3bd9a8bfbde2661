/**
 * Campaigns and repeat senders against the demo generator's truth: 40 000 letters generated in
 * memory (seed 1), each with the campaign it belongs to (or none) and the person who wrote it.
 * Scored pairwise: precision is the share of letter pairs put together that belong together,
 * recall the share of pairs that belong together and were put together. Letters of no campaign
 * are singletons. Beside zvarot, the obvious baselines: identical folded text for campaigns, an
 * identical name field and an identical phone or e-mail for senders.
 */
import { generateLetters } from '../src/demo/index.js';
import type { LetterRecord, TruthRecord } from '../src/core/record.js';
import { CampaignIndex, signature } from '../src/enrich/campaigns.js';
import { SenderResolver, normalizeEmail, normalizePhone } from '../src/enrich/senders.js';
import type { EvalRow, Evaluation } from './table.js';

const LETTERS = 40_000;

interface Pairwise {
  precision: number;
  recall: number;
  f1: number;
  predicted: number;
  truePairs: number;
}

const pairs = (n: number): number => (n * (n - 1)) / 2;

/** Pairwise scores of a clustering; letters without a predicted or true group are singletons. */
function pairwise(ids: readonly string[], predicted: (id: string) => string | undefined, truth: (id: string) => string | null): Pairwise {
  const pred = new Map<string, number>();
  const tru = new Map<string, number>();
  const both = new Map<string, number>();
  for (const id of ids) {
    const p = predicted(id);
    const t = truth(id);
    if (p !== undefined) pred.set(p, (pred.get(p) ?? 0) + 1);
    if (t !== null) tru.set(t, (tru.get(t) ?? 0) + 1);
    if (p !== undefined && t !== null) {
      const k = `${p}\u0000${t}`;
      both.set(k, (both.get(k) ?? 0) + 1);
    }
  }
  const sum = (m: Map<string, number>) => [...m.values()].reduce((a, n) => a + pairs(n), 0);
  const tp = sum(both);
  const pp = sum(pred);
  const tt = sum(tru);
  const precision = pp ? tp / pp : 1;
  const recall = tt ? tp / tt : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, predicted: pp, truePairs: tt };
}

function rows(what: string, system: string, s: Pairwise, must?: number): EvalRow[] {
  const detail = `${Math.round(s.precision * s.predicted)} of ${s.predicted} pairs right, ${s.truePairs} true pairs`;
  return [
    { metric: `${what} pairwise precision`, system, value: s.precision, detail },
    { metric: `${what} pairwise recall`, system, value: s.recall },
    { metric: `${what} pairwise F1`, system, value: s.f1, ...(must === undefined ? {} : { must }) },
  ];
}

/** Text folded as far as an exact-duplicate check would: case, ё, punctuation, digits, spacing. */
function folded(body: string): string {
  return body.toLowerCase().replace(/ё/g, 'е').replace(/[^\p{L}]+/gu, ' ').trim();
}

export const campaignsEval: Evaluation = async () => {
  const letters: { record: LetterRecord & { id: string }; truth: TruthRecord }[] = [];
  for (const { record, truth } of generateLetters({ letters: LETTERS, seed: 1 })) letters.push({ record: { ...record, id: truth.id }, truth });
  const ids = letters.map((l) => l.record.id);
  const truthOf = new Map(letters.map((l) => [l.record.id, l.truth]));

  // Campaigns: signatures timed alone (the per-letter cost at ingest), then the index built from
  // scratch with nothing else kept, to measure its heap.
  let t = performance.now();
  let sigLength = 0;
  for (const l of letters) sigLength += signature(l.record.body).length;
  const sigMs = performance.now() - t;
  void sigLength;
  const bytes = letters.reduce((a, l) => a + l.record.body.length, 0);
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  t = performance.now();
  const index = new CampaignIndex();
  for (const l of letters) index.add(l.record.id, signature(l.record.body), Date.parse(l.record.received_at ?? ''));
  const indexMs = performance.now() - t - sigMs;
  gc?.();
  const campaignHeap = process.memoryUsage().heapUsed - heap0;
  const clusters = index.clusters(2);
  const camp = pairwise(ids, (id) => clusters.get(id), (id) => truthOf.get(id)!.campaign);
  const clusters3 = index.clusters(3);
  const camp3 = pairwise(ids, (id) => clusters3.get(id), (id) => truthOf.get(id)!.campaign);

  const exactText = new Map<string, string>();
  const exactOf = new Map(letters.map((l) => [l.record.id, folded(l.record.body)]));
  for (const [id, text] of exactOf) if (!exactText.has(text)) exactText.set(text, id);
  const exact = pairwise(ids, (id) => exactText.get(exactOf.get(id)!), (id) => truthOf.get(id)!.campaign);

  // Senders.
  gc?.();
  const heap1 = process.memoryUsage().heapUsed;
  t = performance.now();
  const resolver = new SenderResolver();
  for (const l of letters) resolver.add({ id: l.record.id, body: l.record.body, ...(l.record.sender ? { sender: l.record.sender } : {}), ...(l.record.place ? { place: l.record.place } : {}) });
  const senderMs = performance.now() - t;
  gc?.();
  const senderHeap = process.memoryUsage().heapUsed - heap1;
  const senderKeys = resolver.keys();
  const send = pairwise(ids, (id) => senderKeys.get(id), (id) => truthOf.get(id)!.sender);

  const nameKeyOf = new Map<string, string>();
  const contactKeyOf = new Map<string, string>();
  {
    const contactFirst = new Map<string, string>();
    for (const l of letters) {
      const s = l.record.sender;
      if (s?.name) nameKeyOf.set(l.record.id, s.name);
      const contact = (s?.phone && normalizePhone(s.phone)) || (s?.email && normalizeEmail(s.email));
      if (contact) {
        if (!contactFirst.has(contact)) contactFirst.set(contact, l.record.id);
        contactKeyOf.set(l.record.id, contactFirst.get(contact)!);
      }
    }
  }
  const byName = pairwise(ids, (id) => nameKeyOf.get(id), (id) => truthOf.get(id)!.sender);
  const byContact = pairwise(ids, (id) => contactKeyOf.get(id), (id) => truthOf.get(id)!.sender);

  const n = letters.length;
  const out: EvalRow[] = [
    ...rows('campaigns', 'zvarot', camp, 0.95),
    { metric: 'campaigns pairwise F1, campaigns of ≥ 3 letters only', system: 'zvarot', value: camp3.f1, detail: `P ${camp3.precision.toFixed(4)}, R ${camp3.recall.toFixed(4)}` },
    ...rows('campaigns', 'identical folded text', exact),
    { metric: 'campaign signature, ms per letter', system: 'zvarot', value: sigMs / n, detail: `${((sigMs / bytes) * 1500).toFixed(4)} ms per 1.5 KB; mean letter ${(bytes / n).toFixed(0)} chars` },
    { metric: 'campaign index, ms per letter', system: 'zvarot', value: indexMs / n, detail: `${index.comparisons} candidate pairs verified; ${new Set(clusters.values()).size} campaigns found, ${new Set(letters.map((l) => l.truth.campaign).filter(Boolean)).size} true` },
    {
      metric: 'campaign index in memory, heap MB',
      system: 'zvarot',
      value: campaignHeap / 2 ** 20,
      detail: `${index.size} of ${n} letters long enough to sign${gc ? '' : '; run node with --expose-gc for a steadier figure'}`,
    },
    ...rows('senders', 'zvarot', send, 0.95),
    ...rows('senders', 'identical name field', byName),
    ...rows('senders', 'identical phone or e-mail', byContact),
    {
      metric: 'sender resolution, ms per letter',
      system: 'zvarot',
      value: senderMs / n,
      detail: `${new Set(senderKeys.values()).size} senders found, ${new Set(letters.map((l) => l.truth.sender)).size} true; findPii on the body when the fields hold no phone, e-mail or number`,
    },
    { metric: 'sender resolver in memory, heap MB', system: 'zvarot', value: senderHeap / 2 ** 20, detail: `${n} letters` },
  ];
  return { title: `Campaigns and repeat senders (demo corpus, ${n} letters, pairwise)`, rows: out };
};
