// The analysis deadline (AnalyzeOptions.deadlineMs): a resolver that never answers, or a message naming
// hundreds of domains, must not hold the report back without end. When the time is up, what has not
// finished is "not checked: time limit", and the verdict says unknown rather than guessing.
import { notChecked } from './not-checked';
import type { StaticPart } from './read-static';
import { dkimNotChecked } from './run-checks';
import type { CheckState } from './types';

export const DEFAULT_DEADLINE_MS = 20_000;

/** True when the checks finished in time; a check that throws still rejects (analyze turns it into a fault report). */
export async function withinDeadline(checks: Promise<void>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  // Once the deadline won, a later failure of the abandoned checks must not surface as an unhandled rejection.
  checks.catch(() => undefined);
  try {
    return await Promise.race([checks.then(() => true as const), expired]);
  } finally {
    clearTimeout(timer);
  }
}

export function markPendingAsTimedOut(part: StaticPart, state: CheckState, ms: number): void {
  const timedOut = notChecked({ reason: 'time-limit', limitMs: ms });
  const pending = <T extends object>(slot: T) => 'result' in slot && slot.result === 'pending';
  for (const hop of state.hops) {
    if (pending(hop.iprev)) hop.iprev = timedOut;
    if (pending(hop.helo)) hop.helo = timedOut;
    if (pending(hop.spf)) hop.spf = timedOut;
  }
  if (pending(state.dmarc)) state.dmarc = timedOut;
  if (pending(state.arc)) state.arc = timedOut;
  if (pending(state.domains)) state.domains = timedOut;
  if (!(state.dkim instanceof Array)) state.dkim = dkimNotChecked(part, timedOut);
}
