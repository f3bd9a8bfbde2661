/** What every reader yields: a raw record (column → value) or a rejection, each with where it was. */
import type { ZvarotError } from '../core/errors.js';

export type RawRecord = Record<string, unknown>;

export interface Where {
  file: string;
  /** Line of the record's first character, counting from 1. */
  line?: number;
  /** Byte offset, for formats without lines. */
  offset?: number;
  /** Bytes of the file read so far, for progress. */
  bytes?: number;
  /** The SQL table the row came from. */
  table?: string;
}

export type SourceItem =
  | ({ ok: true; record: RawRecord; warnings?: ZvarotError[] } & Where)
  | ({ ok: false; error: ZvarotError } & Where);

/** Text chunks of a decoded file, with the bytes read so far. */
export type TextChunks = AsyncIterable<{ text: string; bytes: number }>;

/** The largest single record a reader buffers before it gives up on it. */
export const MAX_RECORD_CHARS = 32 * 1024 * 1024;
