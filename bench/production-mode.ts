/**
 * Imported first by bench/run.ts, before anything loads graphql-js: the emulator, which stands in for
 * GitHub's servers and runs in the benchmark's own process, executes GraphQL in graphql-js's
 * production mode. In development mode every type check (`instanceOf`) of its execution also looks
 * for a copy of graphql-js from another realm: a quarter of the emulator's time per listing page
 * (12 to 13 ms a page, 8 to 10 in production mode), time GitHub does not spend on our machine. The
 * answers are the same. The Sift process under test is not affected: it is spawned with an
 * environment of its own (`__tests__/helpers/run-action.ts`), and tests run in Jest's `test` mode.
 */
process.env.NODE_ENV ??= 'production';
