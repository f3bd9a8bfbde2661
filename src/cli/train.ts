/**
 * `zvarot train NAME --labels FILE.csv --db ARCHIVE`: a reporter teaches the archive a category.
 * The CSV gives letter ids and labels (a few hundred rows); zvarot cross-validates a classifier on
 * them and prints how often it is right beside always answering the most common label, then trains
 * on all of them, labels every letter of the archive, and stores the labels as the facet
 * `class:NAME` and the filter `class:NAME=label`. Rows it cannot use (an unknown id, an empty
 * label) are reported with their line and skipped; the rest are used.
 */
import { ZvarotError } from '../core/errors.js';
import { crossValidate, predict, train, type CrossValidation, type Example } from '../enrich/train.js';
import { openSource } from '../sources/index.js';
import { openSqliteStore } from '../store/sqlite/index.js';
import { progress } from './progress.js';

export interface TrainArgs {
  name: string;
  labels: string;
  db: string;
  folds: number;
  json?: boolean;
}

export interface TrainReport {
  name: string;
  /** Usable labelled letters, and the rows skipped with why. */
  examples: number;
  skipped: { file: string; line?: number; code: string; message: string }[];
  crossValidation: CrossValidation;
  /** Letters of the archive given each label. */
  applied: Record<string, number>;
}

const ID_COLUMNS = ['id', 'letter', 'letter_id', 'letterid', 'doc', 'document'];
const LABEL_COLUMNS = ['label', 'class', 'category', 'tag', 'kind'];

/** A classifier's name as it appears in `class:NAME=…`: letters, digits, _ and -. */
const NAME = /^[\p{L}\p{N}_-]{1,64}$/u;

function pick(record: Record<string, unknown>, names: string[], position: number): unknown {
  const keys = Object.keys(record);
  const named = keys.find((k) => names.includes(k.trim().toLowerCase()));
  return record[named ?? (keys[position] as string)];
}

export async function trainCommand(a: TrainArgs): Promise<TrainReport> {
  if (!NAME.test(a.name)) throw new ZvarotError('E_USAGE', `a classifier's name is letters, digits, _ and - (it is used as class:${a.name}=…), not "${a.name}"`);
  const store = openSqliteStore(a.db, { mustExist: true });
  try {
    const skipped: TrainReport['skipped'] = [];
    const examples: (Example & { id: string })[] = [];
    const source = await openSource(a.labels, { format: 'csv' });
    for await (const item of source.records) {
      const where = { file: item.file, ...(item.line !== undefined ? { line: item.line } : {}) };
      if (!item.ok) {
        skipped.push({ ...where, code: item.error.code, message: item.error.message });
        continue;
      }
      const id = String(pick(item.record, ID_COLUMNS, 0) ?? '').trim();
      const label = String(pick(item.record, LABEL_COLUMNS, 1) ?? '').trim();
      if (!id || !label) {
        skipped.push({ ...where, code: 'E_TRAIN_LABELS', message: 'the row needs a letter id and a label' });
        continue;
      }
      const letter = store.getLetter(id);
      if (!letter) {
        skipped.push({ ...where, code: 'E_TRAIN_LABELS', message: `no letter with id "${id}" in the archive` });
        continue;
      }
      examples.push({ id, label, text: letter.subject ? `${letter.subject}\n${letter.body}` : letter.body });
    }
    if (examples.length < a.folds) {
      throw new ZvarotError('E_TRAIN_LABELS', `${a.labels} gives ${examples.length} usable labelled letters; cross-validation in ${a.folds} folds needs at least ${a.folds}`, { file: a.labels });
    }
    const log = (s: string) => {
      if (!a.json) process.stderr.write(s);
    };
    log(`Cross-validating on ${examples.length} letters (${a.folds} folds)…\n`);
    const cv = crossValidate(examples, a.folds);
    const model = train(examples);
    const total = store.count();
    const bar = progress('labelling', { enabled: !a.json && process.stderr.isTTY === true });
    const labels: { id: string; label: string; score: number }[] = [];
    const applied: Record<string, number> = {};
    for (const letter of store.letters()) {
      const p = predict(model, letter.subject ? `${letter.subject}\n${letter.body}` : letter.body, letter.derived.lang === 'be' ? 'be' : 'ru');
      labels.push({ id: letter.id, label: p.label, score: p.score });
      applied[p.label] = (applied[p.label] ?? 0) + 1;
      if (labels.length % 1000 === 0) bar.update(labels.length, total);
    }
    bar.done();
    store.saveClassifier(a.name, model, { ...cv, trainedOn: examples.length }, labels);
    const report: TrainReport = { name: a.name, examples: examples.length, skipped, crossValidation: cv, applied };
    if (a.json) process.stdout.write(JSON.stringify(report) + '\n');
    else {
      const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
      for (const s of skipped.slice(0, 20)) process.stdout.write(`  skipped ${s.file}:${s.line ?? ''}: ${s.code}: ${s.message}\n`);
      if (skipped.length > 20) process.stdout.write(`  … ${skipped.length - 20} more rows skipped; --json lists them all\n`);
      process.stdout.write(
        `${a.name}: ${examples.length} labelled letters, ${Object.keys(model.trainedOn).length} labels.\n` +
          `Cross-validated (${a.folds} folds): accuracy ${pct(cv.accuracy)}, macro-F1 ${pct(cv.macroF1)}; ` +
          `always "${cv.majority.label}": accuracy ${pct(cv.majority.accuracy)}, macro-F1 ${pct(cv.majority.macroF1)}.\n`,
      );
      for (const [label, f] of Object.entries(cv.perLabel)) process.stdout.write(`  ${label}: precision ${pct(f.precision)}, recall ${pct(f.recall)} (${f.support} labelled)\n`);
      process.stdout.write(`Labelled ${labels.length} letters: ${Object.entries(applied).map(([l, n]) => `${l} ${n}`).join(', ')}. Facet class:${a.name}; filter class:${a.name}=LABEL.\n`);
    }
    return report;
  } finally {
    store.close();
  }
}
