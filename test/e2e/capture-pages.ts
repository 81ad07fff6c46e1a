// The local web pages the right-click capture tests open (node:http on 127.0.0.1): a page imitating Gmail's
// "Show original", a helpdesk page whose "original email" link needs the page's session cookie, a .eml
// shown as plain text, pages with the headers in a <pre> or a dialog's textarea, and a page with none.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { E2eFixtures } from './messages';

const SESSION = 'session=agent-42';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function pages(fixtures: E2eFixtures): Record<string, { type: string; body: string; needsSession?: boolean }> {
  return {
    '/gmail-original': {
      type: 'text/html; charset=utf-8',
      body: `<!doctype html><html><body><div class="header"><table><tr><td>Message ID</td><td>&lt;monthly@signed.test&gt;</td></tr></table></div>
        <pre class="raw_message" id="raw_message_text">${escapeHtml(fixtures.direct)}</pre></body></html>`,
    },
    '/ticket/77': {
      type: 'text/html; charset=utf-8',
      body: `<!doctype html><html><body><h1>Ticket #77</h1><pre>not headers, just a log line: 12:00 ok</pre>
        <a id="original" href="/ticket/77/original.eml">Download original email</a></body></html>`,
    },
    '/ticket/77/original.eml': { type: 'message/rfc822', body: fixtures.forwarded, needsSession: true },
    '/raw.eml': { type: 'text/plain; charset=utf-8', body: fixtures.direct },
    '/helpdesk-view': {
      type: 'text/html; charset=utf-8',
      body: `<!doctype html><html><body><pre>short</pre><div><pre>${escapeHtml(fixtures.forwarded.split('\r\n\r\n')[0]!)}</pre></div></body></html>`,
    },
    '/owa': {
      type: 'text/html; charset=utf-8',
      body: `<!doctype html><html><body><div role="main"><pre>Inbox</pre></div>
        <div role="dialog" aria-label="Message source"><textarea readonly>${escapeHtml(fixtures.direct)}</textarea></div></body></html>`,
    },
    '/nothing': { type: 'text/html; charset=utf-8', body: '<!doctype html><html><body><p>Nothing here.</p></body></html>' },
  };
}

export interface CapturePages {
  /** http://127.0.0.1:PORT */
  origin: string;
  close(): Promise<void>;
}

export async function startCapturePages(fixtures: E2eFixtures): Promise<CapturePages> {
  const routes = pages(fixtures);
  const server = createServer((request, response) => {
    const route = routes[new URL(request.url ?? '/', 'http://127.0.0.1').pathname];
    if (!route) return void response.writeHead(404).end('not found');
    // The helpdesk's download needs the agent's session, which only the page's own requests carry.
    if (route.needsSession && !(request.headers.cookie ?? '').includes(SESSION)) return void response.writeHead(403).end('sign in first');
    response.writeHead(200, { 'content-type': route.type, ...(route.needsSession ? {} : { 'set-cookie': `${SESSION}; Path=/; SameSite=Lax` }) });
    response.end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
