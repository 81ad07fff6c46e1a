export { checkMx, MAX_MX_HOSTS } from './check-mx';
export type { HostResolution, MxHost, MxResult } from './types';
