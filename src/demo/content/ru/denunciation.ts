/**
 * Доносы: reports of another person's political activity or views. Every fragment names someone
 * (`names_others`). Before election day 2020 they report what people were reported for then:
 * "антиправительственные высказывания", the 2017 "тунеядцы" marches, Freedom Day rallies.
 */
import type { Fragment, KindContent, PersonRef, Writer } from '../../types.js';
import type { NameForm } from '../../../language/types.js';
import { AGENCY, day, isLine, isLong, onOrAfter, orgType, other, postElection, protestDay, roomy } from '../common.js';
import { at, movement, theyFigure, theyMovement } from './common.js';

function named(w: Writer, p: PersonRef, forms: readonly NameForm[] = ['full', 'natural', 'initials', 'first_surname']): Writer {
  w.flag('names_others');
  return w.person(p, 'nom', w.rng.pick(forms));
}

const he = (w: Writer, p: PersonRef, m: string, f: string) => w.gOf(p, m, f);

/** Opposition events before August 2020 that a denunciation of its day could name. */
function pastRally(w: Writer): { date: Date | null; what: string } {
  const options: { date: Date; what: string }[] = [
    { date: day(2017, 2, 17), what: 'на так называемом «марше нетунеядцев»' },
    { date: day(2017, 3, 15), what: 'на шествии против декрета о «тунеядцах»' },
    { date: day(2017, 3, 25), what: 'на несанкционированной акции в так называемый День Воли' },
    { date: day(2019, 12, 7), what: 'на акции против интеграции с Россией' },
    { date: day(2019, 12, 20), what: 'на несанкционированной акции против интеграции' },
  ];
  for (let y = 2015; y <= 2020; y++) {
    options.push({ date: day(y, 3, 25), what: 'на сборище оппозиции в так называемый День Воли' });
    options.push({ date: day(y, 4, 26), what: 'на шествии «Чернобыльский шлях»' });
  }
  const ok = options.filter((o) => o.date.getTime() < w.s.date.getTime() - 86_400_000);
  if (ok.length === 0) return { date: null, what: 'на акциях так называемой оппозиции' };
  return w.rng.pick(ok);
}

const openings: Fragment[] = [
  (w) => w.text(w.rng.pick(['Довожу до Вашего сведения следующее.', 'Довожу до вашего сведения.'])),
  (w) => w.text(w.rng.pick(['Считаю своим долгом сообщить.', 'Как гражданин своей страны считаю своим долгом сообщить о следующем.'])),
  (w) => w.text('Здравствуйте. Хочу сообщить о человеке, который, на мой взгляд, представляет опасность.'),
  (w) => w.text('Уважаемые сотрудники ').org(AGENCY, 'gen').text('!'),
  (w) => w.text(w.rng.pick(['Пишу анонимно, так как опасаюсь за себя.', 'Свои данные не указываю, по понятным причинам.'])),
  (w) => w.text(w.rng.pick(['Как патриот своей страны, не могу молчать.', 'Я патриот и молчать больше не могу!'])),
  (w) => w.text('Добрый день. Может, это и не моё дело, но лучше сообщить, чем потом жалеть.'),
  (w) => w.text('Прошу обратить внимание на следующий факт.'),
  (w) => w.text('Простите за беспокойство. Решил' + w.g('', 'а') + ' всё-таки написать.'),
];

const bodies: Fragment[] = [
  (w) => {
    const n = other(w, 0);
    w.text(`${he(w, n, 'Мой сосед', 'Моя соседка')} `);
    named(w, n);
    if (postElection(w)) {
      w.text(` ${he(w, n, 'вывесил', 'вывесила')} на балконе бело-красно-белый флаг, который видно со всей улицы.`);
      if (isLine(w)) return;
      w.flag('mentions_2020_protests');
      w.text(` Летом 2020 года ${he(w, n, 'он', 'она')} ${he(w, n, 'ходил', 'ходила')} на все марши, а на замечание соседей ${he(w, n, 'ответил', 'ответила')}, что «скоро всё изменится».`);
    } else {
      w.text(` каждый год на так называемый День Воли вывешивает в окне бело-красно-белый флаг.`);
      if (isLine(w)) return;
      w.text(' Дети во дворе спрашивают, что это значит. Считаю, что это провокация.');
    }
  },
  (w) => {
    const n = other(w, 0);
    w.text(`${he(w, n, 'Мой коллега', 'Моя коллега')} `);
    at(w, w.s.employer).text(' ');
    named(w, n).text(' ');
    theyMovement(w, n);
    w.text('.');
    if (isLine(w)) return;
    w.text(w.rng.pick([` В курилке ${he(w, n, 'он', 'она')} открыто говорит, что «эту власть скоро снесут».`, ` Молодые рабочие ${he(w, n, 'его', 'её')} слушают.`, ' Руководство об этом знает, но мер не принимает.']));
  },
  (w) => {
    const n = other(w, 0);
    const inSchool = orgType(w.s.localBody) === 'school';
    w.text(`${he(w, n, 'Учитель', 'Учительница')} `);
    named(w, n, ['full', 'natural', 'first_patronymic']);
    if (inSchool) w.text(' из ').org(w.s.localBody, 'gen');
    else w.text(' из школы, где учится мой ребёнок,');
    if (postElection(w)) {
      w.flag('mentions_2020_protests');
      w.text(` на уроке ${he(w, n, 'сказал', 'сказала')} детям, что выборы 2020 года были «украдены», а на протестах милиция «избивала мирных людей».`);
    } else {
      w.text(` на уроках истории рассказывает детям, что у нас «нет свободы», и высмеивает государственную идеологию.`);
    }
    if (isLine(w)) return;
    w.text(' Об этом мне рассказал мой ребёнок, другие родители подтверждают. Такой человек не должен работать с детьми.');
  },
  (w) => {
    const n = other(w, 0);
    if (postElection(w)) {
      w.flag('mentions_2020_protests');
      w.text(`Я лично ${w.g('видел', 'видела')} `).person(n, 'acc', w.rng.pick(['full', 'natural', 'first_surname'] as const)).text(' на несанкционированном марше ');
      w.flag('names_others');
      w.date(protestDay(w), 'long').text(' в ').place(w.s.town, 'loc').text('.');
      if (isLine(w)) return;
      w.text(` ${he(w, n, 'Он', 'Она')} ${he(w, n, 'шёл', 'шла')} в первых рядах с флагом и ${he(w, n, 'выкрикивал', 'выкрикивала')} лозунги. Фото есть в интернете, могу показать.`);
    } else {
      const rally = pastRally(w);
      named(w, n).text(` ${he(w, n, 'был', 'была')} `).text(rally.what);
      if (rally.date) w.text(' ').date(rally.date, 'long');
      w.text('.');
      if (isLine(w)) return;
      w.text(` ${he(w, n, 'Он', 'Она')} этим гордится и зовёт туда знакомых.`);
    }
  },
  (w) => {
    const n = other(w, 0);
    named(w, n);
    if (postElection(w) && w.rng.chance(0.6)) {
      w.text(` ${he(w, n, 'хвастался', 'хвасталась')}, что `);
      theyMovement(w, n);
      w.text('.');
    } else {
      w.text(` собирает деньги «для пострадавших» и передаёт их ${w.rng.pick(['каким-то людям за границей', 'оппозиционерам', 'неизвестно кому'])}.`);
    }
    if (isLine(w)) return;
    w.text(` Всё это ${he(w, n, 'он', 'она')} делает открыто, не скрываясь, и уговаривает других.`);
  },
  (w) => {
    const n = other(w, 0);
    if (postElection(w)) {
      w.text('Организатором чата нашего двора является ');
      named(w, n, ['full', 'natural', 'first_surname']).text('.');
      w.flag('mentions_2020_protests');
      w.text(' В чате публиковались призывы выходить на марши и на «чаепития» во дворе.');
      if (isLine(w)) return;
      w.text(` Сейчас чат вроде бы удалён, но ${he(w, n, 'он', 'она')} продолжает писать людям лично.`);
    } else {
      w.text('В группе нашего дома в Вайбере ');
      named(w, n).text(' регулярно выкладывает материалы против власти.');
      if (isLine(w)) return;
      w.text(' Пожилые люди читают и верят. Прошу разобраться.');
    }
  },
  (w) => {
    const n = other(w, 0);
    named(w, n, ['natural', 'first_surname', 'full']);
    if (postElection(w)) {
      w.text(' по ночам рисует на стенах и остановках лозунги, привязывает к деревьям бело-красно-белые ленточки.');
      if (isLine(w)) return;
      w.text(` Я ${w.g('видел', 'видела')} это своими глазами, около двух часов ночи, возле нашего дома.`);
    } else {
      w.text(' пишет на заборах и в подъездах оскорбительные надписи о Президенте.');
      if (isLine(w)) return;
      w.text(' Краску и трафареты хранит в гараже.');
    }
  },
  (w) => {
    const n = other(w, 0);
    named(w, n, ['surname', 'initials', 'full']).text(` при всех оскорбляет Главу государства и ${postElection(w) ? 'говорит, что «в 2020-м у нас украли выборы»' : 'говорит, что «пора всё менять»'}.`);
    if (isLine(w)) return;
    w.text(` Работает ${he(w, n, 'он', 'она')} `);
    at(w, w.s.employer).text(orgType(w.s.employer) === 'state_enterprise' ? '. Считаю, что на государственном предприятии такие люди работать не должны.' : '. Считаю, что руководство должно об этом знать.');
  },
  (w) => {
    const n = other(w, 0);
    named(w, n).text(' ');
    if (!theyFigure(w, n)) w.text(`называет так называемых оппозиционеров героями`);
    w.text('.');
    if (isLine(w)) return;
    w.text(` На ${he(w, n, 'его', 'её')} странице в соцсети полно таких публикаций, я ${w.g('сделал', 'сделала')} снимки экрана.`);
  },
  (w) => {
    const o = w.s.official;
    w.text(`${he(w, o, 'Сотрудник', 'Сотрудница')} `).org(w.s.localBody, 'gen').text(' ');
    named(w, o, ['full', 'initials']);
    if (postElection(w)) {
      w.flag('mentions_2020_protests');
      w.text(` в августе 2020 года ${he(w, o, 'стоял', 'стояла')} в «цепи солидарности» и ${he(w, o, 'подписывал', 'подписывала')} открытые письма «против насилия».`);
    } else {
      w.text(' на работе открыто высказывается против государственной политики и настраивает коллектив.');
    }
    if (isLine(w)) return;
    w.text(' И этот человек до сих пор работает с людьми и принимает решения.');
  },
  (w) => {
    const a = other(w, 0);
    const b = other(w, 1);
    named(w, a, ['natural', 'first_surname']);
    if (b.id !== a.id) w.text(' и ').person(b, 'nom', 'first_surname');
    w.text(` регулярно собираются по вечерам ${w.rng.pick(['в гараже', 'на даче', 'в квартире'])} и обсуждают, как «раскачать ситуацию».`);
    if (isLine(w)) return;
    if (postElection(w)) {
      w.flag('mentions_2020_protests');
      w.text(' Осенью 2020 года туда перед маршами приходили люди с флагами и плакатами.');
    } else {
      w.text(' Туда приходят незнакомые люди, приносят какие-то пачки бумаг.');
    }
  },
  (w) => {
    const n = other(w, 0);
    named(w, n).text(` часто ездит за границу и, по ${he(w, n, 'его', 'её')} словам, встречается там «с нашими».`);
    if (isLine(w)) return;
    w.text(` Откуда у ${he(w, n, 'него', 'неё')} деньги на такие поездки, непонятно: официально ${he(w, n, 'он', 'она')} работает `);
    at(w, w.s.employer).text(' на небольшой должности.');
  },
  (w) => {
    const n = other(w, 0);
    w.text(`В нашей студенческой группе ${he(w, n, 'студент', 'студентка')} `);
    named(w, n, ['natural', 'first_surname']);
    if (postElection(w)) {
      w.flag('mentions_2020_protests');
      w.text(` в сентябре 2020 года ${he(w, n, 'подбивал', 'подбивала')} всех бойкотировать занятия и выходить на акции.`);
    } else {
      w.text(' раздаёт однокурсникам листовки оппозиционного содержания.');
    }
    if (isLine(w)) return;
    w.text(' Кураторы делают вид, что ничего не видят.');
  },
  (w) => {
    const n = other(w, w.s.others.length - 1);
    w.text(`${he(w, n, 'Сосед', 'Соседка')}, ${he(w, n, 'пенсионер', 'пенсионерка')} `);
    named(w, n, ['natural', 'surname']);
    w.text(', ');
    theyMovement(w, n);
    w.text('.');
    if (isLine(w)) return;
    w.text(' А потом рассказывает на лавочке, что «по телевизору всё врут». Люди слушают.');
  },
  (w) => {
    const n = other(w, 0);
    named(w, n).text(` фотографирует сотрудников милиции и служебные машины ${postElection(w) ? 'и, по слухам, отправляет снимки в «слив»-каналы' : 'и выкладывает в интернет'}.`);
    if (isLine(w)) return;
    w.text(` Я ${w.g('заметил', 'заметила')} это несколько раз в `).place(w.s.town, 'loc').text('. Прошу проверить, для кого это делается.');
  },
  (w) => {
    const n = other(w, 0);
    const clinic = orgType(w.s.localBody) === 'polyclinic';
    w.text('Врач ');
    if (clinic) w.org(w.s.localBody, 'gen').text(' ');
    named(w, n, ['full', 'initials']);
    if (postElection(w)) {
      w.flag('mentions_2020_protests');
      w.text(` в августе 2020 года ${he(w, n, 'выходил', 'выходила')} в белом халате на акцию медиков и до сих пор рассказывает пациентам про «пытки» задержанных.`);
    } else {
      w.text(' во время приёма ведёт с пациентами разговоры против власти.');
    }
    if (isLine(w)) return;
    w.text(' Пациенты приходят лечиться, а не слушать политику.');
  },
  (w) => {
    const n = other(w, 0);
    named(w, n);
    if (postElection(w)) {
      w.flag('mentions_2020_protests');
      w.text(` в августе 2020 года ${he(w, n, 'призывал', 'призывала')} рабочих `).org(w.s.employer, 'gen').text(' к забастовке, ходил' + he(w, n, '', 'а') + ' по цехам и собирал' + he(w, n, '', 'а') + ' подписи.');
      if (isLine(w)) return;
      w.text(` Сейчас ${he(w, n, 'он', 'она')} притих${he(w, n, '', 'ла')}, но своих взглядов не ${he(w, n, 'поменял', 'поменяла')}.`);
      if (roomy(w) && onOrAfter(w, '2021-10-18')) {
        w.text(' Не исключаю, что ' + he(w, n, 'он', 'она') + ' связан' + he(w, n, '', 'а') + ' с ');
        movement(w, 'ins');
        w.text('.');
      }
    } else {
      w.text(' ругает государство при молодых рабочих и внушает им, что «надо уезжать из этой страны».');
    }
  },
];

/** The long report of a neighbour watched for months, with every detail the writer noticed. */
bodies.push((w) => {
  const n = other(w, 0);
  w.text(`${he(w, n, 'Мой сосед', 'Моя соседка')} по лестничной площадке `);
  named(w, n, ['full', 'natural']);
  w.text(` давно ведёт себя подозрительно, и я ${w.g('решил', 'решила')} наконец написать.`);
  if (isLine(w)) return;
  w.text(` К ${he(w, n, 'нему', 'ней')} постоянно приходят незнакомые люди, иногда поздно вечером, и долго о чём-то говорят на балконе.`);
  if (!isLong(w)) return;
  if (postElection(w)) {
    w.flag('mentions_2020_protests');
    w.text(` В августе 2020 года ${he(w, n, 'он', 'она')} каждый вечер ${he(w, n, 'уходил', 'уходила')} из дома с большим рюкзаком, а возвращал${he(w, n, 'ся', 'ась')} за полночь. Однажды я ${w.g('видел', 'видела')}, как ${he(w, n, 'он', 'она')} ${he(w, n, 'прятал', 'прятала')} в рюкзак бело-красно-белый флаг.`);
    w.text(` Сейчас ${he(w, n, 'он', 'она')} стал${he(w, n, '', 'а')} осторожнее, но в разговоре с другими соседями ${he(w, n, 'называл', 'называла')} сотрудников милиции «карателями» и ${he(w, n, 'говорил', 'говорила')}, что «всё ещё вернётся».`);
  } else {
    w.text(` ${he(w, n, 'Он', 'Она')} часто говорит соседям, что «при такой власти нормальной жизни не будет», и советует детям уезжать.`);
    w.text(` Однажды я ${w.g('видел', 'видела')} у ${he(w, n, 'него', 'неё')} в руках пачку листовок, а на следующий день такие же листовки лежали в почтовых ящиках по всему дому.`);
  }
  w.text(` Работает ${he(w, n, 'он', 'она')} `);
  at(w, w.s.employer).text(', живёт один' + he(w, n, '', 'а') + ', машины нет. Я не знаю, чем ещё ' + he(w, n, 'он', 'она') + ' занимается, но считаю своим долгом сообщить, пока не случилось чего-нибудь серьёзного.');
});

/** A young, informal voice. */
bodies.push((w) => {
  const n = other(w, 0);
  w.text(`Есть у нас на районе ${w.gOf(n, 'один тип', 'одна девица')}, `);
  named(w, n, ['first_surname', 'natural']);
  w.text(postElection(w) ? `, ${w.gOf(n, 'который', 'которая')} до сих пор выкладывает в соцсетях фотки с маршей и пишет всякое про милицию.` : `, ${w.gOf(n, 'который', 'которая')} постоянно выкладывает в соцсетях всякую гадость про власть.`);
  if (postElection(w)) w.flag('mentions_2020_protests');
  if (isLine(w)) return;
  w.text(' Ссылку на страницу могу скинуть. Пусть с ' + w.gOf(n, 'ним', 'ней') + ' кто-нибудь поговорит, а то совсем страх потерял' + w.gOf(n, '', 'а') + '.');
});

const closings: Fragment[] = [
  (w) => w.text(w.rng.pick(['Прошу проверить и принять меры.', 'Прошу проверить данную информацию и принять меры.'])),
  (w) => w.text(w.rng.pick(['Прошу не указывать мои данные, боюсь мести.', 'Прошу сохранить конфиденциальность моего обращения.'])),
  (w) => w.text('Считаю, что таким людям не место рядом с нами.'),
  (w) => w.text('Надеюсь на вашу оперативность.'),
  (w) => w.text(w.rng.pick(['Сообщаю как неравнодушный гражданин.', 'Пишу как неравнодушный человек.'])),
  (w) => w.text('Фото и снимки экрана могу предоставить.'),
  (w) => w.text('Анонимно, по понятным причинам.'),
  (w) => w.text(w.rng.pick(['Со мной можно связаться: ', 'Мой телефон, если понадобится: '])).phone(),
  (w) => w.text('Спасибо вам за вашу работу.'),
];

const subjects = ['Сообщение', 'Информация', 'Заявление', 'О противоправной деятельности', 'Прошу проверить', 'сообщение'];

export const denunciation: KindContent = { openings, bodies, closings, subjects };
