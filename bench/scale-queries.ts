/** The fixed mixed query set of the scale benchmark, over the demo generator's letters. */
export interface ScaleQuery {
  q: string;
  type: 'word' | 'two words' | 'phrase' | 'prefix' | 'cross-script' | 'filter' | 'facet-heavy';
}

export const SCALE_QUERIES: readonly ScaleQuery[] = [
  { q: 'заявление', type: 'word' },
  { q: 'милиция', type: 'word' },
  { q: 'увольнение', type: 'word' },
  { q: 'беспилотник', type: 'word' },
  { q: 'хищение', type: 'word' },
  { q: 'участковый', type: 'word' },
  { q: 'прокуратура', type: 'word' },
  { q: 'сын', type: 'word' },
  { q: 'заява', type: 'word' },
  { q: 'принять меры', type: 'two words' },
  { q: 'сосед флаг', type: 'two words' },
  { q: 'сын задержан', type: 'two words' },
  { q: '"принять меры"', type: 'phrase' },
  { q: '"прошу разобраться"', type: 'phrase' },
  { q: 'увол*', type: 'prefix' },
  { q: 'задерж*', type: 'prefix' },
  { q: 'Mahilau', type: 'cross-script' },
  { q: 'Homiel', type: 'cross-script' },
  { q: 'year:2021 протест', type: 'filter' },
  { q: 'lang:be заява', type: 'filter' },
  { q: 'place:Гомель сын', type: 'filter' },
  { q: 'oblast:Brest деньги', type: 'filter' },
  { q: 'has:response жалоба', type: 'filter' },
  { q: 'прошу', type: 'facet-heavy' },
  { q: 'year:2020..2021', type: 'facet-heavy' },
  { q: 'lang:ru', type: 'facet-heavy' },
];
