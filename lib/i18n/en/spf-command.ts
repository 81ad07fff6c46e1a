// English words of `mailtrust spf`'s human output.
import type { SpfCommandTexts } from '../spf-command';

export const spfCommand: SpfCommandTexts = {
  heading: (result, sender, ip) => `SPF ${result} for ${sender} from ${ip}`,
  matched: (term, domain) => `matched: ${term} (in the record of ${domain})`,
  matchedNothing: 'matched: nothing; the default result is neutral',
  reason: 'reason',
  explanation: 'explanation',
  trace: 'trace',
  limits: (lookups, voidLookups, format) => `DNS-querying terms: ${format.number(lookups)} of 10, void lookups: ${format.number(voidLookups)} of 2`,
  noRecord: '(no SPF record)',
};
