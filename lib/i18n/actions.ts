// What a language must say about the agent's actions (lib/verdict/agent-actions.ts): each piece of advice,
// and the message for the sender's mail administrator around the fixes it carries.
import type { AllowlistAdvice, CustomerAsk, RecoverAdvice } from '../verdict/agent-actions';

/** A piece of advice: what to do, then why. */
export interface AdviceWords {
  title: string;
  why: string;
}

export interface ActionTexts {
  /** `causes` already worded and joined. */
  recover: (advice: RecoverAdvice, causes: string) => AdviceWords;
  allowlist: (advice: AllowlistAdvice) => AdviceWords;
  ask: (ask: CustomerAsk) => string;
  admin: {
    subject: (domain: string) => string;
    /** The opening: what the support desk saw, with the verdict's level already worded. */
    opening: (domain: string, level: string) => string;
    /** The end, with the URL of Zendesk's requirements in the reader's language. */
    closing: (articleUrl: string) => string;
  };
}
