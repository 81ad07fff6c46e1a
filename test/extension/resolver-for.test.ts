// The extension's resolver carries the DNS mode the analysis runs in (lib/dns's Resolver.mode): the options
// page's offline switch and the report's "what if" records decide it, not the resolver's label.
import { describe, expect, it } from 'vitest';
import { resolverFor } from '../../extension/run-analysis';
import { DEFAULT_SETTINGS } from '../../extension/settings';

describe('resolverFor', () => {
  it('in the extension: offline is offline, offline with a "what if" record is a zone, online is DoH', () => {
    const mode = (offline: boolean, overlay: { name: string; value: string }[] = []) => {
      const outcome = resolverFor({ ...DEFAULT_SETTINGS, offline }, overlay);
      if (!outcome.ok) throw new Error(outcome.error);
      return outcome.resolver.mode;
    };
    expect(mode(true)).toBe('offline');
    expect(mode(true, [{ name: '_dmarc.example.com', value: 'v=DMARC1; p=reject' }])).toBe('zone');
    expect(mode(true, [{ name: '  ', value: 'ignored: no name' }])).toBe('offline');
    expect(mode(false)).toBe('doh');
    expect(mode(false, [{ name: '_dmarc.example.com', value: 'v=DMARC1; p=reject' }])).toBe('doh');
  });
});
