/**
 * Three-valued truth for conditions. `UNKNOWN` means "cannot be decided without a fact the caller has
 * not fetched yet". A string literal instead of an enum keeps explanations readable and costs nothing:
 * comparisons against an interned string are as cheap as against a number.
 */
export declare const UNKNOWN = "unknown";
export type Truth = boolean | typeof UNKNOWN;
