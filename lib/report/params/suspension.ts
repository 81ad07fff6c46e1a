// The facts each finding of suspension causes (automated, system, noreply, spam, loops) carries: its params, rendered into words by the
// catalogs (lib/i18n/en, lib/i18n/fr). Facts, never sentences.
import type { LegacyText } from './legacy';

export interface SuspensionParams {
  'auto.reply': LegacyText;
  'auto.bounce': LegacyText;
  'system.sender': LegacyText;
  'recipient.noreply': LegacyText;
  'auto.out-of-office': LegacyText;
  'spam.flagged': LegacyText;
  'mail.loop': LegacyText;
}
