// Arrival and today (design notes, "Time"): the headline answers "why was this message treated this
// way?". Where the edge receiver's trusted Authentication-Results recorded an outcome that today's
// re-check contradicts, the recorded outcome is the message's at arrival: the re-check's findings for
// that method give way to it. When today's re-check alone would judge differently, verdict.today says so.
import type { ThenAndNow } from '../report/types';
import { decideVerdict } from './decide-verdict';
import type { JudgedFinding, VerdictOutcome } from './types';

// The findings each compared method's re-check produces (ThenAndNow.method to finding-id prefix).
const FINDINGS_OF: Record<ThenAndNow['method'], string> = { spf: 'spf.', dkim: 'dkim.', dmarc: 'dmarc.', arc: 'arc.', iprev: 'ptr.' };

export interface ArrivalEvidence {
  /** The re-check's findings, as they read today. */
  today: readonly JudgedFinding[];
  /** The same findings read beside the receiver's recorded DMARC outcome (what sits beside a pass is information). */
  atArrival: readonly JudgedFinding[];
  /** The receiver's own outcome on arrival (receiver.authenticated / receiver.auth-failed). */
  recorded: readonly JudgedFinding[];
}

/** The recorded outcome replaces only the methods whose re-check now differs from what the receiver saw. */
export function decideArrivalAndToday(evidence: ArrivalEvidence, thenAndNow: readonly ThenAndNow[]): VerdictOutcome {
  const { recorded } = evidence;
  const today = decideVerdict(evidence.today);
  const changed = thenAndNow.filter((row) => row.differs);
  if (changed.length === 0 || recorded.length === 0) return today;
  const replaced = new Set(changed.map((row) => FINDINGS_OF[row.method]));
  // The receiver's DMARC outcome stands for the whole authentication it recorded on arrival.
  replaced.add(FINDINGS_OF.dmarc);
  const atArrival = [...evidence.atArrival.filter((finding) => ![...replaced].some((prefix) => finding.id.startsWith(prefix))), ...recorded];
  const arrival = decideVerdict(atArrival);
  if (arrival.level === today.level) return arrival;
  return { ...arrival, today: { level: today.level, reasons: today.reasons, changed } };
}
