// The facts each finding of DMARC (recommendation 4) carries: its params, rendered into words by the
// catalogs (lib/i18n/en, lib/i18n/fr). Facts, never sentences.
import type { LegacyText } from './legacy';

export interface DmarcParams {
  'dmarc.pass': LegacyText;
  'dmarc.none': LegacyText;
  'dmarc.fail': LegacyText;
  'dmarc.temperror': LegacyText;
  'dmarc.permerror': LegacyText;
}
