// The facts each finding of header fields and domains (web forms and scripts, messages that are not trusted) carries: its params, rendered into words by the
// catalogs (lib/i18n/en, lib/i18n/fr). Facts, never sentences.
import type { LegacyText } from './legacy';

export interface HeadersParams {
  'header.missing': LegacyText;
  'header.malformed': LegacyText;
  'domain.nonexistent': LegacyText;
  'webform.detected': LegacyText;
}
