/**
 * Places outside the Belarus gazetteer that letters and news name: countries, their capitals, the
 * big cities of Russia, Ukraine and the neighbours, world cities, regions, seas and rivers. One
 * line per place: `id|Russian|Belarusian|Latin, …`; case forms come from ./decline.ts, so only the
 * nominative is written (irregular forms after a `;` in the Russian field). Written from general
 * knowledge; ids are stable ASCII slugs (the entity id is `loc:<slug>`).
 */

const RAW = `
russia|Россия;Российская Федерация;РФ;Россиюшка|Расія;Расійская Федэрацыя|Russia,Russian Federation
ukraine|Украина|Украіна|Ukraine
poland|Польша|Польшча|Poland,Polska
lithuania|Литва|Літва|Lithuania,Lietuva
latvia|Латвия|Латвія|Latvia
estonia|Эстония|Эстонія|Estonia
belarus|Белоруссия;Беларусь;Республика Беларусь;РБ;Белорусь|Беларусь;Рэспубліка Беларусь|Belarus,Byelorussia
moldova|Молдова;Молдавия|Малдова|Moldova
georgia|Грузия|Грузія|Georgia
armenia|Армения|Арменія|Armenia
azerbaijan|Азербайджан|Азербайджан|Azerbaijan
kazakhstan|Казахстан|Казахстан|Kazakhstan
uzbekistan|Узбекистан|Узбекістан|Uzbekistan
kyrgyzstan|Киргизия;Кыргызстан;Киргизстан|Кыргызстан|Kyrgyzstan
tajikistan|Таджикистан|Таджыкістан|Tajikistan
turkmenistan|Туркмения;Туркменистан|Туркменістан|Turkmenistan
usa|США;Соединённые Штаты;Соединённые Штаты Америки;Штаты;Америка|ЗША;Злучаныя Штаты;Амерыка|USA,United States,America
canada|Канада|Канада|Canada
mexico|Мексика|Мексіка|Mexico
brazil|Бразилия|Бразілія|Brazil
argentina|Аргентина|Аргенціна|Argentina
chile|Чили|Чылі|Chile
peru|Перу|Перу|Peru
colombia|Колумбия|Калумбія|Colombia
venezuela|Венесуэла|Венесуэла|Venezuela
cuba|Куба|Куба|Cuba
bolivia|Боливия||Bolivia
ecuador|Эквадор||Ecuador
uruguay|Уругвай||Uruguay
paraguay|Парагвай||Paraguay
haiti|Гаити||Haiti
jamaica|Ямайка||Jamaica
panama|Панама||Panama
nicaragua|Никарагуа||Nicaragua
guatemala|Гватемала||Guatemala
honduras|Гондурас||Honduras
uk|Великобритания;Британия;Англия;Соединённое Королевство|Вялікабрытанія;Брытанія;Англія|United Kingdom,Britain,England,UK
scotland|Шотландия|Шатландыя|Scotland
wales|Уэльс||Wales
ireland|Ирландия|Ірландыя|Ireland
france|Франция|Францыя|France
germany|Германия;ФРГ|Германія;Нямеччына|Germany,Deutschland
italy|Италия|Італія|Italy
spain|Испания|Іспанія|Spain
portugal|Португалия|Партугалія|Portugal
netherlands|Нидерланды;Голландия|Нідэрланды;Галандыя|Netherlands,Holland
belgium|Бельгия|Бельгія|Belgium
luxembourg|Люксембург|Люксембург|Luxembourg
switzerland|Швейцария|Швейцарыя|Switzerland
austria|Австрия|Аўстрыя|Austria
czechia|Чехия;Чешская Республика|Чэхія|Czechia,Czech Republic
slovakia|Словакия|Славакія|Slovakia
hungary|Венгрия|Венгрыя|Hungary
romania|Румыния|Румынія|Romania
bulgaria|Болгария|Балгарыя|Bulgaria
serbia|Сербия|Сербія|Serbia
croatia|Хорватия|Харватыя|Croatia
slovenia|Словения|Славенія|Slovenia
bosnia|Босния;Босния и Герцеговина||Bosnia
montenegro|Черногория||Montenegro
macedonia|Македония;Северная Македония||Macedonia
albania|Албания||Albania
kosovo|Косово||Kosovo
greece|Греция|Грэцыя|Greece
cyprus|Кипр|Кіпр|Cyprus
malta|Мальта||Malta
denmark|Дания|Данія|Denmark
norway|Норвегия|Нарвегія|Norway
sweden|Швеция|Швецыя|Sweden
finland|Финляндия|Фінляндыя|Finland
iceland|Исландия||Iceland
turkey|Турция|Турцыя|Turkey,Turkiye
israel|Израиль|Ізраіль|Israel
palestine|Палестина||Palestine
lebanon|Ливан||Lebanon
syria|Сирия|Сірыя|Syria
iraq|Ирак|Ірак|Iraq
iran|Иран|Іран|Iran
jordan|Иордания||
saudi-arabia|Саудовская Аравия||Saudi Arabia
uae|ОАЭ;Объединённые Арабские Эмираты;Эмираты|ААЭ|UAE,Emirates
qatar|Катар||Qatar
kuwait|Кувейт||Kuwait
yemen|Йемен||Yemen
oman|Оман||Oman
bahrain|Бахрейн||Bahrain
egypt|Египет;Египта;Египте;Египту;Египтом|Егіпет|Egypt
libya|Ливия||Libya
tunisia|Тунис||Tunisia
algeria|Алжир||Algeria
morocco|Марокко||Morocco
sudan|Судан||Sudan
ethiopia|Эфиопия||Ethiopia
somalia|Сомали||Somalia
kenya|Кения||Kenya
nigeria|Нигерия||Nigeria
ghana|Гана||Ghana
congo|Конго||Congo
angola|Ангола||Angola
south-africa|ЮАР;Южная Африка||South Africa
zimbabwe|Зимбабве||Zimbabwe
mali|Мали||Mali
afghanistan|Афганистан|Афганістан|Afghanistan
pakistan|Пакистан|Пакістан|Pakistan
india|Индия|Індыя|India
china|Китай;КНР|Кітай|China
japan|Япония|Японія|Japan
north-korea|КНДР;Северная Корея||North Korea
south-korea|Южная Корея;Корея|Паўднёвая Карэя;Карэя|South Korea,Korea
mongolia|Монголия||Mongolia
vietnam|Вьетнам|В'етнам|Vietnam
thailand|Таиланд;Тайланд||Thailand
indonesia|Индонезия||Indonesia
malaysia|Малайзия||Malaysia
philippines|Филиппины||Philippines
singapore|Сингапур||Singapore
myanmar|Мьянма;Бирма||Myanmar,Burma
cambodia|Камбоджа||Cambodia
laos|Лаос||Laos
nepal|Непал||Nepal
bangladesh|Бангладеш||Bangladesh
sri-lanka|Шри-Ланка||Sri Lanka
taiwan|Тайвань||Taiwan
australia|Австралия|Аўстралія|Australia
new-zealand|Новая Зеландия||New Zealand
vatican|Ватикан||Vatican
monaco|Монако||Monaco
ussr|СССР;Советский Союз|СССР;Савецкі Саюз|USSR,Soviet Union
gdr|ГДР||GDR
moscow|Москва;Мск|Масква|Moscow,Moskva
st-petersburg|Санкт-Петербург;Петербург;Питер;Ленинград|Санкт-Пецярбург;Пецярбург|St Petersburg,Saint Petersburg
kyiv|Киев;Кийв|Кіеў|Kyiv,Kiev
warsaw|Варшава|Варшава|Warsaw,Warszawa
vilnius|Вильнюс;Вильно|Вільня|Vilnius
riga|Рига|Рыга|Riga
tallinn|Таллин;Таллинн|Талін|Tallinn
chisinau|Кишинёв|Кішынёў|Chisinau
tbilisi|Тбилиси|Тбілісі|Tbilisi
yerevan|Ереван|Ерэван|Yerevan
baku|Баку|Баку|Baku
astana|Астана;Нур-Султан|Астана|Astana
almaty|Алма-Ата;Алматы||Almaty
tashkent|Ташкент|Ташкент|Tashkent
bishkek|Бишкек||Bishkek
dushanbe|Душанбе||Dushanbe
ashgabat|Ашхабад||Ashgabat
washington|Вашингтон|Вашынгтон|Washington
new-york|Нью-Йорк|Нью-Ёрк|New York
los-angeles|Лос-Анджелес||Los Angeles
chicago|Чикаго||Chicago
san-francisco|Сан-Франциско||San Francisco
boston|Бостон||Boston
miami|Майами||Miami
las-vegas|Лас-Вегас||Las Vegas
philadelphia|Филадельфия||Philadelphia
houston|Хьюстон||Houston
seattle|Сиэтл||Seattle
detroit|Детройт||Detroit
atlanta|Атланта||Atlanta
dallas|Даллас||Dallas
texas|Техас||Texas
california|Калифорния||California
florida|Флорида||Florida
alaska|Аляска||Alaska
arizona|Аризона||Arizona
hawaii|Гавайи||Hawaii
virginia|Вирджиния;Виргиния||Virginia
ottawa|Оттава||Ottawa
toronto|Торонто||Toronto
montreal|Монреаль||Montreal
london|Лондон|Лондан|London
paris|Париж|Парыж|Paris
berlin|Берлин|Берлін|Berlin
munich|Мюнхен||Munich
frankfurt|Франкфурт||Frankfurt
hamburg|Гамбург||Hamburg
cologne|Кёльн||Cologne
rome|Рим|Рым|Rome
milan|Милан||Milan
venice|Венеция||Venice
madrid|Мадрид||Madrid
barcelona|Барселона||Barcelona
lisbon|Лиссабон||Lisbon
amsterdam|Амстердам||Amsterdam
hague|Гаага||The Hague
brussels|Брюссель|Брусель|Brussels
vienna|Вена|Вена|Vienna
prague|Прага|Прага|Prague
bratislava|Братислава||Bratislava
budapest|Будапешт||Budapest
bucharest|Бухарест||Bucharest
belgrade|Белград||Belgrade
zagreb|Загреб||Zagreb
ljubljana|Любляна||Ljubljana
athens|Афины||Athens
copenhagen|Копенгаген||Copenhagen
oslo|Осло||Oslo
stockholm|Стокгольм|Стакгольм|Stockholm
helsinki|Хельсинки||Helsinki
reykjavik|Рейкьявик||Reykjavik
dublin|Дублин||Dublin
edinburgh|Эдинбург||Edinburgh
liverpool|Ливерпуль||Liverpool
manchester|Манчестер||Manchester
bristol|Бристоль||Bristol
geneva|Женева||Geneva
zurich|Цюрих||Zurich
bern|Берн||Bern
strasbourg|Страсбург||Strasbourg
krakow|Краков||Krakow
gdansk|Гданьск||Gdansk
bialystok|Белосток|Беласток|Bialystok
lublin|Люблин||Lublin
wroclaw|Вроцлав||Wroclaw
poznan|Познань||Poznan
lodz|Лодзь||Lodz
kaunas|Каунас|Коўна|Kaunas
klaipeda|Клайпеда||Klaipeda
daugavpils|Даугавпилс;Двинск||Daugavpils
tartu|Тарту||Tartu
narva|Нарва||Narva
istanbul|Стамбул||Istanbul
ankara|Анкара||Ankara
antalya|Анталья;Анталия||Antalya
jerusalem|Иерусалим||Jerusalem
tel-aviv|Тель-Авив||Tel Aviv
gaza|Газа;Сектор Газа||Gaza
damascus|Дамаск||Damascus
baghdad|Багдад||Baghdad
tehran|Тегеран||Tehran
beirut|Бейрут||Beirut
cairo|Каир||Cairo
riyadh|Эр-Рияд||Riyadh
dubai|Дубай||Dubai
kabul|Кабул||Kabul
islamabad|Исламабад||Islamabad
delhi|Дели;Нью-Дели||Delhi,New Delhi
mumbai|Мумбаи;Бомбей||Mumbai
beijing|Пекин||Beijing
shanghai|Шанхай||Shanghai
hong-kong|Гонконг||Hong Kong
tokyo|Токио||Tokyo
osaka|Осака||Osaka
seoul|Сеул||Seoul
pyongyang|Пхеньян||Pyongyang
bangkok|Бангкок||Bangkok
hanoi|Ханой||Hanoi
jakarta|Джакарта||Jakarta
manila|Манила||Manila
sydney|Сидней||Sydney
melbourne|Мельбурн||Melbourne
canberra|Канберра||Canberra
havana|Гавана||Havana
caracas|Каракас||Caracas
buenos-aires|Буэнос-Айрес||Buenos Aires
rio|Рио-де-Жанейро||Rio de Janeiro
sao-paulo|Сан-Паулу||Sao Paulo
mexico-city|Мехико||Mexico City
brasilia|Бразилиа||Brasilia
lima|Лима||Lima
santiago|Сантьяго||Santiago
nairobi|Найроби||Nairobi
johannesburg|Йоханнесбург||Johannesburg
tripoli|Триполи||Tripoli
guantanamo|Гуантанамо||Guantanamo
kharkiv|Харьков|Харкаў|Kharkiv,Kharkov
odesa|Одесса|Адэса|Odesa,Odessa
dnipro|Днепр;Днепропетровск|Дняпро|Dnipro
lviv|Львов|Львоў|Lviv
donetsk|Донецк|Данецк|Donetsk
luhansk|Луганск|Луганск|Luhansk
zaporizhzhia|Запорожье||Zaporizhzhia
kherson|Херсон||Kherson
mariupol|Мариуполь||Mariupol
mykolaiv|Николаев||Mykolaiv
chernihiv|Чернигов|Чарнігаў|Chernihiv
chernobyl|Чернобыль|Чарнобыль|Chernobyl
bucha|Буча||Bucha
kryvyi-rih|Кривой Рог||Kryvyi Rih
sumy|Сумы||Sumy
poltava|Полтава||Poltava
zhytomyr|Житомир||Zhytomyr
lutsk|Луцк||Lutsk
uzhhorod|Ужгород||Uzhhorod
sevastopol|Севастополь||Sevastopol
simferopol|Симферополь||Simferopol
yalta|Ялта||Yalta
kerch|Керчь||Kerch
crimea|Крым|Крым|Crimea
donbas|Донбасс;Донбас|Данбас|Donbas
novosibirsk|Новосибирск||Novosibirsk
yekaterinburg|Екатеринбург;Свердловск||Yekaterinburg
kazan|Казань||Kazan
nizhny-novgorod|Нижний Новгород;Горький||Nizhny Novgorod
novgorod|Великий Новгород;Новгород||Novgorod
chelyabinsk|Челябинск||Chelyabinsk
samara|Самара||Samara
omsk|Омск||Omsk
rostov|Ростов-на-Дону;Ростов||Rostov
ufa|Уфа||Ufa
krasnoyarsk|Красноярск||Krasnoyarsk
perm|Пермь||Perm
voronezh|Воронеж||Voronezh
volgograd|Волгоград;Сталинград||Volgograd
krasnodar|Краснодар||Krasnodar
saratov|Саратов||Saratov
tyumen|Тюмень||Tyumen
tolyatti|Тольятти||Tolyatti
izhevsk|Ижевск||Izhevsk
barnaul|Барнаул||Barnaul
ulyanovsk|Ульяновск||Ulyanovsk
irkutsk|Иркутск||Irkutsk
khabarovsk|Хабаровск||Khabarovsk
yaroslavl|Ярославль||Yaroslavl
vladivostok|Владивосток||Vladivostok
makhachkala|Махачкала||Makhachkala
tomsk|Томск||Tomsk
orenburg|Оренбург||Orenburg
kemerovo|Кемерово||Kemerovo
novokuznetsk|Новокузнецк||Novokuznetsk
ryazan|Рязань||Ryazan
astrakhan|Астрахань||Astrakhan
penza|Пенза||Penza
lipetsk|Липецк||Lipetsk
kirov|Киров||Kirov
cheboksary|Чебоксары||Cheboksary
tula|Тула||Tula
kaliningrad|Калининград;Кёнигсберг||Kaliningrad
kursk|Курск||Kursk
stavropol|Ставрополь||Stavropol
sochi|Сочи||Sochi
tver|Тверь||Tver
magnitogorsk|Магнитогорск||Magnitogorsk
ivanovo|Иваново||Ivanovo
bryansk|Брянск|Бранск|Bryansk
belgorod|Белгород||Belgorod
surgut|Сургут||Surgut
arkhangelsk|Архангельск||Arkhangelsk
chita|Чита||Chita
smolensk|Смоленск|Смаленск|Smolensk
kaluga|Калуга||Kaluga
volzhsky|Волжский||Volzhsky
kostroma|Кострома||Kostroma
murmansk|Мурманск||Murmansk
vologda|Вологда||Vologda
orel|Орёл;Орла;Орле;Орлу;Орлом||Orel
tambov|Тамбов||Tambov
sterlitamak|Стерлитамак||Sterlitamak
grozny|Грозный||Grozny
yakutsk|Якутск||Yakutsk
petrozavodsk|Петрозаводск||Petrozavodsk
pskov|Псков|Пскоў|Pskov
novorossiysk|Новороссийск||Novorossiysk
norilsk|Норильск||Norilsk
magadan|Магадан||Magadan
vorkuta|Воркута||Vorkuta
syktyvkar|Сыктывкар||Syktyvkar
nalchik|Нальчик||Nalchik
vladikavkaz|Владикавказ||Vladikavkaz
sakhalin|Сахалин||Sakhalin
kamchatka|Камчатка||Kamchatka
chechnya|Чечня;Чечения||Chechnya
dagestan|Дагестан||Dagestan
ingushetia|Ингушетия||Ingushetia
tatarstan|Татарстан||Tatarstan
bashkortostan|Башкирия;Башкортостан||Bashkortostan
yakutia|Якутия||Yakutia
siberia|Сибирь|Сібір|Siberia
urals|Урал||Urals
caucasus|Кавказ|Каўказ|Caucasus
far-east|Дальний Восток||Far East
kuban|Кубань||Kuban
podmoskovye|Подмосковье||Moscow Oblast
chukotka|Чукотка||Chukotka
kurils|Курилы;Курильские острова||Kuril Islands
transnistria|Приднестровье||Transnistria
abkhazia|Абхазия||Abkhazia
south-ossetia|Южная Осетия||South Ossetia
karabakh|Карабах;Нагорный Карабах||Karabakh
baltics|Прибалтика|Прыбалтыка|Baltics
scandinavia|Скандинавия||Scandinavia
europe|Европа|Еўропа|Europe
asia|Азия|Азія|Asia
africa|Африка|Афрыка|Africa
latin-america|Латинская Америка||Latin America
north-america|Северная Америка||North America
south-america|Южная Америка||South America
middle-east|Ближний Восток||Middle East
antarctica|Антарктида;Антарктика||Antarctica
arctic|Арктика||Arctic
balkans|Балканы||Balkans
tibet|Тибет||Tibet
kosovo-region|Косова||
silicon-valley|Кремниевая долина||Silicon Valley
kremlin|Кремль||Kremlin
white-house|Белый дом||White House
iss|Международная космическая станция||ISS
baltic-sea|Балтийское море;Балтика||Baltic Sea
black-sea|Чёрное море||Black Sea
mediterranean|Средиземное море;Средиземноморье||Mediterranean
caspian|Каспийское море;Каспий||Caspian Sea
atlantic|Атлантика;Атлантический океан||Atlantic
pacific|Тихий океан||Pacific
dnieper|Днепра;Днепре;Днепру|Дняпро;Дняпра|
volga|Волга|Волга|Volga
neman|Неман;Нёман|Нёман|Neman
pripyat|Припять|Прыпяць|Pripyat
dvina|Западная Двина;Двина|Заходняя Дзвіна;Дзвіна|
bug|Западный Буг||
berezina|Березина|Бярэзіна|Berezina
sozh|Сож|Сож|Sozh
svisloch|Свислочь|Свіслач|Svislach
danube|Дунай||Danube
rhine|Рейн||Rhine
amazon|Амазонка||Amazon
liechtenstein|Лихтенштейн||Liechtenstein
andorra|Андорра||Andorra
san-marino|Сан-Марино||San Marino
namibia|Намибия||Namibia
zambia|Замбия||Zambia
benin|Бенин||Benin
botswana|Ботсвана||Botswana
malawi|Малави||Malawi
mozambique|Мозамбик||Mozambique
madagascar|Мадагаскар||Madagascar
tanzania|Танзания||Tanzania
uganda|Уганда||Uganda
rwanda|Руанда||Rwanda
burundi|Бурунди||Burundi
cameroon|Камерун||Cameroon
chad|Чад||Chad
niger|Нигер||Niger
senegal|Сенегал||Senegal
guinea|Гвинея||Guinea
liberia|Либерия||Liberia
sierra-leone|Сьерра-Леоне||Sierra Leone
ivory-coast|Кот-д'Ивуар||Ivory Coast
togo|Того||Togo
burkina-faso|Буркина-Фасо||Burkina Faso
mauritania|Мавритания||Mauritania
eritrea|Эритрея||Eritrea
djibouti|Джибути||Djibouti
gabon|Габон||Gabon
lesotho|Лесото||Lesotho
eswatini|Свазиленд;Эсватини||Eswatini
mauritius|Маврикий||Mauritius
seychelles|Сейшелы;Сейшельские острова||Seychelles
cape-verde|Кабо-Верде||Cape Verde
south-sudan|Южный Судан||South Sudan
costa-rica|Коста-Рика;Коста Рика||Costa Rica
el-salvador|Сальвадор;Эль Сальвадор||El Salvador
dominican-republic|Доминиканская Республика;Доминикана||Dominican Republic
bahamas|Багамы;Багамские острова||Bahamas
barbados|Барбадос||Barbados
bermuda|Бермуды;Бермудские острова||Bermuda
trinidad|Тринидад и Тобаго||Trinidad and Tobago
puerto-rico|Пуэрто-Рико||Puerto Rico
guyana|Гайана||Guyana
suriname|Суринам||Suriname
belize|Белиз||Belize
greenland|Гренландия||Greenland
faroe|Фарерские острова||Faroe Islands
antilles|Нидерландские Антилы;Антилы||Antilles
brunei|Бруней||Brunei
east-timor|Восточный Тимор||East Timor
bhutan|Бутан||Bhutan
maldives|Мальдивы||Maldives
fiji|Фиджи||Fiji
papua|Папуа — Новая Гвинея;Папуа-Новая Гвинея||Papua New Guinea
samoa|Самоа||Samoa
tonga|Тонга||Tonga
micronesia|Микронезия||Micronesia
oceania|Океания||Oceania
eurasia|Евразия||Eurasia
capitol|Капитолий||Capitol
wall-street|Уолл-стрит||Wall Street
north-carolina|Северная Каролина||North Carolina
south-carolina|Южная Каролина||South Carolina
new-jersey|Нью-Джерси||New Jersey
ohio|Огайо||Ohio
michigan|Мичиган||Michigan
illinois|Иллинойс||Illinois
massachusetts|Массачусетс||Massachusetts
pennsylvania|Пенсильвания||Pennsylvania
colorado|Колорадо||Colorado
nevada|Невада||Nevada
oregon|Орегон||Oregon
georgia-us|Джорджия||
louisiana|Луизиана||Louisiana
utah|Юта||Utah
bavaria|Бавария||Bavaria
catalonia|Каталония||Catalonia
flanders|Фландрия||Flanders
sicily|Сицилия||Sicily
corsica|Корсика||Corsica
normandy|Нормандия||Normandy
tyrol|Тироль||Tyrol
kalmykia|Калмыкия||Kalmykia
elista|Элиста||Elista
chuvashia|Чувашия||Chuvashia
mordovia|Мордовия||Mordovia
karelia|Карелия||Karelia
buryatia|Бурятия||Buryatia
tuva|Тува||Tuva
altai|Алтай||Altai
adygea|Адыгея||Adygea
kabardino|Кабардино-Балкария||Kabardino-Balkaria
ossetia|Северная Осетия;Осетия||Ossetia
gagauzia|Гагаузия||Gagauzia
galicia|Галиция;Галичина||Galicia
volhynia|Волынь||Volhynia
polesie|Полесье|Палессе|Polesie
lithuania-grand-duchy|Великое княжество Литовское;Вялікае Княства Літоўскае||Grand Duchy of Lithuania
khimki|Химки||Khimki
sheremetyevo|Шереметьево||Sheremetyevo
domodedovo|Домодедово||Domodedovo
vnukovo|Внуково||Vnukovo
skolkovo|Сколково||Skolkovo
zelenograd|Зеленоград||Zelenograd
mytishchi|Мытищи||Mytishchi
podolsk|Подольск||Podolsk
lubertsy|Люберцы||Lyubertsy
korolev|Королёв||Korolev
baikonur|Байконур||Baikonur
plesetsk|Плесецк||Plesetsk
beslan|Беслан||Beslan
kondopoga|Кондопога||Kondopoga
kronshtadt|Кронштадт||Kronstadt
pushkin-town|Царское Село||Tsarskoye Selo
peterhof|Петергоф||Peterhof
vyborg|Выборг||Vyborg
murmansk-region|Кольский полуостров||Kola Peninsula
taymyr|Таймыр||Taymyr
yamal|Ямал||Yamal
kuzbass|Кузбасс||Kuzbass
primorye|Приморье;Приморский край||Primorye
moon|Луна||Moon
earth|Земля||Earth
mars|Марс||Mars
`;

export interface WorldPlace {
  id: string;
  ru: string[];
  be: string[];
  latin: string[];
}

export const WORLD_PLACES: readonly WorldPlace[] = RAW.trim()
  .split('\n')
  .map((line) => {
    const [id, ru, be, latin] = line.split('|') as [string, string, string?, string?];
    const list = (s: string | undefined, sep: string) => (s ? s.split(sep).map((x) => x.trim()).filter(Boolean) : []);
    return { id, ru: list(ru, ';'), be: list(be, ';'), latin: list(latin, ',') };
  });

/** Abbreviations that name places, not organisations: "в РФ", "из США". */
export const PLACE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['РФ', 'russia'],
  ['США', 'usa'],
  ['ЗША', 'usa'],
  ['СССР', 'ussr'],
  ['КНР', 'china'],
  ['КНДР', 'north-korea'],
  ['ЮАР', 'south-africa'],
  ['ОАЭ', 'uae'],
  ['ААЭ', 'uae'],
  ['ФРГ', 'germany'],
  ['ГДР', 'gdr'],
  ['РБ', 'belarus'],
  ['ДНР', 'donetsk-pr'],
  ['ЛНР', 'luhansk-pr'],
  ['ВКЛ', 'gdl'],
  ['USA', 'usa'],
  ['МКС', 'iss'],
  ['UK', 'uk'],
]);
