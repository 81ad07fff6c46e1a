// @vitest-environment happy-dom
// The DMARC card shows what its record says that receivers read otherwise (RFC 7489 §6.3), under the record
// it quotes, in the page's language, each problem with its severity badge. The Report comes from the real
// engine over an in-memory zone whose DMARC record has a typo in p=, a pct= out of range and an unknown tag.
import { describe, expect, it } from 'vitest';
import { DmarcCard } from '../../components/DmarcCard';
import type { Lang } from '../../components/words';
import { localizeReport } from '../../lib/i18n/render';
import { ACME, acmeHeaders, acmeZone } from '../helpers/acme-zones';
import { message, run, signed, zoneResolver } from '../analyze/scenario-kit';
import { show } from './render';

const RECORD = `v=DMARC1; p=rejct; pct=150; rua=mailto:dmarc@${ACME}; foo=<b>bar</b>`;
const zone = await acmeZone();
const withRecord = async (record: string) => run(await signed(message(acmeHeaders()), ACME), zoneResolver({ ...zone, [`_dmarc.${ACME}`]: { TXT: [record] } }));
const report = await withRecord(RECORD);

function problemsShown(lang: Lang): { heading: string; items: { severity: string | null; badge: string; text: string }[] } {
  const card = show(<DmarcCard dmarc={localizeReport(report, lang).dmarc} />, lang);
  const block = card.querySelector('[data-testid="dmarc-record-problems"]');
  expect(block).not.toBeNull();
  // The record is shown above its problems, as the evidence they are read from.
  expect(card.textContent).toContain(RECORD);
  return {
    heading: block?.querySelector('p')?.textContent ?? '',
    items: [...(block?.querySelectorAll('li') ?? [])].map((li) => ({ severity: li.getAttribute('data-severity'), badge: li.querySelector('.badge')?.textContent ?? '', text: li.textContent ?? '' })),
  };
}

describe('the DMARC card lists its record\'s problems', () => {
  it('en', () => {
    const shown = problemsShown('en');
    expect(shown.heading).toBe('Problems in this record:');
    expect(shown.items).toEqual([
      { severity: 'warn', badge: 'warning', text: 'warning p=rejct is not valid: expected none, quarantine or reject' },
      { severity: 'info', badge: 'info', text: 'info unknown tag foo= is ignored' },
      { severity: 'info', badge: 'info', text: 'info pct=150 is not valid: expected an integer from 0 to 100; 100 is used' },
    ]);
  });

  it('fr', () => {
    const shown = problemsShown('fr');
    expect(shown.heading).toBe('Problèmes de cet enregistrement\u00a0:');
    expect(shown.items.map((item) => item.text)).toEqual([
      'alerte « p=rejct » n\'est pas valide : valeur attendue, « none », « quarantine » ou « reject »',
      'info la balise inconnue « foo= » est ignorée',
      'info « pct=150 » n\'est pas valide : valeur attendue, un entier de 0 à 100 ; 100 s\'applique',
    ]);
  });

  it('the record\'s text stays text: no element comes from it', () => {
    const card = show(<DmarcCard dmarc={report.dmarc} />, 'en');
    expect(card.querySelector('b')).toBeNull();
    expect(card.textContent).toContain('foo=<b>bar</b>');
  });

  it('a record without problems shows no such list', async () => {
    const card = show(<DmarcCard dmarc={(await withRecord('v=DMARC1; p=reject')).dmarc} />, 'en');
    expect(card.textContent).toContain('v=DMARC1; p=reject');
    expect(card.querySelector('[data-testid="dmarc-record-problems"]')).toBeNull();
  });
});
