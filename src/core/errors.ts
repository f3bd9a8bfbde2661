/**
 * The one error catalogue. Every error a user can see carries one of these codes, an HTTP status
 * for the API, and a message that says what to do about it. Add a code here before throwing it.
 */
export const catalogue = {
  // usage and configuration
  E_USAGE: { status: 400, hint: 'Check the command line; `zvarot help COMMAND` lists the options.' },
  E_NOT_BUILT: { status: 500, hint: 'Run `npm run build` first.' },
  E_FILE_NOT_FOUND: { status: 404, hint: 'Check the path; relative paths are taken from the current directory.' },
  E_FILE_READ: { status: 500, hint: 'Check that the file is readable and not a directory.' },
  E_OPTION_RANGE: { status: 400, hint: 'Give a value inside the documented range.' },

  // ingest: one record at a time; the batch goes on
  E_JSON_SYNTAX: { status: 400, hint: 'Fix the JSON on that line; each line must be one JSON object.' },
  E_RECORD_SHAPE: { status: 400, hint: 'Each record must be a JSON object with a non-empty string `body`.' },
  E_FIELD_TYPE: { status: 400, hint: 'Fix the field type; see "Formats" in the README for the letter record.' },
  E_DATE_FORMAT: { status: 400, hint: 'Use an ISO 8601 date such as 2021-12-19T10:04:00+03:00.' },
  E_DUPLICATE_ID: { status: 400, hint: 'Two different records share one id within the same batch; give each record its own id.' },

  // archive
  E_DB_OPEN: { status: 500, hint: 'Check the --db path and that the archive is not locked by another writer.' },
  E_DB_SCHEMA: { status: 500, hint: 'The archive was written by a newer zvarot; upgrade zvarot to read it.' },
  E_DB_MISSING: { status: 404, hint: 'Create the archive with `zvarot ingest FILE --db ARCHIVE` (or `npm start` for the demo).' },

  // query and API
  E_QUERY_SYNTAX: { status: 400, hint: 'Fix the query at the column shown; the README lists the query language.' },
  E_QUERY_PARAM: { status: 400, hint: 'Fix the request parameter; /api/openapi.json documents every parameter.' },
  E_PLACE_UNKNOWN: { status: 404, hint: 'The gazetteer holds Belarusian oblast and raion centres, Minsk districts and some villages; try another spelling.' },
  E_NOT_FOUND: { status: 404, hint: 'No letter has that id; ids come from search results.' },
  E_ROUTE: { status: 404, hint: 'No such route; /api/openapi.json lists the API.' },
  E_INTERNAL: { status: 500, hint: 'This is a bug in zvarot; the server log has the details.' },
  E_PORT_IN_USE: { status: 500, hint: 'Another program listens on that port; pass --port with a free one.' },
} as const satisfies Record<string, { status: number; hint: string }>;

export type ErrorCode = keyof typeof catalogue;

/** Where in the input an error was found. Lines and columns count from 1. */
export interface Location {
  file?: string;
  line?: number;
  column?: number;
  offset?: number;
}

export class ZvarotError extends Error {
  readonly code: ErrorCode;
  readonly location: Location | undefined;
  readonly status: number;

  constructor(code: ErrorCode, message: string, location?: Location) {
    super(message);
    this.name = 'ZvarotError';
    this.code = code;
    this.location = location;
    this.status = catalogue[code].status;
  }

  get hint(): string {
    return catalogue[this.code].hint;
  }

  /** `file:line:column: CODE: message. hint` — the shape every surface prints. */
  format(): string {
    return `${formatLocation(this.location)}${this.code}: ${this.message}. ${this.hint}`;
  }

  toJSON(): { code: ErrorCode; message: string; hint: string } & Location {
    return { code: this.code, message: this.message, hint: this.hint, ...(this.location ?? {}) };
  }
}

/** `file:line:column: ` when the error is in a file; a query's column is said in its message. */
export function formatLocation(loc: Location | undefined): string {
  if (!loc || (loc.file === undefined && loc.line === undefined)) return '';
  const parts = [loc.file, loc.line, loc.column].filter((p) => p !== undefined);
  return `${parts.join(':')}: `;
}

export function isZvarotError(e: unknown): e is ZvarotError {
  return e instanceof ZvarotError;
}
