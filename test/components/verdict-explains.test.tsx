// @vitest-environment happy-dom
// Issue 16: the verdict explains itself. Reports from the real engine over an in-memory zone: the banner
// marks each reason fail, warn or pass (a sign as well as a colour) with what decided first and the rest
// secondary; the findings come grouped to act on / to note / passed, deciding ones first; a card's badge
// and its findings' badges come from one severity; repeated or machine words are gone, in both languages.
import { beforeAll, describe, expect, it } from 'vitest';
import { DkimCards } from '../../components/DkimCard';
import { EvidenceList } from '../../components/EvidenceList';
import { FindingsList } from '../../components/FindingsList';
import { HeaderListingView } from '../../components/HeaderListingView';
import { HopTimeline } from '../../components/HopTimeline';
import { ReportView } from '../../components/ReportView';
import { VerdictBanner } from '../../components/VerdictBanner';
import type { Lang } from '../../components/words';
import { localizeReport } from '../../lib/i18n/render';
import { listHeaderFields } from '../../lib/message/list-header-fields';
import { OfflineResolver } from '../../lib/dns/offline-resolver';
import type { Report, ReportDraft } from '../../lib/report/types';
import { checkSeverity, findingGroup, orderByWeight, shownSeverity } from '../../lib/report/shown-severity';
import { formatReport } from '../../lib/cli/format-report';
import { message, RECEIVER, run, signed } from '../analyze/scenario-kit';
import { ACME, ACME_IP, acmeHeaders, acmeZoneResolver } from '../helpers/acme-zones';
import { show } from './render';

let lowTrust: Report;
let offline: Report;
let pending: ReportDraft;

beforeAll(async () => {
  const zone = await acmeZoneResolver();
  // Signed by the author (DMARC passes through DKIM), but the server greeted as "localhost": low trust.
  const headers = acmeHeaders().map((field) => field.replace(`from mail.${ACME}`, 'from localhost'));
  lowTrust = await run(await signed(message(headers), ACME), zone);
  offline = await run(await signed(message(acmeHeaders()), ACME), new OfflineResolver());
  let first: ReportDraft | undefined;
  await run(message(acmeHeaders()), zone, {
    onProgress: (event) => {
      if (event.type !== 'query') first ??= structuredClone(event.draft);
    },
  });
  pending = first!;
});

const LANGS: Lang[] = ['en', 'fr'];

describe('the verdict banner', () => {
  it.each(LANGS)('low trust beside a DMARC pass (%s): the problem is marked and decides, the pass is marked pass and secondary', (lang) => {
    const report = localizeReport(lowTrust, lang);
    expect(report.verdict.level).toBe('low-trust');
    const banner = show(<VerdictBanner verdict={report.verdict} progress={null} />, lang);
    const deciding = [...banner.querySelectorAll('[data-testid="verdict-reasons"] > li')];
    expect(deciding.map((li) => li.getAttribute('data-rule'))).toEqual(['sending-server']);
    // helo.localhost is a failure of its own (severity fail): the reason is marked as one.
    expect(deciding[0]!.getAttribute('data-polarity')).toBe('fail');
    expect(deciding[0]!.querySelector('.reason-mark')?.textContent).toBe('✕');
    const besides = banner.querySelector('[data-testid="verdict-besides"]')!;
    const pass = besides.querySelector('[data-rule="authenticated"]')!;
    expect(pass.getAttribute('data-polarity')).toBe('pass');
    expect(pass.querySelector('.reason-mark')?.textContent).toBe('✓');
    // Not a plain bullet among the problems.
    expect(banner.querySelector('[data-testid="verdict-reasons"] [data-rule="authenticated"]')).toBeNull();
    // A screen reader hears the polarity too.
    expect(pass.querySelector('.visually-hidden')?.textContent).toMatch(lang === 'en' ? /^pass/ : /^réussi/i);
  });

  it.each(LANGS)('while DNS answers arrive (%s), "no finding decides" is said as pending', (lang) => {
    const report = localizeReport(pending, lang);
    expect(report.verdict.reasons.map((reason) => reason.rule)).toEqual(['no-evidence']);
    const running = show(<VerdictBanner verdict={report.verdict} progress={{ completed: 0, total: 7, queries: 3 }} />, lang);
    expect(running.querySelector('[data-testid="verdict-summary"]')?.getAttribute('data-pending')).toBe('true');
    expect(running.textContent).not.toContain(lang === 'en' ? 'No finding decides' : 'Aucun constat ne décide');
    expect(running.textContent).toContain(lang === 'en' ? 'Waiting for DNS answers' : 'En attente des réponses DNS');
    // Once finished, the same reason is the verdict's own words again.
    const done = show(<VerdictBanner verdict={report.verdict} progress={null} />, lang);
    expect(done.textContent).toContain(lang === 'en' ? 'No finding decides' : 'Aucun constat ne décide');
  });

  it('an offline verdict does not say offline twice', () => {
    const banner = show(<VerdictBanner verdict={localizeReport(offline, 'en').verdict} progress={null} />, 'en').textContent ?? '';
    expect(banner).not.toContain('Offline mode: no DNS re-check was made: Offline');
    expect(banner).not.toContain('--offline');
  });
});

describe('the findings', () => {
  it('are grouped to act on, to note, passed; the deciding finding first; passes folded', () => {
    const list = show(<FindingsList findings={lowTrust.findings} reasons={lowTrust.verdict.reasons} />);
    const groups = [...list.querySelectorAll('[data-group]')].map((group) => group.getAttribute('data-group'));
    expect(groups).toEqual(['act', 'note', 'passed'].filter((group) => lowTrust.findings.some((finding) => findingGroup(finding) === group)));
    const act = list.querySelector('[data-group="act"]')!;
    expect(act.querySelector('[data-finding]')?.getAttribute('data-finding')).toBe('helo.localhost');
    expect(list.querySelector('[data-group="passed"] [data-finding="dmarc.pass"]')).not.toBeNull();
    expect(list.querySelector('details[data-group="passed"]')?.hasAttribute('open')).toBe(false);
    expect(act.querySelector('h3')?.textContent).toBe(`To act on (${act.querySelectorAll('[data-finding]').length})`);
  });

  it('an offline notice is never "to act on", whatever severity it weighs with in the verdict', () => {
    const notice = offline.findings.find((finding) => finding.id === 'dns.offline')!;
    expect(shownSeverity({ ...notice, severity: 'warn' })).toBe('info');
    expect(findingGroup({ ...notice, severity: 'warn' })).toBe('note');
    const list = show(<FindingsList findings={offline.findings} reasons={offline.verdict.reasons} />);
    expect(list.querySelector('[data-group="act"] [data-finding="dns.offline"]')).toBeNull();
    expect(list.querySelector('[data-finding="dns.offline"] .badge')?.className).toContain('badge-info');
  });

  it('a card\'s badge is its findings\' badge: a provider\'s HELO that the findings call info is not a red "fail"', () => {
    // The HELO check failed its "same organization" test, and the finding calls it information.
    const findings = [{ id: 'helo.foreign-domain' as const, severity: 'info' as const, hop: 'edge' as const }];
    expect(checkSeverity(findings, 'helo', 'edge')).toBe('info');
    expect(checkSeverity(findings, 'helo', 'origin')).toBeNull();
    const view = show(<ReportView report={lowTrust} progress={null} rawLines={[]} />);
    const card = view.querySelector('[data-testid="sender-card"]')!;
    const badges = [...card.querySelectorAll('[data-testid="check-badge"]')];
    const heloSeverity = checkSeverity(lowTrust.findings, 'helo', 'edge');
    expect(heloSeverity).toBe('fail');
    expect(badges.at(-1)?.getAttribute('data-severity')).toBe(heloSeverity);
    expect(view.querySelector('[data-finding="helo.localhost"] .badge')?.className).toContain(`badge-${heloSeverity}`);
  });

  it('a citation keeps "recommendation 2" together', () => {
    const list = show(<FindingsList findings={lowTrust.findings} reasons={lowTrust.verdict.reasons} />);
    expect(list.querySelector('[data-finding="helo.localhost"] .finding-recommendation')?.textContent).toMatch(/recommendation\u00a02$/);
  });
});

describe('the CLI\'s human output', () => {
  it('lists the findings in the same weight order and with the same badges as the pages', () => {
    const human = formatReport(lowTrust, { colour: false });
    const listed = [...human.matchAll(/^ {2}(fail|warn|info|pass) +([a-z.-]+) /gm)].map((match) => [match[1], match[2]]);
    expect(listed[0]).toEqual(['fail', 'helo.localhost']);
    expect(listed.map(([, id]) => id)).toEqual(orderByWeight(lowTrust.findings, lowTrust.verdict.reasons).map((finding) => finding.id));
    const offlineHuman = formatReport(offline, { colour: false });
    expect(offlineHuman).toMatch(/^ {2}info +dns\.offline /m);
  });
});

describe('words said once, in words', () => {
  it.each(LANGS)('one header field, one query (%s)', (lang) => {
    const listing = listHeaderFields('Subject: hello\r\n\r\nbody');
    const text = show(<HeaderListingView listing={listing} />, lang).querySelector('[data-testid="field-count"]')?.textContent ?? '';
    expect(text.trim()).toBe(lang === 'en' ? '1 header field.' : '1 champ d\'en-tête.');
  });

  it('a receiver that wrote no authserv-id is not "?"', () => {
    const text = show(<EvidenceList evidence={[{ kind: 'auth-result', authservId: null, trusted: true, line: 12, text: 'Authentication-Results: spf=pass' } as never]} />).textContent ?? '';
    expect(text).not.toContain('Receiver ? said');
    expect(text).toContain('The receiver (no name recorded) said, line 12');
  });

  it('the DKIM card says what its line is', () => {
    const text = show(<DkimCards dkim={lowTrust.dkim} />).textContent ?? '';
    expect(text).toMatch(/DKIM-Signature, line \d+ of the pasted text/);
  });
});

describe('the hop table', () => {
  it('one compact row a hop (from, IP, by, delay, TLS), the detail folded until asked for', () => {
    const table = show(<HopTimeline hops={lowTrust.hops} edge={lowTrust.edge} origin={lowTrust.origin} />);
    const rows = [...table.querySelectorAll('[data-testid="timeline"] > li')];
    expect(rows).toHaveLength(lowTrust.hops.length);
    const row = rows[0]!.querySelector('[data-testid="hop-row"]')!;
    expect(row.querySelector('.hop-from')?.textContent).toContain('localhost');
    expect(row.querySelector('.hop-ip')?.textContent).toBe(ACME_IP);
    expect(row.querySelector('.hop-by')?.textContent).toBe(RECEIVER);
    expect(rows[0]!.querySelector('details')?.hasAttribute('open')).toBe(false);
    expect(rows[0]!.querySelector('[data-testid="hop-detail"] .hop-time')).not.toBeNull();
    // The receiver's name breaks at its dots only.
    expect(row.querySelectorAll('.hop-by wbr')).toHaveLength(RECEIVER.split('.').length - 1);
  });
});
