// Whatever an agent pastes, analyze() returns a Report: mutated real messages (lines dropped,
// duplicated, cut, shuffled, characters replaced) never end in a program fault, and the Report always
// survives JSON (it crosses the extension's messaging boundary and is the CLI's --json).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import { zoneResolver } from './scenario-kit';

const testdata = fileURLToPath(new URL('../../../shared/testdata/', import.meta.url));
const SAMPLES = [
  'realworld/lieser-dkim_verifier/Fastmail from Amazon - Verify your new Amazon account.eml',
  'realworld/stalwart-mail-auth/dmarc-feedback-103-exchange-online.eml',
  'realworld/mailauth/zproov.eml',
  'realworld/mimekit/bounce.txt',
].map((file) => readFileSync(`${testdata}${file}`, 'utf8').split(/\r?\n/).slice(0, 120));

// A zone with a few answers and a timeout, so the checks run their DNS paths too.
const resolver = zoneResolver({
  'gmail.com': { TXT: ['v=spf1 include:_netblocks.google.com ~all'], MX: [{ preference: 5, exchange: 'gmail-smtp-in.l.google.com' }] },
  '_netblocks.google.com': { TXT: 'TIMEOUT' },
  '_dmarc.amazon.com': { TXT: ['v=DMARC1; p=quarantine'] },
});

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.nat({ max: 200 }) }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), text: fc.string({ maxLength: 40 }) }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
);

function mutate(lines: string[], steps: { kind: string; at: number; length?: number; text?: string; with?: number }[]): string {
  const out = [...lines];
  for (const step of steps) {
    if (out.length === 0) break;
    const i = step.at % out.length;
    if (step.kind === 'drop') out.splice(i, 1);
    else if (step.kind === 'duplicate') out.splice(i, 0, out[i] ?? '');
    else if (step.kind === 'cut') out[i] = (out[i] ?? '').slice(0, step.length ?? 0);
    else if (step.kind === 'replace') out[i] = step.text ?? '';
    else {
      const j = (step.with ?? 0) % out.length;
      [out[i], out[j]] = [out[j] ?? '', out[i] ?? ''];
    }
  }
  return out.join('\r\n');
}

describe('analyze() on mutated real messages', () => {
  it('always returns a serialisable Report and never a program fault', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: SAMPLES.length - 1 }), fc.array(mutation, { maxLength: 12 }), async (sample, steps) => {
        const report = await analyze(mutate(SAMPLES[sample] ?? [], steps), { resolver, now: new Date('2026-11-20T12:00:00Z') });
        expect(report.findings.map((finding) => finding.id)).not.toContain('analysis.fault');
        expect(JSON.parse(JSON.stringify(report))).toEqual(report);
        expect(['trusted', 'low-trust', 'likely-suspended', 'unknown']).toContain(report.verdict.level);
      }),
      { numRuns: 150 },
    );
    // Room for 150 analyses on a loaded machine: a time-out, not a speed claim.
  }, 60_000);
});
