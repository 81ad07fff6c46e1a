// French words of `mailtrust spf`'s human output.
import type { SpfCommandTexts } from '../spf-command';

export const spfCommand: SpfCommandTexts = {
  heading: (result, sender, ip) => `SPF ${result} pour ${sender} depuis ${ip}`,
  matched: (term, domain) => `terme retenu : ${term} (dans l'enregistrement de ${domain})`,
  matchedNothing: 'terme retenu : aucun ; le résultat par défaut est neutral',
  reason: 'raison',
  explanation: 'explication',
  trace: 'trace',
  limits: (lookups, voidLookups, format) => `termes qui interrogent le DNS : ${format.number(lookups)} sur 10, requêtes sans réponse : ${format.number(voidLookups)} sur 2`,
  noRecord: '(pas d\'enregistrement SPF)',
};
