// The French catalog: every word MailTrust shows, by area.
import type { Catalog } from '../catalog';
import { analysis, inputProblem } from './analysis';
import { arc, arcSealingFix } from './arc';
import { checks } from './checks';
import { dkim, dkimKeyFix } from './dkim';
import { dmarc, dmarcFix } from './dmarc';
import { dnsSetup } from './dns';
import { dnsFailure } from './dns-failure';
import { headerFix, headers } from './headers';
import { helo, heloFix } from './helo';
import { mx } from './mx';
import { identity } from './identity';
import { actions } from './actions';
import { output } from './output';
import { edgeReason, forwardingSign, inputRepair, notChecked, originReason } from './path';
import { parseProblems } from './parse-problems';
import { ptr, ptrFix } from './ptr';
import { drift, receiver } from './receiver';
import { rfcTopics } from './rfc';
import { spf, spfFix } from './spf';
import { spfTrace } from './spf-trace';
import { arcMessages } from './arc-messages';
import { suspension } from './suspension';
import { verdict } from './verdict';

export const fr: Catalog = {
  lang: 'fr',
  findings: { ...ptr, ...helo, ...spf, ...dkim, ...dmarc, ...arc, ...headers, ...suspension, ...receiver, ...analysis, ...mx, ...identity },
  fixes: {
    'helo-name': (params, fix) => heloFix(params, fix.text),
    'ptr-record': (params, fix) => ptrFix(params, fix.text),
    'spf-record': (params) => spfFix(params),
    'dmarc-record': (params) => dmarcFix(params),
    'dkim-key': (params) => dkimKeyFix(params),
    'arc-sealing': (params) => arcSealingFix(params),
    'header': headerFix,
  },
  verdict,
  output,
  checks,
  path: { inputProblem, notChecked, edgeReason, originReason, inputRepair, forwardingSign },
  drift: (row) => drift({ method: row.method, then: row.then?.result ?? '?', now: row.now, reason: row.likelyReason }),
  rfcTopics,
  spfTrace,
  arcMessages,
  parseProblems,
  dnsSetup,
  dnsFailure,
  actions,
};
