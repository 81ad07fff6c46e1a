// Real DNS servers on 127.0.0.1 for the integration tests, the e2e test and the bench:
//   1. BIND, authoritative for the test zones (one signed, one unsigned, one with a damaged signature, a reverse zone)
//   2. BIND, a validating resolver that trusts the signed zones' keys and forwards only to (1)
//   3. dnsdist, the HTTP/1.1 DoH endpoint in front of (2) (BIND's own DoH listener speaks HTTP/2 only)
// Everything lives in a temp dir and on free high ports; stop() ends the processes and removes the dir.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port';
import { BROKEN_ZONE, REVERSE_ZONE, SIGNED_ZONE, UNSIGNED_ZONE } from './test-zones';

export interface DnsServers {
  /** The DoH endpoint (dnsdist), e.g. http://127.0.0.1:40123/dns-query */
  dohUrl: string;
  authoritativePort: number;
  resolverPort: number;
  /** How many DNS queries for this name (any type, case-insensitive) dnsdist has received so far. */
  queriesFor(name: string): number;
  stop(): Promise<void>;
}

export interface DnsServerOptions {
  /** Adds `access-control-allow-origin: *` to DoH answers, so pages without host permission may read them. */
  cors?: boolean;
  /** Log every query dnsdist receives (the request counter of the tests); off for the bench. */
  logQueries?: boolean;
  /** More unsigned zones for the authoritative server (master-file text), e.g. the e2e tests' generated DKIM keys. */
  extraZones?: { origin: string; text: string }[];
}

interface Managed {
  name: string;
  child: ChildProcess;
  output: string[];
}

const running = new Set<Managed>();
// A crashed test run must not leave servers behind.
process.once('exit', () => {
  for (const m of running) m.child.kill('SIGKILL');
});

export async function startDnsServers(options: DnsServerOptions = {}): Promise<DnsServers> {
  // A port found free can be taken by someone else before our server binds it (other tests run at the
  // same time); such a start fails with "address in use" and is worth a second try on new ports.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(options);
    } catch (error) {
      if (attempt >= 3 || !(error instanceof PortTakenError)) throw error;
    }
  }
}

class PortTakenError extends Error {}

async function startOnce(options: DnsServerOptions): Promise<DnsServers> {
  const { cors = true, logQueries = true } = options;
  const dir = mkdtempSync(join(tmpdir(), 'mailtrust-dns-'));
  const started: Managed[] = [];
  const stop = async () => {
    await Promise.all(started.map(stopProcess));
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const [authoritativePort, resolverPort, dohPort, dnsPort, consolePort] = await distinctFreePorts(5);
    const extraZones = options.extraZones ?? [];
    const anchors = writeZones(dir);
    for (const zone of extraZones) writeFileSync(join(dir, `${zone.origin}.zone`), zone.text);
    writeFileSync(join(dir, 'auth.conf'), authoritativeConfig(dir, authoritativePort!, extraZones.map((zone) => zone.origin)));
    writeFileSync(join(dir, 'resolver.conf'), resolverConfig(dir, resolverPort!, authoritativePort!, anchors));
    const queryLog = join(dir, 'dnsdist-queries.log');
    writeFileSync(join(dir, 'dnsdist.conf'), dnsdistConfig(dohPort!, dnsPort!, consolePort!, resolverPort!, cors, logQueries ? queryLog : undefined));

    started.push(launch('named (authoritative)', 'named', ['-g', '-4', '-n', '1', '-c', join(dir, 'auth.conf')], dir));
    started.push(launch('named (validating resolver)', 'named', ['-g', '-4', '-n', '1', '-c', join(dir, 'resolver.conf')], dir));
    started.push(launch('dnsdist', 'dnsdist', ['--supervised', '--disable-syslog', '-C', join(dir, 'dnsdist.conf')], dir));

    const dohUrl = `http://127.0.0.1:${dohPort}/dns-query`;
    await waitUntilReady(dohUrl, started);
    return {
      dohUrl,
      authoritativePort: authoritativePort!,
      resolverPort: resolverPort!,
      queriesFor: (name) => countQueries(queryLog, name),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function distinctFreePorts(count: number): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < count) ports.add(await freePort());
  return [...ports];
}

function writeZones(dir: string): string[] {
  const anchors: string[] = [];
  for (const zone of [SIGNED_ZONE, BROKEN_ZONE]) {
    writeFileSync(join(dir, `${zone.origin}.zone`), zone.text);
    const ksk = run('dnssec-keygen', ['-q', '-K', dir, '-a', 'ECDSAP256SHA256', '-f', 'KSK', zone.origin], dir);
    run('dnssec-keygen', ['-q', '-K', dir, '-a', 'ECDSAP256SHA256', zone.origin], dir);
    // -S: pick the keys from -K; -O full: one record per line, so a signature can be damaged below.
    run('dnssec-signzone', ['-S', '-K', dir, '-O', 'full', '-o', zone.origin, '-f', join(dir, `${zone.origin}.signed`), join(dir, `${zone.origin}.zone`)], dir);
    const key = readFileSync(join(dir, `${ksk.trim()}.key`), 'utf8');
    const dnskey = key.split('\n').find((line) => /\sDNSKEY\s/.test(line));
    const match = dnskey?.match(/DNSKEY\s+(\d+)\s+(\d+)\s+(\d+)\s+(.+)$/);
    if (!match) throw new Error(`no DNSKEY in ${ksk}.key`);
    anchors.push(`${zone.origin}. static-key ${match[1]} ${match[2]} ${match[3]} "${match[4]!.replace(/\s/g, '')}";`);
  }
  damageSignature(join(dir, `${BROKEN_ZONE.origin}.signed`), BROKEN_ZONE.damagedOwner);
  for (const zone of [UNSIGNED_ZONE, REVERSE_ZONE]) writeFileSync(join(dir, `${zone.origin}.zone`), zone.text);
  return anchors;
}

/** Flips one character inside the RRSIG over the owner's A record: the record stays, its proof breaks. */
function damageSignature(file: string, owner: string): void {
  const lines = readFileSync(file, 'utf8').split('\n');
  const index = lines.findIndex((line) => line.startsWith(owner) && /\sRRSIG\s+A\s/.test(line));
  if (index < 0) throw new Error(`no RRSIG A for ${owner} in ${file}`);
  const line = lines[index]!;
  const at = line.length - 10;
  lines[index] = line.slice(0, at) + (line[at] === 'A' ? 'B' : 'A') + line.slice(at + 1);
  writeFileSync(file, lines.join('\n'));
}

function commonOptions(dir: string, port: number): string {
  return `directory "${dir}";
  listen-on port ${port} { 127.0.0.1; };
  listen-on-v6 { none; };
  pid-file none;
  session-keyfile none;
  notify no;`;
}

function authoritativeConfig(dir: string, port: number, extraOrigins: string[] = []): string {
  const zone = (origin: string, file: string) => `zone "${origin}" { type primary; file "${join(dir, file)}"; };`;
  // `controls {}`: no rndc channel, so two named processes never compete for port 953.
  return `controls { };
options {
  ${commonOptions(dir, port)}
  recursion no;
  dnssec-validation no;
};
${zone(SIGNED_ZONE.origin, `${SIGNED_ZONE.origin}.signed`)}
${zone(BROKEN_ZONE.origin, `${BROKEN_ZONE.origin}.signed`)}
${zone(UNSIGNED_ZONE.origin, `${UNSIGNED_ZONE.origin}.zone`)}
${zone(REVERSE_ZONE.origin, `${REVERSE_ZONE.origin}.zone`)}
${extraOrigins.map((origin) => zone(origin, `${origin}.zone`)).join('\n')}
`;
}

function resolverConfig(dir: string, port: number, authoritativePort: number, anchors: string[]): string {
  // dnssec-validation yes: only the anchors below count (no built-in root key), so the test zones are
  // secure islands and everything else is insecure. empty-zones-enable no: BIND would otherwise answer
  // 2.0.192.in-addr.arpa (RFC 5737) itself, from an automatic empty zone.
  return `controls { };
options {
  ${commonOptions(dir, port)}
  recursion yes;
  allow-query { 127.0.0.1; };
  allow-recursion { 127.0.0.1; };
  forward only;
  forwarders { 127.0.0.1 port ${authoritativePort}; };
  dnssec-validation yes;
  empty-zones-enable no;
  max-cache-ttl 300;
};
trust-anchors {
  ${anchors.join('\n  ')}
};
`;
}

function dnsdistConfig(dohPort: number, dnsPort: number, consolePort: number, resolverPort: number, cors: boolean, queryLog: string | undefined): string {
  const headers = cors ? `{ customResponseHeaders = { ["access-control-allow-origin"] = "*" } }` : '{}';
  return `setSecurityPollSuffix('')
controlSocket('127.0.0.1:${consolePort}')
-- Plain DNS on its own port (dig can reach it); DoH on another.
setLocal('127.0.0.1:${dnsPort}')
addDOHLocal('127.0.0.1:${dohPort}', nil, nil, '/dns-query', ${headers})
-- The health check asks a name the test zones hold (the default, a.root-servers.net, would SERVFAIL here).
newServer({ address = '127.0.0.1:${resolverPort}', checkName = '${SIGNED_ZONE.origin}.', checkType = 'SOA' })
${queryLog ? `addAction(AllRule(), LogAction('${queryLog}', false, true, false))` : ''}
`;
}

// Debian installs named in /usr/sbin, which a non-root user's PATH often lacks.
const env = { ...process.env, PATH: `${process.env.PATH ?? ''}:/usr/sbin:/sbin` };

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function launch(name: string, command: string, args: string[], cwd: string): Managed {
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const managed: Managed = { name, child, output: [] };
  const keep = (chunk: Buffer) => {
    managed.output.push(chunk.toString());
    if (managed.output.length > 200) managed.output.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  child.on('error', (error) => managed.output.push(`spawn failed: ${error.message}`));
  running.add(managed);
  child.once('exit', () => running.delete(managed));
  return managed;
}

async function stopProcess(managed: Managed): Promise<void> {
  const { child } = managed;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
  await exited;
  clearTimeout(timer);
}

// A DoH query for the signed zone's SOA, encoded by hand (RFC 1035 §4.1) so readiness does not depend
// on the client under test: id 0, RD, one question "signed.test SOA IN".
const READY_QUERY = (() => {
  const labels = SIGNED_ZONE.origin.split('.').flatMap((label) => [label.length, ...Array.from(label, (c) => c.charCodeAt(0))]);
  const bytes = Uint8Array.from([0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, ...labels, 0, 0, 6, 0, 1]);
  return Buffer.from(bytes).toString('base64url');
})();

async function waitUntilReady(dohUrl: string, processes: Managed[]): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const dead = processes.find((p) => p.child.exitCode !== null || p.child.signalCode !== null);
    if (dead) {
      const output = dead.output.join('');
      const message = `${dead.name} exited early:\n${output.slice(-3000)}`;
      throw /address (already )?in use/i.test(output) ? new PortTakenError(message) : new Error(message);
    }
    try {
      const response = await fetch(`${dohUrl}?dns=${READY_QUERY}`, { signal: AbortSignal.timeout(1000) });
      const body = new Uint8Array(await response.arrayBuffer());
      // Byte 3 holds the RCODE in its low 4 bits; one answer record (ANCOUNT, bytes 6-7) means the chain works.
      if (response.ok && body.length > 12 && (body[3]! & 0x0f) === 0 && body[7] === 1) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const logs = processes.map((p) => `--- ${p.name}\n${p.output.join('').slice(-2000)}`).join('\n');
  throw new Error(`the DNS servers did not answer through ${dohUrl} within 15 s\n${logs}`);
}

function countQueries(queryLog: string, name: string): number {
  if (!existsSync(queryLog)) return 0;
  const wanted = ` ${name.toLowerCase().replace(/\.?$/, '.')} `;
  // dnsdist's text LogAction writes one line per query: "Packet from 127.0.0.1:PORT for NAME. TYPE with id N".
  return readFileSync(queryLog, 'utf8')
    .split('\n')
    .filter((line) => line.toLowerCase().includes(wanted)).length;
}

