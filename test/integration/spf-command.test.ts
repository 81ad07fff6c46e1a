// `mailtrust spf` without --zone: DNS over HTTPS to real servers (BIND + dnsdist on 127.0.0.1).
// Expected values are the records written in test/helpers/test-zones.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../../lib/cli/spf-command';
import { main, type CommandIo } from '../../lib/cli/main';
import { startDnsServers, type DnsServers } from '../helpers/dns-servers';

let servers: DnsServers;
beforeAll(async () => {
  servers = await startDnsServers();
});
afterAll(async () => {
  await servers?.stop();
});

async function spf(ip: string, sender: string, helo: string): Promise<{ code: number; json: Record<string, unknown>; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CommandIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), readStdin: async () => '', isTTY: false };
  const code = await main(['spf', '--ip', ip, '--sender', sender, '--helo', helo, '--resolver', servers.dohUrl, '--json'], io);
  return { code, json: stdout ? (JSON.parse(stdout) as Record<string, unknown>) : {}, stderr };
}

describe('mailtrust spf over DNS over HTTPS', () => {
  // signed.test: TXT "v=spf1 ip4:192.0.2.0/24" " -all" (two character-strings, joined without a space).
  it('passes an address inside ip4:192.0.2.0/24 of signed.test', async () => {
    const { code, json, stderr } = await spf('192.0.2.77', 'bounce@signed.test', 'mail.signed.test');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(json).toMatchObject({ result: 'pass', match: { term: 'ip4:192.0.2.0/24', domain: 'signed.test' }, lookups: 0, voidLookups: 0 });
    expect(json.trace).toMatchObject({ domain: 'signed.test', record: 'v=spf1 ip4:192.0.2.0/24 -all', result: 'pass' });
  });

  it('fails an address outside it, with the default explanation', async () => {
    const { json } = await spf('198.51.100.1', 'bounce@signed.test', 'mail.signed.test');
    expect(json).toMatchObject({ result: 'fail', match: { term: '-all' }, explanation: '198.51.100.1 is not one of the mail servers designated by signed.test' });
  });

  it('checks the HELO identity for a null reverse-path (unsigned.test: "v=spf1 -all")', async () => {
    const { json } = await spf('192.0.2.20', '', 'unsigned.test');
    expect(json).toMatchObject({ result: 'fail', sender: 'postmaster@unsigned.test', domain: 'unsigned.test' });
  });

  it('gives none for a name without an SPF record (the wildcard A of unsigned.test)', async () => {
    const { json } = await spf('192.0.2.20', 'someone@nothing-here.unsigned.test', 'mail.unsigned.test');
    expect(json.result).toBe('none');
  });
});
