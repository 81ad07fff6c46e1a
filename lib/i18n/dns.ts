// The words of what the DNS layer refuses before any query: a zone file (--zone, the what-if overlay) and a
// resolver choice (--resolver, the options page's custom URL). lib/dns returns these problems as data.
import type { ResolverProblem } from '../dns/create-resolver';
import type { ZoneProblem } from '../dns/zone';
import type { Format } from './format';

/** A zone file the CLI could not even parse as a zone: unreadable, or not JSON. */
export type ZoneFileProblem =
  | ZoneProblem
  /** The file could not be read; `code` is the system's error code (ENOENT, EACCES, ...). */
  | { kind: 'unreadable'; code: string }
  /** JSON.parse refused the text; `detail` is its own message (the position of the error). */
  | { kind: 'not-json'; detail: string };

export interface DnsSetupTexts {
  zoneProblem: (problem: ZoneFileProblem) => string;
  resolverProblem: (problem: ResolverProblem, format: Format) => string;
}
