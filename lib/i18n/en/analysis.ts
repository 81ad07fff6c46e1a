// English words of what the analysis could not do: input that is not an email or looks cut short, no
// sending server found, no DNS, a deadline passed, a fault of the program.
import type { InputProblem } from '../../message/check-input';
import type { AnalysisParams } from '../../report/params/analysis';
import type { CheckName } from '../../report/types';
import type { FindingTextsOf } from '../catalog';
import type { Format } from '../format';
import { seconds } from './shared';

export const CHECK_NAMES: Record<CheckName, string> = { iprev: 'PTR', helo: 'HELO', spf: 'SPF', dkim: 'DKIM', dmarc: 'DMARC', arc: 'ARC', domains: 'header domains', mx: 'MX' };

/** Exact bytes, with MiB beside them for scale: "41,944,064 bytes (40.001 MiB)". */
function bytes(count: number, format: Format): string {
  const mib = count / 1024 / 1024;
  return `${format.number(count)} bytes (${Number.isInteger(mib) ? format.number(mib) : mib.toFixed(3)} MiB)`;
}

/** Why the input is not an email, in one sentence (the Report's input.problem.message, the CLI's reason). */
export function inputProblem(problem: InputProblem, format: Format): string {
  switch (problem.reason) {
    case 'empty':
      return 'The input is empty: paste the message source or its header block.';
    case 'too-large':
      return problem.stoppedAt
        ? `The input is more than ${bytes(problem.limitBytes, format)}, the limit; reading stopped after ${bytes(problem.bytes, format)}.`
        : `The input is ${bytes(problem.bytes, format)}, over the limit of ${bytes(problem.limitBytes, format)}.`;
    case 'binary':
      return `The input looks like binary data (a control character at offset ${format.number(problem.offset)}), not the text of an email.`;
    case 'no-header-lines':
      return 'No header lines ("Name: value") were found: this does not look like an email message or header block.';
    case 'no-email-fields':
      return `${fieldLines(problem, format)} but ${problem.count === 1 ? 'it is not' : 'none is'} a field of an email (such as From, Date, Subject or Received): this does not look like an email message or header block.`;
  }
}

/** 'The text has 2 lines of the form "Name: value" ("Note", "conditions")' */
function fieldLines(problem: { names: string[]; count: number }, format: Format): string {
  const names = problem.names.map((name) => `"${name}"`);
  if (problem.count > problem.names.length) names.push(`${format.number(problem.count - problem.names.length)} more`);
  return `The text has ${format.count(problem.count, { one: 'line', other: 'lines' })} of the form "Name: value" (${format.list(names)}),`;
}

const TRY_AGAIN = 'The verdict is unknown, not trusted: try again, or choose another resolver.';

const HOW_TO_COPY = 'In Gmail: open the message, choose ⋮ (More) > Show original, then Copy to clipboard. In Outlook on the web: open the message, choose … (More actions) > View > View message details, and copy all of it. In Outlook for Windows: open the message, File > Properties, and copy the whole "Internet headers" box.';

export const analysis: FindingTextsOf<AnalysisParams> = {
  'input.not-email': (p, format) => ({ title: 'This is not an email message', explanation: inputProblem(p.problem, format) }),
  'edge.not-found': (p) => ({
    title: 'No sending server was found in the Received fields',
    explanation: p.hops === 0
      ? 'The message has no Received fields, so the sending IP and HELO name are unknown: PTR, HELO and SPF cannot be re-checked. Paste the full source as the receiver saw it.'
      : 'Every Received field is from inside one system (private addresses or no IP), so the server that handed the message over is not known.',
  }),
  'dns.offline': (p) => ({
    title: 'Offline: nothing was re-checked over DNS',
    explanation: `This report rests on the headers alone. ${p.receiverDecides ? 'The verdict follows the receiver\'s own Authentication-Results; ' : 'The receiver\'s Authentication-Results show what it saw then; '}PTR, HELO, SPF, DKIM, DMARC and ARC were not re-checked.`,
  }),
  'dns.unavailable': (p, format) => (p.cause === 'cancelled'
    ? { title: 'The analysis was cancelled before DNS answered', explanation: 'The re-check was stopped, so nothing was re-checked. The verdict is unknown, not trusted.' }
    : { title: 'DNS could not be reached', explanation: `${p.queries === 1 ? 'The only query' : `All ${format.number(p.queries)} queries`} to ${p.resolver} failed, so nothing could be re-checked. ${TRY_AGAIN}` }),
  'analysis.fault': (p) => ({
    title: 'MailTrust could not finish the analysis',
    explanation: `An internal error stopped the analysis (${p.error}). This is a fault of MailTrust, not of the message: please report it with the message source.`,
  }),
  'analysis.time-limit': (p, format) => ({
    title: `Not checked in time: ${format.list(p.checks.map((check) => CHECK_NAMES[check]))}`,
    explanation: `The re-check has a time limit${p.limitMs === null ? '' : ` (${seconds(p.limitMs, format)})`}, and DNS did not answer these checks before it passed. ${TRY_AGAIN}`,
  }),
  'input.incomplete': (p) => ({
    // The verdict's reason asks for the whole header block and the explanation says how: the title only names the problem.
    title: 'The paste looks cut short',
    explanation: `${{
      'starts-mid-field': 'The text starts in the middle of a header field: the lines above it were not copied.',
      'no-message-fields': 'It has Received fields but no From field and no Date or Subject: the part of the header block that carries them was not copied.',
      'no-received': 'It has no Received field, which every server that accepted the message adds, so it is not the source as received: a part of the header block, or the summary a mail client shows on top of a forwarded message.',
    }[p.sign]} Fields missing from a partial copy say nothing about the message, so no verdict is given on them. ${HOW_TO_COPY}`,
  }),
};
