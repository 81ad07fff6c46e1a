// English words of the path and input as the pages show them: why a check did not run.
import type { InputRepair } from '../../message/recognize-input';
import { SERVICES } from '../../path/receiving-services';
import type { EdgeReason, ForwardingSignFacts, NotCheckedFacts } from '../../report/types';
import type { OriginFacts } from '../path';
import type { Format } from '../format';
import { SIGN } from './arc';
import { seconds } from './shared';

const HOP = { edge: 'edge', origin: 'origin' } as const;

export function notChecked(facts: NotCheckedFacts, format: Format): string {
  switch (facts.reason) {
    case 'offline':
      // Shown after "Not checked:" (components/CheckState.tsx): no colon of its own.
      return 'No DNS query was made (offline mode).';
    case 'no-edge-hop':
      return 'No Received hop from outside the receiving system was found, so there is no sending IP or HELO to check.';
    case 'no-ip':
      return facts.hop ? `The ${HOP[facts.hop]} hop does not state the sending IP.` : 'The hop does not state the sending IP.';
    case 'no-helo':
      return facts.hop ? `The ${HOP[facts.hop]} hop does not state the HELO name.` : 'The hop does not state the HELO name.';
    case 'no-domain':
      return 'There is no From domain to check.';
    case 'headers-missing':
      return 'The header fields this check needs are not in the input.';
    case 'aborted':
      return 'The analysis was cancelled before this check.';
    case 'limit':
      return facts.limit === undefined ? 'Beyond the number of DKIM signatures one analysis checks.' : `Only the first ${format.number(facts.limit)} DKIM signatures are checked.`;
    case 'time-limit':
      return facts.limitMs === undefined ? 'The time limit ran out before this check.' : `The time limit (${seconds(facts.limitMs, format)}) ran out before this check.`;
    case 'unavailable':
      return 'The analysis stopped before this check.';
  }
}

/** Why this hop is the edge: where the message entered the receiving organization. */
export function edgeReason(reason: EdgeReason, format: Format): string {
  switch (reason.kind) {
    case 'first-external':
      return 'the newest hop from a server outside the receiving hosts';
    case 'same-organization':
      return 'every sending server is in the receiver\'s own organization (mail between two of its users); the oldest public hop is taken';
    case 'mx-host':
      return `reached ${reason.host}, an MX host of ${reason.domain}`;
    case 'inbound-gateway': {
      const of = reason.recipientDomain ? ` of ${reason.recipientDomain}` : '';
      const marks = reason.marks.length > 0 ? `: ${reason.marks.join(', ')}` : '';
      return `entered at ${SERVICES[reason.service].name}, the inbound gateway${of} (inferred from the headers${marks})`;
    }
    case 'mailbox-service':
      return `Exchange Online marks (${format.list(reason.marks)})`;
    case 'auth-results':
      return `no Received hop names a public sender; ${reason.authservId}'s Authentication-Results name the client in ${reason.property}`;
  }
}

/** Why this hop is the origin: where the forwarder's hops end below the edge. */
export function originReason(origin: OriginFacts): string {
  const forwarder = origin.forwarder ? ` (${origin.forwarder})` : '';
  const by = origin.receiver ? `, handed to ${origin.receiver}` : '';
  return `the first sender below the edge outside the forwarder${forwarder} and the receiving organization${by}; authenticated submissions are not counted`;
}

/** What the reader of the input repaired or ignored (InputSummary.notes). */
export function inputRepair(repair: InputRepair, format: Format): string {
  switch (repair.kind) {
    case 'byte-order-mark-removed':
      return 'A byte order mark was removed.';
    case 'leading-lines-removed':
      return `${format.count(repair.count, { one: 'line', other: 'lines' })} before the first header field ${format.plural(repair.count, { one: 'was', other: 'were' })} ignored.`;
    case 'quote-marks-removed':
      return `Quote marks ("> ") were removed from ${format.count(repair.lines, { one: 'line', other: 'lines' })}.`;
    case 'mbox-from-line-removed':
      return 'The mbox "From " line was removed.';
    case 'gmail-summary-removed':
      return `Gmail's "Show original" summary (${format.count(repair.lines, { one: 'line', other: 'lines' })}) was removed.`;
    case 'folding-restored':
      return `Folding was restored on ${format.count(repair.lines, { one: 'line', other: 'lines' })} (Outlook's header box loses indentation).`;
    case 'line-endings-normalised':
      return `Line endings were normalised from ${repair.from}.`;
  }
}

/** A forwarding sign from its facts, and the header line it is on when there is one (ForwardingSign.description, the forwarding finding's evidence). */
export function forwardingSign(sign: ForwardingSignFacts, line: number | null, format: Format): string {
  const at = line === null ? '' : ` (line ${format.number(line)})`;
  switch (sign.kind) {
    case 'arc-set':
      return `ARC sets sealed by ${sign.sealers.map((sealer) => `${sealer.domain ?? '?'} (i=${sealer.instance ?? '?'})`).join(', ')}${at}`;
    case 'resent-fields':
      return `Resent fields: ${sign.names.join(', ')}${at}`;
    case 'x-forwarded-to':
    case 'x-forwarded-for':
    case 'x-google-original-from':
      return `${sign.kind}: ${sign.value}${at}`;
    case 'recipient-domain-change':
      return `The recipient domain changes from ${sign.from} to ${sign.to} along the hops${at}`;
    default: {
      const label = SIGN[sign.kind];
      return `${label.charAt(0).toUpperCase()}${label.slice(1)}${at}`;
    }
  }
}
