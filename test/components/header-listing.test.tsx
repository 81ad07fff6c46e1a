// @vitest-environment happy-dom
// What the popup shows before the engine loads: the header fields, or why the paste is not an email, in the
// page's language (the input gate of lib/message/check-input.ts decides; the component only words it).
import { describe, expect, it } from 'vitest';
import { HeaderListingView } from '../../components/HeaderListingView';
import { listHeaderFields } from '../../lib/message/list-header-fields';
import { messagesShown } from './catalog-text';
import { show } from './render';

const problem = (text: string, lang: 'en' | 'fr') => show(<HeaderListingView listing={listHeaderFields(text)} />, lang).querySelector('[data-testid="input-problem"]')?.textContent;

describe('HeaderListingView', () => {
  it('says why a paste is not an email, in the chosen language', () => {
    expect(problem('Subject: x\r\n\u0000\u0001 binary', 'fr')).toMatch(/^Ceci ressemble à des données binaires \(caractère de contrôle à la position \d+\)/);
    expect(problem('Subject: x\r\n\u0000\u0001 binary', 'en')).toMatch(/^This looks like binary data \(a control character at position \d+\)/);
    expect(problem('just some words, no header line', 'fr')).not.toBe(problem('just some words, no header line', 'en'));
  });

  // Field names are the message's own (a Subject field is not the label "Subject"), so these are other names.
  it('lists the fields as text under French labels', () => {
    const shown = show(<HeaderListingView listing={listHeaderFields('Comments: <script>globalThis.pwned = 1</script>\r\nX-Mailer: test\r\n')} />, 'fr');
    expect(shown.querySelector('script')).toBeNull();
    expect(shown.querySelector('td')?.textContent).toBe('<script>globalThis.pwned = 1</script>');
    expect(messagesShown(shown, 'fr').length).toBeGreaterThan(0);
    expect(messagesShown(shown, 'en')).toEqual([]);
  });
});
