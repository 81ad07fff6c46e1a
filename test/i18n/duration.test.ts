// A delay between hops reads in the reader's language: Intl's own unit names, two units at most.
import { describe, expect, it } from 'vitest';
import { formatFor } from '../../lib/i18n/format';

describe('format.duration', () => {
  it('English: seconds, minutes, hours or days', () => {
    const { duration } = formatFor('en');
    expect([0, 59.4, 125, 3720, 90_000].map(duration)).toEqual(['0 sec', '59 sec', '2 min 5 sec', '1 hr 2 min', '1 day 1 hr']);
  });

  it('French: j for days, h for hours, s for seconds', () => {
    const { duration } = formatFor('fr');
    // French puts a no-break space (narrow or not, by ICU version) between the number and its unit.
    const spaced = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
    expect([0, 59.4, 125, 3720, 93_600, 172_800].map((seconds) => spaced(duration(seconds)))).toEqual(['0 s', '59 s', '2 min 5 s', '1 h 2 min', '1 j 2 h', '2 j 0 h']);
  });

  it('gives the size of a negative delay (clock skew), the sign is the caller\'s to show', () => {
    expect(formatFor('en').duration(-40)).toBe('40 sec');
    expect(formatFor('fr').duration(-40)).toMatch(/^40[\u00a0\u202f]s$/);
  });
});
