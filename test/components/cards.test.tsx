// @vitest-environment happy-dom
// The cards and the verdict banner rendered without the browser, in English and in French, from Reports
// the real engine produced: messages built with the scenario kit over an in-memory zone, and a real
// Fastmail message from the shared test data. The components get their words from the page's context
// (components/words.tsx), so a French page shows the French catalog's labels and none of the English ones.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ArcCard } from '../../components/ArcCard';
import { DkimCards } from '../../components/DkimCard';
import { DmarcCard } from '../../components/DmarcCard';
import { DnsLog } from '../../components/DnsLog';
import { FindingsList } from '../../components/FindingsList';
import { HopTimeline } from '../../components/HopTimeline';
import { MessageFacts } from '../../components/MessageFacts';
import { SenderCard } from '../../components/SenderCard';
import { SpfCard } from '../../components/SpfCard';
import { ThenAndNow } from '../../components/ThenAndNow';
import { VerdictBanner } from '../../components/VerdictBanner';
import { WhatIf } from '../../components/WhatIf';
import type { Lang } from '../../components/words';
import { decodeBytes } from '../../lib/cli/read-message-file';
import { localizeReport } from '../../lib/i18n/render';
import type { Report, ReportDraft } from '../../lib/report/types';
import { authorHeaders, message, received, RECEIVER, run, signed, zoneResolver } from '../analyze/scenario-kit';
import { ACME, acmeHeaders, acmeZoneResolver } from '../helpers/acme-zones';
import { messagesShown, says } from './catalog-text';
import { show } from './render';

const TESTDATA = resolve(import.meta.dirname, '../../../shared/testdata');
const FASTMAIL = join(TESTDATA, 'realworld/lieser-dkim_verifier/Fastmail from Amazon - Verify your new Amazon account.eml');
const HOSTILE = '<b>Bold</b><script>globalThis.pwned = 1</script>';
const LANGS: Lang[] = ['en', 'fr'];
const other = (lang: Lang): Lang => (lang === 'en' ? 'fr' : 'en');

/** Reports from the engine, made once. */
let signedPass: Report;
let spfFail: Report;
let pending: ReportDraft;
let fastmail: Report;

beforeAll(async () => {
  const zone = await acmeZoneResolver();
  // The sender's own server, SPF -all listing it, signed with the published key, DMARC p=reject.
  signedPass = await run(await signed(message(acmeHeaders()), ACME), zone);
  // The same author through a server SPF does not list, unsigned, with markup in the Subject and in the
  // Received comment (quoted as evidence): SPF fails, DMARC fails under p=reject.
  const stranger = [
    ...received([{ helo: 'relay.unknown.test', rdns: HOSTILE, ip: '203.0.113.77', by: RECEIVER }]),
    `Return-Path: <alice@${ACME}>`,
    ...authorHeaders(`alice@${ACME}`).map((field) => (field.startsWith('Subject:') ? `Subject: ${HOSTILE}` : field)),
  ];
  let first: ReportDraft | undefined;
  spfFail = await run(message(stranger), zone, {
    onProgress: (event) => {
      if (event.type !== 'query') first ??= structuredClone(event.draft);
    },
  });
  // The first draft, when the headers are parsed and no DNS check has answered yet.
  pending = first!;
  // A real message; every name NXDOMAIN, so the re-check differs from what the receiver recorded.
  fastmail = await run(decodeBytes(readFileSync(FASTMAIL)), zoneResolver({}), { trustedAuthservIds: ['mx1.messagingengine.com'] });
});

/** Each card over the reports above, as the report page shows it. */
type Reports = { signedPass: typeof signedPass; spfFail: typeof spfFail; fastmail: typeof fastmail; pending: typeof pending };

/** The reports as a page in `lang` shows them: rendered again in its language (the page calls localizeReport). */
const inLanguage = (lang: Lang): Reports => ({
  signedPass: localizeReport(signedPass, lang),
  spfFail: localizeReport(spfFail, lang),
  fastmail: localizeReport(fastmail, lang),
  pending: localizeReport(pending, lang),
});

const CARDS = {
  SenderCard: (r: Reports) => <SenderCard iprev={r.signedPass.iprev} helo={r.signedPass.helo} />,
  SpfCard: (r: Reports) => <SpfCard spf={r.spfFail.spf} />,
  DkimCards: (r: Reports) => <DkimCards dkim={r.signedPass.dkim} />,
  DmarcCard: (r: Reports) => <DmarcCard dmarc={r.signedPass.dmarc} />,
  ArcCard: (r: Reports) => <ArcCard arc={r.fastmail.arc} />,
  MessageFacts: (r: Reports) => <MessageFacts report={r.fastmail} />,
  HopTimeline: (r: Reports) => <HopTimeline hops={r.fastmail.hops} edge={r.fastmail.edge} origin={r.fastmail.origin} />,
  FindingsList: (r: Reports) => <FindingsList findings={r.spfFail.findings} />,
  DnsLog: (r: Reports) => <DnsLog dns={r.signedPass.dns} />,
  ThenAndNow: (r: Reports) => <ThenAndNow rows={r.fastmail.thenAndNow} />,
  WhatIf: (_r: Reports) => (
    <WhatIf record={{ name: ACME, value: 'v=spf1 -all' }} error={null} busy={false} active onChange={() => undefined} onRun={() => undefined} onReset={() => undefined} />
  ),
  VerdictBanner: (r: Reports) => <VerdictBanner verdict={r.spfFail.verdict} progress={null} />,
  'VerdictBanner, analysis running': (r: Reports) => <VerdictBanner verdict={r.pending.verdict} progress={{ completed: 2, total: 7, queries: 5 }} />,
  'SpfCard, DmarcCard, SenderCard, ArcCard, pending': (r: Reports) => (
    <>
      <SpfCard spf={r.pending.spf} />
      <DmarcCard dmarc={r.pending.dmarc} />
      <SenderCard iprev={r.pending.iprev} helo={r.pending.helo} />
      <ArcCard arc={r.pending.arc} />
    </>
  ),
};

describe.each(LANGS)('in %s', (lang) => {
  it.each(Object.entries(CARDS))('%s shows its labels in this language and none of the other catalog', (_name, card) => {
    const shown = show(card(inLanguage(lang)), lang);
    expect(messagesShown(shown, lang).length).toBeGreaterThan(0);
    expect(messagesShown(shown, other(lang))).toEqual([]);
  });

  it('the cards show the labels a reader looks for', () => {
    const text = (node: preact.ComponentChildren) => show(node, lang).textContent ?? '';
    expect(text(CARDS.SpfCard(inLanguage(lang)))).toContain(says(lang, 'spfTree'));
    expect(text(CARDS.DkimCards(inLanguage(lang)))).toContain(says(lang, 'dkimAlgorithm'));
    expect(text(CARDS.DmarcCard(inLanguage(lang)))).toContain(says(lang, 'fromDomain'));
    expect(text(CARDS.SenderCard(inLanguage(lang)))).toContain(says(lang, 'ptrTitle'));
    expect(text(CARDS.ArcCard(inLanguage(lang)))).toContain(says(lang, 'arcSeal'));
    expect(text(CARDS.ThenAndNow(inLanguage(lang)))).toContain(says(lang, 'method'));
    expect(text(CARDS.DnsLog(inLanguage(lang)))).toContain(says(lang, 'dnsName'));
    expect(text(CARDS.MessageFacts(inLanguage(lang)))).toContain(says(lang, 'edgeHop'));
  });
});

describe('French words, written out', () => {
  // Independent of the catalog file: what a French-speaking agent reads on these cards.
  it('the verdict level, the pending state and the findings notice', () => {
    expect(show(CARDS.VerdictBanner(inLanguage('fr')), 'fr').querySelector('[data-testid="verdict-level"]')?.textContent).toBe('Suspension probable');
    expect(show(CARDS.VerdictBanner(inLanguage('en')), 'en').querySelector('[data-testid="verdict-level"]')?.textContent).toBe('Likely suspended');
    expect(show(<SpfCard spf={pending.spf} />, 'fr').querySelector('[data-state="pending"]')?.textContent).toBe('En attente des réponses DNS…');
    // The findings are in French too now (the page localizes the Report): no notice that they are in English.
    expect(show(CARDS.FindingsList(inLanguage('fr')), 'fr').querySelector('[data-testid="findings-language"]')).toBeNull();
    expect(show(CARDS.FindingsList(inLanguage('fr')), 'fr').querySelector('[data-recommendation="article.3-spf"] .finding-recommendation')?.textContent).toContain('Le domaine d\'envoi publie un enregistrement SPF');
  });

  it('counts are written as French writes them', { timeout: 30_000 }, () => {
    const many = { ...signedPass.dns, queries: Array.from({ length: 1234 }, () => signedPass.dns.queries[0]!) };
    expect(show(<DnsLog dns={many} />, 'fr').querySelector('[data-testid="dns-summary"]')?.textContent).toMatch(/^1\u202f234 /);
    expect(show(<DnsLog dns={many} />, 'en').querySelector('[data-testid="dns-summary"]')?.textContent).toMatch(/^1,234 /);
  });
});

describe('states the engine decided', () => {
  it('a failing SPF check shows its failing state, in the card and in its evaluation tree', () => {
    expect(spfFail.spf.result).toBe('fail');
    const card = show(CARDS.SpfCard(inLanguage('fr')), 'fr');
    const badge = card.querySelector('h3 [data-result]');
    expect(badge?.getAttribute('data-result')).toBe('fail');
    expect(badge?.classList.contains('badge-fail')).toBe(true);
    expect(card.querySelector('.tree [data-result="fail"]')).not.toBeNull();
    // The verdict of the same message: DMARC fails under p=reject.
    expect(show(CARDS.VerdictBanner(inLanguage('fr')), 'fr').querySelector('[data-level]')?.getAttribute('data-level')).toBe('likely-suspended');
  });

  it('a passing check shows its passing state', () => {
    const card = show(<SpfCard spf={signedPass.spf} />, 'en');
    expect(card.querySelector('h3 [data-result]')?.getAttribute('data-result')).toBe('pass');
    expect(show(CARDS.DmarcCard(inLanguage('en')), 'en').querySelector('h3 [data-result]')?.getAttribute('data-result')).toBe('pass');
  });

  it('checks still waiting for DNS show their pending state and no result', () => {
    expect(pending.spf.result).toBe('pending');
    const cards = show(CARDS['SpfCard, DmarcCard, SenderCard, ArcCard, pending'](inLanguage('fr')), 'fr');
    // SPF, DMARC, PTR, HELO and ARC each say they wait; none shows a result badge yet.
    expect(cards.querySelectorAll('[data-state="pending"]')).toHaveLength(5);
    expect(cards.querySelector('h3 [data-result]')).toBeNull();
    const banner = show(CARDS['VerdictBanner, analysis running'](inLanguage('fr')), 'fr');
    expect(banner.querySelector('.provisional')?.textContent).toContain('provisoire');
    expect(banner.querySelector('progress')?.getAttribute('value')).toBe('2');
  });

  it('the DKIM and ARC cards wear the severity word every card wears, the keyword beside it in monospace (issue 16)', () => {
    const reports = inLanguage('fr');
    const dkim = show(CARDS.DkimCards(reports), 'fr').querySelector('[data-testid="dkim-card"] [data-testid="check-badge"]');
    expect(reports.signedPass.dkim[0]?.result).toBe('pass');
    expect(dkim?.textContent).toBe(says('fr', 'severity_pass'));
    // A message without ARC sets: "none" is no severity word; the badge says info and the keyword follows as code.
    const arcNone = show(<ArcCard arc={reports.signedPass.arc} />, 'fr').querySelector('h3');
    expect(reports.signedPass.arc.result).toBe('none');
    expect(arcNone?.querySelector('[data-testid="check-badge"]')?.textContent).toBe(says('fr', 'severity_info'));
    expect(arcNone?.querySelector('code')?.textContent).toBe('none');
  });

  it('a check that could not run says why, the sentence going on after the colon in lower case (issue 16)', () => {
    const offline = { result: 'not-checked', reason: 'offline', message: 'Aucune requête DNS n\'a été faite (mode hors ligne).' } as const;
    const card = show(<SpfCard spf={offline} />, 'fr');
    expect(card.querySelector('[data-state="not-checked"]')?.textContent).toBe(`${says('fr', 'notChecked')}\u00a0: aucune requête DNS n'a été faite (mode hors ligne).`);
    const noDomain = { result: 'not-checked', reason: 'no-domain', message: 'There is no From domain to check.' } as const;
    expect(show(<SpfCard spf={noDomain} />, 'en').querySelector('[data-state="not-checked"]')?.textContent).toBe('Not checked: there is no From domain to check.');
  });
});

describe('header text is shown as text, never as HTML', () => {
  it('a Subject and a Received comment with <b> and <script> stay text in the facts, the evidence and the verdict', () => {
    expect(spfFail.message.subject).toBe(HOSTILE);
    const page = show(
      <>
        <VerdictBanner verdict={spfFail.verdict} progress={null} />
        <MessageFacts report={spfFail} />
        <FindingsList findings={spfFail.findings} />
        <HopTimeline hops={spfFail.hops} edge={spfFail.edge} origin={spfFail.origin} />
      </>,
      'fr',
    );
    expect(page.querySelector('b, script')).toBeNull();
    expect(page.querySelector('[data-testid="fact-subject"]')?.textContent).toBe(HOSTILE);
    // The Received field is quoted as evidence, markup and all.
    expect([...page.querySelectorAll('.evidence pre')].some((pre) => pre.textContent?.includes(`(${HOSTILE} [203.0.113.77])`))).toBe(true);
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
  });
});
