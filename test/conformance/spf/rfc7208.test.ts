// The OpenSPF RFC 7208 test suite, every case, through the zone each scenario describes.
import { describe, expect, it } from 'vitest';
import { checkSpf, type SpfResultCode } from '../../../lib/auth/spf';
import { loadSuite, suiteResolver } from './openspf-suite';

/**
 * Cases where this implementation gives a result the suite does not accept, each with the RFC text
 * that justifies it. Each is asserted to still deviate, so the list cannot go stale.
 */
const DEVIATIONS: Record<string, { result: SpfResultCode; rfc: string }> = {};

// The reference driver's default explanation, which "explanation: DEFAULT" cases expect.
const DEFAULT = 'DEFAULT';

const cases = loadSuite('rfc7208-tests.yml');

describe('OpenSPF RFC 7208 suite', () => {
  it('has every scenario and case of the file (16 scenarios, 203 cases per SOURCES.md)', () => {
    expect(new Set(cases.map((c) => c.scenario)).size).toBe(16);
    expect(cases).toHaveLength(203);
  });

  describe.each([...new Set(cases.map((c) => c.scenario))])('%s', (scenario) => {
    it.each(cases.filter((c) => c.scenario === scenario).map((c) => [c.name, c] as const))('%s', async (name, c) => {
      const result = await checkSpf({ ip: c.host, sender: c.mailfrom, helo: c.helo }, { resolver: suiteResolver(c.zone), defaultExplanation: DEFAULT });
      const deviation = DEVIATIONS[name];
      if (deviation) {
        expect(result.result).toBe(deviation.result);
        expect(c.results).not.toContain(result.result);
        return;
      }
      expect(c.results, `${name} (${c.spec ?? ''}): ${JSON.stringify(result.trace)}`).toContain(result.result);
      // Where the suite accepts several results, this implementation gives the preferred (first) one.
      expect(result.result).toBe(c.results[0]);
      if (c.explanation !== undefined) {
        expect(result.result).toBe('fail');
        if (result.result === 'fail') expect(result.explanation).toBe(c.explanation);
      }
      // §4.6.4 holds in every case, whatever the result.
      expect(result.lookups).toBeLessThanOrEqual(10);
    });
  });
});
