// A realistic wide SPF record: 9 includes (CRM, helpdesk, marketing, payroll, calendar SaaS...), two
// of them nesting a further include, so 11 include terms in all and an include tree two deep. The
// client IP is authorised by the 8th provider, which an evaluation reaches at exactly 10 DNS-querying
// terms (RFC 7208 §4.6.4): a pass at the limit, as many real domains are.
export const WIDE_SPF_DOMAIN = 'wide.example';
export const WIDE_SPF_IP = '192.0.2.7';
/** Nesting depth of the include tree. */
export const WIDE_SPF_DEPTH = 2;

export function wideSpfZone(): Record<string, Record<string, unknown>> {
  const providers = Array.from({ length: 9 }, (_, i) => `spf.p${i}.example`);
  const zone: Record<string, Record<string, unknown>> = {
    [WIDE_SPF_DOMAIN]: { TXT: `v=spf1 ${providers.map((p) => `include:${p}`).join(' ')} -all` },
  };
  providers.forEach((provider, i) => {
    zone[provider] = { TXT: `v=spf1 ip4:198.51.100.${i * 8}/29 ~all` };
  });
  for (const i of [2, 5]) {
    zone[`spf.p${i}.example`] = { TXT: `v=spf1 include:_n.spf.p${i}.example ~all` };
    zone[`_n.spf.p${i}.example`] = { TXT: `v=spf1 ip4:203.0.113.${i * 8}/29 ip6:2001:db8:${i}::/48 ~all` };
  }
  zone['spf.p7.example'] = { TXT: 'v=spf1 ip4:192.0.2.0/28 ~all' };
  return zone;
}
