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
});
