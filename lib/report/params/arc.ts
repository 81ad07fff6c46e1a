// The facts each finding of ARC and forwarding (recommendation 5) carries: its params, rendered into words by the
// catalogs (lib/i18n/en, lib/i18n/fr). Facts, never sentences.
import type { LegacyText } from './legacy';

export interface ArcParams {
  'arc.pass': LegacyText;
  'arc.fail': LegacyText;
  'arc.none': LegacyText;
  'arc.temperror': LegacyText;
  'forwarding.detected': LegacyText;
}
