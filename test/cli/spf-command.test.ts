// `mailtrust spf` gives the same results as the library on the OpenSPF RFC 7208 suite, reading each
// scenario's zone from a JSON file the way a user would.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSpf } from '../../lib/auth/spf';
// Registers the spf command only; the bundle test below goes through bin.ts and commands.ts.
import '../../lib/cli/spf-command';
import { main, type CommandIo } from '../../lib/cli/main';
import { parseZone } from '../../lib/dns/zone';
import { ZoneResolver } from '../../lib/dns/zone-resolver';
import { catalogFor } from '../../lib/i18n/render';
import { wordSpfResult } from '../../lib/i18n/spf-trace';
import { loadSuite, type SuiteCase } from '../conformance/spf/openspf-suite';

const run = promisify(execFile);
const cases = loadSuite('rfc7208-tests.yml');
let dir = '';
const zoneFiles = new Map<SuiteCase['zone'], string>();

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mailtrust-spf-cli-'));
  for (const c of cases) {
    if (zoneFiles.has(c.zone)) continue;
    const file = join(dir, `zone-${zoneFiles.size}.json`);
    writeFileSync(file, JSON.stringify(c.zone));
    zoneFiles.set(c.zone, file);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CommandIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), readStdin: async () => '', isTTY: false };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

function argsOf(c: SuiteCase): string[] {
  return ['spf', '--ip', c.host, '--sender', c.mailfrom, '--helo', c.helo, '--zone', zoneFiles.get(c.zone) ?? '', '--json'];
}

async function library(c: SuiteCase) {
  const zone = parseZone(c.zone);
  if (!zone.ok) throw new Error(JSON.stringify(zone.problem));
  // The CLI prints the trace's facts with their English words (detail, reason), as the Report carries them.
  return wordSpfResult(await checkSpf({ ip: c.host, sender: c.mailfrom, helo: c.helo }, { resolver: new ZoneResolver(zone.zone) }), catalogFor('en'));
}

describe('`mailtrust spf` gives the same results as the library', () => {
  it.each(cases.map((c) => [`${c.scenario} › ${c.name}`, c] as const))('%s', async (_label, c) => {
    const { code, stdout, stderr } = await cli(argsOf(c));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const printed = JSON.parse(stdout) as { result: string; explanation?: string; cause?: unknown; lookups: number; voidLookups: number; trace: unknown };
    const expected = await library(c);
    expect(printed.result).toBe(expected.result);
    expect(c.results).toContain(printed.result);
    expect(printed.explanation).toBe(expected.result === 'fail' ? expected.explanation : undefined);
    expect(printed.lookups).toBe(expected.lookups);
    expect(printed.voidLookups).toBe(expected.voidLookups);
    expect(printed.trace).toEqual(JSON.parse(JSON.stringify(expected.trace)));
    // Why none, permerror or temperror, as data (SpfCause), for scripts that must not parse the English reason.
    expect(printed.cause).toEqual('cause' in expected ? JSON.parse(JSON.stringify(expected.cause)) : undefined);
  });
});

describe('mailtrust spf, human output and usage', () => {
  const byName = (name: string) => {
    const found = cases.find((c) => c.name === name);
    if (!found) throw new Error(`no suite case ${name}`);
    return found;
  };

  it('prints the result, the matched term and the trace as an indented tree', async () => {
    // include-fail: e1.example.com "v=spf1 include:ip5.example.com ~all", ip5 "v=spf1 ip4:1.2.3.5 -all", client 1.2.3.4.
    const { code, stdout } = await cli(argsOf(byName('include-fail')).filter((a) => a !== '--json'));
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('SPF softfail for foo@e1.example.com from 1.2.3.4');
    expect(lines[1]).toBe('matched: ~all (in the record of e1.example.com)');
    expect(stdout).toContain('DNS-querying terms: 1 of 10, void lookups: 0 of 2');
    expect(lines).toContain('  e1.example.com: v=spf1 include:ip5.example.com ~all => softfail');
    expect(lines).toContain('    include:ip5.example.com: no match - the record of ip5.example.com gives fail, so include does not match');
    expect(lines).toContain('      ip5.example.com: v=spf1 ip4:1.2.3.5 -all => fail');
    expect(lines.some((l) => l.startsWith('        -all: match'))).toBe(true);
  });

  it('prints the explanation of a fail', async () => {
    const { stdout } = await cli(argsOf(byName('include-ignores-exp')).filter((a) => a !== '--json'));
    expect(stdout).toContain('explanation: Correct!');
  });

  it.each([
    [['spf', '--sender', 'a@example.com', '--helo', 'mail.example.com'], 'missing --ip'],
    [['spf', '--ip', '192.0.2.1', '--helo', 'mail.example.com'], 'missing --sender'],
    [['spf', '--ip', '192.0.2.1', '--sender', 'a@example.com'], 'missing --helo'],
    [['spf', '--ip', '192.0.2.300', '--sender', 'a@example.com', '--helo', 'mail.example.com'], 'not an IPv4 or IPv6 address'],
    [['spf', '--ip', '192.0.2.1', '--sender', 'a@example.com', '--helo', 'h.example.com', '--bogus'], "Unknown option '--bogus'"],
    [['spf', '--ip', '192.0.2.1', '--sender', 'a@example.com', '--helo', 'h.example.com', '--zone', '/nonexistent/zone.json'], 'ENOENT'],
    [['spf', '--ip', '192.0.2.1', '--sender', 'a@example.com', '--helo', 'h.example.com', '--resolver', 'http://dns.example/dns-query'], 'https'],
  ])('bad usage %j exits 2 with a one-line reason', async (argv, reason) => {
    const { code, stdout, stderr } = await cli(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(reason);
    expect(stderr.startsWith('mailtrust spf: ')).toBe(true);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('rejects a zone file that is not a zone, with the offending entry', async () => {
    const file = join(dir, 'bad-zone.json');
    writeFileSync(file, JSON.stringify({ 'example.com': { MX: ['mail.example.com'] } }));
    const { code, stderr } = await cli(['spf', '--ip', '192.0.2.1', '--sender', 'a@example.com', '--helo', 'h.example.com', '--zone', file]);
    expect(code).toBe(2);
    expect(stderr).toContain('example.com MX');
  });
});

describe('the built dist/cli.mjs', () => {
  let cliFile = '';
  beforeAll(async () => {
    // Same bundle as `npm run build:cli` (scripts/build-cli.mjs), written to a temp file so the test
    // does not race other runs over dist/.
    cliFile = join(dir, 'cli.mjs');
    await build({ entryPoints: ['lib/cli/bin.ts'], outfile: cliFile, bundle: true, platform: 'node', target: 'node20', format: 'esm', logLevel: 'error' });
  }, 60_000);

  it.each(['redirect-cancels-prior-exp', 'a-dual-cidr-ip6-match', 'mx-limit', 'include-loop'])('%s: same JSON as the library', async (name) => {
    const c = cases.find((x) => x.name === name);
    if (!c) throw new Error(`no suite case ${name}`);
    const { stdout } = await run(process.execPath, [cliFile, ...argsOf(c).slice(0)]);
    const printed = JSON.parse(stdout) as { result: string; explanation?: string };
    const expected = await library(c);
    expect(printed.result).toBe(expected.result);
    expect(c.results[0]).toBe(printed.result);
    if (expected.result === 'fail') expect(printed.explanation).toBe(expected.explanation);
  });
});
