// The words of `mailtrust spf`'s human output (lib/cli/spf-command.ts); the SPF trace's own terms and
// records are the DNS's, shown as they are.
import type { SpfResult } from '../auth/spf';
import type { Format } from './format';

export interface SpfCommandTexts {
  /** "SPF pass for alice@example.com from 192.0.2.1". */
  heading: (result: SpfResult['result'], sender: string, ip: string) => string;
  matched: (term: string, domain: string) => string;
  matchedNothing: string;
  /** Labels before a value: "reason", "explanation", "trace". */
  reason: string;
  explanation: string;
  trace: string;
  /** RFC 7208 §4.6.4: the two limits, 10 DNS-querying terms and 2 void lookups. */
  limits: (lookups: number, voidLookups: number, format: Format) => string;
  noRecord: string;
}
