// The agent's actions from the verdict and findings of real analyses (in-memory zones): recover or not,
// allowlist or never, what to ask the customer, and the message for the sender's mail administrator.
import { describe, expect, it } from 'vitest';
import { actionsInWords } from '../../lib/i18n/render/agent-actions';
import { agentActions } from '../../lib/verdict/agent-actions';
import type { Report } from '../../lib/report/types';
import { ACME, acmeHeaders, acmeZone } from '../helpers/acme-zones';
import { LEVELS, verdictReports } from '../helpers/four-verdicts';
import { message, run, signed, zoneResolver } from '../analyze/scenario-kit';

const reports = await verdictReports();

describe('agentActions', () => {
  it('offers an allowlist entry only for a trusted sender: never when authentication failed or is unknown', () => {
    const allowlist = LEVELS.map((level) => agentActions(reports[level]).allowlist);
    expect(allowlist).toEqual([
      { kind: 'safe', entry: ACME },
      { kind: 'never', because: 'authentication-failed' },
      { kind: 'never', because: 'automated' },
      { kind: 'never', because: 'authentication-unknown' },
    ]);
  });

  it('recovers a trusted message, asks first for a low-trust one, leaves a bounce suspended, and decides nothing without evidence', () => {
    expect(agentActions(reports.trusted)).toMatchObject({ recover: { kind: 'recover' }, ask: [], adminMessage: null });
    expect(agentActions(reports['low-trust']).recover).toEqual({ kind: 'confirm-first', causes: ['failed-email-authentication'], because: 'not-authenticated' });
    expect(agentActions(reports['likely-suspended'])).toMatchObject({ recover: { kind: 'leave-suspended', causes: ['delivery-failure', 'automated-response', 'system-user'] }, ask: [] });
    expect(agentActions(reports.unknown)).toMatchObject({ recover: { kind: 'decide-later' }, ask: [] });
  });

  it('asks the customer of a low-trust message to confirm and to pass the fixes on', () => {
    const actions = agentActions(reports['low-trust']);
    expect(actions.ask).toEqual([{ kind: 'confirm-sent' }, { kind: 'forward-to-admin' }]);
    const fixed = actions.adminMessage?.fixes.map(({ finding }) => reports['low-trust'].findings[finding]?.id);
    expect(fixed).toEqual(expect.arrayContaining(['spf.fail', 'ptr.missing']));
    expect(actions.adminMessage?.domain).toBe(ACME);
  });

  it('never allowlists a trusted sender whose Reply-To leads to another organization, and asks which address to answer', async () => {
    const raw = await signed(message([...acmeHeaders(), 'Reply-To: <payments@another-domain.example>']), ACME);
    const report = await run(raw, zoneResolver({ ...(await acmeZone()), 'another-domain.example': { MX: [{ preference: 10, exchange: 'mx.another-domain.example' }] } }));
    expect(report.verdict.level).toBe('trusted');
    expect(agentActions(report)).toMatchObject({
      recover: { kind: 'confirm-first', because: 'identity-mismatch' },
      allowlist: { kind: 'never', because: 'identity-mismatch' },
      ask: [{ kind: 'confirm-sent' }, { kind: 'confirm-reply-address' }],
    });
  });

  it('recovers an authenticated sender whose server lowers trust, and says so: never "authentication did not pass"', async () => {
    // DMARC passes (signed, SPF passes); the sending IP has no PTR record, so the server lowers trust.
    const zone = await acmeZone();
    delete zone['10.100.51.198.in-addr.arpa'];
    const report = await run(await signed(message(acmeHeaders()), ACME), zoneResolver(zone));
    expect(report.verdict.level).toBe('low-trust');
    expect(report.findings.map((finding) => finding.id)).toEqual(expect.arrayContaining(['dmarc.pass', 'ptr.missing']));
    const actions = agentActions(report);
    expect(actions).toMatchObject({
      recover: { kind: 'recover-and-forward' },
      allowlist: { kind: 'never', because: 'fix-at-sender' },
      ask: [{ kind: 'forward-to-admin' }],
    });
    expect(actions.adminMessage?.fixes.map(({ finding }) => report.findings[finding]?.id)).toContain('ptr.missing');
    for (const lang of ['en', 'fr'] as const) {
      const words = actionsInWords(report, lang);
      const said = `${words.recover.why} ${words.allowlist.why}`;
      expect(said).not.toMatch(/did not pass|failed|n'a pas réussi|a échoué/);
    }
  });

  it('allowlists a mailing list\'s message by the From address, never the domain that carries every post', async () => {
    // The list relays from acme's own server here, so the message stays trusted; what changes is the entry.
    const raw = await signed(message([...acmeHeaders(), 'List-Id: Widgets users <users.acme-widgets.com>', `List-Post: <mailto:users@${ACME}>`]), ACME);
    const report = await run(raw, zoneResolver(await acmeZone()));
    expect(report.verdict.level).toBe('trusted');
    expect(report.message.list).toEqual({ id: `users.${ACME}`, post: `users@${ACME}`, domains: [`users.${ACME}`, ACME] });
    expect(agentActions(report).allowlist).toEqual({ kind: 'safe', entry: `alice@${ACME}` });
    // The same message without the list fields is allowlisted by its domain.
    const plain = await run(await signed(message(acmeHeaders()), ACME), zoneResolver(await acmeZone()));
    expect(plain.message.list).toBeNull();
    expect(agentActions(plain).allowlist).toEqual({ kind: 'safe', entry: ACME });
  });

  it('allowlists a mailbox provider\'s user by address, never the whole provider', () => {
    const trusted = reports.trusted;
    const fromGmail: Pick<Report, 'verdict' | 'findings' | 'message'> = {
      verdict: trusted.verdict,
      findings: trusted.findings,
      message: { ...trusted.message, from: [{ name: null, address: 'customer@gmail.com', domain: 'gmail.com' }] },
    };
    expect(agentActions(fromGmail).allowlist).toEqual({ kind: 'safe', entry: 'customer@gmail.com' });
  });
});

describe('actionsInWords', () => {
  it('writes the message for the mail administrator with the exact records, in the UI language', () => {
    const spf = reports['low-trust'].findings.find((finding) => finding.id === 'spf.fail')?.fix?.text;
    expect(spf).toBe('v=spf1 ip4:198.51.100.10 ip4:203.0.113.99 -all');
    const en = actionsInWords(reports['low-trust'], 'en');
    expect(en.adminMessage?.subject).toBe(`Mail from ${ACME} fails checks at our support desk`);
    expect(en.adminMessage?.body).toContain(`\n       ${spf}\n`);
    expect(en.adminMessage?.body).toContain('https://support.zendesk.com/hc/en-us/articles/4412991936922');
    const fr = actionsInWords(reports['low-trust'], 'fr');
    expect(fr.adminMessage?.body.startsWith('Bonjour,')).toBe(true);
    expect(fr.adminMessage?.body).toContain(`\n       ${spf}\n`);
    expect(fr.adminMessage?.body).toContain('https://support.zendesk.com/hc/fr/articles/4412991936922');
    expect(fr.recover.title).toBe('Ne le récupérez qu\'une fois que le client confirme l\'avoir envoyé');
    expect(fr.recover.why).toContain('échec de l\'authentification');
  });

  it('has no message for the administrator when nothing is to be fixed', () => {
    expect(actionsInWords(reports.trusted, 'en').adminMessage).toBeNull();
    expect(actionsInWords(reports.trusted, 'en').allowlist.title).toBe(`An allowlist entry for ${ACME} is safe`);
  });
});
