// Two catalog sentences joined by a colon or a semicolon read as one: the second goes on in lower case
// ("no PTR record; the server introduced itself as localhost", "Not checked: there is no From domain").
// Issue 16 found "; The" and ": There" on every page; this reads what the catalogs render, in English and
// French, for every finding sample and for every rule of the verdict with those samples' titles.
import { describe, expect, it } from 'vitest';
import { catalogFor, renderVerdict } from '../../lib/i18n/render';
import { continuing } from '../../lib/i18n/sentence';
import type { FindingId } from '../../lib/report/finding-ids';
import { decideVerdict } from '../../lib/verdict/decide-verdict';
import { VERDICT_RULES } from '../../lib/verdict/rules';
import { sampleFinding, renderSample } from './english-fragments';
import { ALL_SAMPLES } from './samples';
import { renderedMessages } from './samples/check-messages';

const LANGS = ['en', 'fr'] as const;

/** Each place a sentence goes on after ": " or "; " (French with its non-breaking space) with a capital it should not have. */
function capitalJoins(text: string): string[] {
  return [...text.matchAll(/([^\s:;]*)[\s\u00a0]?[:;][\s\u00a0]+(\S.{0,20})/gu)]
    // A header field quoted with its value ("x-google-original-from: Alice <...>") is text as received.
    .filter((match) => !/^x-[a-z-]+$/i.test(match[1]!))
    .filter((match) => continuing(match[2]!) !== match[2]).map((match) => match[0]);
}

const samples = Object.entries(ALL_SAMPLES).flatMap(([id, list]) => (list ?? []).map((params) => [id as FindingId, params] as const));

describe('joined sentences go on in lower case', () => {
  it('the helper lowers ordinary words and keeps acronyms, host names and names', () => {
    expect(continuing('The server introduced itself')).toBe('the server introduced itself');
    expect(continuing('L\'IP d\'envoi n\'a pas de PTR')).toBe('l\'IP d\'envoi n\'a pas de PTR');
    expect(continuing('Offline mode')).toBe('offline mode');
    for (const kept of ['DMARC passes', 'SPF fails', 'IP 192.0.2.1', 'Zendesk says', 'mail.example.com', 'Return-Path is empty', 'A lookup of x.example failed', 'Resent fields']) expect(continuing(kept)).toBe(kept);
  });

  it.each(LANGS)('%s: no finding title or explanation joins two sentences with a capital', (lang) => {
    const catalog = catalogFor(lang);
    const found = samples.flatMap(([id, params]) => {
      const words = renderSample(id, params, catalog);
      return capitalJoins(`${words.title}\n${words.explanation}`).map((join) => `${id}: ${join}`);
    });
    expect(found).toEqual([]);
  });

  it.each(LANGS)('%s: every reason of the verdict, with its findings\' real titles, and every summary', (lang) => {
    const catalog = catalogFor(lang);
    const found: string[] = [];
    for (const row of VERDICT_RULES) {
      // Two findings per rule where it has them, so the semicolon between titles is read too.
      const findings = row.when.flatMap((match) => (ALL_SAMPLES[match.id] ?? []).slice(0, 1).map((params) => {
        const finding = sampleFinding(match.id, params);
        return { ...finding, ...renderSample(match.id, params, catalog), severity: 'severity' in match ? match.severity[0]! : finding.severity };
      })).slice(0, 2);
      const verdict = renderVerdict(decideVerdict(findings), findings, catalog);
      for (const text of [verdict.summary, ...verdict.reasons.map((reason) => reason.text)]) found.push(...capitalJoins(text).map((join) => `${row.rule}: ${join}`));
    }
    expect(found).toEqual([]);
  });

  it.each(LANGS)('%s: the checks\' and the path\'s messages', (lang) => {
    const found = renderedMessages(catalogFor(lang)).flatMap((message) => capitalJoins(message.text).map((join) => `${message.label}: ${join}`));
    expect(found).toEqual([]);
  });
});
