// The words of MailTrust's text outputs: the CLI's human report, its batch summary and progress, its
// error lines, and the note for the ticket (Markdown). Each language fills OutputTexts.
import type { ResolverProblem } from '../dns/create-resolver';
import type { InputProblem } from '../message/check-input';
import type { ZoneFileProblem } from './dns';
import type { DnsMode, DriftReason, Severity, VerdictLevel } from '../report/types';

/** Why the CLI refused its arguments or an input, as data; each language words it. */
export type CliProblem =
  | { kind: 'unknown-command'; name: string }
  | { kind: 'no-input' }
  | { kind: 'bad-option'; detail: string }
  | { kind: 'exclusive'; options: string[] }
  | { kind: 'bad-date'; option: string; value: string }
  | { kind: 'bad-deadline'; value: string }
  | { kind: 'bad-lang'; value: string }
  | { kind: 'no-eml-files'; inputs: string[] }
  | { kind: 'no-such-file'; name: string }
  // One file of a batch: the CLI puts the file's name before these.
  | { kind: 'permission-denied' }
  | { kind: 'is-directory' }
  | { kind: 'too-many-open-files' }
  | { kind: 'vanished' }
  | { kind: 'unreadable'; detail: string }
  /** An input refused before analysis (too large, binary, empty). */
  | { kind: 'refused'; problem: InputProblem }
  | { kind: 'not-email'; reason: string }
  | { kind: 'internal-error'; detail: string }
  | { kind: 'zone-file'; file: string; problem: ZoneFileProblem }
  | { kind: 'resolver'; option: string; problem: ResolverProblem }
  | { kind: 'missing-options'; options: string[] }
  | { kind: 'bad-ip'; value: string };

export interface OutputTexts {
  /** The CLI's banner: "TRUSTED". */
  levelBanner: Record<VerdictLevel, string>;
  severity: Record<Severity, string>;
  dnsMode: Record<DnsMode, string>;
  driftReason: Record<DriftReason, string>;
  labels: {
    verdict: string;
    today: string;
    causes: string;
    reasons: string;
    message: string;
    from: string;
    subject: string;
    sender: string;
    edge: string;
    origin: string;
    forwarded: string;
    none: string;
    findings: string;
    fix: string;
    source: string;
    originHop: string;
    thenAndNow: string;
    then: string;
    now: string;
    differs: string;
    hops: string;
    hopHeader: [string, string, string, string, string, string];
    hopMark: { edge: string; origin: string; submission: string; receiving: string };
    clockSkew: string;
    receivedBy: string;
  };
  /** A label before its value: "From:" in English, "De :" in French (a space before the colon). */
  labelled: (label: string) => string;
  /** A re-check that was not made (offline, or nothing to check), in the then-and-now table. */
  notRechecked: string;
  carries: (contentType: string, subject: string | null) => string;
  /** The heading of a DMARC record's problems (its TXT text follows): "DMARC record at _dmarc.example.com". */
  dmarcRecordAt: (name: string) => string;
  /** `resolver` null when its label would only repeat the mode ("zone file, zone file"). */
  dnsLine: (mode: string, resolver: string | null, queries: number, failed: number) => string;
  /** The Markdown note's own words. */
  note: {
    title: (level: string) => string;
    today: (level: string) => string;
    /** The heading of the agent's actions (recover, allowlist, what to ask the customer). */
    actions: string;
    sendingServer: string;
    whyThisHop: string;
    originalSender: string;
    thenAndNow: string;
    passed: string;
    /** The DNS line of an offline note: the mode alone (no resolver, no count of zero queries). */
    dnsOffline: string;
    footer: (schema: number, checkedAt: string) => string;
  };
  batch: {
    summaryOf: (count: number) => string;
    verdictHeader: [string, string];
    notEmail: string;
    frequentHeader: [string, string];
    analysed: (count: number, total: number) => string;
    rate: (perSecond: string) => string;
    left: (duration: string) => string;
    inAll: (duration: string) => string;
  };
  problem: (problem: CliProblem) => string;
  usage: { heading: string; analyze: string; spf: string };
  /** `mailtrust spf`'s human output. */
}

/** Today's result in the then-and-now table: the RFC 8601 keyword as the check gave it, or, for a re-check not made, the words. */
export function nowResult(now: string, words: OutputTexts): string {
  return now === 'not-checked' ? words.notRechecked : now;
}
