/** Where the policy tests file is looked for; in a module of its own so inputs need not load the tests. */
export declare const DEFAULT_TESTS_PATH = ".github/sift.test.yml";
