// A compile-time check that two unions name the same members: `const X: Exactly<A, B> = true` compiles
// only when every A is a B and every B an A (finding ids and their params, check names and their modules).
export type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
