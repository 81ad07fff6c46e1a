// The facts each finding of DKIM (recommendation 4) carries: its params, rendered into words by the
// catalogs (lib/i18n/en, lib/i18n/fr). Facts, never sentences.
import type { LegacyText } from './legacy';

export interface DkimParams {
  'dkim.pass': LegacyText;
  'dkim.none': LegacyText;
  'dkim.fail': LegacyText;
  'dkim.key-missing': LegacyText;
  'dkim.weak-key': LegacyText;
  'dkim.unaligned': LegacyText;
  'dkim.body-unchecked': LegacyText;
  'dkim.permerror': LegacyText;
  'dkim.temperror': LegacyText;
  'dkim.sha1': LegacyText;
}
