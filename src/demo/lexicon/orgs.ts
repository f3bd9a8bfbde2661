/**
 * Organisations the synthetic letters name: real state enterprises and public bodies of Belarus,
 * fictional small firms and housing co-ops, and the real movements, media and parties of 2020 —
 * many of them later declared "extremist". Private firms, co-ops and numbered local bodies are
 * fictional or generic, so that no real small business is tied to invented letters.
 */
import type { Paradigm } from '../../language/types.js';

export type OrgType =
  | 'state_enterprise'
  | 'company'
  | 'housing_coop'
  | 'local_body'
  | 'school'
  | 'polyclinic'
  | 'movement'
  | 'media'
  | 'party'
  | 'foreign';

/**
 * What a movement, medium or party *does*, so that content says something that fits it: one
 * subscribes to a Telegram channel, signs for a campaign, donates to a fund, joins a party.
 */
export type OrgGenre =
  | 'telegram'
  | 'tv'
  | 'radio'
  | 'site'
  | 'campaign'
  | 'council'
  | 'fund'
  | 'initiative'
  | 'rights'
  | 'union'
  | 'party'
  | 'foreign';

export interface OrgEntry {
  id: string;
  type: OrgType;
  ru: Paradigm;
  be: Paradigm;
  latin: string[];
  fictional: boolean;
  /** ISO date it was declared "extremist" in Belarus (materials or formation, the earlier), if it was. */
  designated?: string;
  /** ISO date from which it existed under this name; content never mentions it in a letter dated earlier. */
  since?: string;
  /** ISO date it stopped publishing or working, so nobody "followed" it after that. */
  until?: string;
  genre?: OrgGenre;
  /** Takes "на" rather than "в"/"у" for place of work: "на Минском тракторном заводе", "на БелАЗе". */
  on?: boolean;
  /**
   * The common noun a bare quoted name needs in oblique cases, since the quoted name itself does
   * not decline: "материалы телеканала «Белсат»", "связан с движением «Молодой фронт»".
   */
  noun?: { ru: Paradigm; be: Paradigm };
}

/** A quoted or abbreviated name: it does not decline ("в ОАО «Нафтан»", "у РАУС"). */
function fixed(s: string): Paradigm {
  return { nom: s, gen: s, dat: s, acc: s, ins: s, loc: s };
}

function decl(nom: string, gen: string, dat: string, acc: string, ins: string, loc: string): Paradigm {
  return { nom, gen, dat, acc, ins, loc };
}

/** A declining head noun followed by a fixed tail: "поликлиника № 3", "штаб Виктора Бабарико". */
function head(p: Paradigm, tail: string): Paradigm {
  return { nom: `${p.nom} ${tail}`, gen: `${p.gen} ${tail}`, dat: `${p.dat} ${tail}`, acc: `${p.acc} ${tail}`, ins: `${p.ins} ${tail}`, loc: `${p.loc} ${tail}` };
}

const NOUN = {
  telegram: { ru: decl('телеграм-канал', 'телеграм-канала', 'телеграм-каналу', 'телеграм-канал', 'телеграм-каналом', 'телеграм-канале'), be: decl('тэлеграм-канал', 'тэлеграм-канала', 'тэлеграм-каналу', 'тэлеграм-канал', 'тэлеграм-каналам', 'тэлеграм-канале') },
  tv: { ru: decl('телеканал', 'телеканала', 'телеканалу', 'телеканал', 'телеканалом', 'телеканале'), be: decl('тэлеканал', 'тэлеканала', 'тэлеканалу', 'тэлеканал', 'тэлеканалам', 'тэлеканале') },
  youtube: { ru: decl('ютуб-канал', 'ютуб-канала', 'ютуб-каналу', 'ютуб-канал', 'ютуб-каналом', 'ютуб-канале'), be: decl('ютуб-канал', 'ютуб-канала', 'ютуб-каналу', 'ютуб-канал', 'ютуб-каналам', 'ютуб-канале') },
  platform: { ru: decl('платформа', 'платформы', 'платформе', 'платформу', 'платформой', 'платформе'), be: decl('платформа', 'платформы', 'платформе', 'платформу', 'платформай', 'платформе') },
  site: { ru: decl('сайт', 'сайта', 'сайту', 'сайт', 'сайтом', 'сайте'), be: decl('сайт', 'сайта', 'сайту', 'сайт', 'сайтам', 'сайце') },
  outlet: { ru: decl('издание', 'издания', 'изданию', 'издание', 'изданием', 'издании'), be: decl('выданне', 'выдання', 'выданню', 'выданне', 'выданнем', 'выданні') },
  paper: { ru: decl('газета', 'газеты', 'газете', 'газету', 'газетой', 'газете'), be: decl('газета', 'газеты', 'газеце', 'газету', 'газетай', 'газеце') },
  movement: { ru: decl('движение', 'движения', 'движению', 'движение', 'движением', 'движении'), be: decl('рух', 'руху', 'руху', 'рух', 'рухам', 'руху') },
  initiative: { ru: decl('инициатива', 'инициативы', 'инициативе', 'инициативу', 'инициативой', 'инициативе'), be: decl('ініцыятыва', 'ініцыятывы', 'ініцыятыве', 'ініцыятыву', 'ініцыятывай', 'ініцыятыве') },
  group: { ru: decl('группа', 'группы', 'группе', 'группу', 'группой', 'группе'), be: decl('група', 'групы', 'групе', 'групу', 'групай', 'групе') },
  campaign: { ru: decl('кампания', 'кампании', 'кампании', 'кампанию', 'кампанией', 'кампании'), be: decl('кампанія', 'кампаніі', 'кампаніі', 'кампанію', 'кампаніяй', 'кампаніі') },
} as const;

const RU_POLYCLINIC = decl('поликлиника', 'поликлиники', 'поликлинике', 'поликлинику', 'поликлиникой', 'поликлинике');
const BE_POLYCLINIC = decl('паліклініка', 'паліклінікі', 'паліклініцы', 'паліклініку', 'паліклінікай', 'паліклініцы');

export const ORGS: readonly OrgEntry[] = [
  // Real state enterprises: the big employers whose workers wrote, struck or were fired in 2020.
  { id: 'belintertrans', type: 'state_enterprise', ru: fixed('РУП «Белинтертранс»'), be: fixed('РУП «Белінтэртранс»'), latin: ['Belintertrans', 'BelInterTrans'], fictional: false },
  { id: 'belaruskali', type: 'state_enterprise', ru: fixed('ОАО «Беларуськалий»'), be: fixed('ААТ «Беларуськалій»'), latin: ['Belaruskali', 'Belaruskaliy', 'Belaruskalij'], fictional: false },
  { id: 'grodno-azot', type: 'state_enterprise', ru: fixed('ОАО «Гродно Азот»'), be: fixed('ААТ «Гродна Азот»'), latin: ['Grodno Azot', 'Hrodna Azot'], fictional: false },
  { id: 'naftan', type: 'state_enterprise', ru: fixed('ОАО «Нафтан»'), be: fixed('ААТ «Нафтан»'), latin: ['Naftan'], fictional: false },
  {
    id: 'mtz',
    type: 'state_enterprise',
    ru: decl('Минский тракторный завод', 'Минского тракторного завода', 'Минскому тракторному заводу', 'Минский тракторный завод', 'Минским тракторным заводом', 'Минском тракторном заводе'),
    be: decl('Мінскі трактарны завод', 'Мінскага трактарнага завода', 'Мінскаму трактарнаму заводу', 'Мінскі трактарны завод', 'Мінскім трактарным заводам', 'Мінскім трактарным заводзе'),
    latin: ['MTZ', 'Minsk Tractor Works', 'Minskij traktornyj zavod'],
    fictional: false,
    on: true,
  },
  {
    id: 'belaz',
    type: 'state_enterprise',
    ru: decl('БелАЗ', 'БелАЗа', 'БелАЗу', 'БелАЗ', 'БелАЗом', 'БелАЗе'),
    be: decl('БелАЗ', 'БелАЗа', 'БелАЗу', 'БелАЗ', 'БелАЗам', 'БелАЗе'),
    latin: ['BelAZ', 'BELAZ'],
    fictional: false,
    on: true,
  },
  { id: 'belshina', type: 'state_enterprise', ru: fixed('ОАО «Белшина»'), be: fixed('ААТ «Белшына»'), latin: ['Belshina', 'Belshyna'], fictional: false },
  { id: 'belpochta', type: 'state_enterprise', ru: fixed('РУП «Белпочта»'), be: fixed('РУП «Белпошта»'), latin: ['Belpochta', 'Belposhta', 'Belpost'], fictional: false },
  { id: 'minskenergo', type: 'state_enterprise', ru: fixed('РУП «Минскэнерго»'), be: fixed('РУП «Мінскэнерга»'), latin: ['Minskenergo', 'Minskenerha'], fictional: false },
  { id: 'mozyr-npz', type: 'state_enterprise', ru: fixed('ОАО «Мозырский НПЗ»'), be: fixed('ААТ «Мазырскі НПЗ»'), latin: ['Mozyr NPZ', 'Mozyr Oil Refinery', 'Mazyr NPZ'], fictional: false },
  {
    id: 'bzhd',
    type: 'state_enterprise',
    ru: decl('Белорусская железная дорога', 'Белорусской железной дороги', 'Белорусской железной дороге', 'Белорусскую железную дорогу', 'Белорусской железной дорогой', 'Белорусской железной дороге'),
    be: decl('Беларуская чыгунка', 'Беларускай чыгункі', 'Беларускай чыгунцы', 'Беларускую чыгунку', 'Беларускай чыгункай', 'Беларускай чыгунцы'),
    latin: ['Belarusian Railway', 'BCh', 'Belaruskaja chyhunka'],
    fictional: false,
    on: true,
  },
  { id: 'savushkin', type: 'state_enterprise', ru: fixed('ОАО «Савушкин продукт»'), be: fixed('ААТ «Савушкін прадукт»'), latin: ['Savushkin Product', 'Savushkin produkt'], fictional: false },
  {
    id: 'maz',
    type: 'state_enterprise',
    ru: decl('Минский автомобильный завод', 'Минского автомобильного завода', 'Минскому автомобильному заводу', 'Минский автомобильный завод', 'Минским автомобильным заводом', 'Минском автомобильном заводе'),
    be: decl('Мінскі аўтамабільны завод', 'Мінскага аўтамабільнага завода', 'Мінскаму аўтамабільнаму заводу', 'Мінскі аўтамабільны завод', 'Мінскім аўтамабільным заводам', 'Мінскім аўтамабільным заводзе'),
    latin: ['MAZ', 'Minsk Automobile Plant'],
    fictional: false,
    on: true,
  },
  {
    id: 'bmz',
    type: 'state_enterprise',
    ru: decl('Белорусский металлургический завод', 'Белорусского металлургического завода', 'Белорусскому металлургическому заводу', 'Белорусский металлургический завод', 'Белорусским металлургическим заводом', 'Белорусском металлургическом заводе'),
    be: decl('Беларускі металургічны завод', 'Беларускага металургічнага завода', 'Беларускаму металургічнаму заводу', 'Беларускі металургічны завод', 'Беларускім металургічным заводам', 'Беларускім металургічным заводзе'),
    latin: ['BMZ', 'Belarusian Steel Works'],
    fictional: false,
    on: true,
  },
  { id: 'belavia', type: 'state_enterprise', ru: fixed('ОАО «Белавиа»'), be: fixed('ААТ «Белавія»'), latin: ['Belavia'], fictional: false },
  { id: 'beltelecom', type: 'state_enterprise', ru: fixed('РУП «Белтелеком»'), be: fixed('РУП «Белтэлекам»'), latin: ['Beltelecom', 'Beltelekam'], fictional: false },
  { id: 'belarusbank', type: 'state_enterprise', ru: fixed('ОАО «АСБ Беларусбанк»'), be: fixed('ААТ «ААБ Беларусбанк»'), latin: ['Belarusbank'], fictional: false },
  { id: 'belagroprombank', type: 'state_enterprise', ru: fixed('ОАО «Белагропромбанк»'), be: fixed('ААТ «Белаграпрамбанк»'), latin: ['Belagroprombank'], fictional: false },
  { id: 'gomselmash', type: 'state_enterprise', ru: fixed('ОАО «Гомсельмаш»'), be: fixed('ААТ «Гомсельмаш»'), latin: ['Gomselmash', 'Homselmash'], fictional: false },
  { id: 'polotsk-steklovolokno', type: 'state_enterprise', ru: fixed('ОАО «Полоцк-Стекловолокно»'), be: fixed('ААТ «Полацк-Шкловалакно»'), latin: ['Polotsk-Steklovolokno', 'Polatsk-Shklovalakno'], fictional: false },
  { id: 'mogilevkhimvolokno', type: 'state_enterprise', ru: fixed('ОАО «Могилевхимволокно»'), be: fixed('ААТ «Магілёўхімвалакно»'), latin: ['Mogilevkhimvolokno', 'Mahilioukhimvalakno'], fictional: false },
  { id: 'minsk-metro', type: 'state_enterprise', ru: fixed('ГП «Минский метрополитен»'), be: fixed('ДП «Мінскі метрапалітэн»'), latin: ['Minsk Metro', 'Minskij metropoliten'], fictional: false },
  { id: 'minsktrans', type: 'state_enterprise', ru: fixed('ГП «Минсктранс»'), be: fixed('ДП «Мінсктранс»'), latin: ['Minsktrans'], fictional: false },
  { id: 'grodnoenergo', type: 'state_enterprise', ru: fixed('РУП «Гродноэнерго»'), be: fixed('РУП «Гроднаэнерга»'), latin: ['Grodnoenergo', 'Hrodnaenerha'], fictional: false },
  { id: 'belaes', type: 'state_enterprise', ru: fixed('РУП «Белорусская АЭС»'), be: fixed('РУП «Беларуская АЭС»'), latin: ['Belarusian NPP', 'Belarusian Nuclear Power Plant', 'Astravets NPP'], fictional: false },
  { id: 'kommunarka', type: 'state_enterprise', ru: fixed('СОАО «Коммунарка»'), be: fixed('СААТ «Камунарка»'), latin: ['Kommunarka', 'Kamunarka'], fictional: false },
  { id: 'keramin', type: 'state_enterprise', ru: fixed('ОАО «Керамин»'), be: fixed('ААТ «Керамін»'), latin: ['Keramin'], fictional: false },
  {
    id: 'belteleradio',
    type: 'state_enterprise',
    ru: decl('Белтелерадиокомпания', 'Белтелерадиокомпании', 'Белтелерадиокомпании', 'Белтелерадиокомпанию', 'Белтелерадиокомпанией', 'Белтелерадиокомпании'),
    be: decl('Белтэлерадыёкампанія', 'Белтэлерадыёкампаніі', 'Белтэлерадыёкампаніі', 'Белтэлерадыёкампанію', 'Белтэлерадыёкампаніяй', 'Белтэлерадыёкампаніі'),
    latin: ['Belteleradiocompany', 'BT', 'Belarus 1'],
    fictional: false,
  },

  // Fictional private firms: invented names, ordinary legal forms (ООО = ТАА, ЧУП = ПУП, ЧТУП = ПГУП, ОДО = ТДА).
  { id: 'translogistikplus', type: 'company', ru: fixed('ООО «ТрансЛогистикПлюс»'), be: fixed('ТАА «ТрансЛогістыкПлюс»'), latin: ['TransLogistikPlus', 'TransLogistikPljus'], fictional: true },
  { id: 'belstroymontazh', type: 'company', ru: fixed('ООО «БелСтройМонтаж»'), be: fixed('ТАА «БелБудМантаж»'), latin: ['BelStroyMontazh', 'BelBudMantazh'], fictional: true },
  { id: 'agrokombinat-zarya', type: 'company', ru: fixed('ОАО «Агрокомбинат „Заря“»'), be: fixed('ААТ «Агракамбінат „Зара“»'), latin: ['Agrokombinat Zarya', 'Ahrakambinat Zara'], fictional: true },
  { id: 'vektor-torg', type: 'company', ru: fixed('ЧТУП «ВекторТорг»'), be: fixed('ПГУП «ВектарТорг»'), latin: ['VektorTorg', 'VectorTorg'], fictional: true },
  { id: 'domstroyservis', type: 'company', ru: fixed('ЧУП «ДомСтройСервис»'), be: fixed('ПУП «ДомБудСэрвіс»'), latin: ['DomStroyServis', 'DomBudServis'], fictional: true },
  { id: 'alfa-trade', type: 'company', ru: fixed('ОДО «Альфа-Трейд»'), be: fixed('ТДА «Альфа-Трэйд»'), latin: ['Alfa-Trade', 'Alpha Trade'], fictional: true },
  { id: 'evroavtoservis', type: 'company', ru: fixed('ООО «ЕвроАвтоСервис»'), be: fixed('ТАА «ЕўраАўтаСэрвіс»'), latin: ['EvroAvtoServis', 'EuroAutoService'], fictional: true },
  { id: 'itsoft-lab', type: 'company', ru: fixed('ООО «АйТиСофт Лаб»'), be: fixed('ТАА «АйТіСофт Лаб»'), latin: ['ITSoft Lab', 'AyTiSoft Lab'], fictional: true },
  { id: 'polesye-agro', type: 'company', ru: fixed('ООО «Полесье-Агро»'), be: fixed('ТАА «Палессе-Агра»'), latin: ['Polesye-Agro', 'Palesse-Ahra'], fictional: true },

  // Housing co-ops and housing offices: fictional or generic, the usual targets of complaints.
  { id: 'zhsk-rassvet-12', type: 'housing_coop', ru: fixed('ЖСК «Рассвет-12»'), be: fixed('ЖБК «Світанак-12»'), latin: ['Rassvet-12', 'Svitanak-12'], fictional: true },
  { id: 'zhsk-mayak-3', type: 'housing_coop', ru: fixed('ЖСК «Маяк-3»'), be: fixed('ЖБК «Маяк-3»'), latin: ['Mayak-3', 'Majak-3'], fictional: true },
  { id: 'ts-zelenyy-lug-5', type: 'housing_coop', ru: fixed('товарищество собственников «Зелёный Луг-5»'), be: fixed('таварыства ўласнікаў «Зялёны Луг-5»'), latin: ['Zelenyy Lug-5', 'Zialiony Luh-5'], fictional: true },
  { id: 'zhes-7', type: 'housing_coop', ru: fixed('ЖЭС № 7'), be: fixed('ЖЭС № 7'), latin: ['ZhES 7'], fictional: true },
  { id: 'zhes-22', type: 'housing_coop', ru: fixed('ЖЭС № 22'), be: fixed('ЖЭС № 22'), latin: ['ZhES 22'], fictional: true },
  { id: 'kup-zhilkomkhoz', type: 'housing_coop', ru: fixed('КУП «Жилкомхоз»'), be: fixed('КУП «Жылкамгас»'), latin: ['Zhilkomkhoz', 'Zhylkamhas'], fictional: true },

  // Local bodies, named the way people name them: "райисполком", "РОВД", not an official full title.
  {
    id: 'raiispolkom',
    type: 'local_body',
    ru: decl('райисполком', 'райисполкома', 'райисполкому', 'райисполком', 'райисполкомом', 'райисполкоме'),
    be: decl('райвыканкам', 'райвыканкама', 'райвыканкаму', 'райвыканкам', 'райвыканкамам', 'райвыканкаме'),
    latin: ['raiispolkom', 'rajvykankam'],
    fictional: true,
  },
  {
    id: 'gorispolkom',
    type: 'local_body',
    ru: decl('горисполком', 'горисполкома', 'горисполкому', 'горисполком', 'горисполкомом', 'горисполкоме'),
    be: decl('гарвыканкам', 'гарвыканкама', 'гарвыканкаму', 'гарвыканкам', 'гарвыканкамам', 'гарвыканкаме'),
    latin: ['gorispolkom', 'harvykankam'],
    fictional: true,
  },
  {
    id: 'selispolkom',
    type: 'local_body',
    ru: decl('сельисполком', 'сельисполкома', 'сельисполкому', 'сельисполком', 'сельисполкомом', 'сельисполкоме'),
    be: decl('сельвыканкам', 'сельвыканкама', 'сельвыканкаму', 'сельвыканкам', 'сельвыканкамам', 'сельвыканкаме'),
    latin: ['selispolkom', 'sielvykankam'],
    fictional: true,
  },
  { id: 'rovd', type: 'local_body', ru: fixed('РОВД'), be: fixed('РАУС'), latin: ['ROVD', 'RAUS'], fictional: true },
  { id: 'gai', type: 'local_body', ru: fixed('ГАИ'), be: fixed('ДАІ'), latin: ['GAI', 'DAI'], fictional: true },
  {
    id: 'prokuratura-raiona',
    type: 'local_body',
    ru: decl('прокуратура района', 'прокуратуры района', 'прокуратуре района', 'прокуратуру района', 'прокуратурой района', 'прокуратуре района'),
    be: decl('пракуратура раёна', 'пракуратуры раёна', 'пракуратуры раёна', 'пракуратуру раёна', 'пракуратурай раёна', 'пракуратуры раёна'),
    latin: ['prokuratura', 'prakuratura'],
    fictional: true,
  },
  {
    id: 'voenkomat',
    type: 'local_body',
    ru: decl('военкомат', 'военкомата', 'военкомату', 'военкомат', 'военкоматом', 'военкомате'),
    be: decl('ваенкамат', 'ваенкамата', 'ваенкамату', 'ваенкамат', 'ваенкаматам', 'ваенкамаце'),
    latin: ['voenkomat', 'vajenkamat'],
    fictional: true,
  },
  {
    id: 'otdel-obrazovaniya',
    type: 'local_body',
    ru: decl('отдел образования', 'отдела образования', 'отделу образования', 'отдел образования', 'отделом образования', 'отделе образования'),
    be: decl('аддзел адукацыі', 'аддзела адукацыі', 'аддзелу адукацыі', 'аддзел адукацыі', 'аддзелам адукацыі', 'аддзеле адукацыі'),
    latin: ['otdel obrazovaniya', 'addziel adukacyi'],
    fictional: true,
  },
  {
    id: 'nalogovaya',
    type: 'local_body',
    ru: decl('налоговая инспекция', 'налоговой инспекции', 'налоговой инспекции', 'налоговую инспекцию', 'налоговой инспекцией', 'налоговой инспекции'),
    be: decl('падатковая інспекцыя', 'падатковай інспекцыі', 'падатковай інспекцыі', 'падатковую інспекцыю', 'падатковай інспекцыяй', 'падатковай інспекцыі'),
    latin: ['nalogovaya inspektsiya', 'padatkovaja inspekcyja'],
    fictional: true,
  },
  { id: 'tsson', type: 'local_body', ru: fixed('ТЦСОН'), be: fixed('ТЦСАН'), latin: ['TTsSON', 'TCSON'], fictional: true },

  // Schools and clinics: numbered, as every town has them.
  { id: 'sh-14', type: 'school', ru: fixed('СШ № 14'), be: fixed('СШ № 14'), latin: ['SSh 14', 'School 14'], fictional: true },
  { id: 'sh-3', type: 'school', ru: fixed('СШ № 3'), be: fixed('СШ № 3'), latin: ['SSh 3', 'School 3'], fictional: true },
  {
    id: 'gimnaziya-2',
    type: 'school',
    ru: head(decl('гимназия', 'гимназии', 'гимназии', 'гимназию', 'гимназией', 'гимназии'), '№ 2'),
    be: head(decl('гімназія', 'гімназіі', 'гімназіі', 'гімназію', 'гімназіяй', 'гімназіі'), '№ 2'),
    latin: ['gimnaziya 2', 'himnazija 2'],
    fictional: true,
  },
  {
    id: 'detsad-45',
    type: 'school',
    ru: head(decl('детский сад', 'детского сада', 'детскому саду', 'детский сад', 'детским садом', 'детском саду'), '№ 45'),
    be: head(decl('дзіцячы сад', 'дзіцячага сада', 'дзіцячаму саду', 'дзіцячы сад', 'дзіцячым садам', 'дзіцячым садзе'), '№ 45'),
    latin: ['detskiy sad 45', 'dziciachy sad 45'],
    fictional: true,
  },
  { id: 'poliklinika-3', type: 'polyclinic', ru: head(RU_POLYCLINIC, '№ 3'), be: head(BE_POLYCLINIC, '№ 3'), latin: ['poliklinika 3', 'paliklinika 3'], fictional: true },
  { id: 'poliklinika-11', type: 'polyclinic', ru: head(RU_POLYCLINIC, '№ 11'), be: head(BE_POLYCLINIC, '№ 11'), latin: ['poliklinika 11', 'paliklinika 11'], fictional: true },
  {
    id: 'crb',
    type: 'polyclinic',
    ru: decl('районная больница', 'районной больницы', 'районной больнице', 'районную больницу', 'районной больницей', 'районной больнице'),
    be: decl('раённая бальніца', 'раённай бальніцы', 'раённай бальніцы', 'раённую бальніцу', 'раённай бальніцай', 'раённай бальніцы'),
    latin: ['CRB', 'rayonnaya bolnitsa', 'rajonnaja balnica'],
    fictional: true,
  },

  // Movements, campaigns, media and parties. Designation dates are the first official "extremist"
  // label (court ruling on materials, or the ministry's list of formations), checked against news.
  {
    id: 'bypol',
    type: 'movement',
    ru: decl('БайПол', 'БайПола', 'БайПолу', 'БайПол', 'БайПолом', 'БайПоле'),
    be: decl('БайПол', 'БайПола', 'БайПолу', 'БайПол', 'БайПолам', 'БайПоле'),
    latin: ['ByPol', 'BYPOL', 'Bypol'],
    fictional: false,
    designated: '2021-11-08',
    since: '2020-10-01',
    genre: 'initiative',
  },
  { id: 'nexta', type: 'media', ru: fixed('NEXTA'), be: fixed('NEXTA'), latin: ['NEXTA', 'Nexta', 'Nekhta'], fictional: false, designated: '2020-10-20', since: '2015-11-01', genre: 'telegram', noun: NOUN.telegram },
  { id: 'belsat', type: 'media', ru: fixed('«Белсат»'), be: fixed('«Белсат»'), latin: ['Belsat', 'Belsat TV'], fictional: false, designated: '2021-11-03', since: '2007-12-10', genre: 'tv', noun: NOUN.tv },
  {
    id: 'viasna',
    type: 'movement',
    ru: head(decl('правозащитный центр', 'правозащитного центра', 'правозащитному центру', 'правозащитный центр', 'правозащитным центром', 'правозащитном центре'), '«Вясна»'),
    be: head(decl('праваабарончы цэнтр', 'праваабарончага цэнтра', 'праваабарончаму цэнтру', 'праваабарончы цэнтр', 'праваабарончым цэнтрам', 'праваабарончым цэнтры'), '«Вясна»'),
    latin: ['Viasna', 'Vyasna', 'Viasna Human Rights Centre'],
    fictional: false,
    since: '1996-04-26',
    genre: 'rights',
  },
  {
    id: 'coordination-council',
    type: 'movement',
    ru: decl('Координационный совет', 'Координационного совета', 'Координационному совету', 'Координационный совет', 'Координационным советом', 'Координационном совете'),
    be: decl('Каардынацыйная рада', 'Каардынацыйнай рады', 'Каардынацыйнай радзе', 'Каардынацыйную раду', 'Каардынацыйнай радай', 'Каардынацыйнай радзе'),
    latin: ['Coordination Council', 'Kaardynacyjnaja rada', 'Koordinatsionnyy sovet'],
    fictional: false,
    since: '2020-08-14',
    genre: 'council',
  },
  {
    id: 'babaryka-hq',
    type: 'movement',
    ru: head(decl('штаб', 'штаба', 'штабу', 'штаб', 'штабом', 'штабе'), 'Виктора Бабарико'),
    be: head(decl('штаб', 'штаба', 'штабу', 'штаб', 'штабам', 'штабе'), 'Віктара Бабарыкі'),
    latin: ['Babaryka HQ', 'Babariko campaign', 'shtab Babariko'],
    fictional: false,
    since: '2020-05-12',
    genre: 'campaign',
  },
  { id: 'strana-dlya-zhizni', type: 'media', ru: fixed('«Страна для жизни»'), be: fixed('«Краіна для жыцця»'), latin: ['Strana dlya zhizni', 'Country for Life'], fictional: false, since: '2019-03-01', genre: 'site', noun: NOUN.youtube },
  {
    id: 'bysol',
    type: 'movement',
    ru: head(decl('фонд', 'фонда', 'фонду', 'фонд', 'фондом', 'фонде'), 'BYSOL'),
    be: head(decl('фонд', 'фонду', 'фонду', 'фонд', 'фондам', 'фондзе'), 'BYSOL'),
    latin: ['BYSOL', 'Bysol', 'Belarus Solidarity Foundation'],
    fictional: false,
    designated: '2021-12-03',
    since: '2020-08-12',
    genre: 'fund',
  },
  { id: 'rabochy-rukh', type: 'movement', ru: fixed('«Рабочы рух»'), be: fixed('«Рабочы рух»'), latin: ['Rabochy Rukh', 'Rabochyi rukh', 'Workers Movement'], fictional: false, designated: '2021-10-18', since: '2020-11-01', genre: 'union', noun: NOUN.initiative },
  {
    id: 'tutby',
    type: 'media',
    ru: head(decl('портал', 'портала', 'порталу', 'портал', 'порталом', 'портале'), 'TUT.BY'),
    be: head(decl('партал', 'партала', 'парталу', 'партал', 'парталам', 'партале'), 'TUT.BY'),
    latin: ['TUT.BY', 'Tut.by', 'tutby'],
    fictional: false,
    designated: '2021-08-13',
    since: '2000-11-01',
    until: '2021-05-18',
    genre: 'site',
  },
  { id: 'zerkalo', type: 'media', ru: fixed('«Зеркало»'), be: fixed('«Люстэрка»'), latin: ['Zerkalo', 'Zerkalo.io', 'Liusterka'], fictional: false, designated: '2021-08-13', since: '2021-07-08', genre: 'site', noun: NOUN.site },
  { id: 'euroradio', type: 'media', ru: fixed('«Еврорадио»'), be: fixed('«Еўрарадыё»'), latin: ['Euroradio', 'Euroradio.fm', 'Eŭraradyjo'], fictional: false, designated: '2022-07-20', since: '2006-02-26', genre: 'radio', noun: NOUN.outlet },
  { id: 'svaboda', type: 'media', ru: fixed('«Радио Свобода»'), be: fixed('«Радыё Свабода»'), latin: ['Radio Svaboda', 'Radio Liberty', 'RFE/RL', 'Radio Svoboda'], fictional: false, designated: '2021-12-23', genre: 'radio', noun: NOUN.outlet },
  {
    id: 'belapan',
    type: 'media',
    ru: head(decl('агентство', 'агентства', 'агентству', 'агентство', 'агентством', 'агентстве'), '«БелаПАН»'),
    be: head(decl('агенцтва', 'агенцтва', 'агенцтву', 'агенцтва', 'агенцтвам', 'агенцтве'), '«БелаПАН»'),
    latin: ['BelaPAN'],
    fictional: false,
    designated: '2021-11-01',
    since: '1991-01-01',
    genre: 'site',
  },
  { id: 'nasha-niva', type: 'media', ru: fixed('«Наша Нива»'), be: fixed('«Наша Ніва»'), latin: ['Nasha Niva', 'Naša Niva'], fictional: false, genre: 'site', noun: NOUN.paper },
  { id: 'dze-chat', type: 'movement', ru: fixed('«Дзе.чат»'), be: fixed('«Дзе.чат»'), latin: ['Dze.chat', 'Dze chat'], fictional: false, designated: '2021-10-18', since: '2020-09-01', genre: 'initiative', noun: NOUN.platform },
  { id: 'kiberpartizany', type: 'movement', ru: fixed('«Киберпартизаны»'), be: fixed('«Кіберпартызаны»'), latin: ['Cyber Partisans', 'Kiberpartizany', 'Kiberpartyzany'], fictional: false, since: '2020-09-01', genre: 'initiative', noun: NOUN.group },
  { id: 'molodoy-front', type: 'movement', ru: fixed('«Молодой фронт»'), be: fixed('«Малады фронт»'), latin: ['Malady Front', 'Young Front', 'Molodoy front'], fictional: false, genre: 'initiative', noun: NOUN.movement },
  { id: 'govori-pravdu', type: 'movement', ru: fixed('«Говори правду»'), be: fixed('«Кажы праўду»'), latin: ['Tell the Truth', 'Kazhy praudu', 'Govori pravdu'], fictional: false, since: '2010-02-01', genre: 'initiative', noun: NOUN.campaign },
  {
    id: 'bnf',
    type: 'party',
    ru: head(decl('партия', 'партии', 'партии', 'партию', 'партией', 'партии'), 'БНФ'),
    be: head(decl('партыя', 'партыі', 'партыі', 'партыю', 'партыяй', 'партыі'), 'БНФ'),
    latin: ['BNF', 'BPF Party', 'Belarusian Popular Front'],
    fictional: false,
    genre: 'party',
  },
  {
    id: 'ogp',
    type: 'party',
    ru: decl('Объединённая гражданская партия', 'Объединённой гражданской партии', 'Объединённой гражданской партии', 'Объединённую гражданскую партию', 'Объединённой гражданской партией', 'Объединённой гражданской партии'),
    be: decl('Аб’яднаная грамадзянская партыя', 'Аб’яднанай грамадзянскай партыі', 'Аб’яднанай грамадзянскай партыі', 'Аб’яднаную грамадзянскую партыю', 'Аб’яднанай грамадзянскай партыяй', 'Аб’яднанай грамадзянскай партыі'),
    latin: ['UCP', 'United Civic Party', 'AHP', 'OGP'],
    fictional: false,
    genre: 'party',
  },
  {
    id: 'bhd',
    type: 'party',
    ru: decl('Белорусская христианская демократия', 'Белорусской христианской демократии', 'Белорусской христианской демократии', 'Белорусскую христианскую демократию', 'Белорусской христианской демократией', 'Белорусской христианской демократии'),
    be: decl('Беларуская хрысціянская дэмакратыя', 'Беларускай хрысціянскай дэмакратыі', 'Беларускай хрысціянскай дэмакратыі', 'Беларускую хрысціянскую дэмакратыю', 'Беларускай хрысціянскай дэмакратыяй', 'Беларускай хрысціянскай дэмакратыі'),
    latin: ['BCD', 'Belarusian Christian Democracy', 'BKhD'],
    fictional: false,
    genre: 'party',
  },

  // Foreign bodies: what conspiracy letters blame and what denunciations say someone "works for".
  { id: 'nato', type: 'foreign', ru: fixed('НАТО'), be: fixed('НАТА'), latin: ['NATO'], fictional: false, genre: 'foreign' },
  { id: 'cia', type: 'foreign', ru: fixed('ЦРУ'), be: fixed('ЦРУ'), latin: ['CIA'], fictional: false, genre: 'foreign' },
  {
    id: 'state-department',
    type: 'foreign',
    ru: decl('Госдеп США', 'Госдепа США', 'Госдепу США', 'Госдеп США', 'Госдепом США', 'Госдепе США'),
    be: decl('Дзярждэп ЗША', 'Дзярждэпа ЗША', 'Дзярждэпу ЗША', 'Дзярждэп ЗША', 'Дзярждэпам ЗША', 'Дзярждэпе ЗША'),
    latin: ['US State Department', 'Gosdep'],
    fictional: false,
    genre: 'foreign',
  },
];

const byId = new Map(ORGS.map((o) => [o.id, o] as const));

export function orgById(id: string): OrgEntry | undefined {
  return byId.get(id);
}

/** Whether the organisation ever received the "extremist" label: what a reader of the archive knows. */
export function isDesignated(id: string): boolean {
  return byId.get(id)?.designated !== undefined;
}

/** Whether the organisation existed (under this name) at `date`. Unknown ids and undated entries count as existing. */
export function existedAt(id: string, date: Date): boolean {
  const since = byId.get(id)?.since;
  return since === undefined || date.getTime() >= Date.parse(since);
}
