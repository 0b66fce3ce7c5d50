/**
 * Endpoints behind Sift's per-item facts: an issue's timeline, a pull request (branches), its changed
 * files, and reactions on an issue's description and on its comments. Registered by routes.ts.
 */
import { notFound, page, validationFailed, type ApiResponse, type PageRequest } from './http.js';
import type { RouteContext } from './routes.js';
import { TimelineSerializer, type BranchRuleJson } from './serialize-timeline.js';
import type { IssueRecord, RepoStore } from './store.js';

type Params = Record<string, string>;
type On = (method: string, pattern: string, handler: (ctx: RouteContext, p: Params) => ApiResponse) => void;

export interface RouteHelpers {
  repoOf(ctx: RouteContext, p: Params): RepoStore;
  pageRequest(ctx: RouteContext): PageRequest;
}

export function registerTimelineRoutes(on: On, { repoOf, pageRequest }: RouteHelpers): void {
  const serializer = (ctx: RouteContext) => new TimelineSerializer(ctx.json, ctx.apiUrl);

  on('GET', '/repos/:owner/:repo/issues/:number/timeline', (ctx, p) => {
    const repo = repoOf(ctx, p);
    const timeline = serializer(ctx).timeline(repo, repo.require(Number(p.number)));
    return page(pageRequest(ctx), timeline.length, (i) => timeline[i]);
  });

  on('GET', '/repos/:owner/:repo/issues/:number/reactions', (ctx, p) => {
    const repo = repoOf(ctx, p);
    const reactions = repo.require(Number(p.number)).reactionList ?? [];
    const json = serializer(ctx);
    return page(pageRequest(ctx), reactions.length, (i) => json.reaction(reactions[i]));
  });

  // A reaction is no write to the issue: GitHub leaves its updated_at as it was.
  on('POST', '/repos/:owner/:repo/issues/:number/reactions', (ctx, p) => {
    const repo = repoOf(ctx, p);
    const body = ctx.body as { content?: unknown } | undefined;
    const content = typeof body?.content === 'string' ? body.content : '';
    if (!['+1', '-1', 'laugh', 'confused', 'heart', 'hooray', 'rocket', 'eyes'].includes(content)) {
      throw validationFailed('Reaction', 'content');
    }
    const before = repo.require(Number(p.number)).reactionList?.length ?? 0;
    const reaction = repo.addReaction(Number(p.number), content, ctx.actor);
    const created = (repo.require(Number(p.number)).reactionList?.length ?? 0) > before;
    return { status: created ? 201 : 200, body: serializer(ctx).reaction(reaction) };
  });

  on('GET', '/repos/:owner/:repo/issues/comments/:id/reactions', (ctx, p) => {
    const repo = repoOf(ctx, p);
    const comment = repo.comment(Number(p.id));
    if (!comment) throw notFound();
    const content = ctx.query.get('content');
    const list = (comment.reactionList ?? []).filter((r) => !content || r.content === content);
    return page(pageRequest(ctx), list.length, (i) => serializer(ctx).reaction(list[i]));
  });

  // 201 for a new reaction, 200 with the existing one when this user already reacted so.
  on('POST', '/repos/:owner/:repo/issues/comments/:id/reactions', (ctx, p) => {
    const repo = repoOf(ctx, p);
    const raw = (ctx.body as { content?: unknown } | undefined)?.content;
    const content = typeof raw === 'string' ? raw : '';
    if (!['+1', '-1', 'laugh', 'confused', 'heart', 'hooray', 'rocket', 'eyes'].includes(content)) {
      throw validationFailed('Reaction', 'content');
    }
    const { reaction, created } = repo.addCommentReaction(Number(p.id), content, ctx.actor);
    return { status: created ? 201 : 200, body: serializer(ctx).reaction(reaction) };
  });

  on('GET', '/repos/:owner/:repo/pulls/:number', (ctx, p) => {
    const repo = repoOf(ctx, p);
    const issue = requirePull(repo, p);
    const state = issue.pull?.state;
    // GitHub answers null while its background job computes mergeability (open pull requests only).
    let mergeable = state?.mergeable ?? null;
    if (state && state.pendingReads > 0) {
      state.pendingReads--;
      mergeable = null;
    }
    if (issue.state !== 'open') mergeable = null;
    return { status: 200, body: serializer(ctx).pull(repo, issue, mergeable) };
  });

  on('GET', '/repos/:owner/:repo/pulls/:number/reviews', (ctx, p) => {
    const repo = repoOf(ctx, p);
    const issue = requirePull(repo, p);
    // Oldest first, as GitHub lists them; pending reviews are their author's alone.
    const reviews = (issue.pull?.state.reviews ?? []).filter((r) => r.state !== 'PENDING');
    const json = serializer(ctx);
    return page(pageRequest(ctx), reviews.length, (i) => json.review(repo, issue, reviews[i]));
  });

  // A commit's check runs, found by the head sha of a pull request (the only commits the store knows).
  on('GET', '/repos/:owner/:repo/commits/:ref/check-runs', (ctx, p) => {
    const repo = repoOf(ctx, p);
    const runs = repo.issues.find((i) => i.pull?.state.headSha === p.ref)?.pull?.state.checkRuns ?? [];
    const json = serializer(ctx);
    const listing = page(pageRequest(ctx), runs.length, (i) => json.checkRun(repo, p.ref, runs[i]));
    // Not a bare list: { total_count, check_runs }, as GitHub answers.
    return { ...listing, body: { total_count: runs.length, check_runs: listing.body } };
  });

  on('GET', '/repos/:owner/:repo/commits/:ref/status', (ctx, p) => {
    const repo = repoOf(ctx, p);
    const statuses = repo.issues.find((i) => i.pull?.state.headSha === p.ref)?.pull?.state.statuses ?? [];
    return { status: 200, body: serializer(ctx).combinedStatus(repo, p.ref, statuses) };
  });

  // The rules in force on a branch (rulesets): a pull_request rule per branch given `requiredApprovals`.
  on('GET', '/repos/:owner/:repo/rules/branches/:branch', (ctx, p) => {
    const repo = repoOf(ctx, p);
    const required = repo.requiredApprovals.get(decodeURIComponent(p.branch));
    const rules: BranchRuleJson[] =
      required === undefined
        ? []
        : [
            {
              type: 'pull_request',
              parameters: {
                dismiss_stale_reviews_on_push: false,
                require_code_owner_review: false,
                require_last_push_approval: false,
                required_approving_review_count: required,
                required_review_thread_resolution: false,
              },
              ruleset_source_type: 'Repository',
              ruleset_source: repo.fullName,
              ruleset_id: 1,
            },
          ];
    return page(pageRequest(ctx), rules.length, (i) => rules[i]);
  });

  on('GET', '/repos/:owner/:repo/pulls/:number/files', (ctx, p) => {
    const repo = repoOf(ctx, p);
    const pull = requirePull(repo, p);
    const files = pull.pull?.files ?? [];
    const json = serializer(ctx);
    return page(pageRequest(ctx), files.length, (i) => json.file(repo, pull, files[i], i));
  });
}

/** GitHub answers 404 for the pulls endpoints of an issue. */
function requirePull(repo: RepoStore, p: Params): IssueRecord {
  const issue = repo.require(Number(p.number));
  if (!issue.pull_request) throw notFound();
  return issue;
}
