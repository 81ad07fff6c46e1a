// The facts each finding of what the receiver recorded on arrival, then and now carries: its params, rendered into words by the
// catalogs (lib/i18n/en, lib/i18n/fr). Facts, never sentences.
import type { LegacyText } from './legacy';

export interface ReceiverParams {
  'drift.auth': LegacyText;
  'receiver.authenticated': LegacyText;
  'receiver.auth-failed': LegacyText;
  'receiver.not-zendesk': LegacyText;
}
