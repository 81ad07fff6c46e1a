// English words of the path and input as the pages show them: why a check did not run.
import type { NotCheckedFacts } from '../../report/types';
import type { Format } from '../format';
import { seconds } from './shared';

const HOP = { edge: 'edge', origin: 'origin' } as const;

export function notChecked(facts: NotCheckedFacts, format: Format): string {
  switch (facts.reason) {
    case 'offline':
      return 'Offline mode: no DNS query was made.';
    case 'no-edge-hop':
      return 'No Received hop from outside the receiving system was found, so there is no sending IP or HELO to check.';
    case 'no-ip':
      return facts.hop ? `The ${HOP[facts.hop]} hop does not state the sending IP.` : 'The hop does not state the sending IP.';
    case 'no-helo':
      return facts.hop ? `The ${HOP[facts.hop]} hop does not state the HELO name.` : 'The hop does not state the HELO name.';
    case 'no-domain':
      return 'There is no From domain to check.';
    case 'headers-missing':
      return 'The header fields this check needs are not in the input.';
    case 'aborted':
      return 'The analysis was cancelled before this check.';
    case 'limit':
      return facts.limit === undefined ? 'Beyond the number of DKIM signatures one analysis checks.' : `Only the first ${format.number(facts.limit)} DKIM signatures are checked.`;
    case 'time-limit':
      return facts.limitMs === undefined ? 'not checked: time limit' : `not checked: time limit (${seconds(facts.limitMs, format)})`;
    case 'unavailable':
      return 'The analysis stopped before this check.';
  }
}
