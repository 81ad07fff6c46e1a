// `npm run bench hostile`: 1 MB messages of hostile shapes (issue 11) analysed against a zone resolver,
// each in its own node process so its peak RSS is its own. Reported per shape: time, peak RSS and the
// size of the JSON report, each as a ratio to the clean message (a small signed message analysed the same
// way), plus the output-to-input ratio. The goals: under 5 s, under 200 MB RSS, output under 10x input.
import { spawnSync } from 'node:child_process';
import { analyze } from '../lib/analyze';
import { parseZone } from '../lib/dns/zone';
import { ZoneResolver } from '../lib/dns/zone-resolver';
import { reportToJson } from '../lib/report/to-json';

const SIZE = 1024 * 1024;
const ACME = 'acme-widgets.com';
const RECEIVER = 'mx1.zendesk-inbound.net';
const TOP = [
  `Received: from mail.${ACME} (mail.${ACME} [198.51.100.10])\r\n\tby ${RECEIVER} with ESMTPS id e1; Fri, 20 Nov 2026 10:00:09 +0000`,
  `Return-Path: <alice@${ACME}>`,
];
const TAIL = ['Subject: Order 1234', 'Date: Fri, 20 Nov 2026 10:00:00 +0000', `Message-ID: <b1@${ACME}>`];
const FROM = `From: Alice <alice@${ACME}>`;
const TO = 'To: support@helpdesk.zendesk-inbound.net';

/** Repeats `unit(i)` joined by `separator` until the text reaches SIZE. */
function fill(unit: (index: number) => string, separator: string): string {
  const parts: string[] = [];
  let length = 0;
  for (let index = 0; length < SIZE; index++) {
    const part = unit(index);
    parts.push(part);
    length += part.length + separator.length;
  }
  return parts.join(separator);
}

const message = (fields: string[], body = 'Hello, where is my order?\r\n') => `${[...TOP, ...fields, ...TAIL].join('\r\n')}\r\n\r\n${body}`;

const SHAPES: Record<string, () => string> = {
  clean: () => message([FROM, TO]),
  'large body': () => message([FROM, TO], fill((i) => `line ${i} of a long body`, '\r\n')),
  'From with invalid members': () => message([`From: ${fill((i) => `bad${i}@`, ', ')}`, TO]),
  'To with distinct domains': () => message([FROM, `To: ${fill((i) => `u@d${i}.example`, ', ')}`]),
  'DKIM-Signature fields': () => message([FROM, TO, fill((i) => `DKIM-Signature: v=1; a=rsa-sha256; d=${ACME}; s=s${i}; h=from; bh=AAAA; b=AAAA`, '\r\n')]),
  'Received fields': () => message([FROM, TO, fill((i) => `Received: from h${i}.example (h${i}.example [192.0.2.${i % 250}]) by ${RECEIVER}; Fri, 20 Nov 2026 10:00:09 +0000`, '\r\n')]),
  'one 1 MB Subject': () => message([FROM, TO, `Subject: ${'x'.repeat(SIZE)}`]),
  'many header fields': () => message([FROM, TO, fill((i) => `X-Field-${i}: value ${i}`, '\r\n')]),
  'control characters': () => message([FROM, TO, `X-Junk: ${fill(() => '\u001b[2J\u202e\r', '')}`]),
};

const zoneJson = {
  [ACME]: { MX: [{ preference: 10, exchange: `mail.${ACME}` }], TXT: ['v=spf1 ip4:198.51.100.10 -all'] },
  [`mail.${ACME}`]: { A: ['198.51.100.10'] },
  '10.100.51.198.in-addr.arpa': { PTR: [`mail.${ACME}`] },
  [`_dmarc.${ACME}`]: { TXT: ['v=DMARC1; p=reject'] },
  'zendesk-inbound.net': { MX: [{ preference: 10, exchange: RECEIVER }] },
  'helpdesk.zendesk-inbound.net': { MX: [{ preference: 10, exchange: RECEIVER }] },
};

interface Measure {
  ms: number;
  rssMb: number;
  inputBytes: number;
  outputBytes: number;
  verdict: string;
}

async function measureOne(shape: string): Promise<Measure> {
  const parsed = parseZone(zoneJson);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
  const raw = (SHAPES[shape] ?? SHAPES.clean!)();
  const started = performance.now();
  const report = await analyze(raw, { resolver: new ZoneResolver(parsed.zone), now: new Date('2026-11-20T12:00:00Z') });
  const json = reportToJson(report, { indent: 0 });
  const ms = performance.now() - started;
  return { ms, rssMb: process.resourceUsage().maxRSS / 1024, inputBytes: Buffer.byteLength(raw), outputBytes: Buffer.byteLength(json), verdict: report.verdict.level };
}

const child = process.argv[2];
if (child !== undefined) {
  process.stdout.write(JSON.stringify(await measureOne(child)));
} else {
  const run = (shape: string): Measure => {
    const result = spawnSync(process.execPath, [process.argv[1] ?? '', shape], { encoding: 'utf8', maxBuffer: 1 << 20 });
    if (result.status !== 0) throw new Error(`${shape}: ${result.stderr}`);
    return JSON.parse(result.stdout) as Measure;
  };
  const clean = run('clean');
  console.log(`baseline: the clean message, ${clean.inputBytes} B in, ${clean.outputBytes} B of JSON out, ${clean.ms.toFixed(0)} ms, ${clean.rssMb.toFixed(0)} MB peak RSS`);
  console.log('shape                        input    time  ratio   RSS MB ratio  out/in  out ratio  verdict');
  let failed = 0;
  for (const shape of Object.keys(SHAPES).filter((name) => name !== 'clean')) {
    const m = run(shape);
    const ok = m.ms < 5000 && m.rssMb < 200 && m.outputBytes < 10 * m.inputBytes;
    if (!ok) failed++;
    console.log(
      `${shape.padEnd(28)} ${(m.inputBytes / SIZE).toFixed(2).padStart(5)} MB ${m.ms.toFixed(0).padStart(6)} ms ${(m.ms / clean.ms).toFixed(1).padStart(5)}x ${m.rssMb.toFixed(0).padStart(5)} ${(m.rssMb / clean.rssMb).toFixed(2).padStart(5)}x ${(m.outputBytes / m.inputBytes).toFixed(2).padStart(6)}x ${(m.outputBytes / clean.outputBytes).toFixed(1).padStart(8)}x  ${m.verdict}${ok ? '' : '  OVER GOAL'}`,
    );
  }
  console.log(failed ? `${failed} shape(s) over a goal (5 s, 200 MB, 10x output)` : 'every shape within 5 s, 200 MB RSS and 10x output');
}
