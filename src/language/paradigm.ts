/**
 * Word forms a query word may take, read as a dictionary form (the way people type what they look
 * for: "освободить", "остров", "жыць"). The stemmer joins most forms of a word; where a stem changes
 * inside the paradigm (освободить/освобождена, погибнуть/погибли, остров → "остр" but острова →
 * "остров"), search reads the word's paradigm back from these candidates.
 *
 * Generation is deliberately generous: every ending class the word's ending allows, with the
 * consonant and vowel alternations of the language. Callers keep only the candidates that occur in
 * the archive's vocabulary, so a form no one wrote costs nothing.
 */
import type { TextLang } from './types.js';

const RU_VOWEL = /[аеиоуыэюя]/;
const BE_VOWEL = /[аеёіоуыэюя]/;

/** Adds `base + e` for every ending e (space-separated; "0" is the bare base). */
function add(out: Set<string>, base: string, endings: string): void {
  if (base.length < 2) return;
  for (const e of endings.split(' ')) {
    // A bare base shorter than three letters is a different word far too often (не, ня).
    if (e === '0') {
      if (base.length >= 3) out.add(base);
    } else out.add(base + e);
  }
}

/** The consonant changes at the end of a verb stem before -у/-ен (просить/прошу/прошен). */
function ruMutate(b: string): string[] {
  const rules: [RegExp, string][] = [
    [/ст$/, 'щ'], [/ск$/, 'щ'], [/с$/, 'ш'], [/з$/, 'ж'], [/т$/, 'ч'], [/т$/, 'щ'], [/д$/, 'ж'], [/д$/, 'жд'],
    [/б$/, 'бл'], [/п$/, 'пл'], [/в$/, 'вл'], [/ф$/, 'фл'], [/м$/, 'мл'], [/к$/, 'ч'], [/г$/, 'ж'],
  ];
  const out = [b];
  for (const [re, to] of rules) if (re.test(b)) out.push(b.replace(re, to));
  return out;
}

/** The fleeting vowel: "игрок" → "игрк-", "отец" → "отц-", "степень" → "степн-". */
function dropFleeting(b: string, vowel: RegExp): string | null {
  const m = /^(.*[^аеёиоуыэюяі])[оеёа]([^аеёиоуыэюяйі])$/.exec(b);
  return m && vowel.test(m[1] as string) ? `${m[1]}${m[2]}` : null;
}

/** The genitive plural's inserted vowel: "письм-" → "писем", "часовн-" → "часовен". */
function insertFleeting(b: string): string[] {
  const m = /^(.*?)([бвгджзклмнпрстфхцчшщ])ь?([бвгджзклмнпрстфхцчшщ])$/.exec(b);
  return m ? [`${m[1]}${m[2]}е${m[3]}`, `${m[1]}${m[2]}о${m[3]}`] : [];
}

const RU_NOUN_HARD = 'а у ом е ы и ов ам ами ах ей';
const RU_ADJ = 'ый ий ой ая яя ое ее ые ие ого его ому ему ым им ом ем ую юю ых их ыми ими ей';

function russian(w: string): Set<string> {
  const out = new Set<string>();
  const reflexive = /(ся|сь)$/.exec(w);
  if (reflexive) {
    for (const f of russian(w.slice(0, -2))) {
      out.add(f + 'ся');
      out.add(f + 'сь');
    }
    return out;
  }
  let m: RegExpExecArray | null;
  if ((m = /^(.*)([ыио])й$/.exec(w))) {
    // Adjectives, and nouns in -ий/-ой (гений, герой).
    const b = m[1] as string;
    add(out, b, RU_ADJ + ' 0 а о ы и е ее ей ейший ейшая ейшее ейшие');
    for (const s of insertFleeting(b)) out.add(s);
    add(out, b + m[2], 'я ю ем е и ев ям ями ях');
    if (m[2] === 'о') add(out, b + 'о', 'я ю ем е и ев ям ями ях');
  } else if ((m = /^(.*)й$/.exec(w))) {
    add(out, m[1] as string, 'я ю ем е и ев ям ями ях ей');
    add(out, w.slice(0, -1), 'и');
  } else if ((m = /^(.*)(ать|ять|еть)$/.exec(w))) {
    const b = (m[1] as string) + (m[2] as string)[0];
    const short = m[1] as string;
    add(out, b, 'л ла ло ли в вши вший вшая вшие вших вшего нный нная нное нные нных нного нной нным н на но ны ю ет ешь ем ете ют ющий ющая ющие ющих ющего я');
    add(out, short, 'у ю ешь ет ем ете ут ют ит ат ят им ите ишь ущий ащий ящий ущая ащая ящая ущие ащие ящие ущих ащих ящих я а ен ена ено ены енный енная енные енных');
    for (const s of ruMutate(short).slice(1)) add(out, s, 'у ю ешь ет ем ете ут ют');
    if (m[2] === 'еть') add(out, short, 'ел ела ело ели');
    // -овать/-евать: использовать → использую.
    const ova = /^(.*)(ова|ева)$/.exec(b);
    if (ova) add(out, (ova[1] as string) + (ova[2] === 'ова' ? 'у' : 'ю'), 'ю ешь ет ем ете ют я ющий ющая ющие ющих й йте');
    // -авать: давать → дают; -ывать/-ивать keep theirs.
    if (/ава$/.test(b)) add(out, b.slice(0, -2), 'ю ешь ет ем ете ют я');
  } else if ((m = /^(.*)нуть$/.exec(w))) {
    const b = m[1] as string;
    add(out, b + 'ну', 'л ла ло ли в вший');
    add(out, b, '0 ла ло ли ший шая шее шие ших шего шим у ешь ет ем ете ут нув');
    add(out, b + 'н', 'у ешь ет ем ете ут ут нут нута нуто нуты нутый нутая нутое нутые');
  } else if ((m = /^(.*)ить$/.exec(w))) {
    const b = m[1] as string;
    add(out, b, 'ил ила ило или ив ивши ивший ившая ившие ивших ю у ишь ит им ите ят ат ящий ящая ящие ящих ащий ащие я а');
    for (const s of ruMutate(b)) add(out, s, 'у ю ен ена ено ены енный енная енное енные енных енного енной енным ение ения ению');
  } else if ((m = /^(.*)([ыуо])ть$/.exec(w))) {
    const b = (m[1] as string) + (m[2] as string);
    add(out, b, 'л ла ло ли в вши вший т та то ты тый тая тое тые тых того той');
    add(out, m[1] as string, 'ою оешь оет оем оете оют ую уешь ует уют ьют ьет ьешь ью');
  } else if ((m = /^(.*)(ти|сть)$/.exec(w))) {
    // вести/веду/вёл/ведён, привезти/привёз, нести/нёс.
    const b = m[1] as string;
    const bases = [b];
    if (/с$/.test(b)) bases.push(b.slice(0, -1) + 'д', b.slice(0, -1) + 'т');
    for (const s of bases) {
      add(out, s, 'у ешь ет ем ете ут ен ена ено ены енный енная енные енных енного я ший шая шие ших');
      add(out, s, '0 ла ло ли');
    }
    if (/с$/.test(b)) add(out, b.slice(0, -1), 'л ла ло ли');
  } else if ((m = /^(.*)чь$/.exec(w))) {
    const b = m[1] as string;
    add(out, b, 'гу жешь жет жем жете гут г гла гло гли кла кло кли к ку чешь чет кут');
  } else if ((m = /^(.*)ь$/.exec(w))) {
    const b = m[1] as string;
    add(out, b, 'и ью ей я ю ем е ям ями ях ьи ьев');
    const f = dropFleeting(b, RU_VOWEL);
    if (f) add(out, f, 'и ью ей я ю ем е ям ями ях');
  } else if ((m = /^(.*)([ая])$/.exec(w))) {
    const b = m[1] as string;
    add(out, b, 'ы и е у ю ой ей ою ею ам ям ами ями ах ях 0 ь');
    for (const s of insertFleeting(b)) out.add(s);
    if (/и$/.test(b)) add(out, b, 'й');
  } else if ((m = /^(.*)ие$/.exec(w))) {
    add(out, (m[1] as string) + 'и', 'я ю ем е й ям ями ях');
  } else if ((m = /^(.*)([оеё])$/.exec(w))) {
    const b = m[1] as string;
    add(out, b, 'а у ом ем е и ы ам ами ах ям ями ях я ю 0 ов');
    for (const s of insertFleeting(b)) out.add(s);
  } else if (/[бвгджзклмнпрстфхцчшщ]$/.test(w)) {
    add(out, w, RU_NOUN_HARD + ' ья ьев ьям ьями ьях');
    // крестьянин/крестьяне, гражданин/граждане.
    if (/анин$|янин$/.test(w)) add(out, w.slice(0, -2), 'е 0 ам ами ах');
    const f = dropFleeting(w, RU_VOWEL);
    if (f) add(out, f, RU_NOUN_HARD);
    // Short adjectives and participles: известен/известный, вынужден/вынужденный.
    add(out, w, 'а о ы ный ная ное ные');
  }
  out.delete(w);
  return out;
}

const BE_NOUN = 'а у ам е ы і аў оў ам амі ах ем ой ай ю я ям ямі ях яў ёў';
const BE_ADJ = 'ы і ая ае ыя ага аму ым ай ую ых ымі яя ее ія яга яму ім яй юю іх імі ой';

/** Belarusian softens these before -е/-і of the locative and dative (варта/варце, сайт/сайце). */
function beSoften(b: string): string[] {
  const rules: [RegExp, string][] = [[/т$/, 'ц'], [/д$/, 'дз'], [/к$/, 'ц'], [/г$/, 'з'], [/х$/, 'с']];
  const out = [b];
  for (const [re, to] of rules) if (re.test(b)) out.push(b.replace(re, to));
  return out;
}

/** The changes before -у/-аны of verbs (хадзіць/хаджу, насіць/нашу, пусціць/пушчу). */
function beMutate(b: string): string[] {
  const rules: [RegExp, string][] = [[/сц$/, 'шч'], [/дз$/, 'дж'], [/с$/, 'ш'], [/з$/, 'ж'], [/ц$/, 'ч'], [/т$/, 'ч'], [/б$/, 'бл'], [/п$/, 'пл'], [/в$/, 'ўл'], [/м$/, 'мл']];
  const out = [b];
  for (const [re, to] of rules) if (re.test(b)) out.push(b.replace(re, to));
  return out;
}

/** Akanne: an unstressed о is written а, an unstressed е is written я; stress moves within a paradigm. */
function akanne(forms: Set<string>): Set<string> {
  const out = new Set(forms);
  for (const f of forms) {
    for (let i = 0; i < f.length; i++) {
      const ch = f[i];
      if (ch === 'о') out.add(f.slice(0, i) + 'а' + f.slice(i + 1));
      else if (ch === 'а' && i < f.length - 3) out.add(f.slice(0, i) + 'о' + f.slice(i + 1));
      else if (ch === 'е') out.add(f.slice(0, i) + 'я' + f.slice(i + 1));
      else if (ch === 'я' && i > 0 && i < f.length - 3) out.add(f.slice(0, i) + 'е' + f.slice(i + 1));
    }
  }
  return out;
}

function belarusian(w: string): Set<string> {
  const out = new Set<string>();
  if (/(цца|ся|сь)$/.test(w)) {
    // адбывацца = адбываць + ся; the reflexive forms end in -цца, -ся, -сь.
    const base = w.endsWith('цца') ? w.slice(0, -3) + 'ць' : w.slice(0, -2);
    for (const f of [base, ...belarusian(base)]) {
      out.add(f + 'ся');
      out.add(f + 'сь');
      if (f.endsWith('ць')) out.add(f.slice(0, -2) + 'цца');
    }
    add(out, w.slice(0, -3), 'ецца ецеся юцца ўся лася лося ліся аецца аюцца');
    return out;
  }
  let m: RegExpExecArray | null;
  if ((m = /^(.*)([ыі]|ой)$/.exec(w)) && w.length > 3) {
    add(out, m[1] as string, BE_ADJ + ' 0 а а ы');
  }
  if ((m = /^(.*)([ая])ць$/.exec(w))) {
    const b = (m[1] as string) + (m[2] as string);
    const short = m[1] as string;
    add(out, b, 'ў ла ло лі ны ная нае ныя ных нага ючы ўшы ю еш е ем еце юць й йце');
    add(out, short, 'у ю еш е ем еце уць юць ыць іць іш іць ім іце аць яць ачы ячы');
    for (const s of beMutate(short).slice(1)) add(out, s, 'у ю еш е ем еце уць');
    if (/ава$/.test(b)) add(out, b.slice(0, -2), 'ю еш е ем еце юць ючы');
    const ova = /^(.*)(ава|ява|ова)$/.exec(b);
    if (ova) add(out, (ova[1] as string) + 'у', 'ю еш е ем еце юць ючы й йце');
  } else if ((m = /^(.*)([іые])ць$/.exec(w))) {
    const b = m[1] as string;
    add(out, b, 'іў іла іло ілі ыў ыла ылі ю у іш ыш іць ыць ім ым іце ыце яць аць ячы ачы і ы ўшы еў ела елі');
    for (const s of beMutate(b)) add(out, s, 'у ю аны ана ана аныя аных ены ена еная ены еныя ення');
  } else if ((m = /^(.*)([уыо])ць$/.exec(w))) {
    const b = (m[1] as string) + (m[2] as string);
    add(out, b, 'ў ла ло лі ты та тая тае тыя тых тага ўшы');
    add(out, m[1] as string, 'ою оеш ое оюць ую уеш уе уюць ву ве вуць выве вем');
    add(out, b.slice(0, -1), 'ве вуць ву веш вем вяце ла лі ў');
  } else if ((m = /^(.*)нуць$/.exec(w))) {
    const b = m[1] as string;
    add(out, b, 'ну нуў нула нулі нуўшы 0 ла лі ў нуты нутая');
    add(out, b + 'н', 'е еш уць ем');
  } else if ((m = /^(.*?)(сці|сьці|ці)$/.exec(w))) {
    // знайсці/знайду/знайшоў/знайшлі, прыйсці/прыйдзе, везці/вязе/вёз.
    const b = m[1] as string;
    add(out, b, 'ду дзе дзеш дзем дуць шоў шла шлі шло ўшы дучы у е еш уць 0 ла лі');
    for (const s of beMutate(b)) add(out, s, 'у е уць');
  } else if ((m = /^(.*)(чы)$/.exec(w))) {
    add(out, m[1] as string, 'гу жа жаш жам гуць г гла глі ку ча чэ куць');
  } else if ((m = /^(.*)ь$/.exec(w))) {
    const b = m[1] as string;
    add(out, b, 'і ю ем ём я ям ямі ях яў ей е');
    const f = dropFleeting(b, BE_VOWEL);
    if (f) add(out, f, 'і ю ем ём я ям ямі ях яў ей е ь');
  } else if ((m = /^(.*)([ая])$/.exec(w))) {
    const b = m[1] as string;
    add(out, b, 'ы і е у ю ой ай ёй яй ою аю ам ям амі ямі ах ях 0 аў яў ь');
    for (const s of beSoften(b).slice(1)) add(out, s, 'е ы');
    if (/і$/.test(b)) add(out, b, 'й');
  } else if ((m = /^(.*)([оеэ])$/.exec(w))) {
    const b = m[1] as string;
    add(out, b, 'а у ам ем е ы і ам амі ах ям ямі ях я ю аў яў 0');
  } else if (/[бвгджзйклмнпрстфхцчшўь']$/.test(w)) {
    add(out, w, BE_NOUN);
    for (const s of beSoften(w).slice(1)) add(out, s, 'е');
    const f = dropFleeting(w, BE_VOWEL);
    if (f) add(out, f, BE_NOUN);
    if (/ін$/.test(w)) add(out, w.slice(0, -2), 'е 0 ам амі ах аў');
    if (w.endsWith('й')) add(out, w.slice(0, -1), 'я ю ем і яў ям ямі ях');
    // ў is written в before a vowel: Барысаў/Барысава, Магілёў/Магілёве.
    if (w.endsWith('ў')) add(out, w.slice(0, -1) + 'в', BE_NOUN + ' ым ымі ых');
  }
  const withAkanne = akanne(out);
  withAkanne.delete(w);
  return withAkanne;
}

/**
 * Candidate forms of `word` (folded: lower case, ё→е for Russian) read as a dictionary form of
 * `lang`. Over-generates on purpose: the caller keeps those the archive holds.
 */
export function paradigmForms(word: string, lang: TextLang): string[] {
  if (word.length < 3 || !/^[\p{L}'-]+$/u.test(word)) return [];
  return [...(lang === 'be' ? belarusian(word) : russian(word))];
}
