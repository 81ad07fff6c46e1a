// The facts of the spoofing-signs finding (identity.mismatch): which of the message's identities point to
// an organization other than the author's. Facts, never sentences: the catalogs word them
// (lib/i18n/en/identity.ts, lib/i18n/fr/identity.ts).

/** One sign that the identities disagree. */
export type IdentitySign =
  /** RFC 5322 §3.6.2: replies go to the Reply-To address, here in another organization than the From domain. */
  | { kind: 'reply-to'; domain: string }
  /**
   * Nothing ties the message to the From domain: the bounce address (RFC 5321 MAIL FROM, the Return-Path)
   * and every DKIM signing domain are in other organizations, and the From domain's DMARC policy fails
   * (RFC 7489 §3.1). Without a DMARC policy the domain claims nothing, so it is no sign.
   */
  | { kind: 'envelope'; returnPath: string; dkimDomains: string[] }
  /**
   * Not a sign, a note: the Reply-To is the mailing list's doing (RFC 2919 List-Id, RFC 2369 List-Post), and an
   * authenticated one (docs/verdict-rules.md, "Mailing lists"). `repliesTo` is 'list' when Reply-To is in the
   * list's organization, 'author' when the list put its own address in From and the author's in Reply-To
   * (the rewriting of From that RFC 7960 describes for lists whose authors publish a DMARC policy).
   */
  | { kind: 'list-reply'; domain: string; list: string; repliesTo: 'list' | 'author' };

export interface IdentityParams {
  /** From, Reply-To, Return-Path and DKIM d= in unrelated organizations (docs/verdict-rules.md). */
  'identity.mismatch': { from: string; signs: IdentitySign[] };
}
