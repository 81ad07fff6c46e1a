// Sample params for the catalog tests: every finding id of an area, with one sample per variant its words
// depend on (each kind of a union, an empty and a full list, one and several), so every branch of both
// catalogs is rendered.
export type FindingSamples<P> = { [K in keyof P]: P[K][] };

/**
 * Samples of a discriminated union that is not a finding (an SPF trace reason, an ARC message): every
 * variant by its discriminant (`kind`, `code`), so a new variant without a sample does not compile.
 */
export type VariantSamples<U, D extends keyof U> = { [K in U[D] & string]: VariantOf<U, D, K>[] };

/** The member of U whose discriminant may be K (a member may share one shape among several kinds). */
type VariantOf<U, D extends keyof U, K> = U extends unknown ? (K extends U[D] ? Omit<U, D> & Record<D, K> : never) : never;
