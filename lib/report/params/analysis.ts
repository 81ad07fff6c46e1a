// The facts each finding of what the analysis could not do (input, edge, DNS, time) carries: its params,
// rendered into words by the catalogs (lib/i18n/en, lib/i18n/fr). Facts, never sentences.
import type { InputProblem } from '../../message/check-input';
import type { CutShortSign } from '../../message/looks-cut-short';
import type { CheckName } from './check-name';

export interface AnalysisParams {
  'input.not-email': { problem: InputProblem };
  /** `hops`: how many Received fields there are (0: none at all; more: all inside one system). */
  'edge.not-found': { hops: number };
  /** `receiverDecides`: the receiver recorded a definite result, which the verdict follows. */
  'dns.offline': { receiverDecides: boolean };
  'dns.unavailable': { cause: 'cancelled' } | { cause: 'unreachable'; queries: number; resolver: string };
  /** `error`: the program's own error ("TypeError: ..."), as thrown; not translated. */
  'analysis.fault': { error: string };
  /** The checks the deadline stopped, each named once; `limitMs` the deadline. */
  'analysis.time-limit': { checks: CheckName[]; limitMs: number | null };
  'input.incomplete': { sign: CutShortSign };
}
