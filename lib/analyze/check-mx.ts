// Can replies reach the From domain? (RFC 5321 §5.1, RFC 7505; lib/auth/mx). Its MX question is the one
// the mail-organizations lookup and the header-domain check ask too: the shared resolver asks it once.
import { checkMx } from '../auth/mx/check-mx';
import { mxFindings } from '../report/findings/mx';
import { NO_FROM_DOMAIN, OFFLINE, PENDING, type MessageCheckModule } from './check-module';

export const mxCheck: MessageCheckModule<'mx'> = {
  name: 'mx',
  scope: 'message',
  initial: (part, offline) => (offline ? OFFLINE : part.fromDomain ? PENDING : NO_FROM_DOMAIN),
  run: (part, { resolver, signal }) => checkMx(part.fromDomain ?? '', resolver, { signal }),
  findings: (result) => mxFindings(result),
};
