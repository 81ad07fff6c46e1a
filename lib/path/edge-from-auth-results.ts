// When every Received hop is inside one system (a provider's internal chain: private addresses, loopback
// filters), the receiver's own Authentication-Results still name the client it judged: iprev's
// smtp.remote-ip / policy.iprev (RFC 8601 §2.7.3), or a client-ip property. That client is the edge, and
// the report says it came from those results rather than from a Received field.
import type { AuthenticationResults } from '../headers/parse-authentication-results';
import { classifyIp, isExternalScope } from '../net/classify-ip';
import type { PathHop } from './build-hops';
import type { EdgeHop } from './find-edge';
import { organizationOf } from './organization-of';

export interface LocatedResults extends Pick<AuthenticationResults, 'authservId' | 'methods'> {
  line: number;
}

// The properties that carry the connecting client's address, most specific first.
const CLIENT_IP_PROPERTIES = ['smtp.remote-ip', 'policy.iprev', 'smtp.client-ip', 'policy.client-ip', 'smtp.clientip'];

/** The edge named by the receiver's own Authentication-Results; null when none names a public client IP. */
export function edgeFromAuthResults(hops: readonly PathHop[], receiverOrganizations: readonly string[], authResults: readonly LocatedResults[]): EdgeHop | null {
  for (const results of [...authResults].sort((a, b) => a.line - b.line)) {
    const authservOrganization = organizationOf(results.authservId);
    if (!results.authservId || !authservOrganization || !receiverOrganizations.includes(authservOrganization)) continue;
    const properties = results.methods.flatMap((method) => method.properties.map((p) => ({ name: `${p.ptype}.${p.property}`.toLowerCase(), value: p.value })));
    const client = CLIENT_IP_PROPERTIES.flatMap((name) => properties.filter((p) => p.name === name && isPublic(p.value)))[0];
    if (!client) continue;
    const helo = properties.find((p) => p.name === 'smtp.helo')?.value ?? null;
    const receivingHop = hopOf(hops, results.authservId, authservOrganization);
    return {
      hopIndex: receivingHop?.index ?? Math.max(hops.length - 1, 0),
      ip: client.value,
      helo,
      reverseName: null,
      receiver: results.authservId,
      basis: 'first-external',
      reason: { kind: 'auth-results', authservId: results.authservId, property: client.name, line: results.line },
      inferred: true,
    };
  }
  return null;
}

function isPublic(value: string): boolean {
  return isExternalScope(classifyIp(value));
}

/** The oldest hop taken by the authserv-id's host (or, failing that, a host of its organization). */
function hopOf(hops: readonly PathHop[], authservId: string, organization: string): PathHop | null {
  const id = authservId.toLowerCase();
  return hops.find((hop) => hop.by?.name?.toLowerCase() === id) ?? hops.find((hop) => organizationOf(hop.by?.name) === organization) ?? null;
}
