/**
 * Real public figures — politicians, officials, candidates, journalists and writers of Belarus,
 * Russia and the world — whom letters name in a public role. They are entities (a reader wants to
 * count them) but not personal data to redact: findEntities marks them `public: true`.
 *
 * One line each: `id|gender|given names (Russian; Belarusian)|Russian surname|Belarusian
 * surname|Latin spellings`. Case forms are built by src/language/names (inflectSurname,
 * inflectFirst), so only nominatives are written. Surnames that are also ordinary private
 * surnames (Иванов, Козлов) are left out: a public figure must be recognisable by name alone.
 * Written from general knowledge.
 */

const RAW = `
lukashenko|m|Александр;Аляксандр|Лукашенко|Лукашэнка|Lukashenko,Lukashenka
babaryka|m|Виктор;Віктар|Бабарико|Бабарыка|Babaryka,Babariko
tsikhanouskaya|f|Светлана;Святлана|Тихановская|Ціханоўская|Tsikhanouskaya,Tikhanovskaya,Tsikhanovskaya
tsikhanouski|m|Сергей;Сяргей|Тихановский|Ціханоўскі|Tsikhanouski,Tikhanovsky,Tikhanovskiy
kalesnikava|f|Мария;Марыя|Колесникова|Калеснікава|Kalesnikava,Kolesnikova
tsapkala|m|Валерий;Валерый|Цепкало|Цапкала|Tsapkala,Tsepkalo
latushka|m|Павел;Павел|Латушко|Латушка|Latushka,Latushko
pratasevich|m|Роман;Раман|Протасевич|Пратасевіч|Pratasevich,Protasevich
putsila|m|Степан;Сцяпан|Путило|Пуціла|Putsila,Putilo
znak|m|Максим;Максім|Знак|Знак|Znak
bialiatski|m|Алесь;Алесь|Беляцкий|Бяляцкі|Bialiatski,Belyatsky,Byalyatski
statkevich|m|Николай;Мікалай|Статкевич|Статкевіч|Statkevich
losik|m|Игорь;Ігар|Лосик|Лосік|Losik
kavalkova|f|Ольга;Вольга|Ковалькова|Кавалькова|Kavalkova,Kovalkova
alexievich|f|Светлана;Святлана|Алексиевич|Алексіевіч|Alexievich,Aleksievich
sannikau|m|Андрей;Андрэй|Санников|Саннікаў|Sannikau,Sannikov
niakliaeu|m|Владимир;Уладзімір|Некляев|Някляеў|Niakliayeu,Neklyaev
milinkevich|m|Александр;Аляксандр|Милинкевич|Мілінкевіч|Milinkevich
kazulin|m|Александр;Аляксандр|Козулин|Казулін|Kazulin,Kozulin
pazniak|m|Зенон;Зянон|Позняк|Пазьняк|Pazniak,Poznyak
shushkevich|m|Станислав;Станіслаў|Шушкевич|Шушкевіч|Shushkevich
kalinouski|m|Кастусь;Кастусь|Калиновский|Каліноўскі|Kalinouski,Kalinowski
skaryna|m|Франциск;Францыск|Скорина|Скарына|Skaryna,Skorina
kupala|m|Янка;Янка|Купала|Купала|Kupala
kolas|m|Якуб;Якуб|Колас|Колас|Kolas
bykau|m|Василь;Васіль|Быков|Быкаў|Bykau,Bykov
karatkevich|m|Владимир;Уладзімір|Короткевич|Караткевіч|Karatkevich
makei|m|Владимир;Уладзімір|Макей|Макей|Makei,Makey
halouchanka|m|Роман;Раман|Головченко|Галоўчанка|Golovchenko,Halouchanka
kachanava|f|Наталья;Наталля|Кочанова|Качанава|Kochanova,Kachanava
karaeu|m|Юрий;Юрый|Караев|Караеў|Karaev,Karayeu
kubrakou|m|Иван;Іван|Кубраков|Кубракоў|Kubrakov,Kubrakou
shunevich|m|Игорь;Ігар|Шуневич|Шуневіч|Shunevich
tertel|m|Иван;Іван|Тертель|Тэртэль|Tertel
vakulchik|m|Валерий;Валерый|Вакульчик|Вакульчык|Vakulchik
volfovich|m|Александр;Аляксандр|Вольфович|Вольфовіч|Volfovich
yarmoshyna|f|Лидия;Лідзія|Ермошина|Ярмошына|Yarmoshyna,Ermoshina
eismont|f|Наталья;Наталля|Эйсмонт|Эйсмант|Eismont
kebich|m|Вячеслав;Вячаслаў|Кебич|Кебіч|Kebich
masherau|m|Пётр;Пятро|Машеров|Машэраў|Masherau,Masherov
putin|m|Владимир;Уладзімір|Путин|Пуцін|Putin
medvedev|m|Дмитрий;Дзмітрый|Медведев|Мядзведзеў|Medvedev
lavrov|m|Сергей;Сяргей|Лавров|Лаўроў|Lavrov
shoigu|m|Сергей;Сяргей|Шойгу|Шайгу|Shoigu
peskov|m|Дмитрий;Дзмітрый|Песков|Пяскоў|Peskov
mishustin|m|Михаил;Міхаіл|Мишустин|Мішусцін|Mishustin
sobyanin|m|Сергей;Сяргей|Собянин|Сабянін|Sobyanin
navalny|m|Алексей;Аляксей|Навальный|Навальны|Navalny
zelensky|m|Владимир;Уладзімір|Зеленский|Зяленскі|Zelensky,Zelenskyy
poroshenko|m|Пётр;Пятро|Порошенко|Парашэнка|Poroshenko
yanukovych|m|Виктор;Віктар|Янукович|Януковіч|Yanukovych,Yanukovich
yushchenko|m|Виктор;Віктар|Ющенко|Юшчанка|Yushchenko
tymoshenko|f|Юлия;Юлія|Тимошенко|Цімашэнка|Tymoshenko
kuchma|m|Леонид;Леанід|Кучма|Кучма|Kuchma
yeltsin|m|Борис;Барыс|Ельцин|Ельцын|Yeltsin
gorbachev|m|Михаил;Міхаіл|Горбачёв|Гарбачоў|Gorbachev
stalin|m|Иосиф;Іосіф|Сталин|Сталін|Stalin
lenin|m|Владимир;Уладзімір|Ленин|Ленін|Lenin
zhirinovsky|m|Владимир;Уладзімір|Жириновский|Жырыноўскі|Zhirinovsky
zyuganov|m|Геннадий;Генадзь|Зюганов|Зюганаў|Zyuganov
kadyrov|m|Рамзан;Рамзан|Кадыров|Кадыраў|Kadyrov
prigozhin|m|Евгений;Яўген|Пригожин|Прыгожын|Prigozhin
luzhkov|m|Юрий;Юрый|Лужков|Лужкоў|Luzhkov
nemtsov|m|Борис;Барыс|Немцов|Нямцоў|Nemtsov
khodorkovsky|m|Михаил;Міхаіл|Ходорковский|Хадаркоўскі|Khodorkovsky
solzhenitsyn|m|Александр;Аляксандр|Солженицын|Салжаніцын|Solzhenitsyn
nazarbayev|m|Нурсултан;Нурсултан|Назарбаев|Назарбаеў|Nazarbayev
tokayev|m|Касым-Жомарт;Касым-Жамарт|Токаев|Такаеў|Tokayev
aliyev|m|Ильхам;Ільхам|Алиев|Аліеў|Aliyev
pashinyan|m|Никол;Нікол|Пашинян|Пашынян|Pashinyan
saakashvili|m|Михаил;Міхаіл|Саакашвили|Саакашвілі|Saakashvili
trump|m|Дональд;Дональд|Трамп|Трамп|Trump
biden|m|Джо;Джо|Байден|Байдэн|Biden
obama|m|Барак;Барак|Обама|Абама|Obama
clinton|m|Билл;Біл|Клинтон|Клінтан|Clinton
bush|m|Джордж;Джордж|Буш|Буш|Bush
merkel|f|Ангела;Ангела|Меркель|Меркель|Merkel
macron|m|Эммануэль;Эмануэль|Макрон|Макрон|Macron
sarkozy|m|Николя;Нікаля|Саркози|Сарказі|Sarkozy
erdogan|m|Реджеп;Рэджэп|Эрдоган|Эрдаган|Erdogan
duda|m|Анджей;Анджэй|Дуда|Дуда|Duda
morawiecki|m|Матеуш;Матэвуш|Моравецкий|Маравецкі|Morawiecki
tusk|m|Дональд;Дональд|Туск|Туск|Tusk
nauseda|m|Гитанас;Гітанас|Науседа|Наўседа|Nauseda
landsbergis|m|Габриэлюс;Габрыэлюс|Ландсбергис|Ландсбергіс|Landsbergis
orban|m|Виктор;Віктар|Орбан|Орбан|Orban
guterres|m|Антониу;Антоніу|Гутерриш|Гутэрыш|Guterres
stoltenberg|m|Йенс;Йенс|Столтенберг|Столтэнберг|Stoltenberg
borrell|m|Жозеп;Жазэп|Боррель|Барэль|Borrell
von-der-leyen|f|Урсула;Урсула|фон дер Ляйен|фон дэр Ляйен|von der Leyen
xi|m|Си;Сі|Цзиньпин|Цзіньпін|Xi Jinping
`;

export interface PublicFigure {
  id: string;
  gender: 'm' | 'f';
  given: { ru: string; be: string };
  ru: string;
  be: string;
  latin: string[];
}

export const PUBLIC_FIGURES: readonly PublicFigure[] = RAW.trim()
  .split('\n')
  .map((line) => {
    const [id, gender, given, ru, be, latin] = line.split('|') as [string, string, string, string, string, string];
    const [gru, gbe] = given.split(';') as [string, string];
    return { id, gender: gender === 'f' ? 'f' : 'm', given: { ru: gru, be: gbe }, ru, be, latin: latin.split(',') };
  });
