// Findings about the paste itself and about who received the message (design notes, "Judgement":
// uncertainty is said, not hidden). A paste cut short gets "paste the whole header block" instead of a
// confident verdict on fields that may only be missing from the copy; a message received by someone
// other than Zendesk says so, since the verdict is then how Zendesk would judge the same sending server.
import type { MessageModel } from '../../message/model';
import { organizationOf } from '../../path/organization-of';
import { note } from '../evidence';
import { rfc } from '../recommendations';
import type { EdgeSummary, BuiltFinding } from '../types';

// Zendesk support addresses and its mail hosts are in zendesk.com (support@yoursubdomain.zendesk.com).
const ZENDESK_ORGANIZATIONS = ['zendesk.com'];

const HOW_TO_COPY = 'In Gmail: open the message, choose ⋮ (More) > Show original, then Copy to clipboard. In Outlook on the web: open the message, choose … (More actions) > View > View message details, and copy all of it. In Outlook for Windows: open the message, File > Properties, and copy the whole "Internet headers" box.';

export function inputFindings(model: MessageModel): BuiltFinding[] {
  const sign = model.input.cutShort;
  if (!sign) return [];
  const why = sign === 'starts-mid-field'
    ? 'The text starts in the middle of a header field: the lines above it were not copied.'
    : 'It has Received fields but no From field and no Date or Subject: the part of the header block that carries them was not copied.';
  return [{
    id: 'input.incomplete',
    severity: 'warn',
    title: 'The paste looks cut short: paste the whole header block',
    explanation: `${why} Fields missing from a partial copy say nothing about the message, so no verdict is given on them. ${HOW_TO_COPY}`,
    evidence: [note(sign === 'starts-mid-field' ? 'The first line is the continuation of a field.' : 'Received fields are present; From is missing, and Date or Subject too.')],
    recommendation: rfc('RFC 5322 §2.1', 'A message is its whole header section (every field), a blank line, then the body'),
  }];
}

/** True when the paste was cut short: From and Date then only lack in the copy, so their absence decides nothing. */
export function softenCutShortFindings(findings: BuiltFinding[], model: MessageModel): BuiltFinding[] {
  if (!model.input.cutShort) return findings;
  return findings.map((finding) => (finding.id === 'header.missing' && 'explanation' in finding
    ? { ...finding, severity: 'info' as const, explanation: `${finding.explanation} The paste looks cut short, so the field may only be missing from the copy.` }
    : finding));
}

export function receiverFinding(edge: EdgeSummary | null, model: MessageModel): BuiltFinding[] {
  if (!edge?.receiver) return [];
  const organization = organizationOf(edge.receiver);
  if (!organization || ZENDESK_ORGANIZATIONS.includes(organization)) return [];
  const hop = model.hops[edge.hopIndex];
  return [{
    id: 'receiver.not-zendesk',
    severity: 'info',
    title: `Received by ${edge.receiver}, not by Zendesk`,
    explanation: `The server that took this message in is ${edge.receiver} (${organization}), not Zendesk. The verdict is how Zendesk would judge the same sending server, with the same records, if the message were sent to Zendesk.`,
    evidence: hop ? [{ kind: 'header', field: 'Received', line: hop.line, text: hop.raw }] : [],
    recommendation: rfc('RFC 5321 §4.4', 'Each server that accepts a message adds a Received field naming itself'),
  }];
}
