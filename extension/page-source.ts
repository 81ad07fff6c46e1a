// Reading a message's raw source out of the page the user right-clicked. Both functions below are sent
// into that page by scripting.executeScript, so each must be self-contained: no imports, no closures.

export type PageSourceResult =
  | { ok: true; text: string; from: 'gmail-original' | 'outlook-source' | 'plain-text' | 'pre-block' }
  | { ok: false; reason: 'no-source' };

/**
 * Runs in the page. Known views first (Gmail's "Show original", Outlook on the web's message source,
 * a .eml opened as plain text), then the largest <pre> or <textarea> that reads as a header block.
 */
export function extractMessageSource(): PageSourceResult {
  // A header block: at least three "Name: value" lines at the start of lines, one of them a field every message has.
  const looksLikeHeaders = (text: string): boolean => {
    const head = text.slice(0, 200_000);
    const fields = head.match(/^[!-9;-~]{1,76}:[ \t]?\S/gm) ?? [];
    return fields.length >= 3 && /^(?:received|from|date|message-id|return-path|dkim-signature|subject):/im.test(head);
  };
  const textOf = (element: Element | null): string => {
    if (!element) return '';
    return element instanceof HTMLTextAreaElement ? element.value : (element as HTMLElement).innerText || element.textContent || '';
  };

  const gmail = document.getElementById('raw_message_text');
  if (gmail && looksLikeHeaders(textOf(gmail))) return { ok: true, text: textOf(gmail), from: 'gmail-original' };

  // Outlook on the web shows "View message source" in a dialog; its text sits in a <pre> or a read-only textarea.
  const outlook = document.querySelector('[role="dialog"] pre, [role="dialog"] textarea');
  if (outlook && looksLikeHeaders(textOf(outlook))) return { ok: true, text: textOf(outlook), from: 'outlook-source' };

  // A .eml opened in a tab: the browser shows plain text as a document whose body is a single <pre>.
  if (document.contentType === 'text/plain' || document.contentType === 'message/rfc822') {
    const body = document.body ? textOf(document.body) : '';
    if (looksLikeHeaders(body)) return { ok: true, text: body, from: 'plain-text' };
  }

  const blocks = [...document.querySelectorAll('pre, textarea')]
    .map((element) => textOf(element))
    .filter(looksLikeHeaders)
    .sort((a, b) => b.length - a.length);
  return blocks[0] !== undefined ? { ok: true, text: blocks[0], from: 'pre-block' } : { ok: false, reason: 'no-source' };
}

export type LinkFetchResult =
  | { ok: true; text: string; contentType: string }
  | { ok: false; status: number | null; message: string };

/**
 * Runs in the page: fetches a linked message (a helpdesk's "download original email") with the page's own
 * session cookies, which only the page holds. The extension itself has no access to that site.
 */
export async function fetchLinkedMessage(url: string): Promise<LinkFetchResult> {
  try {
    const response = await fetch(url, { credentials: 'include' });
    if (!response.ok) return { ok: false, status: response.status, message: `${response.status} ${response.statusText}`.trim() };
    return { ok: true, text: await response.text(), contentType: response.headers.get('content-type') ?? '' };
  } catch (error) {
    return { ok: false, status: null, message: String(error) };
  }
}
