// The French catalog: every word MailTrust shows, by area.
import { LEGACY_FIXES, type Catalog } from '../catalog';
import { analysis } from './analysis';
import { arc } from './arc';
import { dkim } from './dkim';
import { dmarc } from './dmarc';
import { headers } from './headers';
import { helo, heloFix } from './helo';
import { mx } from './mx';
import { output } from './output';
import { ptr } from './ptr';
import { receiver } from './receiver';
import { spf } from './spf';
import { suspension } from './suspension';
import { verdict } from './verdict';

export const fr: Catalog = {
  lang: 'fr',
  findings: { ...ptr, ...helo, ...spf, ...dkim, ...dmarc, ...arc, ...headers, ...suspension, ...receiver, ...analysis, ...mx },
  fixes: { ...LEGACY_FIXES, 'helo-name': (params, fix) => heloFix(params, fix.text) },
  verdict,
  output,
  checks: {},
  path: {},
  drift: (row) => row.explanation ?? `${row.method}: ${row.then?.result ?? '?'} -> ${row.now}`,
};
