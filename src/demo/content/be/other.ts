/** Іншае: tests, spam, abuse, nonsense, rants. Mostly short. */
import type { Fragment, KindContent, OrgRef } from '../../types.js';
import { isLine } from '../common.js';

const NATO: OrgRef = { id: 'nato' };
const CIA: OrgRef = { id: 'cia' };

const openings: Fragment[] = [
  (w) => w.text(w.rng.pick(['Добры дзень', 'добры дзень'])),
  (w) => w.text('Вітаю'),
  (w) => w.text('УВАГА!!!'),
  (w) => w.text('Паважаныя!'),
  (w) => w.text('Таварышы!'),
  (w) => w.text('Алё'),
];

const bodies: Fragment[] = [
  (w) => w.text(w.rng.pick(['тэст', 'Тэст', 'тэст тэст'])),
  (w) => w.text(w.rng.pick(['праверка сувязі', 'Праверка сувязі.', 'праверка'])),
  (w) => w.text(w.rng.pick(['123', '.', 'ааааа', 'йцукен'])),
  (w) => {
    w.text('Рамонт кватэр пад ключ, недорага. Тэлефануйце: ').phone();
    if (isLine(w)) return;
    w.text(' Плітка, ламінат, сантэхніка.');
  },
  (w) => {
    w.text('Вышкі сувязі апраменьваюць людзей, а ').org(CIA, 'nom').text(' праз іх кіруе нашымі думкамі!!!');
    if (isLine(w)) return;
    w.text(' Праверце!');
  },
  (w) => {
    w.text('Прышчэпкі — гэта чыпаванне насельніцтва па заказе ').org(NATO, 'gen').text('.');
    if (isLine(w)) return;
    w.text(' Пра гэта ўсе маўчаць.');
  },
  (w) => w.text(w.rng.pick(['Колькі можна!!! Калі вы пачнеце працаваць?!', 'Вы там наогул нешта робіце???'])),
  (w) => w.text(w.rng.pick(['У вас на сайце форма не адпраўляецца, пішу трэці раз.', 'Чаму ў вас не працуе сайт?'])),
  (w) => w.text(w.rng.pick(['Прабачце, памыліўся адрасам.', 'Гэта не вам, прабачце.'])),
  (w) => {
    w.text('Як да вас уладкавацца на працу?');
    if (isLine(w)) return;
    w.text(` Мне ${w.rng.int(19, 24)}, ${w.g('служыў у войску', 'скончыла каледж')}.`);
  },
];

const closings: Fragment[] = [
  (w) => w.text('Адкажыце!'),
  (w) => w.text('Чакаю'),
  (w) => w.text('усё'),
  (w) => w.text('Дзякуй'),
  (w) => w.text('...'),
];

const subjects = ['тэст', 'Пытанне', 'УВАГА', 'без тэмы', 'Тэрмінова!!!'];

export const other: KindContent = { openings, bodies, closings, subjects };
