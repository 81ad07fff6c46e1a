// A finding still written as English sentences by its builder (before its params were made data).
// The renderer shows these sentences as they are, in every language; the catalog parity test fails
// while any finding id still uses them, so none is left behind.
export interface LegacyText {
  legacy: { title: string; explanation: string };
}

/** A fix still written as an English sentence by its builder. */
export interface LegacyFixText {
  legacy: string;
}
