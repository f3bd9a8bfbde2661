/**
 * Sources evaluation: real appeal datasets read through the readers and mapped to letter records
 * with the mappings documented below. Every row must land: rejected = 0 for each file.
 *
 * Mappings (target=source):
 * - spb-appeals/*.jsonl (St Petersburg city portal, times are Moscow time):
 *   id=id, received_at=dt, place=district, subject=reason, body=text (+ response=answer in sample2000)
 * - spb-appeals/raw_examples/*.json (the portal's own nested JSON, one object per file):
 *   id=id, place=district_name, subject=reason.name, sender.name=sidebar.author_name,
 *   sender.address=sidebar.full_address, received_at=feed[widget=public.petition].payload.dt,
 *   body=feed[widget=public.petition].payload.body, response=feed[widget=public.answer].payload.body
 * - kursk-appeals-2022/*.csv (text holds raw HTML, which becomes plain text with paragraphs):
 *   id=id, body=Текст Сообщения, subject=Тематика
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ingestFiles } from '../src/ingest/index.js';
import { openSqliteStore } from '../src/store/sqlite/index.js';
import { mapRecord, openSource, parseMapping, proposeMapping, type Mapping } from '../src/sources/index.js';
import type { EvalRow, EvalSection, Evaluation } from './table.js';

interface Target {
  label: string;
  path: string;
  mapping: Mapping;
  timeZone: string;
}

const SPB = 'id=id, received_at=dt, place=district, subject=reason, body=text';
const SPB_ANSWERS = `${SPB}, response=answer`;
const SPB_RAW = [
  'id=id',
  'place=district_name',
  'subject=reason.name',
  'sender.name=sidebar.author_name',
  'sender.address=sidebar.full_address',
  'received_at=feed[widget=public.petition].payload.dt',
  'body=feed[widget=public.petition].payload.body',
  'response=feed[widget=public.answer].payload.body',
].join('\n');
const KURSK = 'id=id, body=Текст Сообщения, subject=Тематика';

export const sourcesEval: Evaluation = async (dataDir: string): Promise<EvalSection> => {
  const title = 'Sources: real appeal files read and mapped to letter records';
  const targets: Target[] = [
    { label: 'spb appeals_text_labels.jsonl', path: path.join(dataDir, 'spb-appeals', 'appeals_text_labels.jsonl'), mapping: parseMapping(SPB), timeZone: 'Europe/Moscow' },
    { label: 'spb sample2000_with_answers.jsonl', path: path.join(dataDir, 'spb-appeals', 'sample2000_with_answers.jsonl'), mapping: parseMapping(SPB_ANSWERS), timeZone: 'Europe/Moscow' },
    { label: 'spb raw_examples/ (folder of JSON)', path: path.join(dataDir, 'spb-appeals', 'raw_examples'), mapping: parseMapping(SPB_RAW), timeZone: 'Europe/Moscow' },
    { label: 'kursk train_dataset_train.csv', path: path.join(dataDir, 'kursk-appeals-2022', 'train_dataset_train.csv'), mapping: parseMapping(KURSK), timeZone: 'Europe/Moscow' },
    { label: 'kursk test_dataset_test.csv', path: path.join(dataDir, 'kursk-appeals-2022', 'test_dataset_test.csv'), mapping: parseMapping(KURSK), timeZone: 'Europe/Moscow' },
  ];
  const present = targets.filter((t) => existsSync(t.path));
  if (present.length === 0) return { title, rows: [], skipped: `no spb-appeals or kursk-appeals-2022 data under ${dataDir}` };
  const rows: EvalRow[] = [];
  for (const t of present) {
    const t0 = performance.now();
    const src = await openSource(t.path);
    let read = 0;
    let mapped = 0;
    let warnings = 0;
    let withHtml = 0;
    const rejected: string[] = [];
    const samples: Record<string, unknown>[] = [];
    let columns: string[] = [];
    for await (const item of src.records) {
      read++;
      if (!item.ok) {
        rejected.push(item.error.format());
        continue;
      }
      if (samples.length < 20) {
        samples.push(item.record);
        if (columns.length === 0) columns = Object.keys(item.record);
      }
      warnings += item.warnings?.length ?? 0;
      const m = mapRecord(item.record, t.mapping, { file: item.file, ...(item.line !== undefined ? { line: item.line } : {}) }, { timeZone: t.timeZone });
      if (!m.ok) {
        rejected.push(m.error.format());
        continue;
      }
      mapped++;
      warnings += m.warnings.length;
      if (/<\/?p\b|&nbsp;/i.test(m.record.body)) withHtml++;
    }
    const seconds = (performance.now() - t0) / 1000;
    const encodings = [...new Set(src.files.map((f) => f.encoding))].join('+');
    rows.push({
      metric: `rows mapped / read, ${t.label}`,
      system: 'zvarot',
      value: read === 0 ? 0 : mapped / read,
      must: 1,
      detail: `read ${read}, mapped ${mapped}, rejected ${rejected.length}, warnings ${warnings}, markup left ${withHtml}; ${src.format}/${encodings}; ${seconds.toFixed(1)} s${rejected.length ? `; first: ${rejected[0]}` : ''}`,
    });
    // And end to end: the same file through `zvarot ingest` into a fresh archive.
    const dir = mkdtempSync(path.join(tmpdir(), 'zvarot-eval-sources-'));
    try {
      const store = openSqliteStore(path.join(dir, 'a.db'));
      const t1 = performance.now();
      const report = await ingestFiles(store, [t.path], { mapping: t.mapping, timeZone: t.timeZone });
      const inArchive = store.count();
      store.close();
      rows.push({
        metric: `letters in the archive / rows read, ${t.label}`,
        system: 'zvarot ingest',
        value: report.read === 0 ? 0 : inArchive / report.read,
        must: 1,
        detail: `read ${report.read}, stored ${report.stored}, rejected ${report.rejected.length}, warnings ${report.warnings.length}, in archive ${inArchive}; ${((performance.now() - t1) / 1000).toFixed(1)} s`,
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    if (src.format !== 'dir' && columns.length) {
      // How close the automatic proposal comes to the documented mapping.
      const proposal = proposeMapping(columns, samples).mapping;
      const wanted = Object.entries(t.mapping);
      const agree = wanted.filter(([k, v]) => (proposal as Record<string, string>)[k] === v).length;
      rows.push({
        metric: `proposed mapping agrees with documented, ${t.label}`,
        system: 'zvarot',
        value: agree / wanted.length,
        detail: `${agree} / ${wanted.length} fields; proposed ${JSON.stringify(proposal)}`,
      });
    }
  }
  return { title, rows };
};
