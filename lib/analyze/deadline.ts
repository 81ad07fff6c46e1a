// The analysis deadline (AnalyzeOptions.deadlineMs): a resolver that never answers, or a message naming
// hundreds of domains, must not hold the report back without end. When the time is up, what has not
// finished is "not checked: time limit", and the verdict says unknown rather than guessing.
import type { NotChecked } from '../report/types';
import { isPending } from './check-module';
import { notChecked } from './not-checked';
import type { StaticPart } from './read-static';
import { HOP_CHECKS, MESSAGE_CHECKS } from './registry';
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
  const timedOut: NotChecked = notChecked({ reason: 'time-limit', limitMs: ms });
  for (const hop of state.hops) {
    for (const check of HOP_CHECKS) if (isPending(hop.checks[check.name])) hop.checks[check.name] = timedOut;
  }
  for (const check of MESSAGE_CHECKS) {
    if (!isPending(state.checks[check.name])) continue;
    setSlot(state, check.name, check.timedOut ? check.timedOut(part, timedOut) : timedOut);
  }
}

function setSlot<N extends keyof CheckState['checks']>(state: CheckState, name: N, slot: CheckState['checks'][N]): void {
  state.checks[name] = slot;
}
