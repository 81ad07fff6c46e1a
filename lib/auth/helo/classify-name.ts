// The HELO tests that need no DNS: what kind of text the client gave as its name.
import { parse } from 'tldts';
import { isSameAddress, parseClientIp } from '../../net/ip-address';
import type { HeloProblem } from './types';

// RFC 5321 §4.1.2: sub-domain = Let-dig [Ldh-str]; RFC 1035 §2.3.4: labels of 63 octets at most.
// Non-ASCII letters are let through for U-labels (RFC 6531 §3.3); the TLD test judges them.
const LABEL = /^[\p{L}\p{N}]([\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;
const MAX_NAME_LENGTH = 253;

/** The problem that makes DNS tests pointless for this name, or undefined when it is a plausible host name. */
export function classifyHeloName(name: string, connectingIp: string | undefined): HeloProblem | undefined {
  const text = name.trim();
  if (text === '') return { kind: 'malformed', reason: { kind: 'empty' } };

  // RFC 5321 §4.1.3: address-literal = "[" ( IPv4-address-literal / IPv6-address-literal ) "]"
  const bracketed = /^\[(.*)\]$/.exec(text);
  const literal = bracketed ? (bracketed[1] ?? '').replace(/^IPv6:/i, '') : text;
  const address = parseClientIp(literal);
  if (address) {
    const matches = connectingIp !== undefined && isSameAddress(address, connectingIp);
    return { kind: 'ip-literal', literal: text, bracketed: bracketed !== null, matchesConnectingIp: matches };
  }
  if (bracketed) return { kind: 'malformed', reason: { kind: 'bracketed-not-address' } };

  const host = text.replace(/\.$/, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || host === 'localhost.localdomain') return { kind: 'localhost', form: 'localhost' };
  if (host.length > MAX_NAME_LENGTH) return { kind: 'malformed', reason: { kind: 'too-long', length: host.length, max: MAX_NAME_LENGTH } };
  const labels = host.split('.');
  const bad = labels.find((label) => !LABEL.test(label));
  if (bad !== undefined) {
    return { kind: 'malformed', reason: bad === '' ? { kind: 'empty-label' } : { kind: 'bad-label', label: bad } };
  }
  if (labels.length === 1) return { kind: 'localhost', form: 'single-label' };

  const tld = labels[labels.length - 1] ?? '';
  // tldts falls back to a "*" rule for unknown TLDs; isIcann is true only for a listed suffix.
  if (parse(tld).isIcann !== true) return { kind: 'invalid-tld', tld };
  return undefined;
}
