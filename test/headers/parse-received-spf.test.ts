import { describe, expect, it } from 'vitest';
import { parseReceivedSpf } from '../../lib/headers';

describe('Received-SPF (RFC 7208 §9.1)', () => {
  it('the RFC 7208 §9.1 example with all keys', () => {
    const spf = parseReceivedSpf(
      'pass (mybox.example.org: domain of\r\n myname@example.com designates 192.0.2.1 as permitted sender)\r\n receiver=mybox.example.org; client-ip=192.0.2.1;\r\n envelope-from="myname@example.com"; helo=foo.example.com;',
    );
    expect(spf).toMatchObject({
      result: 'pass',
      clientIp: '192.0.2.1',
      envelopeFrom: 'myname@example.com',
      helo: 'foo.example.com',
      receiver: 'mybox.example.org',
    });
    expect(spf.comment).toMatch(/^mybox\.example\.org: domain of/);
  });

  it('the RFC 7208 §9.1 fail example with problem-free minimum', () => {
    expect(parseReceivedSpf('fail (mybox.example.org: domain of myname@example.com does not designate 192.0.2.1 as permitted sender)\r\n identity=mailfrom; client-ip=192.0.2.1; envelope-from="myname@example.com";')).toMatchObject({
      result: 'fail',
      identity: 'mailfrom',
    });
  });

  it('Microsoft writes the result capitalised and adds its own keys', () => {
    const spf = parseReceivedSpf('Pass (protection.outlook.com: domain of example.com designates 40.107.22.59 as permitted sender) receiver=protection.outlook.com; client-ip=40.107.22.59; helo=EUR05-AM6-obe.outbound.protection.outlook.com; pr=C');
    expect(spf).toMatchObject({ result: 'pass', resultText: 'pass', clientIp: '40.107.22.59', helo: 'EUR05-AM6-obe.outbound.protection.outlook.com' });
    expect(spf.pairs.at(-1)).toEqual({ key: 'pr', value: 'C' });
  });

  it('Microsoft "None" with only a comment', () => {
    expect(parseReceivedSpf('None (protection.outlook.com: example.com does not designate permitted sender hosts)')).toMatchObject({ result: 'none', pairs: [] });
  });

  it('RFC 4408 style "SoftFail" and an unknown word', () => {
    expect(parseReceivedSpf('SoftFail (x) client-ip=192.0.2.1').result).toBe('softfail');
    expect(parseReceivedSpf('maybe').result).toBe('unknown');
  });
});
