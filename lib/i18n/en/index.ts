// The English catalog: every word MailTrust shows, by area.
import { LEGACY_FIXES, type Catalog } from '../catalog';
import { analysis } from './analysis';
import { arc, arcSealingFix } from './arc';
import { checks } from './checks';
import { dkim, dkimKeyFix } from './dkim';
import { dmarc, dmarcFix } from './dmarc';
import { headers } from './headers';
import { helo, heloFix } from './helo';
import { output } from './output';
import { ptr, ptrFix } from './ptr';
import { receiver } from './receiver';
import { spf, spfFix } from './spf';
import { suspension } from './suspension';
import { verdict } from './verdict';

export const en: Catalog = {
  lang: 'en',
  findings: { ...ptr, ...helo, ...spf, ...dkim, ...dmarc, ...arc, ...headers, ...suspension, ...receiver, ...analysis },
  fixes: {
    ...LEGACY_FIXES,
    'helo-name': (params, fix) => heloFix(params, fix.text),
    'ptr-record': (params, fix) => ptrFix(params, fix.text),
    'spf-record': (params) => spfFix(params),
    'dmarc-record': (params) => dmarcFix(params),
    'dkim-key': (params) => dkimKeyFix(params),
    'arc-sealing': (params) => arcSealingFix(params),
  },
  verdict,
  output,
  checks,
  path: {},
  drift: (row) => row.explanation ?? `${row.method}: ${row.then?.result ?? '?'} -> ${row.now}`,
};
