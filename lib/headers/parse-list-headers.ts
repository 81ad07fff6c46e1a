// A mailing list names itself in the fields it adds: List-Id (RFC 2919) and List-Post (RFC 2369 §3.4).
// List-Unsubscribe alone is not read as a list: every newsletter carries it (RFC 8058 one-click), and a
// newsletter does not send replies to an author the way a discussion list does.
import { unfold, type HeaderField } from './header-field';

export interface MailingList {
  /** RFC 2919 §2: the list-id between angle brackets (list-label "." namespace), lower case; null without List-Id. */
  id: string | null;
  /** RFC 2369 §3.4: the posting address of List-Post's first mailto URL; null without one, or for "NO". */
  post: string | null;
  /** The host names the list goes by: its list-id and its posting address's domain. */
  domains: string[];
}

/** The mailing list that relayed the message, from its first List-Id and List-Post fields; null when neither names one. */
export function parseListHeaders(fields: readonly HeaderField[]): MailingList | null {
  const listId = fields.find((field) => field.key === 'list-id');
  const listPost = fields.find((field) => field.key === 'list-post');
  const id = listId ? readListId(unfold(listId.value)) : null;
  const post = listPost ? readPostAddress(unfold(listPost.value)) : null;
  const domains = [...new Set([id, post ? post.slice(post.lastIndexOf('@') + 1) : null].flatMap((name) => (name ? [name] : [])))];
  return domains.length > 0 ? { id, post, domains } : null;
}

/** RFC 2919 §2: `[phrase] "<" list-id ">"`; a dotted name, as the namespace is a domain the list owner controls (§3). */
function readListId(value: string): string | null {
  const id = /<([^<>\s]+)>\s*$/.exec(value)?.[1]?.toLowerCase() ?? null;
  return id && /^[a-z0-9_-]+(\.[a-z0-9_-]+)+$/.test(id) ? id : null;
}

/** RFC 2369 §3.4: `<mailto:list@host>` (parameters after "?" dropped); "NO" means posting is not allowed. */
function readPostAddress(value: string): string | null {
  const url = /<\s*mailto:([^>?\s]+)[^>]*>/i.exec(value)?.[1];
  if (!url) return null;
  const address = percentDecoded(url)?.toLowerCase();
  if (!address) return null;
  const at = address.lastIndexOf('@');
  return at > 0 && at < address.length - 1 ? address : null;
}

/** RFC 6068 §2 lets a mailto address be percent-encoded; a malformed escape is no address. */
function percentDecoded(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
