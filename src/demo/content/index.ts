/**
 * What the synthetic letters say, per language and kind. Fragments call the Writer for every name,
 * place, organisation, date and piece of contact data, so the truth file's spans are exact; they
 * declare a flag only in the fragment whose text expresses it.
 */
import type { TextLang } from '../../language/types.js';
import type { LanguageContent } from '../types.js';
import { BE } from './be/index.js';
import { RU } from './ru/index.js';

export const CONTENT: Record<TextLang, LanguageContent> = { ru: RU, be: BE };
