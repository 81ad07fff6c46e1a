// Domain names as check_host() receives them (RFC 7208 §4.3) and as macro expansion produces them (§7.3).
import type { SpfNameProblem } from './types';

const MAX_NAME = 253;
const MAX_LABEL = 63;

/** Drops one trailing dot: "o.spf.example.com." and "o.spf.example.com" are the same name (§7.3). */
export function withoutTrailingDot(name: string): string {
  return name.endsWith('.') ? name.slice(0, -1) : name;
}

/**
 * §7.3: "if the expanded domain name exceeds 253 characters ..., the left side is truncated to fit,
 * by removing successive domain labels (and their following dots) until the total length does not
 * exceed 253 characters."
 */
export function truncateDomain(name: string): string {
  let out = withoutTrailingDot(name);
  while (out.length > MAX_NAME) {
    const dot = out.indexOf('.');
    if (dot < 0) return out;
    out = out.slice(dot + 1);
  }
  return out;
}

export type DomainCheck = { ok: true } | { ok: false; problem: SpfNameProblem };

/**
 * §4.3: a <domain> that is malformed (a label longer than 63 octets, an empty label), not a
 * multi-label name, or not a name at all (an address literal such as "[192.0.2.1]") yields "none"
 * without any DNS query. The same test keeps impossible names produced by macros out of DNS.
 */
export function checkDomain(name: string): DomainCheck {
  const bare = withoutTrailingDot(name);
  if (bare.startsWith('[')) return { ok: false, problem: { kind: 'address-literal', name: bare } };
  if (!/^[\x21-\x7e]*$/.test(bare)) return { ok: false, problem: { kind: 'not-visible-ascii', name: bare } };
  // RFC 3696 §2: a top-level domain is never all-numeric, so "192.0.2.1" (a HELO of an IP) is no domain.
  if (/(?:^|\.)[0-9]+$/.test(bare)) return { ok: false, problem: { kind: 'numeric', name: bare } };
  return checkTargetName(bare);
}

/**
 * A name produced by macro expansion may hold any octet (%_ gives a space, §7.1); only the DNS
 * limits of RFC 1035 §2.3.4 make it unusable.
 */
export function checkTargetName(name: string): DomainCheck {
  const bare = withoutTrailingDot(name);
  if (bare === '') return { ok: false, problem: { kind: 'empty', name: bare } };
  if (bare.length > MAX_NAME) return { ok: false, problem: { kind: 'too-long', name: bare, max: MAX_NAME } };
  const labels = bare.split('.');
  if (labels.length < 2) return { ok: false, problem: { kind: 'single-label', name: bare } };
  if (labels.some((label) => label === '')) return { ok: false, problem: { kind: 'empty-label', name: bare } };
  const long = labels.find((label) => label.length > MAX_LABEL);
  if (long) return { ok: false, problem: { kind: 'label-too-long', name: bare, max: MAX_LABEL } };
  return { ok: true };
}
