/**
 * The engine's side of the content contract: a Writer that appends text and records, at the moment
 * it writes them, the exact spans of every entity and piece of personal data. Offsets are UTF-16
 * code units into the body, end exclusive.
 */
import type { EntitySpan, Flag, PiiSpan } from '../core/record.js';
import type { Case, NameForm, NameParts, TextLang } from '../language/types.js';
import { applyNoise, type Sloppiness, TIDY } from './noise.js';
import { formatPassport, formatPhone } from './pii.js';
import { castOf, type Cast } from './cast.js';
import type { Fragment, OrgRef, PersonRef, PlaceRef, Rng, Scenario, Writer } from './types.js';

const MONTHS_GEN: Record<TextLang, readonly string[]> = {
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  be: ['студзеня', 'лютага', 'сакавіка', 'красавіка', 'мая', 'чэрвеня', 'ліпеня', 'жніўня', 'верасня', 'кастрычніка', 'лістапада', 'снежня'],
};

export function formatDate(d: Date, style: 'numeric' | 'long' | 'short', lang: TextLang): string {
  const dd = d.getUTCDate();
  const mm = d.getUTCMonth() + 1;
  const y = d.getUTCFullYear();
  const p = (n: number) => String(n).padStart(2, '0');
  switch (style) {
    case 'long':
      return `${dd} ${MONTHS_GEN[lang][mm - 1]} ${y} года`;
    case 'short':
      return `${p(dd)}.${p(mm)}.${String(y % 100).padStart(2, '0')}`;
    default:
      return `${p(dd)}.${p(mm)}.${y}`;
  }
}

function initial(s: string): string {
  return s ? `${s[0]}.` : '';
}

/** Renders a name in one of the forms people use, every part in the given case. */
export function renderName(n: NameParts, c: Case, form: NameForm): string {
  const first = n.first[c];
  const patr = n.patronymic[c];
  const sur = n.surname[c];
  const inits = `${initial(n.first.nom)}${initial(n.patronymic.nom)}`;
  switch (form) {
    case 'full':
      return [sur, first, patr].filter(Boolean).join(' ');
    case 'natural':
      return [first, patr, sur].filter(Boolean).join(' ');
    case 'initials':
      return `${sur} ${inits}`;
    case 'initials_first':
      return `${inits} ${sur}`;
    case 'first_patronymic':
      return patr ? `${first} ${patr}` : first;
    case 'first_surname':
      return `${first} ${sur}`;
    default:
      return sur;
  }
}

export interface WrittenText {
  text: string;
  flags: Flag[];
  pii: PiiSpan[];
  entities: EntitySpan[];
}

export class LetterWriter implements Writer {
  private out = '';
  private readonly flagSet = new Set<Flag>();
  readonly pii: PiiSpan[] = [];
  readonly entities: EntitySpan[] = [];
  lang: TextLang;
  s: Scenario;
  private readonly cast: Cast;

  rng: Rng;

  constructor(
    scenario: Scenario,
    rng: Rng,
    private readonly sloppiness: Sloppiness = TIDY,
    /** Typos draw from their own generator, so that letters of one campaign keep the same wording. */
    private readonly noiseRng: Rng = rng,
    /** When set, each fragment draws from its own generator, so a branch in one cannot shift the next. */
    private readonly fragmentRng?: (n: number) => Rng,
  ) {
    this.rng = rng;
    this.s = scenario;
    this.lang = scenario.lang;
    this.cast = castOf(scenario);
  }

  /** Mixed-language letters switch language between paragraphs. */
  switchLanguage(lang: TextLang): void {
    this.lang = lang;
    this.s = { ...this.s, lang };
  }

  get length(): number {
    return this.out.length;
  }

  private append(s: string): void {
    this.out += s;
  }

  private atSentenceStart(): boolean {
    const tail = this.out.trimEnd();
    return tail === '' || /[.!?\n]$/.test(tail);
  }

  text(s: string): Writer {
    let t = applyNoise(s, this.sloppiness, this.noiseRng);
    if (this.sloppiness.lowercase) {
      t = t.replace(/([.!?]\s+)(\p{Lu})/gu, (_, p: string, c: string) => p + c.toLowerCase());
      if (this.atSentenceStart()) t = t.replace(/^(\s*)(\p{Lu})/u, (_, sp: string, c: string) => sp + c.toLowerCase());
    }
    this.append(t);
    return this;
  }

  verbatim(s: string): Writer {
    this.append(s);
    return this;
  }

  para(): Writer {
    this.out = this.out.replace(/[ \t]+$/, '');
    if (this.out !== '' && !this.out.endsWith('\n\n')) this.append(this.out.endsWith('\n') ? '\n' : '\n\n');
    return this;
  }

  line(): Writer {
    this.out = this.out.replace(/[ \t]+$/, '');
    this.append('\n');
    return this;
  }

  private span(write: () => void): { start: number; end: number } {
    const start = this.out.length;
    write();
    return { start, end: this.out.length };
  }

  person(p: PersonRef, c: Case, form: NameForm = 'natural'): Writer {
    const person = this.cast.person(p.id);
    const text = renderName(person.names[this.lang], c, form);
    const sp = this.span(() => this.append(text));
    this.entities.push({ ...sp, type: 'PER', id: person.entityId });
    if (!p.public) this.pii.push({ ...sp, type: 'name' });
    return this;
  }

  place(p: PlaceRef, c: Case): Writer {
    const place = this.cast.place(p.id);
    const sp = this.span(() => this.append(place[this.lang][c]));
    this.entities.push({ ...sp, type: 'LOC', id: `place:${place.id}` });
    return this;
  }

  org(o: OrgRef, c: Case): Writer {
    const org = this.cast.org(o.id);
    const sp = this.span(() => this.append(org[this.lang][c]));
    this.entities.push({ ...sp, type: 'ORG', id: `org:${org.id}` });
    return this;
  }

  phone(): Writer {
    const me = this.cast.sender;
    const sp = this.span(() => this.append(formatPhone(me.phone, me.phoneStyle)));
    this.pii.push({ ...sp, type: 'phone' });
    return this;
  }

  email(): Writer {
    const sp = this.span(() => this.append(this.cast.sender.email));
    this.pii.push({ ...sp, type: 'email' });
    return this;
  }

  address(): Writer {
    const me = this.cast.sender;
    const lang = this.lang;
    const street = me.street[lang];
    const start = this.out.length;
    const townPrefix = me.town.type === 'village' ? (lang === 'ru' ? 'д. ' : 'в. ') : 'г. ';
    const style = me.addressStyle;
    if (style !== 2) this.append(townPrefix);
    this.place({ id: me.town.id }, 'nom');
    const house = lang === 'ru' ? 'д.' : 'д.';
    const flat = lang === 'ru' ? 'кв.' : 'кв.';
    if (style === 0) this.append(`, ${street}, ${house} ${me.house}${me.flat ? `, ${flat} ${me.flat}` : ''}`);
    else if (style === 1) this.append(`, ${street} ${me.house}${me.flat ? `-${me.flat}` : ''}`);
    else this.append(`, ${street}, ${me.house}${me.flat ? `/${me.flat}` : ''}`);
    this.pii.push({ start, end: this.out.length, type: 'address' });
    return this;
  }

  idNumber(): Writer {
    const sp = this.span(() => this.append(this.cast.sender.idNumber));
    this.pii.push({ ...sp, type: 'id_number' });
    return this;
  }

  passport(): Writer {
    const me = this.cast.sender;
    const sp = this.span(() => this.append(formatPassport(me.passport, me.passportStyle)));
    this.pii.push({ ...sp, type: 'passport' });
    return this;
  }

  date(d: Date, style: 'numeric' | 'long' | 'short' = 'numeric'): Writer {
    const text = formatDate(d, style, this.lang);
    const sp = this.span(() => this.append(text));
    const iso = d.toISOString().slice(0, 10);
    this.entities.push({ ...sp, type: 'DATE', id: `date:${iso}` });
    return this;
  }

  flag(f: Flag): Writer {
    this.flagSet.add(f);
    return this;
  }

  g(masc: string, fem: string): string {
    return this.s.sender.gender === 'f' ? fem : masc;
  }

  gOf(p: PersonRef, masc: string, fem: string): string {
    return p.gender === 'f' ? fem : masc;
  }

  private fragmentsWritten = 0;

  /** Runs fragments one after another, each in its own paragraph. */
  write(fragments: readonly Fragment[]): this {
    for (const f of fragments) {
      this.para();
      if (this.fragmentRng) this.rng = this.fragmentRng(this.fragmentsWritten);
      this.fragmentsWritten++;
      f(this);
    }
    return this;
  }

  result(): WrittenText {
    const trimmedEnd = this.out.replace(/\s+$/, '');
    // Leading whitespace never arises (para() skips an empty start), so offsets stay valid.
    return {
      text: trimmedEnd,
      flags: [...this.flagSet].sort(),
      pii: this.pii.filter((sp) => sp.end <= trimmedEnd.length),
      entities: this.entities.filter((sp) => sp.end <= trimmedEnd.length),
    };
  }
}

/** Writes fragments for a scenario: the entry point content tests use. */
export function writeFragments(scenario: Scenario, rng: Rng, fragments: readonly Fragment[], sloppiness: Sloppiness = TIDY): WrittenText {
  return new LetterWriter(scenario, rng, sloppiness).write(fragments).result();
}
