/** The Store contract: what every archive adapter (SQLite now, PostgreSQL later) provides. */
import type { Lang, LetterRecord } from '../core/record.js';
import type { SearchRequest } from '../query/ast.js';

/** What enrichment (src/enrich) derived from a letter, as stored. */
export interface Derived {
  kind: string | null;
  flags: string[];
  /** The whole enrichment (scores, evidence, personal-data spans) as JSON. */
  enrichment: string | null;
  /** The persons, organisations and places the letter mentions, one per canonical id: facet values. */
  mentions: Mention[];
}

export interface Mention {
  type: 'PER' | 'ORG' | 'LOC';
  /** Canonical id (`per:…`, `org:…`, `loc:…`): one for every spelling of the entity. */
  id: string;
  /** How the letter spells it. */
  label: string;
  /** A public figure or a known organisation: named to every role; other persons are personal data. */
  public?: boolean;
}

/** A letter's campaign and sender group, as the link pass (src/ingest/link.ts) found them. */
export interface LetterGroups {
  id: string;
  /** Key of the campaign (the id of its first letter); null when the letter belongs to none. */
  campaign: string | null;
  /** Key of the sender (the id of the sender's first letter). */
  sender: string | null;
}

/** A user of the archive as stored (the hash never leaves the server). */
export interface UserRecord {
  name: string;
  role: 'admin' | 'editor' | 'researcher';
  hash: string;
  created_at: string;
  /** Failed logins in a row, and until when (ms since the epoch) the account is locked. */
  failures: number;
  locked_until: number | null;
}

/** One entry of the audit log (src/privacy/audit.ts says how entries chain). */
export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  /** JSON of what was done: the letter id, the query, the user changed. */
  detail: string;
  /** Hash of the entry before (64 zeros for the first), and of this one. */
  prev: string;
  hash: string;
}

/** A classifier a reporter trained, as stored. */
export interface ClassifierInfo {
  name: string;
  trained_at: string;
  /** Cross-validated figures and what it was trained on (JSON-ready). */
  figures: unknown;
  /** Letters per label it gave when applied to the archive. */
  applied: Record<string, number>;
}

/** A letter ready to store: the source record plus what ingest derived from it. */
export interface LetterInput extends IndexTexts, Partial<Derived> {
  id: string;
  /** Hash of the source record: re-ingesting the same record changes nothing. */
  contentHash: string;
  record: LetterRecord;
  /** Milliseconds since the epoch, when received_at parsed. */
  receivedTs: number | null;
  lang: Lang | 'und';
}

/** What the full-text index holds for one letter. */
export interface IndexTexts {
  /** Analysed text: stems, space-separated, in order. */
  indexSubject: string;
  indexBody: string;
  /** Folded surface forms of subject and body, for phrases, =exact, prefixes and typos. */
  indexExact: string;
  /** Cross-script keys of the name-like words of subject and body. */
  indexKeys: string;
}

export interface PutResult {
  stored: number;
  updated: number;
  unchanged: number;
  /** Ids seen twice in this ingest run with different content; the later record was not stored. */
  duplicates: string[];
}

export interface StoredLetter {
  id: string;
  received_at: string | null;
  channel: string | null;
  sender: LetterRecord['sender'] | null;
  place: string | null;
  subject: string | null;
  body: string;
  attachments: number;
  response: string | null;
  source: LetterRecord['source'] | null;
  derived: {
    lang: Lang | 'und';
    kind: string | null;
    flags: string[];
    year: number | null;
    month: string | null;
    /** Scores, evidence and personal-data spans (src/enrich), null before enrichment ran. */
    enrichment: unknown;
    /** The campaign this letter belongs to (the key of its first letter), or null. */
    campaign: string | null;
    /** The sender group (the id of the sender's first letter), null before the link pass ran. */
    sender_group: string | null;
    /** What each trained classifier says of this letter: classifier → label. */
    classes: Record<string, string>;
  };
  ingested_at: string;
}

export interface FacetValue {
  value: string;
  count: number;
  /** How to show the value where it is an id (an entity's most common spelling). */
  label?: string;
  /** A private person: personal data, which the presenter (src/privacy) pseudonymises for researchers. */
  private?: boolean;
}

export type Facets = Record<string, FacetValue[]>;

/** Counts by two facets: `counts[row][column]`, rows and columns in their facet order. */
export interface Crosstab {
  rows: string[];
  columns: string[];
  counts: number[][];
}

/** One letter's sender (its sender group, and the name as written) and the persons and organisations it names. */
export interface LetterReport {
  id: string;
  received_at: string | null;
  kind: string | null;
  sender_group: string;
  sender_name: string | null;
  mentions: { id: string; type: 'PER' | 'ORG'; label: string; public: boolean }[];
}

export interface SearchHitRow {
  id: string;
  received_at: string | null;
  kind: string | null;
  flags: string[];
  lang: string;
  place: string | null;
  subject: string | null;
  body: string;
  score: number;
}

export interface SearchResult {
  total: number;
  hits: SearchHitRow[];
  facets: Facets;
  /** Cursor of the next page (same query and sort), or null on the last page. */
  next: string | null;
}

export interface Store {
  /** Stores a batch in one transaction. `run` identifies the ingest run, to catch duplicate ids. */
  putBatch(letters: LetterInput[], run: string): PutResult;
  getLetter(id: string): StoredLetter | undefined;
  search(req: SearchRequest): SearchResult;
  /** Letters most like this one (by its most distinctive stems), best first; never the letter itself. */
  similar(id: string, stems: string[], limit: number): SearchHitRow[];
  count(): number;
  /**
   * Re-analyses every stored letter into a fresh full-text index (`texts` gives a letter's index
   * texts), reporting progress; afterwards the archive records this ANALYZER_VERSION. Returns the
   * number of letters indexed.
   */
  reindex(texts: (l: StoredLetter) => IndexTexts & Partial<Derived>, onProgress?: (done: number, total: number) => void): number;
  /** Every letter, in order of arrival (unknown dates last, ties by storage order). */
  letters(): IterableIterator<StoredLetter>;
  /** Writes each letter's campaign and sender group, in one transaction; letters not listed keep theirs. */
  setGroups(groups: Iterable<LetterGroups>): void;
  /**
   * Stores a trained classifier and the label it gives each letter (replacing an earlier one of
   * that name); its labels become the facet `class:NAME` and the filter `class:NAME=label`.
   */
  saveClassifier(name: string, model: unknown, figures: unknown, labels: Iterable<{ id: string; label: string; score: number }>): void;
  classifiers(): ClassifierInfo[];
  /** The archive's secret, which keys pseudonyms (made with the archive; never shown). */
  secret(): string;
  /** Users: all of them (by name), one, added or replaced, removed (false when there was none). */
  users(): UserRecord[];
  user(name: string): UserRecord | undefined;
  putUser(user: Omit<UserRecord, 'failures' | 'locked_until' | 'created_at'>): void;
  removeUser(name: string): boolean;
  /** The canonical ids of the private persons letters mention (for turning a pseudonym back into a filter). */
  privatePersons(): string[];
  /**
   * How many distinct senders (sender groups; a letter without one counts alone) wrote letters that
   * share all of these: from the place, received in the month (YYYY-MM), mentioning every entity
   * id. The k of the publication-risk check (src/privacy/risk.ts).
   */
  sendersSharing(c: { place?: string; month?: string; entities?: string[] }): number;
  /** Appends to the audit log; `seal` gives the entry's hash from the one before it. */
  appendAudit(entry: { actor: string; action: string; detail: string }, seal: (e: Omit<AuditEntry, 'hash'>) => string): AuditEntry;
  /** Audit entries after `afterSeq`, oldest first. */
  auditEntries(afterSeq: number, limit: number): AuditEntry[];
  /** Records the outcome of a login: failures in a row and a lock, or a reset. */
  setLoginState(name: string, failures: number, lockedUntil: number | null): void;
  /** Letters a query matches counted by two facets: per month (or year), per kind (or language, oblast). */
  crosstab(req: Pick<SearchRequest, 'query' | 'translit'>, rows: 'month' | 'year', columns: 'kind' | 'lang' | 'oblast'): Crosstab;
  /** One facet over the letters a query matches, up to `limit` values (the search shows 30 at most). */
  tally(req: Pick<SearchRequest, 'query' | 'translit'>, facet: string, limit: number): FacetValue[];
  /** Who wrote the letters a query matches and whom they name (newest `maxLetters`): the network's raw edges. */
  reports(req: Pick<SearchRequest, 'query' | 'translit'>, maxLetters: number): LetterReport[];
  /** The analyzer version (ANALYZER_VERSION) the index was built with; null for an empty archive, 1 for one older than the record. */
  analyzerVersion(): number | null;
  // The reporter's notebook (sqlite/notebook.ts): user data keyed by letter id, apart from the letters.
  /** A letter's tags, by tag. */
  letterTags(letterId: string): TagRecord[];
  /** Tags a letter; false when it had the tag already (whoever gave it). The tag becomes the facet `tag` and the filter `tag:NAME`. */
  addTag(letterId: string, tag: string, user: string): boolean;
  removeTag(letterId: string, tag: string): boolean;
  /** Every tag of the archive and how many letters carry it, commonest first. */
  tagCounts(): TagCount[];
  /** A letter's notes, oldest first. */
  letterNotes(letterId: string): NoteRecord[];
  note(id: number): NoteRecord | undefined;
  addNote(letterId: string, user: string, text: string): NoteRecord;
  removeNote(id: number): boolean;
  /** Collections with their item counts, newest first: one owner's, or all when `owner` is undefined. */
  collections(owner?: string): CollectionRecord[];
  collection(id: number): CollectionRecord | undefined;
  addCollection(name: string, owner: string): CollectionRecord;
  /** Removes a collection with its items. */
  removeCollection(id: number): boolean;
  /** A collection's items in their order. */
  collectionItems(collectionId: number): CollectionItem[];
  /** Adds an item at the end of a collection. */
  addCollectionItem(collectionId: number, item: { letter_id: string; quote: string | null; note: string | null }): CollectionItem;
  /** Sets (or with null clears) an item's note; undefined when the collection holds no such item. */
  setCollectionItemNote(collectionId: number, itemId: number, note: string | null): CollectionItem | undefined;
  removeCollectionItem(collectionId: number, itemId: number): boolean;
  close(): void;
}

/** A tag on a letter: who gave it, when (ISO 8601). */
export interface TagRecord {
  tag: string;
  user: string;
  at: string;
}

export interface TagCount {
  tag: string;
  count: number;
}

export interface NoteRecord {
  id: number;
  letter_id: string;
  user: string;
  text: string;
  at: string;
}

export interface CollectionRecord {
  id: number;
  name: string;
  owner: string;
  created_at: string;
  /** How many items it holds. */
  items: number;
}

/** A letter in a collection, with the passage quoted from it and the reporter's note, both optional. */
export interface CollectionItem {
  id: number;
  collection_id: number;
  letter_id: string;
  quote: string | null;
  note: string | null;
  added_at: string;
  position: number;
}
