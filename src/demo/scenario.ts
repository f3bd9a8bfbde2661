/** Chooses who and what one letter is about, before any of its text is written. */
import type { Kind } from '../core/record.js';
import type { Gender, TextLang } from '../language/types.js';
import { attachCast, Cast, figureRefs, LOCAL_BODIES, makePerson, makeSender, MOVEMENTS, pickTown, type SenderProfile } from './cast.js';
import type { Relation, Rng, Scenario } from './types.js';

const FIGURES = figureRefs();

const RELATIONS: readonly (readonly [Relation, number])[] = [
  ['son', 45],
  ['daughter', 12],
  ['husband', 18],
  ['wife', 5],
  ['brother', 8],
  ['sister', 3],
  ['grandson', 5],
  ['father', 3],
  ['mother', 1],
];

const RELATION_GENDER: Record<Relation, Gender> = {
  son: 'm',
  daughter: 'f',
  husband: 'm',
  wife: 'f',
  brother: 'm',
  sister: 'f',
  grandson: 'm',
  father: 'm',
  mother: 'f',
};

/**
 * A scenario for one letter. `sender` is the writer's stable profile (repeat senders pass the same
 * one to many letters); without it a one-off sender is made from the rng.
 */
export function sampleScenario(rng: Rng, kind: Kind, lang: TextLang, date: Date, sender?: SenderProfile): Scenario {
  const me = sender ?? makeSender(rng.int(0, 2 ** 31), `s-${rng.int(0, 2 ** 31).toString(36)}`);
  const cast = new Cast(me);
  const uid = () => `p-${rng.int(0, 2 ** 31).toString(36)}`;

  // A man does not write about "my husband", nor a woman about "my wife".
  const relation = rng.weighted(RELATIONS.filter(([r]) => (r === 'husband' ? me.person.ref.gender === 'f' : r === 'wife' ? me.person.ref.gender === 'm' : true)));
  const relGender = RELATION_GENDER[relation];
  // Children and siblings share the family name; a son's patronymic comes from the father.
  const sameFamily = me.surname;
  const father = me.person.ref.gender === 'm' && (relation === 'son' || relation === 'daughter') ? me.given : undefined;
  const relative = cast.add(makePerson(rng, uid(), relGender, sameFamily, father).person);

  const othersCount = rng.int(1, 3);
  const others = Array.from({ length: othersCount }, () => cast.add(makePerson(rng, uid(), rng.chance(0.5) ? 'm' : 'f').person));
  const official = cast.add(makePerson(rng, uid(), rng.chance(0.7) ? 'm' : 'f').person);
  const figure = rng.pick(FIGURES);
  cast.add(figure);

  let otherTown = pickTown(rng);
  for (let i = 0; i < 3 && otherTown.id === me.town.id; i++) otherTown = pickTown(rng);

  const length = rng.weighted([
    ['line', kind === 'other' ? 30 : 6],
    ['short', 34],
    ['medium', 42],
    ['long', 18],
  ] as const);

  const scenario: Scenario = {
    kind,
    lang,
    date,
    length,
    sender: me.person.ref,
    town: { id: me.town.id },
    otherTown: { id: otherTown.id },
    employer: { id: me.employerId },
    localBody: { id: rng.pick(LOCAL_BODIES).id },
    movement: { id: rng.pick(MOVEMENTS).id },
    figure: figure.ref,
    others,
    relative,
    relation,
    official,
  };
  return attachCast(scenario, cast);
}
