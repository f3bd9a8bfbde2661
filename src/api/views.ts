/**
 * The JSON behind the web app's overview pages — timeline, entities and places, the network — each
 * counted over the letters a query matches, and each passed through the viewer's presenter like
 * every other answer: a researcher gets pseudonyms for private persons and senders.
 */
import type { Hono } from 'hono';
import { ZvarotError } from '../core/errors.js';
import { entitiesOf } from '../enrich/index.js';
import { audit } from '../privacy/audit.js';
import type { Presenter } from '../privacy/present.js';
import { requestFor } from '../query/search.js';
import type { LetterReport, Store } from '../store/types.js';
import type { Network, NetworkEdge, NetworkNode } from './shapes.js';
import { rangedParam, translitParam } from './params.js';
import type { AppEnv } from './server.js';

/** What explains the curve: the events the timeline marks. */
export const EVENTS = [
  { date: '2017-02-17', label: 'Protests against the "social parasites" decree' },
  { date: '2020-08-09', label: 'Presidential election; mass protests follow' },
  { date: '2021-01-01', label: 'Groups and channels designated "extremist" from 2021' },
  { date: '2023-02-01', label: 'Decree on the return and repentance of those who left' },
] as const;

const ENTITY_FACETS = new Set(['person', 'org', 'location', 'oblast', 'place']);
export const MAX_NETWORK_LETTERS = 10_000;

/**
 * Who reports whom: each sender and the persons and organisations their letters name, the writer's
 * own name left out. Nodes of private persons and senders carry pseudonyms for researchers.
 */
export function network(reports: readonly LetterReport[], presenter: Presenter): Network {
  const nodes = new Map<string, NetworkNode>();
  const edges = new Map<string, NetworkEdge>();
  const ownIds = new Map<string, Set<string>>();
  for (const r of reports) {
    const sid = `sender:${r.sender_group}`;
    let sender = nodes.get(sid);
    if (!sender) {
      // The sender's name as the viewer may see it: a pseudonym keyed like the person's own.
      sender = { id: sid, type: 'sender', label: r.sender_name ? presenter.name(r.sender_name) : `Sender of ${r.sender_group}`, letters: 0 };
      nodes.set(sid, sender);
      ownIds.set(sid, new Set(r.sender_name ? entitiesOf(r.sender_name).map((e) => e.id) : []));
    }
    sender.letters++;
    const own = ownIds.get(sid) as Set<string>;
    for (const m of r.mentions) {
      if (own.has(m.id)) continue;
      const value = presenter.value({ value: m.id, count: 1, label: m.label, ...(m.type === 'PER' && !m.public ? { private: true } : {}) });
      const id = value.value;
      let node = nodes.get(id);
      if (!node) {
        node = { id, type: m.type, label: value.label ?? m.label, letters: 0, ...(m.public ? { public: true } : {}) };
        nodes.set(id, node);
      }
      node.letters++;
      const key = `${sid}\u0000${id}`;
      const edge = edges.get(key);
      if (edge) edge.letters++;
      else edges.set(key, { source: sid, target: id, letters: 1 });
    }
  }
  // Senders who name no one add nothing to "who reports whom".
  const linked = new Set<string>();
  for (const e of edges.values()) linked.add(e.source).add(e.target);
  return { nodes: [...nodes.values()].filter((n) => linked.has(n.id)), edges: [...edges.values()], letters: reports.length };
}

export function viewRoutes(app: Hono<AppEnv>, store: Store): void {
  const request = (q: string | undefined, translit: string | undefined, presenter: Presenter) => {
    const req = requestFor(store, { q: q ?? '', translit: translitParam(translit) }, presenter);
    return { query: req.query, translit: req.translit };
  };

  app.get('/api/timeline', (c) => {
    const by = c.req.query('by') ?? 'kind';
    if (by !== 'kind' && by !== 'lang' && by !== 'oblast') throw new ZvarotError('E_QUERY_PARAM', `by must be kind, lang or oblast, got "${by.slice(0, 20)}"`);
    const q = c.req.query('q') ?? '';
    const table = store.crosstab(request(q, c.req.query('translit'), c.get('presenter')), 'month', by);
    audit(store, c.get('viewer').name, 'timeline', { q, by });
    return c.json({ query: q, by, ...table, events: EVENTS });
  });

  app.get('/api/entities', (c) => {
    const facet = c.req.query('type') ?? 'person';
    if (!ENTITY_FACETS.has(facet)) throw new ZvarotError('E_QUERY_PARAM', `type must be one of ${[...ENTITY_FACETS].join(', ')}, got "${facet.slice(0, 20)}"`);
    const limit = rangedParam(c, 'limit', 1, 1000, 100);
    const q = c.req.query('q') ?? '';
    const presenter = c.get('presenter');
    const values = store.tally(request(q, c.req.query('translit'), presenter), facet, limit);
    audit(store, c.get('viewer').name, 'entities', { q, type: facet });
    return c.json({ query: q, type: facet, values: values.map((v) => presenter.value(v)) });
  });

  app.get('/api/network', (c) => {
    const q = c.req.query('q') ?? 'kind:denunciation';
    const max = rangedParam(c, 'letters', 1, MAX_NETWORK_LETTERS, 2000);
    const presenter = c.get('presenter');
    const reports = store.reports(request(q, c.req.query('translit'), presenter), max);
    audit(store, c.get('viewer').name, 'network', { q, letters: reports.length });
    return c.json({ query: q, ...network(reports, presenter) });
  });
}
