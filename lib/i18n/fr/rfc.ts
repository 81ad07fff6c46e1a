// Titres français des recommandations des RFC que citent les constats (Recommendation.topic).
import type { RfcTopic } from '../../report/types';

export const rfcTopics: Record<RfcTopic, string> = {
  'one-from-one-date': 'Un message a exactement un en-tête From et un en-tête Date',
  'date-time': 'Format de la date et de l\'heure',
  'whole-message': 'Un message, c\'est tout son bloc d\'en-têtes, une ligne vide, puis le corps',
  'received-fields': 'Chaque serveur qui accepte un message ajoute un champ Received à son nom',
  'received-client': 'Chaque relais ajoute un champ Received avec l\'IP et le nom HELO du client',
  'loop-detection': 'Détection des boucles en comptant les champs Received',
  'dns-failure-temporary': 'Un échec DNS est une erreur temporaire, pas un résultat',
  'report-fault': 'Signaler la panne',
};
