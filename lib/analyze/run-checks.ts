// The DNS stage: every check of the registry (registry.ts) for the edge hop (and the origin when
// forwarded), and once per message. Independent checks start together; a check that needs another's
// result (DMARC needs SPF's and DKIM's, RFC 7489 §4.2) waits for it through `after`, having started
// its own lookups first so that the wait costs no extra round trip.
import { findMailOrganizations } from '../auth/mail-provider/find-mail-organizations';
import type { Resolver } from '../dns/types';
import type { CheckName } from '../report/types';
import { isPending, NO_FROM_DOMAIN, OFFLINE, PENDING, type CheckRun, type HopInput } from './check-module';
import type { StaticPart } from './read-static';
import { HOP_CHECKS, MESSAGE_CHECKS } from './registry';
import type { CheckState, HopSlots, HopState, MessageSlots } from './types';

export interface RunContext {
  resolver: Resolver;
  now: Date;
  signal?: AbortSignal;
  /** Which hop's SPF DMARC judges. */
  evaluatedHop: 'edge' | 'origin';
  /** Called after each check finishes, with the state so far. */
  onCheck: (check: CheckName, hop: 'edge' | 'origin' | undefined) => void;
}

export function initialState(part: StaticPart, offline: boolean): CheckState {
  const hops: HopState[] = [];
  const { edge, origin } = part.path;
  for (const [hop, found] of [['edge', edge], ['origin', origin]] as const) {
    if (!found) continue;
    const input: HopInput = { hop, ip: found.ip, heloName: found.helo };
    hops.push({ ...input, checks: Object.fromEntries(HOP_CHECKS.map((check) => [check.name, check.initial(input, part, offline)])) as HopSlots });
  }
  return {
    hops,
    checks: Object.fromEntries(MESSAGE_CHECKS.map((check) => [check.name, check.initial(part, offline)])) as MessageSlots,
    mailOrganizations: offline ? OFFLINE : part.fromDomain ? PENDING : NO_FROM_DOMAIN,
  };
}

export async function runChecks(part: StaticPart, state: CheckState, run: RunContext): Promise<void> {
  const tasks = new Map<CheckName, Promise<void>[]>();
  let started: () => void = () => undefined;
  const allStarted = new Promise<void>((resolve) => {
    started = resolve;
  });
  const context: CheckRun = {
    resolver: run.resolver,
    now: run.now,
    ...(run.signal ? { signal: run.signal } : {}),
    evaluatedHop: run.evaluatedHop,
    state,
    // Waits until every check has been started, so a check listed later in the registry is waited for too.
    after: async (names) => {
      await allStarted;
      await Promise.all(names.flatMap((name) => tasks.get(name) ?? []));
    },
  };
  const track = (name: CheckName, task: Promise<void>) => tasks.set(name, [...(tasks.get(name) ?? []), task]);

  // SPF first: its chain of dependent lookups (include inside include) is the analysis's longest, so its
  // first question goes out, and its answer comes back, ahead of the others of the first wave.
  for (const check of [...HOP_CHECKS].sort((a, b) => Number(b.name === 'spf') - Number(a.name === 'spf'))) {
    for (const hop of state.hops) {
      if (!isPending(hop.checks[check.name])) continue;
      track(check.name, check.run(hop, part, context).then((result) => {
        setHopSlot(hop, check.name, result);
        run.onCheck(check.name, hop.hop);
      }));
    }
  }
  for (const check of MESSAGE_CHECKS) {
    if (!isPending(state.checks[check.name])) continue;
    track(check.name, check.run(part, context).then((result) => {
      setMessageSlot(state, check.name, result);
      run.onCheck(check.name, undefined);
    }));
  }
  // Not a check of its own (no progress event): whom the author's domain hands its mail to, read by the
  // PTR and HELO findings.
  const organizations = isPending(state.mailOrganizations) && part.fromDomain
    ? findMailOrganizations(part.fromDomain, run.resolver, run.signal).then((result) => {
      state.mailOrganizations = result;
    })
    : null;
  started();
  await Promise.all([...[...tasks.values()].flat(), organizations]);
}

function setHopSlot<N extends keyof HopSlots>(hop: HopState, name: N, slot: HopSlots[N]): void {
  hop.checks[name] = slot;
}

function setMessageSlot<N extends keyof MessageSlots>(state: CheckState, name: N, slot: MessageSlots[N]): void {
  state.checks[name] = slot;
}
