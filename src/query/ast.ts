/**
 * The query AST. The parser produces it from user text; store adapters compile it to their own
 * dialect with quoted terms and bound parameters, so user text never reaches SQL or FTS syntax.
 * Columns count from 1, in UTF-16 code units of the query string.
 */
export type QueryNode = TermNode | PhraseNode | FieldNode | NotNode | AndNode | OrNode;

/** A word: every form of it matches. */
export interface TermNode {
  type: 'term';
  text: string;
  column: number;
}

/** Words in this order, next to each other. */
export interface PhraseNode {
  type: 'phrase';
  words: string[];
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

export const FIELDS = ['lang', 'year', 'place', 'channel', 'kind', 'has'] as const;
export type FieldName = (typeof FIELDS)[number];

export interface SearchRequest {
  query: QueryNode | null;
  limit: number;
  offset: number;
  sort: 'relevance' | 'date' | '-date';
}
