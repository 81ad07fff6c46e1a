import { describe, expect, it } from 'vitest';
import { formatDuration, formatLocalAndUtc } from '../../components/format-time';

describe('formatDuration', () => {
  it('reads as seconds, minutes, hours or days', () => {
    expect(formatDuration(0)).toBe('0 s');
    expect(formatDuration(59.4)).toBe('59 s');
    expect(formatDuration(125)).toBe('2 min 5 s');
    expect(formatDuration(3720)).toBe('1 h 02 min');
    expect(formatDuration(90_000)).toBe('1 d 1 h');
  });

  it('gives the size of a negative delay (clock skew), the sign is the caller\'s to show', () => {
    expect(formatDuration(-40)).toBe('40 s');
  });
});

describe('formatLocalAndUtc', () => {
  it('gives the same instant in UTC whatever the local zone', () => {
    expect(formatLocalAndUtc('2026-11-27T09:01:27Z', 'en').utc).toMatch(/Nov 27, 2026.*09:01:27.*UTC$/);
  });

  it('returns text that is no date unchanged', () => {
    expect(formatLocalAndUtc('yesterday', 'en')).toEqual({ local: 'yesterday', utc: 'yesterday' });
  });
});
