// French words of a refused zone file or resolver choice (lib/i18n/dns.ts).
import type { ZoneRecordShape } from '../../dns/zone';
import type { DnsSetupTexts } from '../dns';

const SHAPE: Record<ZoneRecordShape, string> = {
  address: 'une adresse entre guillemets',
  name: 'un nom entre guillemets',
  txt: 'une chaîne ou un tableau de chaînes de caractères',
  mx: '{ "preference": nombre, "exchange": nom }',
};

export const dnsSetup: DnsSetupTexts = {
  zoneProblem: (problem) => {
    switch (problem.kind) {
      case 'not-an-object':
        return 'une zone doit être un objet JSON dont les clés sont des noms';
      case 'types-not-an-object':
        return `${problem.name} : un objet de types d'enregistrement est attendu`;
      case 'unsupported-type':
        return `${problem.name} : type d'enregistrement non pris en charge (${problem.type})`;
      case 'bad-record':
        return `${problem.name} ${problem.type} : ${SHAPE[problem.expected]} est attendu`;
      case 'unreadable':
        return `lecture impossible (${problem.code})`;
      case 'not-json':
        return `ce n'est pas du JSON valide (${problem.detail})`;
    }
  },
  resolverProblem: (problem, format) => {
    switch (problem.kind) {
      case 'not-a-url':
        return `« ${problem.value} » n'est ni cloudflare, ni google, ni quad9, ni une URL`;
      case 'not-https':
        return `l'URL du résolveur doit commencer par https: (${problem.protocol} n'est accepté que pour 127.0.0.1 et localhost)`;
      case 'has-query':
        return 'l\'URL du résolveur ne doit pas contenir de paramètres : le paramètre dns s\'y ajoute';
      case 'bad-timeout':
        return `le délai doit être un nombre positif de millisecondes, et non ${format.number(problem.timeoutMs)}`;
      case 'bad-fallback':
        return `résolveur de secours : ${dnsSetup.resolverProblem(problem.problem, format)}`;
    }
  },
};
