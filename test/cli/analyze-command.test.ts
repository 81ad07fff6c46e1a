// `mailtrust analyze` as users run it: the bundle `npm run build:cli` makes (built here with the same
// options, into a temp file so parallel runs do not race over dist/), spawned with plain node, on files
// written to a temporary directory (a message signed in the test and its zone file).
import { execFile, spawnSync } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMisbehavingServer } from '../helpers/misbehaving-server';
import { authorHeaders, keyZone, message, RECEIVER, RECEIVER_ZONE, received, signed } from '../analyze/scenario-kit';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
let CLI = '';
const run = promisify(execFile);

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(args: string[], input?: string): Promise<Outcome> {
  if (input !== undefined) {
    const result = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8' });
    return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
  }
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { encoding: 'utf8' });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

let dir = '';
let good = '';
let spoof = '';
let zonePath = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mailtrust-cli-'));
  // scripts/build-cli.mjs's options, so the test runs what users run.
  CLI = join(dir, 'cli.mjs');
  await build({ entryPoints: [join(ROOT, 'lib/cli/bin.ts')], outfile: CLI, bundle: true, platform: 'node', target: 'node20', format: 'esm', banner: { js: '#!/usr/bin/env node' }, logLevel: 'error' });
  const acme = 'acme-widgets.com';
  const headers = [...received([{ helo: `mail.${acme}`, ip: '198.51.100.10', by: RECEIVER }]), `Return-Path: <alice@${acme}>`, ...authorHeaders(`alice@${acme}`)];
  good = join(dir, 'good.eml');
  await writeFile(good, await signed(message(headers), acme));
  spoof = join(dir, 'spoof.eml');
  await writeFile(spoof, message([...received([{ helo: 'mx.bulk-sender.net', ip: '203.0.113.99', by: RECEIVER }]), 'Return-Path: <x@bulk-sender.net>', ...authorHeaders(`ceo@${acme}`)]));
  zonePath = join(dir, 'zone.json');
  await writeFile(zonePath, JSON.stringify({
    ...RECEIVER_ZONE,
    [acme]: { MX: [{ preference: 10, exchange: `mail.${acme}` }], TXT: ['v=spf1 ip4:198.51.100.10 -all'] },
    [`mail.${acme}`]: { A: ['198.51.100.10'] },
    '10.100.51.198.in-addr.arpa': { PTR: [`mail.${acme}`] },
    [`_dmarc.${acme}`]: { TXT: ['v=DMARC1; p=reject'] },
    'bulk-sender.net': { TXT: ['v=spf1 ip4:203.0.113.0/24 -all'] },
    ...(await keyZone(acme)),
  }));
}, 60_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('mailtrust analyze', () => {
  it('the human report shows the From domain\'s MX check, in English and in French', async () => {
    const english = await cli(['analyze', '--zone', zonePath, '--now', '2026-11-20T12:00:00Z', good]);
    expect(english.code).toBe(0);
    expect(english.stdout).toMatch(/mx\.pass +acme-widgets\.com receives mail: replies can be delivered/);
    const french = await cli(['analyze', '--lang', 'fr', '--zone', zonePath, '--now', '2026-11-20T12:00:00Z', good]);
    expect(french.stdout).toMatch(/mx\.pass +acme-widgets\.com reçoit du courrier : les réponses peuvent être remises/);
    expect(french.stdout).toContain('Son hôte MX mail.acme-widgets.com a une adresse');
  });

  it('--json --zone prints the Report and exits 0', async () => {
    const { code, stdout, stderr } = await cli(['analyze', '--json', '--zone', zonePath, '--now', '2026-11-20T12:00:00Z', good]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.schema).toBe(4);
    expect(report.verdict.level).toBe('trusted');
    expect(report.dns.mode).toBe('zone');
    expect(report.checkedAt).toBe('2026-11-20T12:00:00.000Z');
    expect(report.dkim[0]).toMatchObject({ result: 'pass', d: 'acme-widgets.com' });
  });

  it('exits 0 for a likely-suspended message too: the verdict is output, not an error', async () => {
    const { code, stdout } = await cli(['analyze', '--json', '--zone', zonePath, spoof]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).verdict.level).toBe('likely-suspended');
  });

  it('--offline makes no DNS query and says so', async () => {
    const { code, stdout } = await cli(['analyze', '--json', '--offline', good]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.dns).toMatchObject({ mode: 'offline', queries: [] });
    expect(report.spf).toMatchObject({ result: 'not-checked', reason: 'offline' });
    expect(report.dkim[0]).toMatchObject({ result: 'not-checked', d: 'acme-widgets.com', s: 'sel1' });
    expect(report.verdict.level).toBe('unknown');
  });

  it('several files with --json give NDJSON in argument order, each with its file', async () => {
    const { code, stdout } = await cli(['analyze', '--json', '--zone', zonePath, spoof, good]);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => [line.file, line.verdict.level])).toEqual([[spoof, 'likely-suspended'], [good, 'trusted']]);
  });

  it('garbage on stdin exits 2 with one line on stderr', async () => {
    const { code, stdout, stderr } = await cli(['analyze', '--offline', '-'], 'this is not an email at all\njust words\n');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toContain('No header lines');
  });

  it('a missing file and contradictory options are usage errors (exit 2, one line)', async () => {
    const missing = await cli(['analyze', '--offline', join(dir, 'nope.eml')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trimEnd().split('\n')).toHaveLength(1);
    const both = await cli(['analyze', '--json', '--markdown', good]);
    expect(both.code).toBe(2);
    expect(both.stderr).toBe('mailtrust analyze: --json and --markdown exclude each other\n');
    const unknown = await cli(['analyze', '--bogus', good]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.trimEnd().split('\n')).toHaveLength(1);
    const none = await cli(['analyze', '--offline']);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe('mailtrust analyze: no input: give a file, a directory or - for stdin (see mailtrust analyze --help)\n');
  });

  it('a directory is walked for .eml files and ends with a summary of verdicts and findings', async () => {
    const batch = join(dir, 'batch');
    await mkdir(join(batch, 'sub'), { recursive: true });
    await writeFile(join(batch, 'a.eml'), await readFile(good, 'utf8'));
    await writeFile(join(batch, 'sub', 'b.eml'), await readFile(spoof, 'utf8'));
    await writeFile(join(batch, 'notes.txt'), 'not a message');
    const { code, stdout, stderr } = await cli(['analyze', '--zone', zonePath, batch]);
    expect(code).toBe(0);
    expect(stdout).toContain('Summary of 2 messages:');
    expect(stdout).toMatch(/Trusted\s+1/);
    expect(stdout).toMatch(/Likely suspended\s+1/);
    expect(stdout).toMatch(/dmarc\.fail\s+1/);
    // Not a terminal and not asked for: no progress, stderr stays for errors.
    expect(stderr).toBe('');
    expect(stdout).not.toContain('\u001b[');
    const asked = await cli(['analyze', '--zone', zonePath, '--json', '--progress', batch]);
    expect(asked.stderr).toMatch(/^analysed 1 of 2 \([\d.]+ msg\/s, about \d+s left\)\nanalysed 2 of 2 \([\d.]+ msg\/s, \d+s in all\)\n$/);
    // stdout stays NDJSON, one report per message, in order.
    expect(asked.stdout.trimEnd().split('\n').map((line) => JSON.parse(line).file)).toEqual([join(batch, 'a.eml'), join(batch, 'sub', 'b.eml')]);
  });

  it('--help prints the usage and exits 0', async () => {
    const { code, stdout } = await cli(['analyze', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^usage: mailtrust analyze FILE/);
  });

  it('--markdown prints a note to paste on a ticket', async () => {
    const { code, stdout } = await cli(['analyze', '--markdown', '--zone', zonePath, spoof]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^### MailTrust: Likely suspended/);
    expect(stdout).toContain('`dmarc.fail`');
  });

  it('--note prints the same note as plain text: no Markdown escapes, no finding ids', async () => {
    const { code, stdout } = await cli(['analyze', '--note', '--zone', zonePath, spoof]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^MailTrust: Likely suspended\n/);
    expect(stdout).not.toMatch(/\\[!-/:-@[-`{-~]/);
    expect(stdout).not.toContain('dmarc.fail');
    expect(stdout).toContain('https://support.zendesk.com/hc/en-us/articles/4412991936922');
    const both = await cli(['analyze', '--markdown', '--note', spoof]);
    expect(both.code).toBe(2);
    expect(both.stderr).toBe('mailtrust analyze: --markdown and --note exclude each other\n');
  });
});

describe('input limits in bytes, and one bad file in a batch', () => {
  it('a 600 MB file is refused from its size alone, with exact figures (exit 2)', async () => {
    const huge = join(dir, 'huge.eml');
    // Sparse: the size is there, the disk space is not, and nothing is read.
    await writeFile(huge, '');
    await truncate(huge, 600 * 1024 * 1024);
    const { code, stdout, stderr } = await cli(['analyze', '--offline', huge]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`mailtrust analyze: ${huge}: The input is 629,145,600 bytes (600 MiB), over the limit of 41,943,040 bytes (40 MiB).\n`);
  });

  it('40 MiB and 1 KB is not "40.0 MiB, over the 40.0 MiB limit"', async () => {
    const over = join(dir, 'over.eml');
    await writeFile(over, '');
    await truncate(over, 40 * 1024 * 1024 + 1024);
    const { stderr } = await cli(['analyze', '--offline', over]);
    expect(stderr).toContain('The input is 41,944,064 bytes (40.001 MiB), over the limit of 41,943,040 bytes (40 MiB).');
  });

  it('stdin is read in chunks and reading stops past the limit (exit 2, not a crash)', async () => {
    const { code, stderr } = await cli(['analyze', '--offline', '-'], `Subject: x\r\n\r\n${'a'.repeat(41 * 1024 * 1024)}`);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^mailtrust analyze: -: The input is more than 41,943,040 bytes \(40 MiB\), the limit; reading stopped after [\d,]+ bytes/);
  });

  it('a batch goes on past a bad file: its JSON line carries the error, stderr names it, the exit status says so', async () => {
    const bad = join(dir, 'bad.eml');
    await writeFile(bad, '');
    await truncate(bad, 50 * 1024 * 1024);
    const { code, stdout, stderr } = await cli(['analyze', '--json', '--zone', zonePath, good, bad, spoof]);
    expect(code).toBe(2);
    const lines = stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => line.file)).toEqual([good, bad, spoof]);
    expect(lines[1]).toEqual({ file: bad, error: 'The input is 52,428,800 bytes (50 MiB), over the limit of 41,943,040 bytes (40 MiB).' });
    expect(lines[2].verdict.level).toBe('likely-suspended');
    expect(stderr).toContain(`mailtrust analyze: ${bad}: The input is 52,428,800 bytes`);
  });
});

describe('a batch renders each message as it finishes', () => {
  it('a file that is not an email is counted, named on stderr, skipped by the human output and kept as its NDJSON line', async () => {
    const batch = join(dir, 'mixed');
    await mkdir(batch, { recursive: true });
    await writeFile(join(batch, 'a.eml'), await readFile(good, 'utf8'));
    await writeFile(join(batch, 'b.eml'), 'just a note, no header fields at all\n');
    await writeFile(join(batch, 'c.eml'), await readFile(spoof, 'utf8'));
    const human = await cli(['analyze', '--zone', zonePath, batch]);
    expect(human.code).toBe(2);
    expect(human.stdout).toContain('Summary of 3 messages:');
    expect(human.stdout).toMatch(/Trusted\s+1\n/);
    expect(human.stdout).toMatch(/Likely suspended\s+1\n/);
    expect(human.stdout).toMatch(/not an email\s+1\n/);
    expect(human.stdout).not.toContain(join(batch, 'b.eml'));
    expect(human.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(new RegExp(`^mailtrust analyze: ${join(batch, 'b.eml')}: `))]);
    // In file order, whichever finished first.
    expect(human.stdout.indexOf(join(batch, 'a.eml'))).toBeGreaterThanOrEqual(0);
    expect(human.stdout.indexOf(join(batch, 'c.eml'))).toBeGreaterThan(human.stdout.indexOf(join(batch, 'a.eml')));
    const json = await cli(['analyze', '--json', '--zone', zonePath, batch]);
    expect(json.code).toBe(2);
    const lines = json.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => [line.file, line.input.kind])).toEqual([[join(batch, 'a.eml'), 'full'], [join(batch, 'b.eml'), 'not-email'], [join(batch, 'c.eml'), 'full']]);
    expect(json.stderr).toBe(human.stderr);
  });
});

describe('--deadline', () => {
  it('is passed to the analysis, and a value that is not a positive number is a usage error', async () => {
    const ok = await cli(['analyze', '--json', '--zone', zonePath, '--deadline', '30', good]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).verdict.level).toBe('trusted');
    const bad = await cli(['analyze', '--zone', zonePath, '--deadline', '0', good]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('mailtrust analyze: --deadline "0" is not a positive number of seconds\n');
  });

  it('ends the analysis when the resolver never answers: unknown, with analysis.time-limit', async () => {
    const silent = await startMisbehavingServer({ kind: 'silent' });
    try {
      const { code, stdout } = await cli(['analyze', '--json', '--resolver', silent.url, '--deadline', '0.5', good]);
      expect(code).toBe(0);
      const report = JSON.parse(stdout);
      expect(report.verdict.level).toBe('unknown');
      expect(report.findings.map((finding: { id: string }) => finding.id)).toContain('analysis.time-limit');
      expect(report.spf).toMatchObject({ result: 'not-checked', reason: 'time-limit', message: 'The time limit (0.5 s) ran out before this check.' });
    } finally {
      await silent.stop();
    }
  }, 30_000);
});
