import { describe, expect, it } from 'vitest';
import { formatFor } from '../../lib/i18n/format';
import { catalogFor } from '../../lib/i18n/render';
import { checkInput, MAX_INPUT_BYTES, parseMessage } from '../../lib/message';
import type { InputProblem } from '../../lib/message/check-input';
import { utf8Length } from '../../lib/message/check-input';

// The sentence for each refusal lives in the catalogs (lib/i18n/<lang>/analysis.ts).
const describeInputProblem = (problem: InputProblem, lang: 'en' | 'fr' = 'en') => catalogFor(lang).path.inputProblem(problem, formatFor(lang));

describe('bad input gets a specific reason', () => {
  it('empty or blank', () => {
    expect(checkInput('')).toEqual({ ok: false, reason: 'empty' });
    expect(checkInput(' \r\n\t\n')).toEqual({ ok: false, reason: 'empty' });
    expect(parseMessage('')).toEqual({ ok: false, problem: { ok: false, reason: 'empty' } });
  });

  it('text without any "Name: value" line', () => {
    expect(checkInput('Hello, please look at this email\nthanks')).toEqual({ ok: false, reason: 'no-header-lines' });
  });

  it('binary: a NUL or control character in the header section, with its offset', () => {
    expect(checkInput('Subject: a\u0000b\r\n\r\nbody')).toEqual({ ok: false, reason: 'binary', offset: 10 });
    expect(checkInput('%PDF-1.7\n\u0001\u0002\u0003')).toMatchObject({ ok: false, reason: 'binary' });
  });

  it('a file read as text whose header section is mostly U+FFFD is binary; a few replacement characters are not', () => {
    expect(checkInput('\ufffd\ufffdPNG\ufffd\ufffd\ufffd\ufffd: x')).toMatchObject({ ok: false, reason: 'binary', offset: 0 });
    expect(checkInput('Subject: caf\ufffd au lait\r\nFrom: a@example.com\r\n')).toEqual({ ok: true });
  });

  it('control characters in the body are allowed (8bit/binary parts)', () => {
    expect(checkInput('Subject: x\r\nFrom: a@example.com\r\n\r\n\u0000\u0001binary')).toEqual({ ok: true });
  });

  it(`over the ${MAX_INPUT_BYTES / 1024 / 1024} MiB limit`, () => {
    const huge = 'Subject: x\r\n\r\n' + 'a'.repeat(MAX_INPUT_BYTES);
    expect(checkInput(huge)).toEqual({ ok: false, reason: 'too-large', bytes: huge.length, limitBytes: MAX_INPUT_BYTES });
    expect(describeInputProblem({ reason: 'too-large', bytes: huge.length, limitBytes: MAX_INPUT_BYTES })).toBe('The input is 41,943,054 bytes (40.000 MiB), over the limit of 41,943,040 bytes (40 MiB).');
  });

  it('the limit counts UTF-8 bytes, not characters: 14 million euro signs are 42 MB', () => {
    const euros = 'Subject: x\r\n\r\n' + '\u20ac'.repeat(14_000_000);
    expect(euros.length).toBeLessThan(MAX_INPUT_BYTES);
    expect(checkInput(euros)).toEqual({ ok: false, reason: 'too-large', bytes: 14 + 3 * 14_000_000, limitBytes: MAX_INPUT_BYTES });
  });

  it('utf8Length agrees with TextEncoder, surrogate pairs included', () => {
    for (const text of ['', 'plain', 'caf\u00e9', '\u20ac1', 'a\u{1f600}b', '\u0800\u07ff']) expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
  });

  it('a note above the headers is not a reason to refuse', () => {
    expect(checkInput('Here are the headers you asked for:\n\nReceived: from a by b; Tue, 13 Feb 2024 10:15:02 +0000\n')).toEqual({ ok: true });
  });

  it('every refusal has a sentence', () => {
    expect(describeInputProblem({ reason: 'empty' })).toMatch(/empty/);
    expect(describeInputProblem({ reason: 'binary', offset: 3 })).toMatch(/offset 3/);
    expect(describeInputProblem({ reason: 'no-header-lines' })).toMatch(/No header lines/);
  });

  it('every refusal has a French sentence too, with French numbers', () => {
    expect(describeInputProblem({ reason: 'too-large', bytes: 41_943_054, limitBytes: MAX_INPUT_BYTES }, 'fr')).toBe('Le texte fait 41\u202f943\u202f054 octets (40 Mio), au-delà de la limite de 41\u202f943\u202f040 octets (40 Mio).');
    expect(describeInputProblem({ reason: 'binary', offset: 1234 }, 'fr')).toMatch(/position 1\u202f234/);
  });
});
