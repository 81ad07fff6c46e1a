// English words of the CLI and of the note for the ticket.
import type { OutputTexts } from '../output';
import { formatFor } from '../format';
import { inputProblem } from './analysis';
import { dnsSetup } from './dns';
import { verdict } from './verdict';

const format = formatFor('en');

export const output: OutputTexts = {
  levelBanner: { trusted: 'TRUSTED', 'low-trust': 'LOW TRUST', 'likely-suspended': 'LIKELY SUSPENDED', unknown: 'UNKNOWN' },
  severity: { fail: 'fail', warn: 'warn', info: 'info', pass: 'pass' },
  dnsMode: { doh: 'DNS over HTTPS', zone: 'zone file', offline: 'offline (no DNS query)' },
  driftReason: {
    'key-rotated': 'the key was rotated since',
    'record-changed': 'the record changed since',
    'body-altered': 'the body was changed after arrival',
    'dns-unavailable-now': 'DNS does not answer now',
    'different-ip-evaluated': 'another IP was evaluated',
    unknown: 'cause unknown',
  },
  labels: {
    verdict: 'Verdict',
    today: 'Today\'s re-check',
    causes: 'Zendesk suspension causes',
    reasons: 'Reasons',
    message: 'Message',
    from: 'From',
    subject: 'Subject',
    sender: 'Sender',
    edge: 'Edge',
    origin: 'Origin',
    forwarded: '(forwarded)',
    none: '(none)',
    findings: 'Findings',
    fix: 'fix',
    source: 'from',
    originHop: '(origin hop)',
    thenAndNow: 'Then (the receiver\'s trusted results) and now (the re-check):',
    then: 'then',
    now: 'now',
    differs: 'differs',
    hops: 'Hops (oldest first):',
    hopHeader: ['#', 'from (HELO)', 'IP', 'by', 'TLS', 'delay'],
    hopMark: { edge: 'edge', origin: 'origin', submission: 'submission', receiving: 'receiving' },
    clockSkew: 'clock skew',
    receivedBy: 'received by',
  },
  // The verdict's colon: French puts a non-breaking space before it.
  labelled: (label) => `${label}${verdict.punctuation.colon.trimEnd()}`,
  notRechecked: 'not re-checked',
  dmarcRecordAt: (name) => `DMARC record at ${name}`,
  carries: (contentType, subject) => `the original message (${contentType}${subject ? `, "${subject}"` : ''}); analyse it on its own to see why it was sent back`,
  dnsLine: (mode, resolver, queries, failed) => `DNS: ${mode}, ${resolver === null ? '' : `${resolver}, `}${format.count(queries, { one: 'query', other: 'queries' })}${failed > 0 ? `, ${format.number(failed)} failed` : ''}`,
  note: {
    title: (level) => `MailTrust: ${level}`,
    today: (level) => `Today's re-check: ${level}.`,
    actions: 'What to do',
    sendingServer: 'Sending server',
    whyThisHop: 'Why this hop',
    originalSender: 'Original sender (forwarded)',
    thenAndNow: 'Then (receiver) and now (re-check)',
    passed: 'Passed',
    dnsOffline: 'DNS: offline, nothing was re-checked',
    footer: (schema, checkedAt) => `MailTrust report schema ${schema}, checked ${checkedAt}`,
  },
  batch: {
    summaryOf: (count) => `Summary of ${format.count(count, { one: 'message', other: 'messages' })}:`,
    verdictHeader: ['verdict', 'count'],
    notEmail: 'not an email',
    frequentHeader: ['most frequent findings', 'messages'],
    analysed: (count, total) => `analysed ${format.number(count)} of ${format.number(total)}`,
    rate: (perSecond) => `${perSecond} msg/s`,
    left: (duration) => `about ${duration} left`,
    inAll: (duration) => `${duration} in all`,
  },
  problem: (problem) => {
    switch (problem.kind) {
      case 'unknown-command':
        return `unknown command "${problem.name}"`;
      case 'no-input':
        return 'no input: give a file, a directory or - for stdin (see mailtrust analyze --help)';
      case 'bad-option':
        return `${problem.detail} (see --help)`;
      case 'exclusive':
        return `${format.list(problem.options)} exclude each other`;
      case 'bad-date':
        return `${problem.option} "${problem.value}" is not an ISO 8601 date`;
      case 'bad-deadline':
        return `--deadline "${problem.value}" is not a positive number of seconds`;
      case 'bad-lang':
        return `--lang "${problem.value}": choose en or fr`;
      case 'no-eml-files':
        return `no .eml files found in ${problem.inputs.join(', ')}`;
      case 'no-such-file':
        return `${problem.name}: no such file or directory`;
      case 'permission-denied':
        return 'permission denied';
      case 'is-directory':
        return 'is a directory';
      case 'too-many-open-files':
        return 'too many open files';
      case 'vanished':
        return 'no such file or directory';
      case 'unreadable':
        return `could not be read (${problem.detail})`;
      case 'refused':
        return inputProblem(problem.problem, format);
      case 'not-email':
        return problem.reason;
      case 'internal-error':
        return `internal error: ${problem.detail}`;
      case 'zone-file':
        return `--zone ${problem.file}: ${dnsSetup.zoneProblem(problem.problem)}`;
      case 'resolver':
        return `${problem.option}: ${dnsSetup.resolverProblem(problem.problem, format)}`;
      case 'missing-options':
        return `missing ${format.list(problem.options)} (see mailtrust spf --help)`;
      case 'bad-ip':
        return `--ip "${problem.value}" is not an IPv4 or IPv6 address`;
    }
  },
  usage: {
    heading: 'Usage:',
    analyze: 'explain how Zendesk would judge a message (verdict, findings, fixes)',
    spf: 'evaluate SPF for one IP, sender and HELO (RFC 7208 check_host)',
  },
};
