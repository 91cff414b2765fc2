/** The same keys with string leaves: what a translation of a resource object must provide. */
export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
