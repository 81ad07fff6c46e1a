// How many round trips a whole analysis costs, counted by a resolver that answers in rounds: the
// independent checks leave together and each dependent chain is asked as early as its RFC allows.
import { describe, expect, it } from 'vitest';
import { inRoundTrips } from '../helpers/round-trip-resolver';
import { WIDE_SPF_DEPTH, WIDE_SPF_DOMAIN, WIDE_SPF_IP, wideSpfZone } from '../helpers/wide-spf-zone';
import { authorHeaders, message, received, RECEIVER, RECEIVER_ZONE, run, zoneResolver } from './scenario-kit';

const raw = message([
  ...received([{ helo: `mail.${WIDE_SPF_DOMAIN}`, ip: WIDE_SPF_IP, by: RECEIVER }]),
  `Return-Path: <bounce@${WIDE_SPF_DOMAIN}>`,
  ...authorHeaders(`alice@${WIDE_SPF_DOMAIN}`),
]);

const zone: Record<string, Record<string, unknown>> = {
  ...RECEIVER_ZONE,
  ...wideSpfZone(),
  [`mail.${WIDE_SPF_DOMAIN}`]: { A: [WIDE_SPF_IP] },
  [`7.2.0.192.in-addr.arpa`]: { PTR: [`mail.${WIDE_SPF_DOMAIN}`] },
  [`_dmarc.${WIDE_SPF_DOMAIN}`]: { TXT: ['v=DMARC1; p=reject'] },
};

describe('a message whose SPF record is wide (11 includes, two deep)', () => {
  it('is analysed in as many round trips as its include tree is deep, plus one', async () => {
    const network = inRoundTrips(zoneResolver({ ...zone, [WIDE_SPF_DOMAIN]: { ...zone[WIDE_SPF_DOMAIN], MX: [{ preference: 10, exchange: `mail.${WIDE_SPF_DOMAIN}` }] } }));
    const report = await run(raw, network);
    expect(report.spf.result).toBe('pass');
    expect(network.rounds).toBe(WIDE_SPF_DEPTH + 1);
  });

  it('asks the SPF record first: its chain is the longest, so its answer must not queue behind the first wave', async () => {
    const network = inRoundTrips(zoneResolver(zone));
    await run(raw, network);
    const firstRound = network.asked.filter((question) => question.round === 1);
    expect(firstRound.length).toBeGreaterThan(3);
    expect(firstRound[0]).toEqual({ name: WIDE_SPF_DOMAIN, type: 'TXT', prefetch: false, round: 1 });
  });

  it('the DNS log marks the queries the SPF check sent ahead, including one the evaluation never needed', async () => {
    const report = await run(raw, zoneResolver(zone));
    const entry = (name: string) => report.dns.queries.find((query) => query.name === name && query.type === 'TXT');
    // The 9th provider comes after the match in the 8th: only the prefetch asked for it.
    expect(entry('spf.p8.example')?.prefetched).toBe(true);
    // Each question went out once, whoever asked first (the SPF prefetch, or the walk of the record that
    // finds the organizations the author's domain hands its mail to, find-mail-organizations.ts).
    expect(report.dns.queries.filter((query) => query.name.startsWith('spf.p')).length).toBe(9);
    // The first record is what the evaluation itself asked for.
    expect(entry(WIDE_SPF_DOMAIN)).toBeDefined();
    expect(entry(WIDE_SPF_DOMAIN)?.prefetched).toBeUndefined();
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});
