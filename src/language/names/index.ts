/**
 * Russian and Belarusian personal names: the lists a synthetic letter draws its people from, and the
 * inflection that puts them in every case the way a native writer would.
 */
export { GIVEN_NAMES, type GivenName } from './given.js';
export { SURNAMES, type Surname } from './surnames.js';
export { inflectFirst, inflectPatronymic, inflectSurname, patronymic, personName } from './inflect.js';
