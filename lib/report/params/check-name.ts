// The checks by name, as the Report's slots, the progress events and the findings' params name them. It
// lives here, below the Report's types, so that params can name a check without importing the Report.

/** The checks run for each sending hop (the edge, and the origin when forwarded): the HopChecks fields. */
export type HopCheckName = 'iprev' | 'helo' | 'spf';

/** Every check over DNS, by the Report field that holds its result (lib/analyze/registry.ts runs them). */
export type CheckName = HopCheckName | 'dkim' | 'dmarc' | 'arc' | 'domains' | 'mx';
