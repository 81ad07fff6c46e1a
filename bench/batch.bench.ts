// `npm run bench batch`: `mailtrust analyze --json DIR` over 1,000 messages from 100 sender domains,
// DNS over HTTPS to a local server (child process) holding every answer back 25 ms.
//  - messages per second of the batch / one `mailtrust analyze FILE` process per message (the shell loop
//    a script would write; measured on a sample of the same messages, run one after another)
//  - peak RSS of the batch process at 1,000 messages / at 100 messages   target <= 1.3 (flat)
// The batches of 1,000 and of 100 run in turn, round after round (bench/interleave.ts); the RSS ratio
// printed is the median of the rounds' ratios, with its spread.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveIfChild, startDohServerProcess } from '../test/helpers/delayed-doh-server';
import { describeRatio, interleave, machine, median, ratios, roundsFromEnv } from './interleave';

const DELAY_MS = 25;
const DOMAINS = 100;
const PER_DOMAIN = 10;
const SAMPLE = 20;
const ROUNDS = roundsFromEnv(3);
const RECEIVER = 'mx1.zendesk-inbound.net';
const ESPS = ['_spf.crm.example', '_spf.helpdesk.example', '_spf.mailer.example', '_spf.payroll.example', '_spf.calendar.example'];

function zone(): Record<string, Record<string, unknown>> {
  const json: Record<string, Record<string, unknown>> = { 'zendesk-inbound.net': { MX: [{ preference: 10, exchange: RECEIVER }] } };
  ESPS.forEach((esp, i) => (json[esp] = { TXT: `v=spf1 ip4:198.51.${100 + i}.0/24 ~all` }));
  for (let d = 0; d < DOMAINS; d++) {
    const domain = `sender${d}.example`;
    const ip = `203.0.${Math.floor(d / 50)}.${(d % 50) + 1}`;
    json[domain] = { TXT: `v=spf1 include:${ESPS[d % ESPS.length]} ip4:${ip} -all`, MX: [{ preference: 10, exchange: `mail.${domain}` }] };
    json[`mail.${domain}`] = { A: [ip] };
    json[`_dmarc.${domain}`] = { TXT: 'v=DMARC1; p=quarantine' };
    json[`${ip.split('.').reverse().join('.')}.in-addr.arpa`] = { PTR: [`mail.${domain}`] };
  }
  return json;
}

function message(d: number, n: number): string {
  const domain = `sender${d}.example`;
  const ip = `203.0.${Math.floor(d / 50)}.${(d % 50) + 1}`;
  return [
    `Received: from mail.${domain} (mail.${domain} [${ip}])\r\n\tby ${RECEIVER} with ESMTPS id b${d}n${n} for <support@zendesk-inbound.net>; Fri, 20 Nov 2026 10:00:09 +0000`,
    `Return-Path: <news@${domain}>`,
    `From: News <news@${domain}>`,
    'To: support@zendesk-inbound.net',
    `Subject: Message ${n} from ${domain}`,
    'Date: Fri, 20 Nov 2026 10:00:00 +0000',
    `Message-ID: <m${n}@${domain}>`,
    '',
    `Body ${n}`,
    '',
  ].join('\r\n');
}

/** Writes the first `count` messages (domains interleaved, as a ticket export would mix them). */
function writeMessages(dir: string, count: number): string[] {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const file = join(dir, `${String(i).padStart(4, '0')}.eml`);
    writeFileSync(file, message(i % DOMAINS, Math.floor(i / DOMAINS)));
    files.push(file);
  }
  return files;
}

interface Run {
  ms: number;
  maxRssKb: number;
  retainedHeap: number;
  lines: number;
}

/** One CLI process; its peak RSS comes from a preloaded script that reports it at exit. */
function runCli(args: string[], rssReporter: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--expose-gc', '--require', rssReporter, 'dist/cli.mjs', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let lines = 0;
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (lines += chunk.toString('utf8').split('\n').length - 1));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (code) => {
      const memory = /MAXRSS (\d+) HEAP (\d+)/.exec(stderr);
      if (code !== 0 || !memory) return reject(new Error(`mailtrust exited ${code}: ${stderr.slice(0, 500)}`));
      resolve({ ms: performance.now() - started, maxRssKb: Number(memory[1]), retainedHeap: Number(memory[2]), lines });
    });
  });
}

if (!serveIfChild()) await main();

async function main() {
  console.log(machine());
  spawnSync(process.execPath, ['scripts/build-cli.mjs'], { stdio: 'ignore' });
  const work = mkdtempSync(join(tmpdir(), 'mailtrust-batch-'));
  const rssReporter = join(work, 'report-rss.cjs');
  // At exit: the peak RSS, and the heap still in use after a full collection (what the process retained).
  writeFileSync(rssReporter, "process.on('exit', () => { global.gc(); require('node:fs').writeSync(2, `MAXRSS ${process.resourceUsage().maxRSS} HEAP ${process.memoryUsage().heapUsed}\\n`); });\n");
  const server = await startDohServerProcess(zone(), DELAY_MS);
  try {
    const small = join(work, 'small');
    const large = join(work, 'large');
    writeMessages(small, DOMAINS);
    const files = writeMessages(large, DOMAINS * PER_DOMAIN);
    const batch = (dir: string) => runCli(['analyze', '--json', '--resolver', server.url, dir], rssReporter);

    await batch(small); // warm-up: file cache
    const runs = await interleave(ROUNDS, () => batch(large), () => batch(small));
    for (const [run, expected] of [...runs.a.map((r) => [r, DOMAINS * PER_DOMAIN] as const), ...runs.b.map((r) => [r, DOMAINS] as const)]) {
      if (run.lines !== expected) throw new Error(`expected one NDJSON line per message (${expected}), got ${run.lines}`);
    }
    const medianRun = (list: Run[]): Run => ({ ms: median(list.map((r) => r.ms)), maxRssKb: median(list.map((r) => r.maxRssKb)), retainedHeap: median(list.map((r) => r.retainedHeap)), lines: list[0]?.lines ?? 0 });
    const hundred = medianRun(runs.b);
    const thousand = medianRun(runs.a);

    let single = 0;
    for (const file of files.slice(0, SAMPLE)) single += (await runCli(['analyze', '--json', '--resolver', server.url, file], rssReporter)).ms;
    const perProcess = SAMPLE / (single / 1000);
    const batchRate = (DOMAINS * PER_DOMAIN) / (thousand.ms / 1000);

    console.log(`mailtrust analyze --json DIR, ${DOMAINS} sender domains, DoH to 127.0.0.1 + ${DELAY_MS} ms per answer; ${ROUNDS} rounds of 1,000 and 100 in turn, medians`);
    console.log(`  batch of 100:   ${(hundred.ms / 1000).toFixed(1)} s, peak RSS ${(hundred.maxRssKb / 1024).toFixed(0)} MB`);
    console.log(`  batch of 1,000: ${(thousand.ms / 1000).toFixed(1)} s, ${batchRate.toFixed(0)} msg/s, peak RSS ${(thousand.maxRssKb / 1024).toFixed(0)} MB`);
    console.log(`  one process per message (${SAMPLE} messages, one after another): ${perProcess.toFixed(1)} msg/s`);
    console.log(`  ratio batch / one process per message: ${(batchRate / perProcess).toFixed(1)}x msg/s`);
    console.log(`  ratio peak RSS 1,000 / 100: ${describeRatio(ratios(runs.a.map((r) => r.maxRssKb), runs.b.map((r) => r.maxRssKb)), { atMost: 1.3 })}`);
    const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
    console.log(`  heap retained at the end (after a full GC): ${mb(hundred.retainedHeap)} MB at 100, ${mb(thousand.retainedHeap)} MB at 1,000, ratio ${describeRatio(ratios(runs.a.map((r) => r.retainedHeap), runs.b.map((r) => r.retainedHeap)), null)}`);
  } finally {
    await server.stop();
    rmSync(work, { recursive: true, force: true });
  }
}
