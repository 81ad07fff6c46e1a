// The facts each finding of PTR (Zendesk recommendation 1) carries: its params, rendered into words by the
// catalogs (lib/i18n/en, lib/i18n/fr). Facts, never sentences.
import type { LegacyText } from './legacy';

export interface PtrParams {
  'ptr.pass': LegacyText;
  'ptr.missing': LegacyText;
  'ptr.generic': LegacyText;
  'ptr.unconfirmed': LegacyText;
  'ptr.foreign-domain': LegacyText;
  'ptr.temperror': LegacyText;
}
