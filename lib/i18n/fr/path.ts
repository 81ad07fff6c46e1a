// Mots français du chemin et de l'entrée tels que les pages les montrent : pourquoi une vérification n'a pas eu lieu.
import type { NotCheckedFacts } from '../../report/types';
import type { Format } from '../format';
import { seconds } from './shared';

const HOP = { edge: 'd\'entrée', origin: 'd\'origine' } as const;

export function notChecked(facts: NotCheckedFacts, format: Format): string {
  switch (facts.reason) {
    case 'offline':
      return 'Mode hors ligne : aucune requête DNS n\'a été faite.';
    case 'no-edge-hop':
      return 'Aucun saut Received venant de l\'extérieur du système de réception n\'a été trouvé : il n\'y a ni IP d\'envoi ni nom HELO à vérifier.';
    case 'no-ip':
      return `Le saut ${facts.hop ? `${HOP[facts.hop]} ` : ''}n'indique pas l'IP d'envoi.`;
    case 'no-helo':
      return `Le saut ${facts.hop ? `${HOP[facts.hop]} ` : ''}n'indique pas le nom HELO.`;
    case 'no-domain':
      return 'Il n\'y a pas de domaine From à vérifier.';
    case 'headers-missing':
      return 'Les en-têtes dont cette vérification a besoin ne figurent pas dans le texte.';
    case 'aborted':
      return 'L\'analyse a été annulée avant cette vérification.';
    case 'limit':
      return facts.limit === undefined ? 'Au-delà du nombre de signatures DKIM vérifiées par analyse.' : `Seules les ${format.number(facts.limit)} premières signatures DKIM sont vérifiées.`;
    case 'time-limit':
      return facts.limitMs === undefined ? 'non vérifié : limite de temps' : `non vérifié : limite de temps (${seconds(facts.limitMs, format)})`;
    case 'unavailable':
      return 'L\'analyse s\'est arrêtée avant cette vérification.';
  }
}
