/**
 * Russian stemming that groups word forms better than Snowball, which it starts from:
 * - closed-class words and irregular verbs whose forms share no stem (я/меня/мне, быть/есть/будет,
 *   человек/люди, идти/шёл, день/дня) map to one key each;
 * - reflexive verbs keep a mark, because "находить" and "находиться" are different words;
 * - the stem is folded where Snowball leaves alternations apart: the theme vowel of verbs
 *   (начина-ет/начин-ая), -ова-/-у- (использова-ть/использ-ует), the fleeting vowel (рынок/рынка,
 *   отец/отца, уровень/уровня), and the consonant changes at the end of verb stems (люблю/любить).
 */
import snowball from 'snowball-stemmers';

const snow = snowball.newStemmer('russian');

/** The reference Snowball Russian stemmer (ё read as е, as Snowball's own vocabulary has it). */
export function snowballRussian(word: string): string {
  return snow.stem(word.replace(/ё/g, 'е'));
}

const IRREGULAR: Record<string, string> = {};
function irregular(key: string, forms: string): void {
  for (const f of forms.split(' ')) IRREGULAR[f] = '=' + key;
}
irregular('я', 'я меня мне мной мною');
irregular('ты', 'ты тебя тебе тобой тобою');
irregular('он', 'он его ему им нем него нему ним');
irregular('она', 'она ее ей ею нее ней нею');
irregular('оно', 'оно');
irregular('они', 'они их ими них ними');
irregular('мы', 'мы нас нам нами');
irregular('вы', 'вы вас вам вами');
irregular('себя', 'себя себе собой собою');
irregular('весь', 'весь вся все всего всей всем всех всеми всю всею всему');
irregular('этот', 'этот эта эти этого этой этом этим этих этими этому эту этою');
irregular('это', 'это');
irregular('тот', 'тот та те того той тем тех теми тому ту тою');
irregular('то', 'то');
irregular('кто', 'кто кого кому кем ком');
irregular('что', 'что чего чему чем');
irregular('быть', 'быть был была было были буду будешь будет будем будете будут будь будьте будучи есть суть');
irregular('человек', 'человек человека человеку человеком человеке люди людей людям людьми людях');
irregular('ребенок', 'ребенок ребенка ребенку ребенком ребенке дети детей детям детьми детях');
irregular('день', 'день дня дню днем дне дни дней дням днями днях');
irregular('мочь', 'мочь могу можешь может можем можете могут мог могла могло могли');
irregular('хотеть', 'хотеть хочу хочешь хочет хотим хотите хотят хотел хотела хотело хотели');
irregular('дать', 'дать дам дашь даст дадим дадите дадут дал дала дало дали дай дайте');
irregular('есть2', 'ем ешь ест едим едите едят ел ела ели');
irregular('год', 'год года году годом годе годы годов годам годами годах лет');
irregular('мой', 'мой моя мое мои моего моей моему моим моих моими мою моею моем');
irregular('твой', 'твой твоя твое твои твоего твоей твоему твоим твоих твоими твою твоею твоем');
irregular('свой', 'свой своя свое свои своего своей своему своим своих своими свою своею своем');
irregular('наш', 'наш наша наше наши нашего нашей нашему нашим наших нашими нашу нашем');
irregular('ваш', 'ваш ваша ваше ваши вашего вашей вашему вашим ваших вашими вашу вашем');
irregular('один', 'один одна одно одни одного одной одному одним одних одними одну одном');
irregular('сам', 'сам сама само сами самого самой самому самим самих самими саму самом');
irregular('время', 'время времени временем времена времен временам временами временах');
irregular('имя', 'имя имени именем имена имен именам именами именах');
irregular('мать', 'мать матери матерью матерей матерям матерями матерях');
irregular('дочь', 'дочь дочери дочерью дочерей дочерям дочерьми дочерях');
irregular('церковь', 'церковь церкви церковью церквей церквям церквями церквях');
irregular('путь', 'путь пути путем');
irregular('стать', 'стать стал стала стало стали стану станешь станет станем станете станут стань станьте');
irregular('иметь', 'иметь имею имеешь имеет имеем имеете имеют имел имела имело имели имея имеющий имеющая имеющее имеющие имеющих имеющим имеющими имеющего имеющей имеющему имеющую');
irregular('в', 'в во');
irregular('с', 'с со');
irregular('к', 'к ко');
irregular('о', 'о об обо');

/** идти and its prefixed verbs (выйти, пришел, перейдя, вошедший): one key per prefix. */
const GO_PREFIX = '(|вы|при|пере|за|про|у|во|до|на|ото|от|по|подо|под|разо|раз|со|с|взо|обо|об|пре|пред)';
const GO_TAIL = '(?:й?ти|й?ду|й?дешь|й?дет|й?дем|й?дете|й?дут|й?ди|й?дите|й?дя|шел|шла|шло|шли|шедш\\p{L}*|й?дущ\\p{L}*)';
const GO = new RegExp(`^${GO_PREFIX}${GO_TAIL}$`, 'u');
/** Bare идти: иду, идет, идти (the prefixed forms lose the и: выйду, выйти). */
const GO_BARE = /^(?:идти|иду|идешь|идет|идем|идете|идут|иди|идите|идя|идущ\p{L}*)$/u;

/**
 * What Snowball takes off verb forms only (its verb and gerund endings, less those an adjective or
 * noun shares, and the participle suffixes), so that "работает" and "работа" stay apart as their
 * lemmas do, while "работает", "работал" and "работающий" meet.
 */
const VERB_ENDING =
  /^(?:ла|на|ете|йте|ли|й|л|н|ло|но|ет|ют|ны|ть|ешь|нно|ила|ыла|ена|ейте|уйте|ите|или|ыли|уй|ил|ыл|ило|ыло|ено|ят|ует|уют|ит|ыт|ены|ить|ыть|ишь|в|вши|ив|ивши|ыв|ывши)$|^(?:ющ|ующ|ущ|ащ|ящ|вш|ивш|ывш|нн|енн)\p{L}+$/u;

/** Nouns ending in -сь. */
const NOUN_IN_S = /^(?:\p{L}*русь|ось|лось|гусь|рысь|высь|смесь|взвесь|спесь|помесь|карась|порось)$/u;

/** Folds what Snowball leaves apart; `ending` is what Snowball took off (reflexive aside). */
function correct(ending: string, s: string, verb: boolean): string {
  let t = s;
  if (verb) {
    // The theme vowel of verbs: использова-л/использ-ует, начина-ет/начин-ая.
    if (/[ое]ва$/.test(t) && t.length > 6) t = t.slice(0, -3);
    else if (/[^аеиоуыэюя][ая]$/.test(t) && t.length > 4) t = t.slice(0, -1);
  }
  // Consonant changes at the end of verb stems: любл-ю/люб-ить, ставл-ю/став-ить.
  t = t.replace(/([бпвмф])л$/, '$1');
  // The fleeting vowel of the bare form: рынок/рынка, отец/отца, уровень/уровня, точек/точка.
  if ((ending === '' || ending === 'ь') && /[аеиоуыэюя].*[^аеиоуыэюя](?:[ое]к|е[цн])$/.test(t)) t = t.slice(0, -2) + t.slice(-1);
  return t;
}

/** The Russian stem key of one lower-cased word, ё already folded to е. */
export function stemRussian(input: string): string {
  const w = input.replace(/\u0301/g, '').replace(/ё/g, 'е');
  const irr = IRREGULAR[w];
  if (irr !== undefined) return irr;
  if (GO_BARE.test(w)) return '=идти';
  const go = GO.exec(w);
  if (go) return '=' + go[1] + 'йти';
  // Nouns in -сь that Snowball would read as reflexive verbs: Беларусь is not беларуть-ся.
  if (NOUN_IN_S.test(w)) return w.slice(0, -1);
  const s = snow.stem(w);
  const reflexive = /(?:ся|сь)$/.test(w) && !s.endsWith('с') && w.length > 4;
  const bare = reflexive ? w.slice(0, -2) : w;
  const verb = s.length < bare.length && VERB_ENDING.test(bare.slice(s.length));
  let t = correct(bare.slice(s.length), s, verb);
  // Nouns in -ость are words of their own (возможность, not возможный): Snowball cuts the suffix.
  if (/ост(?:ь|и|ью|ей|ям|ями|ях)$/.test(w) && !t.endsWith('ост')) t += '+ость';
  // Superlatives in -ейший/-айший are lemmas of their own (новейший, not новый).
  else if (/[еа]йш(?:ий|ая|ее|ие|его|ей|ему|им|ую|их|ими|ем)$/.test(w) && !/[еа]йш$/.test(t)) t += '+ейш';
  // Adverbs in -но/-ко are words of their own too (специально, not специальный).
  else if (bare.slice(s.length) === 'о' && /[нк]$/.test(t) && t.length > 4) t += '+о';
  return t + (verb ? ':' : '') + (reflexive ? '~' : '');
}
