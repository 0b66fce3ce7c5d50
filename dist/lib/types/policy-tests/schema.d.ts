export declare const TESTS_SCHEMA: Readonly<Record<string, unknown>>;
