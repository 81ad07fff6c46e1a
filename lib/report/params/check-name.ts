// The checks by name, as the Report's slots, the progress events and the findings' params name them. It
// lives here, below the Report's types, so that params can name a check without importing the Report.
export type CheckName = 'iprev' | 'helo' | 'spf' | 'dkim' | 'dmarc' | 'arc' | 'domains';
