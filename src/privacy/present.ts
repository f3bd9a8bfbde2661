/**
 * The presenter: the one place where what leaves the archive meets the viewer's role. Admins and
 * editors get letters as written; researchers get every piece of personal data — in the body, the
 * subject, the agency response, the sender fields, the evidence and entity texts, the personal-data
 * spans, the person facet — replaced by its pseudonym, with every offset moved to match.
 */
import type { Entity } from '../enrich/entities.js';
import type { QueryNode } from '../query/ast.js';
import type { Facets, StoredLetter } from '../store/types.js';
import { Pseudonyms, seesRaw, type PersonalType, type Role } from './pseudonyms.js';
import { detectPersonal, redact, type PersonalSpan } from './redact.js';

export interface Viewer {
  role: Role;
}

interface StoredEnrichment {
  scores?: unknown;
  evidence?: { for: string; start: number; end: number; text: string }[];
  entities?: Entity[];
  pii?: { type: string; start: number; end: number; text: string }[];
}

export class Presenter {
  private readonly p: Pseudonyms | null;

  /** `secret` is the archive's (Store.secret()); it keys every pseudonym. */
  constructor(
    readonly viewer: Viewer,
    secret: string,
  ) {
    this.p = seesRaw(viewer.role) ? null : new Pseudonyms(secret);
  }

  /** Whether this viewer sees personal data as written. */
  get raw(): boolean {
    return this.p === null;
  }

  /** Any text the archive holds no spans for, redacted by what the detectors find in it now. */
  text(s: string): string;
  text(s: string | null): string | null;
  text(s: string | null): string | null {
    if (!this.p || s === null || s === '') return s;
    return redact(s, detectPersonal(s), this.p).text;
  }

  letter(l: StoredLetter): StoredLetter {
    const p = this.p;
    if (!p) return l;
    const e = (l.derived.enrichment ?? null) as StoredEnrichment | null;
    // The body's spans as ingest stored them (names carry their entity id); found now if none were kept.
    let spans: PersonalSpan[];
    if (e?.pii) {
      const idAt = new Map((e.entities ?? []).filter((x) => x.type === 'PER').map((x) => [`${x.start}:${x.end}`, x.id]));
      spans = e.pii.map((s) => ({ type: s.type as PersonalType, start: s.start, end: s.end, text: s.text, ...(idAt.has(`${s.start}:${s.end}`) ? { entityId: idAt.get(`${s.start}:${s.end}`) } : {}) }));
    } else spans = detectPersonal(l.body);
    const r = redact(l.body, spans, p);
    const moved = <T extends { start: number; end: number; text: string }>(x: T): T => {
      const start = r.map(x.start);
      const end = Math.max(start, r.map(x.end, true));
      return { ...x, start, end, text: r.text.slice(start, end) };
    };
    const enrichment: StoredEnrichment | null = e && {
      ...e,
      ...(e.evidence ? { evidence: e.evidence.map(moved) } : {}),
      ...(e.entities ? { entities: e.entities.map((x) => (x.type === 'PER' && !x.public ? { ...moved(x), id: p.personId(x.id) } : moved(x))) } : {}),
      ...(e.pii ? { pii: e.pii.map(moved) } : {}),
    };
    return {
      ...l,
      body: r.text,
      subject: this.text(l.subject),
      response: this.text(l.response),
      sender: l.sender && this.sender(l.sender),
      derived: { ...l.derived, enrichment },
    };
  }

  private sender(s: NonNullable<StoredLetter['sender']>): NonNullable<StoredLetter['sender']> {
    const p = this.p as Pseudonyms;
    const out: Record<string, string> = {};
    const types: Record<string, PersonalType> = { name: 'name', address: 'address', phone: 'phone', email: 'email', id_number: 'id_number' };
    for (const [k, v] of Object.entries(s)) {
      if (typeof v !== 'string' || v === '') continue;
      const type = types[k];
      if (type === 'name') {
        // The name as its canonical person, so the sender field and the signature share a pseudonym.
        const person = detectPersonal(v).find((x) => x.type === 'name');
        out[k] = p.replacement('name', v, person?.entityId);
      } else out[k] = type ? p.replacement(type, v) : 'withheld';
    }
    return out;
  }

  /**
   * A researcher filters by the person values the facets gave them (`person:"per:~7F3A91"`): each
   * becomes the person's canonical id again, found among the archive's private persons by hashing
   * them. A pseudonym that matches no one stays as it is and matches nothing.
   */
  unmask(q: QueryNode | null, persons: () => readonly string[]): QueryNode | null {
    const p = this.p;
    if (!p || !q) return q;
    let byCode: Map<string, string> | null = null;
    const walk = (n: QueryNode): QueryNode => {
      if (n.type === 'field' && n.field === 'person' && /^per:~[0-9A-F]{6}$/.test(n.value)) {
        byCode ??= new Map(persons().map((id) => [p.personId(id), id]));
        const id = byCode.get(n.value);
        return id ? { ...n, value: id } : n;
      }
      if (n.type === 'and' || n.type === 'or') return { ...n, nodes: n.nodes.map(walk) };
      if (n.type === 'not') return { ...n, node: walk(n.node) };
      return n;
    };
    return walk(q);
  }

  /** Facets: the values of private persons become their pseudonyms (public figures stay named). */
  facets(f: Facets): Facets {
    const p = this.p;
    if (!p) return f;
    const out: Facets = {};
    for (const [name, values] of Object.entries(f)) {
      out[name] = values.map((v) => {
        if (!v.private) return v;
        const code = p.personId(v.value);
        return { value: code, count: v.count, label: `Person ${code.slice(5)}`, private: true };
      });
    }
    return out;
  }
}
