// The facts each kind of fix carries, rendered into its description by the catalogs. The fix's `text`
// (the record or name to copy) is the same in every language; only the description is words.

export interface FixParams {
  /** `text` is the record to publish at `domain`: a starter record, or the current one with `ip` added. */
  'spf-record': { domain: string; ip: string; replaces: boolean };
  /** `text` is a starter record (p=none) for the organizational domain `domain`. */
  'dmarc-record': { domain: string };
  /** `text` is the name to set as the PTR of `ip` (its reverse name is the fix's `name`). */
  'ptr-record': { ip: string; reverseName: string; addressType: 'A' | 'AAAA' };
  /** `text` is the name to greet with, mail.<domain>. */
  'helo-name': { domain: string; connectingIp: string | null };
  /** `text` is the key record to publish at selector._domainkey.domain (RFC 6376 §3.6.1). */
  'dkim-key': { domain: string; selector: string };
  /** `text` is the header line to send (Reply-To: <visitor@example.com>: an address of the reserved example.com, RFC 2606, that the form replaces with the visitor's). */
  'header': { field: 'reply-to' };
  /** For the forwarder `forwarder` (its host or domain, when known): seal what it forwards (RFC 8617). */
  'arc-sealing': { forwarder: string | null };
}
