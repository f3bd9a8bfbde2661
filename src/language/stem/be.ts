/**
 * A Belarusian stemmer, written from the grammar: no Belarusian stemmer existed to build on.
 *
 * 1. Closed-class words whose forms share no stem (я/мяне/мне, быць/ёсць/будзе, чалавек/людзі)
 *    map to one key each.
 * 2. One inflectional ending comes off: reflexive -ся/-цца first, then the longest of the gerund,
 *    participle + adjective, verb and noun endings that leaves a stem with a vowel in it.
 * 3. The stem is folded so that the alternations of Belarusian spelling meet: акание (о/а in
 *    stressed/unstressed syllables: горад/гарады), яканне (е/я/ё: лес/лясы, сяло/сёлы), э/а after
 *    hard consonants (рака/рэкі), ў/у/в (узровень/ўзроўню), дз/д and the fleeting vowel of -ак/-ок/-ец
 *    (выпадак/выпадку), the soft sign, and the consonant changes at the end of verb stems
 *    (хаджу/хадзіць, раблю/рабіць, пішу/пісаць).
 * The output is a key, not a word: equal keys mean "the same word" to search.
 */

const VOWELS = new Set([...'аеёіоуыэюяи']);

/** Forms of the pronouns and irregular verbs that share no stem, each with its lemma's key. */
const IRREGULAR: Record<string, string> = {};
function irregular(key: string, forms: string): void {
  for (const f of forms.split(' ')) IRREGULAR[f] = key;
}
irregular('я', 'я мяне мне мной мною');
irregular('ты', 'ты цябе табе табой табою');
irregular('ён', 'ён яго яму ім ягоны ягоная');
irregular('яна', 'яна яе ёй ёю яей');
irregular('яно', 'яно');
irregular('мы', 'мы нас нам намі');
irregular('вы', 'вы вас вам вамі');
irregular('яны', 'яны іх імі');
irregular('сябе', 'сябе сабе сабой сабою');
irregular('увесь', 'увесь уся усё усе усяго усёй усім усіх усімі усю усёю усяму усей');
irregular('той', 'той тая тое тыя таго тым тую тых тымі тою');
irregular('хто', 'хто каго каму кім');
irregular('што', 'што чаго чаму чым');
irregular('быць', 'быць быў была было былі будзе будуць буду будзеш будзем будзеце будзь будзьце будучы ёсць ёсьць');
irregular('чалавек', 'чалавек чалавека чалавеку чалавекам чалавеку чалавекі людзі людзей людзям людзьмі людзях');
irregular('дзень', 'дзень дня дню днём дні дзён дням днямі днях дзеня');
irregular('магчы', 'магчы магу можаш можа можам можаце могуць мог магла магло маглі');
irregular('мець', 'мець маю маеш мае маем маеце маюць меў мела мелі мей мейце');
irregular('даць', 'даць дам дасі дасць дадзім дасце дадуць даў дала дало далі дай дайце');
irregular('есці', 'есці ем ясі есць ядзім ясце ядуць еў ела елі еж');
irregular('ісці', 'ісці іду ідзеш ідзе ідзём ідзяце ідуць ішоў ішла ішло ішлі ідучы');
irregular('хацець', 'хацець хачу хочаш хоча хочам хочаце хочуць хацеў хацела хацелі');
irregular('дзіця', 'дзіця дзіцяці дзіцем дзеці дзяцей дзецям дзецьмі дзецях');
for (const [key, st] of [['мой', 'м'], ['твой', 'тв'], ['свой', 'св']] as const) {
  irregular(key, ['ой', 'ая', 'аё', 'айго', 'аёй', 'аім', 'аіх', 'аімі', 'аю', 'аёю', 'айму'].map((e) => st + e).join(' '));
}
irregular('адзін', 'адзін адна адно адны аднаго адной аднаму адным аднымі адных адну аднае адною');
// Euphonic variants of prepositions and conjunctions.
irregular('у', 'у ў ва');
irregular('з', 'з са зь із');
irregular('і', 'і й');
irregular('ад', 'ад ада');
irregular('пад', 'пад пада');
irregular('над', 'над нада');
irregular('праз', 'праз');
// Short stems with о/а in alternation (stress moves), too short for the general fold below.
irregular('год', 'год года году годам годзе гады гадоў гадам гадамі гадах гадох');
irregular('дом', 'дом дома дому домам доме дамы дамоў дамам дамамі дамах');

// Endings, grouped as the grammar groups them. Within a group the longest match wins.
const REFLEXIVE = ['ся', 'цца', 'цеся'];
const GERUND = ['ўшы', 'ўшыся', 'учы', 'ючы'];
const ADJECTIVE = [
  'ы', 'і', 'ая', 'яя', 'ое', 'ае', 'яе', 'ыя', 'ія', 'ага', 'яга', 'аму', 'яму', 'ым', 'ім', 'ай', 'яй', 'ой', 'ую', 'юю',
  'ых', 'іх', 'ымі', 'імі', 'аю', 'яю', 'ога', 'ому',
];
/** Nouns in -ога, whose ending is not the stressed adjective's (маладога): дарога, перамога. */
const OGA_NOUN = /(?:дар|перам|дапам|трыв|падл|бярл|знем|асал)ога$/;
/** Participle suffixes that may stand before an adjective ending: налічаная → наліч-. */
const PARTICIPLE = ['ан', 'ян', 'ен', 'ён', 'ўш', 'уч', 'юч', 'ыт', 'ят', 'іт'];
/** Adjective endings that no noun shares: only after these is a participle suffix taken off. */
const ADJECTIVE_ONLY = new Set(['ая', 'яя', 'ое', 'ае', 'яе', 'ыя', 'ія', 'ага', 'яга', 'аму', 'яму', 'ым', 'ім', 'ую', 'юю', 'ых', 'іх', 'ымі', 'імі']);
const VERB = [
  'ць', 'ці', 'ю', 'у', 'еш', 'эш', 'ёш', 'іш', 'ыш', 'е', 'э', 'ем', 'эм', 'ём', 'ім', 'ым', 'еце', 'эце',
  'яце', 'іце', 'ыце', 'юць', 'уць', 'аць', 'яць', 'це',
];
/** Past tense: -ў after a vowel (рабіў, ішоў), -ла/-ло/-лі; the stem before keeps three letters. */
const PAST = ['ў', 'ла', 'ло', 'лі'];
const NOUN = [
  'а', 'я', 'у', 'ю', 'ы', 'і', 'е', 'э', 'о', 'ё', 'ь', 'ам', 'ям', 'ом', 'ём', 'ем', 'ай', 'яй', 'ой', 'ёй', 'ей', 'эй', 'ою', 'аю',
  'яю', 'ёю', 'ах', 'ях', 'амі', 'ямі', 'мі', 'оў', 'аў', 'яў', 'ёў', 'еў', 'эў', 'ох', 'ам', 'ьмі',
];
/** Theme vowels of the verb that stand before -ць/-ў/-л-: рабі-ць, раб-лю → раб-. */
const THEME = ['а', 'я', 'і', 'ы', 'е', 'э', 'ава', 'ява', 'ова'];

function byLength(list: readonly string[]): string[] {
  return [...new Set(list)].sort((a, b) => b.length - a.length);
}
const REFLEXIVE_L = byLength(REFLEXIVE);
const GERUND_L = byLength(GERUND);
const ADJECTIVE_L = byLength(ADJECTIVE);
const PARTICIPLE_L = byLength(PARTICIPLE);
const VERB_L = byLength(VERB);
const PAST_L = byLength(PAST);
const NOUN_L = byLength(NOUN);
const THEME_L = byLength(THEME);

function hasVowel(s: string): boolean {
  for (const c of s) if (VOWELS.has(c)) return true;
  return false;
}

/** Where endings may start: after the first vowel (Snowball's RV), and never before `min` letters. */
function region(word: string, min: number): number {
  let i = 0;
  while (i < word.length && !VOWELS.has(word[i]!)) i++;
  return Math.max(i + 1, min);
}

/** The stem left by the longest ending of `list` that lies in the word's region, if it keeps a vowel. */
function strip(word: string, list: readonly string[], min: number): string | null {
  const rv = region(word, min);
  for (const e of list) {
    if (word.length - e.length >= rv && word.endsWith(e)) {
      const s = word.slice(0, -e.length);
      if (hasVowel(s)) return s;
    }
  }
  return null;
}

/** Folds the letters that alternate inside Belarusian stems onto one. */
function fold(stem: string, ending: string): string {
  let s = stem;
  // Before the -е of the dative and locative, д т г became дз ц з (горад/горадзе, праспект/праспекце,
  // дарога/дарозе); before -э, к became ц (рака/рацэ).
  if (ending === 'е') s = s.replace(/дз$/, 'д').replace(/([^д])з$/, '$1г').replace(/ц$/, 'т');
  else if (ending === 'э') s = s.replace(/ц$/, 'к');
  else if (ending === 'ы') s = s.replace(/([^аеёіоуыэюя])ц$/, '$1к'); // забастоўка/забастоўцы
  // Consonant changes at the end of verb stems: хадж-у/хадз-іць, рабл-ю/раб-іць.
  s = s.replace(/дж$/, 'дз').replace(/([бпвмф])л$/, '$1');
  const long = s.length >= 5;
  // The fleeting vowel of the bare form: выпадак/выпадку, кветак/кветка, айцец/айца, узровень/узроўню.
  if ((ending === '' || ending === 'ь') && /[аеёіоуыэюя].*[^аеёіоуыэюя](?:[ао]к|е[цн])$/.test(s)) s = s.slice(0, -2) + s.slice(-1);
  s = s.replace(/^ў/, 'у').replace(/ў/g, 'в').replace(/[ʼ']/g, '').replace(/ё/g, 'е');
  // Vowel alternations only in longer stems: in short ones they join unrelated words (рад/род).
  if (long) s = s.replace(/о/g, 'а').replace(/я/g, 'е');
  return s;
}

/** The Belarusian stem key of one lower-cased word. */
export function stemBelarusian(input: string): string {
  let w = input.replace(/\u0301/g, '').replace(/[ʼ’]/g, "'");
  if (w.startsWith('ў')) w = 'у' + w.slice(1);
  const irr = IRREGULAR[w];
  if (irr !== undefined) return '=' + irr;
  if (w.length <= 2) return w;
  let reflexive = false;
  const r = strip(w, REFLEXIVE_L, 2);
  if (r !== null) {
    reflexive = true;
    w = w.endsWith('цца') ? r + 'ць' : r;
  }
  let s = strip(w, GERUND_L, 2);
  if (s === null) {
    let adj = strip(w, ADJECTIVE_L, 2);
    if (adj !== null && OGA_NOUN.test(w)) adj = null;
    let past = strip(w, PAST_L, 3);
    if (past !== null && w.endsWith('ў') && !/(?:[аяіыеэу]|шо)$/.test(past)) past = null;
    const verb = strip(w, VERB_L, 2);
    const noun = strip(w, NOUN_L, 2);
    // The shortest stem wins: the longest ending that the grammar allows.
    s = [adj, past, verb, noun].reduce<string | null>((best, x) => (x !== null && (best === null || x.length < best.length) ? x : best), null);
    if (s !== null && s === adj && ADJECTIVE_ONLY.has(w.slice(adj.length))) s = strip(adj, PARTICIPLE_L, 3) ?? adj;
  }
  s ??= w;
  const ending = w.slice(s.length);
  s = strip(s, THEME_L, 3) ?? s;
  // -ава-/-ява- verbs have -у-/-ю- in the present: праца-ва-ць, прац-у-е.
  if (/[^аеёіоуыэюя][ую]$/.test(s) && s.length >= 4) s = s.slice(0, -1) + 'ав';
  let key = fold(s, ending);
  // Nouns in -асць are words of their own (магчымасць, not магчымы).
  if (/асц(?:ь|і|ю|ей|ям|ямі|ях)$/.test(w) && !key.endsWith('асц')) key += '+асць';
  return key + (reflexive ? '~' : '');
}
