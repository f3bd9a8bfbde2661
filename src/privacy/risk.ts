/**
 * The publication-risk check: before a story quotes a letter, what in the quote, and in what the
 * story would print beside it (the town, the month, the employer), could lead back to its writer,
 * and how many people in the archive share that combination (k). A reader who knows the town and
 * the month and the factory can find the one worker who wrote; k says how many candidates there are.
 *
 * Direct identifiers (a name, a phone, an address, a document number) identify on their own. The
 * rest narrow the crowd: an employer or a small organisation or co-op, a village, an exact date, a
 * job title few letters mention. k is the number of distinct senders whose letters share the place,
 * the month and every organisation and place named — a lower bound on how identifying the quote is,
 * because the archive holds only the letters that were sent, not everyone in that town.
 */
import { entitiesOf } from '../enrich/index.js';
import { findPii } from '../enrich/pii.js';
import { signatureNames } from '../enrich/signature.js';
import { placeById, findPlace } from '../language/gazetteer/index.js';
import type { Store, StoredLetter } from '../store/types.js';

export type RiskKind = 'name' | 'contact' | 'employer' | 'organisation' | 'village' | 'place' | 'date' | 'job' | 'month';

export interface RiskItem {
  kind: RiskKind;
  text: string;
  /** Why it matters, in a sentence a reporter can act on. */
  why: string;
  /** Identifies on its own (a name, a phone, an address, a document number). */
  direct: boolean;
  /** Distinct senders in the archive sharing this with the letter's place (where it can be counted). */
  k?: number;
}

export interface RiskReport {
  id: string;
  quote: string;
  items: RiskItem[];
  /** What a story would print together, and how many senders share all of it. */
  combination: { place: string | null; month: string | null; entities: string[]; k: number };
  /** Below this k a warning is given. */
  threshold: number;
  warning: string | null;
}

export const K_THRESHOLD = 5;

/** Words for jobs and posts: few people hold each in a town, so a quote naming one narrows the crowd. */
const JOBS =
  /(?<![\p{L}])(?:учител|настаўні|преподавател|выкладчы|директор|дырэктар|завуч|заведующ|загадчы|главн\p{L}* (?:бухгалтер|инженер|врач)|галоўн\p{L}* (?:бухгалтар|інжынер|урач)|бухгалтер|бухгалтар|инженер|інжынер|технолог|мастер\p{L}* участка|майстр\p{L}* участка|начальник\p{L}* (?:цеха|отдела|смены|участка)|начальнік\p{L}* (?:цэха|аддзела|змены)|врач|урач|фельдшар|фельдшер|медсестр|медсястр|санитар|провизор|фармацевт|водител|вадзіцел|машинист|машыніст|тракторист|трактарыст|механизатор|доярк|агроном|ветеринар|ветэрынар|участков|следовател|следчы|судь|суддз|прокурор|пракурор|нотариус|натарыус|адвокат|юрист|юрыст|журналист|журналіст|редактор|рэдактар|священник|свяшчэннік|председател\p{L}* (?:колхоза|сельсовета|профкома)|старшын\p{L}*|бригадир|брыгадзір|кладовщи|кладаўшчы|охранник|ахоўнік|вахтер|вахцёр|библиотекар|бібліятэкар|воспитател|выхавальні|повар|повар|кухар)\p{L}*/giu;

const DATES = /(?<![\p{L}\p{N}])(?:\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})|\d{1,2}\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|студзеня|лютага|сакавіка|красавіка|траўня|чэрвеня|ліпеня|жніўня|верасня|кастрычніка|лістапада|снежня)(?:\s+\d{4})?)(?![\p{L}\p{N}])/giu;

/** Words before an organisation that make it the writer's (or someone's) workplace. */
const WORK = /(?:работ|працу|труд|устро|уладкав|уволь|уволи|звальн|звольн|служ|вучу|учусь|учит)\p{L}*\s+(?:\p{L}+\s+){0,3}$/iu;

const PII_LABEL: Record<string, string> = {
  phone: 'a phone number',
  email: 'an e-mail address',
  address: 'a street address',
  id_number: 'a personal ID number',
  passport: 'a passport number',
  card: 'a bank card number',
  plate: 'a car plate',
};

/** The identifying elements of a quote from a letter, with no counting (pure). */
export function riskFactors(quote: string, letter: StoredLetter): RiskItem[] {
  const items: RiskItem[] = [];
  for (const p of findPii(quote)) items.push({ kind: 'contact', text: p.text, why: `${PII_LABEL[p.type] ?? 'personal data'}: identifies its owner on its own`, direct: true });
  const entities = entitiesOf(quote);
  for (const e of entities) {
    if (items.some((i) => quote.indexOf(i.text) < e.end && e.start < quote.indexOf(i.text) + i.text.length)) continue;
    if (e.type === 'PER' && !e.public) items.push({ kind: 'name', text: e.text, why: 'the name of a private person: the writer or someone they wrote about', direct: true });
    if (e.type === 'ORG' && !e.public) {
      const work = WORK.test(quote.slice(Math.max(0, e.start - 60), e.start));
      items.push({ kind: work ? 'employer' : 'organisation', text: e.text, why: work ? 'a workplace: in a small town its staff are few and known to each other' : 'a small organisation, co-op or enterprise: its members can be counted', direct: false });
    } else if (e.type === 'ORG' && WORK.test(quote.slice(Math.max(0, e.start - 60), e.start))) {
      items.push({ kind: 'employer', text: e.text, why: 'a workplace: together with the town and a job it narrows the writer down to a few people', direct: false });
    }
    if (e.type === 'LOC') {
      const place = findPlace(e.text) ?? (e.id.startsWith('loc:') ? placeById(e.id.slice(4)) : undefined);
      if (!place || place.type === 'village') items.push({ kind: 'village', text: e.text, why: 'a village or small place: everyone there knows everyone', direct: false });
      else if (place.type === 'raion_centre' || place.type === 'city_district') items.push({ kind: 'place', text: e.text, why: 'a small town or a district: it narrows the crowd', direct: false });
    }
  }
  // A quote that runs to the end of the letter may hold its signature.
  if (letter.body.trimEnd().endsWith(quote.trimEnd())) {
    for (const n of signatureNames(quote)) if (!items.some((i) => i.text.includes(n.text))) items.push({ kind: 'name', text: n.text, why: "the writer's signature", direct: true });
  }
  for (const m of quote.matchAll(DATES)) items.push({ kind: 'date', text: m[0], why: 'an exact date: the day of a protest, a detention or a dismissal is known to those who were there', direct: false });
  for (const m of quote.matchAll(JOBS)) items.push({ kind: 'job', text: m[0], why: 'a job or post: few people hold it in one place', direct: false });
  if (letter.derived.month) items.push({ kind: 'month', text: letter.derived.month, why: 'the month the letter was sent, as a story would date it', direct: false });
  return items;
}

/** What the viewer may see of texts (src/privacy/present.ts): researchers get pseudonyms. */
interface TextPresenter {
  text(s: string): string;
}

/**
 * The whole check for one letter: the factors of the quote (the whole body when none is given)
 * and k. Texts in the report pass the presenter, so a researcher sees no personal data in it.
 */
export function publicationRisk(store: Store, letter: StoredLetter, quote?: string, presenter?: TextPresenter): RiskReport {
  const q = quote && quote.trim() ? quote : letter.body;
  const items = riskFactors(q, letter);
  const found = entitiesOf(q);
  // What a story would print beside the quote: the town, the month, and what the quote names.
  const named = found.filter((e) => (e.type === 'ORG' || e.type === 'LOC') && items.some((i) => i.text === e.text && (i.kind === 'employer' || i.kind === 'organisation' || i.kind === 'village' || i.kind === 'place'))).map((e) => e.id);
  const entities = [...new Set(named)];
  const place = letter.place ?? null;
  const month = letter.derived.month ?? null;
  for (const i of items) {
    const e = found.find((x) => x.text === i.text);
    if (e && entities.includes(e.id)) i.k = store.sendersSharing({ ...(place ? { place } : {}), entities: [e.id] });
    else if (i.kind === 'job') i.k = store.sendersSharing({ ...(place ? { place } : {}), ...(month ? { month } : {}) });
  }
  const k = store.sendersSharing({ ...(place ? { place } : {}), ...(month ? { month } : {}), entities });
  const direct = items.filter((i) => i.direct);
  const warning = direct.length
    ? `The quote holds ${direct.map((i) => i.kind).join(', ')}: it identifies a person on its own. Cut or paraphrase before publishing.`
    : k < K_THRESHOLD
      ? `Only ${k} ${k === 1 ? 'sender' : 'senders'} in the archive share${k === 1 ? 's' : ''} this place, month${entities.length ? ' and what the quote names' : ''}: printed together they could identify the writer.`
      : null;
  const shown = (s: string) => (presenter ? presenter.text(s) : s);
  return {
    id: letter.id,
    quote: shown(q),
    items: items.map((i) => ({ ...i, text: i.direct ? shown(i.text) : i.text })),
    combination: { place, month, entities, k },
    threshold: K_THRESHOLD,
    warning,
  };
}
