/**
 * The presenter: the one place where what leaves the archive meets the viewer's role. Admins and
 * editors get letters as written; researchers get every piece of personal data — in the body, the
 * subject, the agency response, the sender fields, the evidence and entity texts, the personal-data
 * spans, the person facet — replaced by its pseudonym, with every offset moved to match.
 */
import type { Entity } from '../enrich/entities.js';
import type { QueryNode } from '../query/ast.js';
import type { FacetValue, Facets, StoredLetter } from '../store/types.js';
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

/**
 * What the detectors find in each tag, kept: the tag facet comes with every search a researcher
 * makes, and an archive holds a few hundred distinct tags, not millions.
 */
const TAG_SPANS = new Map<string, PersonalSpan[]>();

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

  /** A tag (words a user typed about letters): redacted as text, a name typed as a tag being personal data. */
  tag(s: string): string {
    const p = this.p;
    if (!p) return s;
    let spans = TAG_SPANS.get(s);
    if (!spans) {
      if (TAG_SPANS.size >= 10_000) TAG_SPANS.clear();
      spans = detectPersonal(s);
      TAG_SPANS.set(s, spans);
    }
    return spans.length ? redact(s, spans, p).text : s;
  }

  /** The body's personal-data spans as ingest stored them (names carry their entity id); found now if none were kept. */
  private bodySpans(l: StoredLetter): PersonalSpan[] {
    const e = (l.derived.enrichment ?? null) as StoredEnrichment | null;
    if (!e?.pii) return detectPersonal(l.body);
    const idAt = new Map((e.entities ?? []).filter((x) => x.type === 'PER').map((x) => [`${x.start}:${x.end}`, x.id]));
    return e.pii.map((s) => ({ type: s.type as PersonalType, start: s.start, end: s.end, text: s.text, ...(idAt.has(`${s.start}:${s.end}`) ? { entityId: idAt.get(`${s.start}:${s.end}`) } : {}) }));
  }

  /**
   * Text a user cut from a letter or wrote about it: a quote, a note. What the detectors find in it
   * alone is not enough, since a passage loses the context that made a word personal data (a
   * surname standing alone in a signature, half a name at the cut): the spans ingest found in the
   * letter are clipped to the passage where it is cut from the body, and their texts and the
   * sender's fields are looked for wherever else they appear in it.
   */
  about(s: string | null, letter: StoredLetter | undefined): string | null {
    const p = this.p;
    if (!p || s === null || s === '' || !letter) return this.text(s);
    const spans = detectPersonal(s);
    const known = this.bodySpans(letter);
    const at = letter.body.indexOf(s);
    if (at >= 0) {
      for (const x of known) {
        if (x.end <= at || x.start >= at + s.length) continue;
        const start = Math.max(x.start, at) - at;
        const end = Math.min(x.end, at + s.length) - at;
        spans.push({ ...x, start, end, text: s.slice(start, end) });
      }
    }
    const types: Record<string, PersonalType> = { name: 'name', address: 'address', phone: 'phone', email: 'email', id_number: 'id_number' };
    const sender = Object.entries(letter.sender ?? {}).flatMap(([k, v]) => (typeof v === 'string' && types[k] ? [{ type: types[k], text: v }] : []));
    for (const x of [...known, ...sender]) {
      const t = x.text.trim();
      if (t.length < 3) continue;
      for (let i = s.indexOf(t); i >= 0; i = s.indexOf(t, i + t.length)) {
        const whole = !/[\p{L}\p{N}]/u.test(s[i - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(s[i + t.length] ?? ' ');
        if (whole) spans.push({ ...x, start: i, end: i + t.length, text: t });
      }
    }
    return redact(s, spans, p).text;
  }

  letter(l: StoredLetter): StoredLetter {
    const p = this.p;
    if (!p) return l;
    const e = (l.derived.enrichment ?? null) as StoredEnrichment | null;
    const r = redact(l.body, this.bodySpans(l), p);
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
      if (type === 'name') out[k] = this.name(v);
      else out[k] = type ? p.replacement(type, v) : 'withheld';
    }
    return out;
  }

  /**
   * A person's name (a sender field) as this viewer may see it: as written, or the pseudonym of the
   * canonical person it resolves to, so the sender field and the signature share a pseudonym.
   */
  name(v: string): string {
    const p = this.p;
    if (!p) return v;
    const person = detectPersonal(v).find((x) => x.type === 'name');
    return p.replacement('name', v, person?.entityId);
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
    for (const [name, values] of Object.entries(f)) out[name] = name === 'tag' ? values.map((v) => ({ ...v, value: this.tag(v.value) })) : values.map((v) => this.value(v));
    return out;
  }

  /** One facet value: a private person's becomes their pseudonym (`per:~7F3A91`, "Person 7F3A91"). */
  value(v: FacetValue): FacetValue {
    const p = this.p;
    if (!p || !v.private) return v;
    const code = p.personId(v.value);
    return { value: code, count: v.count, label: `Person ${code.slice(5)}`, private: true };
  }
}
