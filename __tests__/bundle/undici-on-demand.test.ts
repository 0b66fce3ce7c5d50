/**
 * src/bundle/undici/index.cjs stands for undici in the bundles: undici is evaluated the first time something
 * is read from it, not when a module that imports it loads (docs/performance.md, "Start-up").
 */
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const requireHere = createRequire(resolve('src/bundle/undici/index.cjs'));
const undiciPath = requireHere.resolve('undici/index.js');

it('loads undici on the first read, and hands on its exports', () => {
  expect(requireHere.cache[undiciPath]).toBeUndefined();
  const standIn = requireHere('./index.cjs') as Record<string, unknown>;
  // What module interop asks does not count as a read.
  expect(standIn.__esModule).toBeUndefined();
  expect(requireHere.cache[undiciPath]).toBeUndefined();

  const proxyAgent = standIn.ProxyAgent;
  expect(requireHere.cache[undiciPath]).toBeDefined();
  const real = requireHere('undici/index.js') as Record<string, unknown>;
  expect(proxyAgent).toBe(real.ProxyAgent);
  expect(standIn.fetch).toBe(real.fetch);
  expect('Agent' in standIn).toBe(true);
  expect(Object.keys(standIn)).toEqual(Object.keys(real));
});
