// The one constructor of a check that did not run: its reason and facts, and the Report's English sentence
// rendered from them by the catalog (the pages render it again in their language, lib/i18n/path.ts).
import { catalogFor } from '../i18n/render';
import { formatFor } from '../i18n/format';
import type { NotChecked, NotCheckedFacts } from '../report/types';

const ENGLISH = catalogFor('en');

export function notChecked(facts: NotCheckedFacts): NotChecked {
  return { result: 'not-checked', ...facts, message: ENGLISH.path.notChecked(facts, formatFor('en')) };
}
