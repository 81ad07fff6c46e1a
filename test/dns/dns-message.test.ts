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
    expect(decodeResponse(new TextEncoder().encode('<html>'), 'www.example.com', 'A')).toMatchObject({ ok: false });
    expect(decodeResponse(encodeQuery('www.example.com', 'A'), 'www.example.com', 'A')).toEqual({ ok: false, error: 'the message is a query, not a response' });
    expect(decodeResponse(response({}), 'www.example.com', 'AAAA')).toMatchObject({ ok: false, error: expect.stringContaining('another question') });
    expect(decodeResponse(response({}).slice(0, 20), 'www.example.com', 'A')).toMatchObject({ ok: false });
  });

  it('stops a CNAME loop after a bounded number of hops', () => {
    const answers: Answer[] = [
      { type: 'CNAME', name: 'www.example.com', ttl: 60, data: 'b.example.com' },
      { type: 'CNAME', name: 'b.example.com', ttl: 60, data: 'www.example.com' },
    ];
    const result = decodeResponse(response({ answers }), 'www.example.com', 'A');
    expect(result).toMatchObject({ ok: true, answers: [] });
    expect(result.ok && result.cnameChain.length).toBe(9);
  });
});
