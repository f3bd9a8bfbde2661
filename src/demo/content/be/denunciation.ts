/** Даносы: another person's political activity or views; every fragment names someone. */
import type { Fragment, KindContent, PersonRef, Writer } from '../../types.js';
import type { NameForm } from '../../../language/types.js';
import { AGENCY, day, isLine, orgType, other, postElection, protestDay } from '../common.js';
import { at, theyFigure, theyMovement } from './common.js';

function named(w: Writer, p: PersonRef, forms: readonly NameForm[] = ['full', 'natural', 'initials', 'first_surname']): Writer {
  w.flag('names_others');
  return w.person(p, 'nom', w.rng.pick(forms));
}

const he = (w: Writer, p: PersonRef, m: string, f: string) => w.gOf(p, m, f);

function pastRally(w: Writer): { date: Date | null; what: string } {
  const options: { date: Date; what: string }[] = [
    { date: day(2017, 2, 17), what: 'на так званым «маршы недармаедаў»' },
    { date: day(2017, 3, 25), what: 'на несанкцыянаванай акцыі ў так званы Дзень Волі' },
    { date: day(2019, 12, 7), what: 'на акцыі супраць інтэграцыі з Расіяй' },
  ];
  for (let y = 2015; y <= 2020; y++) options.push({ date: day(y, 4, 26), what: 'на шэсці «Чарнобыльскі шлях»' });
  const ok = options.filter((o) => o.date.getTime() < w.s.date.getTime() - 86_400_000);
  if (ok.length === 0) return { date: null, what: 'на акцыях так званай апазіцыі' };
  return w.rng.pick(ok);
}

const openings: Fragment[] = [
  (w) => w.text('Даводжу да Вашага ведама наступнае.'),
  (w) => w.text('Лічу сваім абавязкам паведаміць.'),
  (w) => w.text('Паважаныя супрацоўнікі ').org(AGENCY, 'gen').text('!'),
  (w) => w.text('Пішу ананімна, бо баюся за сябе.'),
  (w) => w.text('Добры дзень. Хачу паведаміць пра чалавека, які, на мой погляд, уяўляе небяспеку.'),
  (w) => w.text('Прабачце за турботу. Але маўчаць не магу.'),
];

const bodies: Fragment[] = [
  (w) => {
    const n = other(w, 0);
    w.text(`${he(w, n, 'Мой сусед', 'Мая суседка')} `);
    named(w, n);
    if (postElection(w)) {
      w.text(` ${he(w, n, 'вывесіў', 'вывесіла')} на балконе бел-чырвона-белы сцяг, які відаць з усёй вуліцы.`);
      if (isLine(w)) return;
      w.flag('mentions_2020_protests');
      w.text(` Летам 2020 года ${he(w, n, 'ён', 'яна')} ${he(w, n, 'хадзіў', 'хадзіла')} на ўсе маршы.`);
    } else {
      w.text(' кожны год на так званы Дзень Волі вывешвае ў акне бел-чырвона-белы сцяг.');
      if (isLine(w)) return;
      w.text(' Лічу гэта правакацыяй.');
    }
  },
  (w) => {
    const n = other(w, 0);
    at(w, he(w, n, 'Мой калега', 'Мая калега'), w.s.employer).text(' ');
    named(w, n).text(' ');
    theyMovement(w, n);
    w.text('.');
    if (isLine(w)) return;
    w.text(` У курылцы ${he(w, n, 'ён', 'яна')} адкрыта кажа, што «гэтую ўладу хутка скінуць».`);
  },
  (w) => {
    const n = other(w, 0);
    w.text(`${he(w, n, 'Настаўнік', 'Настаўніца')} `);
    named(w, n, ['full', 'natural', 'first_patronymic']);
    if (orgType(w.s.localBody) === 'school') w.text(' з ').org(w.s.localBody, 'gen');
    else w.text(' са школы, дзе вучыцца маё дзіця,');
    if (postElection(w)) {
      w.flag('mentions_2020_protests');
      w.text(` на ўроку ${he(w, n, 'сказаў', 'сказала')} дзецям, што выбары 2020 года былі «скрадзеныя», а на пратэстах міліцыя «біла мірных людзей».`);
    } else {
      w.text(' на ўроках гісторыі кажа дзецям, што ў нас «няма свабоды».');
    }
    if (isLine(w)) return;
    w.text(' Пра гэта мне расказала маё дзіця, іншыя бацькі пацвярджаюць.');
  },
  (w) => {
    const n = other(w, 0);
    if (postElection(w)) {
      w.flag('mentions_2020_protests');
      w.flag('names_others');
      w.text(`Я асабіста ${w.g('бачыў', 'бачыла')} `).person(n, 'acc', w.rng.pick(['full', 'natural', 'first_surname'] as const)).text(' на несанкцыянаваным маршы ');
      w.date(protestDay(w), 'long').text(' ў ').place(w.s.town, 'loc').text('.');
      if (isLine(w)) return;
      w.text(` ${he(w, n, 'Ён ішоў у', 'Яна ішла ў')} першых шэрагах са сцягам і ${he(w, n, 'выкрыкваў', 'выкрыквала')} лозунгі.`);
    } else {
      const rally = pastRally(w);
      named(w, n).text(` ${he(w, n, 'быў', 'была')} `).text(rally.what);
      if (rally.date) w.text(' ').date(rally.date, 'long');
      w.text('.');
      if (isLine(w)) return;
      w.text(` ${he(w, n, 'Ён', 'Яна')} гэтым ганарыцца і кліча туды знаёмых.`);
    }
  },
  (w) => {
    const n = other(w, 0);
    named(w, n);
    if (postElection(w)) {
      w.text(` ${he(w, n, 'хваліўся', 'хвалілася')}, што `);
      theyMovement(w, n);
      w.text('.');
    } else {
      w.text(' збірае грошы «для пацярпелых» і перадае іх невядома каму.');
    }
    if (isLine(w)) return;
    w.text(` Усё гэта ${he(w, n, 'ён', 'яна')} робіць адкрыта і ўгаворвае іншых.`);
  },
  (w) => {
    const n = other(w, 0);
    if (postElection(w)) {
      w.text('Арганізатарам чата нашага двара з’яўляецца ');
      named(w, n, ['full', 'natural', 'first_surname']).text('.');
      w.flag('mentions_2020_protests');
      w.text(' У чаце публікаваліся заклікі выходзіць на маршы і на «чаяванні» ў двары.');
    } else {
      w.text('У групе нашага дома ў Вайберы ');
      named(w, n).text(' рэгулярна выкладвае матэрыялы супраць улады.');
    }
    if (isLine(w)) return;
    w.text(' Пажылыя людзі чытаюць і вераць.');
  },
  (w) => {
    const n = other(w, 0);
    named(w, n, ['surname', 'initials', 'full']).text(` пры ўсіх абражае Кіраўніка дзяржавы і ${postElection(w) ? 'кажа, што «ў 2020-м у нас скралі выбары»' : 'кажа, што «пара ўсё мяняць»'}.`);
    if (isLine(w)) return;
    at(w, ` ${he(w, n, 'Ён', 'Яна')} працуе`, w.s.employer).text(orgType(w.s.employer) === 'state_enterprise' ? '. Лічу, што на дзяржаўным прадпрыемстве такія людзі працаваць не павінны.' : '. Лічу, што кіраўніцтва павінна пра гэта ведаць.');
  },
  (w) => {
    const n = other(w, 0);
    named(w, n).text(' ');
    if (!theyFigure(w, n)) w.text('называе так званых апазіцыянераў героямі');
    w.text('.');
    if (isLine(w)) return;
    w.text(` На ${he(w, n, 'яго', 'яе')} старонцы ў сацсетках поўна такіх публікацый, я ${w.g('зрабіў', 'зрабіла')} здымкі экрана.`);
  },
  (w) => {
    const o = w.s.official;
    w.text(`${he(w, o, 'Супрацоўнік', 'Супрацоўніца')} `).org(w.s.localBody, 'gen').text(' ');
    named(w, o, ['full', 'initials']);
    if (postElection(w)) {
      w.flag('mentions_2020_protests');
      w.text(` яшчэ ў жніўні 2020 года ${he(w, o, 'стаяў у', 'стаяла ў')} «ланцугу салідарнасці» і ${he(w, o, 'падпісваў', 'падпісвала')} адкрытыя лісты «супраць гвалту».`);
    } else {
      w.text(' на працы адкрыта выказваецца супраць дзяржаўнай палітыкі.');
    }
    if (isLine(w)) return;
    w.text(' І гэты чалавек дагэтуль працуе з людзьмі.');
  },
  (w) => {
    const n = other(w, 0);
    named(w, n);
    if (postElection(w)) {
      w.flag('mentions_2020_protests');
      w.text(` яшчэ ў жніўні 2020 года ${he(w, n, 'заклікаў', 'заклікала')} рабочых `).org(w.s.employer, 'gen').text(' да забастоўкі.');
      if (isLine(w)) return;
      w.text(` Цяпер ${he(w, n, 'ён', 'яна')} прыціх${he(w, n, '', 'ла')}, але сваіх поглядаў не ${he(w, n, 'змяніў', 'змяніла')}.`);
    } else {
      w.text(' лае дзяржаву пры маладых рабочых і ўнушае ім, што «трэба ўцякаць з гэтай краіны».');
    }
  },
];

const closings: Fragment[] = [
  (w) => w.text('Прашу праверыць і прыняць меры.'),
  (w) => w.text('Прашу не ўказваць мае даныя, баюся помсты.'),
  (w) => w.text('Лічу, што такім людзям не месца побач з намі.'),
  (w) => w.text('Фота і здымкі экрана магу прадаставіць.'),
  (w) => w.text('Мой тэлефон, калі спатрэбіцца: ').phone(),
  (w) => w.text('Дзякуй вам за вашу працу.'),
];

const subjects = ['Паведамленне', 'Інфармацыя', 'Заява', 'Аб супрацьпраўнай дзейнасці', 'Прашу праверыць'];

export const denunciation: KindContent = { openings, bodies, closings, subjects };
