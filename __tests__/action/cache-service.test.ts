/**
 * The Actions cache client is loaded only where a cache service can be: without ACTIONS_CACHE_URL and
 * ACTIONS_RESULTS_URL, `@actions/cache` would say "not available" anyway (its isFeatureAvailable()
 * reads those variables), so Sift does not load it to hear that.
 */
import { cacheService } from '../../src/action/cache-service.js';

describe('cacheService', () => {
  const saved = { cache: process.env.ACTIONS_CACHE_URL, results: process.env.ACTIONS_RESULTS_URL };
  afterEach(() => {
    for (const [name, value] of [
      ['ACTIONS_CACHE_URL', saved.cache],
      ['ACTIONS_RESULTS_URL', saved.results],
    ] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it('is undefined without a cache service, as @actions/cache itself would say', async () => {
    delete process.env.ACTIONS_CACHE_URL;
    delete process.env.ACTIONS_RESULTS_URL;
    expect(await cacheService({})).toBeUndefined();
    const cache = await import('@actions/cache');
    expect(cache.isFeatureAvailable()).toBe(false);
  });

  it('is the cache client where the runner names a cache service', async () => {
    // Nothing is sent: only whether the service is there is asked.
    process.env.ACTIONS_CACHE_URL = 'http://127.0.0.1:9/';
    const cache = await cacheService({ ACTIONS_CACHE_URL: process.env.ACTIONS_CACHE_URL });
    expect(cache).toBeDefined();
    expect(typeof cache?.restoreCache).toBe('function');
  });
});
