/** Russian phrase helpers shared by the kinds: relatives, workplaces, movements, figures. */
import type { Case } from '../../../language/types.js';
import type { OrgRef, PersonRef, Relation, Writer } from '../../types.js';
import { orgById } from '../../lexicon/orgs.js';
import { figureKnown, figureRole, flagIfDesignated, movementExists, movementGenre, orgOn } from '../common.js';
import { cap, r, relAge, selfRoleIn } from '../common.js';

export { cap, r, relAge };

const SELF_ROLE = { parent: ['отец', 'мать'], wife: 'жена', husband: 'муж', sibling: ['брат', 'сестра'], child: ['сын', 'дочь'], grandparent: ['дедушка', 'бабушка'] } as const;

/** Who the sender is to the relative. */
export function selfRole(w: Writer): string {
  return selfRoleIn(w, SELF_ROLE);
}


type Forms = Record<Case, string>;

function forms(nom: string, gen: string, dat: string, acc: string, ins: string, loc: string): Forms {
  return { nom, gen, dat, acc, ins, loc };
}

/** "мой сын", "моего сына"…: the relative as the sender speaks of them. */
const RELATIVE: Record<Relation, Forms> = {
  son: forms('мой сын', 'моего сына', 'моему сыну', 'моего сына', 'моим сыном', 'моём сыне'),
  daughter: forms('моя дочь', 'моей дочери', 'моей дочери', 'мою дочь', 'моей дочерью', 'моей дочери'),
  husband: forms('мой муж', 'моего мужа', 'моему мужу', 'моего мужа', 'моим мужем', 'моём муже'),
  wife: forms('моя жена', 'моей жены', 'моей жене', 'мою жену', 'моей женой', 'моей жене'),
  brother: forms('мой брат', 'моего брата', 'моему брату', 'моего брата', 'моим братом', 'моём брате'),
  sister: forms('моя сестра', 'моей сестры', 'моей сестре', 'мою сестру', 'моей сестрой', 'моей сестре'),
  father: forms('мой отец', 'моего отца', 'моему отцу', 'моего отца', 'моим отцом', 'моём отце'),
  mother: forms('моя мама', 'моей мамы', 'моей маме', 'мою маму', 'моей мамой', 'моей маме'),
  grandson: forms('мой внук', 'моего внука', 'моему внуку', 'моего внука', 'моим внуком', 'моём внуке'),
};

export function rel(w: Writer, c: Case): string {
  return RELATIVE[w.s.relation][c];
}

export function years(n: number): string {
  const d = n % 10;
  const dd = n % 100;
  if (d === 1 && dd !== 11) return `${n} год`;
  if (d >= 2 && d <= 4 && (dd < 12 || dd > 14)) return `${n} года`;
  return `${n} лет`;
}

/** "в ОАО «Нафтан»" / "на БелАЗе": where someone works. */
export function at(w: Writer, o: OrgRef): Writer {
  return w.text(orgOn(o) ? 'на ' : 'в ').org(o, 'loc');
}

/** The movement in a case, with its common noun when its quoted name cannot decline. */
export function movement(w: Writer, c: Case): Writer {
  const e = orgById(w.s.movement.id);
  if (e?.noun) w.text(`${e.noun.ru[c]} `).org(w.s.movement, 'nom');
  else w.org(w.s.movement, c);
  flagIfDesignated(w);
  return w;
}

/**
 * What someone else does with the movement, as a clause with no capital and no full stop:
 * "подписан на телеграм-канал NEXTA". Falls back to unnamed channels when the movement is too
 * young for the letter's date.
 */
export function theyMovement(w: Writer, p: PersonRef): void {
  const g = (m: string, f: string) => w.gOf(p, m, f);
  if (!movementExists(w)) {
    w.text(w.rng.pick([`читает и распространяет материалы оппозиционных сайтов`, `${g('подписан', 'подписана')} на какие-то оппозиционные каналы и пересылает оттуда всякое`]));
    return;
  }
  switch (movementGenre(w)) {
    case 'telegram':
      if (w.rng.chance(0.5)) {
        w.text(`${g('подписан', 'подписана')} на `);
        movement(w, 'acc');
      } else {
        w.text('пересылает в рабочий чат посты из ');
        movement(w, 'gen');
      }
      return;
    case 'tv':
      w.text(w.rng.pick(['смотрит ', 'постоянно смотрит ']));
      movement(w, 'acc');
      w.text(w.rng.pick([' и пересказывает всем их новости', ' и рассылает знакомым их ролики', '']));
      return;
    case 'radio':
    case 'site':
      w.text(w.rng.pick(['читает и распространяет материалы ', 'делает репосты материалов ', 'кидает в общий чат ссылки на статьи ']));
      movement(w, 'gen');
      return;
    case 'campaign':
      w.text(`летом 2020 года ${g('собирал', 'собирала')} подписи для `);
      movement(w, 'gen');
      return;
    case 'council':
      w.text(w.rng.pick(['открыто поддерживает ', `${g('подписал', 'подписала')} обращение в поддержку `]));
      if (w.rng.chance(0.5)) movement(w, 'acc');
      else movement(w, 'gen');
      return;
    case 'fund':
      w.text(`${g('перечислял', 'перечисляла')} деньги в `);
      movement(w, 'acc');
      return;
    case 'rights':
      w.text('передаёт сведения о задержанных в ');
      movement(w, 'acc');
      return;
    case 'union':
      w.text('агитирует коллег вступать в ');
      movement(w, 'acc');
      return;
    case 'party':
      w.text('состоит в ');
      movement(w, 'loc');
      return;
    case 'foreign':
      w.text('поддерживает контакты с представителями ');
      movement(w, 'gen');
      return;
    default:
      w.text(w.rng.pick(['поддерживает связь с ', `не скрывает, что ${g('связан', 'связана')} с `]));
      movement(w, 'ins');
  }
}

/** What the sender did with the movement, first person past: "был подписан на телеграм-канал NEXTA". */
export function myMovement(w: Writer): void {
  const g = (m: string, f: string) => w.g(m, f);
  const genre = movementGenre(w);
  if (!movementExists(w) || genre === 'foreign') {
    w.text(`${g('был подписан', 'была подписана')} на оппозиционные телеграм-каналы и ${g('пересылал', 'пересылала')} оттуда материалы знакомым`);
    return;
  }
  switch (genre) {
    case 'telegram':
      w.text(`${g('был подписан', 'была подписана')} на `);
      movement(w, 'acc');
      w.text(w.rng.pick(['', ` и ${g('пересылал', 'пересылала')} оттуда посты знакомым`]));
      return;
    case 'tv':
      w.text(`${g('смотрел', 'смотрела')} `);
      movement(w, 'acc');
      w.text(` и ${g('делал', 'делала')} репосты их видео`);
      return;
    case 'radio':
    case 'site':
      w.text(`${g('читал', 'читала')} и ${g('распространял', 'распространяла')} материалы `);
      movement(w, 'gen');
      return;
    case 'campaign':
      w.text(`${g('собирал', 'собирала')} подписи для `);
      movement(w, 'gen');
      return;
    case 'council':
      w.text(`${g('подписал', 'подписала')} обращение в поддержку `);
      movement(w, 'gen');
      return;
    case 'fund':
      w.text(`${g('перечислил', 'перечислила')} деньги в `);
      movement(w, 'acc');
      return;
    case 'rights':
      w.text(`${g('передавал', 'передавала')} сведения о задержанных в `);
      movement(w, 'acc');
      return;
    case 'union':
      w.text(`${g('вступил', 'вступила')} в `);
      movement(w, 'acc');
      return;
    case 'party':
      w.text(`${g('состоял', 'состояла')} в `);
      movement(w, 'loc');
      return;
    default:
      w.text(`${g('зарегистрировался', 'зарегистрировалась')} в боте `);
      movement(w, 'gen');
  }
}

/** How the sender supported the figure, first person past; false if the figure cannot fit the date. */
export function myFigure(w: Writer): boolean {
  if (!figureKnown(w)) return false;
  const f = w.s.figure;
  const form = w.rng.pick(['first_surname', 'surname', 'first_surname'] as const);
  switch (figureRole(w)) {
    case 'candidate':
      w.text(`${w.g('ставил', 'ставила')} подпись за выдвижение `).person(f, 'gen', form);
      return true;
    case 'campaign':
      w.text(`${w.g('ходил', 'ходила')} на встречи, которые ${w.gOf(f, 'проводил', 'проводила')} `).person(f, 'nom', form);
      return true;
    case 'journalist':
      w.text(`${w.g('смотрел', 'смотрела')} ролики и ${w.g('читал', 'читала')} каналы, которые ${w.gOf(f, 'вёл', 'вела')} `).person(f, 'nom', form);
      return true;
    default:
      w.text(`публично ${w.g('поддерживал', 'поддерживала')} `).person(f, 'acc', form);
      return true;
  }
}

/** How another person supports the figure, present or past; false if the figure cannot fit the date. */
export function theyFigure(w: Writer, p: PersonRef): boolean {
  if (!figureKnown(w)) return false;
  const f = w.s.figure;
  const g = (m: string, fm: string) => w.gOf(p, m, fm);
  const form = w.rng.pick(['first_surname', 'surname'] as const);
  switch (figureRole(w)) {
    case 'candidate':
      w.text(w.rng.pick([`в 2020 году ${g('ставил', 'ставила')} подпись за `, `летом 2020-го активно ${g('агитировал', 'агитировала')} за `]));
      w.person(f, 'acc', form);
      return true;
    case 'journalist':
      w.text('восхищается ').person(f, 'ins', form).text(` и пересылает ${w.gOf(f, 'его', 'её')} ролики`);
      return true;
    default:
      w.text('открыто поддерживает ').person(f, 'acc', form);
      return true;
  }
}
