/**
 * The synthetic corpus: letters, one at a time, each from its own generator seeded by (seed, index),
 * so the stream needs no memory of earlier letters and the same seed gives byte-identical output.
 * Dates rise with the index (the volume shaped by real events, see calendar.ts), ids follow dates,
 * a share of letters come from repeat senders, and campaigns produce near-identical letters.
 */
import { type Kind, type Lang, type LetterRecord, type TruthRecord } from '../core/record.js';
import type { TextLang } from '../language/types.js';
import { OBLASTS } from '../language/gazetteer/index.js';
import { CONTENT } from './content/index.js';
import { ELECTION_2020, kindWeights, minskIso, momentAt, SELF_DENUNCIATION_FROM } from './calendar.js';
import { makeSender, type SenderProfile } from './cast.js';
import { pickSloppiness, TIDY } from './noise.js';
import { formatPhone } from './pii.js';
import { createRng, deriveSeed } from './rng.js';
import { sampleScenario } from './scenario.js';
import type { Fragment, KindContent, LetterLength, Rng, Scenario } from './types.js';
import { LetterWriter, renderName } from './writer.js';

export interface GenerateOptions {
  letters: number;
  seed: number;
}

export interface GeneratedLetter {
  record: LetterRecord;
  truth: TruthRecord;
}

const DAY = 86_400_000;

/** Hours letters arrive at, Minsk time: office hours, evenings, a few at night. */
const HOURS: readonly (readonly [number, number])[] = Array.from({ length: 24 }, (_, h) => [h, h < 7 ? 0.4 : h < 9 ? 2 : h < 18 ? 6 : h < 23 ? 3 : 1] as const);

interface Campaign {
  id: string;
  kind: Kind;
  lang: TextLang;
  contentSeed: number;
  length: LetterLength;
}

/** Campaigns occupy short windows of the (date-ordered) index; this many letters between centres. */
const CAMPAIGN_SPACING = 700;
const CAMPAIGN_JOIN = 0.22;

function campaignAt(opts: GenerateOptions, index: number, rng: Rng): Campaign | null {
  const spacing = Math.min(CAMPAIGN_SPACING, Math.max(20, Math.floor(opts.letters / 4)));
  const c = Math.floor(index / spacing);
  const centre = c * spacing + spacing / 2;
  const halfWidth = Math.max(4, spacing * 0.07);
  if (Math.abs(index - centre) > halfWidth || !rng.chance(CAMPAIGN_JOIN)) return null;
  const crng = createRng(deriveSeed(opts.seed, 'campaign', c));
  const t = momentAt(centre / opts.letters);
  const choices: (readonly [Kind, number])[] = [
    ['appeal', 4],
    ['complaint', 3],
    ['denunciation', t >= ELECTION_2020 ? 2 : 0.5],
    ['self_denunciation', t >= SELF_DENUNCIATION_FROM + 30 * DAY ? 3 : 0],
    ['gratitude', 1],
  ];
  return {
    id: `campaign-${String(c + 1).padStart(4, '0')}`,
    kind: crng.weighted(choices),
    lang: crng.chance(0.8) ? 'ru' : 'be',
    contentSeed: deriveSeed(opts.seed, 'campaign-text', c),
    length: crng.pick(['short', 'medium', 'medium', 'long'] as const),
  };
}

function repeatSenderPool(opts: GenerateOptions): number {
  return Math.max(5, Math.floor(opts.letters * 0.015));
}

function pickSender(opts: GenerateOptions, index: number, rng: Rng): SenderProfile {
  if (rng.chance(0.2)) {
    // Skewed towards low keys: a few people write very often.
    const pool = repeatSenderPool(opts);
    const k = Math.floor(pool * rng.next() ** 2.5);
    return makeSender(opts.seed, `s${String(k).padStart(5, '0')}`);
  }
  return makeSender(opts.seed, `l${index}`);
}

function pickLength(rng: Rng, kind: Kind): LetterLength {
  return rng.weighted([
    ['line', kind === 'other' ? 40 : 5],
    ['short', 33],
    ['medium', 42],
    ['long', kind === 'other' ? 0 : 20],
  ] as const);
}

const BODY_COUNT: Record<LetterLength, readonly [number, number]> = {
  line: [1, 1],
  short: [1, 1],
  medium: [2, 3],
  long: [5, 10],
};

const HEADER_TITLE: Record<TextLang, Record<Kind, readonly string[]>> = {
  ru: {
    complaint: ['ЖАЛОБА', 'Жалоба', 'ЗАЯВЛЕНИЕ'],
    appeal: ['ОБРАЩЕНИЕ', 'ЗАЯВЛЕНИЕ', 'Обращение', 'ХОДАТАЙСТВО'],
    statement: ['ЗАЯВЛЕНИЕ', 'Заявление', 'СООБЩЕНИЕ'],
    denunciation: ['ЗАЯВЛЕНИЕ', 'СООБЩЕНИЕ', 'Заявление'],
    self_denunciation: ['ЗАЯВЛЕНИЕ', 'Заявление', 'ОБЪЯСНЕНИЕ', 'ОБРАЩЕНИЕ'],
    gratitude: ['БЛАГОДАРНОСТЬ', 'Благодарность'],
    other: ['ЗАЯВЛЕНИЕ'],
  },
  be: {
    complaint: ['СКАРГА', 'Скарга', 'ЗАЯВА'],
    appeal: ['ЗВАРОТ', 'ЗАЯВА', 'Зварот', 'ХАДАЙНІЦТВА'],
    statement: ['ЗАЯВА', 'Заява', 'ПАВЕДАМЛЕННЕ'],
    denunciation: ['ЗАЯВА', 'ПАВЕДАМЛЕННЕ'],
    self_denunciation: ['ЗАЯВА', 'Заява', 'ТЛУМАЧЭННЕ', 'ЗВАРОТ'],
    gratitude: ['ПАДЗЯКА', 'Падзяка'],
    other: ['ЗАЯВА'],
  },
};

/** The formal "Заявление" header: addressee, the sender's full details, the title. */
/** Header and signature are the sender's own: they draw from the letter's generator, not the text's. */
function writeHeader(w: LetterWriter, rng: Rng, me: SenderProfile, kind: Kind): void {
  const lang = w.lang;
  const oblast = OBLASTS.find((o) => o.id === me.town.oblast);
  if (lang === 'ru') {
    if (oblast && oblast.id !== 'minsk-city' && rng.chance(0.4)) w.verbatim(`Начальнику Управления КГБ по ${oblast.ru.dat}`);
    else w.verbatim(rng.pick(['Председателю Комитета государственной безопасности Республики Беларусь', 'В КГБ Республики Беларусь', 'Председателю КГБ Республики Беларусь']));
    w.line().verbatim('от ').person(me.person.ref, 'gen', 'full').verbatim(',').line();
    w.verbatim(me.person.ref.gender === 'f' ? 'проживающей' : 'проживающего').verbatim(' по адресу: ').address().verbatim(',').line();
    w.verbatim(rng.pick(['тел. ', 'тел.: ', 'моб. тел. ', 'контактный телефон: '])).phone();
  } else {
    if (oblast && oblast.id !== 'minsk-city' && rng.chance(0.4)) w.verbatim(`Начальніку Упраўлення КДБ па ${oblast.be.dat}`);
    else w.verbatim(rng.pick(['Старшыні Камітэта дзяржаўнай бяспекі Рэспублікі Беларусь', 'У КДБ Рэспублікі Беларусь']));
    w.line().verbatim('ад ').person(me.person.ref, 'gen', 'full').verbatim(',').line();
    w.verbatim(me.person.ref.gender === 'f' ? 'якая пражывае' : 'які пражывае').verbatim(' па адрасе: ').address().verbatim(',').line();
    w.verbatim(rng.pick(['тэл. ', 'тэл.: ', 'кантактны тэлефон: '])).phone();
  }
  if (rng.chance(0.35)) {
    w.verbatim(',').line().verbatim(lang === 'ru' ? 'идентификационный номер ' : 'ідэнтыфікацыйны нумар ').idNumber();
  }
  if (rng.chance(0.2)) w.verbatim(lang === 'ru' ? ', паспорт ' : ', пашпарт ').passport();
  w.para().verbatim(rng.pick(HEADER_TITLE[lang][kind])).para();
}

function writeSignature(w: LetterWriter, rng: Rng, me: SenderProfile, date: Date, formal: boolean): void {
  w.para();
  const form = formal ? rng.pick(['initials', 'full', 'initials_first'] as const) : rng.pick(['natural', 'first_surname', 'initials', 'surname', 'full', 'first_patronymic'] as const);
  if (rng.chance(0.25)) w.date(date, rng.pick(['numeric', 'short'] as const)).verbatim(rng.pick(['   ', '\n', ' ']));
  if (rng.chance(0.2)) w.verbatim(w.lang === 'ru' ? rng.pick(['С уважением, ', 'С уважением,\n']) : rng.pick(['З павагай, ', 'З павагай,\n']));
  w.person(me.person.ref, 'nom', form);
  if (!formal && rng.chance(0.3)) w.verbatim(rng.pick([', ', '\n', ' тел. '])).phone();
  if (!formal && rng.chance(0.08)) w.verbatim('\n').email();
}

const RESPONSES: Record<TextLang, readonly ((place: string) => string)[]> = {
  ru: [
    () => 'Ваше обращение рассмотрено. Изложенные в нём сведения приняты к сведению.',
    (p) => `Ваше обращение направлено для рассмотрения по компетенции в органы внутренних дел (${p}). О результатах Вам сообщат дополнительно.`,
    () => 'Сообщаем, что по Вашему обращению проведена проверка. Оснований для принятия мер реагирования не установлено.',
    () => 'Ваше заявление зарегистрировано. Информация передана в соответствующее подразделение.',
    () => 'В соответствии со статьёй 15 Закона «Об обращениях граждан и юридических лиц» Ваше обращение оставлено без рассмотрения по существу.',
  ],
  be: [
    () => 'Ваш зварот разгледжаны. Выкладзеныя ў ім звесткі прынятыя да ведама.',
    (p) => `Ваш зварот накіраваны для разгляду па кампетэнцыі ў органы ўнутраных спраў (${p}).`,
  ],
};

function writeLetter(opts: GenerateOptions, index: number): GeneratedLetter {
  const rng = createRng(deriveSeed(opts.seed, 'letter', index));
  const dayStart = Math.floor(momentAt((index + rng.next()) / opts.letters) / DAY) * DAY;
  // Minsk is UTC+3: hour h local is h-3 UTC.
  const t = dayStart + (rng.weighted(HOURS) - 3) * 3_600_000 + rng.int(0, 3599) * 1000;
  const date = new Date(t);

  const campaign = campaignAt(opts, index, rng);
  let kind: Kind = campaign?.kind ?? rng.weighted(kindWeights(t));
  if (kind === 'self_denunciation' && t < SELF_DENUNCIATION_FROM) kind = 'appeal';
  let sender = pickSender(opts, index, rng);
  if (sender.misspelt && rng.chance(0.5)) sender = { ...sender, person: { ...sender.person, names: sender.misspelt } };

  const mixed = !campaign && rng.chance(0.03);
  const baseLang: TextLang = campaign?.lang ?? (rng.chance(0.96) ? sender.lang : sender.lang === 'ru' ? 'be' : 'ru');
  const lang: Lang = mixed ? 'mixed' : baseLang;
  const length = campaign?.length ?? pickLength(rng, kind);
  // A campaign is one text signed by many: everything but the sender comes from the campaign's
  // generators (cast, structure, wording), so its letters differ only in who signs and in typos.
  const castRng = campaign ? createRng(campaign.contentSeed ^ 0x5bd1e995) : rng;
  const scenario: Scenario = { ...sampleScenario(castRng, kind, baseLang, date, sender), length };
  const structRng = campaign ? createRng(campaign.contentSeed ^ 0x27d4eb2f) : rng;
  const textRng = campaign ? createRng(campaign.contentSeed) : rng;
  const sloppiness = kind === 'other' || rng.chance(0.6) ? pickSloppiness(rng) : TIDY;
  const fragmentRng = campaign ? (n: number) => createRng(deriveSeed(campaign.contentSeed, 'fragment', n)) : undefined;
  const w = new LetterWriter(scenario, textRng, sloppiness, rng, fragmentRng);
  const content = (l: TextLang): KindContent => CONTENT[l][kind];

  const formal = length !== 'line' && kind !== 'other' && kind !== 'gratitude' && structRng.chance(kind === 'statement' || kind === 'complaint' ? 0.3 : 0.2);
  if (formal) writeHeader(w, rng, sender, kind);

  const c = content(baseLang);
  if (length !== 'line' && (formal ? structRng.chance(0.3) : structRng.chance(0.75))) w.write([textRng.pick(c.openings)]);
  const [lo, hi] = BODY_COUNT[length];
  const bodies: Fragment[] = textRng.sample(c.bodies, textRng.int(lo, hi));
  bodies.forEach((body, i) => {
    if (mixed && i % 2 === 1) w.switchLanguage(baseLang === 'ru' ? 'be' : 'ru');
    else if (mixed) w.switchLanguage(baseLang);
    const own = content(w.lang).bodies;
    w.write([w.lang === baseLang ? body : textRng.pick(own)]);
  });
  if (mixed && bodies.length < 2) {
    w.switchLanguage(baseLang === 'ru' ? 'be' : 'ru');
    w.write([textRng.pick(content(w.lang).closings)]);
  } else if (length !== 'line' && structRng.chance(0.85)) {
    w.write([textRng.pick(content(w.lang).closings)]);
  }
  if (kind !== 'other' || rng.chance(0.2)) writeSignature(w, rng, sender, date, formal);
  const written = w.result();

  const subjects = content(baseLang).subjects;
  const subject = rng.chance(0.7) ? textRng.pick(subjects) : undefined;
  const channel = rng.weighted([
    ['web-form', 60],
    ['e-mail', 15],
    ['post', 15],
    ['reception', 5],
    ['hotline', 5],
  ] as const);
  const placeName = sender.town[baseLang].nom;
  const names = sender.person.names[baseLang];
  const record: LetterRecord = {
    id: `kgb-${String(index + 1).padStart(6, '0')}`,
    received_at: minskIso(t),
    channel,
    sender: compact({
      name: kind === 'other' && rng.chance(0.5) ? undefined : renderName(names, 'nom', 'full'),
      address: channel === 'post' || formal ? `${placeName}, ${sender.street[baseLang]}, ${sender.house}${sender.flat ? `-${sender.flat}` : ''}` : undefined,
      phone: rng.chance(0.6) ? formatPhone(sender.phone, sender.phoneStyle) : undefined,
      email: channel === 'e-mail' || (channel === 'web-form' && rng.chance(0.7)) ? sender.email : undefined,
      id_number: rng.chance(0.05) ? sender.idNumber : undefined,
    }),
    place: placeName,
    ...(subject ? { subject } : {}),
    body: written.text,
    attachments: rng.chance(0.1) ? rng.int(1, 4) : 0,
    response: rng.chance(0.03) ? rng.pick(RESPONSES[baseLang])(placeName) : null,
    source: { file: 'obrashcheniya.sql', line: 412 + index },
  };
  const truth: TruthRecord = {
    id: record.id as string,
    kind,
    flags: written.flags,
    lang,
    pii: written.pii,
    entities: written.entities,
    campaign: campaign?.id ?? null,
    sender: sender.key,
  };
  return { record, truth };
}

function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** Letters in id order. Lazy: a million letters never sit in memory together. */
export function* generateLetters(opts: GenerateOptions): Generator<GeneratedLetter> {
  for (let i = 0; i < opts.letters; i++) yield writeLetter(opts, i);
}
