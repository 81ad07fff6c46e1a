// English words of the agent's actions: in Zendesk, for the customer, and for the sender's mail administrator.
import type { ActionTexts } from '../actions';

export const actions: ActionTexts = {
  recover: (advice, causes) => {
    switch (advice.kind) {
      case 'recover':
        return { title: 'Recover the ticket if it was suspended', why: 'The sender is authenticated: the message really comes from its From domain.' };
      case 'recover-and-forward':
        return {
          title: 'Recover the ticket if it was suspended',
          why: `The sender is authenticated: the message really comes from its From domain. What lowers trust is how its mail is sent${causes ? ` (${causes})` : ''}: ask the customer to pass the message for the mail administrator on.`,
        };
      case 'confirm-first':
        return {
          title: 'Recover it only after the customer confirms they sent it',
          why: `${advice.because === 'identity-mismatch'
            ? 'The sender is authenticated, but the message\'s identities point to other organizations (see the spoofing signs).'
            : `Authentication did not pass${causes ? ` (${causes})` : ''}: anyone could have written this From address.`} Ask through an address or phone number already on file, not by replying to this message.`,
        };
      case 'leave-suspended':
        return { title: 'Leave it suspended', why: `It is automated mail (${causes}), not a customer's request; a ticket would only answer a machine.` };
      case 'decide-later':
        return { title: 'Do not decide yet', why: 'The evidence needed is missing, as the verdict says: decide once the message could be checked.' };
    }
  },
  allowlist: (advice) => {
    if (advice.kind === 'safe') {
      return { title: `An allowlist entry for ${advice.entry} is safe`, why: 'The sender is authenticated, so the entry cannot be used by someone else writing this From address.' };
    }
    const why = {
      'authentication-failed': 'Authentication failed: an entry would let anyone who writes this From address skip Zendesk\'s checks.',
      'authentication-unknown': 'Authentication could not be checked: an entry could let an impostor skip Zendesk\'s checks.',
      'identity-mismatch': 'The message\'s identities point to other organizations (see the spoofing signs): an entry could serve an impostor.',
      automated: 'It is automated mail: allowlisting it would turn bounces and auto-replies into tickets.',
      'fix-at-sender': 'Not needed: the sender is authenticated, and what lowers trust is its mail setup, which its mail administrator can fix; an entry would only hide it.',
    }[advice.because];
    return { title: 'Do not add an allowlist entry', why };
  },
  ask: (ask) => {
    switch (ask.kind) {
      case 'confirm-sent':
        return 'Did you send this message? (Ask through an address or phone number already on file.)';
      case 'forward-to-admin':
        return 'Please pass the message for the mail administrator to whoever runs your mail: it lists the records to publish.';
      case 'address-that-receives':
        return `${ask.domain} cannot receive mail: which address can we answer you at?`;
      case 'confirm-reply-address':
        return 'Which address should we answer? The message asks for replies to go to another organization.';
    }
  },
  admin: {
    subject: (domain) => `Mail from ${domain} fails checks at our support desk`,
    opening: (domain, level) => `Hello,\n\nMail from ${domain} to our support desk (Zendesk) is judged "${level}". Please make these changes to the domain's DNS or mail server:`,
    closing: (articleUrl) => `Zendesk's requirements: ${articleUrl}\n\nThank you.`,
  },
};
