import type { LanguageContent } from '../../types.js';
import { appeal } from './appeal.js';
import { complaint } from './complaint.js';
import { denunciation } from './denunciation.js';
import { gratitude } from './gratitude.js';
import { other } from './other.js';
import { selfDenunciation } from './selfDenunciation.js';
import { statement } from './statement.js';

export const BE: LanguageContent = {
  complaint,
  appeal,
  statement,
  denunciation,
  self_denunciation: selfDenunciation,
  gratitude,
  other,
};
