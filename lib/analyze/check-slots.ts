// Walks the checks' slots in registry order: what the progress counts, the pending list, the deadline
// and the "nothing could be checked" test read, whatever checks there are.
import type { CheckName } from '../report/types';
import { isPending } from './check-module';
import { HOP_CHECKS, MESSAGE_CHECKS } from './registry';
import type { CheckState } from './types';

export interface SlotEntry {
  name: CheckName;
  hop?: 'edge' | 'origin';
  slot: object;
}

/** Every slot: each hop check for each hop, then each message check. */
export function eachSlot(state: Readonly<CheckState>): SlotEntry[] {
  const hopSlots = HOP_CHECKS.flatMap((check) => state.hops.map((hop): SlotEntry => ({ name: check.name, hop: hop.hop, slot: hop.checks[check.name] })));
  return [...hopSlots, ...MESSAGE_CHECKS.map((check): SlotEntry => ({ name: check.name, slot: state.checks[check.name] }))];
}

/** How many checks will report progress: one per pending slot. */
export function countPending(state: Readonly<CheckState>): number {
  return eachSlot(state).filter((entry) => isPending(entry.slot)).length;
}

/** The checks still waiting for DNS, each named once, in registry order. */
export function pendingChecks(state: Readonly<CheckState>): CheckName[] {
  return [...new Set(eachSlot(state).filter((entry) => isPending(entry.slot)).map((entry) => entry.name))];
}

export function allFinished(state: Readonly<CheckState>): boolean {
  return eachSlot(state).every((entry) => !isPending(entry.slot));
}

/** The checks the deadline stopped (a check whose result is a list, DKIM's, counts when any entry was). */
export function timedOutSlots(state: Readonly<CheckState>): SlotEntry[] {
  const timedOut = (slot: object) => 'reason' in slot && slot.reason === 'time-limit';
  return eachSlot(state).filter((entry) => (Array.isArray(entry.slot) ? entry.slot.some((item: object) => timedOut(item)) : timedOut(entry.slot)));
}
