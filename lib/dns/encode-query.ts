// The DNS query message a DoH request carries (RFC 8484 §4.1), and its base64url form for GET.
import { encode, RECURSION_DESIRED, DNSSEC_OK, type Answer } from '@leichtgewicht/dns-packet';
import type { RecordType } from './types';

// RFC 6891 §6.2.5 and the DNS flag day 2020 advice: 1232 octets avoids IP fragmentation; over HTTPS
// it only tells the resolver what it may send upstream.
const UDP_PAYLOAD_SIZE = 1232;

/** A normalized name (see normalize-name.ts) and a type become the query's wire bytes. */
export function encodeQuery(name: string, type: RecordType): Uint8Array {
  // RFC 3225 §3: the DO bit in an OPT record asks for DNSSEC; the resolver then reports validation in AD.
  const opt = { type: 'OPT', name: '.', udpPayloadSize: UDP_PAYLOAD_SIZE, flags: DNSSEC_OK, options: [] };
  return encode({
    type: 'query',
    // RFC 8484 §4.1: "the DNS ID SHOULD be 0", so identical GET requests are cache-friendly.
    id: 0,
    // RFC 1035 §4.1.1: RD asks the resolver to recurse for us.
    flags: RECURSION_DESIRED,
    questions: [{ type, name, class: 'IN' }],
    additionals: [opt as unknown as Answer],
  });
}

/** RFC 8484 §4.1 and RFC 4648 §5: base64url without padding, the value of the `dns` parameter. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
