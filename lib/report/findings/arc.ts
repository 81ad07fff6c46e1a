// Findings of ARC (RFC 8617), Zendesk recommendation 5: forwarders add ARC sets so the receiver can
// use the authentication results they saw before the message was changed. The findings are data;
// lib/i18n/<lang>/arc.ts says them in words.
import { lastProblem } from '../../dns/types';
import { dnsEvidence, headerEvidence } from '../evidence';
import { RECOMMENDATIONS } from '../recommendations';
import type { ArcCheck, FindingData, NotChecked } from '../types';
import type { FindingContext } from './context';

export function arcFindings(check: ArcCheck | NotChecked, context: FindingContext): FindingData[] {
  if (check.result === 'not-checked') return [];
  const seals = check.instances.flatMap((instance) => (instance.seal ? [headerEvidence({ name: 'ARC-Seal', line: instance.seal.field.line, raw: instance.seal.field.raw })] : []));
  // What each forwarder saw is its ARC-Authentication-Results field, cited as written.
  const saw = context.fields.filter((field) => field.key === 'arc-authentication-results').map(headerEvidence);
  const fields = [...seals, ...saw];
  const base = { evidence: [...fields, ...check.recordQueries.map(dnsEvidence)], recommendation: RECOMMENDATIONS.arc };
  switch (check.result) {
    case 'none':
      if (!context.forwarded) return [];
      return [{ ...base, id: 'arc.none', severity: 'warn', params: {} }];
    case 'pass':
    case 'header-pass': {
      const params = {
        instances: check.instances.length,
        oldestPass: check.oldestPass,
        sealers: check.instances.map((instance) => instance.seal?.d ?? null),
        body: check.result === 'pass' ? 'checked' as const : 'header-only' as const,
        vouches: check.vouches,
      };
      return [{ ...base, id: 'arc.pass', severity: check.vouches ? 'pass' : 'info', params }];
    }
    case 'fail':
      return [{ ...base, id: 'arc.fail', severity: 'warn', params: { code: check.reason.code, failedInstance: check.failedInstance } }];
    case 'temperror':
      return [{ ...base, id: 'arc.temperror', severity: 'warn', params: { failedInstance: check.failedInstance, problem: lastProblem(check.recordQueries) } }];
  }
}
