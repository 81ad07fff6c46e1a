// From the parsed message and the checks' state to the Report (or a draft while checks are pending):
// findings are built here, in a fixed order, by the one builder of each check; the verdict reads them.
import { version } from '../report/version';
import { analysisFindings } from '../report/findings/analysis';
import type { FindingContext } from '../report/findings/context';
import { driftFindings } from '../report/findings/drift';
import { identityFindings } from '../report/findings/identity';
import { receiverFindings } from '../report/findings/receiver';
import { compareThenAndNow } from '../report/then-and-now';
import { REPORT_SCHEMA, type CheckName, type DnsMode, type DnsQuery, type AuthResultsEntry, type DkimEntry, type DmarcCheck, type DnsSummary, type FindingData, type HopCheckName, type HopChecks, type NotChecked, type Pending, type Report, type ReportDraft, type ThenAndNow } from '../report/types';
import { decideArrivalAndToday } from '../verdict/decide-arrival';
import { withReceiverLine } from '../verdict/receiver-line';
import { catalogFor, renderFinding, renderVerdict } from '../i18n/render';
import { localizeChecks } from '../i18n/checks';
import { explainRow, localizePath } from '../i18n/path';
import { notChecked } from './not-checked';
import { isAligned } from '../auth/dmarc/check-alignment';
import { settled, type HopCheckModule, type MessageCheckModule } from './check-module';
import { allFinished, pendingChecks, timedOutSlots } from './check-slots';
import type { StaticPart } from './read-static';
import { HOP_CHECKS, MESSAGE_CHECKS } from './registry';
import type { CheckResults, CheckState, HopSlots, HopState, MessageCheckName, MessageSlots, Slot } from './types';

const ENGLISH = catalogFor('en');

export interface DnsContext {
  label: string;
  mode: DnsMode;
  queries: readonly DnsQuery[];
}

const NO_EDGE = notChecked({ reason: 'no-edge-hop' });

export function assembleDraft(part: StaticPart, state: CheckState, dns: DnsContext, now: Date, evaluatedHop: 'edge' | 'origin'): ReportDraft {
  const evaluated = state.hops.find((hop) => hop.hop === evaluatedHop) ?? state.hops[0];
  const checks = presentChecks(part, state);
  const thenAndNow = compareThenAndNow(part.authResults, {
    edge: finishedHop(state.hops.find((hop) => hop.hop === 'edge')),
    dkim: dkimList(checks),
    dmarc: settled(checks.dmarc) ?? pendingAsNotChecked,
    arc: settled(checks.arc) ?? pendingAsNotChecked,
  });
  const built = buildFindings(part, state, checks, dns, evaluatedHop, thenAndNow);
  built.push(...driftFindings(thenAndNow, part.authResults));
  // The Report's words are English (schema 1 and 2 scripts read them); the pages render them again in their language.
  const findings = built.map((finding) => renderFinding(finding, ENGLISH));
  const recorded = receiverFindings(part.authResults);
  // At arrival, DMARC passed as the receiver recorded it: what sits beside a pass reads as it did then.
  const passedThen = recorded.some((finding) => finding.id === 'receiver.authenticated');
  const atArrival = passedThen && thenAndNow.some((row) => row.differs) ? buildFindings(part, state, checks, dns, evaluatedHop, thenAndNow, recordedCarrier(part.authResults, part.fromDomain)) : built;
  // The path's and input's English words (reasonText, notes, NotChecked messages), and the checks' reasons
  // (iprev, DKIM, DMARC, ...), from their facts: the engine below writes no sentence.
  return localizeChecks(localizePath({
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
    ...evaluatedHopFields(evaluated),
    ...checks,
    dkim: dkimList(checks),
    hopChecks: state.hops.flatMap((hop) => finishedHop(hop) ?? []),
    thenAndNow: thenAndNow.map((row) => explainRow(row, ENGLISH)),
    embedded: part.embedded,
    findings,
    verdict: renderVerdict(withReceiverLine(decideArrivalAndToday({ today: built, atArrival, recorded }, thenAndNow), built, part.path.edge?.receiver ?? null), findings, ENGLISH),
    dns: dnsSummary(dns),
    complete: false,
    pendingChecks: pendingChecks(state),
  }, ENGLISH), ENGLISH);
}

/** Each message check's slot as its module presents it in the Report. */
function presentChecks(part: StaticPart, state: CheckState): MessageSlots {
  return Object.fromEntries(MESSAGE_CHECKS.map((check) => [check.name, present(check, part, state)])) as MessageSlots;
}

/** The Report's dkim is a list, empty while DKIM is pending (pendingChecks says so). */
function dkimList(checks: MessageSlots): DkimEntry[] {
  return Array.isArray(checks.dkim) ? checks.dkim : [];
}

function present<N extends MessageCheckName>(check: MessageCheckModule<N>, part: StaticPart, state: CheckState): MessageSlots[N] {
  const slot = state.checks[check.name];
  return check.present ? check.present(slot, state, part) : slot;
}

/** Every check's Report field when the analysis stopped before any check (not an email, a fault). */
export function uncheckedFields(reason: NotChecked): Pick<Report, CheckName> {
  const slots = Object.fromEntries([...HOP_CHECKS, ...MESSAGE_CHECKS].map((check) => [check.name, reason])) as Omit<Pick<Report, CheckName>, 'dkim'>;
  return { ...slots, dkim: [] };
}

/** The final Report: every check has finished, so no slot is pending. */
export function assembleReport(part: StaticPart, state: CheckState, dns: DnsContext, now: Date, evaluatedHop: 'edge' | 'origin'): Report {
  const { complete: _complete, pendingChecks: _pending, ...draft } = assembleDraft(part, state, dns, now, evaluatedHop);
  return draft as Report;
}

const pendingAsNotChecked = notChecked({ reason: 'unavailable' });

/** The evaluated hop's checks at the top level of the Report (design notes), or why there are none. */
function evaluatedHopFields(evaluated: HopState | undefined): HopSlots {
  return Object.fromEntries(HOP_CHECKS.map((check) => [check.name, evaluated ? evaluated.checks[check.name] : NO_EDGE])) as HopSlots;
}

/** A hop's checks once every one of them has finished. */
function finishedHop(hop: HopState | undefined): HopChecks | null {
  if (!hop || HOP_CHECKS.some((check) => settled(hop.checks[check.name]) === null)) return null;
  return { hop: hop.hop, ip: hop.ip, heloName: hop.heloName, ...(hop.checks as { [K in HopCheckName]: Exclude<HopSlots[K], Pending> }) };
}

function buildFindings(part: StaticPart, state: CheckState, checks: MessageSlots, dns: DnsContext, evaluatedHop: 'edge' | 'origin', thenAndNow: readonly ThenAndNow[], dmarcPassThen?: 'dkim' | 'spf'): FindingData[] {
  const arc = settled(checks.arc);
  const dmarc = settled(checks.dmarc);
  const context: FindingContext = {
    ...part.context,
    alignedDkimPass: dkimList(checks).some((entry) => (entry.result === 'pass' || entry.result === 'header-pass') && entry.aligned === true),
    dmarcPass: dmarcPassThen ?? dmarcCarrier(dmarc),
    dmarcUnchecked: dmarcPassThen === undefined && isUnchecked(dmarc),
    mailOrganizations: 'organizations' in state.mailOrganizations ? state.mailOrganizations : null,
    arcVouches: arc !== null && 'vouches' in arc && arc.vouches,
    keysRotatedSince: thenAndNow.flatMap((row) => (row.method === 'dkim' && row.likelyReason === 'key-rotated' && row.domain ? [row.domain] : [])),
    dmarcPassedThen: thenAndNow.some((row) => row.method === 'dmarc' && row.then?.result.toLowerCase() === 'pass'),
  };
  const messageFindings = (first: boolean) => MESSAGE_CHECKS.filter((check) => (check.findingsFirst === true) === first).flatMap((check) => messageCheckFindings(check, checks, context));
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
  findings.push(...messageFindings(true));
  // The evaluated hop first; the other hop's findings follow, marked with their hop.
  const hops = [...state.hops].sort((a, b) => (a.hop === evaluatedHop ? -1 : b.hop === evaluatedHop ? 1 : 0));
  for (const hop of hops) {
    const forHop = hopContext(context, hop.hop);
    for (const check of HOP_CHECKS) findings.push(...hopCheckFindings(check, hop, forHop));
  }
  findings.push(...messageFindings(false));
  findings.push(...identityFindings({ dkim: dkimList(checks), dmarc }, context));
  return findings;
}

/** A finished slot's findings (a result's, or a not-checked slot's, as its builder decides); none while pending. */
function messageCheckFindings<N extends MessageCheckName>(check: MessageCheckModule<N>, checks: MessageSlots, context: FindingContext): FindingData[] {
  const slot = settled<Slot<CheckResults[N]>>(checks[check.name]);
  return slot ? check.findings(slot, context) : [];
}

function hopCheckFindings<N extends HopCheckName>(check: HopCheckModule<N>, hop: HopState, context: FindingContext): FindingData[] {
  const slot = settled<Slot<CheckResults[N]>>(hop.checks[check.name]);
  return slot ? check.findings(slot, context) : [];
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

/** The checks the deadline stopped, each named once. */
function timedOutChecks(state: CheckState): CheckName[] {
  return [...new Set(timedOutSlots(state).map((entry) => entry.name))];
}

/** The deadline that stopped them, from the first slot it marked. */
function timeLimit(state: CheckState): number | null {
  const slot = timedOutSlots(state)[0]?.slot;
  const first = (Array.isArray(slot) ? slot[0] : slot) as NotChecked | undefined;
  return first?.reason === 'time-limit' ? (first.limitMs ?? null) : null;
}

function dnsSummary(dns: DnsContext): DnsSummary {
  return {
    resolver: dns.label,
    mode: dns.mode,
    queries: [...dns.queries],
    failedCount: dns.queries.filter((query) => query.failure !== null || (query.rcode !== 'NOERROR' && query.rcode !== 'NXDOMAIN')).length,
  };
}
