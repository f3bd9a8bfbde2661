/**
 * The shapes of the API's answers that are not store records, in a module with no Node imports: the
 * server builds them and the web app (web/src/api.ts) reads them, one definition for both.
 */
import type { CollectionRecord } from '../store/types.js';

/** A letter as a collection item shows it: enough to cite it. */
export interface LetterSummary {
  id: string;
  received_at: string | null;
  kind: string | null;
  place: string | null;
  subject: string | null;
}

/** A collection item as GET /api/collections/:id answers it. */
export interface ItemView {
  id: number;
  letter_id: string;
  quote: string | null;
  note: string | null;
  added_at: string;
  letter: LetterSummary | null;
}

export interface CollectionView extends Omit<CollectionRecord, 'items'> {
  items: ItemView[];
}

export interface NetworkNode {
  id: string;
  type: 'sender' | 'PER' | 'ORG';
  label: string;
  /** Letters behind the node: those the sender wrote, or those that name the entity. */
  letters: number;
  public?: boolean;
}

export interface NetworkEdge {
  source: string;
  target: string;
  letters: number;
}

/** Who reports whom, as GET /api/network answers it. */
export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  letters: number;
}
