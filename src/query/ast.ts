/**
 * The query AST. The parser produces it from user text; store adapters compile it to their own
 * dialect with quoted terms and bound parameters, so user text never reaches SQL or FTS syntax.
 * Columns count from 1, in UTF-16 code units of the query string.
 */
export type QueryNode = TermNode | PhraseNode | NearNode | FieldNode | NotNode | AndNode | OrNode;

/**
 * A word. `stem`: every form of it (and, for names and places, every spelling across scripts);
 * `exact`: this form only (=слово); `prefix`: words starting so (слов*); `fuzzy`: within `distance`
 * edits (слово~1).
 */
export interface TermNode {
  type: 'term';
  text: string;
  mode: 'stem' | 'exact' | 'prefix' | 'fuzzy';
  distance?: number;
  column: number;
}

/** Words in this order, next to each other, as written ("exact phrase": surface forms). */
export interface PhraseNode {
  type: 'phrase';
  words: string[];
  column: number;
}

/** Words within `distance` words of each other, in any order: NEAR(a b, 5). */
export interface NearNode {
  type: 'near';
  words: string[];
  distance: number;
  column: number;
}

export interface FieldNode {
  type: 'field';
  field: FieldName;
  value: string;
  column: number;
}

export interface NotNode {
  type: 'not';
  node: QueryNode;
  column: number;
}

export interface AndNode {
  type: 'and';
  nodes: QueryNode[];
}

export interface OrNode {
  type: 'or';
  nodes: QueryNode[];
}

/** Every field the language knows; the README documents each. */
export const FIELDS = [
  'kind',
  'flag',
  'lang',
  'place',
  'oblast',
  'org',
  'person',
  'sender',
  'tag',
  'has',
  'year',
  'date',
  'subject',
  'channel',
  'translit',
  'campaign',
  'class',
] as const;
export type FieldName = (typeof FIELDS)[number];

export interface SearchRequest {
  query: QueryNode | null;
  limit: number;
  offset: number;
  sort: 'relevance' | 'date' | '-date';
  /** Cross-script matching of names and places (default on); `translit:off` in the query also turns it off. */
  translit?: boolean;
  /** Where to go on from: the `next` of the previous page; stable under concurrent writes, unlike offset. */
  cursor?: string;
}
