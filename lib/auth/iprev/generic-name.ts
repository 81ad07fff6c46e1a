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
  // Scanned, not matched with patterns built from the address: a batch meets thousands of addresses,
  // and each built pattern was compiled once per name checked (nine per name).
  const signals: GenericSignal[] = [];
  const runs = digitRuns(host);
  const octets = Array.from(ip.bytes, String);
  for (const order of ['forward', 'reversed'] as const) {
    const sequence = order === 'forward' ? octets : [...octets].reverse();
    for (const separator of ['.', '-', '_', ''] as const) {
      const matched = separator === '' ? paddedOctets(runs, sequence) : separatedOctets(host, runs, sequence, separator);
      if (matched !== null) signals.push({ kind: 'ip-digits', order, separator, matched });
    }
  }
  const hex = Array.from(ip.bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  const hexMatch = findBounded(host, hex, isHexDigit);
  if (hexMatch !== null) signals.push({ kind: 'ip-hex', matched: hexMatch });
  return signals;
}

interface DigitRun {
  start: number;
  end: number;
  digits: string;
}

/** The maximal runs of decimal digits in a name (a run never has a digit on either side). */
function digitRuns(text: string): DigitRun[] {
  const runs: DigitRun[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const digit = i < text.length && isDigit(text.charCodeAt(i));
    if (digit && start < 0) start = i;
    if (!digit && start >= 0) {
      runs.push({ start, end: i, digits: text.slice(start, i) });
      start = -1;
    }
  }
  return runs;
}

// Octets may be zero-padded ("001-002-003-004"): a run is an octet when it is the octet's digits after
// at most 3 digits' worth of leading zeros.
function isOctet(run: string, octet: string): boolean {
  return run.length <= 3 && run.endsWith(octet) && /^0*$/.test(run.slice(0, run.length - octet.length));
}

/** Four runs in a row, each one octet, joined by exactly one separator; the leftmost such text. */
function separatedOctets(host: string, runs: DigitRun[], octets: string[], separator: '.' | '-' | '_'): string | null {
  for (let i = 0; i + octets.length <= runs.length; i++) {
    const fits = octets.every((octet, k) => {
      const run = runs[i + k] as DigitRun;
      const previous = runs[i + k - 1];
      const joined = k === 0 || (previous !== undefined && run.start === previous.end + 1 && host[previous.end] === separator);
      return joined && isOctet(run.digits, octet);
    });
    if (fits) return host.slice((runs[i] as DigitRun).start, (runs[i + octets.length - 1] as DigitRun).end);
  }
  return null;
}

// Without a separator only the padded form counts ("001002003004"), as "1234" alone cannot be told
// apart from any number in a host name.
function paddedOctets(runs: DigitRun[], octets: string[]): string | null {
  const padded = octets.map((octet) => octet.padStart(3, '0')).join('');
  return runs.find((run) => run.digits === padded)?.digits ?? null;
}

/** The leftmost occurrence of `text` with no `inside` character just before or after it. */
function findBounded(host: string, text: string, inside: (code: number) => boolean): string | null {
  for (let at = host.indexOf(text); at >= 0; at = host.indexOf(text, at + 1)) {
    const before = at > 0 && inside(host.charCodeAt(at - 1));
    const after = at + text.length < host.length && inside(host.charCodeAt(at + text.length));
    if (!before && !after) return text;
  }
  return null;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isHexDigit(code: number): boolean {
  return isDigit(code) || (code >= 97 && code <= 102);
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
    const matched = findBounded(host, candidate, isHexDigit);
    if (matched !== null) return [{ kind: 'ip-hex', matched }];
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
