// The English catalog's own words, for the tests that prove no English reaches a French reader: every
// sample rendered in English, with the sample's facts (names, addresses, numbers) cut out; what remains
// between them, when it is a phrase of three words or more, is a string of the English catalog.
import { catalogFor, renderFinding } from '../../lib/i18n/render';
import type { Catalog } from '../../lib/i18n/catalog';
import { FINDING_IDS } from '../../lib/report/finding-ids';
import type { Finding, FindingId } from '../../lib/report/types';
import { ALL_SAMPLES } from './samples';

/** Every string and number inside a sample's params. */
export function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'number') return [String(value)];
  if (Array.isArray(value)) return value.flatMap(leaves);
  if (value && typeof value === 'object') return Object.values(value).flatMap(leaves);
  return [];
}

/** A sample as a finding the renderer takes. */
export function sampleFinding(id: FindingId, params: unknown): Finding {
  return { id, severity: 'info', params, title: '', explanation: '', evidence: [], recommendation: { id: 'rfc', title: '', source: '' } } as unknown as Finding;
}

export function renderSample(id: FindingId, params: unknown, catalog: Catalog): { title: string; explanation: string } {
  const { title, explanation } = renderFinding(sampleFinding(id, params), catalog);
  return { title, explanation };
}

/** The phrases of the English catalog (three words or more) that its finding texts are built from. */
export function englishFragments(): string[] {
  const english = catalogFor('en');
  const fragments = new Set<string>();
  for (const id of FINDING_IDS) {
    for (const params of ALL_SAMPLES[id] ?? []) {
      const facts = leaves(params).filter((fact) => fact.length > 0).sort((a, b) => b.length - a.length);
      const rendered = renderSample(id, params, english);
      for (const text of [rendered.title, rendered.explanation]) {
        let cut = text;
        for (const fact of facts) cut = cut.split(fact).join('|');
        for (const piece of cut.split(/[|.;:()"]/)) {
          const phrase = piece.trim();
          if (phrase.split(/\s+/).filter((word) => /^[A-Za-z']+$/.test(word)).length >= 3) fragments.add(phrase);
        }
      }
    }
  }
  return [...fragments];
}
