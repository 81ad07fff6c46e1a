// Mots français du constat des signes d'usurpation : les identités du message dans des organisations sans lien,
// ou le Reply-To d'une liste de diffusion, dit comme une note.
import type { IdentityParams, IdentitySign } from '../../report/params/identity';
import type { FindingTextsOf } from '../catalog';
import type { Format } from '../format';

function sign(s: IdentitySign, from: string, format: Format): string {
  switch (s.kind) {
    case 'reply-to':
      return `Les réponses iraient à ${s.domain}, pas à ${from} : le champ Reply-To désigne une autre organisation.`;
    case 'list-reply':
      return s.repliesTo === 'list'
        ? `Les réponses vont à la liste de diffusion ${s.list} (${s.domain}), comme beaucoup de listes le règlent.`
        : `Les réponses vont à l'auteur, à ${s.domain}, comme le font les listes de diffusion : la liste ${s.list} a mis sa propre adresse dans From.`;
    case 'envelope': {
      const signed = s.dkimDomains.length > 0 ? `la signature DKIM est celle de ${format.list(s.dkimDomains)}` : 'aucune signature DKIM n\'a été trouvée';
      return `Les retours d'erreur vont à ${s.returnPath}, ${signed}, et la politique DMARC de ${from} échoue : rien ne rattache ce message à ${from}.`;
    }
  }
}

function title(p: IdentityParams['identity.mismatch']): string {
  if (p.signs.some((s) => s.kind === 'reply-to')) return `Les réponses iraient à une autre organisation que ${p.from}`;
  if (p.signs.some((s) => s.kind === 'envelope')) return `Rien ne rattache ce message à ${p.from}`;
  return 'Une liste de diffusion règle où vont les réponses';
}

export const identity: FindingTextsOf<IdentityParams> = {
  'identity.mismatch': (p, format) => ({
    title: title(p),
    explanation: `${p.signs.map((s) => sign(s, p.from, format)).join(' ')} ${p.signs.every((s) => s.kind === 'list-reply')
      ? 'La liste est authentifiée : ce n\'est pas un signe d\'usurpation.'
      : 'Un imposteur agit ainsi pour recevoir les réponses ; une liste de diffusion ou un outil d\'assistance peut aussi le faire. Vérifiez auprès du client, à une adresse que vous connaissez déjà, avant d\'agir sur ce message ou de répondre à une autre adresse.'}`,
  }),
};
