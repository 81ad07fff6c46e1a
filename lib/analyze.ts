// analyze(raw, options) (design notes, "Contracts"): raw text -> parsed message -> checks over DNS ->
// findings -> verdict -> Report. Never rejects: input that is not an email gives a Report whose
// input.kind is 'not-email', DNS failures are evidence, and a fault of the program itself gives a Report
// with the finding analysis.fault (the CLI exits 1 on it).
import { assembleDraft, assembleReport, uncheckedFields, type DnsContext } from './analyze/assemble-report';
import { countPending } from './analyze/check-slots';
import { notChecked } from './analyze/not-checked';
import { placeEdgeByMx } from './analyze/place-edge-by-mx';
import { readStatic } from './analyze/read-static';
import { initialState, runChecks } from './analyze/run-checks';
import { shareAnswers } from './analyze/share-answers';
import { DEFAULT_DEADLINE_MS, markPendingAsTimedOut, withinDeadline } from './analyze/deadline';
import type { AnalyzeOptions } from './analyze/types';
import { version } from './report/version';
import { dnsModeOf, type Resolver } from './dns/types';
import { parseMessage } from './message/parse-message';
import { faultFinding, notEmailFinding } from './report/findings/analysis';
import { decideVerdict } from './verdict/decide-verdict';
import { catalogFor, renderFinding, renderVerdict } from './i18n/render';
import { localizeInput } from './i18n/path';
import { REPORT_SCHEMA, type CheckName, type DnsMode, type DnsQuery, type FindingData, type InputSummary, type NotChecked, type Report } from './report/types';

export type { AnalyzeOptions } from './analyze/types';

export async function analyze(raw: string, options: AnalyzeOptions): Promise<Report> {
  const now = options.now ?? new Date();
  const mode = options.dnsMode ?? dnsModeOf(options.resolver);
  try {
    return await analyzeMessage(raw, options, now, mode);
  } catch (error) {
    return faultReport(raw, options.resolver, mode, now, error);
  }
}

async function analyzeMessage(raw: string, options: AnalyzeOptions, now: Date, mode: DnsMode): Promise<Report> {
  const parsed = parseMessage(typeof raw === 'string' ? raw : '');
  if (!parsed.ok) {
    const input: InputSummary = {
      kind: 'not-email', form: null, size: typeof raw === 'string' ? raw.length : 0, headerSize: 0, bodySize: null, headerFieldCount: 0,
      problem: { ...parsed.problem, message: '' }, notes: [],
    };
    const finding = notEmailFinding(parsed.problem);
    return emptyReport(input, [finding], options.resolver, mode, now);
  }
  const evaluatedHop = options.hop ?? 'edge';
  const offline = mode === 'offline';
  const deadlineMs = options.deadlineMs ?? DEFAULT_DEADLINE_MS;
  const startedAt = Date.now();
  const deadline = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, deadline.signal]) : deadline.signal;
  // Queries made before the parsed draft (the recipient's MX) are logged but not sent as progress: the
  // first progress event is always the parsed draft.
  let parsedSent = false;
  const resolver = shareAnswers(options.resolver, (query) => {
    if (parsedSent) options.onProgress?.({ type: 'query', query });
  }, signal);
  // The recipient's MX lookup counts against the same deadline as the checks.
  const message = offline ? parsed.message : await placeEdgeByMx(parsed.message, resolver, AbortSignal.any([signal, AbortSignal.timeout(deadlineMs)]));
  const part = readStatic(message, options.trustedAuthservIds ?? []);
  const state = initialState(part, offline);
  const queries: DnsQuery[] = [];
  let finished = false;
  const dns = (): DnsContext => ({ label: options.resolver.label, mode, queries: finished ? queries : resolver.log });
  const total = countPending(state);
  let completed = 0;
  const progress = options.onProgress;
  progress?.({ type: 'parsed', draft: assembleDraft(part, state, dns(), now, evaluatedHop) });
  parsedSent = true;
  if (!offline) {
    const checks = runChecks(part, state, {
      resolver,
      now,
      signal,
      evaluatedHop,
      onCheck: (check: CheckName, hop) => {
        completed += 1;
        if (progress && !finished) progress({ type: 'check', check, ...(hop ? { hop } : {}), draft: assembleDraft(part, state, dns(), now, evaluatedHop), completed, total });
      },
    });
    const inTime = await withinDeadline(checks, Math.max(0, deadlineMs - (Date.now() - startedAt)));
    if (!inTime) {
      // What is still pending now stays unchecked; answers arriving later must not change the report.
      finished = true;
      queries.push(...resolver.log);
      markPendingAsTimedOut(part, state, deadlineMs);
      deadline.abort();
    }
  }
  return assembleReport(part, state, dns(), now, evaluatedHop);
}


function faultReport(raw: string, resolver: Resolver, mode: DnsMode, now: Date, error: unknown): Report {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const input: InputSummary = { kind: 'full', form: null, size: typeof raw === 'string' ? raw.length : 0, headerSize: 0, bodySize: null, headerFieldCount: 0, notes: [] };
  return emptyReport(input, [faultFinding(message)], resolver, mode, now);
}

function emptyReport(input: InputSummary, built: FindingData[], resolver: Resolver, mode: DnsMode, now: Date): Report {
  const skipped: NotChecked = notChecked({ reason: input.kind === 'not-email' ? 'headers-missing' : 'unavailable' });
  const english = catalogFor('en');
  const findings = built.map((finding) => renderFinding(finding, english));
  return {
    schema: REPORT_SCHEMA,
    generator: { name: 'mailtrust', version },
    checkedAt: now.toISOString(),
    input: localizeInput(input, english),
    message: { subject: null, from: [], to: [], cc: [], replyTo: [], sender: null, returnPath: null, date: null, dateText: null, messageId: null, list: null, fields: [] },
    hops: [],
    edge: null,
    origin: null,
    forwarding: { detected: false, signs: [] },
    evaluatedHop: 'edge',
    authResults: [],
    ...uncheckedFields(skipped),
    hopChecks: [],
    thenAndNow: [],
    embedded: null,
    findings,
    verdict: renderVerdict(decideVerdict(built), findings, english),
    dns: { resolver: resolver.label, mode, queries: [], failedCount: 0 },
  };
}
