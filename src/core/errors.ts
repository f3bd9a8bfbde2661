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
  E_CSV_QUOTE: { status: 400, hint: 'Close the quoted field on that line (a quote inside a field is written as two quotes ""); the rows after it were read on.' },
  E_CSV_RAGGED: { status: 400, hint: 'That row has more or fewer fields than the header; check for a stray delimiter or a missing quote. The fields that could be matched were kept.' },
  E_SQL_SYNTAX: { status: 400, hint: 'The statement at that line could not be read as SQL; check the dump there. Reading went on at the next statement.' },
  E_SQL_TRUNCATED: { status: 400, hint: 'The dump ends inside a statement (an incomplete download?); the rows before it were kept. Fetch the whole dump to get the rest.' },
  E_SQL_TABLE: { status: 400, hint: 'Pick a table the dump holds with the table option; `zvarot inspect FILE` lists them.' },
  E_SQL_COLUMNS: { status: 400, hint: 'The row has a different number of values than the table has columns; the values were named by position. Check the column list.' },
  E_MAIL_FORMAT: { status: 400, hint: 'That message could not be read as e-mail (RFC 5322); check the headers and MIME boundaries.' },
  E_ENCODING: { status: 400, hint: 'The text holds bytes that are not valid in the detected encoding; pass the encoding option (utf-8, windows-1251, koi8-r, ibm866, iso-8859-5, utf-16le, utf-16be).' },
  E_DATE_UNPARSED: { status: 400, hint: 'The date was kept as written but not understood; use ISO 8601, DD.MM.YYYY HH:MM, Unix time or "19 декабря 2021".' },
  E_MAPPING: { status: 400, hint: 'Write the mapping as target=source pairs (body=text, sender.name=fio) or a JSON object of the same; targets are the letter record fields.' },
  E_FORMAT_UNKNOWN: { status: 400, hint: 'Name the format with the format option: jsonl, json, csv, sql, eml, mbox, html, txt or dir.' },
  E_RECORD_SIZE: { status: 400, hint: 'That record is larger than the reader keeps in memory; split it or check for an unclosed quote or bracket before it.' },

  // archive
  E_DB_OPEN: { status: 500, hint: 'Check the --db path and that the archive is not locked by another writer.' },
  E_DB_SCHEMA: { status: 500, hint: 'The archive was written by a newer zvarot; upgrade zvarot to read it.' },
  E_DB_STALE: { status: 409, hint: 'Rebuild its index with `zvarot reindex --db ARCHIVE` (the demo archive rebuilds itself on `npm start`).' },
  E_DB_KEY: { status: 500, hint: 'Give the archive key in ZVAROT_KEY or in a file named by ZVAROT_KEY_FILE (on a terminal the CLI asks for it). A lost key cannot be recovered.' },
  E_DB_MISSING: { status: 404, hint: 'Create the archive with `zvarot ingest FILE --db ARCHIVE` (or `npm start` for the demo).' },

  // query and API
  E_QUERY_SYNTAX: { status: 400, hint: 'Fix the query at the column shown; the README lists the query language.' },
  E_QUERY_PARAM: { status: 400, hint: 'Fix the request parameter; /api/openapi.json documents every parameter.' },
  E_PLACE_UNKNOWN: { status: 404, hint: 'The gazetteer holds Belarusian oblast and raion centres, Minsk districts and some villages; try another spelling.' },
  E_NOT_FOUND: { status: 404, hint: 'Nothing has that id here: letter ids come from search results; note, collection and item ids from the lists the API returns (a collection is seen by its owner, editors and admins).' },
  E_BODY: { status: 400, hint: 'Send a JSON object with the fields /api/openapi.json lists for this route: a tag of 1–64 characters, a collection name of 1–200, notes and quotes of up to 20,000; no control or invisible characters.' },
  E_ROUTE: { status: 404, hint: 'No such route; /api/openapi.json lists the API.' },
  E_INTERNAL: { status: 500, hint: 'This is a bug in zvarot; the server log has the details.' },
  E_PORT_IN_USE: { status: 500, hint: 'Another program listens on that port; pass --port with a free one.' },

  // users, sessions and roles
  E_AUTH_REQUIRED: { status: 401, hint: 'Log in first: POST /api/login with your username and password (an admin creates users with `zvarot user add`).' },
  E_LOGIN_FAILED: { status: 401, hint: 'Check the username and password; after 5 failures in a row the account is locked for 15 minutes.' },
  E_LOCKED: { status: 429, hint: 'Too many failed logins: wait until the lock ends (the message says when), or ask an admin to set a new password with `zvarot user passwd`.' },
  E_RATE_LIMIT: { status: 429, hint: 'Too many login attempts from this address; wait a minute and try again.' },
  E_CSRF: { status: 403, hint: 'Send the X-CSRF-Token header with the token POST /api/login or GET /api/session returned; the web app does this itself.' },
  E_FORBIDDEN: { status: 403, hint: 'Your role may not do this (the audit log is for admins; a tag, note or collection is changed by the user who made it or an admin); an admin can change roles with `zvarot user add NAME --role ROLE`.' },
  E_USER: { status: 400, hint: 'User names are 2–64 letters, digits, dots, dashes or underscores; roles are admin, editor, researcher; passwords have at least 12 characters.' },
  E_NOT_LOOPBACK: { status: 400, hint: 'Listen on 127.0.0.1 or ::1, or create a user first with `zvarot user add NAME --role admin --password-stdin --db ARCHIVE`: without users the archive has no login.' },

  // training a classifier on the reporter's labels
  E_TRAIN_LABELS: { status: 400, hint: 'Label letters with at least two different labels (to learn one category, label the rest "other"), a few dozen letters or more for each label, each row a letter id and a non-empty label.' },
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
