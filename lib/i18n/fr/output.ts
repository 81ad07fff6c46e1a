// Mots français de la ligne de commande et de la note pour le ticket.
import type { OutputTexts } from '../output';
import { formatFor } from '../format';
import { inputProblem } from './analysis';
import { dnsSetup } from './dns';
import { verdict } from './verdict';

const format = formatFor('fr');

export const output: OutputTexts = {
  levelBanner: { trusted: 'FIABLE', 'low-trust': 'CONFIANCE FAIBLE', 'likely-suspended': 'SUSPENSION PROBABLE', unknown: 'INDÉTERMINÉ' },
  severity: { fail: 'échec', warn: 'alerte', info: 'info', pass: 'réussi' },
  dnsMode: { doh: 'DNS sur HTTPS', zone: 'fichier de zone', offline: 'hors ligne (aucune requête DNS)' },
  driftReason: {
    'key-rotated': 'la clé a été renouvelée depuis',
    'record-changed': 'l\'enregistrement a changé depuis',
    'body-altered': 'le corps a été modifié après l\'arrivée',
    'dns-unavailable-now': 'le DNS ne répond pas maintenant',
    'different-ip-evaluated': 'une autre IP a été évaluée',
    unknown: 'cause inconnue',
  },
  labels: {
    verdict: 'Verdict',
    today: 'Revérification d\'aujourd\'hui',
    causes: 'Causes de suspension Zendesk',
    reasons: 'Raisons',
    message: 'Message',
    from: 'De',
    subject: 'Objet',
    sender: 'Serveur d\'envoi',
    edge: 'Entrée',
    origin: 'Origine',
    forwarded: '(transféré)',
    none: '(aucun)',
    findings: 'Constats',
    fix: 'correctif',
    source: 'source',
    originHop: '(saut d\'origine)',
    thenAndNow: 'À l\'arrivée (résultats de confiance du destinataire) et maintenant (revérification) :',
    then: 'arrivée',
    now: 'maintenant',
    differs: 'diffère',
    hops: 'Sauts (du plus ancien au plus récent) :',
    hopHeader: ['n°', 'de (HELO)', 'IP', 'par', 'TLS', 'délai'],
    hopMark: { edge: 'entrée', origin: 'origine', submission: 'soumission', receiving: 'réception' },
    clockSkew: 'horloges décalées',
    receivedBy: 'reçu par',
  },
  // The verdict's colon: French puts a non-breaking space before it.
  labelled: (label) => `${label}${verdict.punctuation.colon.trimEnd()}`,
  notRechecked: 'non revérifié',
  dmarcRecordAt: (name) => `Enregistrement DMARC en ${name}`,
  carries: (contentType, subject) => `le message d'origine (${contentType}${subject ? `, « ${subject} »` : ''}) ; analysez-le à part pour voir pourquoi il a été renvoyé`,
  dnsLine: (mode, resolver, queries, failed) => `DNS : ${mode}, ${resolver === null ? '' : `${resolver}, `}${format.count(queries, { one: 'requête', other: 'requêtes' })}${failed > 0 ? `, ${format.count(failed, { one: 'en échec', other: 'en échec' })}` : ''}`,
  note: {
    title: (level) => `MailTrust : ${level}`,
    today: (level) => `Revérification d'aujourd'hui : ${level}.`,
    actions: 'Que faire',
    sendingServer: 'Serveur d\'envoi',
    whyThisHop: 'Pourquoi ce saut',
    originalSender: 'Expéditeur d\'origine (transféré)',
    thenAndNow: 'À l\'arrivée (destinataire) et maintenant (revérification)',
    passed: 'Réussi',
    dnsOffline: 'DNS : hors ligne, rien n\'a été revérifié',
    footer: (schema, checkedAt) => `Rapport MailTrust, schéma ${schema}, vérifié le ${checkedAt}`,
  },
  batch: {
    summaryOf: (count) => `Résumé de ${format.count(count, { one: 'message', other: 'messages' })} :`,
    verdictHeader: ['verdict', 'nombre'],
    notEmail: 'pas un e-mail',
    frequentHeader: ['constats les plus fréquents', 'messages'],
    analysed: (count, total) => `${format.number(count)} analysés sur ${format.number(total)}`,
    rate: (perSecond) => `${perSecond} msg/s`,
    left: (duration) => `environ ${duration} restantes`,
    inAll: (duration) => `${duration} au total`,
  },
  problem: (problem) => {
    switch (problem.kind) {
      case 'unknown-command':
        return `commande inconnue « ${problem.name} »`;
      case 'no-input':
        return 'aucune entrée : donnez un fichier, un dossier, ou - pour l\'entrée standard (voir mailtrust analyze --help)';
      case 'bad-option':
        return `option invalide : ${problem.detail} (voir --help)`;
      case 'exclusive':
        return `${format.list(problem.options)} s'excluent mutuellement`;
      case 'bad-date':
        return `${problem.option} « ${problem.value} » n'est pas une date ISO 8601`;
      case 'bad-deadline':
        return `--deadline « ${problem.value} » n'est pas un nombre de secondes positif`;
      case 'bad-lang':
        return `--lang « ${problem.value} » : choisissez en ou fr`;
      case 'no-eml-files':
        return `aucun fichier .eml trouvé dans ${problem.inputs.join(', ')}`;
      case 'no-such-file':
        return `${problem.name} : fichier ou dossier introuvable`;
      case 'permission-denied':
        return 'accès refusé';
      case 'is-directory':
        return 'c\'est un dossier';
      case 'too-many-open-files':
        return 'trop de fichiers ouverts';
      case 'vanished':
        return 'fichier introuvable';
      case 'unreadable':
        return `lecture impossible (${problem.detail})`;
      case 'refused':
        return inputProblem(problem.problem, format);
      case 'not-email':
        return problem.reason;
      case 'internal-error':
        return `erreur interne : ${problem.detail}`;
      case 'zone-file':
        return `--zone ${problem.file} : fichier de zone invalide (${dnsSetup.zoneProblem(problem.problem)})`;
      case 'resolver':
        return `${problem.option} : résolveur invalide (${dnsSetup.resolverProblem(problem.problem, format)})`;
      case 'missing-options':
        return `il manque ${format.list(problem.options)} (voir mailtrust spf --help)`;
      case 'bad-ip':
        return `--ip « ${problem.value} » n'est pas une adresse IPv4 ou IPv6`;
    }
  },
  usage: {
    heading: 'Utilisation :',
    analyze: 'explique comment Zendesk jugerait un message (verdict, constats, correctifs)',
    spf: 'évalue SPF pour une IP, un expéditeur et un HELO (check_host de la RFC 7208)',
  },
};
