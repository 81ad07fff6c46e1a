// Line endings as a mail reader takes them: CRLF, LF, a lone CR and CR CR LF each end one line, so a
// message whose line endings were converted (or mixed by copy and paste) keeps its fields, its body and
// its verdict. The property test re-encodes every line break of real and signed messages at random.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseMessage } from '../../lib/message';
import { splitMessage } from '../../lib/message/split';
import { message, run, signed, type zoneResolver } from '../analyze/scenario-kit';
import { ACME, acmeHeaders, acmeZoneResolver } from '../helpers/acme-zones';

const testdata = fileURLToPath(new URL('../../../shared/testdata/', import.meta.url));
const MIXED = ['\r\n', '\n', '\r'] as const;

/**
 * The message with each CRLF replaced by an ending the generator picks, line by line. A lone CR right
 * before an empty line's LF would read as one CRLF in any reader, so an empty line after a CR ends in CR
 * too. `double` converts the whole message to CR CR LF instead (CRLF converted once more).
 */
function reencode(text: string, picks: number[], double: boolean): string {
  if (double) return text.replace(/\r\n/g, '\r\r\n');
  const lines = text.split('\r\n');
  let out = '';
  let previous = '';
  lines.forEach((line, index) => {
    if (index === lines.length - 1) {
      out += line;
      return;
    }
    const ending = previous === '\r' && line === '' ? '\r' : (MIXED[(picks[index % picks.length] ?? 0) % MIXED.length] ?? '\r\n');
    out += line + ending;
    previous = ending;
  });
  return out;
}

describe('mixed line endings', () => {
  it('each of CRLF, LF, lone CR and CR CR LF ends a field', () => {
    const split = splitMessage('From: a@example.com\rTo: b@example.com\nSubject: hi\r\r\nDate: x\r\n\r\nbody\rline\n');
    expect(split.fields.map((field) => field.name)).toEqual(['From', 'To', 'Subject', 'Date']);
    expect(split.body).toBe('body\r\nline\r\n');
  });

  it('CR CR LF line endings keep the body', () => {
    const split = splitMessage('From: a@example.com\r\r\nSubject: hi\r\r\n\r\r\nthe body\r\r\n');
    expect(split.fields.map((field) => field.name)).toEqual(['From', 'Subject']);
    expect(split.body).toBe('the body\r\n');
  });

  it('folding survives a lone CR before the continuation', () => {
    const parsed = parseMessage('Subject: one\r two\r\nFrom: a@example.com\r\n\r\nx');
    expect(parsed.ok && parsed.message.subject).toBe('one two');
  });
});

describe('re-encoding line endings never changes the verdict (property)', () => {
  let samples: { name: string; text: string; resolver: ReturnType<typeof zoneResolver> }[] = [];

  beforeAll(async () => {
    const zone = await acmeZoneResolver();
    const real = (file: string) => readFileSync(`${testdata}${file}`, 'utf8').replace(/\r?\n/g, '\r\n');
    samples = [
      { name: 'signed', text: await signed(message(acmeHeaders(), 'Hello,\r\n\r\nA body with\r\nseveral lines.\r\n'), ACME), resolver: zone },
      { name: 'zproov', text: real('realworld/mailauth/zproov.eml'), resolver: zone },
      { name: 'amazon', text: real('realworld/lieser-dkim_verifier/Fastmail from Amazon - Verify your new Amazon account.eml'), resolver: zone },
    ];
  });

  it('same verdict and same finding ids, whatever mix of endings', async () => {
    const baselines = await Promise.all(samples.map((sample) => run(sample.text, sample.resolver)));
    expect(baselines[0]?.verdict.level).toBe('trusted');
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: samples.length - 1 }), fc.array(fc.nat({ max: 2 }), { minLength: 1, maxLength: 40 }), fc.boolean(), async (which, picks, double) => {
        const sample = samples[which];
        const baseline = baselines[which];
        if (!sample || !baseline) return;
        const report = await run(reencode(sample.text, picks, double), sample.resolver);
        expect(report.verdict.level).toBe(baseline.verdict.level);
        expect(report.findings.map((finding) => finding.id)).toEqual(baseline.findings.map((finding) => finding.id));
      }),
      { numRuns: 60, seed: 20261203 },
    );
  }, 60_000);
});
