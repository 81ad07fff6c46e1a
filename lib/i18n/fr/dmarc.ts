// Mots français des constats DMARC (recommandation 4 de Zendesk), de l'alignement et de la politique d'un
// résultat DMARC, et du correctif DMARC.
import type { AlignmentCheck, DkimResultValue, DmarcPolicy, PolicyDecision, SpfResultValue } from '../../auth/dmarc/types';
import type { LookupProblem } from '../../dns/types';
import type { DmarcExcuse, DmarcParams } from '../../report/params/dmarc';
import type { FixParams } from '../../report/params/fixes';
import type { FindingTextsOf } from '../catalog';
import type { Format } from '../format';
import { lookupProblem } from './shared';

const label = (check: AlignmentCheck) => (check.mechanism === 'spf' ? `SPF pour ${check.domain}` : `DKIM d=${check.domain}`);
const MODE = { relaxed: 'souple', strict: 'strict' } as const;

/** Le mot-clé de résultat (RFC 8601 §2.7) tel qu'il apparaît dans les en-têtes, suivi de son sens. */
const RESULT: Record<SpfResultValue | DkimResultValue, string> = {
  pass: '« pass » (réussi)',
  fail: '« fail » (échec)',
  softfail: '« softfail » (refus souple)',
  neutral: '« neutral » (neutre)',
  none: '« none » (aucun)',
  policy: '« policy » (refusé par la politique locale)',
  temperror: '« temperror » (erreur temporaire)',
  permerror: '« permerror » (erreur permanente)',
};

/** RFC 7489 §4.2 : les réussites alignées qui ont porté DMARC. */
export function dmarcPassing(passing: readonly AlignmentCheck[], fromDomain: string): string {
  return passing.map((check) => `${label(check)} réussit et est aligné (mode ${MODE[check.mode]}) sur le domaine From ${fromDomain}`).join(' ; ');
}

/** RFC 7489 §3.1 : pourquoi aucun identifiant n'a porté DMARC. */
export function dmarcNoPass(alignment: readonly AlignmentCheck[], fromDomain: string): string {
  if (alignment.length === 0) return `Aucun résultat SPF ou DKIM à aligner sur le domaine From ${fromDomain}`;
  const parts = alignment.map((check) => (check.result === 'pass' ? `${label(check)} réussit mais n'est pas aligné (mode ${MODE[check.mode]}) sur ${fromDomain}` : `${label(check)} donne ${RESULT[check.result]}`));
  return `Aucune réussite alignée : ${parts.join(' ; ')}`;
}

const MILDER: Record<DmarcPolicy, DmarcPolicy> = { reject: 'quarantine', quarantine: 'none', none: 'none' };

/** RFC 7489 §6.6.4 : quelle balise a donné la politique, et ce qu'en fait pct. */
export function dmarcPolicy(policy: PolicyDecision, passed: boolean): string {
  const named = policy.source === 'invalid-record-p-none' ? 'p=none (substitué à un enregistrement invalide qui a un rua=, RFC 7489 §6.6.3 étape 6.1)' : `${policy.source}=${policy.requested}`;
  if (passed) return `DMARC a réussi : aucune politique ne s'applique (${named} vise le courrier en échec)`;
  if (policy.requested === 'none') return `${named} : le domaine ne demande aucune action sur le courrier en échec (simple surveillance)`;
  const rest = MILDER[policy.requested];
  if (policy.pct === 100) return `${named} ; pct=100 : tout le courrier en échec reçoit la politique (${policy.requested})`;
  if (policy.pct === 0) return `${named} ; pct=0 : aucun courrier en échec ne reçoit la politique (${policy.requested}) ; tout reçoit ${rest} (RFC 7489 §6.6.4)`;
  const share = policy.pct === 50 ? 'la moitié' : `${policy.pct} %`;
  return `${named} ; pct=${policy.pct} : ${share} du courrier en échec reçoit la politique (${policy.requested}) ; le reste reçoit ${rest} (RFC 7489 §6.6.4)`;
}

const ASKS: Record<DmarcPolicy, string> = { reject: 'de rejeter', quarantine: 'de mettre en quarantaine (dossier spam ou tickets suspendus)', none: 'de seulement signaler' };

function excuse(p: DmarcExcuse, format: Format): string {
  switch (p.kind) {
    case 'arc-vouches':
      return ' La chaîne ARC est valide et son premier relais a vu l\'authentification de l\'auteur réussir : un destinataire qui fait confiance au relais peut l\'accepter.';
    case 'rotated-since':
      return ` Le destinataire a vu dmarc=pass à l'arrivée du message ; la clé DKIM de ${format.list(p.domains)} a été remplacée depuis : l'échec d'aujourd'hui ne reflète donc pas son jugement.`;
    case 'none':
      return '';
  }
}

/** Pourquoi aucune politique DMARC ne s'applique (RFC 7489 §6.6.3). */
export function dmarcAbsent(p: DmarcParams['dmarc.none'], format: Format): string {
  return p.cause === 'multiple-records'
    ? `${format.number(p.records)} enregistrements DMARC sur _dmarc.${p.domainsAsked.at(-1) ?? p.fromDomain} : la RFC 7489 §6.6.3 étape 5 arrête la recherche, aucune politique DMARC ne s'applique donc`
    : `Aucun enregistrement DMARC sur ${format.list(p.domainsAsked.map((domain) => `_dmarc.${domain}`), 'or')}`;
}

export function dmarcLookupFailed(problem: LookupProblem | null, format: Format): string {
  return `L'enregistrement DMARC n'a pas pu être interrogé${problem ? ` (${lookupProblem(problem, format)})` : ''}`;
}

export function dmarcUnusable(p: DmarcParams['dmarc.permerror']): string {
  return p.cause === 'invalid-policy'
    ? `L'enregistrement DMARC sur _dmarc.${p.recordDomain} n'a ni ${p.tag}= valide ni rua= valide : aucune politique DMARC ne s'applique (RFC 7489 §6.6.3 étape 6)`
    : `« ${p.fromDomain} » n'est pas un nom de domaine : DMARC ne peut pas être évalué`;
}

export const dmarc: FindingTextsOf<DmarcParams> = {
  'dmarc.pass': (p) => ({ title: `DMARC réussi pour ${p.fromDomain}`, explanation: `${dmarcPassing(p.passing, p.fromDomain)}. Politique p=${p.requestedPolicy ?? 'none'}.` }),
  'dmarc.fail': (p, format) => ({
    title: `Échec DMARC pour ${p.fromDomain} (politique ${p.policy.requested})`,
    explanation: `${dmarcNoPass(p.alignment, p.fromDomain)}. Le domaine demande aux destinataires ${ASKS[p.policy.requested]} le courrier en échec : ${dmarcPolicy(p.policy, false)}. Pour Zendesk, un message qui échoue à la politique DMARC de l'expéditeur ressemble à une usurpation.${excuse(p.excuse, format)}`,
  }),
  'dmarc.none': (p, format) => ({
    title: `${p.fromDomain} ne publie aucune politique DMARC`,
    explanation: `${dmarcAbsent(p, format)}. Sans DMARC, les destinataires ne peuvent pas savoir si un courrier non authentifié de ce domaine est falsifié ; l'article demande une politique DMARC.`,
  }),
  'dmarc.temperror': (p, format) => ({
    title: `La politique DMARC de ${p.fromDomain} n'a pas pu être interrogée pour l'instant`,
    explanation: `${dmarcLookupFailed(p.problem, format)} : une panne DNS, pas un jugement sur l'expéditeur. Réessayez plus tard.`,
  }),
  'dmarc.permerror': (p) => ({
    title: `L'enregistrement DMARC de ${p.fromDomain} est inutilisable`,
    explanation: `${dmarcUnusable(p)}.`,
  }),
};

export function dmarcFix(p: FixParams['dmarc-record']): string {
  return `Pour le propriétaire de ${p.domain} : publiez cet enregistrement TXT sur _dmarc.${p.domain} pour commencer par la surveillance (p=none) ; passez à quarantine ou reject quand les rapports montrent que tout votre courrier réussit.`;
}
