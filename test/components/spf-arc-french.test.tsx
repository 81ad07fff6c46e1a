// @vitest-environment happy-dom
// The SPF evaluation tree and the ARC card in French (issue 15): the tree's terms, their outcomes and
// their reasons, and why an ARC signature did not verify, are worded from the Report's facts in the page's
// language, with no phrase of the English catalogs, over Reports the real engine produced.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ArcCard } from '../../components/ArcCard';
import { FindingsList } from '../../components/FindingsList';
import { SpfCard } from '../../components/SpfCard';
import { decodeBytes } from '../../lib/cli/read-message-file';
import { localizeReport } from '../../lib/i18n/render';
import type { Report } from '../../lib/report/types';
import { authorHeaders, message, received, RECEIVER, run, zoneResolver } from '../analyze/scenario-kit';
import { ACME, acmeZoneResolver } from '../helpers/acme-zones';
import { englishIn, englishPhrases } from '../i18n/english-phrases';
import { show } from './render';

const FASTMAIL = resolve(import.meta.dirname, '../../../shared/testdata/realworld/lieser-dkim_verifier/Fastmail from Amazon - Verify your new Amazon account.eml');

let spfFail: Report;
let fastmail: Report;
let phrases: string[];

beforeAll(async () => {
  // A server the author's SPF record (-all) does not list: its ip4: terms do not match, -all does.
  const stranger = [...received([{ helo: 'relay.unknown.test', ip: '203.0.113.77', by: RECEIVER }]), `Return-Path: <alice@${ACME}>`, ...authorHeaders(`alice@${ACME}`)];
  spfFail = await run(message(stranger), await acmeZoneResolver());
  // Fastmail's ARC set, every name NXDOMAIN: the message signature's key is not found.
  fastmail = await run(decodeBytes(readFileSync(join(FASTMAIL))), zoneResolver({}), { trustedAuthservIds: ['mx1.messagingengine.com'] });
  phrases = englishPhrases();
});

const treeText = (card: HTMLElement) => [...card.querySelectorAll('.tree li.term')].map((li) => li.textContent ?? '');

describe('the SPF tree', () => {
  it('in English keeps the engine\'s words (the Report carries them)', () => {
    expect(spfFail.spf.result).toBe('fail');
    const lines = treeText(show(<SpfCard spf={spfFail.spf} />, 'en'));
    expect(lines.some((line) => line.includes('no match') && line.includes('the client IP is outside this network'))).toBe(true);
    expect(lines.some((line) => line.includes('"all" always matches'))).toBe(true);
  });

  it('in French words every term, its outcome and its reason in French', () => {
    const card = show(<SpfCard spf={localizeReport(spfFail, 'fr').spf} />, 'fr');
    const lines = treeText(card);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.some((line) => line.includes('ne correspond pas') && line.includes('l\'adresse IP du client est hors de ce réseau'))).toBe(true);
    expect(lines.some((line) => line.includes('« all » correspond toujours'))).toBe(true);
    expect(englishIn(card.textContent ?? '', phrases)).toEqual([]);
  });

  it('the SPF finding\'s trace evidence follows the page\'s language', () => {
    const spf = (report: Report) => report.findings.filter((finding) => finding.id.startsWith('spf.'));
    const english = show(<FindingsList findings={spf(spfFail)} />, 'en').textContent ?? '';
    expect(english).toContain('-all -> match ("all" always matches)');
    const french = show(<FindingsList findings={spf(localizeReport(spfFail, 'fr'))} />, 'fr').textContent ?? '';
    expect(french).toContain('-all -> correspond (« all » correspond toujours)');
    expect(englishIn(french, phrases)).toEqual([]);
  });
});

describe('the ARC card', () => {
  it('says why a signature did not verify, in the page\'s language', () => {
    const arc = fastmail.arc;
    expect(arc.result).toBe('fail');
    const english = show(<ArcCard arc={arc} />, 'en').querySelector('[data-testid="arc-check-failure"]')?.textContent;
    expect(english).toMatch(/^signature: key not found: nothing is published at \S+\._domainkey\.messagingengine\.com$/);
    const card = show(<ArcCard arc={localizeReport(fastmail, 'fr').arc} />, 'fr');
    expect(card.querySelector('[data-testid="arc-check-failure"]')?.textContent).toMatch(/^signature : clé introuvable : rien n'est publié à \S+\._domainkey\.messagingengine\.com$/);
    expect(englishIn(card.textContent ?? '', phrases)).toEqual([]);
  });
});
