// What a check declares to the analysis (docs/adding-a-check.md): its name (the Report field that holds
// its result), what it needs from the message before any DNS query (its first slot: pending, not
// checked, or a result the headers alone give), how it runs over the resolver, and the findings it
// produces from its result. The orchestrator (run-checks.ts), the progress counts, the pending state,
// the deadline and the report assembly read these through the registry (registry.ts), never by name.
import type { Resolver } from '../dns/types';
import type { FindingContext } from '../report/findings/context';
import type { FindingData, CheckName, HopCheckName, NotChecked } from '../report/types';
import type { StaticPart } from './read-static';
import type { CheckResults, CheckState, HopState, MessageCheckName, Slot } from './types';
import { notChecked } from './not-checked';

export interface CheckRun {
  resolver: Resolver;
  now: Date;
  signal?: AbortSignal;
  /** Which hop's SPF DMARC judges. */
  evaluatedHop: 'edge' | 'origin';
  /** The state so far, for a check that reads another's result once `after` has resolved. */
  state: Readonly<CheckState>;
  /** Resolves when the named checks have finished (for every hop, for a hop check). */
  after(names: readonly CheckName[]): Promise<void>;
}

/** A sending hop as the header section gives it, before any check. */
export type HopInput = Pick<HopState, 'hop' | 'ip' | 'heloName'>;

/** A check run once per sending hop (the edge, and the origin when forwarded). */
export interface HopCheckModule<N extends HopCheckName> {
  name: N;
  scope: 'hop';
  initial(hop: HopInput, part: StaticPart, offline: boolean): Slot<CheckResults[N]>;
  run(hop: HopInput, part: StaticPart, run: CheckRun): Promise<CheckResults[N]>;
  /** The findings of one hop's finished slot; `context` is already the hop's (lib/report/findings/context.ts). */
  findings(result: CheckResults[N] | NotChecked, context: FindingContext): FindingData[];
}

/** A check run once per message. */
export interface MessageCheckModule<N extends MessageCheckName> {
  name: N;
  scope: 'message';
  initial(part: StaticPart, offline: boolean): Slot<CheckResults[N]>;
  run(part: StaticPart, run: CheckRun): Promise<CheckResults[N]>;
  /** The findings of its finished slot (a result, or why it was not checked). */
  findings(result: CheckResults[N] | NotChecked, context: FindingContext): FindingData[];
  /** Its findings come before the sending hops' (they are about the message's own fields). Default: after. */
  findingsFirst?: boolean;
  /** The slot the deadline leaves when the check has not finished. Default: `timedOut` itself. */
  timedOut?(part: StaticPart, timedOut: NotChecked): Slot<CheckResults[N]>;
  /** The Report's value from the slot and the other checks' state. Default: the slot as it is. */
  present?(slot: Slot<CheckResults[N]>, state: Readonly<CheckState>, part: StaticPart): Slot<CheckResults[N]>;
}

export { notChecked } from './not-checked';

export const PENDING = { result: 'pending' } as const;

export const OFFLINE: NotChecked = notChecked({ reason: 'offline' });

export const NO_FROM_DOMAIN: NotChecked = notChecked({ reason: 'no-domain' });

/** The slot's result once the check has finished, or null while it is pending. */
export function settled<T extends object>(slot: T): Exclude<T, { result: 'pending' }> | null {
  return 'result' in slot && slot.result === 'pending' ? null : (slot as Exclude<T, { result: 'pending' }>);
}

export function isPending(slot: object): boolean {
  return 'result' in slot && slot.result === 'pending';
}
