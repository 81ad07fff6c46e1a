// The English catalog: every word MailTrust shows, by area.
import { LEGACY_FIXES, type Catalog } from '../catalog';
import { analysis, inputProblem } from './analysis';
import { arc } from './arc';
import { dkim } from './dkim';
import { dmarc } from './dmarc';
import { headerFix, headers } from './headers';
import { helo, heloFix } from './helo';
import { output } from './output';
import { edgeReason, inputRepair, notChecked, originReason } from './path';
import { ptr } from './ptr';
import { drift, receiver } from './receiver';
import { rfcTopics } from './rfc';
import { spf } from './spf';
import { suspension } from './suspension';
import { verdict } from './verdict';

export const en: Catalog = {
  lang: 'en',
  findings: { ...ptr, ...helo, ...spf, ...dkim, ...dmarc, ...arc, ...headers, ...suspension, ...receiver, ...analysis },
  fixes: { ...LEGACY_FIXES, 'helo-name': (params, fix) => heloFix(params, fix.text), 'header': headerFix },
  verdict,
  output,
  checks: {},
  path: { inputProblem, notChecked, edgeReason, originReason, inputRepair },
  drift: (row) => drift({ method: row.method, then: row.then?.result ?? '?', now: row.now, reason: row.likelyReason }),
  rfcTopics,
};
