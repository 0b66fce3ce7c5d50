/**
 * The Actions cache client (`@actions/cache`: Azure storage and all) is the heaviest part of the
 * bundle: about 2.4 MB of code to load before the first request of a run that keeps ETags or model
 * answers. Where the runner provides no cache service at all, it is not loaded.
 */
type CacheModule = typeof import('@actions/cache');

/**
 * The cache client, or undefined when no cache service can be there. `@actions/cache`'s own
 * `isFeatureAvailable()` needs ACTIONS_CACHE_URL (service v1) or ACTIONS_RESULTS_URL (v2); without
 * either it is false whatever the version, so the module need not be loaded to know it.
 */
export async function cacheService(env: NodeJS.ProcessEnv = process.env): Promise<CacheModule | undefined> {
  if (!env.ACTIONS_CACHE_URL && !env.ACTIONS_RESULTS_URL) return undefined;
  const cache = await import('@actions/cache');
  return cache.isFeatureAvailable() ? cache : undefined;
}
