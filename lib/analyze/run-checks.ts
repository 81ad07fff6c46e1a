// The DNS stage: every check of the article for the edge hop (and the origin when forwarded), DKIM,
// ARC, DMARC and domain existence. Independent checks start together; only DMARC's judgement waits for
// SPF and DKIM (RFC 7489 §4.2 needs their results), and its record lookup is started at once so that
// the wait costs no extra round trip.
import { collectArcSets } from '../auth/arc/collect-sets';
import type { ArcResult } from '../auth/arc/types';
import { verifyArc } from '../auth/arc/verify-arc';
import { MAX_DKIM_SIGNATURES, verifyDkim } from '../auth/dkim/verify-dkim';
import type { DkimResult } from '../auth/dkim/types';
import { discoverPolicy } from '../auth/dmarc/discover-policy';
import { evaluateDmarc } from '../auth/dmarc/evaluate-dmarc';
import { isAligned } from '../auth/dmarc/check-alignment';
import type { DkimResultValue, DmarcResult } from '../auth/dmarc/types';
import { checkDomainExists } from '../auth/domain/check-domain-exists';
import { checkHeaderDomains, domainsToCheck, type HeaderDomain } from '../auth/domain/check-header-domains';
import { checkHelo, checkHeloOffline } from '../auth/helo/check-helo';
import type { HeloResult } from '../auth/helo/types';
import { checkIprev } from '../auth/iprev/check-iprev';
import { findMailOrganizations } from '../auth/mail-provider/find-mail-organizations';
import { checkSpf } from '../auth/spf/check-spf';
import type { Resolver } from '../dns/types';
import type { SplitMessage } from '../message/split';
import type { ArcCheck, CheckName, DkimEntry, DmarcCheck, HeloCheck, IprevCheck, NotChecked, SpfCheck } from '../report/types';
import type { StaticPart } from './read-static';
import type { CheckState, HopState } from './types';

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
  const pending = { result: 'pending' } as const;
  const notChecked = (reason: NotChecked['reason'], message: string): NotChecked => ({ result: 'not-checked', reason, message });
  const offlineSlot = notChecked('offline', 'Offline mode: no DNS query was made.');
  const hops: HopState[] = [];
  const { edge, origin } = part.path;
  for (const [hop, found] of [['edge', edge], ['origin', origin]] as const) {
    if (!found) continue;
    const ipSlot = offline ? offlineSlot : found.ip ? pending : notChecked('no-ip', `The ${hop} hop does not state the sending IP.`);
    const heloSlot = offline ? offlineHelo(found.helo, found.ip, hop) ?? offlineSlot : found.helo ? pending : notChecked('no-helo', `The ${hop} hop does not state the HELO name.`);
    hops.push({ hop, ip: found.ip, heloName: found.helo, iprev: ipSlot, helo: heloSlot, spf: ipSlot });
  }
  const noFrom = notChecked('no-domain', 'There is no From domain to check.');
  return {
    hops,
    dkim: offline ? dkimOffline(part) : pending,
    dmarc: offline ? offlineSlot : part.fromDomain ? pending : noFrom,
    arc: offline ? offlineArc(part) ?? offlineSlot : pending,
    domains: offline ? offlineSlot : headerDomains(part).length > 0 ? pending : noFrom,
    mailOrganizations: offline ? offlineSlot : part.fromDomain ? pending : noFrom,
  };
}

export async function runChecks(part: StaticPart, state: CheckState, run: RunContext): Promise<void> {
  const { resolver, signal } = run;
  const split: SplitMessage = { fields: part.model.fields, body: part.model.body, strayLines: [] };
  const sender = part.message.returnPath ?? part.message.from[0]?.address ?? '';
  const authorDomain = part.fromDomain ?? undefined;
  // RFC 6376 §6.1.1: t= and x= are judged against the time the verifier received the message.
  const receivedAt = receiptTime(part) ?? run.now;

  const hopTasks = state.hops.flatMap((hop) => {
    const tasks: Promise<void>[] = [];
    // A forwarder's server is not expected to be named inside the author's domain: the "inside the
    // sender's domain" and MX tests apply to the author's own server (the origin, or an unforwarded edge).
    const senderDomain = hop.hop === 'edge' && part.path.forwarding.detected ? undefined : authorDomain;
    // SPF first: its chain of dependent lookups (include inside include) is the analysis's longest, so
    // its first question goes out, and its answer comes back, ahead of the others of the first wave.
    if (hop.spf.result === 'pending' && hop.ip) {
      const ip = hop.ip;
      tasks.push(checkSpf({ ip, sender, helo: hop.heloName ?? '' }, { resolver, now: () => run.now, ...(signal ? { signal } : {}) }).then((result) => {
        hop.spf = { ...result, hop: hop.hop } satisfies SpfCheck;
        run.onCheck('spf', hop.hop);
      }));
    }
    if (hop.iprev.result === 'pending' && hop.ip) {
      const ip = hop.ip;
      tasks.push(checkIprev(ip, resolver, { senderDomain, signal }).then((result) => {
        hop.iprev = { ...result, hop: hop.hop, forwardConfirmed: result.result === 'pass', generic: result.problems.some((p) => p.kind === 'generic') } satisfies IprevCheck;
        run.onCheck('iprev', hop.hop);
      }));
    }
    if (hop.helo.result === 'pending' && hop.heloName) {
      const helo = hop.heloName;
      tasks.push(checkHelo({ helo, ...(hop.ip ? { ip: hop.ip } : {}), ...(senderDomain ? { senderDomain } : {}) }, resolver, { signal }).then((result) => {
        hop.helo = toHeloCheck(result, hop.hop);
        run.onCheck('helo', hop.hop);
      }));
    }
    return tasks;
  });

  const dkimTask: Promise<DkimResult[]> = state.dkim instanceof Array ? Promise.resolve([]) : verifyDkim(split, { resolver, now: receivedAt });
  const arcTask = state.arc.result === 'pending' ? verifyArc(split, { resolver }) : null;
  // Started now so its DNS answers are in before SPF and DKIM finish (the resolver shares answers).
  const dmarcPrefetch = state.dmarc.result === 'pending' && part.fromDomain ? discoverPolicy(part.fromDomain, resolver, { signal }) : null;
  const domainsTask = isPending(state.domains) ? checkDomains(part, resolver, signal) : null;
  const organizationsDone = isPending(state.mailOrganizations) && part.fromDomain
    ? findMailOrganizations(part.fromDomain, resolver, signal).then((result) => {
      state.mailOrganizations = result;
    })
    : null;

  const dkimDone = dkimTask.then((results) => {
    if (!(state.dkim instanceof Array)) {
      const beyondLimit = dkimNotChecked(part, 'limit', `Only the first ${MAX_DKIM_SIGNATURES} DKIM signatures are checked.`).slice(results.length);
      state.dkim = [...results.map((result) => ({ ...result, aligned: dkimAligned(result.d, part.fromDomain, 'relaxed') })), ...beyondLimit];
      run.onCheck('dkim', undefined);
    }
    return results;
  });
  const domainsDone = domainsTask?.then((result) => {
    state.domains = result;
    run.onCheck('domains', undefined);
  });
  const arcDone = arcTask?.then((result) => {
    state.arc = { ...result, summary: arcSummary(result), vouches: false } as ArcCheck;
    run.onCheck('arc', undefined);
  });

  const dmarcDone = (async () => {
    if (state.dmarc.result !== 'pending' || !part.fromDomain) return;
    await dmarcPrefetch;
    await Promise.all([...hopTasks, dkimDone, domainsDone]);
    const hop = state.hops.find((candidate) => candidate.hop === run.evaluatedHop) ?? state.hops[0];
    const spf = hop && 'identity' in hop.spf ? hop.spf : null;
    const dkim = state.dkim instanceof Array ? state.dkim.filter((entry): entry is Exclude<DkimEntry, NotChecked> => entry.result !== 'not-checked') : [];
    const domains = state.domains;
    const fromExistence = 'checks' in domains ? domains.checks.find((check) => check.role === 'from')?.existence : undefined;
    const result = await evaluateDmarc(
      {
        fromDomain: part.fromDomain,
        spf: spf ? { result: spf.result, domain: spf.domain, identity: spf.identity } : null,
        dkim: dkim.flatMap((entry) => (entry.d ? [{ result: dkimValue(entry), d: entry.d }] : [])),
        ...(fromExistence && fromExistence.result !== 'temperror' && fromExistence.result !== 'invalid' ? { fromDomainExists: fromExistence.result === 'exists' } : {}),
      },
      resolver,
      { signal },
    );
    state.dmarc = toDmarcCheck(result);
    // RFC 7489 §3.1.1: alignment under the record's adkim= (relaxed unless it says strict).
    const adkim = 'found' in result && result.found ? result.found.record.adkim : 'relaxed';
    if (state.dkim instanceof Array) {
      state.dkim = state.dkim.map((entry) => (entry.result === 'not-checked' ? entry : { ...entry, aligned: dkimAligned(entry.d, part.fromDomain, adkim) }));
    }
    run.onCheck('dmarc', undefined);
  })();

  await Promise.all([...hopTasks, dkimDone, arcDone, domainsDone, dmarcDone, organizationsDone]);
  if (state.arc.result !== 'pending' && state.arc.result !== 'not-checked') {
    state.arc = { ...state.arc, vouches: arcVouches(state.arc, part.fromDomain) };
  }
}

function toHeloCheck(result: HeloResult, hop: 'edge' | 'origin'): HeloCheck {
  return { ...result, hop, resolves: result.facts.resolves, matchesMx: result.facts.matchesMx, sameOrganization: result.facts.sameOrganization };
}

/** Offline, the HELO tests that need no DNS still run (an IP literal, localhost): the mode never hides header evidence. */
function offlineHelo(helo: string | null, ip: string | null, hop: 'edge' | 'origin'): HeloCheck | null {
  const result = helo ? checkHeloOffline({ helo, ...(ip ? { ip } : {}) }) : null;
  return result ? toHeloCheck(result, hop) : null;
}

/** Offline, a message that carries no ARC set at all says so from its headers alone (no key is needed to see that). */
function offlineArc(part: StaticPart): ArcCheck | null {
  if (collectArcSets(part.model.fields).kind !== 'none') return null;
  const none: ArcResult = { result: 'none', instances: [], recordQueries: [] };
  return { ...none, summary: arcSummary(none), vouches: false };
}

function isPending(slot: object): boolean {
  return 'result' in slot && slot.result === 'pending';
}

function dkimOffline(part: StaticPart): DkimEntry[] {
  return dkimNotChecked(part, 'offline', 'Offline mode: the key was not fetched.');
}

export function dkimNotChecked(part: StaticPart, reason: NotChecked['reason'], message: string): DkimEntry[] {
  return part.model.fields
    .filter((field) => field.key === 'dkim-signature')
    .map((field) => ({
      result: 'not-checked',
      reason,
      message,
      d: tagOf(field.value, 'd'),
      s: tagOf(field.value, 's'),
      field: { raw: field.raw, line: field.line },
    }));
}

function tagOf(value: string, tag: string): string | null {
  const match = new RegExp(`(?:^|;)\\s*${tag}\\s*=\\s*([^;\\s]+)`).exec(value.replace(/\r\n/g, ''));
  return match?.[1]?.toLowerCase() ?? null;
}

function headerDomains(part: StaticPart): HeaderDomain[] {
  const m = part.message;
  const entries: HeaderDomain[] = [];
  for (const address of m.from) if (address.domain) entries.push({ role: 'from', domain: address.domain });
  for (const address of m.replyTo) if (address.domain) entries.push({ role: 'reply-to', domain: address.domain });
  if (m.sender?.domain) entries.push({ role: 'sender', domain: m.sender.domain });
  for (const address of m.to) if (address.domain) entries.push({ role: 'to', domain: address.domain });
  const at = m.returnPath ? m.returnPath.lastIndexOf('@') : -1;
  if (m.returnPath && at >= 0) entries.push({ role: 'return-path', domain: m.returnPath.slice(at + 1) });
  return entries;
}

/** Every domain asked at once; checkHeaderDomains then gathers the (shared) answers in field order. */
async function checkDomains(part: StaticPart, resolver: Resolver, signal: AbortSignal | undefined) {
  const entries = headerDomains(part);
  await Promise.all(domainsToCheck(entries).map((domain) => checkDomainExists(domain, resolver, { signal })));
  return checkHeaderDomains(entries, resolver, { signal });
}

function receiptTime(part: StaticPart): Date | null {
  const edge = part.path.edge;
  const date = edge ? part.path.hops[edge.hopIndex]?.date : null;
  return date ? new Date(date) : null;
}

function dkimAligned(d: string | null, fromDomain: string | null, mode: 'relaxed' | 'strict'): boolean | null {
  if (!d || !fromDomain) return null;
  return isAligned(d, fromDomain, mode);
}

function dkimValue(entry: DkimResult): DkimResultValue {
  // A header block alone: the header signature verified but the body was not there to check. DMARC
  // counts it as the receiver did when it had the body; the report says bodyChecked: false beside it.
  return entry.result === 'header-pass' ? 'pass' : entry.result;
}

function toDmarcCheck(result: DmarcResult): DmarcCheck {
  const found = 'found' in result ? result.found : null;
  const record = found ? found.record.text : null;
  if (result.result === 'temperror') return { ...result, domain: result.domain, record, requestedPolicy: null };
  return {
    ...result,
    domain: found ? found.domain : null,
    record: found ? found.record.text : null,
    requestedPolicy: result.result === 'pass' || result.result === 'fail' ? result.policy.requested : found ? found.record.p : null,
  };
}

function arcSummary(result: Awaited<ReturnType<typeof verifyArc>>): string {
  switch (result.result) {
    case 'none':
      return 'The message carries no ARC sets.';
    case 'pass':
      return `All ${result.instances.length} ARC sets verify; the oldest message signature that still verifies is instance ${result.oldestPass}.`;
    case 'header-pass':
      return `The ARC seals and message-signature headers verify (instance ${result.oldestPass} is the oldest); the body could not be checked.`;
    case 'fail':
      return `${result.reason.message}${result.failedInstance !== null ? ` (instance ${result.failedInstance})` : ''}.`;
    case 'temperror':
      return `The ARC chain could not be checked now: ${result.reason.message}.`;
  }
}

/** RFC 8617 §7.2: the chain passed and its first sealer saw the author authenticated (DMARC, or an aligned DKIM pass). */
function arcVouches(arc: ArcCheck, fromDomain: string | null): boolean {
  if (arc.result !== 'pass' && arc.result !== 'header-pass') return false;
  const first = arc.instances.find((instance) => instance.instance === 1)?.authResults;
  if (!first) return false;
  if (first.dmarc === 'pass') return true;
  return fromDomain !== null && first.dkim.some((d) => d.result === 'pass' && d.domain !== null && isAligned(d.domain, fromDomain, 'relaxed'));
}
