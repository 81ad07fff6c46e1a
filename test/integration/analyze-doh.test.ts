// `mailtrust analyze --resolver URL` over real DNS: BIND serves the sender's zones, a validating BIND
// resolver and dnsdist (DoH) sit in front, and the built CLI asks them over DNS over HTTPS.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorHeaders, message, signed, testKey } from '../analyze/scenario-kit';
import { ACME, acmeHeaders, acmeZones } from '../helpers/acme-zones';
import { startDnsServers, type DnsServers } from '../helpers/dns-servers';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const run = promisify(execFile);

let servers: DnsServers | undefined;
let dir = '';
let file = '';
let gatewayFile = '';
let cli = '';

beforeAll(async () => {
  const key = await testKey();
  const soa = (origin: string) => `$TTL 300\n@ IN SOA ns1.${origin}. hostmaster.${origin}. 1 3600 600 86400 60\n@ NS ns1.${origin}.\nns1 A 192.0.2.53\n`;
  servers = await startDnsServers({
    extraZones: [
      ...acmeZones(key.publicKey),
      // A recipient domain whose MX is a filtering gateway that leaves no mark in the headers.
      { origin: 'contoso.test', text: `${soa('contoso.test')}@ MX 10 in1.gw-vendor.test.\n` },
    ],
  });
  dir = await mkdtemp(join(tmpdir(), 'mailtrust-doh-'));
  // The bundle of scripts/build-cli.mjs, into a temp file so parallel runs do not race over dist/.
  cli = join(dir, 'cli.mjs');
  await build({ entryPoints: [join(ROOT, 'lib/cli/bin.ts')], outfile: cli, bundle: true, platform: 'node', target: 'node20', format: 'esm', logLevel: 'error' });
  file = join(dir, 'message.eml');
  const headers = acmeHeaders();
  await writeFile(file, await signed(message(headers), ACME));
  gatewayFile = join(dir, 'gateway.eml');
  await writeFile(gatewayFile, [
    'Received: from filter.gw-vendor.test (filter.gw-vendor.test [198.51.100.40]) by mail.contoso.test with ESMTPS for <support@contoso.test>; Tue, 13 Feb 2024 10:00:02 +0000',
    `Received: from mail.${ACME} (mail.${ACME} [198.51.100.10]) by in1.gw-vendor.test with ESMTPS for <support@contoso.test>; Tue, 13 Feb 2024 10:00:01 +0000`,
    ...authorHeaders(`alice@${ACME}`),
    '',
    'Hello.',
    '',
  ].join('\r\n'));
}, 60_000);

afterAll(async () => {
  await servers?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('analyze over DNS over HTTPS', () => {
  it('re-checks PTR, HELO, SPF, DKIM and DMARC against real servers and trusts the message', async () => {
    const { stdout } = await run(process.execPath, [cli, 'analyze', '--json', '--resolver', servers?.dohUrl ?? '', file]);
    const report = JSON.parse(stdout);
    expect(report.dns.mode).toBe('doh');
    expect(report.verdict.level).toBe('trusted');
    expect(report.findings.map((finding: { id: string }) => finding.id)).toEqual(expect.arrayContaining(['ptr.pass', 'helo.pass', 'spf.pass', 'dkim.pass', 'dmarc.pass']));
    expect(report.dkim[0]).toMatchObject({ result: 'pass', keyBits: 2048 });
    // Each distinct question went to the server once, though PTR, HELO, SPF and domain checks overlap.
    const asked = report.dns.queries.map((query: { type: string; name: string }) => `${query.type} ${query.name}`);
    expect(new Set(asked).size).toBe(asked.length);
    expect(servers?.queriesFor(`_dmarc.${ACME}`)).toBe(1);
  });

  it('places the edge at the hop that reached the recipient domain\'s MX host (a gateway the headers do not name)', async () => {
    const { stdout } = await run(process.execPath, [cli, 'analyze', '--json', '--resolver', servers?.dohUrl ?? '', gatewayFile]);
    const report = JSON.parse(stdout);
    expect(report.edge).toMatchObject({ ip: '198.51.100.10', receiver: 'in1.gw-vendor.test', inferred: false, reasonText: 'reached in1.gw-vendor.test, an MX host of contoso.test' });
    expect(report.dns.queries).toContainEqual(expect.objectContaining({ name: 'contoso.test', type: 'MX', rcode: 'NOERROR' }));
    // The sender judged is the author's server, not the gateway: its PTR is in the author's domain.
    expect(report.iprev).toMatchObject({ ip: '198.51.100.10', result: 'pass' });
  });
});
