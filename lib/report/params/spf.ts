// The facts each finding of SPF (recommendations 3 and 4) carries: its params, rendered into words by the
// catalogs (lib/i18n/en, lib/i18n/fr). Facts, never sentences.
import type { LegacyText } from './legacy';

export interface SpfParams {
  'spf.pass': LegacyText;
  'spf.none': LegacyText;
  'spf.neutral': LegacyText;
  'spf.softfail': LegacyText;
  'spf.fail': LegacyText;
  'spf.permerror': LegacyText;
  'spf.temperror': LegacyText;
}
