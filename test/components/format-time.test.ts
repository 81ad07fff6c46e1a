import { describe, expect, it } from 'vitest';
import { formatLocalAndUtc } from '../../components/format-time';

describe('formatLocalAndUtc', () => {
  it('gives the same instant in UTC whatever the local zone', () => {
    expect(formatLocalAndUtc('2026-11-27T09:01:27Z', 'en').utc).toMatch(/Nov 27, 2026.*09:01:27.*UTC$/);
  });

  it('returns text that is no date unchanged', () => {
    expect(formatLocalAndUtc('yesterday', 'en')).toEqual({ local: 'yesterday', utc: 'yesterday' });
  });
});
