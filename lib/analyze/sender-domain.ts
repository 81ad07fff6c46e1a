// Which domain a hop's server is expected to belong to.
import type { HopInput } from './check-module';
import type { StaticPart } from './read-static';

/**
 * A forwarder's server is not expected to be named inside the author's domain: the "inside the sender's
 * domain" and MX tests apply to the author's own server (the origin, or an unforwarded edge).
 */
export function senderDomainOf(hop: HopInput, part: StaticPart): string | undefined {
  return hop.hop === 'edge' && part.path.forwarding.detected ? undefined : part.fromDomain ?? undefined;
}
