// The Markdown note through real renderers, HTML enabled as the most permissive ticket systems have it:
// markdown-it (html and linkify on) and micromark with GFM (autolink literals, allowDangerousHtml).
// Whatever a sender puts in the header fields or a DNS operator in a record, the rendered note holds no
// raw HTML and no link that MailTrust did not write, and control and bidi characters show as text.
import MarkdownIt from 'markdown-it';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { codeBlock, escapeInline } from '../../lib/report/escape-markdown';
import { reportToMarkdown } from '../../lib/i18n/render/markdown-note';
import { message, RECEIVER, received, run, zoneResolver } from '../analyze/scenario-kit';

const markdownIt = new MarkdownIt({ html: true, linkify: true });

function micromarkHtml(markdown: string): string {
  return micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
}

/** Every token markdown-it made, inline children included. */
function markdownItTokens(markdown: string) {
  return markdownIt.parse(markdown, {}).flatMap((token) => [token, ...(token.children ?? [])]);
}

// The links MailTrust writes itself: the Zendesk article or RFC section a finding cites (lib/i18n/render/source-link.ts).
const OWN_SOURCE = /^https:\/\/(support\.zendesk\.com\/hc\/(en-us|fr)\/articles\/\d+|www\.rfc-editor\.org\/rfc\/rfc\d+(#section-[\d.]+)?)$/;

function expectInert(markdown: string): void {
  const tokens = markdownItTokens(markdown);
  expect(tokens.filter((token) => token.type === 'html_block' || token.type === 'html_inline').map((token) => token.content)).toEqual([]);
  const links = tokens.filter((token) => token.type === 'link_open' || token.type === 'image').map((token) => token.attrGet('href') ?? token.attrGet('src'));
  expect(links.filter((href) => !OWN_SOURCE.test(String(href ?? '')))).toEqual([]);
  const html = micromarkHtml(markdown).replace(/<a href="([^"]*)">([^<]*)<\/a>/g, (anchor: string, ...groups: string[]) => (OWN_SOURCE.test(groups[0] ?? '') ? (groups[1] ?? '') : anchor));
  expect(html).not.toMatch(/<(a|img|script|iframe|svg|details|style)\b/i);
  expect(html).not.toMatch(/<[^>]*\son\w+=/i);
  // eslint-disable-next-line no-control-regex -- the rendered note must not carry raw controls
  expect(html).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
}

const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  'lone CR\r<img src=x onerror=alert(2)>',
  'CR in a list item\r\n\r<script>alert(3)</script>',
  '_www.example-evil.com/login',
  '*www.example-evil.com/login',
  '(www.example-evil.com)',
  'phish@example-evil.com',
  'https://example-evil.com/login',
  '[click](javascript:alert(4))',
  '![x](https://example-evil.com/pixel.png)',
  '<https://example-evil.com>',
  '&lt;img src=x onerror=alert(5)&gt;',
  'ESC \u001b[31mred\u001b[0m BEL \u0007 CSI \u009b31m OSC \u001b]8;;https://example-evil.com\u001b\\link\u001b]8;;\u001b\\',
  'bidi \u202egnp.exe\u202c and \u2066isolate\u2069',
];

describe('escapeInline and codeBlock through markdown-it and micromark+GFM', () => {
  it.each(PAYLOADS.map((payload) => ({ payload, shown: JSON.stringify(payload) })))('inline $shown', ({ payload }) => {
    expectInert(`- Subject: ${escapeInline(payload)}`);
  });

  it.each(PAYLOADS.map((payload) => ({ payload, shown: JSON.stringify(payload) })))('fenced inside a list item $shown', ({ payload }) => {
    const block = codeBlock(`Subject: ${payload}`).split('\n').map((line) => `  ${line}`).join('\n');
    const markdown = `- finding\n\n${block}\n\n- next finding`;
    expectInert(markdown);
    // The list keeps its two items: a lone CR did not end the first one.
    expect(markdownItTokens(markdown).filter((token) => token.type === 'list_item_open')).toHaveLength(2);
  });

  it('control and bidi characters are spelled out, not passed through', () => {
    expect(escapeInline('a\u001bb\u0007c\u009bd')).toBe('a\\\\x1bb\\\\x07c\\\\x9bd');
    expect(micromarkHtml(escapeInline('x\u202ey'))).toBe('<p>x&lt;U+202E&gt;y</p>');
    expect(codeBlock('a\rb\r\nc')).toBe('```text\na\nb\nc\n```');
  });
});

describe('a whole report of a hostile message', () => {
  it('renders inert in both renderers', async () => {
    const hostile = (index: number) => PAYLOADS[index % PAYLOADS.length] ?? '';
    const raw = message([
      ...received([{ helo: `evil\u001b[2J.example-evil.com`, ip: '198.51.100.10', by: RECEIVER }]),
      `From: "${hostile(0)} \u202e" <phish@example-evil.com>`,
      `To: support@helpdesk.zendesk-inbound.net`,
      `Subject: ${hostile(1)} ${hostile(3)} ${hostile(12)}`,
      `Reply-To: ${hostile(6)}`,
      'Date: Fri, 20 Nov 2026 10:00:00 +0000',
      'Message-ID: <m1@example-evil.com>',
    ]);
    const zone = zoneResolver({ 'example-evil.com': { TXT: [`v=spf1 ${hostile(0)} include:_www.example-evil.com/login -all`] } });
    const markdown = reportToMarkdown(await run(raw, zone));
    expectInert(markdown);
  });
});
