// The fixes of the authentication areas say the same thing in English and in French: the description
// names the same facts (domains, IPs, the record's name), and the copyable text is not words at all.
import { describe, expect, it } from 'vitest';
import { catalogFor, renderFix } from '../../lib/i18n/render';
import type { FixData } from '../../lib/report/types';
import { englishFragments } from './english-fragments';

const FIXES: FixData[] = [
  { kind: 'ptr-record', actor: 'server-operator', name: '10.2.0.192.in-addr.arpa', text: 'mail.example.com', params: { ip: '192.0.2.10', reverseName: '10.2.0.192.in-addr.arpa', addressType: 'A' } },
  { kind: 'ptr-record', actor: 'server-operator', name: 'b.a.9.8.ip6.arpa', text: 'mail.example.com', params: { ip: '2001:db8::1', reverseName: 'b.a.9.8.ip6.arpa', addressType: 'AAAA' } },
  { kind: 'spf-record', actor: 'domain-owner', name: 'example.com', text: 'v=spf1 ip4:192.0.2.10 ~all', params: { domain: 'example.com', ip: '192.0.2.10', replaces: false } },
  { kind: 'spf-record', actor: 'domain-owner', name: 'example.com', text: 'v=spf1 mx ip4:192.0.2.10 -all', params: { domain: 'example.com', ip: '192.0.2.10', replaces: true } },
  { kind: 'dmarc-record', actor: 'domain-owner', name: '_dmarc.example.com', text: 'v=DMARC1; p=none; rua=mailto:dmarc-reports@example.com', params: { domain: 'example.com' } },
  { kind: 'dkim-key', actor: 'domain-owner', name: 'sel1._domainkey.example.com', text: 'v=DKIM1; k=rsa; p=MIIB', params: { domain: 'example.com', selector: 'sel1' } },
  { kind: 'arc-sealing', actor: 'agent', text: 'ARC', params: { forwarder: 'lists.example.org' } },
  { kind: 'arc-sealing', actor: 'agent', text: 'ARC', params: { forwarder: null } },
];

const facts = (fix: FixData) => Object.values(fix.params).filter((value): value is string => typeof value === 'string' && /[.:]/.test(value));

describe('fix parity', () => {
  it.each(FIXES.map((fix, index) => [`${fix.kind} #${index + 1}`, fix] as const))('%s is described in both languages with the same facts', (_, fix) => {
    const english = renderFix(fix, catalogFor('en'));
    const french = renderFix(fix, catalogFor('fr'));
    expect(french.text).toBe(fix.text);
    expect(french.description).not.toBe(english.description);
    const shown = (description: string) => facts(fix).filter((fact) => description.includes(fact));
    expect(shown(english.description).length).toBeGreaterThanOrEqual(Math.min(1, facts(fix).length));
    expect(shown(french.description)).toEqual(shown(english.description));
  });

  it('no phrase of the English catalog appears in a French fix', () => {
    const fragments = [...englishFragments(), ...FIXES.flatMap((fix) => renderFix(fix, catalogFor('en')).description.split(/[.:;,()]/).map((piece) => piece.trim()).filter((piece) => piece.split(/\s+/).filter((word) => /^[A-Za-z']+$/.test(word)).length >= 3))];
    const french = FIXES.map((fix) => renderFix(fix, catalogFor('fr')).description).join('\n');
    expect(fragments.filter((fragment) => french.includes(fragment))).toEqual([]);
  });
});
