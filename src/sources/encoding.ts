/**
 * Text encodings of leaked Cyrillic files: detection from byte statistics, streaming decode, and
 * repair of UTF-8 that was once read as CP1251 ("РџСЂРѕС€Сѓ" → "Прошу").
 */
import { createReadStream, statSync } from 'node:fs';

export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1251', 'koi8-r', 'ibm866', 'iso-8859-5'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export interface Detection {
  encoding: Encoding;
  bom: boolean;
  /** How the choice was made, for `inspect` and the ingest report. */
  reason: 'bom' | 'utf16-pattern' | 'valid-utf8' | 'ascii' | 'letter-frequency' | 'override';
  confidence: number;
}

const SINGLE_BYTE: Encoding[] = ['windows-1251', 'koi8-r', 'ibm866', 'iso-8859-5'];

// Letter frequencies of Russian prose (per mille), with the Belarusian-only letters і and ў added so
// that Belarusian text scores as Cyrillic too.
const FREQ: Record<string, number> = {
  о: 109.7, е: 84.5, а: 80.1, и: 73.5, н: 67, т: 62.6, с: 54.7, р: 47.3, в: 45.4, л: 44, к: 34.9, м: 32.1,
  д: 29.8, п: 28.1, у: 26.2, я: 20.1, ы: 19, ь: 17.4, г: 17, з: 16.5, б: 15.9, ч: 14.4, й: 12.1, х: 9.7,
  ж: 9.4, ш: 7.3, ю: 6.4, ц: 4.8, щ: 3.6, э: 3.2, ф: 2.6, ъ: 0.4, ё: 0.4, і: 20, ў: 6, є: 0.5, ї: 0.3,
};
const LOGP = new Map<string, number>(Object.entries(FREQ).map(([k, v]) => [k, Math.log(v / 1000)]));
const UNLIKELY = Math.log(1e-5);

function isCyr(c: string): boolean {
  return c >= '\u0400' && c <= '\u04ff';
}

/** Mean log-probability per high character: how much a decoding looks like Cyrillic prose. */
export function cyrillicScore(text: string): number {
  let sum = 0;
  let n = 0;
  let prevLower = false;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) {
      prevLower = false;
      continue;
    }
    n++;
    const lower = ch.toLowerCase();
    const lp = LOGP.get(lower);
    if (lp === undefined) {
      sum += UNLIKELY;
      prevLower = false;
      continue;
    }
    sum += lp;
    // Capitals inside a word are what a wrong single-byte table produces (KOI8-R read as CP1251).
    if (lower !== ch && prevLower) sum += UNLIKELY / 2;
    prevLower = lower === ch && isCyr(ch);
  }
  return n === 0 ? 0 : sum / n;
}

function validUtf8(buf: Uint8Array): boolean {
  // A sample may end inside a character; drop up to three trailing bytes of an unfinished sequence.
  let end = buf.length;
  for (let k = 1; k <= 3 && end - k >= 0; k++) {
    const b = buf[end - k] ?? 0;
    if ((b & 0xc0) === 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      if (need > k) end -= k;
      break;
    }
    if ((b & 0xc0) !== 0x80) break;
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf.subarray(0, end));
    return true;
  } catch {
    return false;
  }
}

/** Guesses the encoding of a sample (the first 64 KiB of a file is plenty). */
export function detectEncoding(sample: Uint8Array, override?: string): Detection {
  if (override) {
    const enc = normaliseEncodingName(override);
    if (enc) return { encoding: enc, bom: hasBom(sample, enc), reason: 'override', confidence: 1 };
  }
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return { encoding: 'utf-8', bom: true, reason: 'bom', confidence: 1 };
  if (sample[0] === 0xff && sample[1] === 0xfe) return { encoding: 'utf-16le', bom: true, reason: 'bom', confidence: 1 };
  if (sample[0] === 0xfe && sample[1] === 0xff) return { encoding: 'utf-16be', bom: true, reason: 'bom', confidence: 1 };
  const n = Math.min(sample.length, 4096) & ~1;
  if (n >= 4) {
    let zeroEven = 0;
    let zeroOdd = 0;
    for (let i = 0; i < n; i++) if (sample[i] === 0) i % 2 === 0 ? zeroEven++ : zeroOdd++;
    const half = n / 2;
    // Cyrillic UTF-16 has 0x04 high bytes rather than zeros, so count those too.
    let fourEven = 0;
    let fourOdd = 0;
    for (let i = 0; i < n; i++) if (sample[i] === 0x04) i % 2 === 0 ? fourEven++ : fourOdd++;
    if ((zeroOdd + fourOdd) / half > 0.6 && zeroEven / half < 0.05) return { encoding: 'utf-16le', bom: false, reason: 'utf16-pattern', confidence: 0.9 };
    if ((zeroEven + fourEven) / half > 0.6 && zeroOdd / half < 0.05) return { encoding: 'utf-16be', bom: false, reason: 'utf16-pattern', confidence: 0.9 };
  }
  let high = 0;
  for (const b of sample) if (b >= 0x80) high++;
  if (high === 0) return { encoding: 'utf-8', bom: false, reason: 'ascii', confidence: 1 };
  if (validUtf8(sample)) return { encoding: 'utf-8', bom: false, reason: 'valid-utf8', confidence: 0.99 };
  const scored = SINGLE_BYTE.map((enc) => ({ enc, score: cyrillicScore(new TextDecoder(enc).decode(sample)) })).sort((a, b) => b.score - a.score);
  const best = scored[0]!;
  const second = scored[1]!;
  // UTF-8 with a few broken bytes still beats any single-byte reading of it.
  const asUtf8 = new TextDecoder('utf-8').decode(sample);
  let bad = 0;
  for (const ch of asUtf8) if (ch === '\ufffd') bad++;
  if (bad / high < 0.02) return { encoding: 'utf-8', bom: false, reason: 'valid-utf8', confidence: 0.6 };
  const confidence = Math.max(0, Math.min(1, (best.score - second.score) / 2));
  return { encoding: best.enc, bom: false, reason: 'letter-frequency', confidence: Number(confidence.toFixed(3)) };
}

function hasBom(sample: Uint8Array, enc: Encoding): boolean {
  if (enc === 'utf-8') return sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf;
  if (enc === 'utf-16le') return sample[0] === 0xff && sample[1] === 0xfe;
  if (enc === 'utf-16be') return sample[0] === 0xfe && sample[1] === 0xff;
  return false;
}

const ALIASES: Record<string, Encoding> = {
  utf8: 'utf-8', 'utf-8': 'utf-8', utf16le: 'utf-16le', 'utf-16le': 'utf-16le', utf16be: 'utf-16be', 'utf-16be': 'utf-16be',
  'utf-16': 'utf-16le', cp1251: 'windows-1251', 'windows-1251': 'windows-1251', win1251: 'windows-1251', 'x-cp1251': 'windows-1251',
  koi8r: 'koi8-r', 'koi8-r': 'koi8-r', 'koi8-u': 'koi8-r', cp866: 'ibm866', ibm866: 'ibm866', '866': 'ibm866', 'dos-866': 'ibm866',
  'iso-8859-5': 'iso-8859-5', iso88595: 'iso-8859-5', 'iso_8859-5': 'iso-8859-5', 'us-ascii': 'utf-8', ascii: 'utf-8',
};

export function normaliseEncodingName(name: string): Encoding | undefined {
  return ALIASES[name.trim().toLowerCase()];
}

/** A decoder for any charset label a mail header may name; unknown labels fall back to UTF-8. */
export function decoderFor(label: string | undefined): InstanceType<typeof TextDecoder> {
  const l = (label ?? 'utf-8').trim().toLowerCase();
  try {
    return new TextDecoder(normaliseEncodingName(l) ?? l);
  } catch {
    return new TextDecoder('utf-8');
  }
}

async function readRange(file: string, start: number, size: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of createReadStream(file, { start, end: start + size - 1 }) as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/**
 * The start of a file for detection. When the start is plain ASCII (a dump's schema, a CSV's
 * header and ids) windows from the middle and the end are added, where the letters are.
 */
export async function readSample(file: string, size = 65536): Promise<Buffer> {
  const head = await readRange(file, 0, size);
  if (head.length < size || head.some((b) => b >= 0x80)) return head;
  const total = statSync(file).size;
  const parts = [head];
  for (const at of [Math.floor(total / 2), Math.max(size, total - size)]) {
    // Start each window on a line break so it does not open inside a multi-byte character.
    const win = await readRange(file, at, size);
    const nl = win.indexOf(0x0a);
    parts.push(nl >= 0 ? win.subarray(nl + 1) : win);
  }
  return Buffer.concat(parts);
}

/** Decoded text of a file, chunk by chunk, with how many bytes were read so far. */
export async function* readText(file: string, encoding: Encoding): AsyncGenerator<{ text: string; bytes: number }> {
  const decoder = new TextDecoder(encoding, { ignoreBOM: false });
  let bytes = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    bytes += chunk.length;
    const text = decoder.decode(chunk, { stream: true });
    if (text) yield { text, bytes };
  }
  const tail = decoder.decode();
  if (tail) yield { text: tail, bytes };
}

// CP1251 as a reverse table, so text can be turned back into the bytes it was mis-decoded from.
const CP1251_REVERSE = (() => {
  const m = new Map<string, number>();
  const dec = new TextDecoder('windows-1251');
  for (let b = 0; b < 256; b++) m.set(dec.decode(Uint8Array.of(b)), b);
  return m;
})();

// "Р" or "С" followed by a character that CP1251 puts at 0x80–0xBF is how UTF-8 Cyrillic looks misread.
const MOJIBAKE = /[РС][\u0080-\u00bf\u0402-\u040f\u0452-\u045f\u0490\u0491‚„…†‡€‰‹‘’“”•–—™›\u0400-\u045f]/g;
const MOJIBAKE_RUN = /(?:[РСТЃЂ][\u0080-\u00bf\u0402-\u040f\u0452-\u045f\u0490\u0491‚„…†‡€‰‹‘’“”•–—™›\u0430-\u044f\u0410-\u042f]|[\s\d.,!?;:()"'«»-])+/g;

function unmojibake(s: string): string | null {
  const bytes: number[] = [];
  for (const ch of s) {
    const b = CP1251_REVERSE.get(ch);
    if (b === undefined) return null;
    bytes.push(b);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes));
  } catch {
    return null;
  }
}

/**
 * Repairs UTF-8 that was decoded as CP1251, when it clearly is that: the whole value, or each run
 * of it, must re-encode to valid UTF-8 that reads more like Cyrillic than the original.
 */
export function repairMojibake(s: string): string {
  const hits = s.match(MOJIBAKE);
  if (!hits || hits.length < 2) return s;
  const whole = unmojibake(s);
  if (whole !== null && cyrillicScore(whole) > cyrillicScore(s)) return whole;
  return s.replace(MOJIBAKE_RUN, (run) => {
    if ((run.match(MOJIBAKE)?.length ?? 0) < 2) return run;
    const fixed = unmojibake(run);
    return fixed !== null && cyrillicScore(fixed) > cyrillicScore(run) ? fixed : run;
  });
}
