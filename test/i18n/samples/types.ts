// Sample params for the catalog tests: every finding id of an area, with one sample per variant its words
// depend on (each kind of a union, an empty and a full list, one and several), so every branch of both
// catalogs is rendered.
export type FindingSamples<P> = { [K in keyof P]: P[K][] };
