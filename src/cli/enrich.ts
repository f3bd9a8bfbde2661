/**
 * One text in, its enrichment out: `zvarot classify` (kind, flags, scores, evidence) and
 * `zvarot entities` (persons, organisations, places). Both read the whole of stdin as one letter,
 * so a reporter can try a paragraph without an archive; offsets are UTF-16 code units of the input.
 */
import { classify, findEntities } from '../enrich/index.js';

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(typeof c === 'string' ? Buffer.from(c, 'utf8') : (c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

export async function classifyCommand(a: { json?: boolean; subject?: string }): Promise<void> {
  const text = await readStdin();
  const c = classify(text, a.subject ? { subject: a.subject } : {});
  if (a.json) {
    process.stdout.write(JSON.stringify({ kind: c.kind, flags: c.flags, scores: c.scores, evidence: c.evidence }) + '\n');
    return;
  }
  process.stdout.write(`kind: ${c.kind}\nflags: ${c.flags.join(', ') || '—'}\n`);
  for (const e of c.evidence) process.stdout.write(`  ${e.for.padEnd(24)} ${e.start}–${e.end}  «${e.text}»\n`);
}

export async function entitiesCommand(a: { json?: boolean }): Promise<void> {
  const text = await readStdin();
  const entities = findEntities(text).map((e) => ({ type: e.type, start: e.start, end: e.end, text: e.text, id: e.id, ...(e.public ? { public: true } : {}) }));
  if (a.json) {
    process.stdout.write(JSON.stringify(entities) + '\n');
    return;
  }
  for (const e of entities) process.stdout.write(`${e.type}  ${e.start}–${e.end}  ${e.id}${e.public ? ' (public)' : ''}  «${e.text}»\n`);
}
