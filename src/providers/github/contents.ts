/**
 * Reads files of the repository at a commit, and the paths a pull request changes, through GitHub's
 * REST API (contents, pull request files). The rules preview reads the rules file of the base and of
 * the head commit this way: as data from the API, never from a checkout of the pull request's code.
 */
import { createClient, type Client } from './client.js';
import type { ClientTuning } from './tuning.js';
import { GitHubReadError, isHttpFailure, reading, type Failure } from './errors.js';

export interface RepositoryFiles {
  /** The text of `path` at `ref` (a commit SHA or branch), or null when no file is there. */
  fileAt(path: string, ref: string): Promise<string | null>;
  /** Every path a pull request touches: added, changed, removed, and the old path of a renamed file. */
  pullRequestPaths(number: number): Promise<string[]>;
  requestCounts(): { reads: number; writes: number };
}

export interface RepositoryFilesOptions extends ClientTuning {
  token: string;
  /** `owner/name`. */
  repository: string;
  baseUrl: string;
}

/** A file's answer from the contents API, as much of it as is read here. */
interface ContentAnswer {
  type?: string;
  encoding?: string;
  content?: string;
}

export function createRepositoryFiles(options: RepositoryFilesOptions): RepositoryFiles {
  const client: Client = createClient(options);
  const [owner, repo] = options.repository.split('/');
  const failure = (doing: string): Failure => ({
    doing,
    repository: options.repository,
    secrets: [options.token],
  });
  return {
    async fileAt(path, ref) {
      const doing = `reading ${path} at ${ref}`;
      const data = await reading(failure(doing), async () => {
        try {
          const answer = await client.octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
            owner,
            repo,
            path,
            ref,
          });
          return answer.data as ContentAnswer | ContentAnswer[];
        } catch (error) {
          // No such file at that commit (a pull request that adds the rules file): not a failure.
          if (isHttpFailure(error) && error.status === 404) return null;
          throw error;
        }
      });
      if (data === null) return null;
      if (
        Array.isArray(data) ||
        data.type !== 'file' ||
        data.encoding !== 'base64' ||
        data.content === undefined
      ) {
        throw new GitHubReadError(
          `${doing} in ${options.repository}: it is not a file GitHub sends the text of (a directory, a link, or a file over 1 MB)`,
        );
      }
      return new TextDecoder().decode(
        Uint8Array.from(atob(data.content.replace(/\s/g, '')), (c) => c.charCodeAt(0)),
      );
    },

    async pullRequestPaths(number) {
      return reading(failure(`reading the changed files of pull request #${number}`), async () => {
        const paths: string[] = [];
        const pages = client.octokit.paginate.iterator(
          'GET /repos/{owner}/{repo}/pulls/{pull_number}/files',
          {
            owner,
            repo,
            pull_number: number,
            per_page: 100,
          },
        );
        for await (const { data } of pages) {
          for (const file of data) {
            paths.push(file.filename);
            if (file.previous_filename) paths.push(file.previous_filename);
          }
        }
        return paths;
      });
    },

    requestCounts: () => ({ reads: client.counts.reads, writes: client.counts.writes }),
  };
}
