/**
 * Sift as a library: the bundled dist/lib/index.js (what `import ... from 'sift-triage'` loads) runs the
 * pipeline with any object that implements the Provider interface.
 */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

interface Lib {
  parseRules: typeof import('../../src/lib.js').parseRules;
  triage: typeof import('../../src/lib.js').triage;
  MemoryProvider: typeof import('../../src/lib.js').MemoryProvider;
  memoryItem: typeof import('../../src/lib.js').memoryItem;
}

it('runs triage with a provider object the embedder brings', async () => {
  const lib = (await import(pathToFileURL(resolve('dist/lib/index.js')).href)) as Lib;
  const now = new Date('2026-06-01T00:00:00Z');
  const provider = new lib.MemoryProvider(
    [
      lib.memoryItem({ number: 1, title: 'Crash on save' }),
      lib.memoryItem({ number: 2, title: 'Docs typo' }),
    ],
    { now: () => now },
  );
  const rules = lib.parseRules(
    'version: 1\nrules:\n  - id: bugs\n    when: { title: "/crash/i" }\n    then:\n      - label: bug\n',
    'sift.yml',
  );
  const result = await lib.triage({ provider, rules, now, dryRun: false });
  expect(result.walked).toBe(2);
  expect(provider.get(1)!.labels).toEqual(['bug']);
  expect(provider.get(2)!.labels).toEqual([]);
});
