import { describe, expect, it } from 'vitest';
import { sourceLink } from '../../lib/i18n/source-link';
import { RECOMMENDATIONS, rfc } from '../../lib/report/recommendations';

describe('sourceLink', () => {
  it('links the article\'s recommendations to Zendesk\'s article in the reader\'s language', () => {
    expect(sourceLink(RECOMMENDATIONS.spf, 'en')).toBe('https://support.zendesk.com/hc/en-us/articles/4412991936922');
    expect(sourceLink(RECOMMENDATIONS.ptr, 'fr')).toBe('https://support.zendesk.com/hc/fr/articles/4412991936922');
    expect(sourceLink(RECOMMENDATIONS.suspension, 'fr')).toBe('https://support.zendesk.com/hc/fr/articles/4408828416282');
  });

  it('links an RFC recommendation to its section on rfc-editor.org, the first one where several are cited', () => {
    expect(sourceLink(rfc('RFC 5322 §3.6', 'one-from-one-date'), 'en')).toBe('https://www.rfc-editor.org/rfc/rfc5322#section-3.6');
    expect(sourceLink(rfc('RFC 7208 §2.6.6, RFC 6376 §6.1.2', 'dns-failure-temporary'), 'fr')).toBe('https://www.rfc-editor.org/rfc/rfc7208#section-2.6.6');
    expect(sourceLink({ ...rfc('RFC 8617', 'received-fields') }, 'en')).toBe('https://www.rfc-editor.org/rfc/rfc8617');
  });

  it('gives no link for MailTrust\'s own fault', () => {
    expect(sourceLink(rfc('MailTrust', 'report-fault'), 'en')).toBeNull();
  });
});
