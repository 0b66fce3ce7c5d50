/**
 * A repository as GitHub sends it (GET /repos/{owner}/{repo}, an organisation's listing, a pull
 * request's base and head): every field the REST description requires, typed with its schema so none
 * can be left out. Counts the emulator does not model (stars, forks, size) are zero.
 */
import type { components } from '@octokit/openapi-types';
import type { SimpleUser } from './serialize.js';

type Schemas = components['schemas'];
/** Both shapes GitHub sends a repository in: the full one, and the one inside a pull request. */
export type FullRepositoryJson = Schemas['full-repository'] & Schemas['repository'];

export interface RepositoryFacts {
  id: number;
  owner: SimpleUser;
  name: string;
  private: boolean;
  fork: boolean;
  archived: boolean;
  disabled: boolean;
  defaultBranch: string;
  createdAt: string;
  openIssues: number;
}

const WEB = 'https://github.com';

export function repositoryJson(apiUrl: string, r: RepositoryFacts): FullRepositoryJson {
  const fullName = `${r.owner.login}/${r.name}`;
  const api = `${apiUrl}/repos/${fullName}`;
  return {
    id: r.id,
    node_id: Buffer.from(`010:Repository${r.id}`).toString('base64'),
    name: r.name,
    full_name: fullName,
    owner: r.owner,
    private: r.private,
    visibility: r.private ? 'private' : 'public',
    html_url: `${WEB}/${fullName}`,
    description: null,
    fork: r.fork,
    url: api,
    archive_url: `${api}/{archive_format}{/ref}`,
    assignees_url: `${api}/assignees{/user}`,
    blobs_url: `${api}/git/blobs{/sha}`,
    branches_url: `${api}/branches{/branch}`,
    collaborators_url: `${api}/collaborators{/collaborator}`,
    comments_url: `${api}/comments{/number}`,
    commits_url: `${api}/commits{/sha}`,
    compare_url: `${api}/compare/{base}...{head}`,
    contents_url: `${api}/contents/{+path}`,
    contributors_url: `${api}/contributors`,
    deployments_url: `${api}/deployments`,
    downloads_url: `${api}/downloads`,
    events_url: `${api}/events`,
    forks_url: `${api}/forks`,
    git_commits_url: `${api}/git/commits{/sha}`,
    git_refs_url: `${api}/git/refs{/sha}`,
    git_tags_url: `${api}/git/tags{/sha}`,
    git_url: `git://github.com/${fullName}.git`,
    hooks_url: `${api}/hooks`,
    issue_comment_url: `${api}/issues/comments{/number}`,
    issue_events_url: `${api}/issues/events{/number}`,
    issues_url: `${api}/issues{/number}`,
    keys_url: `${api}/keys{/key_id}`,
    labels_url: `${api}/labels{/name}`,
    languages_url: `${api}/languages`,
    merges_url: `${api}/merges`,
    milestones_url: `${api}/milestones{/number}`,
    notifications_url: `${api}/notifications{?since,all,participating}`,
    pulls_url: `${api}/pulls{/number}`,
    releases_url: `${api}/releases{/id}`,
    ssh_url: `git@github.com:${fullName}.git`,
    stargazers_url: `${api}/stargazers`,
    statuses_url: `${api}/statuses/{sha}`,
    subscribers_url: `${api}/subscribers`,
    subscription_url: `${api}/subscription`,
    tags_url: `${api}/tags`,
    teams_url: `${api}/teams`,
    trees_url: `${api}/git/trees{/sha}`,
    clone_url: `${WEB}/${fullName}.git`,
    mirror_url: null,
    svn_url: `${WEB}/${fullName}`,
    homepage: null,
    language: null,
    forks: 0,
    forks_count: 0,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    size: 0,
    default_branch: r.defaultBranch,
    open_issues: r.openIssues,
    open_issues_count: r.openIssues,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: true,
    has_wiki: true,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: r.archived,
    disabled: r.disabled,
    pushed_at: r.createdAt,
    created_at: r.createdAt,
    updated_at: r.createdAt,
    license: null,
    network_count: 0,
    subscribers_count: 0,
  };
}
