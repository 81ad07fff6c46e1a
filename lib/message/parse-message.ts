// parseMessage: raw pasted text -> the typed MessageModel. No DNS, no I/O: recognise the input form,
// split header section and body (the body is sliced, never walked), then route each field to the parser
// that understands it and build the hop chain, edge, origin and forwarding signs.
import { decodeEncodedWords } from '../headers/decode-encoded-words';
import { mailboxesOf, parseAddressList, parseMailbox, type AddressEntry } from '../headers/parse-address-list';
import { parseArcAuthenticationResults } from '../headers/parse-arc-authentication-results';
import { parseAuthenticationResults } from '../headers/parse-authentication-results';
import { parseDate, type ParsedDate } from '../headers/parse-date';
import { parseReceivedSpf } from '../headers/parse-received-spf';
import { buildHops } from '../path/build-hops';
import { findPath } from '../path/find-path';
import { organizationOf } from '../path/organization-of';
import { checkInput } from './check-input';
import { fieldsProblem } from './email-field-names';
import { findEmbeddedMessage } from './find-embedded-message';
import { looksCutShort } from './looks-cut-short';
import type { HeaderProblem, MessageModel, ParseResult, ReturnPath, SingletonField } from './model';
import { recognizeInput, type InputRepair } from './recognize-input';
import { unfold, type HeaderField } from '../headers/header-field';
import { findHeaderBoundary, splitMessage } from './split';

// Repairs that change bytes inside header fields (the others only remove text around the message).
const ALTERING_REPAIRS = new Set<InputRepair['kind']>(['quote-marks-removed', 'folding-restored', 'line-endings-normalised']);

const SINGLETONS: SingletonField[] = ['from', 'date', 'sender', 'reply-to', 'to', 'cc', 'subject', 'message-id'];

/** Parses pasted text into a MessageModel, or says specifically why it is not an email; never throws. */
export function parseMessage(text: string): ParseResult {
  const check = checkInput(text);
  if (!check.ok) return { ok: false, problem: check };
  const recognized = recognizeInput(text);
  const split = splitMessage(recognized.text);
  const problem = fieldsProblem(split.fields);
  if (problem) return { ok: false, problem };
  const fields = split.fields;
  const problems: HeaderProblem[] = split.strayLines
    .filter((stray) => stray.text.trim() !== '')
    .map((stray) => ({ kind: 'stray-line', line: stray.line, text: stray.text.slice(0, 200) }));

  const first = (key: string) => fields.find((field) => field.key === key);
  const addresses = (key: string): AddressEntry[] => {
    const entries = fields.filter((field) => field.key === key).flatMap((field) => {
      const parsed = parseAddressList(unfold(field.value));
      for (const entry of parsed) {
        if (entry.kind === 'invalid') problems.push({ kind: 'invalid-address', field: field.name, line: field.line, text: entry.text.slice(0, 200), reason: entry.reason });
      }
      return parsed;
    });
    return entries;
  };

  for (const key of SINGLETONS) {
    const count = fields.filter((field) => field.key === key).length;
    if (count > 1) problems.push({ kind: 'repeated-field', field: key, count });
  }
  if (!first('from')) problems.push({ kind: 'missing-field', field: 'from' });
  if (!first('date')) problems.push({ kind: 'missing-field', field: 'date' });

  const chain = buildHops(fields);
  const from = addresses('from');
  const authResults = fields
    .filter((field) => field.key === 'authentication-results')
    .map((field) => {
      const parsed = parseAuthenticationResults(unfold(field.value));
      for (const problem of parsed.problems) problems.push({ kind: 'unreadable-authentication-results', field: field.name, line: field.line, problem });
      return { ...parsed, line: field.line };
    });
  const authorOrganization = organizationOf(mailboxesOf(from)[0]?.asciiDomain);
  const path = findPath({ fields, hops: chain.hops, authResults, authorOrganization });

  const boundary = findHeaderBoundary(recognized.text);
  const body = split.body;
  const kind = body !== null && /\S/.test(body) ? 'full' : 'headers-only';
  const message: MessageModel = {
    input: {
      form: recognized.form,
      repairs: recognized.repairs,
      fieldTextAltered: recognized.repairs.some((repair) => ALTERING_REPAIRS.has(repair.kind)),
      size: text.length,
      headerSize: boundary.headerEnd,
      bodySize: body === null ? null : body.length,
      gmailSummary: recognized.gmailSummary,
      cutShort: looksCutShort(text, recognized.repairs.find((repair) => repair.kind === 'leading-lines-removed')?.count ?? 0, fields),
    },
    kind,
    fields,
    body: kind === 'full' ? body : null,
    subject: textOf(first('subject')),
    from,
    to: addresses('to'),
    cc: addresses('cc'),
    replyTo: addresses('reply-to'),
    sender: addresses('sender'),
    returnPath: returnPathOf(first('return-path')),
    date: dateOf(first('date'), problems),
    messageId: first('message-id') ? unfold(first('message-id')?.value ?? '') || null : null,
    hops: chain.hops,
    totalDelaySeconds: chain.totalDelaySeconds,
    clockSkew: chain.clockSkew,
    authResults,
    arcAuthResults: fields
      .filter((field) => field.key === 'arc-authentication-results')
      .map((field) => ({ ...parseArcAuthenticationResults(unfold(field.value)), line: field.line })),
    receivedSpf: fields.filter((field) => field.key === 'received-spf').map((field) => ({ ...parseReceivedSpf(unfold(field.value)), line: field.line })),
    forwarding: path.forwarding,
    edge: path.edge,
    origin: path.origin,
    recipient: path.recipient,
    submissionHopIndex: path.submissionHopIndex,
    authorOrganization,
    embedded: kind === 'full' && body !== null && isMultipart(first('content-type')) ? findEmbeddedMessage(body) : null,
    problems,
  };
  return { ok: true, message };
}

function textOf(field: HeaderField | undefined): string | null {
  if (!field) return null;
  return decodeEncodedWords(unfold(field.value)).replace(/[ \t]+/g, ' ');
}

function dateOf(field: HeaderField | undefined, problems: HeaderProblem[]): ParsedDate | null {
  if (!field) return null;
  const date = parseDate(unfold(field.value));
  if (!date.ok) problems.push({ kind: 'unreadable-date', field: field.name, line: field.line, text: date.text, reason: date.reason });
  return date;
}

function returnPathOf(field: HeaderField | undefined): ReturnPath | null {
  if (!field) return null;
  const value = unfold(field.value);
  // RFC 5321 §4.1.2: Reverse-path = Path / "<>"; the null path marks bounces and auto-replies.
  if (/^<\s*>$/.test(value)) return { kind: 'null' };
  return parseMailbox(value);
}

function isMultipart(field: HeaderField | undefined): boolean {
  return !!field && /^\s*multipart\//i.test(unfold(field.value));
}
