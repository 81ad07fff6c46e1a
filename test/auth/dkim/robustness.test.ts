// Bad input never throws out of verifyDkim or verifyArc, and their results are plain data that survive
// the extension's messaging boundary (structured clone) and the CLI's JSON unchanged.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { verifyArc } from '../../../lib/auth/arc/verify-arc';
import { verifyDkim } from '../../../lib/auth/dkim/verify-dkim';
import { splitMessage } from '../../../lib/message/split';
import { readStalwart, readTestdata, testdataZoneJson, zoneResolver } from './testdata-keys';

const resolver = zoneResolver(testdataZoneJson());
const now = new Date('2025-03-01T00:00:00Z');

// Tag-list-like text built from the characters that matter to the parsers.
const tagText = fc.array(fc.constantFrom('v=1', 'a=rsa-sha256', 'a=ed25519-sha256', 'd=example.com', 's=brisbane', 'h=from:to', 'bh=', 'b=', 'AAAA', 'i=', '@', 'l=', 't=', 'x=', '9', 'cv=', 'none', 'pass', ';', ' ', '\r\n ', '=', ':', 'é'), { maxLength: 30 }).map((parts) => parts.join(''));

describe('never throws', () => {
  it('on arbitrary DKIM-Signature values', async () => {
    await fc.assert(
      fc.asyncProperty(tagText, fc.option(fc.string(), { nil: null }), async (value, body) => {
        const message = splitMessage(`DKIM-Signature: ${value}\r\nFrom: a@example.com\r\n\r\n`);
        const results = await verifyDkim({ ...message, body }, { resolver, now });
        expect(results).toHaveLength(1);
        expect(['pass', 'header-pass', 'fail', 'neutral', 'temperror', 'permerror']).toContain(results[0]?.result);
      }),
      { numRuns: 300 },
    );
  });

  it('on arbitrary ARC fields', async () => {
    const names = ['ARC-Seal', 'ARC-Message-Signature', 'ARC-Authentication-Results'];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom(...names), fc.constantFrom('i=1; ', 'i=2; ', 'i=0; ', ''), tagText), { maxLength: 6 }), async (fields) => {
        const header = fields.map(([name, instance, value]) => `${name}: ${instance}${value}`).join('\r\n');
        const result = await verifyArc(splitMessage(`${header}\r\nFrom: a@example.com\r\n\r\nbody\r\n`), { resolver });
        expect(['pass', 'header-pass', 'fail', 'none']).toContain(result.result);
      }),
      { numRuns: 300 },
    );
  });
});

describe('plain data', () => {
  it('DKIM results survive structuredClone and JSON', async () => {
    const results = await verifyDkim(splitMessage(readStalwart('001.txt').message), { resolver, now });
    expect(structuredClone(results)).toEqual(results);
    expect(JSON.parse(JSON.stringify(results))).toEqual(results);
  });

  it('ARC results survive structuredClone and JSON', async () => {
    const result = await verifyArc(splitMessage(readTestdata('realworld/lieser-dkim_verifier/Fastmail from CNN - Welcome to CNN Breaking News.eml')), { resolver });
    expect(structuredClone(result)).toEqual(result);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});
