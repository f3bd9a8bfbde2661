/**
 * The writer's name in a letter's signature, where it often stands alone: a surname on its own line
 * ("Громико"), after a date ("06.06.21   Статкевич, +375 …"), after "С уважением," or before a phone
 * ("Гурская тел. …"). Without a given name or initials no name list can tell such a word is a
 * person; its place can. It is personal data (the writer's own name), never "names others".
 */

import { LAST_READ, TEXT_UNITS, trimmedLength, unitClass, UNIT_SMALL } from './cues.js';

const charCodeAt = String.prototype.charCodeAt;

/** Lines from the end of the letter that can hold the signature. */
const LAST_LINES = 4;

/** Words that close a letter or describe the writer without naming them. */
const NOT_NAMES = new Set(
  (
    'спасибо благодарю благодарим дзякуй дзякуем подпись подпіс дата тел телефон тэл тэлефон email e-mail адрес адрас ответ адказ ' +
    'прошу просим прашу просім заранее загадзя уважаемый паважаны жду чакаю приложение приложения дадатак пенсионер пенсионерка пенсіянер пенсіянерка ' +
    'житель жительница жители жыхар жыхарка жыхары аноним ананім гражданин гражданка грамадзянін грамадзянка мать маці отец бацька семья сям’я ' +
    'соседи суседзі коллектив калектыў работники работнікі жильцы жыльцы ветеран ветэран доброжелатель зычлівец неравнодушный небайдужы ' +
    'всего усяго извините прабачце помогите дапамажыце ваш ваша ваши москва минск мінск готов готова гатовы гатова жду надеюсь спадзяюся'
  ).split(' '),
);

const DATE = /^\s*(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})\s*(?:г\.?|года)?\s*/u;
const CLOSING = /^\s*(?:с уважением|з павагай|с благодарностью|з удзячнасцю|искренне ваш[аи]?)\s*[,.]?\s*/iu;
const INITIALS = /^\s*(?:\p{Lu}\.\s*){1,2}/u;
const WORD = /^(\p{Lu}[\p{Ll}’'ʼ]+(?:-\p{Lu}?[\p{Ll}’'ʼ]+)?)/u;
/**
 * What may follow the name on its line: nothing, punctuation, initials, a phone or an e-mail, or
 * the given name and patronymic and then one of those ("Шушкевичь Снежана Романовна тел. …").
 */
const AFTER = /^(?:\s+\p{Lu}\p{Ll}+){0,2}(?:\s*$|\s*[,;:–—-]|\s+(?:\p{Lu}\.\s*){1,2}(?:$|[,;\s])|\s+(?:[Тт][еэ]л|[Мм]об|[Tt]el|[Ee]-?mail|[Ээ]л|\+|\d))/u;

const ENDS_SENTENCE = /\p{Ll}{2}[.!?]$/u;

/**
 * A line that ends as a sentence does: two small letters and . ! or ? (then only blanks), as
 * ENDS_SENTENCE tested on the trimmed line's last five code units. Read unit by unit where the two
 * letters are one unit each; the pattern is run only where a surrogate stands among them.
 */
export function endsSentence(line: string): boolean {
  const n = trimmedLength(line);
  if (n < 3) return false;
  const stop = charCodeAt.call(line, n - 1);
  if (stop !== 0x2e && stop !== 0x21 && stop !== 0x3f) return false;
  const a = charCodeAt.call(line, n - 3);
  const b = charCodeAt.call(line, n - 2);
  if ((a >= 0xd800 && a <= 0xdfff) || (b >= 0xd800 && b <= 0xdfff)) return ENDS_SENTENCE.test(line.slice(Math.max(0, n - 5), n));
  return (unitClass(a) & unitClass(b) & UNIT_SMALL) !== 0;
}

/** `text.lastIndexOf('\n', from)` for from ≥ 0, read from the text's units (the built-in is a call into the runtime). */
function lastNewline(u: Uint16Array, from: number): number {
  let i = from;
  while (i >= 0 && u[i] !== 0x0a) i--;
  return i;
}

export interface SignatureName {
  start: number;
  end: number;
  text: string;
}

/** The lone names of the signature lines; offsets are UTF-16 code units of the text. */
export function signatureNames(text: string): SignatureName[] {
  const out: SignatureName[] = [];
  // Where the text's first non-blank character is: a line starting there is the first line.
  const first = text.search(/\S/u);
  let end = text.length;
  const u = TEXT_UNITS.of(text);
  // Where the entity finder's tokenizer has just read the text, its list of the line feeds (LAST_READ) gives them.
  const listed = LAST_READ.text === text;
  const { newlines } = LAST_READ;
  let q = LAST_READ.newlineCount - 1;
  for (let n = 0; n < LAST_LINES && end > 0; ) {
    let nl: number;
    if (listed) {
      while (q >= 0 && newlines[q]! > end - 1) q--;
      nl = q >= 0 ? newlines[q]! : -1;
    } else nl = lastNewline(u, end - 1);
    const start = nl + 1;
    const line = text.slice(start, end);
    end = nl < 0 ? 0 : nl;
    if (line.trim() === '') continue;
    n++;
    // A signature is not the letter's first line, and it is no sentence ("… вчера.").
    if (first < 0 || first >= start || endsSentence(line)) continue;
    let at = 0;
    const date = DATE.exec(line);
    if (date) at += date[0].length;
    const closing = CLOSING.exec(line.slice(at));
    if (closing) at += closing[0].length;
    // Initials before the surname: "Д.Б. Медведева".
    const initials = INITIALS.exec(line.slice(at));
    if (initials) at += initials[0].length;
    at += line.slice(at).length - line.slice(at).trimStart().length;
    const w = WORD.exec(line.slice(at));
    if (!w) continue;
    const word = w[1] as string;
    // Fewer than three letters (code points: counted only where the code units leave it open).
    if ((word.length < 6 && [...word].length < 3) || NOT_NAMES.has(word.toLowerCase())) continue;
    if (!AFTER.test(line.slice(at + word.length))) continue;
    out.push({ start: start + at, end: start + at + word.length, text: word });
  }
  return out.reverse();
}

/** Posts and relations that are followed by a surname: "участковый Иванов", "інспектар Ждановіч". */
const TITLES =
  'участков|инспектор|інспектар|следовател|следчы|начальник|начальнік|директор|дырэктар|председател|старшын|судь|суддз|прокурор|пракурор|' +
  'майор|капитан|капітан|лейтенант|лейтэнант|подполковник|падпалкоўнік|полковник|палкоўнік|сержант|старшина|прапорщик|мастер|майстар|бригадир|брыгадзір|' +
  'учител|настаўні|врач|урач|заведующ|загадчы|командир|камандзір|замполит|сосед|сусед|коллег|калег|гражданин|гражданк|грамадзяні';
/**
 * Where a post's word is spelt, found by the regular expression engine's own search (in native
 * code, a third cheaper than a loop over the characters here with a table of the words' first
 * three letters): the whole pattern is tried only there. Run over a whole text, or over one word's
 * spelling (titledNames()).
 */
const TITLE_START = new RegExp(`(?:${TITLES})`, 'g');
/** The whole "post surname", read from where a post's word starts. */
const TITLED_AT = new RegExp(`(?:${TITLES})\\p{L}*\\s+(\\p{Lu}\\p{Ll}{2,}(?:-\\p{Lu}\\p{Ll}+)?)(?![\\p{L}.])`, 'uy');
const LETTER_BEFORE = /\p{L}$/u;
/** TITLE_START anywhere in a spelling. */
const HOLDS_TITLE = new RegExp(`(?:${TITLES})`);

/**
 * Surnames after a post or a relation ("участковый Иванов", "сусед Ждановіч"): a person even
 * without a given name. Offsets are those of the surname. Only where a post's word is spelt with
 * no letter before it is the pattern tried: most of a letter holds none of them.
 *
 * Where the entity finder's tokenizer has just read the text (LAST_READ, as enrich() and
 * personalData() read a letter), only the words whose spelling holds a post's word are searched,
 * each in itself, with the answer kept on the spelling's record. A post's word is all Cyrillic
 * letters, and the tokenizer's words are the maximal runs of letters and digits (with their
 * joiners), so every place TITLE_START matches in the text lies in one word; the words are met in
 * text order, as the search over the whole text meets them.
 */
export function titledNames(text: string): SignatureName[] {
  const out: SignatureName[] = [];
  if (LAST_READ.text !== text) {
    TITLE_START.lastIndex = 0;
    for (let m = TITLE_START.exec(text); m !== null; m = TITLE_START.exec(text)) {
      const end = nameAfter(text, m.index, out);
      if (end >= 0) TITLE_START.lastIndex = end; // the next post's word starts after this name
    }
    return out;
  }
  // The spans' arrays read once (through LAST_READ at every span, each read reloaded the array).
  // Only the words the tokenizer listed can hold a post's word: the others' spellings are known not to.
  const { titled: listed, titledCount, starts, ends, spelled: spellings } = LAST_READ;
  let resume = 0;
  for (let q = 0; q < titledCount; q++) {
    const r = listed[q]!;
    if (ends[r]! <= resume) continue;
    const spelled = spellings[r]!;
    let titled = spelled.titled;
    if (titled === 0) spelled.titled = titled = HOLDS_TITLE.test(spelled.w) ? 1 : 2;
    if (titled !== 1) continue;
    const start = starts[r]!;
    TITLE_START.lastIndex = Math.max(0, resume - start);
    for (let m = TITLE_START.exec(spelled.w); m !== null; m = TITLE_START.exec(spelled.w)) {
      const end = nameAfter(text, start + m.index, out);
      if (end >= 0) {
        resume = end;
        break;
      }
    }
  }
  return out;
}

/**
 * The surname after the post's word at `at`, into `out`, and where it ends; -1 where there is none,
 * or where a letter stands before `at` (inside a word no post's word starts).
 */
function nameAfter(text: string, at: number, out: SignatureName[]): number {
  if (at > 0 && LETTER_BEFORE.test(text.slice(Math.max(0, at - 2), at))) return -1;
  TITLED_AT.lastIndex = at;
  const t = TITLED_AT.exec(text);
  if (!t) return -1;
  const word = t[1] as string;
  const end = at + t[0].length;
  out.push({ start: end - word.length, end, text: word });
  return end;
}
