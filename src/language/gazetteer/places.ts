/**
 * Every town a letter to the agency is likely to come from: Minsk and its districts, the oblast
 * centres, all 118 raion centres, the cities of oblast subordination that are not raion centres, and
 * a few dozen agrotowns and villages. Each name is given in every case in Russian and Belarusian,
 * because letters say "в Глубоком", "у Брэсце", "из Барановичей", and a search for the town must
 * find all of them.
 *
 * Case forms are built by a handful of declension patterns chosen per name; irregular names spell
 * their forms out. The patterns are deliberately narrow (no guessing of gender or stress): whoever
 * adds a town chooses its pattern, and the tests check only a sample, so read the forms you add.
 *
 * Russian neuter names in -о (Гродно, Молодечно, Иваново, Дятлово) are left undeclined, as Belarusian
 * Russian-language usage and the press have them ("в Дятлово"); Belarusian declines them ("у Дзятлаве").
 */
import { romanize } from '../romanize.js';
import type { Paradigm } from '../types.js';

export type OblastId = 'brest' | 'vitebsk' | 'homel' | 'hrodna' | 'minsk' | 'mahilyow' | 'minsk-city';
export type PlaceType = 'capital' | 'oblast_centre' | 'raion_centre' | 'city' | 'city_district' | 'village';

export interface PlaceEntry {
  /** Stable ASCII id, e.g. 'mahilyow', 'minsk-district-frunzensky'. */
  id: string;
  type: PlaceType;
  oblast: OblastId;
  ru: Paradigm;
  be: Paradigm;
  /** Latin spellings: Belarusian national 2007 system, its ASCII fold, BGN/PCGN, Russian-based, press forms. */
  latin: string[];
  /** The raion the place lies in (an id of RAIONS); absent for Minsk and its districts. */
  raion?: string;
}

export interface OblastEntry {
  id: OblastId;
  ru: Paradigm;
  be: Paradigm;
  latin: string[];
}

export interface RaionEntry {
  /** `${centre}-raion`, e.g. 'pinsk-raion'. */
  id: string;
  oblast: Exclude<OblastId, 'minsk-city'>;
  /** "Пинский район" in every case. */
  ru: Paradigm;
  be: Paradigm;
  /** The id of the raion's administrative centre in PLACES. */
  centre: string;
}

const para = (nom: string, gen: string, dat: string, acc: string, ins: string, loc: string): Paradigm => ({ nom, gen, dat, acc, ins, loc });

// ---------------------------------------------------------------------------------------------
// Romanisation. Latin spellings are generated from the Cyrillic so that they stay consistent; the
// press forms that no system produces ("Mahilau", "Maryina Gorka") are added by hand per place.

const RU_VOWELS = new Set([...'аеёиоуыэюяАЕЁИОУЫЭЮЯ']);

function capitalise(piece: string, upper: boolean): string {
  return upper && piece ? piece[0]!.toUpperCase() + piece.slice(1) : piece;
}

/** Runs a per-letter table over a word, with a hook that sees the previous Cyrillic letter. */
function transliterate(s: string, letter: (ch: string, prev: string, next: string) => string): string {
  const chars = [...s];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const lower = ch.toLowerCase();
    const prev = i > 0 ? chars[i - 1]!.toLowerCase() : '';
    const next = i + 1 < chars.length ? chars[i + 1]!.toLowerCase() : '';
    const piece = letter(lower, prev, next);
    if (piece === '\u0301') {
      // Acute for a soft sign: it falls on the letter already written.
      out = out.slice(0, -1) + (out.slice(-1) + '\u0301').normalize('NFC');
      continue;
    }
    out += capitalise(piece, ch !== lower);
  }
  return out.normalize('NFC');
}

/** The Belarusian national system of 2007 (road signs, maps): Mahilioŭ, Viciebsk, Homieĺ. */
export function beNational(s: string): string {
  return romanize(s, 'be_national');
}

/** BGN/PCGN 1979, as on English-language maps: Mahilyow, Vitsyebsk, Homyel. */
export function beBgn(s: string): string {
  return romanize(s, 'be_bgn_pcgn');
}

/** The spelling of Belarusian passports and most e-mail addresses: Siarhei, Ivanou, Kavalionak. */
export function bePassport(s: string): string {
  return romanize(s, 'be_passport');
}

const RU_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y',
  ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/**
 * Russian-based spellings as Belarusians and the foreign press write them (Mogilev, Grodno,
 * Kovalskiy); `yo` gives ё as "yo" instead of "e" (Rogachyov), `shortAdj` ends -ий/-ый in plain "y".
 */
export function ruLatin(s: string, opts: { yo?: boolean; shortAdj?: boolean } = {}): string {
  let src = s;
  if (opts.shortAdj) src = src.replace(/[иы]й(?=$|[\s-])/g, 'ы');
  return transliterate(src, (ch, prev) => {
    if (ch === 'е') return !prev || RU_VOWELS.has(prev) || prev === 'ь' || prev === 'ъ' ? 'ye' : 'e';
    if (ch === 'ё') {
      if (!opts.yo) return !prev || RU_VOWELS.has(prev) ? 'ye' : 'e';
      return 'жчшщ'.includes(prev) ? 'o' : 'yo';
    }
    return RU_LATIN[ch] ?? ch;
  });
}

/** Strips diacritics: Mahilioŭ → Mahiliou, Homieĺ → Homiel. */
export function asciiFold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

function uniq(xs: readonly string[]): string[] {
  return [...new Set(xs.filter((x) => x.length > 0))];
}

/** The Latin spellings of a name given in both languages. */
export function latinSpellings(ru: string, be: string, extra: readonly string[] = []): string[] {
  const nat = beNational(be);
  return uniq([nat, asciiFold(nat), beBgn(be), bePassport(be), ruLatin(ru), ruLatin(ru, { yo: true }), ruLatin(ru, { shortAdj: true }), ...extra]);
}

// ---------------------------------------------------------------------------------------------
// Declension patterns. Codes name the pattern of the nominative given; `pl:X` gives the plural's
// genitive, which no rule predicts (Барановичей but Пружан, Чашников, Крупок); a string with four
// '|' separators spells out gen|dat|acc|ins|loc.

const VELAR = /[гкх]$/;
const RU_HUSH = /[гкхжшчщ]$/;

function explicit(nom: string, code: string): Paradigm | null {
  const parts = code.split('|');
  if (parts.length !== 5) return null;
  const [gen, dat, acc, ins, loc] = parts as [string, string, string, string, string];
  return para(nom, gen, dat, acc, ins, loc);
}

function ruPlace(nom: string, code: string): Paradigm {
  const spelled = explicit(nom, code);
  if (spelled) return spelled;
  const stem1 = nom.slice(0, -1);
  if (code.startsWith('pl:')) return para(nom, code.slice(3), stem1 + 'ам', nom, stem1 + 'ами', stem1 + 'ах');
  switch (code) {
    case 'ind':
      return para(nom, nom, nom, nom, nom, nom);
    case 'm':
      return para(nom, nom + 'а', nom + 'у', nom, nom + 'ом', nom + 'е');
    case 'ms':
      return para(nom, stem1 + 'я', stem1 + 'ю', nom, stem1 + 'ем', stem1 + 'е');
    case 'f':
    case 'f-ej':
      return para(nom, stem1 + (RU_HUSH.test(stem1) ? 'и' : 'ы'), stem1 + 'е', stem1 + 'у', stem1 + (code === 'f-ej' ? 'ей' : 'ой'), stem1 + 'е');
    case 'fj':
      return para(nom, stem1 + 'и', stem1 + 'е', stem1 + 'ю', stem1 + 'ей', stem1 + 'е');
    case 'fs':
      return para(nom, stem1 + 'и', stem1 + 'и', nom, nom + 'ю', stem1 + 'и');
    case 'nje':
      return para(nom, stem1 + 'я', stem1 + 'ю', nom, stem1 + 'ем', stem1 + 'е');
    case 'adj': {
      const stem = nom.slice(0, -2);
      const soft = RU_HUSH.test(stem) || nom.endsWith('ий');
      return para(nom, stem + 'ого', stem + 'ому', nom, stem + (soft ? 'им' : 'ым'), stem + 'ом');
    }
    default:
      throw new Error(`unknown Russian declension code ${code} for ${nom}`);
  }
}

/** Belarusian locative of a masculine or neuter hard stem: у Брэсце, у Слаўгарадзе, у Пінску, у Мазыры. */
function beHardLoc(stem: string): string {
  if (VELAR.test(stem)) return stem + 'у';
  if (/(дж|[ржшчц])$/.test(stem)) return stem + 'ы';
  if (/т$/.test(stem)) return stem.slice(0, -1) + 'це';
  if (/д$/.test(stem)) return stem + 'зе';
  return stem + 'е';
}

/** Belarusian dative and locative of a feminine in -а: Лідзе, Маларыце, Вілейцы, Вользе, Оршы. */
function beFemDatLoc(stem: string): string {
  if (/г$/.test(stem)) return stem.slice(0, -1) + 'зе';
  if (/к$/.test(stem)) return stem.slice(0, -1) + 'цы';
  if (/х$/.test(stem)) return stem.slice(0, -1) + 'се';
  if (/(дж|[ржшчц])$/.test(stem)) return stem + 'ы';
  if (/т$/.test(stem)) return stem.slice(0, -1) + 'це';
  if (/д$/.test(stem)) return stem + 'зе';
  return stem + 'е';
}

function bePlace(nom: string, code: string): Paradigm {
  const spelled = explicit(nom, code);
  if (spelled) return spelled;
  const stem1 = nom.slice(0, -1);
  if (code.startsWith('pl:')) return para(nom, code.slice(3), stem1 + 'ам', nom, stem1 + 'амі', stem1 + 'ах');
  switch (code) {
    case 'ind':
      return para(nom, nom, nom, nom, nom, nom);
    case 'm':
    case 'm-om': {
      const stem = nom.endsWith('ў') ? stem1 + 'в' : nom;
      return para(nom, stem + 'а', stem + 'у', nom, stem + (code === 'm-om' ? 'ом' : 'ам'), beHardLoc(stem));
    }
    case 'ms':
      return para(nom, stem1 + 'я', stem1 + 'ю', nom, stem1 + 'ем', stem1 + 'і');
    case 'f':
    case 'f-oj':
      return para(nom, stem1 + (VELAR.test(stem1) ? 'і' : 'ы'), beFemDatLoc(stem1), stem1 + 'у', stem1 + (code === 'f-oj' ? 'ой' : 'ай'), beFemDatLoc(stem1));
    case 'fj':
      return para(nom, stem1 + 'і', stem1 + 'і', stem1 + 'ю', stem1 + 'яй', stem1 + 'і');
    case 'fs': {
      // Instrumental doubles the last consonant after a vowel: Любанню, Смаргонню, Россю.
      const last = stem1.slice(-1);
      return para(nom, stem1 + 'і', stem1 + 'і', nom, stem1 + last + 'ю', stem1 + 'і');
    }
    case 'n':
      return para(nom, nom, stem1 + 'у', nom, stem1 + 'ам', beHardLoc(stem1));
    case 'no':
      return para(nom, stem1 + 'а', stem1 + 'у', nom, stem1 + 'ом', beHardLoc(stem1));
    case 'ne':
      return para(nom, stem1 + 'я', stem1 + 'ю', nom, stem1 + 'ем', stem1 + 'і');
    case 'adj': {
      const stem = nom.endsWith('ае') ? nom.slice(0, -2) : stem1;
      const insLoc = stem + (VELAR.test(stem) ? 'ім' : 'ым');
      return para(nom, stem + 'ага', stem + 'аму', nom, insLoc, insLoc);
    }
    default:
      throw new Error(`unknown Belarusian declension code ${code} for ${nom}`);
  }
}

/** "Фрунзенский район" in every case, from the adjective. */
function ruRaionPhrase(adj: string): Paradigm {
  const stem = adj.slice(0, -2);
  const ins = stem + (RU_HUSH.test(stem) || adj.endsWith('ий') ? 'им' : 'ым');
  return para(`${adj} район`, `${stem}ого района`, `${stem}ому району`, `${adj} район`, `${ins} районом`, `${stem}ом районе`);
}

/** "Фрунзенскі раён" in every case, from the adjective. */
function beRaionPhrase(adj: string): Paradigm {
  const stem = adj.slice(0, -1);
  const insLoc = stem + (VELAR.test(stem) ? 'ім' : 'ым');
  return para(`${adj} раён`, `${stem}ага раёна`, `${stem}аму раёну`, `${adj} раён`, `${insLoc} раёнам`, `${insLoc} раёне`);
}

function ruOblastPhrase(adjF: string): Paradigm {
  const stem = adjF.slice(0, -2);
  return para(`${adjF} область`, `${stem}ой области`, `${stem}ой области`, `${stem}ую область`, `${stem}ой областью`, `${stem}ой области`);
}

function beOblastPhrase(adjF: string): Paradigm {
  const stem = adjF.slice(0, -2);
  return para(`${adjF} вобласць`, `${stem}ай вобласці`, `${stem}ай вобласці`, `${stem}ую вобласць`, `${stem}ай вобласцю`, `${stem}ай вобласці`);
}

// ---------------------------------------------------------------------------------------------
// Data.

interface Row {
  ru: string;
  ruCode: string;
  be: string;
  beCode: string;
  /** Raion adjectives (Барановичский / Баранавіцкі), for raion centres only. */
  raionRu?: string;
  raionBe?: string;
  type?: PlaceType;
  id?: string;
  /** For non-centres: the centre whose raion the place lies in. */
  in?: string;
  latin?: string[];
}

const row = (ru: string, ruCode: string, be: string, beCode: string, raionRu?: string, raionBe?: string, more: Partial<Row> = {}): Row => ({
  ru,
  ruCode,
  be,
  beCode,
  ...(raionRu ? { raionRu } : {}),
  ...(raionBe ? { raionBe } : {}),
  ...more,
});

/** A town or village that is not a raion centre, lying in the raion of `centre`. */
const inRaion = (centre: string, type: PlaceType, ru: string, ruCode: string, be: string, beCode: string, more: Partial<Row> = {}): Row => ({
  ru,
  ruCode,
  be,
  beCode,
  type,
  in: centre,
  ...more,
});

const BREST: Row[] = [
  row('Брест', 'm', 'Брэст', 'm', 'Брестский', 'Брэсцкі', { type: 'oblast_centre', id: 'brest', latin: ['Brest-Litovsk', 'Bieraście'] }),
  row('Барановичи', 'pl:Барановичей', 'Баранавічы', 'pl:Баранавіч', 'Барановичский', 'Баранавіцкі', { latin: ['Baranovichy', 'Baranavichi'] }),
  row('Берёза', 'f', 'Бяроза', 'f', 'Берёзовский', 'Бярозаўскі'),
  row('Ганцевичи', 'pl:Ганцевичей', 'Ганцавічы', 'pl:Ганцавіч', 'Ганцевичский', 'Ганцавіцкі'),
  row('Дрогичин', 'm', 'Драгічын', 'm', 'Дрогичинский', 'Драгічынскі'),
  row('Жабинка', 'f', 'Жабінка', 'f', 'Жабинковский', 'Жабінкаўскі'),
  row('Иваново', 'ind', 'Іванава', 'n', 'Ивановский', 'Іванаўскі'),
  row('Ивацевичи', 'pl:Ивацевичей', 'Івацэвічы', 'pl:Івацэвіч', 'Ивацевичский', 'Івацэвіцкі'),
  row('Каменец', 'Каменца|Каменцу|Каменец|Каменцом|Каменце', 'Камянец', 'Камянца|Камянцу|Камянец|Камянцом|Камянцы', 'Каменецкий', 'Камянецкі'),
  row('Кобрин', 'm', 'Кобрын', 'm', 'Кобринский', 'Кобрынскі'),
  row('Лунинец', 'Лунинца|Лунинцу|Лунинец|Лунинцем|Лунинце', 'Лунінец', 'Лунінца|Лунінцу|Лунінец|Лунінцам|Лунінцы', 'Лунинецкий', 'Лунінецкі'),
  row('Ляховичи', 'pl:Ляховичей', 'Ляхавічы', 'pl:Ляхавіч', 'Ляховичский', 'Ляхавіцкі'),
  row('Малорита', 'f', 'Маларыта', 'f', 'Малоритский', 'Маларыцкі'),
  row('Пинск', 'm', 'Пінск', 'm', 'Пинский', 'Пінскі'),
  row('Пружаны', 'pl:Пружан', 'Пружаны', 'pl:Пружан', 'Пружанский', 'Пружанскі'),
  row('Столин', 'm', 'Столін', 'm', 'Столинский', 'Столінскі'),
  // Towns and villages that are not raion centres.
  inRaion('luninyets', 'city', 'Микашевичи', 'pl:Микашевичей', 'Мікашэвічы', 'pl:Мікашэвіч'),
  inRaion('byaroza', 'city', 'Белоозёрск', 'm', 'Белаазёрск', 'm'),
  inRaion('stolin', 'city', 'Давид-Городок', 'Давид-Городка|Давид-Городку|Давид-Городок|Давид-Городком|Давид-Городке', 'Давыд-Гарадок', 'Давыд-Гарадка|Давыд-Гарадку|Давыд-Гарадок|Давыд-Гарадком|Давыд-Гарадку'),
  inRaion('ivatsevichy', 'city', 'Коссово', 'ind', 'Косава', 'n'),
  inRaion('kamyanyets', 'city', 'Высокое', 'adj', 'Высокае', 'adj'),
  inRaion('pruzhany', 'village', 'Ружаны', 'pl:Ружан', 'Ружаны', 'pl:Ружан'),
  inRaion('brest', 'village', 'Домачево', 'ind', 'Дамачава', 'n'),
  inRaion('brest', 'village', 'Томашовка', 'f', 'Тамашоўка', 'f'),
  inRaion('ivanava', 'village', 'Мотоль', 'ms', 'Моталь', 'ms'),
  inRaion('ivatsevichy', 'village', 'Телеханы', 'pl:Телехан', 'Целяханы', 'pl:Целяхан'),
  inRaion('baranavichy', 'village', 'Городище', 'Городища|Городищу|Городище|Городищем|Городище', 'Гарадзішча', 'Гарадзішча|Гарадзішчу|Гарадзішча|Гарадзішчам|Гарадзішчы'),
  inRaion('stolin', 'village', 'Ольшаны', 'pl:Ольшан', 'Альшаны', 'pl:Альшан'),
];

const VITEBSK: Row[] = [
  row('Витебск', 'm', 'Віцебск', 'm', 'Витебский', 'Віцебскі', { type: 'oblast_centre', id: 'vitebsk', latin: ['Vitsebsk', 'Vitebsk'] }),
  row('Бешенковичи', 'pl:Бешенковичей', 'Бешанковічы', 'pl:Бешанковіч', 'Бешенковичский', 'Бешанковіцкі'),
  row('Браслав', 'm', 'Браслаў', 'm', 'Браславский', 'Браслаўскі'),
  row('Верхнедвинск', 'm', 'Верхнядзвінск', 'm', 'Верхнедвинский', 'Верхнядзвінскі'),
  row('Глубокое', 'adj', 'Глыбокае', 'adj', 'Глубокский', 'Глыбоцкі'),
  row('Городок', 'Городка|Городку|Городок|Городком|Городке', 'Гарадок', 'Гарадка|Гарадку|Гарадок|Гарадком|Гарадку', 'Городокский', 'Гарадоцкі'),
  row('Докшицы', 'pl:Докшиц', 'Докшыцы', 'pl:Докшыц', 'Докшицкий', 'Докшыцкі'),
  row('Дубровно', 'ind', 'Дуброўна', 'n', 'Дубровенский', 'Дубровенскі'),
  row('Лепель', 'ms', 'Лепель', 'ms', 'Лепельский', 'Лепельскі'),
  row('Лиозно', 'ind', 'Лёзна', 'n', 'Лиозненский', 'Лёзненскі'),
  row('Миоры', 'pl:Миор', 'Мёры', 'pl:Мёраў', 'Миорский', 'Мёрскі'),
  row('Орша', 'f-ej', 'Орша', 'f', 'Оршанский', 'Аршанскі'),
  row('Полоцк', 'm', 'Полацк', 'm', 'Полоцкий', 'Полацкі'),
  row('Поставы', 'pl:Постав', 'Паставы', 'pl:Пастаў', 'Поставский', 'Пастаўскі'),
  row('Россоны', 'pl:Россон', 'Расоны', 'pl:Расон', 'Россонский', 'Расонскі'),
  row('Сенно', 'ind', 'Сянно', 'no', 'Сенненский', 'Сенненскі'),
  row('Толочин', 'm', 'Талачын', 'm', 'Толочинский', 'Талачынскі'),
  row('Ушачи', 'pl:Ушач', 'Ушачы', 'pl:Ушач', 'Ушачский', 'Ушацкі'),
  row('Чашники', 'pl:Чашников', 'Чашнікі', 'pl:Чашнікаў', 'Чашникский', 'Чашніцкі'),
  row('Шарковщина', 'f', 'Шаркаўшчына', 'f', 'Шарковщинский', 'Шаркаўшчынскі'),
  row('Шумилино', 'ind', 'Шуміліна', 'n', 'Шумилинский', 'Шумілінскі'),
  inRaion('polatsk', 'city', 'Новополоцк', 'm', 'Наваполацк', 'm'),
  inRaion('orsha', 'city', 'Барань', 'fs', 'Барань', 'fs'),
  inRaion('chashniki', 'city', 'Новолукомль', 'ms', 'Новалукомль', 'ms'),
  inRaion('myory', 'city', 'Дисна', 'f', 'Дзісна', 'f'),
  inRaion('shumilina', 'village', 'Оболь', 'fs', 'Обаль', 'fs'),
  inRaion('syanno', 'village', 'Богушевск', 'm', 'Багушэўск', 'm'),
  inRaion('vitebsk', 'village', 'Лужесно', 'ind', 'Лужасна', 'n'),
  inRaion('byeshankovichy', 'village', 'Улла', 'f', 'Ула', 'f'),
  inRaion('hlybokaye', 'village', 'Подсвилье', 'nje', 'Падсвілле', 'ne'),
  inRaion('polatsk', 'village', 'Ветрино', 'ind', 'Ветрына', 'n'),
];

const HOMEL: Row[] = [
  row('Гомель', 'ms', 'Гомель', 'ms', 'Гомельский', 'Гомельскі', { type: 'oblast_centre', id: 'homel', latin: ['Homel', 'Gomel', 'Homiel'] }),
  row('Брагин', 'm', 'Брагін', 'm', 'Брагинский', 'Брагінскі'),
  row('Буда-Кошелёво', 'ind', 'Буда-Кашалёва', 'n', 'Буда-Кошелёвский', 'Буда-Кашалёўскі'),
  row('Ветка', 'f', 'Ветка', 'f', 'Ветковский', 'Веткаўскі'),
  row('Добруш', 'Добруша|Добрушу|Добруш|Добрушем|Добруше', 'Добруш', 'm', 'Добрушский', 'Добрушскі'),
  row('Ельск', 'm', 'Ельск', 'm', 'Ельский', 'Ельскі'),
  row('Житковичи', 'pl:Житковичей', 'Жыткавічы', 'pl:Жыткавіч', 'Житковичский', 'Жыткавіцкі'),
  row('Жлобин', 'm', 'Жлобін', 'm', 'Жлобинский', 'Жлобінскі'),
  row('Калинковичи', 'pl:Калинковичей', 'Калінкавічы', 'pl:Калінкавіч', 'Калинковичский', 'Калінкавіцкі'),
  row('Корма', 'f', 'Карма', 'f-oj', 'Кормянский', 'Кармянскі'),
  row('Лельчицы', 'pl:Лельчиц', 'Лельчыцы', 'pl:Лельчыц', 'Лельчицкий', 'Лельчыцкі'),
  row('Лоев', 'm', 'Лоеў', 'm', 'Лоевский', 'Лоеўскі'),
  row('Мозырь', 'ms', 'Мазыр', 'm', 'Мозырский', 'Мазырскі', { latin: ['Mozyr'] }),
  row('Наровля', 'fj', 'Нароўля', 'fj', 'Наровлянский', 'Нараўлянскі'),
  row('Октябрьский', 'adj', 'Акцябрскі', 'adj', 'Октябрьский', 'Акцябрскі'),
  row('Петриков', 'm', 'Петрыкаў', 'm', 'Петриковский', 'Петрыкаўскі'),
  row('Речица', 'f-ej', 'Рэчыца', 'f', 'Речицкий', 'Рэчыцкі'),
  row('Рогачёв', 'm', 'Рагачоў', 'm', 'Рогачёвский', 'Рагачоўскі'),
  row('Светлогорск', 'm', 'Светлагорск', 'm', 'Светлогорский', 'Светлагорскі'),
  row('Хойники', 'pl:Хойников', 'Хойнікі', 'pl:Хойнікаў', 'Хойникский', 'Хойніцкі'),
  row('Чечерск', 'm', 'Чачэрск', 'm', 'Чечерский', 'Чачэрскі'),
  inRaion('zhytkavichy', 'city', 'Туров', 'm', 'Тураў', 'm'),
  inRaion('rechytsa', 'city', 'Василевичи', 'pl:Василевичей', 'Васілевічы', 'pl:Васілевіч'),
  inRaion('pyetrykaw', 'village', 'Копаткевичи', 'pl:Копаткевичей', 'Капаткевічы', 'pl:Капаткевіч'),
  inRaion('buda-kashalyova', 'village', 'Уваровичи', 'pl:Уваровичей', 'Уваравічы', 'pl:Уваравіч'),
  inRaion('brahin', 'village', 'Комарин', 'm', 'Камарын', 'm'),
  inRaion('zhlobin', 'village', 'Стрешин', 'm', 'Стрэшын', 'm'),
  inRaion('svyetlahorsk', 'village', 'Паричи', 'pl:Паричей', 'Парычы', 'pl:Парыч'),
  inRaion('kalinkavichy', 'village', 'Озаричи', 'pl:Озаричей', 'Азарычы', 'pl:Азарыч'),
  inRaion('dobrush', 'village', 'Тереховка', 'f', 'Церахоўка', 'f'),
  inRaion('homel', 'village', 'Ерёмино', 'ind', 'Ераміна', 'n'),
];

const HRODNA: Row[] = [
  row('Гродно', 'ind', 'Гродна', 'n', 'Гродненский', 'Гродзенскі', { type: 'oblast_centre', id: 'hrodna', latin: ['Hrodna', 'Grodno', 'Horadnia'] }),
  row(
    'Большая Берестовица',
    'Большой Берестовицы|Большой Берестовице|Большую Берестовицу|Большой Берестовицей|Большой Берестовице',
    'Вялікая Бераставіца',
    'Вялікай Бераставіцы|Вялікай Бераставіцы|Вялікую Бераставіцу|Вялікай Бераставіцай|Вялікай Бераставіцы',
    'Берестовицкий',
    'Бераставіцкі',
  ),
  row('Волковыск', 'm', 'Ваўкавыск', 'm', 'Волковысский', 'Ваўкавыскі'),
  row('Вороново', 'ind', 'Воранава', 'n', 'Вороновский', 'Воранаўскі'),
  row('Дятлово', 'ind', 'Дзятлава', 'n', 'Дятловский', 'Дзятлаўскі'),
  row('Зельва', 'f', 'Зэльва', 'f', 'Зельвенский', 'Зэльвенскі'),
  row('Ивье', 'nje', 'Іўе', 'ne', 'Ивьевский', 'Іўеўскі'),
  row('Кореличи', 'pl:Кореличей', 'Карэлічы', 'pl:Карэліч', 'Кореличский', 'Карэліцкі'),
  row('Лида', 'f', 'Ліда', 'f', 'Лидский', 'Лідскі'),
  row('Мосты', 'pl:Мостов', 'Масты', 'pl:Мастоў', 'Мостовский', 'Мастоўскі'),
  row('Новогрудок', 'Новогрудка|Новогрудку|Новогрудок|Новогрудком|Новогрудке', 'Навагрудак', 'Навагрудка|Навагрудку|Навагрудак|Навагрудкам|Навагрудку', 'Новогрудский', 'Навагрудскі'),
  row('Островец', 'Островца|Островцу|Островец|Островцом|Островце', 'Астравец', 'Астраўца|Астраўцу|Астравец|Астраўцом|Астраўцы', 'Островецкий', 'Астравецкі'),
  row('Ошмяны', 'pl:Ошмян', 'Ашмяны', 'pl:Ашмян', 'Ошмянский', 'Ашмянскі'),
  row('Свислочь', 'fs', 'Свіслач', 'Свіслачы|Свіслачы|Свіслач|Свіслаччу|Свіслачы', 'Свислочский', 'Свіслацкі'),
  row('Слоним', 'm', 'Слонім', 'm', 'Слонимский', 'Слонімскі'),
  row('Сморгонь', 'fs', 'Смаргонь', 'fs', 'Сморгонский', 'Смаргонскі'),
  row('Щучин', 'm', 'Шчучын', 'm', 'Щучинский', 'Шчучынскі'),
  inRaion('hrodna', 'city', 'Скидель', 'ms', 'Скідзель', 'ms'),
  inRaion('lida', 'city', 'Берёзовка', 'f', 'Бярозаўка', 'f'),
  inRaion('karelichy', 'village', 'Мир', 'm', 'Мір', 'm'),
  inRaion('hrodna', 'village', 'Гожа', 'f-ej', 'Гожа', 'f'),
  inRaion('hrodna', 'village', 'Поречье', 'nje', 'Парэчча', 'Парэчча|Парэччу|Парэчча|Парэччам|Парэччы'),
  inRaion('voranava', 'village', 'Радунь', 'fs', 'Радунь', 'fs'),
  inRaion('voranava', 'village', 'Жирмуны', 'pl:Жирмун', 'Жырмуны', 'pl:Жырмун'),
  inRaion('shchuchyn', 'village', 'Желудок', 'Желудка|Желудку|Желудок|Желудком|Желудке', 'Жалудок', 'Жалудка|Жалудку|Жалудок|Жалудком|Жалудку'),
  inRaion('vawkavysk', 'village', 'Россь', 'fs', 'Рось', 'fs'),
  inRaion('svislach', 'village', 'Порозово', 'ind', 'Поразава', 'n'),
  inRaion('dzyatlava', 'village', 'Козловщина', 'f', 'Казлоўшчына', 'f'),
  inRaion('astravyets', 'village', 'Гудогай', 'Гудогая|Гудогаю|Гудогай|Гудогаем|Гудогае', 'Гудагай', 'Гудагая|Гудагаю|Гудагай|Гудагаем|Гудагаі'),
  inRaion('smarhon', 'village', 'Крево', 'ind', 'Крэва', 'n'),
  inRaion('ashmyany', 'village', 'Гольшаны', 'pl:Гольшан', 'Гальшаны', 'pl:Гальшан'),
];

const MINSK_OBLAST: Row[] = [
  row('Березино', 'ind', 'Беразіно', 'no', 'Березинский', 'Беразінскі'),
  row('Борисов', 'm', 'Барысаў', 'm', 'Борисовский', 'Барысаўскі'),
  row('Вилейка', 'f', 'Вілейка', 'f', 'Вилейский', 'Вілейскі'),
  row('Воложин', 'm', 'Валожын', 'm', 'Воложинский', 'Валожынскі'),
  row('Дзержинск', 'm', 'Дзяржынск', 'm', 'Дзержинский', 'Дзяржынскі'),
  row('Клецк', 'm', 'Клецк', 'm', 'Клецкий', 'Клецкі'),
  row('Копыль', 'ms', 'Капыль', 'ms', 'Копыльский', 'Капыльскі'),
  row('Крупки', 'pl:Крупок', 'Крупкі', 'pl:Крупак', 'Крупский', 'Крупскі'),
  row('Логойск', 'm', 'Лагойск', 'm', 'Логойский', 'Лагойскі'),
  row('Любань', 'fs', 'Любань', 'fs', 'Любанский', 'Любанскі'),
  row('Молодечно', 'ind', 'Маладзечна', 'n', 'Молодечненский', 'Маладзечанскі'),
  row('Мядель', 'ms', 'Мядзел', 'm', 'Мядельский', 'Мядзельскі'),
  row('Несвиж', 'Несвижа|Несвижу|Несвиж|Несвижем|Несвиже', 'Нясвіж', 'm', 'Несвижский', 'Нясвіжскі'),
  row(
    'Марьина Горка',
    'Марьиной Горки|Марьиной Горке|Марьину Горку|Марьиной Горкой|Марьиной Горке',
    "Мар'іна Горка",
    "Мар'інай Горкі|Мар'інай Горцы|Мар'іну Горку|Мар'інай Горкай|Мар'інай Горцы",
    'Пуховичский',
    'Пухавіцкі',
    { id: 'maryina-horka', latin: ['Maryina Gorka', 'Maryina Horka'] },
  ),
  row('Слуцк', 'm', 'Слуцк', 'm', 'Слуцкий', 'Слуцкі'),
  row('Смолевичи', 'pl:Смолевичей', 'Смалявічы', 'pl:Смалявіч', 'Смолевичский', 'Смалявіцкі'),
  row('Солигорск', 'm', 'Салігорск', 'm', 'Солигорский', 'Салігорскі'),
  row(
    'Старые Дороги',
    'Старых Дорог|Старым Дорогам|Старые Дороги|Старыми Дорогами|Старых Дорогах',
    'Старыя Дарогі',
    'Старых Дарог|Старым Дарогам|Старыя Дарогі|Старымі Дарогамі|Старых Дарогах',
    'Стародорожский',
    'Старадарожскі',
  ),
  row('Столбцы', 'pl:Столбцов', 'Стоўбцы', 'pl:Стоўбцаў', 'Столбцовский', 'Стаўбцоўскі'),
  row('Узда', 'f', 'Узда', 'f-oj', 'Узденский', 'Уздзенскі'),
  row('Червень', 'ms', 'Чэрвень', 'ms', 'Червенский', 'Чэрвеньскі'),
  inRaion('smalyavichy', 'city', 'Жодино', 'ind', 'Жодзіна', 'n'),
  inRaion('minsk', 'city', 'Заславль', 'ms', 'Заслаўе', 'ne'),
  inRaion('dzyarzhynsk', 'city', 'Фаниполь', 'ms', 'Фаніпаль', 'ms'),
  inRaion('minsk', 'village', 'Ратомка', 'f', 'Ратамка', 'f'),
  inRaion('minsk', 'village', 'Боровляны', 'pl:Боровлян', 'Баравляны', 'pl:Баравлян'),
  inRaion('minsk', 'village', 'Ждановичи', 'pl:Ждановичей', 'Ждановічы', 'pl:Ждановіч'),
  inRaion('minsk', 'village', 'Сеница', 'f-ej', 'Сеніца', 'f'),
  inRaion('valozhyn', 'village', 'Раков', 'm', 'Ракаў', 'm'),
  inRaion('valozhyn', 'village', 'Ивенец', 'Ивенца|Ивенцу|Ивенец|Ивенцом|Ивенце', 'Івянец', 'Івянца|Івянцу|Івянец|Івянцом|Івянцы'),
  inRaion('valozhyn', 'village', 'Вишнево', 'ind', 'Вішнева', 'n'),
  inRaion('myadzyel', 'village', 'Нарочь', 'fs', 'Нарач', 'Нарачы|Нарачы|Нарач|Нараччу|Нарачы'),
  inRaion('maladzyechna', 'village', 'Красное', 'adj', 'Краснае', 'adj'),
  inRaion('salihorsk', 'village', 'Старобин', 'm', 'Старобін', 'm'),
  inRaion('barysaw', 'village', 'Лошница', 'f-ej', 'Лошніца', 'f'),
  inRaion('barysaw', 'village', 'Зембин', 'm', 'Зембін', 'm'),
  inRaion('krupki', 'village', 'Бобр', 'm', 'Бобр', 'm'),
];

const MAHILYOW: Row[] = [
  row('Могилёв', 'm', 'Магілёў', 'm', 'Могилёвский', 'Магілёўскі', { type: 'oblast_centre', id: 'mahilyow', latin: ['Mahilau', 'Mahilou', 'Mogilyov', 'Mahiliow'] }),
  row('Белыничи', 'pl:Белыничей', 'Бялынічы', 'pl:Бялыніч', 'Белыничский', 'Бялыніцкі'),
  row('Бобруйск', 'm', 'Бабруйск', 'm', 'Бобруйский', 'Бабруйскі', { latin: ['Bobruisk', 'Babruisk'] }),
  row('Быхов', 'm', 'Быхаў', 'm', 'Быховский', 'Быхаўскі'),
  row('Глуск', 'm', 'Глуск', 'm', 'Глусский', 'Глускі'),
  row('Горки', 'pl:Горок', 'Горкі', 'pl:Горак', 'Горецкий', 'Горацкі'),
  row('Дрибин', 'm', 'Дрыбін', 'm', 'Дрибинский', 'Дрыбінскі'),
  row('Кировск', 'm', 'Кіраўск', 'm', 'Кировский', 'Кіраўскі'),
  row('Климовичи', 'pl:Климовичей', 'Клімавічы', 'pl:Клімавіч', 'Климовичский', 'Клімавіцкі'),
  row('Кличев', 'm', 'Клічаў', 'm', 'Кличевский', 'Клічаўскі'),
  row('Костюковичи', 'pl:Костюковичей', 'Касцюковічы', 'pl:Касцюковіч', 'Костюковичский', 'Касцюковіцкі'),
  row('Краснополье', 'nje', 'Краснаполле', 'ne', 'Краснопольский', 'Краснапольскі'),
  row('Кричев', 'm', 'Крычаў', 'm', 'Кричевский', 'Крычаўскі'),
  row('Круглое', 'adj', 'Круглае', 'adj', 'Круглянский', 'Круглянскі'),
  row('Мстиславль', 'ms', 'Мсціслаў', 'm', 'Мстиславский', 'Мсціслаўскі'),
  row('Осиповичи', 'pl:Осиповичей', 'Асіповічы', 'pl:Асіповіч', 'Осиповичский', 'Асіповіцкі'),
  row('Славгород', 'm', 'Слаўгарад', 'm', 'Славгородский', 'Слаўгарадскі'),
  row('Хотимск', 'm', 'Хоцімск', 'm', 'Хотимский', 'Хоцімскі'),
  row('Чаусы', 'pl:Чаус', 'Чавусы', 'pl:Чавусаў', 'Чаусский', 'Чавускі'),
  row('Чериков', 'm', 'Чэрыкаў', 'm', 'Чериковский', 'Чэрыкаўскі'),
  row('Шклов', 'm', 'Шклоў', 'm', 'Шкловский', 'Шклоўскі'),
  inRaion('shklow', 'village', 'Александрия', 'Александрии|Александрии|Александрию|Александрией|Александрии', 'Александрыя', 'Александрыі|Александрыі|Александрыю|Александрыяй|Александрыі'),
  inRaion('mahilyow', 'village', 'Буйничи', 'pl:Буйничей', 'Буйнічы', 'pl:Буйніч'),
  inRaion('mahilyow', 'village', 'Дашковка', 'f', 'Дашкаўка', 'f'),
  inRaion('asipovichy', 'village', 'Елизово', 'ind', 'Елізава', 'n'),
  inRaion('babruysk', 'village', 'Глуша', 'f-ej', 'Глуша', 'f'),
];

/** An id from the Belarusian name in BGN/PCGN, the spelling most English-language sources use. */
function idOf(be: string): string {
  return beBgn(be)
    .toLowerCase()
    .replace(/[^a-z]+/g, '-')
    .replace(/^-|-$/g, '');
}

const MINSK: PlaceEntry = {
  id: 'minsk',
  type: 'capital',
  oblast: 'minsk-city',
  ru: ruPlace('Минск', 'm'),
  be: bePlace('Мінск', 'm'),
  latin: uniq(['Minsk', 'Miensk', 'Mensk']),
};

const MINSK_DISTRICTS: [string, string, string][] = [
  ['zavodskoy', 'Заводской', 'Заводскі'],
  ['leninsky', 'Ленинский', 'Ленінскі'],
  ['moskovsky', 'Московский', 'Маскоўскі'],
  ['oktyabrsky', 'Октябрьский', 'Кастрычніцкі'],
  ['partizansky', 'Партизанский', 'Партызанскі'],
  ['pervomaisky', 'Первомайский', 'Першамайскі'],
  ['sovetsky', 'Советский', 'Савецкі'],
  ['frunzensky', 'Фрунзенский', 'Фрунзенскі'],
  ['tsentralny', 'Центральный', 'Цэнтральны'],
];

function districtEntry([slug, ruAdj, beAdj]: [string, string, string]): PlaceEntry {
  const ru = ruRaionPhrase(ruAdj);
  const be = beRaionPhrase(beAdj);
  const beNat = beNational(be.nom);
  const ruShort = ruLatin(ruAdj, { shortAdj: true });
  return {
    id: `minsk-district-${slug}`,
    type: 'city_district',
    oblast: 'minsk-city',
    ru,
    be,
    latin: uniq([beNat, asciiFold(beNat), beBgn(be.nom), ruLatin(ru.nom), `${ruShort} District`, `${beBgn(beAdj)} District`, `${ruShort} district of Minsk`]),
  };
}

const OBLAST_OF_ROWS: [Exclude<OblastId, 'minsk-city'>, Row[]][] = [
  ['brest', BREST],
  ['vitebsk', VITEBSK],
  ['homel', HOMEL],
  ['hrodna', HRODNA],
  ['minsk', MINSK_OBLAST],
  ['mahilyow', MAHILYOW],
];

function buildPlaces(): { places: PlaceEntry[]; raions: RaionEntry[] } {
  const places: PlaceEntry[] = [MINSK, ...MINSK_DISTRICTS.map(districtEntry)];
  const raions: RaionEntry[] = [
    { id: 'minsk-raion', oblast: 'minsk', ru: ruRaionPhrase('Минский'), be: beRaionPhrase('Мінскі'), centre: 'minsk' },
  ];
  for (const [oblast, rows] of OBLAST_OF_ROWS) {
    for (const r of rows) {
      const id = r.id ?? idOf(r.be);
      const isCentre = r.raionRu !== undefined && r.raionBe !== undefined;
      const raionId = isCentre ? `${id}-raion` : `${r.in}-raion`;
      places.push({
        id,
        type: r.type ?? (isCentre ? 'raion_centre' : 'city'),
        oblast,
        ru: ruPlace(r.ru, r.ruCode),
        be: bePlace(r.be, r.beCode),
        latin: latinSpellings(r.ru, r.be, r.latin),
        raion: raionId,
      });
      if (isCentre) raions.push({ id: raionId, oblast, ru: ruRaionPhrase(r.raionRu!), be: beRaionPhrase(r.raionBe!), centre: id });
    }
  }
  return { places, raions };
}

const built = buildPlaces();

/** Every place, Minsk first; oblast centres and raion centres carry their raion. */
export const PLACES: readonly PlaceEntry[] = built.places;

/** All 118 raions of Belarus, each with its centre (Minsk raion's centre is Minsk itself). */
export const RAIONS: readonly RaionEntry[] = built.raions;

const OBLAST_DATA: [OblastId, string, string, string, string][] = [
  ['brest', 'Брестская', 'Брэсцкая', 'Brest', 'Brest'],
  ['vitebsk', 'Витебская', 'Віцебская', 'Vitsyebsk', 'Vitebsk'],
  ['homel', 'Гомельская', 'Гомельская', 'Homyel', 'Gomel'],
  ['hrodna', 'Гродненская', 'Гродзенская', 'Hrodna', 'Grodno'],
  ['minsk', 'Минская', 'Мінская', 'Minsk', 'Minsk'],
  ['mahilyow', 'Могилёвская', 'Магілёўская', 'Mahilyow', 'Mogilev'],
];

/** The six oblasts ("Могилёвская область") and the city of Minsk, which has oblast status. */
export const OBLASTS: OblastEntry[] = [
  ...OBLAST_DATA.map(([id, ruAdj, beAdj, beCity, ruCity]): OblastEntry => {
    const ru = ruOblastPhrase(ruAdj);
    const be = beOblastPhrase(beAdj);
    const nat = beNational(be.nom);
    return {
      id,
      ru,
      be,
      latin: uniq([`${beCity} Region`, `${ruCity} Region`, `${beCity} Oblast`, `${ruCity} Oblast`, nat, asciiFold(nat), beBgn(be.nom), ruLatin(ru.nom)]),
    };
  }),
  {
    id: 'minsk-city',
    ru: para('город Минск', 'города Минска', 'городу Минску', 'город Минск', 'городом Минском', 'городе Минске'),
    be: para('горад Мінск', 'горада Мінска', 'гораду Мінску', 'горад Мінск', 'горадам Мінскам', 'горадзе Мінску'),
    latin: ['Minsk City', 'City of Minsk', 'horad Minsk'],
  },
];
