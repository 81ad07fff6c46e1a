// Mots français d'une requête DNS restée sans réponse utilisable (lib/i18n/dns-failure.ts).
import type { AnswerProblem, WirePart, WireSection } from '../../dns/answer-problem';
import type { DnsFailureCause, DnsFailureReason } from '../../dns/types';
import { groupAttempts, type DnsFailureTexts } from '../dns-failure';
import type { Format } from '../format';

const PART: Record<WirePart, string> = {
  field: 'd\'un champ d\'en-tête',
  name: 'd\'un nom',
  'record-header': 'd\'un en-tête d\'enregistrement',
  'record-data': 'des données d\'un enregistrement',
  'txt-string': 'd\'une chaîne TXT',
};

const SECTION: Record<WireSection, string> = { answer: 'de réponse', authority: 'd\'autorité', additional: 'additionnels' };

/** Une tentative précédente, en bref, à côté du dernier échec en entier. */
const SHORT: Record<Exclude<DnsFailureReason, 'http-status'>, string> = {
  timeout: 'délai dépassé',
  network: 'erreur réseau',
  'malformed-answer': 'réponse illisible',
  'invalid-name': 'nom invalide',
  offline: 'hors ligne',
  aborted: 'annulée',
};

/** 3000 -> « 3 s », 1500 -> « 1,5 s ». */
export function seconds(ms: number, format: Format): string {
  return `${format.number(Math.round(ms / 100) / 10)} s`;
}

const bytes = (count: number, format: Format) => format.count(count, { one: 'octet', other: 'octets' });
const records = (count: number, format: Format) => format.count(count, { one: 'enregistrement', other: 'enregistrements' });

function answerProblem(p: AnswerProblem, format: Format): string {
  const n = format.number;
  switch (p.problem) {
    case 'content-type':
      return `le serveur a envoyé ${p.contentType === null ? 'une réponse sans Content-Type' : `« ${p.contentType} »`} au lieu de application/dns-message`;
    case 'too-large':
      return p.bytes === null ? `plus que les ${bytes(p.limit, format)} que peut contenir un message DNS` : `${bytes(p.bytes, format)}, au-delà de la limite de ${bytes(p.limit, format)} d'un message DNS`;
    case 'unknown-coding':
      return `le corps est dans un codage (${p.coding}) que ce client ne lit pas`;
    case 'bad-coding':
      return `le corps codé en ${p.coding} ne se décode pas`;
    case 'short-header':
      return `${bytes(p.bytes, format)}, moins qu'un en-tête DNS (12)`;
    case 'truncated':
      return `le message s'arrête au milieu ${PART[p.part]} (octet ${n(p.at)})`;
    case 'missing-records':
      return `l'en-tête annonce ${records(p.counted, format)} ${SECTION[p.section]}, le message en contient ${n(p.found)}`;
    case 'trailing-data':
      return `${bytes(p.bytes, format)} en trop après le dernier enregistrement`;
    case 'forward-pointer':
      return `le pointeur de compression de nom de l'octet ${n(p.at)} pointe vers l'avant`;
    case 'label-type':
      return `type de label inconnu 0x${p.bits.toString(16)} à l'octet ${n(p.at)} (RFC 6891 §5)`;
    case 'name-too-long':
      return `un nom de plus de ${bytes(p.limit, format)} à l'octet ${n(p.at)} (RFC 1035 §3.1)`;
    case 'rdata-length':
      return `les données d'un enregistrement de type ${p.typeCode} font ${bytes(p.read, format)}, son RDLENGTH en annonce ${n(p.rdlength)}`;
    case 'address-length':
      return `un enregistrement ${p.type} de ${bytes(p.rdlength, format)} au lieu de ${p.type === 'A' ? 4 : 16}`;
    case 'name-past-record':
      return 'un nom déborde de son enregistrement';
    case 'empty-txt':
      return 'un enregistrement TXT sans chaîne de caractères';
    case 'txt-past-record':
      return `une chaîne TXT de ${bytes(p.length, format)} déborde de son enregistrement (RDLENGTH ${n(p.rdlength)})`;
    case 'not-a-response':
      return 'le message est une requête, pas une réponse';
    case 'wrong-id':
      return `la réponse porte l'ID ${p.id}, la requête l'ID ${p.expected}`;
    case 'tc-flag':
      return 'la réponse est marquée tronquée (TC)';
    case 'question-count':
      return `la réponse contient ${format.count(p.count, { one: 'question', other: 'questions' })} au lieu d'une`;
    case 'other-question':
      return `la réponse répond à une autre question (${p.name} type ${p.typeCode})`;
    case 'nxdomain-with-records':
      return `NXDOMAIN avec ${records(p.count, format)} ${p.type}`;
    case 'cname-count':
      return `${p.owner} a ${n(p.count)} enregistrements CNAME`;
    case 'cname-loop':
      return `boucle de CNAME : ${p.chain.join(' -> ')}`;
    case 'cname-chain-too-long':
      return `une chaîne de CNAME de plus de ${n(p.limit)} maillons`;
    case 'stray-record':
      return `aucun enregistrement ${p.asked}, mais un enregistrement de type ${p.typeCode} pour ${p.owner}`;
  }
}

function cause(c: DnsFailureCause, format: Format): string {
  switch (c.reason) {
    case 'timeout':
      return c.timeoutMs === null ? 'délai dépassé (le fichier de zone indique TIMEOUT)' : `délai dépassé après ${seconds(c.timeoutMs, format)}`;
    case 'http-status':
      return `le résolveur a répondu HTTP ${c.httpStatus}`;
    case 'network':
      return `le résolveur est injoignable${c.code === null ? '' : ` (${c.code})`}`;
    case 'malformed-answer':
      return `réponse DNS illisible : ${answerProblem(c.problem, format)}`;
    case 'invalid-name':
      return `nom de domaine invalide : ${dnsFailure.nameProblem(c.problem, format)}`;
    case 'offline':
      return 'non interrogé : mode hors ligne';
    case 'aborted':
      return 'la requête a été annulée';
  }
}

export const dnsFailure: DnsFailureTexts = {
  failure: (facts, format) => {
    if (!facts.attempts?.length) return cause(facts, format);
    const earlier = groupAttempts(facts.attempts).map((group) => {
      const causes = group.causes.map((c) => (c.reason === 'http-status' ? `HTTP ${c.httpStatus}` : SHORT[c.reason]));
      return `${format.count(group.count, { one: 'échec', other: 'échecs' })} de ${group.resolver} : ${causes.join(', ')}`;
    });
    return `${cause(facts, format)} (après ${earlier.join(' ; ')})`;
  },
  cause,
  answerProblem,
  nameProblem: (p, format) => {
    switch (p.rule) {
      case 'empty-name':
        return 'nom vide';
      case 'empty-label':
        return 'label vide';
      case 'label-too-long':
        return `le label « ${p.label} » fait ${format.count(p.octets, { one: 'octet', other: 'octets' })}, plus que les ${format.number(p.limit)} permis par le DNS`;
      case 'name-too-long':
        return `le nom fait ${format.count(p.octets, { one: 'octet', other: 'octets' })}, plus que les ${format.number(p.limit)} permis par le DNS`;
      case 'bad-character':
        return `le label « ${p.label} » contient un caractère interdit dans un nom DNS`;
      case 'bad-idn':
        return `le label « ${p.label} » n'est pas un label internationalisé valide`;
    }
  },
};
