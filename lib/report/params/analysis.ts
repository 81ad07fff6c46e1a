// The facts each finding of what the analysis could not do (input, edge, DNS, time) carries: its params, rendered into words by the
// catalogs (lib/i18n/en, lib/i18n/fr). Facts, never sentences.
import type { LegacyText } from './legacy';

export interface AnalysisParams {
  'input.not-email': LegacyText;
  'edge.not-found': LegacyText;
  'dns.offline': LegacyText;
  'dns.unavailable': LegacyText;
  'analysis.fault': LegacyText;
  'analysis.time-limit': LegacyText;
  'input.incomplete': LegacyText;
}
