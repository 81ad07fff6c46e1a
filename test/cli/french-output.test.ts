// With --lang fr, or LANG=fr_FR.UTF-8, no English phrase reaches the reader of the CLI: the human report,
// the Markdown note, the batch summary and the error lines, over real messages of the shared test data
// (offline: header evidence only) and a signed message re-checked against a zone file.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import '../../lib/cli/commands';
import { main, type CommandIo } from '../../lib/cli/main';
import { englishIn, englishPhrases } from '../i18n/english-phrases';

const TESTDATA = new URL('../../../shared/testdata/', import.meta.url).pathname;
const MESSAGES = [
  'realworld/flanker/bounce-office365.eml',
  'realworld/lieser-dkim_verifier/Fastmail from Amazon - Verify your new Amazon account.eml',
  'realworld/lieser-dkim_verifier/Fastmail from Fastmail - How to keep your email private.eml',
  'realworld/mailauth/message2.eml',
  'realworld/mimekit/gmail.msg',
  'realworld/flanker/outlook-express.eml',
].map((file) => join(TESTDATA, file));

async function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CommandIo = { stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text), readStdin: async () => '', isTTY: false, env };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

let phrases: string[] = [];
let dir = '';

beforeAll(async () => {
  phrases = englishPhrases();
  dir = await mkdtemp(join(tmpdir(), 'mailtrust-fr-'));
});

describe('the CLI in French', () => {
  it('knows enough English phrases for the check to mean something', () => {
    expect(phrases.length).toBeGreaterThan(100);
    expect(phrases).toContain('Zendesk suspension causes');
  });

  it.each(MESSAGES)('%s: the human report and the note with --lang fr', async (file) => {
    for (const output of [[], ['--markdown']]) {
      const { code, stdout, stderr } = await run(['analyze', '--lang', 'fr', '--offline', '--now', '2026-11-20T12:00:00Z', ...output, file]);
      expect(code).toBe(0);
      expect(stderr).toBe('');
      expect(englishIn(stdout, phrases)).toEqual([]);
    }
  });

  it('follows LANG=fr_FR.UTF-8 without --lang, and LC_ALL wins over LANG', async () => {
    const french = await run(['analyze', '--offline', MESSAGES[0]!], { LANG: 'fr_FR.UTF-8' });
    expect(french.stdout).toMatch(/^Verdict : |^Verdict: /m);
    expect(french.stdout).toContain('Constats');
    const english = await run(['analyze', '--offline', MESSAGES[0]!], { LANG: 'fr_FR.UTF-8', LC_ALL: 'C' });
    expect(english.stdout).toContain('Findings:');
  });

  it('a batch: the summary, and the line of a file that is not an email', async () => {
    const notEmail = join(dir, 'note.eml');
    await writeFile(notEmail, 'just some words, no header at all\n');
    const { code, stdout, stderr } = await run(['analyze', '--lang', 'fr', '--offline', MESSAGES[0]!, MESSAGES[3]!, notEmail]);
    expect(code).toBe(2);
    expect(stdout).toContain('Résumé de 3 messages');
    expect(englishIn(`${stdout}\n${stderr}`, phrases)).toEqual([]);
  });

  it('usage errors', async () => {
    const none = await run(['analyze', '--lang', 'fr']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('aucune entrée');
    const both = await run(['analyze', '--lang=fr', '--json', '--markdown', MESSAGES[0]!]);
    expect(both.stderr).toContain('s\'excluent mutuellement');
    const bad = await run(['analyze', '--lang', 'de', MESSAGES[0]!]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--lang "de": choose en or fr');
  });

  it('--json stays English under a French locale, and follows an explicit --lang fr', async () => {
    const byLocale = JSON.parse((await run(['analyze', '--json', '--offline', MESSAGES[0]!], { LANG: 'fr_FR.UTF-8' })).stdout) as { verdict: { summary: string } };
    expect(byLocale.verdict.summary).toContain('Zendesk would likely suspend');
    const explicit = JSON.parse((await run(['analyze', '--json', '--lang', 'fr', '--offline', MESSAGES[0]!])).stdout) as { verdict: { summary: string } };
    expect(explicit.verdict.summary).toContain('Zendesk suspendrait probablement');
  });

  it('a zone file that is not a zone: the reason in French, and in English by default', async () => {
    const zone = join(dir, 'bad-zone.json');
    await writeFile(zone, JSON.stringify({ 'example.com': { MX: ['mx.example.com'] } }));
    const french = await run(['analyze', '--lang', 'fr', '--zone', zone, MESSAGES[3]!]);
    expect(french.code).toBe(2);
    expect(french.stderr).toContain(`--zone ${zone} : fichier de zone invalide (example.com MX : { "preference": nombre, "exchange": nom } est attendu)`);
    expect(englishIn(french.stderr, phrases)).toEqual([]);
    const english = await run(['analyze', '--zone', zone, MESSAGES[3]!]);
    expect(english.stderr).toContain(`--zone ${zone}: example.com MX: expected { "preference": number, "exchange": name }`);

    const notJson = join(dir, 'not-json.json');
    await writeFile(notJson, '{ "example.com": ');
    const broken = await run(['analyze', '--lang', 'fr', '--zone', notJson, MESSAGES[3]!]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('ce n\'est pas du JSON valide');
    const missing = await run(['spf', '--lang', 'fr', '--ip', '192.0.2.1', '--sender', 'a@example.com', '--helo', 'mail.example.com', '--zone', join(dir, 'absent.json')]);
    expect(missing.stderr).toContain('lecture impossible (ENOENT)');
  });

  it('a resolver option that cannot be used, and a DoH resolver that does not answer', async () => {
    const refused = await run(['analyze', '--lang', 'fr', '--resolver', 'http://doh.example/dns-query', MESSAGES[3]!]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--resolver : résolveur invalide (l\'URL du résolveur doit commencer par https: (http: n\'est accepté que pour 127.0.0.1 et localhost))');
    // Nothing listens on port 9 of the loopback: every query fails with a network error.
    const unreachable = await run(['analyze', '--lang', 'fr', '--resolver', 'http://127.0.0.1:9/dns-query', '--now', '2026-11-20T12:00:00Z', MESSAGES[3]!]);
    expect(unreachable.code).toBe(0);
    expect(unreachable.stdout).toContain('le résolveur est injoignable');
    expect(englishIn(`${unreachable.stdout}\n${unreachable.stderr}`, phrases)).toEqual([]);
  });

  it('mailtrust spf: its own words in French (the trace shows the records as published)', async () => {
    const zone = join(dir, 'spf-zone.json');
    await writeFile(zone, JSON.stringify({ 'example.com': { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] } }));
    const { code, stdout } = await run(['spf', '--lang', 'fr', '--ip', '192.0.2.1', '--sender', 'a@example.com', '--helo', 'mail.example.com', '--zone', zone]);
    expect(code).toBe(0);
    expect(stdout).toContain('SPF pass pour a@example.com depuis 192.0.2.1');
    expect(stdout).toContain('terme retenu : ip4:192.0.2.0/24 (dans l\'enregistrement de example.com)');
    expect(stdout).toContain('termes qui interrogent le DNS : 0 sur 10, requêtes sans réponse : 0 sur 2');
    const english = await run(['spf', '--ip', '192.0.2.1', '--sender', 'a@example.com', '--helo', 'mail.example.com', '--zone', zone]);
    expect(english.stdout).toContain('DNS-querying terms: 0 of 10, void lookups: 0 of 2');
  });
});
