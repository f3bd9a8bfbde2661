/**
 * The Belarus gazetteer: towns, Minsk districts, raions and oblasts with every case form in Russian
 * and Belarusian and the Latin spellings people use, so that `Mahilau`, `Mogilev`, `Могилёве` and
 * `Магілёве` all lead to the same place.
 */
import { CASES } from '../types.js';
import { OBLASTS, PLACES, type OblastEntry, type OblastId, type PlaceEntry } from './places.js';

export {
  OBLASTS,
  PLACES,
  RAIONS,
  asciiFold,
  beBgn,
  beNational,
  bePassport,
  latinSpellings,
  ruLatin,
  type OblastEntry,
  type OblastId,
  type PlaceEntry,
  type PlaceType,
  type RaionEntry,
} from './places.js';
export { MINSK_STREETS, STREETS, type StreetName } from './streets.js';

const byId = new Map<string, PlaceEntry>(PLACES.map((p) => [p.id, p]));

export function placeById(id: string): PlaceEntry | undefined {
  return byId.get(id);
}

/**
 * The lookup key of a spelling: case folded, diacritics dropped (which also makes ё/е, ў/у and й/и
 * meet), apostrophes removed, hyphens and runs of spaces made one space.
 */
export function placeKey(spelling: string): string {
  return spelling
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’ʼ`´]/g, '')
    .replace(/[\s\u2010-\u2015-]+/g, ' ')
    .trim();
}

/** Nominatives and Latin spellings win over case forms, and bigger places over smaller ones. */
const TYPE_RANK: Record<PlaceEntry['type'], number> = { capital: 0, oblast_centre: 1, raion_centre: 2, city: 3, city_district: 4, village: 5 };

function buildIndex(): Map<string, PlaceEntry> {
  const index = new Map<string, PlaceEntry>();
  const ranked = [...PLACES].sort((a, b) => TYPE_RANK[a.type] - TYPE_RANK[b.type]);
  const claim = (s: string, p: PlaceEntry) => {
    const k = placeKey(s);
    if (k && !index.has(k)) index.set(k, p);
  };
  for (const p of ranked) {
    claim(p.ru.nom, p);
    claim(p.be.nom, p);
    for (const l of p.latin) claim(l, p);
  }
  for (const p of ranked) {
    for (const c of CASES) {
      claim(p.ru[c], p);
      claim(p.be[c], p);
    }
  }
  return index;
}

const index = buildIndex();

/** The place a bare name refers to, in any case, in Russian, Belarusian or Latin script. */
export function findPlace(spelling: string): PlaceEntry | undefined {
  return index.get(placeKey(spelling));
}

const oblastIndex = new Map<string, OblastEntry>();
for (const o of OBLASTS) {
  for (const c of CASES) {
    for (const form of [o.ru[c], o.be[c]]) {
      oblastIndex.set(placeKey(form), o);
      // "Могилёвская" alone, without "область", names the oblast too.
      oblastIndex.set(placeKey(form.split(' ')[0] as string), o);
    }
  }
  for (const l of o.latin) oblastIndex.set(placeKey(l), o);
  oblastIndex.set(o.id, o);
}

/**
 * The oblast a name refers to: its own name in any case ("Могилёвская область", "Mahilyow
 * Region", "Магілёўскай"), or any place in it ("Mahilau", "Бобруйск").
 */
export function findOblast(spelling: string): OblastEntry | undefined {
  const direct = oblastIndex.get(placeKey(spelling));
  if (direct) return direct;
  const place = findPlace(spelling);
  return place ? OBLASTS.find((o) => o.id === place.oblast) : undefined;
}

/** Every place of an oblast; Minsk city is its own oblast. */
export function placesInOblast(id: OblastId): PlaceEntry[] {
  return PLACES.filter((p) => p.oblast === id);
}
