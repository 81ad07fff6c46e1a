// Mots français du constat des signes d'usurpation : les identités du message dans des organisations sans lien.
import type { IdentityParams, IdentitySign } from '../../report/params/identity';
import type { FindingTextsOf } from '../catalog';
import type { Format } from '../format';

function sign(s: IdentitySign, from: string, format: Format): string {
  if (s.kind === 'reply-to') return `Les réponses iraient à ${s.domain}, pas à ${from} : le champ Reply-To désigne une autre organisation.`;
  const signed = s.dkimDomains.length > 0 ? `la signature DKIM est celle de ${format.list(s.dkimDomains)}` : 'aucune signature DKIM n\'a été trouvée';
  return `Les retours d'erreur vont à ${s.returnPath}, ${signed}, et la politique DMARC de ${from} échoue : rien ne rattache ce message à ${from}.`;
}

export const identity: FindingTextsOf<IdentityParams> = {
  'identity.mismatch': (p, format) => ({
    title: p.signs.some((s) => s.kind === 'reply-to')
      ? `Les réponses iraient à une autre organisation que ${p.from}`
      : `Rien ne rattache ce message à ${p.from}`,
    explanation: `${p.signs.map((s) => sign(s, p.from, format)).join(' ')} Un imposteur agit ainsi pour recevoir les réponses ; une liste de diffusion ou un outil d'assistance peut aussi le faire. Vérifiez auprès du client, à une adresse que vous connaissez déjà, avant d'agir sur ce message ou de répondre à une autre adresse.`,
  }),
};
