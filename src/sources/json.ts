/**
 * JSON reader for a top-level array of records of any size (streamed element by element, each
 * with the line it starts on), a single object, or objects one after another. A broken element
 * is rejected and the scanner resumes at the next top-level comma.
 */
import { ZvarotError } from '../core/errors.js';
import { MAX_RECORD_CHARS, type SourceItem, type TextChunks } from './types.js';

export async function* readJson(chunks: TextChunks, file: string): AsyncGenerator<SourceItem> {
  let buf = '';
  let pos = 0;
  let line = 1;
  let bytes = 0;
  // 'start': before the first value; 'array': inside the top-level array; 'values': bare values.
  let mode: 'start' | 'array' | 'values' | 'done' | 'ignore' = 'start';
  let elemStart = -1;
  let elemLine = 0;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let first = true;

  const finish = (text: string, at: number): SourceItem => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      return { ok: false, error: new ZvarotError('E_JSON_SYNTAX', `the value starting at line ${at} is not valid JSON: ${(e as Error).message}`, { file, line: at }), file, line: at, bytes };
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      const what = Array.isArray(parsed) ? 'an array' : parsed === null ? 'null' : typeof parsed;
      return { ok: false, error: new ZvarotError('E_RECORD_SHAPE', `the value at line ${at} is ${what}, not an object`, { file, line: at }), file, line: at, bytes };
    }
    return { ok: true, record: parsed as Record<string, unknown>, file, line: at, bytes };
  };

  const scan = function* (): Generator<SourceItem> {
    const n = buf.length;
    if (mode === 'ignore') {
      pos = n;
      return;
    }
    while (pos < n) {
      const c = buf.charCodeAt(pos);
      if (elemStart < 0) {
        // Between values: whitespace, commas, the array's brackets.
        if (c === 10) line++;
        else if (c === 32 || c === 9 || c === 13 || c === 0xfeff) {
          /* skip */
        } else if (mode === 'start') {
          mode = c === 91 /* [ */ ? 'array' : 'values';
          if (mode === 'values') continue;
        } else if (mode === 'array' && c === 44 /* , */) {
          /* separator */
        } else if (mode === 'array' && c === 93 /* ] */) {
          mode = 'done';
        } else if (mode === 'done') {
          const at = line;
          yield { ok: false, error: new ZvarotError('E_JSON_SYNTAX', `unexpected text after the closing ] at line ${at}`, { file, line: at }), file, line: at, bytes };
          mode = 'ignore';
          pos = n;
          return;
        } else {
          elemStart = pos;
          elemLine = line;
          depth = 0;
          inString = false;
          escaped = false;
          continue;
        }
        pos++;
        continue;
      }
      // Inside a value: find where it ends by bracket depth, skipping strings.
      if (inString) {
        if (escaped) escaped = false;
        else if (c === 92) escaped = true;
        else if (c === 34) inString = false;
        else if (c === 10) line++;
        pos++;
        continue;
      }
      if (c === 34) inString = true;
      else if (c === 123 || c === 91) depth++;
      else if (c === 125 || c === 93) {
        if (depth === 0) {
          // A ] closing the top-level array ends a bare value such as a number; a stray one is consumed.
          if (pos === elemStart) pos++;
          yield finish(buf.slice(elemStart, pos), elemLine);
          elemStart = -1;
          continue;
        }
        depth--;
        if (depth === 0) {
          pos++;
          yield finish(buf.slice(elemStart, pos), elemLine);
          elemStart = -1;
          continue;
        }
      } else if (depth === 0 && (c === 44 || c === 10 || c === 32 || c === 13 || c === 9)) {
        // A comma where a value should start is consumed with the (empty, rejected) value.
        if (pos === elemStart) pos++;
        yield finish(buf.slice(elemStart, pos), elemLine);
        elemStart = -1;
        continue;
      } else if (c === 10) line++;
      pos++;
    }
  };

  for await (const chunk of chunks) {
    bytes = chunk.bytes;
    let text = chunk.text;
    if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    first = false;
    const keep = elemStart >= 0 ? elemStart : pos;
    buf = buf.slice(keep) + text;
    pos -= keep;
    if (elemStart >= 0) elemStart = 0;
    yield* scan();
    if (elemStart >= 0 && pos - elemStart > MAX_RECORD_CHARS) {
      yield { ok: false, error: new ZvarotError('E_RECORD_SIZE', `the value starting at line ${elemLine} is longer than ${MAX_RECORD_CHARS} characters`, { file, line: elemLine }), file, line: elemLine, bytes };
      return;
    }
  }
  if (elemStart >= 0) {
    const text = buf.slice(elemStart);
    // A bare value at the end is complete; an object cut short is not.
    if (depth === 0 && !inString) yield finish(text, elemLine);
    else yield { ok: false, error: new ZvarotError('E_JSON_SYNTAX', `the value starting at line ${elemLine} is cut off by the end of the file`, { file, line: elemLine }), file, line: elemLine, bytes };
  } else if ((mode as string) === 'array') {
    yield { ok: false, error: new ZvarotError('E_JSON_SYNTAX', `the array is not closed with ] before the end of the file (line ${line})`, { file, line }), file, line, bytes };
  }
}
