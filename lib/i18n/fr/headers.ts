// Mots français des constats sur les en-têtes et les domaines (formulaires web et scripts, messages non
// fiables), du correctif d'en-tête, et des raisons des analyseurs qu'ils citent (adresse, date, domaine).
import type { LocalPartProblem } from '../../headers/check-local-part';
import type { AddressProblem } from '../../headers/parse-address-list';
import type { DateProblem } from '../../headers/parse-date';
import type { DomainNameProblem } from '../../headers/to-ascii-domain';
import type { HeadersParams } from '../../report/params/headers';
import type { FindingTextsOf } from '../catalog';
import { FIELD_NAMES } from '../field-names';

export function domainNameProblem(problem: DomainNameProblem): string {
  switch (problem.kind) {
    case 'empty':
      return 'le domaine est vide';
    case 'too-long':
      return problem.length === undefined ? `le domaine dépasse ${problem.max} caractères` : `le domaine fait ${problem.length} caractères, au-delà de ${problem.max}`;
    case 'label-too-long':
      return `un label dépasse ${problem.max} caractères`;
    case 'invalid-character':
      return `caractère interdit dans le domaine « ${problem.domain} »`;
    case 'not-a-domain':
      return `« ${problem.domain} » n'est pas un nom de domaine valide`;
    case 'empty-label':
      return `label vide dans le domaine « ${problem.domain} »`;
    case 'bad-label':
      return `« ${problem.label} » n'est pas un label valide`;
    case 'address-literal':
      return `${problem.domain} est une adresse IP littérale, pas un nom de domaine`;
  }
}

function localPartProblem(problem: LocalPartProblem): string {
  switch (problem.kind) {
    case 'unbalanced-quotes':
      return `guillemets non fermés dans la partie locale « ${problem.localPart} »`;
    case 'empty-word':
      return `la partie locale « ${problem.localPart} » contient une partie vide entre deux points`;
    case 'unquoted-character':
      return `« ${problem.character} » n'est permis dans la partie locale « ${problem.localPart} » qu'entre guillemets (RFC 5322 §3.4.1)`;
  }
}

export function addressProblem(problem: AddressProblem): string {
  switch (problem.kind) {
    case 'empty':
      return 'adresse vide';
    case 'no-address':
      return 'aucune adresse entre les chevrons';
    case 'no-at':
      return `pas de « @ » dans l'adresse « ${problem.address} »`;
    case 'empty-local-part':
      return `partie locale vide dans « ${problem.address} »`;
    case 'empty-domain':
      return `domaine vide dans « ${problem.address} »`;
    case 'bad-local-part':
      return localPartProblem(problem.problem);
    case 'bad-domain':
      return domainNameProblem(problem.problem);
  }
}

export function dateProblem(problem: DateProblem): string {
  switch (problem.kind) {
    case 'empty':
      return 'date vide';
    case 'too-long':
      return `texte de date de plus de ${problem.max} caractères`;
    case 'unknown-month':
      return `mois inconnu « ${problem.month} »`;
    case 'no-known-form':
      return 'aucune forme de date connue';
    case 'out-of-range': {
      const part = { month: 'mois', day: 'jour', time: 'heure' }[problem.part];
      return `${part} hors limites`;
    }
    case 'year-out-of-range':
      return `année ${problem.year} hors limites`;
    case 'invalid-instant':
      return 'instant impossible';
  }
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const headers: FindingTextsOf<HeadersParams> = {
  'header.missing': (p) => {
    const name = FIELD_NAMES[p.field];
    const words = p.rule === 'rfc5322'
      ? {
          title: `Le message n'a pas d'en-tête ${name}`,
          explanation: `La RFC 5322 §3.6 exige l'en-tête ${name}.${p.field === 'from' ? ' Sans lui, il n\'y a pas d\'expéditeur à authentifier ; les destinataires le traitent comme un courrier mal formé.' : ''}`,
        }
      : {
          title: `Le formulaire web n'a pas envoyé d'en-tête ${name}`,
          explanation: p.field === 'reply-to'
            ? 'Sans Reply-To, la réponse de l\'agent part vers l\'adresse du formulaire au lieu du visiteur. Renseignez Reply-To avec l\'adresse saisie par le visiteur.'
            : `Un formulaire web doit envoyer un en-tête ${name} bien formé.`,
        };
    return p.cutShort ? { ...words, explanation: `${words.explanation} Le texte collé semble tronqué : l'en-tête manque peut-être seulement dans la copie.` } : words;
  },
  'header.malformed': (p, format) => {
    switch (p.problem) {
      case 'repeated':
        return {
          title: `L'en-tête ${FIELD_NAMES[p.field]} apparaît ${format.count(p.count, { one: 'fois', other: 'fois' })}`,
          explanation: 'La RFC 5322 §3.6 n\'en permet qu\'un. Un second From est un moyen connu de montrer au lecteur un autre expéditeur que celui qui a été authentifié.',
        };
      case 'invalid-address':
        return {
          title: `L'en-tête ${p.field} contient une adresse non valide`,
          explanation: `« ${p.text} » : ${addressProblem(p.reason)}. L'article indique que des adresses d'expéditeur ou de destinataire non valides peuvent faire suspendre ou rejeter le courrier.`,
        };
      case 'more-invalid-addresses':
        return {
          title: `L'en-tête ${p.field} contient ${format.count(p.count, { one: 'autre adresse non valide', other: 'autres adresses non valides' })}`,
          explanation: `Seules les ${format.number(p.listed)} premières sont détaillées une par une ; ${format.count(p.count, { one: 'autre adresse du même en-tête n\'est pas valide', other: 'autres adresses du même en-tête ne sont pas valides' })} non plus.`,
        };
      case 'unreadable-date':
        return { title: `La date de l'en-tête ${p.field} est illisible`, explanation: `« ${p.text} » : ${dateProblem(p.reason)}.` };
      case 'web-form-field':
        return { title: `L'en-tête ${FIELD_NAMES[p.field]} est mal formé`, explanation: `Un formulaire web doit envoyer un en-tête ${FIELD_NAMES[p.field]} valide.` };
      case 'invalid-domain':
        return {
          title: `« ${p.domain} » (${format.list(p.roles.map((role) => FIELD_NAMES[role]))}) n'est pas un nom de domaine valide`,
          explanation: `${capitalized(domainNameProblem(p.reason))}.`,
        };
    }
  },
  'domain.nonexistent': (p, format) => ({
    title: `Le domaine ${p.domain} (${format.list(p.roles.map((role) => FIELD_NAMES[role]))}) n'existe pas`,
    explanation: `Le DNS répond NXDOMAIN pour ${p.domain}. Un courrier venant d'un domaine inexistant est probablement falsifié ou mal configuré ; Zendesk peut le suspendre ou le rejeter.`,
  }),
  'webform.detected': (p, format) => ({
    title: 'Le message a été envoyé par un formulaire web ou un script',
    explanation: `${format.list(p.fields)} ${format.plural(p.fields.length, { one: 'le montre', other: 'le montrent' })}. Zendesk demande aux formulaires web d'envoyer des messages conformes à la RFC 5322, avec des en-têtes Subject, From, To et Reply-To (l'adresse du visiteur) bien formés, depuis un serveur doté d'un enregistrement PTR, d'un nom HELO résolvable, de SPF, d'une signature DKIM et de DMARC.`,
  }),
};

/** Le correctif d'en-tête : celui qu'un formulaire web oublie le plus souvent. */
export const headerFix = (): string => 'Faites renseigner par le formulaire l\'en-tête Reply-To avec l\'adresse du visiteur (et gardez From dans votre propre domaine, pour que SPF, DKIM et DMARC réussissent toujours).';
