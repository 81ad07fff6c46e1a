// Address fields (RFC 5322 §3.4): From, To, Cc, Reply-To, Sender, Resent-*. Lenient about what real
// mail contains (unquoted "@" or "." in display names, old "addr (Name)" form, obsolete routes), and
// every entry that cannot be read becomes an `invalid` entry with the reason, never an exception.
import { localPartProblem, type LocalPartProblem } from './check-local-part';
import { decodeEncodedWords } from './decode-encoded-words';
import { readComment, readQuotedString } from './read-cfws';
import { toAsciiDomain, type DomainNameProblem } from './to-ascii-domain';

export interface Mailbox {
  kind: 'mailbox';
  /** Display name, unquoted and RFC 2047-decoded; null when absent. */
  displayName: string | null;
  /** local-part@domain with the domain in lower-case A-labels (what DNS checks use). */
  address: string;
  localPart: string;
  /** The domain as written (may hold U-labels or a domain literal). */
  domain: string;
  /** The domain as A-labels, lower case; null for a domain literal or a name that is not a valid domain. */
  asciiDomain: string | null;
}

export interface Group {
  kind: 'group';
  name: string;
  members: Mailbox[];
}

export interface InvalidAddress {
  kind: 'invalid';
  text: string;
  reason: AddressProblem;
}

/** Why a mailbox could not be read, as data (the catalogs word it); `address` is the addr-spec as written. */
export type AddressProblem =
  | { kind: 'empty' }
  | { kind: 'no-address' }
  | { kind: 'no-at'; address: string }
  | { kind: 'empty-local-part'; address: string }
  | { kind: 'empty-domain'; address: string }
  | { kind: 'bad-local-part'; problem: LocalPartProblem }
  | { kind: 'bad-domain'; problem: DomainNameProblem };

export type AddressEntry = Mailbox | Group | InvalidAddress;

/** Parses an address-list (or mailbox-list) field value; never throws. */
export function parseAddressList(value: string): AddressEntry[] {
  const entries: AddressEntry[] = [];
  for (const piece of splitTopLevel(value)) {
    if (piece.kind === 'group') {
      const members: Mailbox[] = [];
      for (const text of piece.members) {
        const entry = parseMailbox(text);
        if (entry.kind === 'mailbox') members.push(entry);
        else if (entry.reason.kind !== 'empty') entries.push(entry);
      }
      entries.push({ kind: 'group', name: cleanPhrase(piece.name), members });
    } else {
      const entry = parseMailbox(piece.text);
      if (entry.kind === 'invalid' && entry.reason.kind === 'empty') continue;
      entries.push(entry);
    }
  }
  return entries;
}

/** All mailboxes of an address list, group members included. */
export function mailboxesOf(entries: AddressEntry[]): Mailbox[] {
  return entries.flatMap((entry) => (entry.kind === 'mailbox' ? [entry] : entry.kind === 'group' ? entry.members : []));
}

type Piece = { kind: 'single'; text: string } | { kind: 'group'; name: string; members: string[] };

/** Splits at top-level commas, outside quotes, comments, angle brackets and domain literals; finds groups. */
function splitTopLevel(value: string): Piece[] {
  const pieces: Piece[] = [];
  let current = '';
  let group: { name: string; members: string[] } | null = null;
  let inAngle = false;
  let inLiteral = false;
  const endEntry = () => {
    if (group) group.members.push(current);
    else pieces.push({ kind: 'single', text: current });
    current = '';
  };
  for (let i = 0; i < value.length; i++) {
    const c = value[i] ?? '';
    if (c === '"') {
      const quoted = readQuotedString(value, i);
      current += value.slice(i, quoted.end);
      i = quoted.end - 1;
    } else if (c === '(' && !inLiteral) {
      const comment = readComment(value, i);
      current += value.slice(i, comment.end);
      i = comment.end - 1;
    } else if (c === '[') {
      inLiteral = true;
      current += c;
    } else if (c === ']') {
      inLiteral = false;
      current += c;
    } else if (inLiteral) {
      current += c;
    } else if (c === '<') {
      inAngle = true;
      current += c;
    } else if (c === '>') {
      inAngle = false;
      current += c;
    } else if (inAngle) {
      current += c;
    } else if (c === ':' && !group) {
      // RFC 5322 §3.4: group = display-name ":" [group-list] ";"
      group = { name: current, members: [] };
      current = '';
    } else if (c === ';' && group) {
      endEntry();
      pieces.push({ kind: 'group', name: group.name, members: group.members });
      group = null;
    } else if (c === ',') {
      endEntry();
    } else {
      current += c;
    }
  }
  if (group) {
    endEntry(); // a group without its closing ";" still counts
    pieces.push({ kind: 'group', name: group.name, members: group.members });
  } else {
    endEntry();
  }
  return pieces;
}

/** Parses one mailbox: `name-addr` ("Name <a@b>") or `addr-spec` ("a@b (Name)"). */
export function parseMailbox(input: string): Mailbox | InvalidAddress {
  const text = input.trim();
  if (text === '') return { kind: 'invalid', text, reason: { kind: 'empty' } };
  const angle = findTopLevel(text, '<');
  let phrase: string | null = null;
  let spec: string;
  if (angle >= 0) {
    const close = text.indexOf('>', angle);
    spec = text.slice(angle + 1, close >= 0 ? close : text.length);
    phrase = cleanPhrase(text.slice(0, angle));
    // RFC 5322 §4.4: obs-route "@a,@b:" before the address is ignored.
    const route = spec.lastIndexOf(':');
    if (route >= 0 && spec.trimStart().startsWith('@')) spec = spec.slice(route + 1);
  } else {
    spec = text;
  }
  const { bare, comments } = stripComments(spec);
  if (phrase === null || phrase === '') phrase = comments.length ? decodeEncodedWords(comments.join(' ')).trim() || null : null;
  return parseAddrSpec(bare, text, phrase === '' ? null : phrase);
}

function parseAddrSpec(spec: string, text: string, displayName: string | null): Mailbox | InvalidAddress {
  const compact = removeWhitespaceOutsideQuotes(spec);
  if (compact === '') return { kind: 'invalid', text, reason: { kind: 'no-address' } };
  const at = compact.lastIndexOf('@');
  if (at < 0) return { kind: 'invalid', text, reason: { kind: 'no-at', address: compact } };
  const localPart = compact.slice(0, at);
  const domain = compact.slice(at + 1);
  if (localPart === '') return { kind: 'invalid', text, reason: { kind: 'empty-local-part', address: compact } };
  if (domain === '') return { kind: 'invalid', text, reason: { kind: 'empty-domain', address: compact } };
  const badLocalPart = localPartProblem(localPart);
  if (badLocalPart) return { kind: 'invalid', text, reason: { kind: 'bad-local-part', problem: badLocalPart } };
  if (domain.startsWith('[')) {
    // RFC 5322 §3.4.1: a domain literal ("[192.0.2.1]") names no domain for DNS checks.
    return { kind: 'mailbox', displayName, address: `${localPart}@${domain}`, localPart, domain, asciiDomain: null };
  }
  const ascii = toAsciiDomain(domain);
  if (!ascii.ok) return { kind: 'invalid', text, reason: { kind: 'bad-domain', problem: ascii.reason } };
  return { kind: 'mailbox', displayName, address: `${localPart}@${ascii.ascii}`, localPart, domain, asciiDomain: ascii.ascii };
}

/** Index of `target` outside quoted strings and comments, or -1. */
function findTopLevel(text: string, target: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') i = readQuotedString(text, i).end - 1;
    else if (c === '(') i = readComment(text, i).end - 1;
    else if (c === target) return i;
  }
  return -1;
}

function stripComments(text: string): { bare: string; comments: string[] } {
  let bare = '';
  const comments: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      const quoted = readQuotedString(text, i);
      bare += text.slice(i, quoted.end);
      i = quoted.end - 1;
    } else if (c === '(') {
      const comment = readComment(text, i);
      if (comment.text.trim()) comments.push(comment.text.trim());
      i = comment.end - 1;
    } else {
      bare += c;
    }
  }
  return { bare, comments };
}

function removeWhitespaceOutsideQuotes(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (c === '"') {
      const quoted = readQuotedString(text, i);
      out += text.slice(i, quoted.end);
      i = quoted.end - 1;
    } else if (c !== ' ' && c !== '\t' && c !== '\r' && c !== '\n') {
      out += c;
    }
  }
  return out;
}

/** A display name: comments dropped, quoted strings unquoted, encoded words decoded, spaces collapsed. */
function cleanPhrase(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      const quoted = readQuotedString(text, i);
      out += quoted.text;
      i = quoted.end - 1;
    } else if (c === '(') {
      i = readComment(text, i).end - 1;
    } else {
      out += c;
    }
  }
  return decodeEncodedWords(out).replace(/[ \t\r\n]+/g, ' ').trim();
}
