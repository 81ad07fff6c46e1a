// With --lang fr, or LANG=fr_FR.UTF-8, no English phrase reaches the reader of the CLI: the human report,
// the Markdown note, the batch summary and the error lines, over real messages of the shared test data
// (offline: header evidence only) and a signed message re-checked against a zone file.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import '../../lib/cli/commands';
import { main, type CommandIo } from '../../lib/cli/main';
import type { SpfTraceNode } from '../../lib/auth/spf/types';
import type { Report } from '../../lib/report/types';
import { startMisbehavingServer } from '../helpers/misbehaving-server';
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

/** A zone file and a message written to the test's folder, for `--zone` and the file argument. */
async function writeCase(name: string, zoneData: object, text: string): Promise<{ zone: string; eml: string }> {
  const zone = join(dir, `${name}-zone.json`);
  const eml = join(dir, `${name}.eml`);
  await writeFile(zone, JSON.stringify(zoneData));
  await writeFile(eml, text);
  return { zone, eml };
}

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

  it('writes French typography: a space before the colon, hop delays with French units, offline said once', async () => {
    const { stdout } = await run(['analyze', '--lang', 'fr', '--offline', join(TESTDATA, 'realworld/mailauth/zproov.eml')]);
    // A non-breaking space before the colon, so that it never starts a line.
    for (const label of ['Verdict\u00a0: ', 'Raisons\u00a0:', 'Message\u00a0:', '  De\u00a0: ', '  Objet\u00a0: ', 'Constats\u00a0:']) expect(stdout).toContain(label);
    expect(stdout).not.toMatch(/[a-zé]: /); // no English-style "label: value" left
    // The resolver's English label would repeat the mode; the offline line is the note's own sentence.
    expect(stdout).toContain('DNS : hors ligne, rien n\'a été revérifié');
    expect(stdout).not.toContain('no DNS queries');
    expect(stdout).toMatch(/dkim gmail\.com +arrivée pass +maintenant non revérifié/);
    expect(stdout).toMatch(/TLS +0\ss$/m); // Intl writes a narrow no-break space before the unit
  });

  it('follows LANG=fr_FR.UTF-8 without --lang, and LC_ALL wins over LANG', async () => {
    const french = await run(['analyze', '--offline', MESSAGES[0]!], { LANG: 'fr_FR.UTF-8' });
    expect(french.stdout).toMatch(/^Verdict\u00a0: /m);
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

  it('a resolver that times out and one that answers HTTP 503: the failures in French, their facts in --json', async () => {
    const silent = await startMisbehavingServer({ kind: 'silent' });
    const failing = await startMisbehavingServer({ kind: 'status', status: 503 });
    try {
      const analyzeWith = (url: string, extra: string[] = []) => run(['analyze', '--lang', 'fr', '--resolver', url, '--now', '2026-11-20T12:00:00Z', ...extra, MESSAGES[3]!]);
      // Each query waits for the client's 3-second limit, then once more (the retry): the two run side by side.
      const [timedOut, http, json] = await Promise.all([analyzeWith(silent.url), analyzeWith(failing.url), analyzeWith(failing.url, ['--json'])]);
      expect(timedOut.code).toBe(0);
      expect(timedOut.stdout).toContain('délai dépassé après 3 s');
      expect(englishIn(`${timedOut.stdout}\n${timedOut.stderr}`, phrases)).toEqual([]);
      expect(http.code).toBe(0);
      expect(http.stdout).toContain('le résolveur a répondu HTTP 503');
      expect(englishIn(`${http.stdout}\n${http.stderr}`, phrases)).toEqual([]);
      // --json --lang fr: the evidence and the DNS log word the facts in French.
      const report = JSON.parse(json.stdout) as Report;
      const failures = report.findings.flatMap((finding) => finding.evidence).flatMap((item) => (item.kind === 'dns' && item.failure ? [item.failure] : []));
      expect(failures.length).toBeGreaterThan(0);
      // The client asked twice (a 5xx is retried once; a custom resolver has no fallback): the earlier try is named.
      const attempts = [{ resolver: failing.url, cause: { reason: 'http-status', httpStatus: 503 } }];
      for (const failure of failures) {
        expect(failure).toEqual({ reason: 'http-status', httpStatus: 503, attempts, message: `le résolveur a répondu HTTP 503 (après 1 échec de ${failing.url} : HTTP 503)` });
      }
      expect(report.dns.queries[0]?.failure).toEqual({ reason: 'http-status', httpStatus: 503, attempts, message: `le résolveur a répondu HTTP 503 (après 1 échec de ${failing.url} : HTTP 503)` });
      // Without --lang, --json keeps the Report's English words beside the same facts.
      const english = JSON.parse((await run(['analyze', '--json', '--resolver', failing.url, '--now', '2026-11-20T12:00:00Z', MESSAGES[3]!])).stdout) as Report;
      expect(english.dns.queries[0]?.failure).toEqual({ reason: 'http-status', httpStatus: 503, attempts, message: `the resolver answered HTTP 503 (after ${failing.url} failed once: HTTP 503)` });
    } finally {
      await Promise.all([silent.stop(), failing.stop()]);
    }
  }, 60_000);

  it('mailtrust spf: its own words in French (the trace shows the records as published)', async () => {
    const zone = join(dir, 'spf-zone.json');
    await writeFile(zone, JSON.stringify({ 'example.com': { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] } }));
    const { code, stdout } = await run(['spf', '--lang', 'fr', '--ip', '192.0.2.1', '--sender', 'a@example.com', '--helo', 'mail.example.com', '--zone', zone]);
    expect(code).toBe(0);
    expect(stdout).toContain('SPF pass (autorisé) pour a@example.com depuis 192.0.2.1');
    expect(stdout).toContain('correspondance : ip4:192.0.2.0/24 (dans l\'enregistrement de example.com)');
    expect(stdout).toContain('requêtes DNS : 0 sur 10, recherches sans réponse (void lookups) : 0 sur 2');
    const english = await run(['spf', '--ip', '192.0.2.1', '--sender', 'a@example.com', '--helo', 'mail.example.com', '--zone', zone]);
    expect(english.stdout).toContain('DNS-querying terms: 0 of 10, void lookups: 0 of 2');
  });
});

// A sender whose SPF record reaches every kind of term: an include, a void a:, mx, ptr, exists, ip4: and -all.
const SPF_ZONE = {
  'sender.example': {
    TXT: 'v=spf1 include:_spf.sender.example a:gone.sender.example mx ptr exists:%{i}.rbl.sender.example ip4:198.51.100.0/24 -all',
    MX: [{ preference: 10, exchange: 'mx.sender.example' }],
  },
  '_spf.sender.example': { TXT: 'v=spf1 ip4:203.0.113.0/24 ?all' },
  'mx.sender.example': { A: ['198.51.100.200'] },
  // A PTR name that does not lead back: ptr does not match (and is no void lookup, RFC 7208 §4.6.4).
  '10.2.0.192.in-addr.arpa': { PTR: ['host.isp.example'] },
};
const SPF_MESSAGE = [
  'Received: from mail.sender.example (mail.sender.example [192.0.2.10])',
  '        by mx.receiver.example with ESMTPS id 1a2b3c; Thu, 19 Nov 2026 10:00:00 +0000',
  'Return-Path: <alice@sender.example>',
  'From: Alice <alice@sender.example>',
  'To: support@acme.zendesk.com',
  'Subject: Bonjour',
  'Date: Thu, 19 Nov 2026 09:59:58 +0000',
  'Message-ID: <1@sender.example>',
  '',
  'Bonjour',
  '',
].join('\r\n');

describe('the SPF trace in French', () => {
  let zone = '';
  let eml = '';
  beforeAll(async () => void ({ zone, eml } = await writeCase('spf', SPF_ZONE, SPF_MESSAGE)));

  it('`mailtrust spf --lang fr` prints the whole trace in French', async () => {
    const { code, stdout, stderr } = await run(['spf', '--lang', 'fr', '--zone', zone, '--ip', '192.0.2.10', '--sender', 'alice@sender.example', '--helo', 'mail.sender.example']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('SPF fail (refusé) pour alice@sender.example depuis 192.0.2.10');
    expect(stdout).toContain('a:gone.sender.example: ne correspond pas - gone.sender.example n\'existe pas (NXDOMAIN) : recherche DNS sans réponse (void lookup)');
    expect(stdout).toContain('explication : 192.0.2.10 ne fait pas partie des serveurs de messagerie désignés par sender.example');
    expect(englishIn(stdout, phrases)).toEqual([]);
    // The same check in English names the same terms in the English catalog's words.
    const english = await run(['spf', '--lang', 'en', '--zone', zone, '--ip', '192.0.2.10', '--sender', 'alice@sender.example', '--helo', 'mail.sender.example']);
    expect(english.stdout).toContain('a:gone.sender.example: no match - gone.sender.example does not exist (NXDOMAIN)');
  });

  it('`analyze --json --lang fr` words the Report\'s SPF tree, its reason and its trace evidence in French', async () => {
    const { code, stdout } = await run(['analyze', '--json', '--lang', 'fr', '--zone', zone, '--now', '2026-11-20T12:00:00Z', eml]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as Report;
    expect(report.spf.result).toBe('fail');
    const details: string[] = [];
    const walk = (node: SpfTraceNode) => {
      if (node.reason) details.push(node.reason);
      for (const term of node.terms) {
        details.push(term.detail ?? '');
        if (term.child) walk(term.child);
      }
    };
    if (report.spf.result !== 'not-checked') walk(report.spf.trace);
    expect(details.length).toBeGreaterThan(6);
    const evidence = report.findings.flatMap((finding) => finding.evidence).flatMap((item) => (item.kind === 'check' ? [item.text] : []));
    expect(evidence.length).toBeGreaterThan(6);
    expect(englishIn([...details, ...evidence].join('\n'), phrases)).toEqual([]);
    // Without --lang, --json keeps the Report's English words.
    const english = JSON.parse((await run(['analyze', '--json', '--zone', zone, '--now', '2026-11-20T12:00:00Z', eml], { LANG: 'fr_FR.UTF-8' })).stdout) as Report;
    expect(english.findings.flatMap((finding) => finding.evidence).some((item) => item.kind === 'check' && item.text.includes('the client IP is outside this network'))).toBe(true);
  });
});

// A message whose DKIM-Signature names a c= no verifier knows, whose domain's DMARC record has invalid values,
// and that was forwarded (X-Forwarded-To): what the parsers could not read reaches the reader in French too.
const ODD_ZONE = {
  'odd.example': { TXT: 'v=spf1 ip4:192.0.2.0/24 -all' },
  '_dmarc.odd.example': { TXT: 'v=DMARC1; p=quarantine; pct=150; adkim=x' },
};
const ODD_MESSAGE = [
  'Received: from mail.odd.example (mail.odd.example [192.0.2.10])',
  '        by mx.receiver.example with ESMTPS id 4d5e6f; Thu, 19 Nov 2026 10:00:00 +0000',
  'DKIM-Signature: v=1; a=rsa-sha256; c=loose/simple; d=odd.example; s=sel1; h=from:to; bh=AAAA; b=AAAA',
  'X-Forwarded-To: support@acme.zendesk.com',
  'Return-Path: <alice@odd.example>',
  'From: Alice <alice@odd.example>',
  'To: support@acme.zendesk.com',
  'Subject: Bonjour',
  'Date: Thu, 19 Nov 2026 09:59:58 +0000',
  'Message-ID: <2@odd.example>',
  '',
  'Bonjour',
  '',
].join('\r\n');

describe("the parsers' problems in French", () => {
  let zone = '';
  let eml = '';
  beforeAll(async () => void ({ zone, eml } = await writeCase('odd', ODD_ZONE, ODD_MESSAGE)));

  it('the human report words the malformed DKIM-Signature in French, with no English phrase', async () => {
    const { code, stdout, stderr } = await run(['analyze', '--lang', 'fr', '--zone', zone, '--now', '2026-11-20T12:00:00Z', eml]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    // The human report wraps its lines: read it as one line.
    expect(stdout.replace(/\s+/g, ' ')).toContain('La canonisation « c=loose/simple » ne vaut ni « simple » ni « relaxed ».');
    // The last line names the resolver by its label ("zone file", lib/dns/zone-resolver.ts), which converts with
    // lib/dns (a listed gap of issue 15); every other line is checked.
    const body = stdout.split('\n').filter((line) => !line.startsWith('DNS : ')).join('\n');
    expect(englishIn(body, phrases)).toEqual([]);
  });

  it('`analyze --json --lang fr`: the DKIM detail, the DMARC record problems and the forwarding signs in French; English without --lang', async () => {
    const args = ['analyze', '--json', '--zone', zone, '--now', '2026-11-20T12:00:00Z', eml];
    const french = JSON.parse((await run([...args.slice(0, 2), '--lang', 'fr', ...args.slice(2)])).stdout) as Report;
    const english = JSON.parse((await run(args, { LANG: 'fr_FR.UTF-8' })).stdout) as Report;
    const texts = (report: Report) => [
      ...report.dkim.flatMap((entry) => (entry.result !== 'not-checked' && 'reason' in entry ? [entry.reason.message] : [])),
      ...('found' in report.dmarc && report.dmarc.found ? report.dmarc.found.record.problems.map((problem) => problem.message) : []),
      ...report.forwarding.signs.map((sign) => sign.description),
    ];
    expect(texts(english)).toEqual([
      'The canonicalization c=loose/simple is not simple or relaxed',
      'adkim=x is not valid: expected "r" or "s"; relaxed is used',
      'pct=150 is not valid: expected an integer from 0 to 100; 100 is used',
      'x-forwarded-to: support@acme.zendesk.com',
    ]);
    expect(texts(french)).toEqual([
      'La canonisation « c=loose/simple » ne vaut ni « simple » ni « relaxed »',
      '« adkim=x » n\'est pas valide : valeur attendue, « r » ou « s » ; « relaxed » s\'applique',
      '« pct=150 » n\'est pas valide : valeur attendue, un entier de 0 à 100 ; 100 s\'applique',
      'x-forwarded-to : support@acme.zendesk.com',
    ]);
    expect(englishIn(texts(french).join('\n'), phrases)).toEqual([]);
  });
});
