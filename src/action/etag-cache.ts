/**
 * The Action's ETag cache (input `cache`, REST sweeps): the ETags of the last run come from the
 * Actions cache (`@actions/cache`) into a directory under RUNNER_TEMP before the run, and this run's
 * go back after it, so a nightly sweep of an unchanged repository is answered with free 304s.
 *
 * Cache entries are immutable, so each run saves under its own key
 * (`sift-etags-OWNER-REPO-RULESHASH-RUNID-ATTEMPT`) and restores the newest entry with the same prefix.
 * The rules file's hash is in the key: other rules read other things. Anything that goes wrong (no
 * cache service outside a runner, a download or upload that fails, a corrupt file) is a notice or a
 * warning and the run goes on: a lost cache only costs requests.
 */
import * as log from './log.js';
import { cacheService } from './cache-service.js';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadEtagFile, saveEtagFile, type LoadedEtags } from '../node/etag-file.js';

export interface EtagCacheSettings {
  repository: string;
  rulesPath: string;
  /** API root, part of the key: a GitHub Enterprise Server's answers are not github.com's. */
  apiUrl: string;
}

export interface RestoredEtags extends LoadedEtags {
  /** Saves this run's ETags to the cache; never throws. */
  save(): Promise<void>;
}

/** The last run's ETags, or undefined when there is no cache service (a notice says so). */
export async function restoreEtags(
  settings: EtagCacheSettings,
  env: NodeJS.ProcessEnv = process.env,
): Promise<RestoredEtags | undefined> {
  // Loaded only here, and only where a cache service is (cache-service.ts): the cache client is most
  // of the bundle's weight, and runs that keep no ETags (GraphQL, events) should not pay for loading it.
  const cache = await cacheService(env);
  if (cache === undefined) {
    log.notice(
      'The Actions cache service is not available here (no ACTIONS_CACHE_URL or ACTIONS_RESULTS_URL): ' +
        'no ETags are kept between runs, and this run reads as usual.',
    );
    return undefined;
  }
  const dir = join(env.RUNNER_TEMP || tmpdir(), 'sift-etags');
  const prefix = `sift-etags-${settings.repository.replace('/', '-')}-${await rulesHash(settings)}-`;
  const key = `${prefix}${env.GITHUB_RUN_ID ?? Date.now()}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`;
  try {
    const hit = await cache.restoreCache([dir], key, [prefix]);
    log.info(hit ? `ETags of an earlier run restored from cache ${hit}.` : 'No ETags cached yet.');
  } catch (error) {
    log.warning(`Could not restore the ETag cache: ${messageOf(error)}; reading everything afresh.`);
  }
  const loaded = await loadEtagFile(dir, settings.repository);
  if (loaded.problem) {
    log.warning(`Ignoring the ETag cache ${loaded.path} (${loaded.problem}); reading everything afresh.`);
  }
  return {
    ...loaded,
    save: async () => {
      try {
        await saveEtagFile(loaded.path, loaded.store);
        await cache.saveCache([dir], key);
        log.info(`ETags of ${loaded.store.size} reads saved to cache ${key}.`);
      } catch (error) {
        log.warning(`Could not save the ETag cache: ${messageOf(error)}; the next run reads afresh.`);
      }
    },
  };
}

async function rulesHash(settings: EtagCacheSettings): Promise<string> {
  const hash = createHash('sha256').update(settings.apiUrl).update('\0');
  try {
    hash.update(await readFile(settings.rulesPath));
  } catch {
    // The rules were loaded already; should the file be gone now, the key still works.
  }
  return hash.digest('hex').slice(0, 16);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
