/** Grammatical case. `loc` is the Russian prepositional / Belarusian locative ("в Могилёве", "у Магілёве"). */
export type Case = 'nom' | 'gen' | 'dat' | 'acc' | 'ins' | 'loc';
export const CASES: readonly Case[] = ['nom', 'gen', 'dat', 'acc', 'ins', 'loc'];

/** The two languages the letters are written in. */
export type TextLang = 'ru' | 'be';

export type Gender = 'm' | 'f';

/** A word or phrase in every case. */
export type Paradigm = Record<Case, string>;

/** How a person's name is written. */
export type NameForm =
  | 'full' // Иванов Иван Иванович (official order, as in a "Заявление" header)
  | 'natural' // Иван Иванович Иванов
  | 'initials' // Иванов И.И.
  | 'initials_first' // И.И. Иванов
  | 'first_patronymic' // Иван Иванович
  | 'first_surname' // Иван Иванов
  | 'surname'; // Иванов

/** A person's name in one language, each part in every case; an empty patronymic means none. */
export interface NameParts {
  first: Paradigm;
  patronymic: Paradigm;
  surname: Paradigm;
}
