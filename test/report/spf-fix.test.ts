// The SPF fix is the sender's current record with the IP added where it takes effect (RFC 7208 §4.6.2:
// mechanisms after "all" are never reached; §6.1: redirect= applies only when no mechanism matched).
import { describe, expect, it } from 'vitest';
import { addMechanism } from '../../lib/report/findings/spf';

describe('addMechanism', () => {
  it('inserts before the all term and keeps its qualifier', () => {
    expect(addMechanism('v=spf1 mx include:_spf.google.com ~all', 'ip4:192.0.2.7')).toBe('v=spf1 mx include:_spf.google.com ip4:192.0.2.7 ~all');
    expect(addMechanism('v=spf1 -all', 'ip6:2001:db8::1')).toBe('v=spf1 ip6:2001:db8::1 -all');
    expect(addMechanism('v=spf1 a ?ALL', 'ip4:192.0.2.7')).toBe('v=spf1 a ip4:192.0.2.7 ?ALL');
  });

  it('inserts before redirect=, and appends when the record has neither', () => {
    expect(addMechanism('v=spf1 a redirect=_spf.example.net', 'ip4:192.0.2.7')).toBe('v=spf1 a ip4:192.0.2.7 redirect=_spf.example.net');
    expect(addMechanism('v=spf1  a   mx', 'ip4:192.0.2.7')).toBe('v=spf1 a mx ip4:192.0.2.7');
  });

  it('leaves an exp= modifier where it is', () => {
    expect(addMechanism('v=spf1 a -all exp=why.example.com', 'ip4:192.0.2.7')).toBe('v=spf1 a ip4:192.0.2.7 -all exp=why.example.com');
  });
});
