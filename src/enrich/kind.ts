/**
 * What a letter is: its kind and flags (../shared/ARCHITECTURE.md, "Letter kinds and flags"), with
 * scores and the words that decided them.
 *
 * Rules, not a model trained on the demo corpus: a model learns the generator's templates and
 * nothing else, while the letters that matter (a frightened teacher recanting, a neighbour
 * reporting a flag) are written every way people write. The rules are cue phrases in Russian and
 * Belarusian (cues.ts) that raise internal signals; the kind is decided from the signals in a few
 * readable steps, each of which is a hard case the brief names:
 *
 * 1. A political act (a march, a flag, a signature for a candidate, a subscription to a channel, a
 *    donation) is the writer's own when its clause has "я"/"мы" or no subject at all; it is someone
 *    else's when a third person or a relative stands before it ("мой сын вышел на площадь").
 * 2. A self-denunciation needs the writer's own act or an unmistakable confession, together with a
 *    confession, regret, recantation or pledge. Regret voiced for a relative ("он осознал свою
 *    ошибку, прошу освободить") is an appeal. "Простите за беспокойство" is politeness.
 * 3. A denunciation needs another person's political act or views and the intent to report them
 *    (or a named person beside the act). A crime that is not political is a statement.
 * 4. Otherwise the strongest of complaint, appeal, statement and gratitude wins; no cue at all, or
 *    spam, abuse and tests, is `other`.
 *
 * Flags are read from their own cues, except `names_others` (a private person other than the writer
 * is named in an accusing letter; needs the entities) and `mentions_designated_org` (an
 * organisation on the designated list is named; needs the entities too).
 */
import { FLAGS, KINDS, type Flag, type Kind } from '../core/record.js';
import { CueSet, readWords, type Cue, type CueHit, type Word } from './cues.js';
import { sortSmall } from '../core/sort.js';

/** Internal signals the cues raise; kinds and flags are decided from them. */
type Signal =
  | 'act' // a political act or view, subject to be found
  | 'actverb' // a verb of acting ("ходил", "подписался", "переводила")
  | 'anchor' // what makes an act political ("марш", "флаг", "канал", "BYSOL")
  | 'inform' // "сообщаю", "информирую", "довожу до сведения": information offered
  | 'confess' // "добровольно сообщаю о себе", "признаю, что", "явка с повинной"
  | 'recant' // regret, shame, "осознал ошибку", "больше не буду"
  | 'loyal' // "поддерживаю курс", "обязуюсь"
  | 'dismissal' // fear of losing one's job
  | 'protect' // asks for protection or leniency
  | 'report' // "довожу до сведения", "прошу проверить", "считаю своим долгом"
  | 'views' // someone's views or speech against the state ("высказывается", "оскорбляет")
  | 'relative' // a relative is detained, sentenced, held
  | 'release' // "прошу освободить", "помиловать", "смягчить"
  | 'request' // "прошу помочь/разъяснить/сообщить/пересмотреть"
  | 'complaint'
  | 'crime' // a non-political offence or event
  | 'thanks'
  | 'junk' // spam, abuse, tests
  | 'protests2020'
  | 'politeness';

/** A gap of up to three words, or two, spelt out where it matters. */
const C = (signal: Signal, weight: number, ...patterns: string[]): Cue<Signal>[] => patterns.map((pattern) => ({ signal, weight, pattern }));

// Verb stems of political acts, Russian and Belarusian, past tense of either gender and present.
const ACT_VERBS = [
  'участвова*', 'участву*', 'удзельніча*', 'ходил*', 'хадзі*', 'выходил*', 'выходзі*', 'вышел', 'вышла', 'вышлі', 'выйшаў', 'выйшла', 'выйшлі', 'ходзіў', 'ходзіла',
  'подписал*', 'подписыва*', 'падпіса*', 'падпісва*', 'вывеши*', 'вывесил*', 'вывешва*', 'вывесі*', 'повесил*', 'павесі*',
  'донати*', 'данаці*', 'перечисля*', 'перечислил*', 'пералічва*', 'пераліч*', 'перевел*', 'перевод*', 'переводил*',
  'распространя*', 'распаўсюдж*', 'репости*', 'рэпосці*', 'лайка*', 'лайкну*', 'ставил*', 'ставіў', 'ставіла', 'поставил*', 'паставіў', 'паставіла',
  'состоял*', 'состоит', 'уваходзі*', 'уступил*', 'уступіў', 'уступіла', 'вступил*', 'клеил*', 'расклеива*', 'расклеил*', 'кляіў', 'кляіла',
  'пикетир*', 'митингова*', 'бастова*', 'бастава*', 'агитирова*', 'агітава*', 'агитиру*', 'собирал*', 'збіра*', 'вел', 'вела', 'ведет', 'вядзе', 'вёў',
  'оставлял*', 'пакіда*', 'писал*', 'пісаў', 'пісала', 'пишет', 'піша', 'публикова*', 'публику*', 'публікава*', 'выкладыва*', 'выкладва*', 'выложил*',
  'скидыва*', 'скинул*', 'скідва*', 'скінуў', 'скінула', 'кидал*', 'кідаў', 'кідала', 'пересыла*', 'переслал*', 'перасыла*', 'перасла*', 'читал*', 'чытаў', 'чытала', 'читает', 'смотрел*', 'глядзеў', 'глядзела',
  'лайкал*', 'комментирова*', 'каментава*', 'делился', 'делилась', 'дзяліўся', 'дзялілася', 'репостнул*', 'рэпоснуў', 'бегал*', 'бегаў', 'бегала', 'сходил*', 'схадзіў', 'схадзіла',
  'приносил*', 'прыносіў', 'прыносіла', 'вешал*', 'вешаў', 'вешала', 'рисовал*', 'маляваў', 'малявала', 'пел', 'пела', 'спявала', 'спяваў', 'приходил*', 'прыходзіў', 'прыходзіла',
  'участник*', 'удзельнік*', 'админ*', 'адмін*', 'модерир*', 'вешает', 'вешае', 'клеит', 'клеіць', 'скидывает', 'пересылает', 'кидает', 'раздавали', 'собирали', 'вешали', 'выходили', 'выходзілі',
  'поддерживает', 'падтрымлівае', 'поддерживал', 'поддерживала', 'падтрымліваў', 'падтрымлівала', 'участи*', 'удзел*', 'надпис*', 'фотографиру*', 'фатаграфу*',
  'показыва*', 'паказва*', 'включа*', 'уключа*', 'хвалит*', 'хваліц*', 'хвастал*', 'хваліўся', 'воюет', 'ваюе', 'воюют', 'ваююць', 'воевал*', 'ваяваў', 'встречается', 'сустракаецца',
  'называет', 'называе', 'называют', 'собирается', 'собираются', 'збіраецца', 'збіраюцца', 'обсуждают', 'абмяркоўваюць', 'собирает', 'збірае', 'передает', 'перадае', 'уговаривает', 'угаворвае', 'состоит', 'складаецца',
  'стоял*', 'стаяў', 'стаяла', 'носил*', 'насіў', 'насіла', 'подписан*', 'падпісан*', 'кричал*', 'крычаў', 'крычала', 'выкрикива*',
  'раздава*', 'раздаваў', 'организова*', 'арганізава*', 'организу*', 'зовет', 'звал', 'звала', 'кліча*', 'координир*', 'каардынава*',
  'финансир*', 'фінансава*', 'голосова*', 'галасава*', 'фотографирова*', 'здымаў', 'снимал*', 'хранит', 'храніць', 'хранил*', 'держит', 'трымае',
];
const ACT = ACT_VERBS.join('|');
// What makes an act political.
const POLITICAL = [
  'марш*', 'митинг*', 'мітынг*', 'акци*', 'акцы*', 'протест*', 'пратэст*', 'шестви*', 'шэсц*', 'забастов*', 'забастоў*', 'страйк*', 'пикет*', 'пікет*',
  'флаг*', 'сцяг*', 'бчб', 'бело-красно-бел*', 'бел-чырвон*', 'бела-чырвона-бел*', 'символик*', 'сімвалік*', 'лент*', 'стужк*', 'лозунг*', 'плакат*',
  'листовк*', 'ўлётк*', 'улётк*', 'наклейк*', 'кандидат*', 'оппозиц*', 'апазіц*', 'змагар*', 'канал', 'канала', 'каналу', 'каналом', 'канале', 'каналы', 'каналов', 'каналах', 'каналам', 'телеграм-канал*', 'тэлеграм-канал*', 'ютуб-канал*', 'чат', 'чата', 'чате', 'чаты', 'чатах', 'чатов', 'чатам', 'чатом', 'чаце', 'чаты', 'чатаў', 'телеграм*', 'тэлеграм*', 'telegram',
  'фонд*', 'bysol', 'бисол*', 'бысол*', 'донат*', 'данат*', 'экстремист*', 'экстрэміст*', 'деструктив*', 'дэструктыў*', 'штаб*', 
  'несанкционир*', 'несанкцыян*', 'незаконн*', 'беспорядк*', 'беспарадк*', 'революц*', 'рэвалюц*', 'перемен*', 'перамен*', 'площадь', 'площади', 'плошчу', 'плошчы', 'плошча', 'парти*', 'партый*', 'парты*', 'оппозиционер*', 'раскачать', 'расхістаць',
  'штраф*', 'задержанн*', 'затрыман*', 'пострадавш*', 'пацярпел*', 'политзаключ*', 'палітвязн*', 'зеркал*', 'люстэрк*', 'ниву', 'нива', 'ніву', 'ніва', 'nasha',
  'хартия', 'хартии', 'хартыя', 'хартыі', 'тутбай', 'tut', 'байсол*', 'байпол*', 'чаепит*', 'чаяпіц*', 'лукашенк*', 'лукашэнк*', 'кулак*', 'кулаком',
  'дворов*', 'дваров*', 'цепочк*', 'президент*', 'прэзідэнт*', 'власт*', 'улад*', 'выбор*', 'выбар*', 'нелегитим*', 'нелегітым*', 'нечестн*', 'сфальсифиц*', 'фальсіфік*', 'полк*', 'батальон*', 'добровол*', 'дабравол*', 'калиновск*', 'каліноўск*', 'милиц*', 'міліц*', 'омон*', 'амон*', 'силовик*', 'сілавік*', 'ланцуг*', 'солидарн*', 'салідарн*', 'нехта', 'nexta', 'bypol', 'байпол*', 'белсат*', 'пашпарт*', 'паспорт*',
];
const POL = POLITICAL.join('|');

const CUES: Cue<Signal>[] = [
  // Acts: a verb with a political object within the clause, either order.
  // Acts: a verb of acting and a political anchor in one sentence (combined in classify()).
  ...C('actverb', 0, ACT),
  ...C('anchor', 0, POL),
  ...C('act', 1, 'был|была|быў _2 на|в|у _2 марш*|митинг*|мітынг*|акци*|акцы*|протест*|пратэст*|шестви*', 'попал*|трапі* _2 в|у|на _2 толп*|натоўп*|задержан*|затрыман*'),
  ...C('act', 1, 'в|у _2 толпе|натоўпе', 'подписчик*|падпісчык*', 'донатил*|донатила', 'голосовал*|галасава* за', 'сочувству*|спачува* _2 оппозиц*|апазіц*|протест*|пратэст*|змагар*'),
  // Confession: the writer comes forward about themselves.
  ...C('confess', 2, 'добровольно _3 сообща*|сообщить|заявля*|обраща*|пишу|признаю', 'добраахвотна _3 паведамля*|паведаміць|звяртаюся|пішу|прызнаю', 'явк* с|з повинной|павіннай'),
  ...C('confess', 1.5, 'хочу|хачу _2 признаться|прызнацца|покаяться|пакаяцца', 'каюсь|каюся', 'пишу|пішу сам|сама', 'от|ад мяне|меня самого|самой|самога|самой', 'признаю|признаюсь|прызнаю|прызнаюся', 'сообщаю|паведамляю о|об|про|пра себе|сабе|мне', 'хочу|хачу _2 честно|шчыра|сам|сама _3 рассказать|сообщить|признаться|расказаць|паведаміць|прызнацца', 'рассказать|расказаць|сообщить|паведаміць _2 о|пра|аб|про _2 себе|сабе'),
  ...C('confess', 1.5, 'мне _2 есть|ёсць в|у чем|чым признаться|прызнацца', 'о|аб|пра своем|сваім участии|удзеле|поступк*|учынк*', 'обращаюсь _2 сам|сама|по+собственной', 'звяртаюся _2 сам|сама|па+ўласнай'),
  // Regret and recantation.
  ...C('recant', 2, 'раскаива*|раскаюсь|раскаялся|раскаялась|раскайва*|раскаяўся|раскаялася', 'осознал*|осознаю|усвядоміў|усвядоміла|усведамляю|понял*|зразумеў|зразумела _3 ошибк*|памылк*|вин*|віну|неправ*|няправ*|заблужд*|памыля*'),
  ...C('recant', 2, 'признаю|прызнаю _2 вину|віну|ошибк*|памылк*', 'сожалею|шкадую|жалею _3 о|об|аб|пра|что|што|своих|сваіх|поступ*|учинк*|вчин*|тым|том|участи*|удзел*', 'стыдно|сорамна', 'стыжусь|саромеюся'),
  ...C('recant', 2, 'больше|больш _2 не|никогда|ніколі _2 буду|стану|пайду|пойду|участвовать|удзельнічаць|повторится|паўторыцца|повторю|паўтару', 'впредь _3 не', 'надалей _3 не', 'отказываюсь|адмаўляюся от|ад _2 своих|сваіх|взглядов|поглядаў|убеждений|перакананняў', 'пересмотрел*|перагледзеў|перагледзела _2 взгляд*|погляд*|позици*|пазіцы*'),
  ...C('recant', 2, 'был|была|быў введен*|уведзен* _2 в|ў|у заблуждение|зман*|памылку', 'меня|мяне _2 использовали|выкарыстал*|обманули|ашукалі|втянули|уцягнулі', 'прошу|прашу _2 прощения|простить|прабачэння|прабачыць|извинения'),
  ...C('recant', 2, 'сожалею|шкадую|раскаиваюсь|раскайваюся', 'был|была|быў не _2 прав|права|правы|правая', 'виноват|виновата|вінаваты|вінаватая', 'зря|дарэмна|напрасно', 'не надо|трэба было', 'сделал*|зрабіў|зрабіла _2 выводы|высновы', 'поддал*|паддаўся|паддалася|поддавшись|паддаўшыся _3 эмоци*|эмоцы*|настроени*|настро*|влияни*|уплыў*', 'простите|прабачце _2 меня|мяне', 'не подумал*|не падумаў|не падумала', 'не понимал*|не разумеў|не разумела|не разобрал*|не разабраў*|не разабрал*', 'хочу|хачу _2 искупить|загладить|выправіць|исправить'),
  ...C('recant', 2, 'искупить|выкупіць|загладить _2 вину|віну', 'больше|больш _4 политик*|палітык*|никуда|нікуды|свяжусь|звяжуся|полезу|палезу', 'понимаю|разумею _3 как+это+выглядело|як+гэта+выглядала|к+чему|да+чаго'),
  ...C('recant', 1, 'казалось|здавалася _4 ничего+плохого|нічога+дрэннага|правильно|правільна'),
  ...C('recant', 2, 'осуждаю|асуджаю', 'ошибался|ошибалась|памыляўся|памылялася', 'моя|мая ошибка|памылка', 'это|гэта было _2 ошибк*|неправильно|памылк*|няправільна|глупо|дурасць|глупост*'),
  ...C('recant', 1, 'удалил*|выдалі* _3 все|всё|усё|записи|пост*|комментар*|каментар*|фото|сообщения|подписк*', 'отписал*|адпісаў*|адпісала* _3 от|ад|всего|усяго|канал*', 'вышел|вышла|выйшаў|выйшла _2 из|з _2 чат*|групп*|груп*'),
  // Loyalty.
  ...C('loyal', 2, 'поддерживаю|падтрымліваю _3 курс|президент*|прэзідэнт*|власть|уладу|политик*|палітык*|государств*|дзяржав*|руководств*|кіраўніцтв*', 'обязуюсь|абавязваюся', 'даю слово|слова', 'верен|верна|верны|адданы|адданая _3 стран*|краін*|родин*|радзім*|президент*|прэзідэнт*', 'люблю _2 стран*|родин*|краін*|радзім*'),
  ...C('loyal', 1.5, 'готов|готова|гатовы|гатовая _3 доказать|даказаць|искупить|выправіць|исправить|служить|служыць|сотрудничать|супрацоўнічаць|помочь+следствию|дапамагчы+следству', 'за _2 единую|адзіную|сильную|моцную|процветающ* _2 беларусь', 'хочу|хачу _2 жить|жыць _2 в|у _2 мирной|мірнай'),
  // Fear for one's job.
  ...C('dismissal', 2, 'боюсь|баюся|опасаюсь|страшно _4 потерять|страціць|лишиться|увольнен*|звальнен*|уволят|звольняць|работу|працу|места|месца', 'уволят|увольняют|звольняць|звальняюць', 'могут|могуць _2 уволить|звольніць', 'не продл*|прадоўж*|падоўж* _2 контракт*|кантракт*', 'грозят|пагражаюць _2 увольнением|звальненнем', 'потерять|страціць _2 работу|працу|место|месца', 'остаться|застацца _2 без работы|працы', 'по|па месту|месцы работы|працы'),
  ...C('dismissal', 1.5, 'не сообща*|паведамля* _3 работ*|прац*|начальств*|кіраўніцтв*|руководств*', 'не продлят|прадоўжаць|падоўжаць', 'уволили|звольнілі _3 за|па|политик*|палітык*|подпис*|подпіс*'),
  // Protection, leniency.
  ...C('protect', 2, 'прошу|прашу _3 защит*|абарон*|абарані*|охран*|ахоў*', 'не применять|прымяняць _3 мер*|строг*|суров*', 'прошу|прашу _3 снисхожден*|паблажлів*|поблажк*|учесть|улічыць|не+наказывать|не+караць|не+преследовать|не+пераследаваць|не+привлекать|не+прыцягваць', 'опасаюсь|баюся|боюсь _2 за|за _2 свою|сваю|жизнь|жыццё|себя|сябе|семью|сям*|безопасн*|бяспек*'),
  ...C('protect', 1.5, 'жить|жыць _2 в|у _2 страхе|страху', 'не хочу|хачу _3 скрыва*|хавацца|преследован*', 'спокойно|спакойна _2 жить|жыць|работать|працаваць', 'за+мной|за+мною|па+мяне _2 придут|прыйдуць'),
  // Report intent.
  ...C('report', 2, 'довожу|даводжу до _2 сведения|ведама', 'считаю|лічу _2 своим|сваім _2 долгом|абавязкам', 'прошу|прашу _3 проверить|праверыць|разобраться|разабрацца|принять|прыняць _2 меры|меры', 'прошу|прашу _3 обратить|звярнуць _2 внимание|увагу', 'хочу|хачу _2 сообщить|паведаміць _2 о|об|пра|аб _2 человек*|чалавек*|сосед*|сусед*|коллег*|калег*|гражданин*|грамадзян*|жител*|жыхар*'),
  ...C('report', 1.5, 'проверьте|проверте|праверце|разберитесь|разбярыцеся _2 его|ее|её|яго|яе|их|іх|инстаграм*|страниц*|старонк*|аккаунт*|акаунт*', 'не могу|магу _2 молчать|маўчаць', 'как|як _2 патриот*|патрыёт*|гражданин|грамадзянін', 'прошу|прашу _3 провести|правесці _2 проверк*|праверк*', 'пусть|хай _2 разберутся|разбяруцца|проверят|правераць', 'примите|прыміце _2 меры|меры', 'сообщаю|паведамляю _2 что|што _3 мой|моя|мая|наш|наша|сосед*|сусед*|коллег*|калег*', 'представляет|уяўляе _2 опасность|небяспеку'),
  // Views and speech.
  ...C('views', 1.5, 'высказыва*|выказва*|говорит|кажа|заявляет|заяўляе|призывает|заклікае|агитирует|агітуе|оскорбля*|абража*|клевещ*|поливает|называет|называе|ругает|лае _4 власт*|улад*|президент*|прэзідэнт*|государств*|дзяржав*|лукашенк*|лукашэнк*|оппозиц*|апазіц*|змагар*|протест*|пратэст*|геро*|милиц*|міліц*|омон*|амон*', 'антигосударствен*|антидзяржаўн*|антиправительствен*|антыўрадав*|экстремистск*|экстрэмісцк*|оппозиционн*|апазіцыйн*|змагар*|протестн*|пратэстн*|провокац*|правакац*', 'против|супраць _2 власти|улады|президента|прэзідэнта|государства|дзяржавы', 'скоро _2 все|усё _2 изменится|зменіцца|поменяется|памяняецца', 'эту|гэтую власть|ўладу', 'ненавидит|ненавідзіць', 'по+телевизору|па+тэлевізары _2 все|усё _2 врут|хлусяць', 'нет|няма свободы|свабоды', 'говорит|кажа|заявляет|заяўляе|пишет|піша|рассказывает|расказвае _5 нелегитим*|нелегітым*|нечестн*|выбор*|выбар*|хлусн*|вран*|незалежнасц*|независимост*|сфальсифиц*|фальсіфік*', 'экстремизм*|экстрэмізм*', 'оскорблени*|абраз* _2 президент*|прэзідэнт*|власт*|улад*'),
  // A relative held: the appeal's hard case.
  ...C('relative', 2, 'сын|сына|дочь|дочка|дочери|дачка|дачку|муж|мужа|жена|жену|брат|брата|сестра|сестру|отец|отца|бацька|мать|маму|мама|маці|внук|внука|унук|унука|муж|мужа _4 задержан*|затрыман*|арестован*|арыштаван*|осужден*|асуджан*|находится|знаходзіцца|содержится|утримуется|сидит|сядзіць|посадили|пасадзілі|забрали|забралі|отбывает|адбывае'),
  ...C('relative', 2, 'мой|моя|мае _2 сын|дочь|муж|брат|сестра|отец|мать|внук|бацька|маці|дачка|унук|жена', 'моего|моей|майго|маёй _2 сына|дочери|мужа|брата|сестры|отца|матери|внука|дачкі|бацькі|маці|унука|жены'),
  ...C('release', 3, 'отпустите|адпусціце|освободите|вызваліце|помилуйте|пакілуйце|памілуйце'),
  ...C('relative', 2, 'пишу|пішу|обращаюсь|звяртаюся за|по+поводу|адносна|па+пытанні _2 сына|дочери|дочки|внука|внучки|мужа|брата|сестры|дачкі|унука|сястры|бацькі|отца|маці|матери'),
  ...C('relative', 1.5, 'его|ее|её|яго|яе _2 забрали|забралі|задержали|затрымалі|арестовали|арыштавалі|посадили|пасадзілі|осудили|асудзілі', 'забрали|забралі|задержали|затрымалі|арестовали|арыштавалі|посадили|пасадзілі|осудили|асудзілі _3 сына|дочь|дочку|дачку|мужа|внука|унука|брата'),
  ...C('release', 3, 'прошу|прашу|просим _4 освободить|вызваліць|отпустить|адпусціць|помиловать|памілаваць|смягчить|змякчыць|освобождени*|вызвален*|помиловани*|памілаван*|пересмотреть|перагледзець|амнист*|амніст*', 'дайте|дать|даць|дайце _3 шанс|возможность|магчымасць _2 исправиться|выправіцца', 'освободить|вызваліць|отпустить|адпусціць _2 сына|дочь|мужа|брата|его|ее|яго|яе|внука|унука|дачку|сястру|сестру'),
  ...C('relative', 1.5, 'свидани*|спатканн*|передач*|перадач*', 'СИЗО|сізо|ИВС|ивс|изолятор*|ізалятар*|колони*|калоні*|тюрьм*|турм*|Окрестина|Акрэсціна|Окрестин*'),
  // Requests.
  ...C('request', 1.5, 'прошу|прашу|просим _4 помочь|дапамагчы|разъяснить|растлумачыць|сообщить|паведаміць|разрешить|дазволіць|рассмотреть|разгледзець|выдать|выдаць|предоставить|даць|пересмотреть|перагледзець|вернуть|вярнуць|оказать|аказаць|содействие|садзейнічанне|ответить|адказаць|выяснить|высветліць|помощи|дапамогі', 'прошу|прашу _4 сообщить|паведаміць _3 где|дзе|за+что|за+што|что+будет|што+будзе|что+меня|што+мяне|какие|якія'),
  ...C('request', 1.5, 'ходатайству*|хадайнічаю|хадайніцтв*|ходатайств*', 'помогите|дапамажыце', 'подскажите|падкажыце|разъясните|растлумачце', 'как|як мне _3 быть|поступить|вернуться|вярнуцца|получить|атрымаць', 'могу|можно ли', 'ці магу|можна', 'хочу|хачу _2 вернуться|вярнуцца', 'вернуться|вярнуцца _2 на|дадому|домой _2 родину|радзіму', 'комисси*|камісі* _4 возвращени*|вяртанн*'),
  // Complaints.
  ...C('complaint', 2, 'жалоба|жалобу|скарга|скаргу|жалуюсь|скарджуся|обжалу*|абскарджва*', 'бездействи*|бяздзейнасц*|бездействует|бяздзейнічае', 'хамств*|хамск*|грубо|груба|нахамил*|нагрубил*|нахаміў|нахаміла|гру?бия*', 'возмуща*|возмущен*|абураны|абурае|абураная|возмутительн*|абуральн*', 'требую|патрабую _3 наказать|пакараць|разобраться|разабрацца|принять|прыняць|привлечь|прыцягнуць|вернуть|вярнуць'),
  ...C('complaint', 1.5, 'нарушени*|парушэнн*|нарушают|парушаюць|нарушил*|парушыў _3 прав*|закон*|порядок|парадак', 'не реагиру*|рэагу*|отвечают|адказваюць|отвечает|адказвае', 'отписк*|адпіск*|волокит*|цягамоцін*', 'незаконно|незаконна|неправомерн*|непраўамерн*|необоснованно|неабгрунтавана _3 уволил*|звольніл*|задержал*|затрымал*|штраф*|лишил*|пазбавіл*|отказал*|адмовіл*', 'безобрази*|бязладдз*|произвол*|самавол*|беспредел*', 'уже|ужо _3 год|года|лет|месяц*|гадоў|гады|месяц* _3 не|никто|ніхто'),
  ...C('complaint', 1.5, 'управляющ*|жэс|жес|жкх|жкс|ЖЭУ|жэу|коммунальн*|камунальн* _5 не|ничего|нічога', 'протека*|пратэка*|затопил*|затапіл*|залил*|заліл*|шум*|шумяць|мусор*|смецц*|отоплен*|ацяплен*|яма|ямы|лужа|дорог* _3 не', 'участков*|участкав* _4 не|ничего|нічога|отказал*|адмовіў', 'издевательств*|здзек*', 'моими|маімі правами|правамі', 'невыплат*|невыплачен*|не+выплачива*|не+выплачва*|задолженн*|запазычанасць _3 зарплат*|заработн*|заробк*'),
  ...C('complaint', 1.5, 'пожаловаться|паскардзіцца|пожаловалась|пожаловался', 'считаю|лічу _2 это|гэта _2 нарушением|незаконным|несправедлив*|несправядлів*|недопустим*|недапушчальн*|парушэннем', 'требую|патрабую', 'компенсац*|кампенсац*', 'на+каком|на+якой основании|падставе', 'до+сих+пор|да+гэтага+часу', 'ничего|нічога не _2 изменилось|змянілася|сделано|зроблена', 'не помога*|дапамага*|помогли|дапамаглі', 'гулянк*|крики|крыкі|музыка', 'не платят|плацяць|выплачивают|заплатили', 'ответа|адказу нет|няма', 'что+за+отношение|што+за+адносіны', 'обошлись|абышліся _2 незаконно|незаконна|грубо|груба', 'кричал*|крычаў|крычала _2 на меня|мяне', 'отношени*|адносін* _2 к|да _2 граждан*|грамадзян*|людям|людзей'),
  ...C('complaint', 1.5, 'в+грубой+форме|у+грубай+форме|грубит|грубіць|хамит|хаміць', 'как+с+пустым+местом|як+з+пустым+месцам', 'выгнал*|выгнаў|выгналі|выставил*|выставіў _3 меня|мяне|за дверь|за дзверы', 'не могу|магу _2 добиться|дабіцца', 'без толку|толку', 'отказывается|адмаўляецца|отказались|адмовіліся', 'не дает|дае _3 жить|жыць|спокойно|спакойна', 'караулит|вартуе', 'жалуйтесь|скардзіцеся|жаловаться|скардзіцца', 'угрожа*|пагража*|грозил*|пагражаў|пагражала', 'без причины|прычыны|оснований|падстаў', 'оштрафовали|аштрафавалі', 'не принимает|прымае _2 граждан|грамадзян|людей|людзей', 'оскорбляет|абражае _2 рабочих|рабочых|людей|людзей|посетител*|наведвальнік*|меня|мяне', 'покрывает|пакрывае', 'отблагодар*|аддзяч*', 'по-другому', 'ущерб*|шкоду', 'не+должен|не+павінен _2 так|поступать', 'не+имеет|не+мае _2 права|права', 'превратил*|ператварыў* _3 жизнь|жыццё', 'мучени*|пекл*|пакут*', 'не+реагирует|не+рэагуе'),
  ...C('complaint', 1, 'прошу|прашу _3 объяснить|растлумачыць|разобраться|разабрацца _3 почему|чаму|на+каком|на+якой|в+ситуации', 'почему|чаму', 'сколько|колькі можна'),
  ...C('inform', 1, 'сообщаю|паведамляю|информирую|інфармую|довожу|даводжу|ставлю|стаўлю', 'хочу|хачу _2 сообщить|паведаміць|проинформировать', 'на всякий случай|на+ўсякі+выпадак', 'просто информирую'),
  ...C('request', 0.6, 'прошу|прашу|просим|просім', 'помогите|дапамажыце|подскажите|падкажыце'),
  // Non-political offences and events: a statement.
  ...C('crime', 2, 'мошенни*|махляр*|ашуканц*|ашукан*|ашуканств*|мошенничеств*', 'краж*|крадзеж*|украл*|украли|скраў|скралі|похитил*|выкраў|хищени*|раскрадан*|раскрадан*|крадуць|ворует|воруют', 'наркотик*|наркот*|закладк*|закладчык*|закладчик*', 'оружи*|зброю|зброя|зброі|боеприпас*|боепрыпас*|взрывчат*|выбухоўк*', 'взятк*|хабар*|коррупц*|карупц*|откат*', 'поджог*|падпал*|подожгл*|падпалі*'),
  ...C('crime', 1.5, 'контрабанд*|кантрабанд*', 'взлом*|узлом*|взломал*|узламал*', 'избил*|збіў|збілі|избиени*|збіцц*', 'угнал*|угон*|сагнал*', 'дтп|аварыя|авария', 'подозрительн*|падазрон*|падазроны', 'незаконн* _2 торговл*|гандл*|вырубк*|высечк*|добыч*|строительств*|будаўніцтв*|охот*|паляван*|лов*', 'пропал|пропала|знік|знікла|исчез*', 'звонил*|тэлефанавал* _4 представил*|прадставіў*|прадставіл*|банк*|карт*|код*', 'обнаружил*|выявіў|выявіла|нашел|нашла|знайшоў|знайшла', 'притон*|прытон*', 'самогон*|самагон*', 'хищен*|растрат*', 'браконьер*|браканьер*', 'за+деньги|за+грошы', 'незнаком*|незнаём* _3 люд*|мужчин*|мужчын*|машин*|машын*', 'зарегистрирован*|зарэгістраван* _3 фирм*|фірм*|кредит*|крэдыт*', 'на+мое+имя|на+маё+імя', 'обманули|ашукалі|обманул*|ашукаў|развели', 'представил*|прадставіў*|прадставіл* _2 сотрудник*|супрацоўнік*|работник*', 'продают|продает|продавали|прадае|прадаюць|прадавалі|торгуют|гандлююць _4 таблетк*|наркот*|спирт*|алкогол*|паліва|топлив*|бензин*|бензін*|оруж*|зброю', 'без+документов|без+дакументаў', 'мертвые|мёртвые|мертвых души|душы|душ', 'торговл*|гандл* людьми|людзьмі', 'воинск*|вайсков* _2 част*', 'таблетк*', 'дрон*|беспилотн*', 'поддельн*|падробле*|фальшыв*', 'сообщаю|паведамляю|информирую|інфармую _2 о|об|аб|пра _2 факте|факце|фактах', 'подделк*|падробк*|фальшыв*|фальшив*|поддельн*|падробле*'),
  // Thanks.
  ...C('thanks', 2.5, 'благодарю|дзякую|спасибо|дзякуй|признателен|признательна|удзячны|удзячная', 'выражаю|выказваю _3 благодарност*|падзяк*|признательност*|удзячнасц*', 'огромное|большое|вялікі|шчыры _2 спасибо|дзякуй'),
  ...C('thanks', -2.5, 'заранее|загадзя _2 благодар*|спасибо|дзякую|дзякуй|вдячн*', 'спасибо|дзякуй|благодарю|дзякую _2 заранее|загадзя', 'благодарю|дзякую|спасибо|дзякуй за _2 внимание|увагу|понимание|разуменне|ответ|адказ'),
  // Junk.
  ...C('junk', 3, 'тест|test|asdf|йцукен|qwerty|ффф|ааа|проверка+связи|праверка+сувязі', 'скидк*|зніжк*|казино|бонус*|криптовалют*|крыптавалют*', 'заработок|заработак|заробак|прыбытак _3 без|онлайн|от|в+день|у+дзень|вложени*', 'реклам*|рэклам*', 'переходите|пераходзьце|жми|перейдите _2 по|па ссылке|спасылцы', 'http|https|www'),
  // Protests of 2020 (flag).
  ...C('protests2020', 2, 'марш*|протест*|пратэст*|акци*|акцы*|шестви*|шэсц*|митинг*|мітынг*|забастов*|страйк*|выборы|выбары|выборов|выбараў|выборах|выбарах|задержан*|затрыман*|окрестин*|акрэсцін* _6 2020', '2020 _6 марш*|протест*|пратэст*|акци*|акцы*|шестви*|шэсц*|митинг*|мітынг*|забастов*|страйк*|выбор*|выбар*|флаг*|сцяг*|площад*|плошч*|толп*|натоўп*|событи*|падзе*|беспорядк*|беспарадк*'),
  ...C('protests2020', 2, 'после|пасля _2 выборов|выбараў', 'августовск*|жнівеньск*|жнівеньскіх _3 событ*|падзе*|протест*|пратэст*|акци*|акцы*', 'августе|жніўні|сентябре|верасні|осенью|восенню|летом|летам _2 2020', 'марш*|маршы _2 перемен*|перамен*|свобод*|свабод*|женщин*|жанчын*|пенсионер*|пенсіянер*|гордых|воли|волі|единства|адзінства|героев|герояў', 'бело-красно-бел*|бчб|бел-чырвона-бел*|бела-чырвона-бел*'),
  // Politeness that looks like recantation.
  ...C('politeness', 1, 'простите|прабачце|извините|выбачайце|прощения|прабачэння _2 за|што|что|если|калі _3 беспокойство|турботу|клопат|пишу|пішу|почерк|ошибки|памылкі|длинное|доўгае|отвлекаю|адрываю|так|сумбур*|беспокою|турбую'),
];

const CUE_SET = new CueSet<Signal>(CUES);
/** A bit per signal, for classify()'s de-duplication of hits. */
const SIGNAL_BIT = new Map<Signal, number>([...new Set(CUES.map((c) => c.signal))].map((sig, k) => [sig, k]));
if (SIGNAL_BIT.size > 31) throw new Error('kind: more signals than bits in a number');
/**
 * The same numbers as an object, for classify()'s reads of one named signal's sum
 * (`s(SIG.loyal)`): a named field of a constant object, read where it is written; a Map lookup
 * hashed the name at each read, and a keyed read inside s() (one site for every name) was megamorphic.
 */
const SIG = Object.fromEntries(SIGNAL_BIT) as Record<Signal, number>;
/** The kinds in KINDS order, as classify() reads their scores by name (a loop reading scores[k] was a megamorphic keyed load at each kind). */
if (KINDS.join() !== 'complaint,appeal,statement,denunciation,self_denunciation,gratitude,other') throw new Error('kind: KINDS changed; update classify()');
/** classify()'s weights per signal, reused from letter to letter: a typed array is dear to allocate. */
const SUMS = new Float64Array(SIGNAL_BIT.size);

// Words that make a political act someone else's when they stand before it in the clause.
const THIRD = new Set([
  'сасед', 'соседа', 'парень', 'парни', 'двое', 'трое', 'мужчина', 'мужчины', 'женщина', 'женщины', 'человек', 'люди', 'жилец', 'жильцы', 'бармен', 'хозяйка', 'хозяин', 'некто', 'кто-то', 'девушка',
  'ребята', 'хлопцы', 'хлопец', 'дзяўчына', 'мужчына', 'жанчына', 'людзі', 'жыхары', 'староста', 'старшыня', 'председатель', 'бухгалтер', 'главврач', 'активист', 'активистка', 'актывіст',
  'организатор', 'арганізатар', 'блогер', 'блогерша', 'журналист', 'журналіст', 'пенсионер', 'пенсіянер', 'друг', 'подруга', 'сябар', 'сяброўка', 'товарищ', 'таварыш', 'одноклассник', 'аднакласнік',
  'он', 'она', 'они', 'ён', 'яна', 'яны', 'его', 'её', 'ее', 'яго', 'яе', 'их', 'іх',
  'сосед', 'соседка', 'соседи', 'сусед', 'суседка', 'суседзі', 'коллега', 'коллеги', 'калега', 'калегі', 'знакомый', 'знакомая', 'знаёмы', 'знаёмая',
  'сын', 'дочь', 'дочка', 'муж', 'жена', 'брат', 'сестра', 'отец', 'мать', 'внук', 'дачка', 'бацька', 'маці', 'унук', 'сястра', 'жонка',
  'учитель', 'учительница', 'настаўнік', 'настаўніца', 'начальник', 'начальнік', 'директор', 'дырэктар', 'преподаватель', 'выкладчык', 'врач', 'доктар',
  'гражданин', 'гражданка', 'грамадзянін', 'грамадзянка', 'житель', 'жительница', 'жыхар', 'жыхарка', 'работник', 'работница', 'работнік', 'работніца',
  'который', 'которая', 'которые', 'які', 'якая', 'якія', 'студент', 'студентка', 'руководитель', 'кіраўнік', 'продавец', 'водитель', 'вадзіцель', 'мастер', 'майстар',
]);
const SELF = new Set(['я', 'мы', 'меня', 'мяне', 'мною', 'мной', 'мне', 'сам', 'сама', 'нас', 'нам']);
// Relatives, so that a relative's act in an appeal is not the writer's.
const RELATIVES = new Set(['сын', 'сына', 'дочь', 'дочка', 'муж', 'мужа', 'жена', 'брат', 'брата', 'сестра', 'отец', 'мать', 'внук', 'дачка', 'бацька', 'маці', 'унук', 'сястра', 'жонка', 'дачку', 'сястру']);

export type Scores = Record<Kind, number>;

export interface Evidence {
  /** The kind or flag the words speak for. */
  for: Kind | Flag;
  start: number;
  end: number;
  text: string;
}

export interface Classification {
  kind: Kind;
  flags: Flag[];
  /** Per kind, in [0, 1]; the kind chosen has the highest unless a rule overrode the scores (see evidence). */
  scores: Scores;
  evidence: Evidence[];
}

/** What the entities contribute; the classifier works without them, with fewer flags. */
export interface ClassifyContext {
  /** Private persons named in the text (not public figures), with offsets. */
  persons?: readonly { start: number; end: number }[];
  /** Designated organisations named in the text, with offsets. */
  designated?: readonly { start: number; end: number }[];
  /** Other political anchors: public figures, parties, movements and media named in the text. */
  political?: readonly { start: number; end: number }[];
  /** The subject line, which often says the kind outright ("Жалоба", "Заявление"). */
  subject?: string;
}

interface Hit extends CueHit<Signal> {
  /** For acts: whose act it is. */
  actor?: 'self' | 'other' | 'relative';
}

/** Whose act, from the verb's own form: plural and third-person present forms are someone else's. */
function actorByForm(verb: string): 'self' | 'other' | null {
  // Past plural ("раздавали", "хадзілі") and third-person present ("вешает", "кліча", "ходит").
  if (/(?:ли|лі)$/.test(verb)) return 'other';
  if (/(?:ет|ит|ют|ят|ут|ат|ае|яе|іць|ыць|уе|юе)$/.test(verb) && !/(?:ть|ць)$/.test(verb.slice(0, -1) + verb.slice(-1)) && verb.length > 4) return 'other';
  // First-person present ("участвую", "падпісваюся").
  if (/(?:ю|юсь|юся|у)$/.test(verb)) return 'self';
  return null;
}

/** Whose act: the verb's form, else the nearest subject word before the verb in its sentence. */
function actorOf(words: readonly Word[], i: number, personStarts: readonly number[]): 'self' | 'other' | 'relative' {
  const sentence = words[i]!.sentence;
  let start = i;
  while (start > 0 && words[start - 1]!.sentence === sentence) start--;
  for (let k = i - 1, seen = 0; k >= start && seen < 14; k--, seen++) {
    const w = words[k]!;
    if (SELF.has(w.w)) return 'self';
    if (RELATIVES.has(w.w)) return 'relative';
    // A capitalised word inside the sentence before the verb is most often a name.
    if (THIRD.has(w.w) || personStarts.includes(w.start) || (w.cap && k > start && w.w.length > 2 && !/^\d/.test(w.w))) return 'other';
  }
  const byForm = actorByForm(words[i]!.w);
  if (byForm) return byForm;
  // No subject in the clause: the writer, unless the sentence before speaks of someone else
  // ("Мой сосед Иванов. Вывесил флаг…").
  for (let k = start - 1; k >= 0 && words[k]!.sentence === sentence - 1; k--) {
    const w = words[k]!.w;
    if (SELF.has(w)) return 'self';
    if (RELATIVES.has(w)) return 'relative';
    if (THIRD.has(w) || personStarts.includes(words[k]!.start)) return 'other';
  }
  return 'self';
}

/**
 * An act as a hit of its own, written out field by field: a spread copy of the cue's hit would
 * take a shape of its own, and the hits read together at one site would turn megamorphic.
 */
function act(h: Hit, signal: Signal, weight: number, actor: Hit['actor']): Hit {
  return { signal, weight, pattern: h.pattern, start: h.start, end: h.end, sentence: h.sentence, actor };
}

/** Acts: a verb of acting and a political anchor (a word, or a designated organisation) in one sentence. */
function findActs(words: readonly Word[], hits: Hit[], anchors: readonly { start: number; end: number }[], personStarts: readonly number[]): Hit[] {
  const anchorSentences = new Set<number>();
  for (const h of hits) if (h.signal === 'anchor') anchorSentences.add(h.sentence);
  if (anchors.length) {
    for (const w of words) if (anchors.some((a) => w.start >= a.start && w.start < a.end)) anchorSentences.add(w.sentence);
  }
  const acts: Hit[] = [];
  for (const h of hits) {
    if (h.signal !== 'actverb' || !anchorSentences.has(h.sentence)) continue;
    acts.push(act(h, 'act', 1, actorOf(words, wordAt(words, h.start), personStarts)));
  }
  for (const h of hits) if (h.signal === 'act') acts.push(act(h, h.signal, h.weight, actorOf(words, wordAt(words, h.start), personStarts)));
  return acts;
}

/** The index of the word that starts at `start` (a hit's start is always a word's), by binary search: words are in text order. */
function wordAt(words: readonly Word[], start: number): number {
  let lo = 0;
  let hi = words.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const SUBJECT_HINTS: readonly [RegExp, Kind][] = [
  [/жалоб|скарг/i, 'complaint'],
  [/благодарн|падзяк|спасиб|дзяку/i, 'gratitude'],
  [/ходатайств|хадайніц|освобожд|вызвален|помилов|памілав/i, 'appeal'],
  [/явк|повинн|павінн|раская|раская/i, 'self_denunciation'],
];

const squash = (x: number): number => 1 - Math.exp(-x / 3);

/**
 * `Number(x.toFixed(3))`, which is slow (a decimal string and back, seven times a letter), computed
 * as Math.round(x * 1000) / 1000 where that is the same number: toFixed rounds the exact value of
 * x half up, and x * 1000 is off the exact product by less than 1e-9 below 1e6, so away from a
 * tie (a fraction of .5) both round alike; the division is correctly rounded, as the parse is.
 * Ties, negatives and anything unusual go the slow way; a zero, the commonest score, none.
 */
function round3(x: number): number {
  // Most kinds score nothing: 0 (and -0) come out as 0, as Number('0.000') does.
  if (x === 0) return 0;
  if (x > 0 && x < 1e6) {
    const y = x * 1000;
    const frac = y - Math.floor(y);
    if (Math.abs(frac - 0.5) > 1e-6) return Math.round(y) / 1000;
  }
  return Number(x.toFixed(3));
}

/** Classifies one letter. Pure and fast: one pass of cue matching, then a few rules. */
export function classify(text: string, ctx: ClassifyContext = {}): Classification {
  const words = readWords(text);
  const personStarts: readonly number[] = (ctx.persons ?? []).map((p) => p.start);
  const raw = CUE_SET.match(words);
  // One hit per signal and span: expanded patterns and overlapping cues must not count twice.
  // match() reports hits word by word, so hits with one start stand together: the signals seen
  // are kept for the current start only, as bits.
  const hits: Hit[] = [];
  let at = -1;
  let seen = 0;
  for (const h of raw) {
    if (h.start !== at) {
      at = h.start;
      seen = 0;
    }
    const bit = 1 << SIGNAL_BIT.get(h.signal)!;
    if (seen & bit) continue;
    seen |= bit;
    hits.push(h);
  }
  const acts = findActs(words, hits, [...(ctx.designated ?? []), ...(ctx.political ?? [])], personStarts);
  const all: Hit[] = [...hits.filter((h) => h.signal !== 'act' && h.signal !== 'actverb' && h.signal !== 'anchor'), ...acts];
  // Weights summed per signal, in the order of `all`.
  const sum = SUMS.fill(0);
  for (const h of all) sum[SIGNAL_BIT.get(h.signal)!]! += h.weight;
  const s = (index: number) => sum[index]!;
  // A relative's act is an appeal's matter only when the relative is held or a release is asked;
  // otherwise the relative is just another person ("мой бывший муж пишет для «Хартии»").
  const heldRelative = s(SIG.relative) + s(SIG.release) > 0;
  const ownAct = acts.filter((h) => h.actor === 'self').length;
  const otherAct = acts.filter((h) => h.actor === 'other' || (h.actor === 'relative' && !heldRelative)).length;
  const relAct = heldRelative ? acts.filter((h) => h.actor === 'relative').length : 0;
  const politeness = all.filter((h) => h.signal === 'politeness');
  // Recantation cues inside a polite formula do not count.
  const recantHits = all.filter((h) => h.signal === 'recant' && !politeness.some((p) => p.start <= h.start && h.end <= p.end + 2));
  const recant = recantHits.reduce((a, h) => a + h.weight, 0);
  const persons = (ctx.persons ?? []).length;
  const relative = s(SIG.relative) + relAct;

  const scores: Scores = { complaint: 0, appeal: 0, statement: 0, denunciation: 0, self_denunciation: 0, gratitude: 0, other: 0 };
  // Self-denunciation: own act or confession, with regret, recantation or a pledge.
  const contrition = recant + s(SIG.loyal) + s(SIG.confess);
  scores.self_denunciation = Math.min(ownAct, 3) * 1.5 + contrition + (contrition > 0 ? s(SIG.dismissal) * 0.5 : 0);
  if (ownAct === 0 && s(SIG.confess) === 0) scores.self_denunciation *= 0.5;
  if (contrition === 0) scores.self_denunciation *= 0.3;
  // A relative's case: regret voiced for them and a plea for release make an appeal.
  if (relative + s(SIG.release) >= 2 && s(SIG.confess) === 0) scores.self_denunciation *= ownAct > 0 ? 0.5 : 0.2;
  const political = otherAct + s(SIG.views);
  scores.denunciation = political > 0 ? Math.min(otherAct, 3) * 1.5 + s(SIG.views) + s(SIG.report) + s(SIG.inform) + Math.min(persons, 2) * 0.5 : s(SIG.report) * 0.6;
  // Protection asked against someone's threats is a complaint about them; asked for oneself, an appeal.
  const grievance = s(SIG.complaint);
  scores.appeal = s(SIG.release) + s(SIG.request) + (grievance > 0 ? 0.3 : 0.7) * s(SIG.protect) + relative * 0.5;
  scores.complaint = grievance + (grievance > 0 ? s(SIG.protect) * 0.5 : 0);
  scores.statement = s(SIG.crime) + (political === 0 ? s(SIG.inform) * 0.8 + s(SIG.report) * 0.3 : 0);
  scores.gratitude = Math.max(0, s(SIG.thanks));
  scores.other = s(SIG.junk);
  if (ctx.subject) for (const [re, k] of SUBJECT_HINTS) if (re.test(ctx.subject)) scores[k] += 1;

  // Fear for oneself belongs to a confession when there is one.
  if ((ownAct > 0 || s(SIG.confess) > 0) && contrition > 0 && relative < 2) {
    scores.self_denunciation += s(SIG.protect) * 0.7;
    scores.appeal -= s(SIG.protect) * 0.5;
  }
  // The scores in KINDS order, read by name.
  const ordered = [scores.complaint, scores.appeal, scores.statement, scores.denunciation, scores.self_denunciation, scores.gratitude, scores.other];
  let kind: Kind = 'other';
  let best = 0.99; // below this, nothing speaks for any kind: `other`
  for (let q = 0; q < ordered.length; q++) {
    if (ordered[q]! > best) {
      best = ordered[q]!;
      kind = KINDS[q]!;
    }
  }
  // The writer's own political act with contrition is a self-denunciation whatever else it asks.
  if (kind !== 'self_denunciation' && (ownAct > 0 || s(SIG.confess) > 0) && contrition >= 2 && relative + s(SIG.release) < 2 && scores.self_denunciation >= 2) kind = 'self_denunciation';
  // Summed in the scores' own key order (KINDS order), as Object.values() would give them.
  let total = 0;
  for (const x of ordered) total += x;
  const normal = (x: number, other: boolean) => (total > 0 ? round3(squash(x) * (x / total)) : other ? 1 : 0);
  const norm: Scores = {
    complaint: normal(scores.complaint, false),
    appeal: normal(scores.appeal, false),
    statement: normal(scores.statement, false),
    denunciation: normal(scores.denunciation, false),
    self_denunciation: normal(scores.self_denunciation, false),
    gratitude: normal(scores.gratitude, false),
    other: normal(scores.other, true),
  };

  // Flags.
  const flags = new Set<Flag>();
  const evidence: Evidence[] = [];
  const cite = (f: Kind | Flag, h: { start: number; end: number }) => evidence.push({ for: f, start: h.start, end: h.end, text: text.slice(h.start, h.end) });
  const flagFrom = (f: Flag, sig: Signal, min = 1.5) => {
    const hs = sig === 'recant' ? recantHits : all.filter((h) => h.signal === sig);
    if (hs.reduce((a, h) => a + h.weight, 0) >= min) {
      flags.add(f);
      for (const h of hs) cite(f, h);
    }
  };
  // Regret voiced for a held relative is the relative's, not the writer's recantation.
  if (!(kind === 'appeal' && heldRelative)) flagFrom('recantation', 'recant', kind === 'self_denunciation' ? 1 : 2);
  flagFrom('loyalty_pledge', 'loyal');
  flagFrom('fear_of_dismissal', 'dismissal');
  flagFrom('requests_protection', 'protect');
  flagFrom('mentions_2020_protests', 'protests2020');
  if (ctx.designated?.length) {
    flags.add('mentions_designated_org');
    for (const d of ctx.designated) cite('mentions_designated_org', d);
  }
  if (persons > 0 && (kind === 'denunciation' || kind === 'self_denunciation' || kind === 'statement' || otherAct > 0)) {
    flags.add('names_others');
    for (const p of ctx.persons!) cite('names_others', p);
  }

  // The kind's own evidence: the hits that scored for it (one test per kind, chosen once, not looked up per hit).
  const scoredFor = (h: Hit): boolean => {
    switch (kind) {
      case 'self_denunciation':
        return (h.signal === 'act' && h.actor === 'self') || h.signal === 'confess' || h.signal === 'loyal' || recantHits.includes(h);
      case 'denunciation':
        return (h.signal === 'act' && h.actor === 'other') || h.signal === 'views' || h.signal === 'report' || h.signal === 'inform';
      case 'appeal':
        return h.signal === 'relative' || h.signal === 'release' || h.signal === 'request' || h.signal === 'protect' || (h.signal === 'act' && h.actor === 'relative');
      case 'complaint':
        return h.signal === 'complaint';
      case 'statement':
        return h.signal === 'crime' || h.signal === 'inform';
      case 'gratitude':
        return h.signal === 'thanks' && h.weight > 0;
      case 'other':
        return h.signal === 'junk';
    }
  };
  for (const h of all) if (scoredFor(h)) cite(kind, h);
  sortSmall(evidence, (a, b) => a.start - b.start || a.end - b.end);
  return { kind, flags: FLAGS.filter((f) => flags.has(f)), scores: norm, evidence };
}
