// The facts each finding of suspension causes (automated, system, noreply, spam, loops) carries: its
// params, rendered into words by the catalogs (lib/i18n/en, lib/i18n/fr). Facts, never sentences.

export interface SuspensionParams {
  /** `sign`: RFC 3834 headers (Auto-Submitted, X-Autoreply, Precedence), or only a null reverse-path "<>". */
  'auto.reply': { sign: 'auto-headers' | 'null-reverse-path' };
  'auto.bounce': Record<string, never>;
  'system.sender': { address: string };
  'recipient.noreply': { address: string };
  'auto.out-of-office': { subject: string };
  'spam.flagged': Record<string, never>;
  'mail.loop': { received: number; limit: number };
}
