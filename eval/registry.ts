/** Every evaluation `npm run eval` runs, by name (`npm run eval -- NAME` runs one). */
import { campaignsEval } from './campaigns.js';
import { entitiesEval } from './entities.js';
import { kindsEval } from './kinds.js';
import { langidEval } from './langid.js';
import { piiEval } from './pii.js';
import { retrievalEval } from './retrieval.js';
import { sourcesEval } from './sources.js';
import { stemEval } from './stem.js';
import { trainEval } from './train.js';
import { translitEval } from './translit.js';
import type { Evaluation } from './table.js';

export const evaluations: Record<string, Evaluation> = {
  stem: stemEval,
  langid: langidEval,
  translit: translitEval,
  sources: sourcesEval,
  retrieval: retrievalEval,
  entities: entitiesEval,
  kinds: kindsEval,
  pii: piiEval,
  train: trainEval,
  campaigns: campaignsEval,
};
