// An SPF record (RFC 7208 §4.6, §5, §6, §12 ABNF) parsed into a typed AST before anything is
// evaluated: §4.6 lets a syntax error anywhere in the record make the whole check a permerror.
import { parseIpv4, parseIpv6, type IpAddress } from '../../net/ip-address';
import { parseMacroString, type MacroString } from './macro';
import type { SpfSyntaxError } from './types';

export type Qualifier = '+' | '-' | '~' | '?';

export type Mechanism =
  | { kind: 'all' }
  | { kind: 'include'; domain: MacroString }
  | { kind: 'a'; domain: MacroString | null; cidr4: number; cidr6: number }
  | { kind: 'mx'; domain: MacroString | null; cidr4: number; cidr6: number }
  | { kind: 'ptr'; domain: MacroString | null }
  | { kind: 'ip4'; network: IpAddress; prefix: number }
  | { kind: 'ip6'; network: IpAddress; prefix: number }
  | { kind: 'exists'; domain: MacroString };

export type MechanismKind = Mechanism['kind'];

export interface Directive {
  /** The term as written in the record, for traces. */
  text: string;
  qualifier: Qualifier;
  mechanism: Mechanism;
}

export interface Modifier {
  text: string;
  name: string;
  value: MacroString;
}

export interface SpfRecord {
  text: string;
  /** Mechanisms in record order (§4.6.2: evaluated left to right). */
  directives: Directive[];
  redirect: Modifier | null;
  exp: Modifier | null;
  /** §6: unknown modifiers are syntax-checked and otherwise ignored. */
  unknownModifiers: Modifier[];
}

export type RecordParse = { ok: true; record: SpfRecord } | { ok: false; error: SpfSyntaxError };

/** §4.5: a record is "v=spf1" (case-insensitive) followed by a space or the end of the text. */
export function isSpfRecord(text: string): boolean {
  return /^v=spf1(?: |$)/i.test(text);
}

const MECHANISMS: readonly MechanismKind[] = ['all', 'include', 'a', 'mx', 'ptr', 'ip4', 'ip6', 'exists'];
const MODIFIER = /^([A-Za-z][A-Za-z0-9\-_.]*)=(.*)$/s;

export function parseRecord(text: string): RecordParse {
  if (!isSpfRecord(text)) return { ok: false, error: { kind: 'no-version' } };
  // §12: terms are separated by 1*SP, and only SP; trailing spaces are allowed.
  const terms = text.slice('v=spf1'.length).split(' ').filter((term) => term !== '');
  const record: SpfRecord = { text, directives: [], redirect: null, exp: null, unknownModifiers: [] };
  for (const term of terms) {
    const modifier = MODIFIER.exec(term);
    if (modifier) {
      const error = addModifier(record, term, modifier[1] ?? '', modifier[2] ?? '');
      if (error) return { ok: false, error };
      continue;
    }
    const directive = parseDirective(term);
    if ('kind' in directive) return { ok: false, error: directive };
    record.directives.push(directive);
  }
  return { ok: true, record };
}

function addModifier(record: SpfRecord, term: string, rawName: string, rawValue: string): SpfSyntaxError | null {
  const name = rawName.toLowerCase();
  if (name === 'redirect' || name === 'exp') {
    // §6: "These two modifiers MUST NOT appear in a record more than once each."
    if (record[name]) return { kind: 'duplicate-modifier', name };
    const domain = parseDomainSpec(rawValue, term);
    if ('kind' in domain) return domain;
    record[name] = { text: term, name, value: domain };
    return null;
  }
  const value = parseMacroString(rawValue, 'domain-spec');
  if (!value.ok) return { kind: 'macro', term: printable(term), error: value.error, modifier: true };
  record.unknownModifiers.push({ text: term, name, value: value.value });
  return null;
}

function parseDirective(term: string): Directive | SpfSyntaxError {
  const qualifier: Qualifier = '+-~?'.includes(term[0] ?? '') ? (term[0] as Qualifier) : '+';
  const body = qualifier === term[0] ? term.slice(1) : term;
  const nameMatch = /^[^:/]*/.exec(body);
  const name = (nameMatch?.[0] ?? '').toLowerCase();
  const rest = body.slice(name.length);
  if (!MECHANISMS.includes(name as MechanismKind)) {
    return { kind: 'unknown-mechanism', term: printable(term) };
  }
  const mechanism = parseMechanism(name as MechanismKind, rest, term);
  return 'error' in mechanism ? mechanism.error : { text: term, qualifier, mechanism };
}

function parseMechanism(kind: MechanismKind, rest: string, term: string): Mechanism | { error: SpfSyntaxError } {
  switch (kind) {
    case 'all':
      return rest === '' ? { kind } : { error: { kind: 'all-argument', term: printable(term) } };
    case 'include':
    case 'exists': {
      if (!rest.startsWith(':')) return { error: { kind: 'needs-domain', term: printable(term), mechanism: kind } };
      const domain = parseDomainSpec(rest.slice(1), term);
      return 'kind' in domain ? { error: domain } : { kind, domain };
    }
    case 'ptr': {
      if (rest === '') return { kind, domain: null };
      if (!rest.startsWith(':')) return { error: { kind: 'ptr-cidr', term: printable(term) } };
      const domain = parseDomainSpec(rest.slice(1), term);
      return 'kind' in domain ? { error: domain } : { kind, domain };
    }
    case 'a':
    case 'mx':
      return parseAddressMechanism(kind, rest, term);
    case 'ip4':
    case 'ip6':
      return parseIpMechanism(kind, rest, term);
  }
}

// §5.3/§5.4: a [ ":" domain-spec ] [ dual-cidr-length ], dual-cidr-length = [ "/" ip4-cidr ] [ "//" ip6-cidr ].
function parseAddressMechanism(kind: 'a' | 'mx', rest: string, term: string): Mechanism | { error: SpfSyntaxError } {
  const cidr = /(?:\/([0-9]+))?(?:\/\/([0-9]+))?$/.exec(rest);
  const suffix = cidr?.[0] ?? '';
  const head = rest.slice(0, rest.length - suffix.length);
  if (head !== '' && !head.startsWith(':')) {
    return { error: { kind: 'address-mechanism', term: printable(term), mechanism: kind } };
  }
  const cidr4 = cidrLength(cidr?.[1], 32);
  const cidr6 = cidrLength(cidr?.[2], 128);
  if (cidr4 === null || cidr6 === null) return { error: { kind: 'cidr-length', term: printable(term) } };
  if (head === '') return { kind, domain: null, cidr4, cidr6 };
  const domain = parseDomainSpec(head.slice(1), term);
  return 'kind' in domain ? { error: domain } : { kind, domain, cidr4, cidr6 };
}

function parseIpMechanism(kind: 'ip4' | 'ip6', rest: string, term: string): Mechanism | { error: SpfSyntaxError } {
  const match = /^:([^/]+)(?:\/([0-9]+))?$/.exec(rest);
  const network = match ? (kind === 'ip4' ? parseIpv4(match[1] ?? '') : parseIpv6(match[1] ?? '')) : null;
  if (!match || !network) return { error: { kind: 'network', term: printable(term), mechanism: kind } };
  const prefix = cidrLength(match[2], kind === 'ip4' ? 32 : 128);
  if (prefix === null) return { error: { kind: 'cidr-length', term: printable(term) } };
  return { kind, network, prefix };
}

// §5.6: a CIDR length is decimal without leading zeros and at most 32 (IPv4) or 128 (IPv6).
function cidrLength(digits: string | undefined, max: number): number | null {
  if (digits === undefined) return max;
  if (!/^(?:0|[1-9][0-9]*)$/.test(digits)) return null;
  const value = Number(digits);
  return value <= max ? value : null;
}

/**
 * §7.1: domain-spec = macro-string domain-end; domain-end = ( "." toplabel [ "." ] ) / macro-expand;
 * toplabel = ( *alphanum ALPHA *alphanum ) / ( 1*alphanum "-" *( alphanum / "-" ) alphanum ).
 */
export function parseDomainSpec(source: string, term: string): MacroString | SpfSyntaxError {
  if (source === '') return { kind: 'empty-domain-spec', term: printable(term) };
  const parsed = parseMacroString(source, 'domain-spec');
  if (!parsed.ok) return { kind: 'macro', term: printable(term), error: parsed.error, modifier: false };
  const last = parsed.value.tokens[parsed.value.tokens.length - 1];
  if (last && last.kind !== 'literal') return parsed.value;
  const text = (last?.text ?? '').replace(/\.$/, '');
  const dot = text.lastIndexOf('.');
  const toplabel = text.slice(dot + 1);
  const validTop = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/.test(toplabel) && /[A-Za-z-]/.test(toplabel);
  if (dot < 0 || !validTop) {
    return { kind: 'top-label', term: printable(term), spec: printable(source) };
  }
  return parsed.value;
}

function printable(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
