// @vitest-environment happy-dom
// The MX card rendered without the browser, in English and in French, from Reports the real engine
// produced over in-memory zones: the From domain's MX hosts with their addresses, a null MX, a pending
// draft, and host names from the DNS shown as text.
import { beforeAll, describe, expect, it } from 'vitest';
import { MxCard } from '../../components/MxCard';
import type { Lang } from '../../components/words';
import type { Report, ReportDraft } from '../../lib/report/types';
import { keyZone, message, RECEIVER_ZONE, run, signed, zoneResolver } from '../analyze/scenario-kit';
import { ACME, ACME_IP, acmeHeaders } from '../helpers/acme-zones';
import { messagesShown, says } from './catalog-text';
import { show } from './render';

const LANGS: Lang[] = ['en', 'fr'];

async function reportWith(mx: Record<string, unknown>, onDraft?: (draft: ReportDraft) => void): Promise<Report> {
  const zone = zoneResolver({
    ...RECEIVER_ZONE,
    ...(await keyZone(ACME)),
    [ACME]: { TXT: [`v=spf1 ip4:${ACME_IP} -all`], ...mx },
    [`_dmarc.${ACME}`]: { TXT: ['v=DMARC1; p=reject'] },
    [`mail.${ACME}`]: { A: [ACME_IP] },
  });
  return run(await signed(message(acmeHeaders()), ACME), zone, onDraft ? { onProgress: (event) => (event.type === 'parsed' ? onDraft(structuredClone(event.draft)) : undefined) } : {});
}

let resolving: Report;
let nullMx: Report;
let markup: Report;
let draft: ReportDraft | undefined;

beforeAll(async () => {
  resolving = await reportWith({ MX: [{ preference: 10, exchange: `mail.${ACME}` }] }, (first) => {
    draft = first;
  });
  nullMx = await reportWith({ MX: [{ preference: 0, exchange: '.' }] });
  markup = await reportWith({ MX: [{ preference: 10, exchange: '<b>mx</b>.example' }] });
});

describe.each(LANGS)('MxCard in %s', (lang) => {
  it('lists the MX hosts with the address each resolves to, in the page\'s language only', () => {
    const shown = show(<MxCard mx={resolving.mx} />, lang);
    expect([...shown.querySelectorAll('[data-testid="mx-host"]')].map((host) => host.textContent)).toEqual([`mail.${ACME} → ${ACME_IP}`]);
    expect(shown.textContent).toContain(says(lang, 'mxTitle'));
    expect(messagesShown(shown, lang === 'en' ? 'fr' : 'en')).toEqual([]);
  });

  it('says a null MX accepts no mail', () => {
    const shown = show(<MxCard mx={nullMx.mx} />, lang);
    expect(shown.querySelector('[data-testid="mx-null"]')?.textContent).toBe(says(lang, 'mxNull'));
    expect(shown.querySelector('[data-result]')?.getAttribute('data-result')).toBe('null');
  });

  it('shows the pending state while the check waits for DNS', () => {
    expect(draft?.mx).toEqual({ result: 'pending' });
    const shown = show(<MxCard mx={draft!.mx} />, lang);
    expect(shown.querySelector('[data-state="pending"]')?.textContent).toBe(says(lang, 'checkPending'));
  });

  it('shows a host name from the DNS as text, never as markup', () => {
    const shown = show(<MxCard mx={markup.mx} />, lang);
    expect(shown.querySelector('b')).toBeNull();
    expect(shown.querySelector('[data-testid="mx-host"]')?.textContent).toContain('<b>mx</b>.example');
  });
});
