// Which language the pages speak: the options' choice, else the browser's UI language when a catalog
// exists for it, else English (the manifest's default_locale).
import { describe, expect, it } from 'vitest';
import { chooseLanguage, wordsIn } from '../../extension/i18n';

describe('chooseLanguage', () => {
  it('follows the browser when the options say "browser", keeping its regional tag for numbers and dates', () => {
    expect(chooseLanguage('browser', 'fr-CA')).toEqual({ lang: 'fr', locale: 'fr-CA' });
    expect(chooseLanguage('browser', 'fr')).toEqual({ lang: 'fr', locale: 'fr' });
    expect(chooseLanguage('browser', 'en-GB')).toEqual({ lang: 'en', locale: 'en-GB' });
    expect(chooseLanguage('browser', 'pt_BR')).toEqual({ lang: 'en', locale: 'en' });
  });

  it('a language forced in the options wins over the browser', () => {
    expect(chooseLanguage('fr', 'en-US')).toEqual({ lang: 'fr', locale: 'fr' });
    expect(chooseLanguage('en', 'fr-FR')).toEqual({ lang: 'en', locale: 'en' });
    expect(chooseLanguage('fr', 'fr-BE')).toEqual({ lang: 'fr', locale: 'fr-BE' });
  });
});

describe('wordsIn', () => {
  it('gives the catalog message with its substitutions, and an unknown key as itself', () => {
    expect(wordsIn('fr').t('analyze')).toBe('Analyser');
    expect(wordsIn('en').t('analyze')).toBe('Analyze');
    expect(wordsIn('fr').t('no-such-key')).toBe('no-such-key');
    expect(wordsIn('en').t('inputTooLarge', ['41', '40'])).toBe('This input is 41 MiB, over the 40 MiB limit. Paste the header block only.');
  });

  it('writes numbers and dates as the language does', () => {
    expect(wordsIn('fr').number(1234.5)).toBe('1\u202f234,5');
    expect(wordsIn('en').number(1234.5)).toBe('1,234.5');
    expect(wordsIn('fr').dateTime('2026-11-27T09:01:27Z').utc).toBe('27 nov. 2026, 09:01:27 UTC');
    expect(wordsIn('fr', 'fr-CA').dateTime('not a date')).toEqual({ local: 'not a date', utc: 'not a date' });
  });

  it('rebuilds the verdict level in the chosen language', () => {
    expect(wordsIn('fr').report.level('low-trust')).toBe('Confiance faible');
    expect(wordsIn('en').report.level('likely-suspended')).toBe('Likely suspended');
  });
});
