export * from './build-hops';
export { classifyIp, isExternalScope, type IpScope } from '../net/classify-ip';
export * from './detect-forwarding';
export * from './find-edge';
export * from './find-origin';
export * from './organization-of';
