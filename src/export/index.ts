/**
 * Exports of a search's letters as CSV, JSON Lines or FollowTheMoney entities (for loading into
 * Aleph), streamed page by page so memory stays the size of a page however many letters match.
 * Every letter passes the viewer's presenter first: a researcher's export holds pseudonyms.
 */
import { ZvarotError } from '../core/errors.js';
import type { Presenter } from '../query/search.js';
import { requestFor } from '../query/search.js';
import type { Store, StoredLetter } from '../store/types.js';

export const EXPORT_FORMATS = ['csv', 'jsonl', 'ftm'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CONTENT_TYPE: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  jsonl: 'application/x-ndjson; charset=utf-8',
  ftm: 'application/x-ndjson; charset=utf-8',
};

const PAGE = 200;

export function exportFormat(v: string | undefined): ExportFormat {
  if (v && (EXPORT_FORMATS as readonly string[]).includes(v)) return v as ExportFormat;
  throw new ZvarotError('E_QUERY_PARAM', `format must be one of ${EXPORT_FORMATS.join(', ')}, got "${(v ?? '').slice(0, 20)}"`);
}

/** Every letter the query matches, oldest first, as the presenter shows it. */
function* letters(store: Store, q: string, presenter?: Presenter): Generator<StoredLetter> {
  const base = requestFor(store, { q, limit: PAGE, sort: 'date' }, presenter);
  let cursor: string | undefined;
  for (;;) {
    const page = store.search({ ...base, ...(cursor ? { cursor } : {}) });
    for (const hit of page.hits) {
      const l = store.getLetter(hit.id);
      if (l) yield presenter ? presenter.letter(l) : l;
    }
    if (!page.next) return;
    cursor = page.next;
  }
}

const CSV_COLUMNS = ['id', 'received_at', 'channel', 'place', 'lang', 'kind', 'flags', 'campaign', 'sender_group', 'sender_name', 'sender_phone', 'sender_email', 'sender_address', 'subject', 'body', 'response'] as const;

/**
 * One CSV field: quoted when it holds a quote, delimiter or line break; and a field a spreadsheet
 * would run as a formula (=, +, -, @, tab, CR first) starts with an apostrophe, since letters are
 * hostile text.
 */
export function csvField(v: string | null | undefined): string {
  let s = v ?? '';
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csvRow(l: StoredLetter): string {
  const d = l.derived;
  const values: Record<(typeof CSV_COLUMNS)[number], string | null | undefined> = {
    id: l.id,
    received_at: l.received_at,
    channel: l.channel,
    place: l.place,
    lang: d.lang,
    kind: d.kind,
    flags: d.flags.join(' '),
    campaign: d.campaign,
    sender_group: d.sender_group,
    sender_name: l.sender?.name,
    sender_phone: l.sender?.phone,
    sender_email: l.sender?.email,
    sender_address: l.sender?.address,
    subject: l.subject,
    body: l.body,
    response: l.response,
  };
  return CSV_COLUMNS.map((c) => csvField(values[c])).join(',') + '\r\n';
}

/** FtM language codes are ISO 639-3. */
const FTM_LANG: Record<string, string> = { ru: 'rus', be: 'bel', uk: 'ukr', en: 'eng' };

interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

/**
 * A letter as FollowTheMoney entities: a Document, and a Person for its sender when named. Contact
 * details go on the Person only for a viewer who sees them as written (`raw`): a masked phone is
 * no phone to Aleph.
 */
export function ftmEntities(l: StoredLetter, raw = true): FtmEntity[] {
  const e = (l.derived.enrichment ?? {}) as { entities?: { type: string; text: string; public?: boolean }[] };
  const named = (type: string) => [...new Set((e.entities ?? []).filter((x) => x.type === type).map((x) => x.text))];
  const props: Record<string, string[]> = {
    title: [l.subject ?? `Letter ${l.id}`],
    bodyText: [l.body],
    fileName: [l.id],
  };
  if (l.received_at) props.date = [l.received_at.slice(0, 10)];
  const lang = FTM_LANG[l.derived.lang];
  if (lang) props.language = [lang];
  if (l.sender?.name) props.author = [l.sender.name];
  const people = named('PER');
  if (people.length) props.peopleMentioned = people;
  const orgs = named('ORG');
  if (orgs.length) props.companiesMentioned = orgs;
  const keywords = [l.derived.kind, ...l.derived.flags].filter((x): x is string => !!x);
  if (keywords.length) props.keywords = keywords;
  if (l.place) props.keywords = [...(props.keywords ?? []), l.place];
  const out: FtmEntity[] = [{ id: `zvarot-letter-${l.id}`, schema: 'Document', properties: props }];
  if (l.sender?.name) {
    const person: Record<string, string[]> = { name: [l.sender.name] };
    if (raw && l.sender.phone) person.phone = [l.sender.phone];
    if (raw && l.sender.email) person.email = [l.sender.email];
    if (raw && l.sender.address) person.address = [l.sender.address];
    out.push({ id: `zvarot-sender-${l.derived.sender_group ?? l.id}`, schema: 'Person', properties: person });
  }
  return out;
}

/** The export as text chunks: a header (CSV), then one chunk per letter. */
export function* exportChunks(store: Store, q: string, format: ExportFormat, presenter?: Presenter): Generator<string> {
  if (format === 'csv') yield CSV_COLUMNS.join(',') + '\r\n';
  const senders = new Set<string>();
  for (const l of letters(store, q, presenter)) {
    if (format === 'csv') yield csvRow(l);
    else if (format === 'jsonl') yield JSON.stringify(l) + '\n';
    else {
      let chunk = '';
      for (const ent of ftmEntities(l, !presenter || presenter.raw)) {
        // One Person per sender, however many letters they wrote.
        if (ent.schema === 'Person') {
          if (senders.has(ent.id)) continue;
          senders.add(ent.id);
        }
        chunk += JSON.stringify(ent) + '\n';
      }
      yield chunk;
    }
  }
}
