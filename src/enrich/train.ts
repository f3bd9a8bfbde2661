/**
 * A classifier the reporter trains: a few hundred letters labelled by hand (letter id, label), and
 * zvarot learns the category and applies it to the whole archive, with the accuracy it can expect
 * measured by cross-validation first.
 *
 * Features are the project's own analysis (language/analyze.ts): the stems of the words under each
 * paragraph's language (Russian Snowball, zvarot's Belarusian stemmer), and pairs of adjacent stems.
 * Each term is weighted by 1 + log(count) times its inverse document frequency, and each letter's
 * vector is scaled to length 1, so that long and short letters weigh alike.
 *
 * The model is linear, and was chosen by measurement (eval/train.ts) among three, on the same
 * terms: a one-vs-rest linear SVM (squared hinge loss, dual coordinate descent, as in LIBLINEAR),
 * multinomial logistic regression (SGD, L2), and complement naive Bayes. The SVM is the default: it
 * had the best accuracy on every test (St Petersburg appeals split by date, 300 of them, Kursk
 * 5-fold) and the best macro-F1 on all but Kursk (complement naive Bayes: 0.01 more macro-F1 at
 * 2.6 points less accuracy); over logistic regression it gains 0.1 to 1.2 points of accuracy and 0.4
 * to 5 points of macro-F1, the most with few labels. Its scores, a softmax of the decision values
 * at temperature 4, are about as well calibrated as the regression's probabilities (expected
 * calibration error on the St Petersburg test months 0.02 trained on all earlier letters, 0.12 on
 * 300 of them; the regression's 0.07 and 0.08).
 *
 * Rare labels: each example weighs sqrt(mean label count / its label's count), which raised
 * macro-F1 by three to ten points over no weighting and cost less accuracy than full balancing.
 * Size: the 30,000 most frequent terms at most, weights as one signed byte each against the
 * term's largest weight.
 *
 * Pure: no SQLite, HTTP or terminal. Training is deterministic: one seeded generator orders the
 * examples and splits the folds, so the same labels give the same model and the same figures.
 */
import { ZvarotError } from '../core/errors.js';
import { analyze } from '../language/analyze.js';
import type { TextLang } from '../language/types.js';

export interface Example {
  text: string;
  label: string;
}

export type ModelKind = 'logreg' | 'svm' | 'cnb';

export interface TrainOptions {
  /** Which linear model: 'svm' (default), 'logreg' or 'cnb' (complement naive Bayes). */
  model?: ModelKind;
  /** Pairs of adjacent stems as terms besides single stems (default true). */
  bigrams?: boolean;
  /** A term must occur in at least this many training letters (default 2, or 1 under 200 letters). */
  minDf?: number;
  /** At most this many terms, the most frequent first (default 30,000). */
  maxFeatures?: number;
  /** Passes over the data (svm at most 30, logreg 12). */
  epochs?: number;
  /** L2 penalty of logistic regression per example (default 1e-5). */
  l2?: number;
  /** SVM cost (default 0.5). */
  c?: number;
  /** Complement naive Bayes smoothing (default 0.3). */
  alpha?: number;
  /**
   * Weigh labels against their frequency: 'sqrt' (default) weighs each example by
   * sqrt(mean label count / its label's count), true by the full ratio, false not at all.
   */
  balance?: boolean | 'sqrt';
  /** Seed of the generator that orders the examples (default 1). */
  seed?: number;
  /** The letters' language when known; else it is identified per letter. */
  lang?: TextLang;
}

/** A trained classifier: plain JSON (JSON.stringify / JSON.parse round-trip it). */
export interface TrainedModel {
  format: 'zvarot-classifier';
  version: 1;
  model: ModelKind;
  labels: string[];
  bigrams: boolean;
  /** Training letters; with `df` it gives each term's inverse document frequency. */
  examples: number;
  /** The terms kept, and how many training letters hold each. */
  terms: string[];
  df: number[];
  /**
   * The weights, terms.length × labels.length term by term, as signed bytes in base64: the weight
   * of term t for label k is byte[t × labels + k] × scale[t].
   */
  weights: string;
  scale: number[];
  bias: number[];
  /** Scores are softmax(temperature × decision values). */
  temperature: number;
  /** Examples per label the model was trained on. */
  trainedOn: Record<string, number>;
}

export interface Prediction {
  label: string;
  /** How sure: the softmax of the decision values (see TEMPERATURE), between 0 and 1; scores sum to 1. */
  score: number;
  scores: Record<string, number>;
}

export interface LabelFigures {
  precision: number;
  recall: number;
  f1: number;
  /** Gold examples of the label. */
  support: number;
}

export interface Figures {
  accuracy: number;
  macroF1: number;
  perLabel: Record<string, LabelFigures>;
}

export interface CrossValidation extends Figures {
  folds: number;
  examples: number;
  /** Always answering the most frequent label of the training folds. */
  majority: { label: string; accuracy: number; macroF1: number };
}

const MIN_LABELS = 2;

/**
 * Turns decision values into scores that read as probabilities. The SVM's 4 was measured: of 1, 2,
 * 3, 4, 5 and 8 the lowest log-loss on St Petersburg's test months trained on all the earlier
 * letters (5 when trained on 300 of them, 4 next). Logistic regression's are probabilities as they
 * stand; complement naive Bayes's normalised log weights are small numbers, and its scores only rank.
 */
const TEMPERATURE: Record<ModelKind, number> = { svm: 4, logreg: 1, cnb: 50 };

// ---------------------------------------------------------------------------------------------
// Terms
// ---------------------------------------------------------------------------------------------

/** The terms of a text: stems of its words, then pairs of adjacent word stems (joined by a space). */
export function textTerms(text: string, opts: { bigrams?: boolean; lang?: TextLang } = {}): string[] {
  const stems: string[] = [];
  for (const t of analyze(text, opts.lang).tokens) if (t.kind === 'word') stems.push(t.stem);
  return stemTerms(stems, opts.bigrams ?? true);
}

/** Terms from stems already at hand (an archive's stored analysis, say). */
export function stemTerms(stems: readonly string[], bigrams = true): string[] {
  const out = stems.slice();
  if (bigrams) for (let i = 1; i < stems.length; i++) out.push(`${stems[i - 1]} ${stems[i]}`);
  return out;
}

/** Every distinct term gets a number once, so that a letter is an Int32Array, not strings. */
class Interner {
  readonly ids = new Map<string, number>();
  readonly names: string[] = [];

  doc(terms: readonly string[]): Int32Array {
    const out = new Int32Array(terms.length);
    for (let j = 0; j < terms.length; j++) {
      const t = terms[j]!;
      let id = this.ids.get(t);
      if (id === undefined) {
        id = this.names.length;
        this.ids.set(t, id);
        this.names.push(t);
      }
      out[j] = id;
    }
    return out;
  }
}

interface Sparse {
  idx: Int32Array;
  val: Float64Array;
}

/**
 * Sublinear TF-IDF of a letter's feature numbers (-1: not in the vocabulary), scaled to length 1.
 * `counts` is scratch space of one slot per feature, all zero, and left all zero.
 */
function weigh(features: ArrayLike<number>, idf: ArrayLike<number>, counts: Float64Array): Sparse {
  const touched: number[] = [];
  for (let j = 0; j < features.length; j++) {
    const f = features[j]!;
    if (f < 0) continue;
    if (counts[f] === 0) touched.push(f);
    counts[f]!++;
  }
  const idx = Int32Array.from(touched);
  const val = new Float64Array(idx.length);
  let norm = 0;
  for (let j = 0; j < idx.length; j++) {
    const f = idx[j]!;
    const v = (1 + Math.log(counts[f]!)) * idf[f]!;
    counts[f] = 0;
    val[j] = v;
    norm += v * v;
  }
  if (norm > 0) {
    const s = 1 / Math.sqrt(norm);
    for (let j = 0; j < val.length; j++) val[j]! *= s;
  }
  return { idx, val };
}

// ---------------------------------------------------------------------------------------------
// Checks and helpers
// ---------------------------------------------------------------------------------------------

function labelError(message: string): ZvarotError {
  return new ZvarotError('E_TRAIN_LABELS', message);
}

function checkExamples(examples: readonly Example[]): string[] {
  if (!Array.isArray(examples) || examples.length === 0) throw labelError('no labelled letters were given');
  const seen = new Set<string>();
  examples.forEach((e, i) => {
    if (!e || typeof e.text !== 'string') throw labelError(`example ${i + 1} has no text`);
    if (typeof e.label !== 'string' || e.label.trim() === '') throw labelError(`example ${i + 1} has an empty label`);
    seen.add(e.label);
  });
  if (seen.size < MIN_LABELS) {
    throw labelError(`every labelled letter carries the label "${[...seen][0]}"; a classifier needs at least two labels`);
  }
  return [...seen].sort();
}

/** mulberry32: a small seeded generator, so that training is repeatable. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(a: T[], rand: () => number): T[] {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

function softmax(z: Float64Array): Float64Array {
  let max = -Infinity;
  for (const v of z) if (v > max) max = v;
  let sum = 0;
  const p = new Float64Array(z.length);
  for (let k = 0; k < z.length; k++) {
    p[k] = Math.exp(z[k]! - max);
    sum += p[k]!;
  }
  for (let k = 0; k < z.length; k++) p[k]! /= sum;
  return p;
}

/** Rounds to `digits` significant digits, so that the JSON stays short. */
function round(v: number, digits = 4): number {
  if (v === 0 || !Number.isFinite(v)) return 0;
  const r = Number(v.toPrecision(digits));
  return Object.is(r, -0) ? 0 : r;
}

function idfOf(n: number, df: number): number {
  return Math.log((1 + n) / (1 + df)) + 1;
}

/**
 * Each term's weights as signed bytes against the term's own largest weight: off by 1/254 of that
 * weight at most, which moved accuracy by less than 0.001 on the St Petersburg test, in a model
 * under half the JSON of weights written as rounded numbers.
 */
function pack(w: Float64Array, F: number, K: number): { weights: string; scale: number[] } {
  const bytes = new Int8Array(F * K);
  const scale = new Array<number>(F);
  for (let f = 0; f < F; f++) {
    let max = 0;
    for (let k = 0; k < K; k++) max = Math.max(max, Math.abs(w[f * K + k]!));
    const s = round(max / 127, 5);
    scale[f] = s;
    if (s === 0) continue;
    for (let k = 0; k < K; k++) bytes[f * K + k] = Math.max(-127, Math.min(127, Math.round(w[f * K + k]! / s)));
  }
  return { weights: toBase64(new Uint8Array(bytes.buffer)), scale };
}

function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

function fromBase64(s: string): Int8Array {
  const bin = atob(s);
  const out = new Int8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = (bin.charCodeAt(i) << 24) >> 24;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Training
// ---------------------------------------------------------------------------------------------

interface Data {
  x: Sparse[];
  y: Int32Array;
  K: number;
  F: number;
  /** Example weights (balance). */
  cw: Float64Array;
}

/**
 * Multinomial logistic regression by SGD, with the L2 penalty applied lazily through one scale
 * factor (Bottou). The step shrinks with the steps taken and again with each pass, which settles
 * the last pass's noise: 12 passes at halving steps measured as well as 50 at Bottou's schedule alone.
 */
function fitLogreg(d: Data, opts: TrainOptions, rand: () => number): { w: Float64Array; b: Float64Array } {
  const { x, y, K, F, cw } = d;
  const lambda = opts.l2 ?? 1e-5;
  const epochs = opts.epochs ?? 12;
  const eta0 = 2;
  const v = new Float64Array(F * K);
  const b = new Float64Array(K);
  let scale = 1;
  let t = 0;
  const order = Array.from(x.keys());
  const z = new Float64Array(K);
  for (let ep = 0; ep < epochs; ep++) {
    shuffle(order, rand);
    for (const i of order) {
      const eta = eta0 / (1 + lambda * eta0 * t++) / (1 + ep);
      const { idx, val } = x[i]!;
      z.set(b);
      for (let j = 0; j < idx.length; j++) {
        const o = idx[j]! * K;
        const xv = val[j]! * scale;
        for (let k = 0; k < K; k++) z[k]! += v[o + k]! * xv;
      }
      const p = softmax(z);
      const yi = y[i]!;
      const c = cw[i]!;
      scale *= 1 - eta * lambda;
      const step = (eta * c) / scale;
      for (let k = 0; k < K; k++) {
        const g = p[k]! - (k === yi ? 1 : 0);
        if (g === 0) continue;
        b[k]! -= eta * c * g;
        const gs = step * g;
        for (let j = 0; j < idx.length; j++) v[idx[j]! * K + k]! -= gs * val[j]!;
      }
      if (scale < 1e-9) {
        for (let q = 0; q < v.length; q++) v[q]! *= scale;
        scale = 1;
      }
    }
  }
  for (let q = 0; q < v.length; q++) v[q]! *= scale;
  return { w: v, b };
}

/** One-vs-rest linear SVM: dual coordinate descent on the squared hinge loss, bias as a constant feature. */
function fitSvm(d: Data, opts: TrainOptions, rand: () => number): { w: Float64Array; b: Float64Array } {
  const { x, y, K, F, cw } = d;
  const C = opts.c ?? 0.5;
  const maxIter = opts.epochs ?? 30;
  const n = x.length;
  const W = new Float64Array(F * K);
  const B = new Float64Array(K);
  const qBase = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 1; // the bias feature
    for (const v of x[i]!.val) s += v * v;
    qBase[i] = s;
  }
  const order = Array.from(x.keys());
  const w = new Float64Array(F);
  const alpha = new Float64Array(n);
  for (let k = 0; k < K; k++) {
    w.fill(0);
    alpha.fill(0);
    let bias = 0;
    for (let it = 0; it < maxIter; it++) {
      shuffle(order, rand);
      let maxPg = -Infinity;
      let minPg = Infinity;
      for (const i of order) {
        const yi = y[i] === k ? 1 : -1;
        const diag = 1 / (2 * C * cw[i]!);
        const { idx, val } = x[i]!;
        let dot = bias;
        for (let j = 0; j < idx.length; j++) dot += w[idx[j]!]! * val[j]!;
        const g = yi * dot - 1 + diag * alpha[i]!;
        const pg = alpha[i] === 0 ? Math.min(g, 0) : g;
        if (pg > maxPg) maxPg = pg;
        if (pg < minPg) minPg = pg;
        if (pg === 0) continue;
        const old = alpha[i]!;
        alpha[i] = Math.max(old - g / (qBase[i]! + diag), 0);
        const delta = (alpha[i]! - old) * yi;
        if (delta === 0) continue;
        for (let j = 0; j < idx.length; j++) w[idx[j]!]! += delta * val[j]!;
        bias += delta;
      }
      if (maxPg - minPg < 0.1) break;
    }
    for (let f = 0; f < F; f++) W[f * K + k] = w[f]!;
    B[k] = bias;
  }
  return { w: W, b: B };
}

/** Complement naive Bayes (Rennie et al. 2003) over the TF-IDF vectors, with normalised weights. */
function fitCnb(d: Data, opts: TrainOptions): { w: Float64Array; b: Float64Array } {
  const { x, y, K, F, cw } = d;
  const alpha = opts.alpha ?? 0.3;
  const perClass = new Float64Array(F * K);
  const total = new Float64Array(F);
  for (let i = 0; i < x.length; i++) {
    const { idx, val } = x[i]!;
    const c = cw[i]!;
    for (let j = 0; j < idx.length; j++) {
      perClass[idx[j]! * K + y[i]!]! += val[j]! * c;
      total[idx[j]!]! += val[j]! * c;
    }
  }
  let all = 0;
  for (const t of total) all += t;
  const W = new Float64Array(F * K);
  for (let k = 0; k < K; k++) {
    let inK = 0;
    for (let f = 0; f < F; f++) inK += perClass[f * K + k]!;
    const denom = all - inK + alpha * F;
    let norm = 0;
    for (let f = 0; f < F; f++) {
      const lw = Math.log((total[f]! - perClass[f * K + k]! + alpha) / denom);
      W[f * K + k] = lw;
      norm += Math.abs(lw);
    }
    // A letter is scored by how little it looks like the other labels: negate, so that higher is better.
    for (let f = 0; f < F; f++) W[f * K + k] = -W[f * K + k]! / norm;
  }
  return { w: W, b: new Float64Array(K) };
}

/** Fits a model on letters as term numbers (`names` spells them), one label each. */
function fitIds(docs: readonly Int32Array[], names: readonly string[], labelsOf: readonly string[], opts: TrainOptions): TrainedModel {
  const labels = [...new Set(labelsOf)].sort();
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  const n = docs.length;
  const V = names.length;
  const docFreq = new Int32Array(V);
  const lastDoc = new Int32Array(V).fill(-1);
  docs.forEach((d, i) => {
    for (const t of d) {
      if (lastDoc[t] === i) continue;
      lastDoc[t] = i;
      docFreq[t]!++;
    }
  });
  const minDf = opts.minDf ?? (n < 200 ? 1 : 2);
  const maxFeatures = opts.maxFeatures ?? 30_000;
  const kept: number[] = [];
  for (let t = 0; t < V; t++) if (docFreq[t]! >= minDf) kept.push(t);
  kept.sort((a, b) => docFreq[b]! - docFreq[a]! || (names[a]! < names[b]! ? -1 : names[a]! > names[b]! ? 1 : 0));
  kept.length = Math.min(kept.length, maxFeatures);
  const terms = kept.map((t) => names[t]!);
  const df = kept.map((t) => docFreq[t]!);
  const idf = df.map((c) => idfOf(n, c));
  const remap = new Int32Array(V).fill(-1);
  kept.forEach((t, f) => (remap[t] = f));
  const counts = new Float64Array(kept.length);
  const x = docs.map((d) => weigh(d.map((t) => remap[t]!), idf, counts));
  const y = Int32Array.from(labelsOf, (l) => labelIndex.get(l)!);
  const K = labels.length;
  const count = new Float64Array(K);
  for (const k of y) count[k]!++;
  const balance = opts.balance ?? 'sqrt';
  const cw = Float64Array.from(y, (k) => {
    if (balance === false) return 1;
    const ratio = n / K / count[k]!;
    return balance === 'sqrt' ? Math.sqrt(ratio) : ratio;
  });
  const data: Data = { x, y, K, F: terms.length, cw };
  const model = opts.model ?? 'svm';
  const rand = rng(opts.seed ?? 1);
  const fitted = model === 'svm' ? fitSvm(data, opts, rand) : model === 'cnb' ? fitCnb(data, opts) : fitLogreg(data, opts, rand);
  const packed = pack(fitted.w, terms.length, K);
  const trainedOn: Record<string, number> = {};
  labels.forEach((l, k) => (trainedOn[l] = count[k]!));
  return {
    format: 'zvarot-classifier',
    version: 1,
    model,
    labels,
    bigrams: opts.bigrams ?? true,
    examples: n,
    terms,
    df,
    weights: packed.weights,
    scale: packed.scale,
    bias: Array.from(fitted.b, (v) => round(v, 6)),
    temperature: TEMPERATURE[model],
    trainedOn,
  };
}

/**
 * Trains a classifier on labelled letters. Throws E_TRAIN_LABELS when fewer than two labels are
 * given, or an example has no text or an empty label.
 */
export function train(examples: readonly Example[], opts: TrainOptions = {}): TrainedModel {
  checkExamples(examples);
  const termOpts = { bigrams: opts.bigrams ?? true, ...(opts.lang ? { lang: opts.lang } : {}) };
  const interner = new Interner();
  const docs = examples.map((e) => interner.doc(textTerms(e.text, termOpts)));
  return fitIds(
    docs,
    interner.names,
    examples.map((e) => e.label),
    opts,
  );
}

/** Trains on terms already at hand (textTerms or stemTerms of each letter), one label per letter. */
export function trainTerms(docs: readonly (readonly string[])[], labels: readonly string[], opts: TrainOptions = {}): TrainedModel {
  if (docs.length !== labels.length) throw labelError(`${docs.length} letters but ${labels.length} labels`);
  checkExamples(labels.map((label) => ({ text: '', label })));
  const interner = new Interner();
  return fitIds(
    docs.map((d) => interner.doc(d)),
    interner.names,
    labels,
    opts,
  );
}

// ---------------------------------------------------------------------------------------------
// Prediction
// ---------------------------------------------------------------------------------------------

interface Compiled {
  vocab: Map<string, number>;
  idf: Float64Array;
  w: Float32Array;
  bias: Float64Array;
  /** Scratch space for weigh(). */
  counts: Float64Array;
}

const compiledModels = new WeakMap<TrainedModel, Compiled>();

/** The model unpacked for prediction, once per model object. */
function compile(model: TrainedModel): Compiled {
  let c = compiledModels.get(model);
  if (c) return c;
  if (model?.format !== 'zvarot-classifier' || model.version !== 1) {
    throw new ZvarotError('E_DB_SCHEMA', 'the stored classifier is not one this zvarot reads (format zvarot-classifier, version 1)');
  }
  const K = model.labels.length;
  const bytes = fromBase64(model.weights);
  const w = new Float32Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) w[i] = bytes[i]! * model.scale[Math.floor(i / K)]!;
  c = {
    vocab: new Map(model.terms.map((t, i) => [t, i])),
    idf: Float64Array.from(model.df, (d) => idfOf(model.examples, d)),
    w,
    bias: Float64Array.from(model.bias),
    counts: new Float64Array(model.terms.length),
  };
  compiledModels.set(model, c);
  return c;
}

/** Classifies a letter's terms (textTerms or stemTerms with the model's `bigrams`). */
export function predictTerms(model: TrainedModel, terms: readonly string[]): Prediction {
  const c = compile(model);
  const K = model.labels.length;
  const features = new Int32Array(terms.length);
  for (let j = 0; j < terms.length; j++) features[j] = c.vocab.get(terms[j]!) ?? -1;
  const { idx, val } = weigh(features, c.idf, c.counts);
  const z = Float64Array.from(c.bias);
  for (let j = 0; j < idx.length; j++) {
    const o = idx[j]! * K;
    for (let k = 0; k < K; k++) z[k]! += c.w[o + k]! * val[j]!;
  }
  const p = softmax(model.temperature === 1 ? z : z.map((v) => v * model.temperature));
  let best = 0;
  for (let k = 1; k < K; k++) if (p[k]! > p[best]!) best = k;
  const scores: Record<string, number> = {};
  model.labels.forEach((l, k) => (scores[l] = p[k]!));
  return { label: model.labels[best]!, score: p[best]!, scores };
}

/** Classifies one letter. */
export function predict(model: TrainedModel, text: string, lang?: TextLang): Prediction {
  return predictTerms(model, textTerms(text, { bigrams: model.bigrams, ...(lang ? { lang } : {}) }));
}

// ---------------------------------------------------------------------------------------------
// Evaluation
// ---------------------------------------------------------------------------------------------

/** Accuracy, and precision, recall and F1 per label; macro-F1 averages over every label seen in gold or predictions. */
export function score(gold: readonly string[], predicted: readonly string[]): Figures {
  const labels = [...new Set([...gold, ...predicted])].sort();
  const tp = new Map<string, number>();
  const goldN = new Map<string, number>();
  const predN = new Map<string, number>();
  let right = 0;
  gold.forEach((g, i) => {
    const p = predicted[i]!;
    goldN.set(g, (goldN.get(g) ?? 0) + 1);
    predN.set(p, (predN.get(p) ?? 0) + 1);
    if (g === p) {
      right++;
      tp.set(g, (tp.get(g) ?? 0) + 1);
    }
  });
  const perLabel: Record<string, LabelFigures> = {};
  let f1sum = 0;
  for (const l of labels) {
    const t = tp.get(l) ?? 0;
    const precision = t / (predN.get(l) || 1);
    const recall = t / (goldN.get(l) || 1);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    perLabel[l] = { precision, recall, f1, support: goldN.get(l) ?? 0 };
    f1sum += f1;
  }
  return { accuracy: gold.length ? right / gold.length : 0, macroF1: labels.length ? f1sum / labels.length : 0, perLabel };
}

/** The most frequent label (ties to the first in sort order). */
export function majorityLabel(labels: readonly string[]): string {
  const c = new Map<string, number>();
  for (const l of labels) c.set(l, (c.get(l) ?? 0) + 1);
  return [...c].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}

/**
 * Stratified k-fold cross-validation: each label's examples are dealt round the folds in a seeded
 * order; every letter is predicted once by a model that never saw it, and the figures are taken
 * over all of them together. Beside them, the figures of always answering the majority label.
 */
export function crossValidate(examples: readonly Example[], folds = 5, opts: TrainOptions = {}): CrossValidation {
  checkExamples(examples);
  if (!Number.isInteger(folds) || folds < 2 || folds > examples.length) {
    throw new ZvarotError('E_OPTION_RANGE', `folds must be a whole number from 2 to the number of examples (${examples.length}), got ${folds}`);
  }
  const rand = rng((opts.seed ?? 1) + 7919);
  const fold = new Int32Array(examples.length);
  const byLabel = new Map<string, number[]>();
  examples.forEach((e, i) => {
    const list = byLabel.get(e.label);
    if (list) list.push(i);
    else byLabel.set(e.label, [i]);
  });
  let next = 0;
  for (const l of [...byLabel.keys()].sort()) {
    for (const i of shuffle(byLabel.get(l)!, rand)) fold[i] = next++ % folds;
  }
  const termOpts = { bigrams: opts.bigrams ?? true, ...(opts.lang ? { lang: opts.lang } : {}) };
  const interner = new Interner();
  const docs = examples.map((e) => interner.doc(textTerms(e.text, termOpts)));
  const spell = (d: Int32Array) => Array.from(d, (t) => interner.names[t]!);
  const gold = examples.map((e) => e.label);
  const predicted = new Array<string>(examples.length);
  const majority = new Array<string>(examples.length);
  for (let f = 0; f < folds; f++) {
    const trainIdx: number[] = [];
    const testIdx: number[] = [];
    fold.forEach((g, i) => (g === f ? testIdx : trainIdx).push(i));
    if (testIdx.length === 0) continue;
    const trainLabels = trainIdx.map((i) => gold[i]!);
    const top = majorityLabel(trainLabels);
    for (const i of testIdx) majority[i] = top;
    if (new Set(trainLabels).size < MIN_LABELS) {
      for (const i of testIdx) predicted[i] = top;
      continue;
    }
    const model = fitIds(
      trainIdx.map((i) => docs[i]!),
      interner.names,
      trainLabels,
      opts,
    );
    for (const i of testIdx) predicted[i] = predictTerms(model, spell(docs[i]!)).label;
  }
  const figures = score(gold, predicted);
  const base = score(gold, majority);
  return {
    ...figures,
    folds,
    examples: examples.length,
    majority: { label: majorityLabel(gold), accuracy: base.accuracy, macroF1: base.macroF1 },
  };
}
