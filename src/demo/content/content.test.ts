/**
 * Every fragment of every kind and language, run through the real engine (sampleScenario + the
 * real Writer) under several dates, lengths and seeds. What it guards: text that reads as a letter
 * (no "undefined", no stray Latin, no Russian letters in Belarusian and back, у/ў after vowels),
 * truth that matches the text (designated-org flag iff such an org is written, names_others iff a
 * private person is named), and history (no 2020 protests before the election, no organisation or
 * figure before it existed, no date after the letter).
 */
import { describe, expect, it } from 'vitest';
import { KINDS, type EntitySpan, type Flag, type Kind, type PiiSpan } from '../../core/record.js';
import type { TextLang } from '../../language/types.js';
import { existedAt, isDesignated, ORGS } from '../lexicon/orgs.js';
import { FIGURES, figureKnownAt } from '../lexicon/figures.js';
import { createRng } from '../rng.js';
import { sampleScenario } from '../scenario.js';
import type { Fragment, LetterLength, Scenario } from '../types.js';
import { writeFragments } from '../writer.js';
import { CONTENT } from './index.js';

const LANGS: readonly TextLang[] = ['ru', 'be'];
const PARTS = ['openings', 'bodies', 'closings'] as const;
type Part = (typeof PARTS)[number];

const DATES = ['2014-11-20', '2017-04-02', '2019-12-25', '2020-08-20', '2020-11-30', '2021-07-01', '2022-03-15', '2023-06-01'].map((d) => new Date(`${d}T09:30:00Z`));
const LENGTHS: readonly LetterLength[] = ['line', 'short', 'long'];
const ELECTION = Date.UTC(2020, 7, 9);

interface Run {
  lang: TextLang;
  kind: Kind;
  part: Part;
  index: number;
  scenario: Scenario;
  text: string;
  flags: Flag[];
  pii: PiiSpan[];
  entities: EntitySpan[];
}

function datesFor(kind: Kind): Date[] {
  // The engine sends self-denunciations only from 2021 on.
  return kind === 'self_denunciation' ? DATES.filter((d) => d.getUTCFullYear() >= 2021) : DATES;
}

function runAll(): Run[] {
  const runs: Run[] = [];
  let seed = 1;
  for (const lang of LANGS) {
    for (const kind of KINDS) {
      for (const part of PARTS) {
        const fragments: readonly Fragment[] = CONTENT[lang][kind][part];
        fragments.forEach((fragment, index) => {
          for (const date of datesFor(kind)) {
            for (const length of LENGTHS) {
              seed++;
              const scenario: Scenario = { ...sampleScenario(createRng(seed), kind, lang, date), length };
              const out = writeFragments(scenario, createRng(seed * 7919), [fragment]);
              runs.push({ lang, kind, part, index, scenario, ...out });
            }
          }
        });
      }
    }
  }
  return runs;
}

const RUNS = runAll();

/** The text with every entity and personal-data span blanked out, offsets kept. */
function outsideSpans(r: Run): string {
  const chars = [...r.text];
  // Spans are UTF-16 offsets; the letters used here are all in the BMP, so indices coincide.
  for (const sp of [...r.entities, ...r.pii]) for (let i = sp.start; i < sp.end; i++) chars[i] = '#';
  return chars.join('');
}

function where(r: Run): string {
  return `${r.lang}/${r.kind}/${r.part}[${r.index}] ${r.scenario.date.toISOString().slice(0, 10)} ${r.scenario.length}: ${r.text}`;
}

const PUNCT = String.raw`\s\d.,!?:;«»„“"()\-–—+/№…%*'’`;
const RU_ALLOWED = new RegExp(`^[А-Яа-яЁё${PUNCT}#]*$`, 'u');
const BE_ALLOWED = new RegExp(`^[А-Яа-яЁёІіЎў${PUNCT}#]*$`, 'u');

describe('letter content', () => {
  it('has enough of everything in both languages', () => {
    const counts = Object.fromEntries(
      LANGS.map((lang) => [lang, Object.fromEntries(KINDS.map((k) => [k, { openings: CONTENT[lang][k].openings.length, bodies: CONTENT[lang][k].bodies.length, closings: CONTENT[lang][k].closings.length, subjects: CONTENT[lang][k].subjects.length }]))]),
    );
    for (const kind of KINDS) {
      expect(counts.ru[kind].openings, `ru ${kind} openings`).toBeGreaterThanOrEqual(8);
      expect(counts.ru[kind].bodies, `ru ${kind} bodies`).toBeGreaterThanOrEqual(15);
      expect(counts.ru[kind].closings, `ru ${kind} closings`).toBeGreaterThanOrEqual(8);
      expect(counts.be[kind].openings, `be ${kind} openings`).toBeGreaterThanOrEqual(5);
      expect(counts.be[kind].bodies, `be ${kind} bodies`).toBeGreaterThanOrEqual(8);
      expect(counts.be[kind].closings, `be ${kind} closings`).toBeGreaterThanOrEqual(5);
      for (const lang of LANGS) expect(counts[lang][kind].subjects, `${lang} ${kind} subjects`).toBeGreaterThanOrEqual(5);
    }
  });

  it('writes non-empty text with no leaked placeholders', () => {
    const bad = RUNS.filter((r) => r.text.trim() === '' || /undefined|\[object|NaN|null/.test(r.text));
    expect(bad.map(where)).toEqual([]);
  });

  it('writes clean punctuation and spacing', () => {
    const bad = RUNS.filter((r) => /[^.]\.\.(?!\.)|  |\s[,.!?:;]|,,|^\s|\s$/.test(r.text));
    expect(bad.map(where)).toEqual([]);
  });

  it('uses only the letters of its language outside names, places and contact data', () => {
    const bad = RUNS.filter((r) => !(r.lang === 'ru' ? RU_ALLOWED : BE_ALLOWED).test(outsideSpans(r)));
    expect(bad.map(where)).toEqual([]);
  });

  it('keeps Russian-only letters out of Belarusian and Belarusian-only letters out of Russian', () => {
    const be = RUNS.filter((r) => r.lang === 'be' && /[ищъИЩЪ]/.test(outsideSpans(r)));
    const ru = RUNS.filter((r) => r.lang === 'ru' && /[іўІЎ]/.test(outsideSpans(r)));
    expect([...be, ...ru].map(where)).toEqual([]);
  });

  it('writes Belarusian ў after a vowel and у after a consonant', () => {
    const afterVowel = /[аеёіоуыэюя] у/iu;
    const afterConsonant = /[бвгджзйклмнпрстфхцчшўь] ў/iu;
    const bad = RUNS.filter((r) => r.lang === 'be' && (afterVowel.test(outsideSpans(r)) || afterConsonant.test(outsideSpans(r))));
    expect(bad.map(where)).toEqual([]);
  });

  it('flags a designated organisation exactly when one is written', () => {
    const bad = RUNS.filter((r) => {
      const written = r.entities.some((e) => e.type === 'ORG' && isDesignated(e.id.replace(/^org:/, '')));
      return written !== r.flags.includes('mentions_designated_org');
    });
    expect(bad.map(where)).toEqual([]);
  });

  it('flags names_others only when a private person other than the sender is named', () => {
    const bad = RUNS.filter((r) => {
      if (!r.flags.includes('names_others')) return false;
      const others = new Set([...r.scenario.others, r.scenario.official].map((p) => `person:${p.id}`));
      return !r.entities.some((e) => e.type === 'PER' && others.has(e.id));
    });
    expect(bad.map(where)).toEqual([]);
  });

  it('names someone in every denunciation body', () => {
    const bad = RUNS.filter((r) => r.kind === 'denunciation' && r.part === 'bodies' && !r.flags.includes('names_others'));
    expect(bad.map(where)).toEqual([]);
  });

  it('knows nothing of the 2020 protests before election day', () => {
    const bad = RUNS.filter((r) => r.scenario.date.getTime() < ELECTION && (r.flags.includes('mentions_2020_protests') || /августе 2020|жніўні 2020|2020-[гм]/.test(r.text)));
    expect(bad.map(where)).toEqual([]);
  });

  it('never names an organisation or figure before it existed, nor a date after the letter', () => {
    const figureIds = new Set(FIGURES.map((f) => `person:${f.id}`));
    const movementIds = new Set(ORGS.filter((o) => ['movement', 'media', 'party', 'foreign'].includes(o.type)).map((o) => `org:${o.id}`));
    const bad = RUNS.filter((r) =>
      r.entities.some((e) => {
        if (e.type === 'DATE') return Date.parse(e.id.replace(/^date:/, '')) > r.scenario.date.getTime();
        if (e.type === 'ORG' && movementIds.has(e.id)) return !existedAt(e.id.replace(/^org:/, ''), r.scenario.date);
        if (e.type === 'PER' && figureIds.has(e.id)) return !figureKnownAt(e.id.replace(/^person:/, ''), r.scenario.date);
        return false;
      }),
    );
    expect(bad.map(where)).toEqual([]);
  });

  it('has self-denunciations that recant, pledge loyalty, fear dismissal, ask protection and name others, in both languages', () => {
    for (const lang of LANGS) {
      const flags = new Set(RUNS.filter((r) => r.lang === lang && r.kind === 'self_denunciation').flatMap((r) => r.flags));
      expect([...flags].sort(), lang).toEqual(expect.arrayContaining(['fear_of_dismissal', 'loyalty_pledge', 'mentions_2020_protests', 'names_others', 'recantation', 'requests_protection']));
    }
  });

  it('never turns an appeal into a recantation, even when the relative "made a mistake"', () => {
    const mistakes = RUNS.filter((r) => r.kind === 'appeal' && /оступил|осознал|аступіў|аступіл|усвядомі/iu.test(r.text));
    for (const lang of LANGS) expect(mistakes.some((r) => r.lang === lang), lang).toBe(true);
    const bad = RUNS.filter((r) => r.kind === 'appeal' && r.flags.includes('recantation'));
    expect(bad.map(where)).toEqual([]);
  });

  it('has appeals for a relative detained at the 2020 protests, in both languages', () => {
    for (const lang of LANGS) {
      const found = RUNS.some((r) => r.lang === lang && r.kind === 'appeal' && r.flags.includes('mentions_2020_protests') && r.entities.some((e) => e.id === `person:${r.scenario.relative.id}`));
      expect(found, lang).toBe(true);
    }
  });

  it('treats "простите за беспокойство" as politeness, never as recantation', () => {
    const polite = RUNS.filter((r) => /простите за беспокойство|прабачце за турботу/iu.test(r.text));
    expect(new Set(polite.map((r) => r.kind)).size).toBeGreaterThanOrEqual(4);
    const bad = polite.filter((r) => r.flags.includes('recantation'));
    expect(bad.map(where)).toEqual([]);
  });
});
