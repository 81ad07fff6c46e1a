// Zendesk's recommendation 1: a PTR name should not look residential or generic, i.e. carry the IP's
// digits ("4-3-2-1-cable-subscribers.isp.com" for 1.2.3.4) or an access-network word (cable, dsl, ...).
// Receivers treat such names as end-user connections that should not send mail directly.
import type { IpAddress } from '../../net/ip-address';
import { normalizeDomain, organizationalDomain } from '../organizational-domain';

export type GenericSignal =
  /** The address's decimal octets, in either order, joined by one separator (or zero-padded to 3 digits with none). */
  | { kind: 'ip-digits'; order: 'forward' | 'reversed'; separator: '.' | '-' | '_' | ''; matched: string }
  /** The address written in hexadecimal (8 digits for IPv4, 32 or grouped for IPv6). */
  | { kind: 'ip-hex'; matched: string }
  /** A label, or a part of one between digits and dashes, is an access-network word. */
  | { kind: 'isp-word'; word: string; label: string };

/** Words ISPs put in the names of end-user (dynamic, residential) addresses. */
export const ISP_WORDS: readonly string[] = [
  'cable', 'dsl', 'adsl', 'vdsl', 'xdsl', 'sdsl', 'dyn', 'dynamic', 'dynip', 'pool', 'dhcp', 'cust', 'customer',
  'customers', 'broadband', 'ppp', 'pppoe', 'dial', 'dialup', 'dialin', 'subscriber', 'subscribers', 'residential',
  'cpe', 'hsd', 'fios', 'unassigned',
];

/** Every reason the name looks generic for this address; empty when it does not. */
export function genericNameSignals(name: string, ip: IpAddress): GenericSignal[] {
  const host = normalizeDomain(name);
  return [...ipDigitSignals(host, ip), ...ispWordSignals(host)];
}

function ipDigitSignals(host: string, ip: IpAddress): GenericSignal[] {
  if (ip.version === 6) return ipv6HexSignals(host, ip);
  const signals: GenericSignal[] = [];
  const octets = Array.from(ip.bytes, String);
  for (const order of ['forward', 'reversed'] as const) {
    const sequence = order === 'forward' ? octets : [...octets].reverse();
    for (const separator of ['.', '-', '_', ''] as const) {
      const match = octetPattern(sequence, separator).exec(host);
      if (match) signals.push({ kind: 'ip-digits', order, separator, matched: match[0] });
    }
  }
  const hex = Array.from(ip.bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  const hexMatch = new RegExp(`(?<![0-9a-f])${hex}(?![0-9a-f])`).exec(host);
  if (hexMatch) signals.push({ kind: 'ip-hex', matched: hexMatch[0] });
  return signals;
}

// Octets may be zero-padded ("001-002-003-004"); without a separator only the padded form counts,
// as "1234" alone cannot be told apart from any number in a host name.
function octetPattern(octets: string[], separator: '.' | '-' | '_' | ''): RegExp {
  const parts = octets.map((o) => (separator === '' ? o.padStart(3, '0') : `0{0,${3 - o.length}}${o}`));
  const joiner = separator === '' ? '' : `\\${separator}`;
  return new RegExp(`(?<![0-9])${parts.join(joiner)}(?![0-9])`);
}

function ipv6HexSignals(host: string, ip: IpAddress): GenericSignal[] {
  const words: string[] = [];
  for (let i = 0; i < 16; i += 2) words.push((((ip.bytes[i] ?? 0) << 8) | (ip.bytes[i + 1] ?? 0)).toString(16));
  const candidates = [
    Array.from(ip.bytes, (b) => b.toString(16).padStart(2, '0')).join(''),
    words.map((w) => w.padStart(4, '0')).join('-'),
    words.join('-'),
    ip.text.replaceAll(':', '-'),
  ];
  for (const candidate of candidates) {
    const escaped = candidate.replaceAll('-', '\\-');
    const match = new RegExp(`(?<![0-9a-f])${escaped}(?![0-9a-f])`).exec(host);
    if (match) return [{ kind: 'ip-hex', matched: match[0] }];
  }
  return [];
}

// Only the labels left of the organizational domain: "mail.cable.com" belongs to a company named
// Cable, while "cable-1.isp.com" names one of isp.com's customer lines.
function ispWordSignals(host: string): GenericSignal[] {
  const org = organizationalDomain(host);
  const labels = host.split('.');
  const ownLabels = org && host !== org ? labels.slice(0, labels.length - org.split('.').length) : labels.slice(0, -1);
  const signals: GenericSignal[] = [];
  for (const label of ownLabels) {
    const parts = label.split(/[^a-z]+/).filter((p) => p !== '');
    for (const word of new Set(parts)) {
      if (ISP_WORDS.includes(word)) signals.push({ kind: 'isp-word', word, label });
    }
  }
  return signals;
}
