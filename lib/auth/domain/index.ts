export { checkDomainExists } from './check-domain-exists';
export { checkHeaderDomains, type HeaderDomain } from './check-header-domains';
export type { DomainExistence, HeaderDomainCheck, HeaderDomainProblem, HeaderDomainsResult, HeaderRole } from './types';
