// The zones the test BIND serves, in master-file format (RFC 1035 §5). The integration tests read
// their expected values from here, so a reader can check them against the records below.

// RFC 2308 §5: a negative answer may be cached for min(SOA TTL, SOA MINIMUM) = min(300, 60) = 60 s.
const SOA = (zone: string) => `@ 300 IN SOA ns1.${zone}. hostmaster.${zone}. 1 3600 600 86400 60`;

/** DNSSEC-signed; the validating resolver holds its key as a trust anchor, so answers carry AD. */
export const SIGNED_ZONE = {
  origin: 'signed.test',
  text: `$TTL 300
${SOA('signed.test')}
@ NS ns1
ns1 A 127.0.0.1
@ A 192.0.2.10
@ AAAA 2001:db8::10
@ MX 10 mx1
@ MX 20 mx2.unsigned.test.
mx1 A 192.0.2.11
@ TXT "v=spf1 ip4:192.0.2.0/24" " -all"
; a DKIM key split into character-strings, as 2048-bit keys are
sel._domainkey TXT "v=DKIM1; k=rsa; p=MIIBIjAN" "BgkqhkiG9w0BAQEFAAOCAQ8A" "MIIBCgKCAQEA"
www CNAME alias
alias CNAME @
v4only A 192.0.2.12
`,
};

/** Not signed: answers never carry AD. The wildcard gives every test its own never-asked name. */
export const UNSIGNED_ZONE = {
  origin: 'unsigned.test',
  text: `$TTL 300
${SOA('unsigned.test')}
@ NS ns1
ns1 A 127.0.0.1
@ A 192.0.2.20
@ TXT "v=spf1 -all"
mx2 A 192.0.2.21
* A 192.0.2.99
`,
};

/** Signed, then one signature is damaged after signing: the validator answers SERVFAIL for that name. */
export const BROKEN_ZONE = {
  origin: 'broken.test',
  text: `$TTL 300
${SOA('broken.test')}
@ NS ns1
ns1 A 127.0.0.1
@ A 192.0.2.30
bad A 192.0.2.31
`,
  damagedOwner: 'bad.broken.test.',
};

/** Reverse zone for 192.0.2.0/24 (RFC 5737 TEST-NET-1). */
export const REVERSE_ZONE = {
  origin: '2.0.192.in-addr.arpa',
  text: `$TTL 300
@ 300 IN SOA ns1.unsigned.test. hostmaster.unsigned.test. 1 3600 600 86400 60
@ NS ns1.unsigned.test.
10 PTR signed.test.
`,
};
