import { describe, expect, it } from 'vitest';
import { articleHeading, sourceLink } from '../../lib/i18n/render/source-link';
import { RECOMMENDATIONS, rfc } from '../../lib/report/recommendations';
import type { Lang } from '../../lib/i18n/lang';

// The contents list of "Ensuring email system compatibility with Zendesk" (article 4412991936922) as the
// stored English and French pages print it, and the first words of the two sections whose text is stored.
const STORED_ARTICLE: Record<Lang, string> = {
  en: [
    'Recommendation 1: Setup a PTR record for SMTP servers sending email to Zendesk',
    'Recommendation 2: Setup HELO and EHLO greeting hostname',
    'Recommendation 3: SPF records',
    'Recommendation 4: DMARC and DKIM',
    'Best practices for sending emails using scripts and web forms',
    'Best practices for sending trustworthy emails',
    'Recommendation 1: Setup a PTR record for SMTP servers sending email to Zendesk\nEnsure that all IP addresses that you use',
    'Recommendation 2: Setup HELO and EHLO greeting hostname\nHELO name is used by SMTP servers',
  ].join('\n'),
  fr: [
    'Recommandation 1 : Configurer un enregistrement PTR pour les serveurs SMTP qui envoient des e-mails à Zendesk',
    'Recommandation 2 : Configurez le nom d’hôte de salutation HELO et EHLO',
    'Recommandation 3 : Enregistrements SPF',
    'Recommandation 4 : DMARC et DKIM',
    'Meilleures pratiques pour l’envoi d’e-mails à l’aide de scripts et de formulaires Web',
    'Meilleures pratiques pour l’envoi d’e-mails de confiance',
    'Recommandation 1 : Configurer un enregistrement PTR pour les serveurs SMTP qui envoient des e-mails à Zendesk\nVérifiez que toutes les adresses IP',
  ].join('\n'),
};

const LINKED = [RECOMMENDATIONS.ptr, RECOMMENDATIONS.helo, RECOMMENDATIONS.spf, RECOMMENDATIONS.authentication, RECOMMENDATIONS.webForms, RECOMMENDATIONS.notTrusted];

/** The text directive's parts, split on the delimiters before decoding (so an escaped "-" or "," stays in its part). */
function directiveParts(url: string): string[] {
  const fragment = new URL(url).hash;
  expect(fragment.startsWith('#:~:text=')).toBe(true);
  return fragment.slice('#:~:text='.length).split(',').map((part) => decodeURIComponent(part.replace(/^-/, '')));
}

describe('sourceLink', () => {
  it.each(['en', 'fr'] as const)('links each of the article\'s recommendations to its heading in the %s article with a text fragment', (lang) => {
    for (const recommendation of LINKED) {
      const url = sourceLink(recommendation, lang);
      const heading = articleHeading(recommendation.id, lang);
      expect(heading, recommendation.id).toBeDefined();
      expect(STORED_ARTICLE[lang]).toContain(heading?.text);
      expect(url?.startsWith(`https://support.zendesk.com/hc/${lang === 'en' ? 'en-us' : 'fr'}/articles/4412991936922#:~:text=`)).toBe(true);
      const [start, suffix, ...rest] = directiveParts(url ?? '');
      expect(start).toBe(heading?.text);
      expect(rest).toEqual([]);
      // A suffix is the words that follow the heading in the section, not in the contents list.
      if (suffix !== undefined) expect(STORED_ARTICLE[lang]).toContain(`${heading?.text}\n${suffix}`);
    }
  });

  it('escapes "-", "," and "&" inside a part, so "e-mails" and "HELO and EHLO" stay one part each', () => {
    const french = sourceLink(RECOMMENDATIONS.ptr, 'fr') ?? '';
    expect(french).toContain('e%2Dmails');
    expect(new URL(french).hash.split(',')).toHaveLength(2);
    expect(sourceLink(RECOMMENDATIONS.helo, 'en')).toBe('https://support.zendesk.com/hc/en-us/articles/4412991936922#:~:text=Recommendation%202%3A%20Setup%20HELO%20and%20EHLO%20greeting%20hostname,-HELO%20name%20is%20used');
    for (const recommendation of LINKED) {
      for (const lang of ['en', 'fr'] as const) {
        const directive = new URL(sourceLink(recommendation, lang) ?? '').hash.slice('#:~:text='.length);
        expect(directive).not.toMatch(/&|-(?!HELO|Ensure|V%C3%A9rifiez)/);
      }
    }
  });

  it('opens the article at its top where it has no heading to link: ARC (no recommendation 5) and the suspension causes', () => {
    expect(sourceLink(RECOMMENDATIONS.arc, 'en')).toBe('https://support.zendesk.com/hc/en-us/articles/4412991936922');
    expect(sourceLink(RECOMMENDATIONS.arc, 'fr')).toBe('https://support.zendesk.com/hc/fr/articles/4412991936922');
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
