// Every message and header block in the shared test data goes through analyze() without a fault, offline
// and against an empty zone (every name NXDOMAIN), and the Report survives a JSON round trip unchanged
// (it crosses the extension's messaging boundary and is the CLI's --json output).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import { OfflineResolver } from '../../lib/dns/offline-resolver';
import type { Resolver } from '../../lib/dns/types';
import { decodeBytes } from '../../lib/cli/read-message-file';
import { zoneResolver } from './scenario-kit';

const TESTDATA = resolve(fileURLToPath(new URL('../../../shared/testdata', import.meta.url)));
const MESSAGE_FILE = /\.(eml|msg|mbox|txt)$/i;

function walk(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return walk(path);
    return MESSAGE_FILE.test(name) && !/LICENSE|\.dns$|dns-txt|SOURCES/i.test(name) ? [path] : [];
  });
}

const files = [...walk(join(TESTDATA, 'realworld')), ...walk(join(TESTDATA, 'dkim'))];

describe('real-world messages', () => {
  it('finds the test data', () => {
    expect(files.length).toBeGreaterThan(60);
  });

  it.each(files.map((file) => [file.slice(TESTDATA.length + 1), file]))('%s', async (_name, file) => {
    const text = decodeBytes(readFileSync(file));
    for (const resolver of [new OfflineResolver(), zoneResolver({})]) {
      const report = await analyze(text, { resolver, now: new Date('2026-11-20T12:00:00Z') });
      expect(report.findings.filter((finding) => finding.id === 'analysis.fault')).toEqual([]);
      expect(JSON.parse(JSON.stringify(report))).toEqual(report);
      if (report.input.kind !== 'not-email' && report.verdict.level === 'trusted') {
        // Nothing is "trusted" on a re-check where every lookup came back NXDOMAIN; offline, only the
        // receiver's own recorded authentication can make it so, and the reasons say it.
        expect(resolver).toBeInstanceOf(OfflineResolver);
        expect(report.verdict.reasons.map((reason) => reason.rule)).toContain('receiver-authenticated');
      }
    }
  });
});

describe('a Fastmail message, whose receiver sealed ARC instance 1 itself after recording arc=none', () => {
  const file = join(TESTDATA, 'realworld/lieser-dkim_verifier/Fastmail from Amazon - Verify your new Amazon account.eml');

  it('with DNS down, the chain is a temperror (not broken); the receiver\'s dmarc=pass is shown, the verdict stays unknown', async () => {
    const down: Resolver = {
      label: 'unreachable resolver',
      query: async (name, type) => ({ kind: 'failure', name, type, reason: 'network', code: null, ms: 0, resolver: 'unreachable resolver' }),
    };
    const report = await analyze(decodeBytes(readFileSync(file)), { resolver: down, now: new Date('2026-11-20T12:00:00Z') });
    expect(report.arc.result).toBe('temperror');
    expect(report.findings.map((finding) => finding.id)).not.toContain('arc.fail');
    expect(report.findings.find((finding) => finding.id === 'dns.unavailable')?.severity).toBe('warn');
    const receiver = report.findings.find((finding) => finding.id === 'receiver.authenticated');
    expect(receiver?.title).toBe('mx1.messagingengine.com recorded dmarc=pass when the message arrived');
    expect(receiver?.evidence[0]).toMatchObject({ kind: 'auth-result', authservId: 'mx1.messagingengine.com', method: 'dmarc', result: 'pass' });
    expect(report.verdict.level).toBe('unknown');
    expect(report.verdict.reasons.map((reason) => reason.rule)).toEqual(['dns-unavailable', 'receiver-authenticated']);
  });

  it('the receiver\'s arc=none is not compared with the chain it added afterwards', async () => {
    const report = await analyze(decodeBytes(readFileSync(file)), { resolver: zoneResolver({}), now: new Date('2026-11-20T12:00:00Z') });
    expect(report.authResults.some((entry) => entry.trusted && entry.methods.some((m) => m.method === 'arc' && m.result === 'none'))).toBe(true);
    expect(report.thenAndNow.map((row) => row.method)).not.toContain('arc');
  });
});
