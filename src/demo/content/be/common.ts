/**
 * Belarusian phrase helpers shared by the kinds (official orthography, narkamaŭka). The one rule
 * the helpers enforce everywhere is у/ў: a word-initial у after a word ending in a vowel is written ў
 * ("працую ў", "грошы ў"), after a consonant it stays у ("сын у", "уступіў у").
 */
import type { Case } from '../../../language/types.js';
import type { OrgRef, PersonRef, PlaceRef, Relation, Writer } from '../../types.js';
import { orgById } from '../../lexicon/orgs.js';
import { figureKnown, figureRole, flagIfDesignated, movementExists, movementGenre, orgOn } from '../common.js';
import { cap, r, relAge, selfRoleIn } from '../common.js';

export { cap, r, relAge };

const SELF_ROLE = { parent: ['бацька', 'маці'], wife: 'жонка', husband: 'муж', sibling: ['брат', 'сястра'], child: ['сын', 'дачка'], grandparent: ['дзядуля', 'бабуля'] } as const;

/** Who the sender is to the relative. */
export function selfRole(w: Writer): string {
  return selfRoleIn(w, SELF_ROLE);
}


type Forms = Record<Case, string>;

function forms(nom: string, gen: string, dat: string, acc: string, ins: string, loc: string): Forms {
  return { nom, gen, dat, acc, ins, loc };
}

const VOWEL = /[аеёіоуыэюяАЕЁІОУЫЭЮЯ]$/;

/** The preposition у/ў to put after `prev` (the text just before it). */
export function u(prev: string): string {
  return VOWEL.test(prev.trimEnd()) ? 'ў' : 'у';
}

/** `lead` followed by у/ў, as the rule wants: "Я працую ў ". */
export function withU(lead: string): string {
  return `${lead} ${u(lead)} `;
}

const RELATIVE: Record<Relation, Forms> = {
  son: forms('мой сын', 'майго сына', 'майму сыну', 'майго сына', 'маім сынам', 'маім сыну'),
  daughter: forms('мая дачка', 'маёй дачкі', 'маёй дачцэ', 'маю дачку', 'маёй дачкой', 'маёй дачцэ'),
  husband: forms('мой муж', 'майго мужа', 'майму мужу', 'майго мужа', 'маім мужам', 'маім мужу'),
  wife: forms('мая жонка', 'маёй жонкі', 'маёй жонцы', 'маю жонку', 'маёй жонкай', 'маёй жонцы'),
  brother: forms('мой брат', 'майго брата', 'майму брату', 'майго брата', 'маім братам', 'маім брату'),
  sister: forms('мая сястра', 'маёй сястры', 'маёй сястры', 'маю сястру', 'маёй сястрой', 'маёй сястры'),
  father: forms('мой бацька', 'майго бацькі', 'майму бацьку', 'майго бацьку', 'маім бацькам', 'маім бацьку'),
  mother: forms('мая маці', 'маёй маці', 'маёй маці', 'маю маці', 'маёй маці', 'маёй маці'),
  grandson: forms('мой унук', 'майго ўнука', 'майму ўнуку', 'майго ўнука', 'маім унукам', 'маім унуку'),
};

export function rel(w: Writer, c: Case): string {
  return RELATIVE[w.s.relation][c];
}

export function years(n: number): string {
  const d = n % 10;
  const dd = n % 100;
  if (d === 1 && dd !== 11) return `${n} год`;
  if (d >= 2 && d <= 4 && (dd < 12 || dd > 14)) return `${n} гады`;
  return `${n} гадоў`;
}

/** `lead` + "у/ў/на" + the organisation in the locative: "Я працую ў ААТ «Нафтан»", "…на БелАЗе". */
export function at(w: Writer, lead: string, o: OrgRef): Writer {
  return w.text(orgOn(o) ? `${lead} на ` : withU(lead)).org(o, 'loc');
}

/** `lead` + у/ў + a place in the locative: "жыву ў Магілёве". */
export function inPlace(w: Writer, lead: string, p: PlaceRef): Writer {
  return w.text(withU(lead)).place(p, 'loc');
}

export function movement(w: Writer, c: Case): Writer {
  const e = orgById(w.s.movement.id);
  if (e?.noun) w.text(`${e.noun.be[c]} `).org(w.s.movement, 'nom');
  else w.org(w.s.movement, c);
  flagIfDesignated(w);
  return w;
}

/** What someone else does with the movement, a clause with no capital and no full stop. */
export function theyMovement(w: Writer, p: PersonRef): void {
  const g = (m: string, f: string) => w.gOf(p, m, f);
  if (!movementExists(w)) {
    w.text(w.rng.pick(['чытае і распаўсюджвае матэрыялы апазіцыйных сайтаў', `${g('падпісаны', 'падпісана')} на нейкія апазіцыйныя каналы і перасылае адтуль усялякае`]));
    return;
  }
  switch (movementGenre(w)) {
    case 'telegram':
      if (w.rng.chance(0.5)) {
        w.text(`${g('падпісаны', 'падпісана')} на `);
        movement(w, 'acc');
      } else {
        w.text('перасылае ў працоўны чат допісы з ');
        movement(w, 'gen');
      }
      return;
    case 'tv':
      w.text(w.rng.pick(['глядзіць ', 'пастаянна глядзіць ']));
      movement(w, 'acc');
      w.text(w.rng.pick([' і пераказвае ўсім іх навіны', ' і рассылае знаёмым іх ролікі', '']));
      return;
    case 'radio':
    case 'site':
      w.text(w.rng.pick(['чытае і распаўсюджвае матэрыялы ', 'робіць рэпосты матэрыялаў ', 'кідае ў агульны чат спасылкі на артыкулы ']));
      movement(w, 'gen');
      return;
    case 'campaign':
      w.text(`летам 2020 года ${g('збіраў', 'збірала')} подпісы для `);
      movement(w, 'gen');
      return;
    case 'council':
      w.text('адкрыта падтрымлівае ');
      movement(w, 'acc');
      return;
    case 'fund':
      w.text(`${g('пералічваў', 'пералічвала')} грошы ў `);
      movement(w, 'acc');
      return;
    case 'rights':
      w.text('перадае звесткі пра затрыманых у ');
      movement(w, 'acc');
      return;
    case 'union':
      w.text('агітуе калег уступаць у ');
      movement(w, 'acc');
      return;
    case 'party':
      w.text('з’яўляецца сябрам ');
      movement(w, 'gen');
      return;
    case 'foreign':
      w.text('падтрымлівае кантакты з прадстаўнікамі ');
      movement(w, 'gen');
      return;
    default:
      w.text('падтрымлівае сувязь з ');
      movement(w, 'ins');
  }
}

/** What the sender did with the movement, first person past, without the leading "я". */
export function myMovement(w: Writer): void {
  const g = (m: string, f: string) => w.g(m, f);
  const genre = movementGenre(w);
  if (!movementExists(w) || genre === 'foreign') {
    w.text(`${g('быў падпісаны', 'была падпісана')} на апазіцыйныя тэлеграм-каналы і ${g('перасылаў', 'перасылала')} адтуль матэрыялы знаёмым`);
    return;
  }
  switch (genre) {
    case 'telegram':
      w.text(`${g('быў падпісаны', 'была падпісана')} на `);
      movement(w, 'acc');
      w.text(w.rng.pick(['', ` і ${g('перасылаў', 'перасылала')} адтуль допісы знаёмым`]));
      return;
    case 'tv':
      w.text(`${g('глядзеў', 'глядзела')} `);
      movement(w, 'acc');
      w.text(` і ${g('рабіў', 'рабіла')} рэпосты іх відэа`);
      return;
    case 'radio':
    case 'site':
      w.text(`${g('чытаў', 'чытала')} і ${g('распаўсюджваў', 'распаўсюджвала')} матэрыялы `);
      movement(w, 'gen');
      return;
    case 'campaign':
      w.text(`${g('збіраў', 'збірала')} подпісы для `);
      movement(w, 'gen');
      return;
    case 'council':
      w.text(`${g('падпісаў', 'падпісала')} зварот у падтрымку `);
      movement(w, 'gen');
      return;
    case 'fund': {
      const v = g('пералічыў', 'пералічыла');
      w.text(`${v} грошы ў `);
      movement(w, 'acc');
      return;
    }
    case 'rights':
      w.text(`${g('перадаваў', 'перадавала')} звесткі пра затрыманых у `);
      movement(w, 'acc');
      return;
    case 'union':
      // "далучыўся да" rather than "уступіў у": after "я" the verb itself would need ў.
      w.text(`${g('далучыўся', 'далучылася')} да `);
      movement(w, 'gen');
      return;
    case 'party':
      w.text(`${g('быў', 'была')} сябрам `);
      movement(w, 'gen');
      return;
    default:
      w.text(`${g('зарэгістраваўся', 'зарэгістравалася')} ў боце `);
      movement(w, 'gen');
  }
}

export function myFigure(w: Writer): boolean {
  if (!figureKnown(w)) return false;
  const f = w.s.figure;
  const form = w.rng.pick(['first_surname', 'surname', 'first_surname'] as const);
  switch (figureRole(w)) {
    case 'candidate':
      w.text(`${w.g('ставіў', 'ставіла')} подпіс за вылучэнне `).person(f, 'gen', form);
      return true;
    case 'campaign':
      w.text(`${w.g('хадзіў', 'хадзіла')} на сустрэчы, якія ${w.gOf(f, 'праводзіў', 'праводзіла')} `).person(f, 'nom', form);
      return true;
    case 'journalist':
      w.text(`${w.g('глядзеў', 'глядзела')} ролікі і ${w.g('чытаў', 'чытала')} каналы, якія ${w.gOf(f, 'вёў', 'вяла')} `).person(f, 'nom', form);
      return true;
    default:
      w.text(`публічна ${w.g('падтрымліваў', 'падтрымлівала')} `).person(f, 'acc', form);
      return true;
  }
}

export function theyFigure(w: Writer, p: PersonRef): boolean {
  if (!figureKnown(w)) return false;
  const f = w.s.figure;
  const form = w.rng.pick(['first_surname', 'surname'] as const);
  switch (figureRole(w)) {
    case 'candidate':
      w.text(`яшчэ ў 2020 годзе ${w.gOf(p, 'ставіў', 'ставіла')} подпіс за `).person(f, 'acc', form);
      return true;
    case 'journalist':
      w.text('захапляецца ').person(f, 'ins', form).text(` і перасылае ${w.gOf(f, 'яго', 'яе')} ролікі`);
      return true;
    default:
      w.text('адкрыта падтрымлівае ').person(f, 'acc', form);
      return true;
  }
}
