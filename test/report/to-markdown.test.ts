// The Markdown note is pasted into a ticket: whatever the sender put in the headers must stay text.
import { describe, expect, it } from 'vitest';
import { codeBlock, escapeInline } from '../../lib/report/escape-markdown';
import { reportToMarkdown } from '../../lib/i18n/markdown-note';
import { OfflineResolver } from '../../lib/dns/offline-resolver';
import { analyze } from '../../lib/analyze';

describe('escapeInline', () => {
  it('turns link, image, emphasis and HTML syntax into literal text', () => {
    expect(escapeInline('[click](https://evil.example)')).toBe('\\[click\\](https\\://evil.example)');
    expect(escapeInline('![x](y) <img src=x onerror=alert(1)> *bold* _it_ `code` &amp; ~~s~~ a|b')).not.toMatch(/(^|[^\\])[[\]<>*_`&~|]/);
  });

  it('breaks the autolinks of GitHub-style Markdown: www., scheme://, addresses', () => {
    expect(escapeInline('see www.evil.example or alice@evil.example')).toBe('see www\\.evil.example or alice\\@evil.example');
  });

  it('cannot start a block: list markers, headings, setext underlines', () => {
    expect(escapeInline('- item')).toBe('\\- item');
    expect(escapeInline('1. first')).toBe('1\\. first');
    expect(escapeInline('===')).toBe('\\===');
    expect(escapeInline('# title')).toBe('\\# title');
  });

  it('leaves ordinary punctuation readable', () => {
    expect(escapeInline("SPF fails: example.com doesn't authorise 192.0.2.1, (see RFC 7208).")).toBe("SPF fails: example.com doesn't authorise 192.0.2.1, (see RFC 7208).");
  });

  it('keeps everything on one line (a newline would start a new Markdown block)', () => {
    expect(escapeInline('a\r\n# heading\nb')).toBe('a \\# heading b');
  });
});

describe('codeBlock', () => {
  it('uses a fence longer than any backtick run inside, so the text cannot close it', () => {
    const block = codeBlock('Subject: ```` end\r\nnext');
    expect(block.split('\n')[0]).toBe('`````text');
    expect(block.split('\n').at(-1)).toBe('`````');
    expect(block).toContain('Subject: ```` end\nnext');
  });
});

describe('reportToMarkdown', () => {
  it('shows the verdict and findings, with a hostile subject and From inert', async () => {
    const raw = [
      'From: "[Reset password](https://evil.example/x)" <mailer-daemon@evil.example>',
      'To: support@example.com',
      'Subject: <script>alert(1)</script> **urgent** [link](https://evil.example)',
      'Date: Fri, 20 Nov 2026 10:00:00 +0000',
      '',
      'body',
    ].join('\r\n');
    const report = await analyze(raw, { resolver: new OfflineResolver(), now: new Date('2026-11-20T12:00:00Z') });
    const markdown = reportToMarkdown(report);
    expect(markdown.startsWith('### MailTrust: Likely suspended\n')).toBe(true);
    expect(markdown).toContain('`system.sender`');
    // Outside code fences no markup survives; the header as received appears only inside a fence.
    const outsideFences = markdown.replace(/^( *)(`{3,})text\n[\s\S]*?\n\1\2$/gm, '');
    expect(outsideFences).not.toContain('<script>');
    expect(outsideFences).not.toContain('](https://evil');
    expect(markdown).toMatch(/ {2}```text\n {2}From: "\[Reset password\]\(https:\/\/evil\.example\/x\)" <mailer-daemon@evil\.example>\n {2}```/);
    expect(markdown).toContain('\\<script\\>alert(1)\\</script\\> \\*\\*urgent\\*\\*');
  });
});
