export * from './build-hops';
export * from './classify-ip';
export * from './detect-forwarding';
export * from './find-edge';
export * from './find-origin';
export * from './organization-of';
