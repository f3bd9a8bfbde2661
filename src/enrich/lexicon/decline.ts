/**
 * Case forms of names for lookup, not for writing: given a nominative, every form a reader may meet
 * in Russian or Belarusian text. The rules over-generate on purpose (both masculine and feminine
 * forms of a soft-sign noun, -ы and -и after any consonant): a form that no one writes costs a Map
 * entry and nothing else, a form that is missing costs a missed entity.
 *
 * Multi-word names decline word by word, agreeing by case (Южная Корея → Южной Кореи, Южную
 * Корею); adjectives in -ая/-ый/-ий/-ой/-ое/-ые/-ие decline as adjectives, the rest as nouns.
 */

/** Six case slots (nom, gen, dat, acc, ins, loc), each one or more spellings. */
type Slots = string[][];

const HUSH = /[жшчщц]$/;
const VELAR_HUSH = /[гкхжшчщ]$/;

function slots(...cases: (string | string[])[]): Slots {
  return cases.map((c) => (Array.isArray(c) ? c : [c]));
}

/** Russian noun. */
function ruNoun(w: string): Slots {
  const lower = w.toLowerCase();
  const s1 = w.slice(0, -1);
  const s2 = w.slice(0, -2);
  if (/ия$/.test(lower)) return slots(w, s2 + 'ии', s2 + 'ии', s2 + 'ию', [s2 + 'ией', s2 + 'ьей'], s2 + 'ии');
  if (/[ая]$/.test(lower) && w.length > 2) {
    const soft = lower.endsWith('я');
    const gen = soft || VELAR_HUSH.test(s1.toLowerCase()) ? [s1 + 'и'] : [s1 + 'ы', s1 + 'и'];
    return slots(w, gen, s1 + 'е', s1 + (soft ? 'ю' : 'у'), soft ? [s1 + 'ей', s1 + 'ёй'] : [s1 + 'ой', s1 + 'ей', s1 + 'ою'], s1 + 'е');
  }
  if (/ий$/.test(lower)) return slots(w, s2 + 'ия', s2 + 'ию', [w, s2 + 'ия'], s2 + 'ием', [s2 + 'ии', s2 + 'ие']);
  if (/[ей]$/.test(lower) && /[аеёоуыэюя]й$/.test(lower)) return slots(w, s1 + 'я', s1 + 'ю', [w, s1 + 'я'], [s1 + 'ем', s1 + 'ём'], s1 + 'е');
  if (/ь$/.test(lower)) return slots(w, [s1 + 'я', s1 + 'и'], [s1 + 'ю', s1 + 'и'], [w, s1 + 'я'], [s1 + 'ем', s1 + 'ём', s1 + 'ью'], [s1 + 'е', s1 + 'и']);
  if (/[ыи]$/.test(lower) && w.length > 3 && !/[аеиоуыэюя][иы]$/.test(lower) && /[бвдзклмнпрстфх]ы$|[гкх]и$|ни$|[нлр]ы$/.test(lower)) {
    // Plurals: Афины, Нидерланды, Филиппины, Канны, Мальдивы, Альпы, Штаты.
    return slots(w, [s1 + 'ов', s1, s1 + 'ей'], s1 + 'ам', w, s1 + 'ами', s1 + 'ах');
  }
  if (/[аеёиоуыэюя]$/.test(lower)) return slots(w, w, w, w, w, w); // Токио, Чили, Баку, Осло
  // Fleeting vowel: Египет → Египта (given as an alternative stem only for -ец/-ок/-ек).
  const ins = HUSH.test(lower) ? [w + 'ем', w + 'ом'] : [w + 'ом'];
  const forms = slots(w, w + 'а', w + 'у', [w, w + 'а'], ins, [w + 'е', w + 'у']);
  if (/(?:ец|ок|ёк)$/.test(lower)) {
    const st = w.slice(0, -2) + w.slice(-1);
    forms[1]!.push(st + 'а');
    forms[2]!.push(st + 'у');
    forms[4]!.push(st + 'ом', st + 'ем');
    forms[5]!.push(st + 'е');
  }
  return forms;
}

/** Belarusian noun. */
function beNoun(w: string): Slots {
  const lower = w.toLowerCase();
  const s1 = w.slice(0, -1);
  const s2 = w.slice(0, -2);
  if (/ія$/.test(lower)) return slots(w, s2 + 'іі', s2 + 'іі', s2 + 'ію', s2 + 'іяй', s2 + 'іі');
  if (/[ая]$/.test(lower) && w.length > 2) {
    const soft = lower.endsWith('я');
    return slots(w, [s1 + 'ы', s1 + 'і'], [s1 + 'е', s1 + 'ы', s1 + 'і', s1 + 'зе', s1 + 'цы'], s1 + (soft ? 'ю' : 'у'), [s1 + 'ай', s1 + 'ой', s1 + 'яй', s1 + 'ёй'], [s1 + 'е', s1 + 'ы', s1 + 'і', s1 + 'зе', s1 + 'цы']);
  }
  if (/ў$/.test(lower)) return slots(w, s1 + 'ва', s1 + 'ву', w, [s1 + 'вам', s1 + 'вым'], [s1 + 'ве', s1 + 'ву']);
  if (/[ьй]$/.test(lower)) return slots(w, [s1 + 'я', s1 + 'і'], [s1 + 'ю', s1 + 'і'], w, [s1 + 'ем', s1 + 'ём', s1 + 'ю'], [s1 + 'і', s1 + 'ю']);
  if (/[аеёіоуыэюя]$/.test(lower)) return slots(w, w, w, w, w, w);
  return slots(w, [w + 'а', w + 'у'], w + 'у', [w, w + 'а'], [w + 'ам', w + 'ом'], [w + 'е', w + 'у', w.slice(0, -1) + 'це', w.slice(0, -1) + 'зе']);
}

function ruAdj(w: string): Slots | null {
  const lower = w.toLowerCase();
  const s = w.slice(0, -2);
  if (lower.endsWith('ая')) return slots(w, s + 'ой', s + 'ой', s + 'ую', [s + 'ой', s + 'ою'], s + 'ой');
  if (lower.endsWith('яя')) return slots(w, s + 'ей', s + 'ей', s + 'юю', s + 'ей', s + 'ей');
  if (lower.endsWith('ый') || lower.endsWith('ой')) return slots(w, s + 'ого', s + 'ому', [w, s + 'ого'], s + 'ым', s + 'ом');
  if (lower.endsWith('ий')) {
    if (VELAR_HUSH.test(s.toLowerCase())) return slots(w, [s + 'ого', s + 'его'], [s + 'ому', s + 'ему'], [w, s + 'ого'], s + 'им', [s + 'ом', s + 'ем']);
    return slots(w, s + 'его', s + 'ему', [w, s + 'его'], s + 'им', s + 'ем');
  }
  if (lower.endsWith('ое')) return slots(w, s + 'ого', s + 'ому', w, s + 'ым', s + 'ом');
  if (lower.endsWith('ее')) return slots(w, s + 'его', s + 'ему', w, s + 'им', s + 'ем');
  if (lower.endsWith('ые')) return slots(w, s + 'ых', s + 'ым', [w, s + 'ых'], s + 'ыми', s + 'ых');
  if (lower.endsWith('ие')) return slots(w, s + 'их', s + 'им', [w, s + 'их'], s + 'ими', s + 'их');
  return null;
}

function beAdj(w: string): Slots | null {
  const lower = w.toLowerCase();
  const s = w.slice(0, -2);
  if (lower.endsWith('ая')) return slots(w, s + 'ай', s + 'ай', s + 'ую', s + 'ай', s + 'ай');
  if (lower.endsWith('ыя') || lower.endsWith('ія')) return slots(w, s + lower[lower.length - 2] + 'х', s + lower[lower.length - 2] + 'м', w, s + lower[lower.length - 2] + 'мі', s + lower[lower.length - 2] + 'х');
  if (lower.endsWith('ы') || lower.endsWith('і')) {
    const t = w.slice(0, -1);
    return slots(w, t + 'ага', t + 'аму', [w, t + 'ага'], [t + 'ым', t + 'ім'], [t + 'ым', t + 'ім']);
  }
  if (lower.endsWith('ае')) return slots(w, s + 'ага', s + 'аму', w, [s + 'ым', s + 'ім'], [s + 'ым', s + 'ім']);
  return null;
}

function isAdjective(w: string, lang: 'ru' | 'be'): boolean {
  const lower = w.toLowerCase();
  return lang === 'ru' ? /(?:ая|яя|ый|ий|ой|ое|ее|ые|ие)$/.test(lower) && lower.length > 4 : /(?:ая|ыя|ія|ае)$/.test(lower) && lower.length > 4;
}

/**
 * Every case form of a (possibly multi-word) name. Words after the first noun stay as they are
 * (Республика Беларусь → Республики Беларусь; Санкт-Петербург declines as one word).
 */
export function caseForms(name: string, lang: 'ru' | 'be'): string[] {
  const words = name.split(' ');
  const parts: Slots[] = [];
  let headSeen = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const last = i === words.length - 1;
    if (headSeen || /[\d.«»"]/.test(w) || w.length < 2) {
      parts.push(slots(w, w, w, w, w, w));
      continue;
    }
    const adj = !last && isAdjective(w, lang) ? (lang === 'ru' ? ruAdj(w) : beAdj(w)) : null;
    if (adj) {
      parts.push(adj);
      continue;
    }
    // Hyphenated names decline on the last part only (Санкт-Петербурга, Нью-Йорке).
    const dash = w.lastIndexOf('-');
    if (dash > 0) {
      const head = w.slice(0, dash + 1);
      parts.push((lang === 'ru' ? ruNoun(w.slice(dash + 1)) : beNoun(w.slice(dash + 1))).map((c) => c.map((f) => head + f)));
    } else parts.push(lang === 'ru' ? ruNoun(w) : beNoun(w));
    headSeen = true;
  }
  const out = new Set<string>();
  for (let c = 0; c < 6; c++) {
    let acc: string[] = [''];
    for (const p of parts) {
      const next: string[] = [];
      for (const a of acc) for (const f of p[c]!) next.push(a ? `${a} ${f}` : f);
      acc = next;
    }
    for (const a of acc) out.add(a);
  }
  return [...out];
}
