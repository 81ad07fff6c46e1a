// The verdict table: the most serious rule wins, severities select rows, causes are collected in table
// order, nothing decisive gives unknown; and docs/verdict-rules.md and the README state the same table as the code.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FindingId, Severity } from '../../lib/report/types';
import { decideVerdict } from '../../lib/verdict/decide-verdict';
import { VERDICT_RULES, type FindingMatch } from '../../lib/verdict/rules';
import type { JudgedFinding } from '../../lib/verdict/types';

function f(id: FindingId, severity: Severity = 'fail'): JudgedFinding {
  return { id, severity };
}

describe('decideVerdict', () => {
  it('trusts an authenticated message with only notes besides', () => {
    const verdict = decideVerdict([f('dmarc.pass', 'pass'), f('helo.not-mx', 'info'), f('ptr.foreign-domain', 'info')]);
    expect(verdict.level).toBe('trusted');
    expect(verdict.reasons.map((r) => r.rule)).toEqual(['authenticated']);
    expect(verdict.zendeskCauses).toEqual([]);
  });

  it('a PTR or HELO name in another domain (warn) lowers trust even beside a DMARC pass; a provider\'s (info) does not', () => {
    expect(decideVerdict([f('dmarc.pass', 'pass'), f('helo.foreign-domain', 'warn')]).level).toBe('low-trust');
    expect(decideVerdict([f('dmarc.pass', 'pass'), f('ptr.foreign-domain', 'warn')]).level).toBe('low-trust');
    expect(decideVerdict([f('dmarc.pass', 'pass'), f('helo.foreign-domain', 'info'), f('ptr.foreign-domain', 'info')]).level).toBe('trusted');
  });

  it('an automatic reply is suspended even when authentication passes; the reasons are ordered by seriousness', () => {
    const verdict = decideVerdict([f('dmarc.pass', 'pass'), f('ptr.missing'), f('auto.reply')]);
    expect(verdict.level).toBe('likely-suspended');
    expect(verdict.reasons.map((r) => r.rule)).toEqual(['automatic-reply', 'sending-server', 'authenticated']);
    expect(verdict.reasons[0]?.findings).toEqual(['auto.reply']);
    expect(verdict.zendeskCauses).toEqual(['automated-response']);
  });

  it('the severity of dmarc.fail selects the row: p=reject suspends, p=none lowers trust', () => {
    expect(decideVerdict([f('dmarc.fail', 'fail')]).level).toBe('likely-suspended');
    expect(decideVerdict([f('dmarc.fail', 'warn')]).level).toBe('low-trust');
    expect(decideVerdict([f('dmarc.fail', 'info'), f('arc.pass', 'pass')]).level).toBe('trusted');
  });

  it('causes are collected once each, in table order', () => {
    const verdict = decideVerdict([f('system.sender'), f('auto.bounce'), f('auto.reply'), f('spf.fail')]);
    expect(verdict.zendeskCauses).toEqual(['delivery-failure', 'automated-response', 'system-user', 'failed-email-authentication']);
  });

  it('without a decisive finding the verdict is unknown, never trusted', () => {
    const verdict = decideVerdict([f('helo.not-mx', 'info'), f('forwarding.detected', 'info')]);
    expect(verdict.level).toBe('unknown');
    expect(verdict.reasons.map((r) => r.rule)).toEqual(['no-evidence']);
    expect(decideVerdict([f('dns.unavailable', 'warn'), f('dkim.body-unchecked', 'info')]).level).toBe('unknown');
  });

  it('a low-trust finding outranks a DNS outage (header evidence still counts)', () => {
    expect(decideVerdict([f('dns.unavailable', 'warn'), f('header.missing', 'warn')]).level).toBe('low-trust');
  });
});

describe.each(['docs/verdict-rules.md', 'README.md'])('the verdict table in %s', (file) => {
  const LEVELS: Record<string, string> = { trusted: 'trusted', 'low trust': 'low-trust', 'likely suspended': 'likely-suspended', unknown: 'unknown' };
  const CAUSES: Record<string, string> = {
    'delivery failure': 'delivery-failure', 'automated response': 'automated-response', 'out of office': 'out-of-office', 'system user': 'system-user',
    'noreply recipient': 'noreply-recipient', 'detected as spam': 'detected-as-spam', 'mail loop': 'mail-loop', 'failed email authentication': 'failed-email-authentication', 'invalid sender domain': 'invalid-sender-domain',
  };
  const doc = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
  const rows = doc.split('\n').filter((line) => /^\| [a-z-]+ \| `/.test(line)).map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));

  it('lists every rule of the code, in the same order, with the same findings, level and causes', () => {
    expect(rows.map((row) => row[0])).toEqual(VERDICT_RULES.map((rule) => rule.rule));
    for (const [name, findings, level, causes] of rows) {
      const rule = VERDICT_RULES.find((candidate) => candidate.rule === name);
      const written = (findings ?? '').split(', ').map((cell) => {
        const match = /^`([a-z0-9.-]+)`(?: \[([a-z]+)\])?$/.exec(cell);
        return match ? `${match[1]}${match[2] ? `[${match[2]}]` : ''}` : `unreadable: ${cell}`;
      });
      expect(written, name).toEqual(rule?.when.map((m: FindingMatch) => `${m.id}${m.severity ? `[${m.severity.join(',')}]` : ''}`));
      expect(LEVELS[level ?? ''], name).toBe(rule?.level);
      expect((causes ?? '').split(', ').filter(Boolean).map((cause) => CAUSES[cause]), name).toEqual(rule?.causes);
    }
  });
});
