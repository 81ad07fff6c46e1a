// Properties: fields written from random parts in the shape real MTAs use read back as those parts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAuthenticationResults, parseDate, parseReceived } from '../../lib/headers';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** RFC 5322 §3.3 date-time for an instant shown at a given offset (minutes east of UTC). */
function rfc5322(epochMs: number, offset: number): string {
  const local = new Date(epochMs + offset * 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${DAYS[local.getUTCDay()]}, ${local.getUTCDate()} ${MONTHS[local.getUTCMonth()]} ${local.getUTCFullYear()} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())} ${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

const instant = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2090, 0, 1) }).map((ms) => Math.floor(ms / 1000) * 1000);
const offset = fc.integer({ min: -12 * 60, max: 14 * 60 });
const hostname = fc.domain().filter((name) => name.includes('.'));
const queueId = fc.stringMatching(/^[0-9A-Za-z]{6,16}$/);

describe('round trips', () => {
  it('an RFC 5322 date at any offset reads back as the same instant', () => {
    fc.assert(
      fc.property(instant, offset, (ms, minutes) => {
        expect(parseDate(rfc5322(ms, minutes))).toMatchObject({ ok: true, epochMs: ms, offsetMinutes: minutes, form: 'rfc5322' });
      }),
    );
  });

  it('a Postfix-style Received field reads back as its parts', () => {
    fc.assert(
      fc.property(hostname, hostname, fc.ipV4(), hostname, queueId, instant, offset, (helo, reverse, ip, by, id, ms, minutes) => {
        const field = `from ${helo} (${reverse} [${ip}])\r\n\tby ${by} (Postfix) with ESMTP id ${id}\r\n\tfor <user@${by}>; ${rfc5322(ms, minutes)}`;
        const received = parseReceived(field);
        expect(received.from).toMatchObject({ helo, reverseName: reverse, ip });
        expect(received).toMatchObject({ protocol: 'ESMTP', id, for: `user@${by}` });
        expect(received.by?.name).toBe(by);
        expect(received.date).toMatchObject({ ok: true, epochMs: ms });
      }),
    );
  });

  it('a qmail-style Received field with an IPv6 client reads back as its parts', () => {
    fc.assert(
      fc.property(hostname, fc.ipV6(), hostname, instant, (helo, ip, by, ms) => {
        const received = parseReceived(`from unknown (HELO ${helo}) (${ip})\r\n  by ${by} with SMTP; ${rfc5322(ms, 0)}`);
        expect(received.from?.helo).toBe(helo);
        expect(received.from?.ip).not.toBeNull();
        expect(received.date).toMatchObject({ epochMs: ms });
      }),
    );
  });

  const keyword = fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/);
  const result = fc.constantFrom('pass', 'fail', 'none', 'neutral', 'softfail', 'temperror', 'permerror', 'policy');
  const property = fc.tuple(fc.constantFrom('smtp', 'header', 'body', 'policy'), keyword, fc.stringMatching(/^[A-Za-z0-9@._+-]{1,30}$/));
  const resinfo = fc.tuple(keyword, result, fc.option(fc.stringMatching(/^[a-z ]{1,20}$/), { nil: undefined }), fc.array(property, { maxLength: 3 }));

  it('Authentication-Results written from random resinfos reads back as them, with CFWS anywhere allowed', () => {
    fc.assert(
      fc.property(hostname, fc.array(resinfo, { minLength: 1, maxLength: 5 }), fc.constantFrom(' ', '\r\n\t', ' (c) '), (authserv, infos, space) => {
        const text = `${authserv};${infos
          .map(([method, res, comment, props]) => `${space}${method}=${res}${comment !== undefined ? ` (${comment})` : ''}${props.map(([p, n, v]) => `${space}${p}.${n}=${v}`).join('')}`)
          .join(';')}`;
        const parsed = parseAuthenticationResults(text);
        expect(parsed.authservId).toBe(authserv);
        expect(parsed.problems).toEqual([]);
        expect(parsed.methods.map((m) => [m.method, m.result])).toEqual(infos.map(([method, res]) => [method, res]));
        expect(parsed.methods.map((m) => m.properties.map((p) => [p.ptype, p.property, p.value]))).toEqual(infos.map(([, , , props]) => props));
      }),
    );
  });
});
