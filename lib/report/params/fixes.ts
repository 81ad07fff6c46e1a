// The facts each kind of fix carries, rendered into its description by the catalogs. The fix's `text`
// (the record or name to copy) is the same in every language; only the description is words.
import type { LegacyFixText } from './legacy';

export interface FixParams {
  'spf-record': LegacyFixText;
  'dmarc-record': LegacyFixText;
  'ptr-record': LegacyFixText;
  /** `text` is the name to greet with, mail.<domain>. */
  'helo-name': { domain: string; connectingIp: string | null };
  'dkim-key': LegacyFixText;
  /** `text` is the header line to send (Reply-To: <visitor address from the form>). */
  'header': { field: 'reply-to' };
  'arc-sealing': LegacyFixText;
}
