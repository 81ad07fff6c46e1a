// What a forwarder says it saw at its hop (RFC 8617 §4.1.1), read with the shared Authentication-Results
// parser and summarised as the spf, dkim and dmarc results a report shows per ARC instance.
import type { AuthResultCode } from '../../headers/auth-result-code';
import { parseArcAuthenticationResults } from '../../headers/parse-arc-authentication-results';
import type { AuthMethodResult, AuthResultsProblem } from '../../headers/parse-authentication-results';

type Result = AuthResultCode | 'unknown';

export interface ArcAuthenticationResults {
  authservId: string | null;
  /** The first spf and dmarc results; null when the hop wrote none. */
  spf: Result | null;
  dmarc: Result | null;
  /** Every dkim result with its header.d. */
  dkim: { result: Result; domain: string | null }[];
  /** Everything the hop wrote, for the detail view. */
  methods: AuthMethodResult[];
  /** What the parser could not read, in words: English in the Report, worded from `unreadable` (lib/i18n/arc-messages.ts). */
  problems: string[];
  /** What the parser could not read, as facts (schema 4). */
  unreadable: AuthResultsProblem[];
}

/** `value` is the field value after the colon, "i=N;" included. */
export function readArcAuthenticationResults(value: string): ArcAuthenticationResults {
  const { results } = parseArcAuthenticationResults(value);
  const first = (name: string) => results.methods.find((entry) => entry.method === name)?.result ?? null;
  return {
    authservId: results.authservId,
    spf: first('spf'),
    dmarc: first('dmarc'),
    dkim: results.methods
      .filter((entry) => entry.method === 'dkim')
      .map((entry) => ({ result: entry.result, domain: entry.properties.find((property) => property.ptype === 'header' && property.property === 'd')?.value ?? null })),
    methods: results.methods,
    // Worded when the Report is assembled, from the facts.
    problems: [],
    unreadable: results.problems,
  };
}
