/** Test helpers: fixture files built in code, and read results flattened into whole comparable shapes. */
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openSource, type SourceOptions } from './index.js';
import type { SourceItem, TextChunks } from './types.js';

export function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'zvarot-sources-'));
}

export function writeFixture(dir: string, name: string, content: string | Uint8Array): string {
  const f = path.join(dir, name);
  mkdirSync(path.dirname(f), { recursive: true });
  writeFileSync(f, content);
  return f;
}

/** Bytes of a string in a single-byte Cyrillic code page (the reverse of TextDecoder). */
export function encode(text: string, encoding: 'windows-1251' | 'koi8-r' | 'ibm866' | 'iso-8859-5'): Uint8Array {
  const dec = new TextDecoder(encoding);
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(dec.decode(Uint8Array.of(b)), b);
  return Uint8Array.from([...text].map((c) => table.get(c) ?? 0x3f));
}

export type Flat =
  | { line?: number; table?: string; record: Record<string, unknown>; warnings?: string[] }
  | { line?: number; table?: string; code: string; message: string };

export function flatten(items: SourceItem[]): Flat[] {
  return items.map((it) => {
    const where = { ...(it.line !== undefined ? { line: it.line } : {}), ...(it.table !== undefined ? { table: it.table } : {}) };
    if (it.ok) return { ...where, record: it.record, ...(it.warnings?.length ? { warnings: it.warnings.map((w) => w.code) } : {}) };
    return { ...where, code: it.error.code, message: it.error.message };
  });
}

export async function collect(items: AsyncIterable<SourceItem>): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const it of items) out.push(it);
  return out;
}

export async function readAll(file: string, opts: SourceOptions = {}): Promise<Flat[]> {
  const src = await openSource(file, opts);
  return flatten(await collect(src.records));
}

/** Text as chunks cut at the given sizes, so readers are tested across chunk boundaries. */
export function chunked(text: string, size = 7): TextChunks {
  return (async function* () {
    for (let i = 0; i < text.length; i += size) yield { text: text.slice(i, i + size), bytes: Math.min(text.length, i + size) };
  })();
}
