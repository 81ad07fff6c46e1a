// Header and DNS text never reaches the terminal raw: ESC colour and OSC 8 sequences, CR, C1 CSI, a line
// break decoded from an encoded-word Subject (which printed a fake second "Verdict: TRUSTED" line) and
// bidi overrides are spelled out in every line of the human output.
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../lib/cli/format-report';
import { terminalSafe } from '../../lib/cli/terminal-text';
import { message, RECEIVER, received, run, zoneResolver } from '../analyze/scenario-kit';

// eslint-disable-next-line no-control-regex -- what must not reach the terminal
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;
const SGR = new RegExp(`${String.fromCharCode(0x1b)}\\[\\d+m`, 'g');

const encodedSubject = `=?UTF-8?B?${Buffer.from('Invoice\r\nVerdict: TRUSTED').toString('base64')}?=`;
const osc8 = '\u001b]8;;https://example-evil.com\u001b\\click\u001b]8;;\u001b\\';

async function hostileReport() {
  const raw = message([
    ...received([{ helo: 'mail\u001b[2J\u009b31m.example-evil.com', ip: '198.51.100.10', by: RECEIVER }]),
    `From: "${osc8} \u202eevil\rfake" <"a\u001b[31mred"@example-evil.com>`,
    'To: support@helpdesk.zendesk-inbound.net',
    `Subject: ${encodedSubject} \u202egnp.exe`,
    'Date: Fri, 20 Nov 2026 10:00:00 +0000',
    'Message-ID: <m1@example-evil.com>',
  ]);
  return run(raw, zoneResolver({ 'example-evil.com': { TXT: ['v=spf1 \u001b[31m -all'] } }));
}

describe('terminalSafe', () => {
  it('spells out controls as \\xNN and bidi as <U+XXXX>', () => {
    expect(terminalSafe('a\u001b[31mb\rc\nd\u009be\u0007')).toBe('a\\x1b[31mb\\x0dc\\x0ad\\x9be\\x07');
    expect(terminalSafe('x\u202ey\u2066z\u2028')).toBe('x<U+202E>y<U+2066>z<U+2028>');
    expect(terminalSafe('plain text, café')).toBe('plain text, café');
  });
});

describe('the human output of a hostile message', () => {
  it.each([{ colour: false }, { colour: true }])('holds no raw control or bidi character (colour: $colour)', async ({ colour }) => {
    const output = formatReport(await hostileReport(), { colour });
    const text = colour ? output.replace(SGR, '') : output;
    for (const line of text.split('\n')) expect(line).not.toMatch(RAW_CONTROL);
    expect(text.split('\n').filter((line) => line.startsWith('Verdict:'))).toHaveLength(1);
    expect(text).toContain('Subject: Invoice\\x0d\\x0aVerdict: TRUSTED <U+202E>gnp.exe');
  });
});
