// From the parsed message and the checks' state to the Report (or a draft while checks are pending):
// findings are built here, in a fixed order, by the one builder of each check; the verdict reads them.
import { version } from '../report/version';
import { analysisFindings } from '../report/findings/analysis';
import { arcFindings } from '../report/findings/arc';
import type { FindingContext } from '../report/findings/context';
import { dkimFindings } from '../report/findings/dkim';
import { dmarcFindings } from '../report/findings/dmarc';
import { domainFindings } from '../report/findings/domains';
import { driftFindings } from '../report/findings/drift';
import { heloFindings } from '../report/findings/helo';
import { ptrFindings } from '../report/findings/ptr';
import { receiverFindings } from '../report/findings/receiver';
import { spfFindings } from '../report/findings/spf';
import { compareThenAndNow } from '../report/then-and-now';
import { REPORT_SCHEMA, type CheckName, type DnsMode, type DnsQuery, type AuthResultsEntry, type DmarcCheck, type DnsSummary, type FindingData, type HopChecks, type NotChecked, type Pending, type Report, type ReportDraft, type ThenAndNow } from '../report/types';
import { decideArrivalAndToday } from '../verdict/decide-arrival';
import { withReceiverLine } from '../verdict/receiver-line';
import { catalogFor, renderFinding, renderVerdict } from '../i18n/render';
import { explainRow, localizePath } from '../i18n/path';
import { isAligned } from '../auth/dmarc/check-alignment';
import { notChecked } from './not-checked';
import type { StaticPart } from './read-static';
import type { CheckState, HopState } from './types';

const ENGLISH = catalogFor('en');

export interface DnsContext {
  label: string;
  mode: DnsMode;
  queries: readonly DnsQuery[];
}

const NO_EDGE = notChecked({ reason: 'no-edge-hop' });

export function assembleDraft(part: StaticPart, state: CheckState, dns: DnsContext, now: Date, evaluatedHop: 'edge' | 'origin'): ReportDraft {
  const evaluated = state.hops.find((hop) => hop.hop === evaluatedHop) ?? state.hops[0];
  const thenAndNow = compareThenAndNow(part.authResults, {
    edge: finishedHop(state.hops.find((hop) => hop.hop === 'edge')),
    dkim: state.dkim instanceof Array ? state.dkim : [],
    dmarc: done(state.dmarc) ?? pendingAsNotChecked,
    arc: done(state.arc) ?? pendingAsNotChecked,
  });
  const built = buildFindings(part, state, dns, evaluatedHop, thenAndNow);
  built.push(...driftFindings(thenAndNow, part.authResults));
  // The Report's words are English (schema 1 and 2 scripts read them); the pages render them again in their language.
  const findings = built.map((finding) => renderFinding(finding, ENGLISH));
  const recorded = receiverFindings(part.authResults);
  // At arrival, DMARC passed as the receiver recorded it: what sits beside a pass reads as it did then.
  const passedThen = recorded.some((finding) => finding.id === 'receiver.authenticated');
  const atArrival = passedThen && thenAndNow.some((row) => row.differs) ? buildFindings(part, state, dns, evaluatedHop, thenAndNow, recordedCarrier(part.authResults, part.fromDomain)) : built;
  // The path's and input's English words (reasonText, notes, NotChecked messages) from their facts.
  return localizePath({
    schema: REPORT_SCHEMA,
    generator: { name: 'mailtrust', version },
    checkedAt: now.toISOString(),
    input: part.input,
    message: part.message,
    hops: part.path.hops,
    edge: part.path.edge,
    origin: part.path.origin,
    forwarding: part.path.forwarding,
    evaluatedHop: evaluated?.hop ?? 'edge',
    authResults: part.authResults,
    spf: evaluated ? evaluated.spf : NO_EDGE,
    dkim: state.dkim instanceof Array ? state.dkim : [],
    dmarc: state.dmarc,
    arc: state.arc,
    iprev: evaluated ? evaluated.iprev : NO_EDGE,
    helo: evaluated ? evaluated.helo : NO_EDGE,
    hopChecks: state.hops.flatMap((hop) => finishedHop(hop) ?? []),
    domains: state.domains,
    thenAndNow: thenAndNow.map((row) => explainRow(row, ENGLISH)),
    embedded: part.embedded,
    findings,
    verdict: renderVerdict(withReceiverLine(decideArrivalAndToday({ today: built, atArrival, recorded }, thenAndNow), built, part.path.edge?.receiver ?? null), findings, ENGLISH),
    dns: dnsSummary(dns),
    complete: false,
    pendingChecks: pendingChecks(state),
  }, ENGLISH);
}

function pendingChecks(state: CheckState): CheckName[] {
  const pending: CheckName[] = [];
  const add = (name: CheckName, slot: object) => {
    if ('result' in slot && slot.result === 'pending' && !pending.includes(name)) pending.push(name);
  };
  for (const hop of state.hops) {
    add('iprev', hop.iprev);
    add('helo', hop.helo);
    add('spf', hop.spf);
  }
  if (!(state.dkim instanceof Array)) pending.push('dkim');
  add('dmarc', state.dmarc);
  add('arc', state.arc);
  add('domains', state.domains);
  return pending;
}

/** The final Report: every check has finished, so no slot is pending. */
export function assembleReport(part: StaticPart, state: CheckState, dns: DnsContext, now: Date, evaluatedHop: 'edge' | 'origin'): Report {
  const { complete: _complete, pendingChecks: _pending, ...draft } = assembleDraft(part, state, dns, now, evaluatedHop);
  return draft as Report;
}

const pendingAsNotChecked = notChecked({ reason: 'unavailable' });

function done<T extends object>(slot: T | Pending): T | null {
  return 'result' in slot && slot.result === 'pending' ? null : (slot as T);
}

function finishedHop(hop: HopState | undefined): HopChecks | null {
  if (!hop) return null;
  const iprev = done(hop.iprev);
  const helo = done(hop.helo);
  const spf = done(hop.spf);
  if (!iprev || !helo || !spf) return null;
  return { hop: hop.hop, ip: hop.ip, heloName: hop.heloName, iprev, helo, spf };
}

function buildFindings(part: StaticPart, state: CheckState, dns: DnsContext, evaluatedHop: 'edge' | 'origin', thenAndNow: readonly ThenAndNow[], dmarcPassThen?: 'dkim' | 'spf'): FindingData[] {
  const dkim = state.dkim instanceof Array ? state.dkim : null;
  const arc = done(state.arc);
  const context: FindingContext = {
    ...part.context,
    alignedDkimPass: (dkim ?? []).some((entry) => (entry.result === 'pass' || entry.result === 'header-pass') && entry.aligned === true),
    dmarcPass: dmarcPassThen ?? dmarcCarrier(done(state.dmarc)),
    dmarcUnchecked: dmarcPassThen === undefined && isUnchecked(done(state.dmarc)),
    mailOrganizations: 'organizations' in state.mailOrganizations ? state.mailOrganizations : null,
    arcVouches: arc !== null && 'vouches' in arc && arc.vouches,
    keysRotatedSince: thenAndNow.flatMap((row) => (row.method === 'dkim' && row.likelyReason === 'key-rotated' && row.domain ? [row.domain] : [])),
    dmarcPassedThen: thenAndNow.some((row) => row.method === 'dmarc' && row.then?.result.toLowerCase() === 'pass'),
  };
  const findings: FindingData[] = analysisFindings({
    edgeFound: part.path.edge !== null,
    hops: part.path.hops,
    authResults: part.authResults,
    timedOut: timedOutChecks(state),
    limitMs: timeLimit(state),
    mode: dns.mode,
    allFinished: allFinished(state),
    resolver: dns.label,
    queries: dns.queries,
  });
  findings.push(...part.findings);
  const domains = done(state.domains);
  if (domains) findings.push(...domainFindings(domains));
  // The evaluated hop first; the other hop's findings follow, marked with their hop.
  const hops = [...state.hops].sort((a, b) => (a.hop === evaluatedHop ? -1 : b.hop === evaluatedHop ? 1 : 0));
  for (const hop of hops) {
    const iprev = done(hop.iprev);
    const helo = done(hop.helo);
    const spf = done(hop.spf);
    const forHop = hopContext(context, hop.hop);
    if (iprev) findings.push(...ptrFindings(iprev, forHop));
    if (helo) findings.push(...heloFindings(helo, forHop));
    if (spf) findings.push(...spfFindings(spf, forHop));
  }
  if (dkim) findings.push(...dkimFindings(dkim, context));
  const dmarc = done(state.dmarc);
  if (dmarc) findings.push(...dmarcFindings(dmarc, context));
  if (arc) findings.push(...arcFindings(arc, context));
  return findings;
}

/** Which aligned pass carried DMARC (DKIM first: it survives forwarding), or null when DMARC did not pass. */
function dmarcCarrier(dmarc: DmarcCheck | NotChecked | null): 'dkim' | 'spf' | null {
  if (!dmarc || dmarc.result !== 'pass') return null;
  const aligned = dmarc.alignment.filter((entry) => entry.counts);
  if (aligned.some((entry) => entry.mechanism === 'dkim')) return 'dkim';
  return aligned.length > 0 ? 'spf' : null;
}

/** DMARC did not reach a result: offline, no From domain, or a DNS failure (temperror). */
function isUnchecked(dmarc: DmarcCheck | NotChecked | null): boolean {
  return dmarc === null || dmarc.result === 'not-checked' || dmarc.result === 'temperror';
}

/** What carried the receiver's recorded dmarc=pass: an aligned dkim=pass it recorded, else SPF. */
function recordedCarrier(authResults: readonly AuthResultsEntry[], fromDomain: string | null): 'dkim' | 'spf' {
  const dkimPassed = authResults.some((entry) => entry.trusted && entry.source === 'authentication-results' && entry.methods.some((method) => {
    const d = method.properties.find((p) => p.ptype === 'header' && p.property === 'd')?.value;
    return method.method === 'dkim' && method.result === 'pass' && d !== undefined && fromDomain !== null && isAligned(d, fromDomain, 'relaxed');
  }));
  return dkimPassed ? 'dkim' : 'spf';
}

/** At the origin hop the checks judged the author's own server, not a forwarder. */
function hopContext(context: FindingContext, hop: 'edge' | 'origin'): FindingContext {
  return hop === 'origin' ? { ...context, forwarded: false } : context;
}

function timedOutSlots(state: CheckState): [CheckName, object][] {
  const slots: [CheckName, object][] = [['dmarc', state.dmarc], ['arc', state.arc], ['domains', state.domains]];
  for (const hop of state.hops) slots.push(['iprev', hop.iprev], ['helo', hop.helo], ['spf', hop.spf]);
  if (state.dkim instanceof Array) for (const entry of state.dkim) slots.push(['dkim', entry]);
  return slots.filter(([, slot]) => 'reason' in slot && slot.reason === 'time-limit');
}

/** The checks the deadline stopped, each named once. */
function timedOutChecks(state: CheckState): CheckName[] {
  return [...new Set(timedOutSlots(state).map(([name]) => name))];
}

/** The deadline that stopped them, from the first slot it marked. */
function timeLimit(state: CheckState): number | null {
  const first = timedOutSlots(state)[0]?.[1] as NotChecked | undefined;
  return first?.reason === 'time-limit' ? (first.limitMs ?? null) : null;
}

function allFinished(state: CheckState): boolean {
  const slots = [state.dmarc, state.arc, state.domains, ...state.hops.flatMap((hop) => [hop.iprev, hop.helo, hop.spf])];
  return state.dkim instanceof Array && slots.every((slot) => done(slot) !== null);
}

function dnsSummary(dns: DnsContext): DnsSummary {
  return {
    resolver: dns.label,
    mode: dns.mode,
    queries: [...dns.queries],
    failedCount: dns.queries.filter((query) => query.failure !== null || (query.rcode !== 'NOERROR' && query.rcode !== 'NXDOMAIN')).length,
  };
}
