// The query bytes (written out from RFC 1035 §4.1 and RFC 6891 §6.1.2) and the reading of responses
// built with dns-packet's encoder.
import { describe, expect, it } from 'vitest';
import { encode, type Answer, type Packet } from '@leichtgewicht/dns-packet';
import { decodeResponse } from '../../lib/dns/decode-response';
import { encodeQuery, toBase64Url } from '../../lib/dns/encode-query';

describe('encodeQuery', () => {
  it('writes id 0, RD, one question and an OPT record with DO', () => {
    const bytes = Array.from(encodeQuery('www.example.com', 'A'));
    expect(bytes).toEqual([
      0x00, 0x00, // ID 0 (RFC 8484 §4.1)
      0x01, 0x00, // QR=0, opcode QUERY, RD=1
      0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, // QDCOUNT 1, ANCOUNT 0, NSCOUNT 0, ARCOUNT 1
      3, 0x77, 0x77, 0x77, 7, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 3, 0x63, 0x6f, 0x6d, 0, // www.example.com
      0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
      0, // OPT owner: root
      0x00, 0x29, // TYPE 41 (OPT)
      0x04, 0xd0, // requestor's UDP payload size 1232
      0x00, 0x00, // extended RCODE 0, version 0
      0x80, 0x00, // DO bit (RFC 3225 §3)
      0x00, 0x00, // RDLENGTH 0
    ]);
  });

  it('encodes the GET parameter as base64url without padding (RFC 8484 §4.1)', () => {
    // RFC 8484 §4.1.1's example query (www.example.com A, no OPT record) and its dns= value.
    const rfcExample = Uint8Array.from([0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 3, 119, 119, 119, 7, 101, 120, 97, 109, 112, 108, 101, 3, 99, 111, 109, 0, 0, 1, 0, 1]);
    expect(toBase64Url(rfcExample)).toBe('AAABAAABAAAAAAAAA3d3dwdleGFtcGxlA2NvbQAAAQAB');
    expect(toBase64Url(Uint8Array.from([0xfb, 0xff]))).toBe('-_8');
  });
});

const response = (packet: Partial<Packet>) =>
  encode({ type: 'response', id: 0, flags: 0x8180, questions: [{ type: 'A', name: 'www.example.com', class: 'IN' }], ...packet });

describe('decodeResponse', () => {
  it('follows a CNAME chain and uses the smallest TTL of the records used (RFC 2181 §5.2)', () => {
    const answers: Answer[] = [
      { type: 'CNAME', name: 'www.example.com', ttl: 600, data: 'Edge.Example.NET' },
      { type: 'CNAME', name: 'edge.example.net', ttl: 120, data: 'host.example.org' },
      { type: 'A', name: 'host.example.org', ttl: 3600, data: '192.0.2.7' },
      { type: 'A', name: 'unrelated.example', ttl: 5, data: '192.0.2.8' },
    ];
    expect(decodeResponse(response({ answers }), 'www.example.com', 'A')).toEqual({
      ok: true,
      rcode: 'NOERROR',
      answers: [{ type: 'A', ttl: 3600, address: '192.0.2.7' }],
      cnameChain: ['edge.example.net', 'host.example.org'],
      ad: false,
      ttl: 120,
    });
  });

  it('reads AD, and keeps TXT character-strings apart', () => {
    const body = encode({
      type: 'response', id: 0, flags: 0x8180 | 0x20,
      questions: [{ type: 'TXT', name: 'example.com' }],
      answers: [{ type: 'TXT', name: 'example.com', ttl: 300, data: ['v=spf1 ip4:192.0.2.0/24', ' -all'] }],
    });
    expect(decodeResponse(body, 'example.com', 'TXT')).toMatchObject({ ok: true, ad: true, answers: [{ type: 'TXT', strings: ['v=spf1 ip4:192.0.2.0/24', ' -all'] }] });
  });

  it('NXDOMAIN takes its TTL from the SOA: min(SOA TTL, MINIMUM) (RFC 2308 §5)', () => {
    const soa: Answer = { type: 'SOA', name: 'example.com', ttl: 900, data: { mname: 'ns.example.com', rname: 'h.example.com', minimum: 3600 } };
    const nx = decodeResponse(response({ flags: 0x8183, authorities: [soa] }), 'www.example.com', 'A');
    expect(nx).toEqual({ ok: true, rcode: 'NXDOMAIN', answers: [], cnameChain: [], ad: false, ttl: 900 });
    const nodata = decodeResponse(response({ authorities: [{ ...soa, ttl: 7200 }] }), 'www.example.com', 'A');
    expect(nodata).toMatchObject({ rcode: 'NOERROR', answers: [], ttl: 3600 });
  });

  it('a negative answer without SOA, and SERVFAIL, carry no TTL (not cacheable)', () => {
    expect(decodeResponse(response({ flags: 0x8183 }), 'www.example.com', 'A')).toMatchObject({ ok: true, rcode: 'NXDOMAIN', ttl: undefined });
    expect(decodeResponse(response({ flags: 0x8182 }), 'www.example.com', 'A')).toMatchObject({ ok: true, rcode: 'SERVFAIL', ttl: undefined });
  });

  it('adds the OPT record\'s extended rcode: BADVERS is 16 (RFC 6891 §6.1.3)', () => {
    const opt = { type: 'OPT', name: '.', extendedRcode: 1, options: [] } as unknown as Answer;
    expect(decodeResponse(response({ additionals: [opt] }), 'www.example.com', 'A')).toMatchObject({ ok: true, rcode: 'BADVERS' });
  });

  it('rejects bytes that are not a DNS message, a query, and the answer to another question', () => {
    expect(decodeResponse(new TextEncoder().encode('<html>'), 'www.example.com', 'A')).toEqual({ ok: false, problem: { problem: 'short-header', bytes: 6 } });
    expect(decodeResponse(encodeQuery('www.example.com', 'A'), 'www.example.com', 'A')).toEqual({ ok: false, problem: { problem: 'not-a-response' } });
    expect(decodeResponse(response({}), 'www.example.com', 'AAAA')).toEqual({ ok: false, problem: { problem: 'other-question', name: 'www.example.com', typeCode: 1 } });
    // The question's name starts at byte 12 (3www 7example 3com 0): its second label, at 16, runs past byte 20.
    expect(decodeResponse(response({}).slice(0, 20), 'www.example.com', 'A')).toEqual({ ok: false, problem: { problem: 'truncated', at: 16, part: 'name' } });
  });

  it('a CNAME loop, a self-CNAME and a chain longer than 8 are errors, not "no record" (RFC 1034 §3.6.2)', () => {
    const cname = (owner: string, target: string): Answer => ({ type: 'CNAME', name: owner, ttl: 60, data: target });
    const loop = decodeResponse(response({ answers: [cname('www.example.com', 'b.example.com'), cname('b.example.com', 'www.example.com')] }), 'www.example.com', 'A');
    expect(loop).toEqual({ ok: false, problem: { problem: 'cname-loop', chain: ['www.example.com', 'b.example.com', 'www.example.com'] } });
    expect(decodeResponse(response({ answers: [cname('www.example.com', 'www.example.com')] }), 'www.example.com', 'A')).toEqual({ ok: false, problem: { problem: 'cname-loop', chain: ['www.example.com', 'www.example.com'] } });
    const hops = ['www.example.com', ...Array.from({ length: 9 }, (_, index) => `h${index}.example.com`)];
    const long = hops.slice(0, -1).map((owner, index) => cname(owner, hops[index + 1] ?? ''));
    expect(decodeResponse(response({ answers: long }), 'www.example.com', 'A')).toEqual({ ok: false, problem: { problem: 'cname-chain-too-long', limit: 8 } });
    // Eight aliases are still followed.
    const eight = [...long.slice(0, 8), { type: 'A', name: 'h7.example.com', ttl: 60, data: '192.0.2.1' } as Answer];
    expect(decodeResponse(response({ answers: eight }), 'www.example.com', 'A')).toMatchObject({ ok: true, answers: [{ address: '192.0.2.1' }] });
  });

  it('a NOERROR answer that holds only records for another name or of another type is not NODATA', () => {
    const otherOwner = decodeResponse(response({ answers: [{ type: 'A', name: 'evil.example', ttl: 60, data: '192.0.2.9' }] }), 'www.example.com', 'A');
    expect(otherOwner).toEqual({ ok: false, problem: { problem: 'stray-record', owner: 'evil.example', typeCode: 1, asked: 'A' } });
    const otherType = decodeResponse(response({ answers: [{ type: 'TXT', name: 'www.example.com', ttl: 60, data: 'x' }] }), 'www.example.com', 'A');
    expect(otherType).toEqual({ ok: false, problem: { problem: 'stray-record', owner: 'www.example.com', typeCode: 16, asked: 'A' } });
    // A plain NODATA (nothing in the answer section) stays a definite answer.
    expect(decodeResponse(response({}), 'www.example.com', 'A')).toMatchObject({ ok: true, rcode: 'NOERROR', answers: [] });
  });
});

describe('decodeResponse is strict about the message (RFC 1035 §4.1)', () => {
  const spf = encode({
    type: 'response', id: 0, flags: 0x8180,
    questions: [{ type: 'TXT', name: 'example.com' }],
    answers: [{ type: 'TXT', name: 'example.com', ttl: 300, data: ['v=spf1 ip4:203.0.113.0/24 -all'] }],
  });

  it('reads the whole answer', () => {
    expect(decodeResponse(spf, 'example.com', 'TXT')).toMatchObject({ ok: true, answers: [{ strings: ['v=spf1 ip4:203.0.113.0/24 -all'] }] });
  });

  it('every cut-short copy of an answer is an error, never a shorter record', () => {
    for (let length = 0; length < spf.length; length++) {
      expect(decodeResponse(spf.subarray(0, length), 'example.com', 'TXT'), `cut to ${length} bytes`).toMatchObject({ ok: false });
    }
  });

  it('the SPF answer missing its last 6 bytes, with RDLENGTH patched to match, is still refused', () => {
    // The TXT's own length octet still says 30: the character-string runs past its record.
    const cut = Uint8Array.from(spf.subarray(0, spf.length - 6));
    const rdlengthAt = cut.length - 31 - 2 + 6;
    cut[rdlengthAt] = 0;
    cut[rdlengthAt + 1] = 31 - 6;
    expect(decodeResponse(cut, 'example.com', 'TXT')).toEqual({ ok: false, problem: { problem: 'txt-past-record', at: rdlengthAt + 2, length: 30, rdlength: 25 } });
  });

  it('trailing bytes, counts that do not match, another ID and the TC flag are errors', () => {
    expect(decodeResponse(Uint8Array.from([...spf, 0]), 'example.com', 'TXT')).toEqual({ ok: false, problem: { problem: 'trailing-data', bytes: 1 } });
    const moreAnswers = Uint8Array.from(spf);
    moreAnswers[7] = 2; // ANCOUNT 2, one record present
    expect(decodeResponse(moreAnswers, 'example.com', 'TXT')).toEqual({ ok: false, problem: { problem: 'missing-records', section: 'answer', counted: 2, found: 1 } });
    const fewerAnswers = Uint8Array.from(spf);
    fewerAnswers[7] = 0;
    expect(decodeResponse(fewerAnswers, 'example.com', 'TXT')).toMatchObject({ ok: false, problem: { problem: 'trailing-data' } });
    const otherId = Uint8Array.from(spf);
    otherId[1] = 7;
    expect(decodeResponse(otherId, 'example.com', 'TXT')).toEqual({ ok: false, problem: { problem: 'wrong-id', id: 7, expected: 0 } });
    const truncated = Uint8Array.from(spf);
    truncated[2] = (truncated[2] ?? 0) | 0x02;
    expect(decodeResponse(truncated, 'example.com', 'TXT')).toEqual({ ok: false, problem: { problem: 'tc-flag' } });
  });

  it('a compression pointer that points forward or to itself is an error, not a loop', () => {
    // Header, then a question whose name is a pointer to its own offset (12).
    const self = Uint8Array.from([0, 0, 0x81, 0x80, 0, 1, 0, 0, 0, 0, 0, 0, 0xc0, 12, 0, 1, 0, 1]);
    expect(decodeResponse(self, 'example.com', 'A')).toEqual({ ok: false, problem: { problem: 'forward-pointer', at: 12 } });
  });

  it('an A record with other than 4 bytes of data is an error', () => {
    const bad = Uint8Array.from([...response({ answers: [{ type: 'A', name: 'www.example.com', ttl: 60, data: '192.0.2.1' }] })]);
    // Grow RDLENGTH from 4 to 5 and add a byte: still consistent as a message, wrong as an A record.
    bad[bad.length - 5] = 5;
    expect(decodeResponse(Uint8Array.from([...bad, 9]), 'www.example.com', 'A')).toMatchObject({ ok: false, problem: { problem: 'address-length', type: 'A', rdlength: 5 } });
  });
});
