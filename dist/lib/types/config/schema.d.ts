export declare const RULES_SCHEMA: Readonly<Record<string, unknown>>;
