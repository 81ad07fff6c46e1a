// "What if I publish this record?": a zone in front of a live resolver. A name and type the zone holds
// is answered from the zone; everything else goes to the live resolver unchanged.
import { normalizeName } from './normalize-name';
import type { Zone } from './zone';
import { ZoneResolver } from './zone-resolver';
import type { DnsResult, QueryOptions, RecordType, Resolver } from './types';

export function overlayZone(zone: Zone, live: Resolver, zoneLabel = 'zone overlay'): Resolver {
  const fromZone = new ZoneResolver(zone, zoneLabel);
  return {
    label: `${zoneLabel} over ${live.label}`,
    // Over no DNS at all, the zone's records are the only DNS there is: a zone, as --zone is.
    mode: live.mode === 'offline' ? 'zone' : live.mode,
    async query(rawName: string, type: RecordType, options?: QueryOptions): Promise<DnsResult> {
      const normalized = normalizeName(rawName);
      if (!normalized.ok) return live.query(rawName, type, options);
      const types = zone.get(normalized.name);
      // A CNAME in the zone stands for every type at that name (RFC 1034 §3.6.2), so it overlays them all.
      const covered = types !== undefined && (types.has(type) || (type !== 'CNAME' && types.has('CNAME')));
      if (!covered) return live.query(rawName, type, options);
      const result = await fromZone.query(normalized.name, type);
      // The zone's alias may point at a name the zone does not hold: the chain continues live.
      const target = result.kind === 'answer' && result.rcode === 'NXDOMAIN' ? result.cnameChain.at(-1) : undefined;
      if (result.kind !== 'answer' || target === undefined) return result;
      const rest = await live.query(target, type, options);
      if (rest.kind === 'failure') return { ...rest, name: result.name };
      return { ...rest, name: result.name, cnameChain: [...result.cnameChain, ...rest.cnameChain] };
    },
  };
}
