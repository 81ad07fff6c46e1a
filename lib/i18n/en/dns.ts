// English words of a refused zone file or resolver choice (lib/i18n/dns.ts).
import type { ZoneRecordShape } from '../../dns/zone';
import type { DnsSetupTexts } from '../dns';

const SHAPE: Record<ZoneRecordShape, string> = {
  address: 'an address string',
  name: 'a name string',
  txt: 'a string or an array of character-strings',
  mx: '{ "preference": number, "exchange": name }',
};

export const dnsSetup: DnsSetupTexts = {
  zoneProblem: (problem) => {
    switch (problem.kind) {
      case 'not-an-object':
        return 'a zone must be a JSON object of names';
      case 'types-not-an-object':
        return `${problem.name}: expected an object of record types`;
      case 'unsupported-type':
        return `${problem.name}: unsupported record type ${problem.type}`;
      case 'bad-record':
        return `${problem.name} ${problem.type}: expected ${SHAPE[problem.expected]}`;
      case 'unreadable':
        return `could not be read (${problem.code})`;
      case 'not-json':
        return `not valid JSON (${problem.detail})`;
    }
  },
  resolverProblem: (problem, format) => {
    switch (problem.kind) {
      case 'not-a-url':
        return `"${problem.value}" is neither cloudflare, google, quad9 nor a URL`;
      case 'not-https':
        return `the resolver URL must use https: (${problem.protocol} is only accepted for 127.0.0.1 and localhost)`;
      case 'has-query':
        return 'the resolver URL must not carry a query string: the dns parameter goes there';
      case 'bad-timeout':
        return `timeout must be a positive number of milliseconds, not ${format.number(problem.timeoutMs)}`;
      case 'bad-fallback':
        return `fallback: ${dnsSetup.resolverProblem(problem.problem, format)}`;
    }
  },
};
