/**
 * Files of a repository at a commit, for GET /repos/{o}/{r}/contents/{path}?ref=: what Sift reads when
 * it previews a pull request's rules file (at the base and the head commit, never a checkout).
 *
 * As on GitHub (REST "Repository contents", "Get repository content"): `ref` names a commit SHA, a
 * branch or a tag, and defaults to the repository's default branch; a file comes back as an object with
 * its text Base64-encoded (`encoding: "base64"`, lines of 60 characters), a directory as an array of
 * entries; an unknown ref is 404 "No commit found for the ref ...", an unknown path 404 "Not Found".
 */
import { createHash } from 'node:crypto';
import type { components } from '@octokit/openapi-types';
import { ApiError, notFound, type ApiResponse } from './http.js';

type ContentFile = components['schemas']['content-file'];
type DirectoryEntry = components['schemas']['content-directory'][number];

const WEB = 'https://github.com';

export class RepoContents {
  /** Tree by commit SHA: path -> text. */
  private readonly commits = new Map<string, Map<string, string>>();
  /** Branch or tag name -> commit SHA. */
  private readonly refs = new Map<string, string>();

  /** Records a commit's files (the whole tree, by path); `branch` then points at it. */
  commit(sha: string, files: Record<string, string>, branch?: string): void {
    if (!/^[0-9a-f]{40}$/.test(sha)) throw new Error(`a commit SHA has 40 hex digits, not "${sha}"`);
    this.commits.set(sha, new Map(Object.entries(files)));
    if (branch !== undefined) this.refs.set(branch, sha);
  }

  /** The tree at `ref`: a full or abbreviated SHA (7+ digits), a branch or a tag. */
  tree(ref: string): { sha: string; files: Map<string, string> } | undefined {
    const named = this.refs.get(ref);
    if (named !== undefined) return { sha: named, files: this.commits.get(named)! };
    if (!/^[0-9a-f]{7,40}$/.test(ref)) return undefined;
    const matches = [...this.commits.keys()].filter((sha) => sha.startsWith(ref));
    return matches.length === 1 ? { sha: matches[0], files: this.commits.get(matches[0])! } : undefined;
  }

  /** The answer of GET .../contents/{path}?ref= for repository `fullName`. */
  serve(fullName: string, apiUrl: string, path: string, ref: string): ApiResponse {
    const tree = this.tree(ref);
    if (!tree) throw new ApiError(404, `No commit found for the ref ${ref}`);
    const clean = path.replace(/^\/+|\/+$/g, '');
    const text = tree.files.get(clean);
    const urls = (p: string, sha: string, kind: 'blob' | 'tree') => {
      const encoded = p.split('/').map(encodeURIComponent).join('/');
      const self = `${apiUrl}/repos/${fullName}/contents/${encoded}?ref=${encodeURIComponent(ref)}`;
      const git = `${apiUrl}/repos/${fullName}/git/${kind}s/${sha}`;
      const html = `${WEB}/${fullName}/${kind}/${ref}/${encoded}`;
      return { url: self, git_url: git, html_url: html, _links: { self, git, html } };
    };
    if (text !== undefined) {
      const sha = blobSha(text);
      const body: ContentFile = {
        type: 'file',
        encoding: 'base64',
        size: Buffer.byteLength(text),
        name: clean.split('/').pop()!,
        path: clean,
        content: base64Lines(text),
        sha,
        ...urls(clean, sha, 'blob'),
        download_url: `https://raw.githubusercontent.com/${fullName}/${ref}/${clean}`,
      };
      return { status: 200, body };
    }
    // A directory: the entries right below it, as GitHub lists them (files and subdirectories).
    const prefix = clean === '' ? '' : `${clean}/`;
    const below = [...tree.files.keys()].filter((p) => p.startsWith(prefix));
    if (below.length === 0) throw notFound();
    const names = new Map<string, 'file' | 'dir'>();
    for (const p of below) {
      const rest = p.slice(prefix.length);
      const slash = rest.indexOf('/');
      names.set(slash < 0 ? rest : rest.slice(0, slash), slash < 0 ? 'file' : 'dir');
    }
    const entries: DirectoryEntry[] = [...names].sort().map(([name, type]) => {
      const p = `${prefix}${name}`;
      const sha = type === 'file' ? blobSha(tree.files.get(p)!) : createHash('sha1').update(p).digest('hex');
      const text = type === 'file' ? tree.files.get(p)! : '';
      return {
        type,
        size: type === 'file' ? Buffer.byteLength(text) : 0,
        name,
        path: p,
        sha,
        ...urls(p, sha, type === 'file' ? 'blob' : 'tree'),
        download_url: type === 'file' ? `https://raw.githubusercontent.com/${fullName}/${ref}/${p}` : null,
      };
    });
    return { status: 200, body: entries };
  }
}

/** Git's blob id: SHA-1 of `blob <size>\0<content>`. */
function blobSha(text: string): string {
  const bytes = Buffer.from(text);
  return createHash('sha1')
    .update(Buffer.concat([Buffer.from(`blob ${bytes.length}\0`), bytes]))
    .digest('hex');
}

/** Base64 in lines of 60 characters, each ending in a newline, as GitHub sends file content. */
function base64Lines(text: string): string {
  const b64 = Buffer.from(text).toString('base64');
  return (b64.match(/.{1,60}/g) ?? []).map((line) => `${line}\n`).join('');
}
