export const id = 423;
export const ids = [423];
export const modules = {

/***/ 6800:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ inCycle)
/* harmony export */ });
/**
 * Whether a comment posted at `createdAt` belongs to the comment cycle that started at `since` (the
 * item's last activity; any time when absent). At or after: a forge keeps whole seconds, and a comment
 * posted in the second the cycle started (an item opened and answered by a bot within a second) is
 * that cycle's. The other reading of that second, a person answering Sift's warning within the second
 * it was posted, does not happen; a rerun posting the same comment twice would.
 */
function inCycle(createdAt, since) {
    return since === undefined || Date.parse(createdAt) >= Date.parse(since);
}


/***/ }),

/***/ 9423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GitLabProvider: () => (/* binding */ GitLabProvider),
  GitLabReadError: () => (/* reexport */ errors/* GitLabReadError */.Mj),
  associationOfLevel: () => (/* binding */ associationOfLevel),
  createGitLabProvider: () => (/* binding */ createGitLabProvider)
});

// EXTERNAL MODULE: ./src/model/rules.ts
var rules = __webpack_require__(2622);
// EXTERNAL MODULE: ./src/providers/provider.ts
var provider = __webpack_require__(9545);
// EXTERNAL MODULE: ./src/providers/gitlab/client.ts
var client = __webpack_require__(1029);
// EXTERNAL MODULE: ./src/model/clock.ts
var model_clock = __webpack_require__(9967);
;// CONCATENATED MODULE: ./src/providers/gitlab/directory.ts
class Directory {
    client;
    projectPath;
    users = new Map();
    milestones = null;
    constructor(client, projectPath) {
        this.client = client;
        this.projectPath = projectPath;
    }
    /** The user with that username (case-insensitive), or null when there is none. */
    async user(username) {
        const key = username.toLowerCase();
        let found = this.users.get(key);
        if (!found) {
            found = this.client
                .get('/users', { username })
                .then((list) => list.find((u) => u.username.toLowerCase() === key) ?? null);
            // A failed lookup is not an answer: forget it so a later item asks again.
            const pending = found;
            pending.catch(() => {
                if (this.users.get(key) === pending)
                    this.users.delete(key);
            });
            this.users.set(key, pending);
        }
        return found;
    }
    /** Every milestone title, the project's and its groups'. */
    async milestoneTitles() {
        this.milestones ??= this.loadMilestones();
        try {
            return (await this.milestones).map((m) => m.title);
        }
        catch (error) {
            this.milestones = null;
            throw error;
        }
    }
    /**
     * The milestone with that exact title, or null. Project milestones and those of its groups
     * (`include_ancestors`), active preferred over closed when a title exists in both.
     */
    async milestone(title) {
        this.milestones ??= this.loadMilestones();
        let all;
        try {
            all = await this.milestones;
        }
        catch (error) {
            this.milestones = null;
            throw error;
        }
        const matching = all.filter((m) => m.title === title);
        return matching.find((m) => m.state !== 'closed') ?? matching[0] ?? null;
    }
    async loadMilestones() {
        const all = [];
        const path = `/projects/${encodeURIComponent(this.projectPath)}/milestones`;
        for await (const page of this.client.pages(path, {
            per_page: '100',
            include_ancestors: 'true',
        })) {
            all.push(...page);
        }
        return all;
    }
}

;// CONCATENATED MODULE: ./src/providers/gitlab/hierarchy.ts
const RELATED = 'iid title state webUrl namespace { fullPath }';
/** GitLab's largest page: 100 nodes. A listing page is at most 100 issues, so one page holds them. */
const PAGE = 100;
/** The query for `wanted`; with `after`, only the children after that cursor. */
function queryOf(wanted, after) {
    const fields = [];
    if (wanted.has('parent') && !after)
        fields.push(`parent { ${RELATED} widgets { ... on WorkItemWidgetLabels { labels(first: ${PAGE}) { nodes { title } } } } }`);
    if (wanted.has('subIssues'))
        fields.push(`children(first: ${PAGE}${after ? ', after: $after' : ''}) { nodes { ${RELATED} } pageInfo { hasNextPage endCursor } }`);
    const params = `$fullPath: ID!, $iids: [String!]!${after ? ', $after: String!' : ''}`;
    return (`query SiftHierarchy(${params}) { project(fullPath: $fullPath) { workItems(iids: $iids, first: ${PAGE}) ` +
        `{ nodes { iid widgets { ... on WorkItemWidgetHierarchy { ${fields.join(' ')} } } } } } }`);
}
class HierarchyReader {
    client;
    project;
    constructor(client, 
    /** The project's full path, `group/sub/app`. */
    project) {
        this.client = client;
        this.project = project;
    }
    /**
     * The wanted facts of each issue, by iid, in one query (plus one per issue with more than 100
     * children). Issues GitLab does not answer for (deleted since, or hidden from the token) are absent.
     * Throws on a failed request or on GraphQL errors, with GitLab's messages.
     */
    async read(iids, wanted) {
        const out = new Map();
        if (iids.length === 0 || wanted.size === 0)
            return out;
        const nodes = await this.workItems(queryOf(wanted, false), { iids: iids.map(String) });
        for (const node of nodes) {
            const widget = hierarchyWidget(node);
            const facts = {};
            if (wanted.has('parent'))
                facts.parent = widget.parent ? this.parentOf(widget.parent) : null;
            if (wanted.has('subIssues'))
                facts.subIssues = await this.children(node.iid, widget.children ?? null);
            out.set(Number(node.iid), facts);
        }
        return out;
    }
    async children(iid, first) {
        const related = (c) => (c?.nodes ?? []).flatMap((n) => (n ? [this.related(n)] : []));
        const all = related(first);
        let page = first?.pageInfo;
        while (page?.hasNextPage && page.endCursor) {
            const [node] = await this.workItems(queryOf(new Set(['subIssues']), true), {
                iids: [iid],
                after: page.endCursor,
            });
            if (!node)
                throw new Error(`GitLab's GraphQL API no longer answers for issue #${iid}`);
            const next = hierarchyWidget(node).children ?? null;
            all.push(...related(next));
            page = next?.pageInfo;
        }
        return all;
    }
    async workItems(query, variables) {
        const { data, errors } = await this.client.graphql(query, {
            fullPath: this.project,
            ...variables,
        });
        if (errors && errors.length > 0)
            throw new Error(`GitLab's GraphQL API answered: ${errors.map((e) => e.message).join('; ')}`);
        if (!data?.project)
            throw new Error(`GitLab's GraphQL API does not show the project (it does not exist, or the token cannot read it: it needs the read_api or api scope)`);
        return (data.project.workItems?.nodes ?? []).flatMap((n) => (n ? [n] : []));
    }
    parentOf(node) {
        const labels = (node.widgets ?? []).flatMap((w) => (w.labels?.nodes ?? []).flatMap((l) => (l ? [l.title] : [])));
        return { ...this.related(node), labels };
    }
    /**
     * A related work item as Sift names one. Its repository is its namespace's path: a project's for an
     * issue or a task, a group's for an epic.
     */
    related(node) {
        return {
            number: Number(node.iid),
            title: node.title,
            state: node.state === 'CLOSED' ? 'closed' : 'open',
            url: node.webUrl ?? '',
            repository: node.namespace?.fullPath ?? this.project,
        };
    }
}
/** The node's hierarchy widget; other widgets answer the inline fragment with `{}`. */
function hierarchyWidget(node) {
    return (node.widgets ?? []).find((w) => 'children' in w || 'parent' in w) ?? {};
}

// EXTERNAL MODULE: ./src/providers/gitlab/errors.ts
var errors = __webpack_require__(5593);
;// CONCATENATED MODULE: ./src/providers/gitlab/map.ts
function toItem(type, api) {
    const mr = type === 'pull_request' ? api : null;
    return {
        type,
        number: api.iid,
        title: api.title,
        body: api.description ?? '',
        // `locked` is a merge request being merged right now: still open. `merged` is closed, as on GitHub.
        state: api.state === 'closed' || api.state === 'merged' ? 'closed' : 'open',
        draft: mr ? (mr.draft ?? mr.work_in_progress ?? false) : false,
        locked: api.discussion_locked === true,
        // A deleted account shows as null; GitLab attributes its content to "ghost".
        author: api.author?.username ?? 'ghost',
        // GitLab has no author association; NONE is what GitHub reports for "no relation".
        authorAssociation: 'NONE',
        labels: api.labels.map(labelName).filter((name) => name !== ''),
        assignees: api.assignees
            ? api.assignees.map((a) => a.username)
            : api.assignee
                ? [api.assignee.username]
                : [],
        milestone: api.milestone?.title ?? null,
        // user_notes_count leaves out system notes ("closed", "assigned to @x"), as GitHub's comment count does.
        comments: api.user_notes_count,
        // The listing carries only thumbs up and down; other award emoji would cost a request per item.
        reactions: { total: api.upvotes + api.downvotes, thumbsUp: api.upvotes },
        createdAt: api.created_at,
        updatedAt: api.updated_at,
        closedAt: api.closed_at ?? mr?.merged_at ?? null,
        // GitLab records no other close reason: an issue closed otherwise reads as null, not `completed`.
        closedAs: !mr && api.state === 'closed' && api._links?.closed_as_duplicate_of ? 'duplicate' : null,
        url: api.web_url,
    };
}
/** A fork is a source project other than the target project. */
function branchesOf(mr) {
    return {
        base: mr.target_branch,
        head: mr.source_branch,
        fork: mr.source_project_id !== mr.target_project_id,
    };
}
function labelName(label) {
    return typeof label === 'string' ? label : label.name;
}

;// CONCATENATED MODULE: ./src/providers/gitlab/merge.ts
/**
 * Interleaves several sorted async streams into one sorted stream, lazily: a source is pulled only when
 * its previous head has been handed to the consumer and the consumer asks for more, so a source pages
 * no further ahead than the walk has reached.
 */
async function* mergeSorted(sources, compare) {
    const iterators = sources.map((s) => s[Symbol.asyncIterator]());
    // undefined: not pulled yet; null: exhausted.
    const heads = iterators.map(() => undefined);
    try {
        for (;;) {
            for (const [i, iterator] of iterators.entries()) {
                if (heads[i] !== undefined)
                    continue;
                const next = await iterator.next();
                heads[i] = next.done ? null : { value: next.value };
            }
            let pick = -1;
            for (const [i, head] of heads.entries()) {
                const best = pick < 0 ? null : heads[pick];
                // Ties go to the earlier source, so the order given for equal keys is kept.
                if (head && (!best || compare(head.value, best.value) < 0))
                    pick = i;
            }
            if (pick < 0)
                return;
            const { value } = heads[pick];
            heads[pick] = undefined;
            yield value;
        }
    }
    finally {
        // The consumer stopped early (break) or a source failed: let the others clean up.
        await Promise.all(iterators.map((it, i) => (heads[i] === null ? undefined : it.return?.())));
    }
}

;// CONCATENATED MODULE: ./src/providers/gitlab/pacing.ts
const WINDOW_MS = 60_000;
class NotePacer {
    perMinute;
    clock;
    sent = [];
    /** `perMinute` of Infinity turns pacing off. */
    constructor(perMinute, clock) {
        this.perMinute = perMinute;
        this.clock = clock;
        if (!(perMinute > 0))
            throw new Error(`notesPerMinute must be a positive number, not ${perMinute}`);
    }
    /** Resolves when one more note may be sent, and counts it as sent. */
    async take() {
        if (this.perMinute === Infinity)
            return;
        for (;;) {
            const now = this.clock.now();
            while (this.sent.length > 0 && this.sent[0] <= now - WINDOW_MS)
                this.sent.shift();
            if (this.sent.length < this.perMinute) {
                this.sent.push(now);
                return;
            }
            await this.clock.sleep(this.sent[0] + WINDOW_MS - now);
        }
    }
}

// EXTERNAL MODULE: ./src/providers/gitlab/timeline.ts
var timeline = __webpack_require__(5081);
// EXTERNAL MODULE: ./src/providers/rule-comments.ts
var rule_comments = __webpack_require__(3137);
// EXTERNAL MODULE: ./src/providers/number-set.ts
var number_set = __webpack_require__(9019);
// EXTERNAL MODULE: ./src/engine/command-lines.ts
var command_lines = __webpack_require__(3541);
// EXTERNAL MODULE: ./src/providers/comment-cycle.ts
var comment_cycle = __webpack_require__(6800);
// EXTERNAL MODULE: ./src/model/records.ts
var records = __webpack_require__(2651);
;// CONCATENATED MODULE: ./src/providers/gitlab/pull-state.ts
/**
 * Statuses while GitLab is still computing mergeability in the background (after a push, or on the
 * first read of a merge request): asked once more, then left unknown.
 */
const COMPUTING = new Set([
    'checking',
    'unchecked',
    'preparing',
    'cannot_be_merged_recheck',
    'cannot_be_merged_rechecking',
]);
/** Whether GitLab has not yet computed whether the merge request conflicts with its target branch. */
function mergeabilityPending(mr) {
    if (mr.state !== 'opened')
        return false;
    const status = mr.detailed_merge_status ?? mr.merge_status;
    return status !== undefined && COMPUTING.has(status);
}
/** false: conflicts with its target branch; null: not computed. Other blockers (approvals, CI) are not conflicts. */
function mergeableOf(mr) {
    if (mergeabilityPending(mr))
        return null;
    if (mr.detailed_merge_status === 'conflict' || mr.has_conflicts === true)
        return false;
    if (mr.has_conflicts === false)
        return true;
    return mr.merge_status === 'cannot_be_merged' ? false : mr.merge_status === undefined ? null : true;
}
/** Review requested and not yet given: a reviewer whose state is unreviewed or a review in progress. */
const WAITING_STATES = new Set(['unreviewed', 'review_started']);
function pullStateOf(mr, diffs, reviewers) {
    return {
        mergeable: mergeableOf(mr),
        lines: diffs.lines,
        files: filesChanged(mr.changes_count, diffs.files),
        requestedReviewers: reviewers.flatMap((r) => r.user && WAITING_STATES.has(r.state) ? [r.user.username] : []),
        headSha: mr.sha ?? '',
    };
}
/** `changes_count` when GitLab computed an exact one; past its limit (`"1000+"`) or unset, the diffs read. */
function filesChanged(count, listed) {
    if (count !== null && count !== undefined && /^\d+$/.test(count))
        return Number(count);
    if (count !== null && count !== undefined && /^\d+\+$/.test(count))
        return Math.max(listed, parseInt(count, 10));
    return listed;
}
/** Lines added plus deleted in one file's diff text (GitLab's `diff` holds hunks, no file header). */
function changedLines(diff) {
    let lines = 0;
    for (const line of diff.split('\n')) {
        if ((line.startsWith('+') && !line.startsWith('+++')) ||
            (line.startsWith('-') && !line.startsWith('---')))
            lines++;
    }
    return lines;
}
/**
 * Each reviewer's verdict: approvals from the approvals (at `approved_at`), requests for changes from
 * the reviewers' states. The decision is GitLab's: changes requested by a reviewer wins; approvals
 * left (approval rules not yet satisfied) is review-required; else approved when someone approved,
 * and derived (none) otherwise. GitLab names no commit an approval or a request was given on.
 */
function pullReviewsOf(approvals, reviewers, fallbackAt) {
    const latest = new Map();
    for (const entry of approvals.approved_by ?? []) {
        if (!entry.user)
            continue;
        latest.set(entry.user.username.toLowerCase(), {
            reviewer: entry.user.username,
            verdict: 'approved',
            at: entry.approved_at ?? fallbackAt,
        });
    }
    for (const reviewer of reviewers) {
        if (!reviewer.user || reviewer.state !== 'requested_changes')
            continue;
        latest.set(reviewer.user.username.toLowerCase(), {
            reviewer: reviewer.user.username,
            verdict: 'changes_requested',
            at: reviewer.created_at ?? fallbackAt,
        });
    }
    const verdicts = [...latest.values()].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    const required = approvals.approvals_required ?? 0;
    const left = approvals.approvals_left ?? 0;
    const decision = verdicts.some((v) => v.verdict === 'changes_requested')
        ? 'changes-requested'
        : left > 0
            ? 'review-required'
            : verdicts.length > 0
                ? 'approved'
                : null;
    return { latest: verdicts, required, decision };
}
/**
 * A job as a check. Running or waiting is pending; a failure that is allowed (`allow_failure`) passes,
 * as GitLab's pipeline does; skipped passes (GitHub's merge box treats skipped checks so too);
 * canceled fails. Manual jobs nobody started are not checks yet: a blocking one (not allowed to fail)
 * holds the pipeline, so it is pending; an optional one is left out.
 */
function jobCheck(job) {
    const state = jobState(job);
    return state === null ? null : { name: job.name, state };
}
function jobState(job) {
    switch (job.status) {
        case 'success':
        case 'skipped':
            return 'success';
        case 'failed':
            return job.allow_failure ? 'success' : 'failure';
        case 'canceled':
        case 'canceling':
            return 'failure';
        case 'manual':
            return job.allow_failure === false ? 'pending' : null;
        default:
            // created, pending, running, preparing, scheduled, waiting_for_resource, waiting_for_callback
            return 'pending';
    }
}

;// CONCATENATED MODULE: ./src/providers/gitlab/index.ts


















function createGitLabProvider(options) {
    return new GitLabProvider(options);
}
/**
 * GitLab has no author association, and no issue types in GitHub's sense: its `issue_type` is a fixed
 * kind (issue, incident, task, test case) every issue has, not an organisation's taxonomy that may be
 * unset. Mapping one onto the other would make `issue-type: none` never hold and `Bug` never match, so
 * rules using them are refused at load time (GitLab projects use scoped labels, `type::bug`, instead).
 */
const CONDITIONS = rules/* CONDITION_KINDS */.Cv.filter((kind) => !['author-association', 'issue-type', 'form', 'project'].includes(kind));
/**
 * Deleting a merge request's source branch is left to GitLab's own "Delete source branch"
 * (`remove_source_branch`), which applies on merge; Sift's `delete-branch` (after closing unmerged
 * work) is GitHub only for now, and refused at load time here.
 */
const ACTIONS = rules/* ACTION_KINDS */.jq.filter((kind) => !['issue-type', 'delete-branch', 'project'].includes(kind));
/** What reads GitLab's work-item hierarchy (hierarchy.ts): refused with a CI job token. */
const HIERARCHY_CONDITIONS = ['sub-issues', 'parent'];
const HIERARCHY_FACTS = ['subIssues', 'parent'];
/**
 * Why, in the refusal. Sub-issues and parents are read from GitLab's work-item hierarchy through its
 * GraphQL API (hierarchy.ts), which GitLab does not open to a CI job token (the job token reaches only
 * the REST endpoints GitLab lists for it).
 */
const HIERARCHY_WITH_JOB_TOKEN = "GitLab's child items and parents are in its work-item hierarchy, which only its GraphQL API serves, " +
    'and a CI job token cannot use that API: set GITLAB_TOKEN (a token with the read_api or api scope)';
const WHY = {
    form: 'GitLab has no issue forms (its description templates are free Markdown, with no fields to read)',
    project: "GitHub Projects (v2) have no GitLab equivalent (GitLab's issue boards are views of labels and milestones); use labels or milestones instead",
};
const FACTS = [
    'labelAppliedAt',
    'timeline',
    // Sift's notes of the rules `vetoed` names, with their thumbsdown awards and the notes after them.
    'ruleComments',
    // Members' access levels for `by: maintainers` (notes carry no association), once per person and run.
    'associations',
    'reactions',
    'branches',
    'files',
    'linked',
    // A merge request's state (see pull-state.ts): read per merge request, only when a rule needs it.
    'pull',
    'reviews',
    'checks',
    // The work-item hierarchy (hierarchy.ts): one GraphQL query per listing page, only when a rule needs it.
    ...HIERARCHY_FACTS,
];
class GitLabProvider {
    capabilities;
    repository;
    /** Merge requests are `!12` in reports, as GitLab writes them (`#12` is issue 12 here). */
    forge = 'gitlab';
    client;
    directory;
    hierarchy;
    pacer;
    perPage;
    token;
    /** `/projects/group%2Fsub%2Fapp`: GitLab takes the URL-encoded path wherever it takes an id. */
    projectRoot;
    /** The username Sift runs as (GET /user), read once, and only when a person's note carries a marker. */
    selfUsername = null;
    /** Author associations by user id, read once per run (see associationOf). */
    associations = new Map();
    clock;
    mergeablePauseMs;
    /**
     * Merge requests as read one at a time (GET .../merge_requests/:iid), by iid, once per run: the
     * branches, the state and the head pipeline of one answer. `again` marks those asked twice already.
     */
    details = new Map();
    askedAgain = new Set();
    /** Reviewers and their review states by iid, once per run (state and reviews both read them). */
    reviewerStates = new Map();
    /** What the diffs say (paths, lines), by iid, once per run (files and size both read them). */
    diffSummaries = new Map();
    constructor(options) {
        const parts = options.project.replace(/^\/+|\/+$/g, '').split('/');
        if (parts.length < 2 || parts.some((p) => p.trim() === '')) {
            throw new Error(`project must be a full path such as "group/project" or "group/sub/project", not "${options.project}"`);
        }
        const perPage = options.perPage ?? 100;
        if (!Number.isInteger(perPage) || perPage < 1 || perPage > 100) {
            throw new Error(`perPage must be an integer from 1 to 100, not ${perPage}`);
        }
        const clock = options.clock ?? model_clock/* realClock */.d;
        // A CI job token can read a project's issues but not change them: a rules file that writes is
        // refused at load time, naming the token, rather than failing on its first write.
        const jobToken = options.tokenKind === 'job' && !options.allowJobTokenWrites;
        // GitLab's GraphQL API, where the hierarchy is, takes no CI job token (writes allowed or not).
        const noGraphql = options.tokenKind === 'job';
        this.capabilities = {
            name: jobToken ? 'gitlab (with CI_JOB_TOKEN, which is read-only: set GITLAB_TOKEN to write)' : 'gitlab',
            conditions: new Set(noGraphql ? CONDITIONS.filter((k) => !HIERARCHY_CONDITIONS.includes(k)) : CONDITIONS),
            actions: new Set(jobToken ? [] : ACTIONS.filter((k) => !noGraphql || k !== 'inherit-labels')),
            facts: new Set(noGraphql ? FACTS.filter((f) => !HIERARCHY_FACTS.includes(f)) : FACTS),
            // Commands need Sift's answer (an award emoji), a write a job token cannot make.
            commands: !jobToken,
            // `/duplicate #N` is the one close reason GitLab records (the issue's `_links.closed_as_duplicate_of`).
            closeReasons: ['duplicate'],
            why: noGraphql
                ? {
                    ...WHY,
                    'sub-issues': HIERARCHY_WITH_JOB_TOKEN,
                    parent: HIERARCHY_WITH_JOB_TOKEN,
                    'inherit-labels': HIERARCHY_WITH_JOB_TOKEN,
                }
                : WHY,
        };
        this.repository = parts.join('/');
        this.projectRoot = `/projects/${encodeURIComponent(this.repository)}`;
        this.perPage = perPage;
        this.token = options.token;
        this.client = new client/* GitLabClient */.z({
            baseUrl: options.baseUrl ?? 'https://gitlab.com/api/v4',
            token: options.token,
            tokenKind: options.tokenKind ?? 'private',
            clock,
            maxRetries: options.maxRetries ?? 3,
            maxRetryWaitMs: options.maxRetryWaitMs ?? 60_000,
            userAgent: options.userAgent,
        });
        this.directory = new Directory(this.client, this.repository);
        this.hierarchy = new HierarchyReader(this.client, this.repository);
        this.pacer = new NotePacer(options.notesPerMinute ?? 60, clock);
        this.clock = clock;
        this.mergeablePauseMs = options.mergeablePauseMs ?? 2_000;
    }
    /**
     * Issues and merge requests interleaved by creation time, oldest first: the order GitHub's single
     * listing has, so a rules file plans in the same order on both forges. Each listing pages lazily.
     * Issues use keyset pagination: the next page starts after a cursor, so items that close or reopen
     * mid-walk shift nothing (GitLab versions without it answer with offset pages, followed the same way).
     * Merge requests have offset pages only; an item seen twice after such a shift is yielded once.
     */
    async *items(query) {
        // The rules file is checked against the capabilities first; this only guards library callers.
        if (query.type === 'discussion')
            throw new Error('GitLab has no discussions of the GitHub kind');
        const sources = [];
        const hierarchy = hierarchyWanted(query.prefetch ?? [], this.capabilities.facts);
        if (query.type !== 'pull_request') {
            sources.push(this.listing('issue', 'issues', issueState(query.state), { pagination: 'keyset' }, hierarchy));
        }
        if (query.type !== 'issue') {
            for (const state of mergeRequestStates(query.state)) {
                sources.push(this.listing('pull_request', 'merge_requests', state, {}));
            }
        }
        const withBranches = query.prefetch?.includes('branches') ?? false;
        // A merge request reopened by someone else mid-walk shifts offset pages back: it would come twice.
        const seen = { issue: new number_set/* NumberSet */.e(), pull_request: new number_set/* NumberSet */.e() };
        for await (const { type, api, prefetched } of mergeSorted(sources, byCreation)) {
            if (seen[type].has(api.iid))
                continue;
            seen[type].add(api.iid);
            const item = toItem(type, api);
            if (withBranches) {
                // The listing carries the branches already: hand them over instead of a request per item later.
                item.prefetched = {
                    branches: type === 'pull_request' ? branchesOf(api) : null,
                };
            }
            // A merge request is in no hierarchy: nothing to read.
            const facts = type === 'pull_request' ? noHierarchy(hierarchy) : prefetched;
            if (facts && Object.keys(facts).length > 0)
                item.prefetched = { ...item.prefetched, ...facts };
            yield item;
        }
    }
    /**
     * One issue (`12` and `#12` name an issue on GitLab) or merge request (`!12`) by its iid, or null
     * when the project has none (404). One request.
     */
    async getItem(number, type = 'issue') {
        const key = { type, number };
        try {
            return toItem(type, await this.client.get(this.itemPath(key)));
        }
        catch (error) {
            if (error instanceof errors/* GitLabHttpError */.cN && error.status === 404)
                return null;
            throw (0,errors/* readError */.lS)(error, this.failure(`reading ${(0,errors/* describeItem */.f)(key)}`));
        }
    }
    async facts(item, names) {
        const facts = {};
        const wants = (name) => names.includes(name);
        // One read of the label history serves both facts that need it.
        const events = wants('labelAppliedAt') || wants('timeline') ? await this.labelEvents(item) : [];
        if (wants('labelAppliedAt'))
            facts.labelAppliedAt = (0,timeline/* labelAppliedAt */.xn)(events);
        const notes = wants('timeline') || wants('associations')
            ? await this.all(item, 'notes', noteOrder())
            : [];
        if (wants('timeline'))
            facts.timeline = (0,timeline/* timeline */.IO)(notes, events, (0,timeline/* needsSelf */.aw)(notes) ? await this.self() : null);
        if (wants('associations'))
            facts.associations = await this.noteAssociations(notes);
        // GitLab's award emoji carry no time in the listing and the clock reads none: no reaction is activity.
        if (wants('reactions'))
            facts.reactions = [];
        const isMr = item.type === 'pull_request';
        if (wants('branches'))
            facts.branches = isMr ? branchesOf(await this.detail(item)) : null;
        if (wants('files'))
            facts.files = isMr ? (await this.diffSummary(item)).paths : [];
        if (wants('linked'))
            facts.linked = await this.linked(item);
        if (wants('pull'))
            facts.pull = isMr ? await this.pullState(item) : null;
        if (wants('reviews'))
            facts.reviews = isMr ? await this.pullReviews(item) : null;
        if (wants('checks'))
            facts.checks = isMr ? await this.pipelineChecks(item) : null;
        const hierarchy = hierarchyWanted(names, this.capabilities.facts);
        if (hierarchy.size > 0)
            Object.assign(facts, isMr ? noHierarchy(hierarchy) : await this.itemHierarchy(item, hierarchy));
        return facts;
    }
    /** Mergeability (asked again once while GitLab computes it), size, and reviewers yet to review. */
    async pullState(item) {
        let mr = await this.detail(item);
        if (mergeabilityPending(mr) && !this.askedAgain.has(item.number)) {
            this.askedAgain.add(item.number);
            await this.clock.sleep(this.mergeablePauseMs);
            this.details.delete(item.number);
            mr = await this.detail(item);
        }
        const diffs = await this.diffSummary(item);
        const reviewers = (mr.reviewers ?? []).length > 0 ? await this.reviewers(item) : [];
        return pullStateOf(mr, { files: diffs.paths.length, lines: diffs.lines }, reviewers);
    }
    /** Approvals and requests for changes: the approvals, and the reviewers' states. */
    async pullReviews(item) {
        const approvals = await this.read(`reading the approvals of ${(0,errors/* describeItem */.f)(item)}`, () => this.client.get(`${this.itemPath(item)}/approvals`));
        const reviewers = await this.reviewers(item);
        return pullReviewsOf(approvals, reviewers, new Date(this.clock.now()).toISOString());
    }
    /** The jobs of the head pipeline (in the project it ran in: a fork's, for a fork's pipeline). */
    async pipelineChecks(item) {
        const pipeline = (await this.detail(item)).head_pipeline;
        if (!pipeline)
            return [];
        const project = pipeline.project_id ?? this.repository;
        const checks = [];
        for await (const job of this.collection(`/projects/${encodeURIComponent(String(project))}/pipelines/${pipeline.id}/jobs`, { per_page: '100' }, `reading the jobs of pipeline ${pipeline.id} of ${(0,errors/* describeItem */.f)(item)}`)) {
            const check = jobCheck(job);
            if (check)
                checks.push(check);
        }
        return checks;
    }
    detail(item) {
        return this.remember(this.details, item, () => this.read(`reading ${(0,errors/* describeItem */.f)(item)}`, () => this.client.get(this.itemPath(item))));
    }
    reviewers(item) {
        return this.remember(this.reviewerStates, item, () => this.read(`reading the reviewers of ${(0,errors/* describeItem */.f)(item)}`, () => this.client.get(`${this.itemPath(item)}/reviewers`)));
    }
    /** Paths after the change (a deleted file by the path it had), and lines added plus deleted. */
    diffSummary(item) {
        return this.remember(this.diffSummaries, item, async () => {
            const diffs = await this.all(item, 'diffs', { per_page: '100' });
            return {
                paths: diffs.map((d) => (d.deleted_file ? d.old_path : d.new_path)),
                lines: diffs.reduce((sum, d) => sum + changedLines(d.diff ?? ''), 0),
            };
        });
    }
    /** One read per item and run; a failed read is forgotten, so a later call tries again. */
    remember(cache, item, read) {
        let known = cache.get(item.number);
        if (known === undefined) {
            known = read();
            cache.set(item.number, known);
            known.catch(() => cache.delete(item.number));
        }
        return known;
    }
    /**
     * Notes with command lines created since `scope.since`, newest first until older ones (the scope is
     * a few days: one page for most items). For each person's note, the author's access level (one read
     * per author per run) and the award emoji (one read per note with commands).
     */
    async commandComments(item, scope) {
        const doing = `reading the notes with commands of ${(0,errors/* describeItem */.f)(item)}`;
        const since = Date.parse(scope.since);
        const found = [];
        const newestFirst = { order_by: 'created_at', sort: 'desc', per_page: '100' };
        for await (const note of this.collection(`${this.itemPath(item)}/notes`, newestFirst, doing)) {
            if (Date.parse(note.created_at) < since)
                break;
            if (note.system || (scope.commentId !== undefined && String(note.id) !== scope.commentId))
                continue;
            if ((0,command_lines/* commandLines */.Z)(note.body).length === 0)
                continue;
            const bot = (0,timeline/* isBot */.w2)(note.author);
            found.unshift({
                id: String(note.id),
                author: note.author?.username ?? 'ghost',
                authorIsBot: bot,
                association: bot || !note.author ? 'NONE' : await this.associationOf(note.author),
                body: note.body,
                createdAt: note.created_at,
                answered: !bot && (await this.answered(item, note.id)),
            });
        }
        return found;
    }
    /** The project's labels, its groups' included (GitLab's default for this listing). */
    async labelNames() {
        const doing = `reading the labels of ${this.repository}`;
        const names = [];
        for await (const label of this.collection(`${this.projectRoot}/labels`, { per_page: '100' }, doing))
            names.push(label.name);
        return names;
    }
    /** GitLab answers a second award of the same emoji by the same user with 404 "already been taken". */
    async addReaction(item, commentId, content) {
        const name = content === '+1' ? 'thumbsup' : 'confused';
        try {
            await this.client.send('POST', `${this.itemPath(item)}/notes/${commentId}/award_emoji`, { name });
        }
        catch (error) {
            if (error instanceof errors/* GitLabHttpError */.cN &&
                error.status === 404 &&
                /already been taken/i.test(error.message))
                return;
            throw (0,errors/* writeError */.oG)(error, this.failure(`awarding ${name} to note ${commentId} on ${(0,errors/* describeItem */.f)(item)}`));
        }
    }
    /**
     * The association of each person who wrote a note or a system note (bots aside), from their access
     * level: one read per person and run, shared with commands.
     */
    async noteAssociations(notes) {
        const people = new Map();
        for (const note of notes)
            if (note.author && !(0,timeline/* isBot */.w2)(note.author))
                people.set(note.author.id, note.author);
        const found = (0,records/* keyedRecord */.I)();
        for (const person of people.values())
            found[person.username.toLowerCase()] = await this.associationOf(person);
        return found;
    }
    /** Usernames GitLab has no user by (GET /users?username=, once per name and run). */
    async unknownUsers(logins) {
        const users = await this.read('looking up users', () => Promise.all(logins.map((login) => this.directory.user(login))));
        return logins.filter((_, i) => users[i] === null);
    }
    milestoneTitles() {
        return this.read(`reading the milestones of ${this.repository}`, () => this.directory.milestoneTitles());
    }
    /** The member's access level as GitHub's author association (see docs/commands.md). */
    associationOf(author) {
        let known = this.associations.get(author.id);
        if (known === undefined) {
            known = this.client.get(`${this.projectRoot}/members/all/${author.id}`).then((member) => associationOfLevel(member.access_level), (error) => {
                if (error instanceof errors/* GitLabHttpError */.cN && error.status === 404)
                    return 'NONE';
                this.associations.delete(author.id);
                throw (0,errors/* readError */.lS)(error, this.failure(`reading the access level of ${author.username}`));
            });
            this.associations.set(author.id, known);
        }
        return known;
    }
    /** Sift's thumbsup or confused is on the note: by the user Sift runs as, or by a bot when unknown. */
    async answered(item, noteId) {
        const doing = `reading the award emoji of note ${noteId} on ${(0,errors/* describeItem */.f)(item)}`;
        const awards = [];
        for await (const award of this.collection(`${this.itemPath(item)}/notes/${noteId}/award_emoji`, { per_page: '100' }, doing))
            if (award.name === 'thumbsup' || award.name === 'confused')
                awards.push(award);
        if (awards.length === 0)
            return false;
        // Only the account Sift runs as answers for Sift: another bot's award is that bot's.
        const self = await this.self();
        return self !== null && awards.some((a) => a.user?.username.toLowerCase() === self.toLowerCase());
    }
    /**
     * The item's notes, then the thumbsdown award emoji of each rule's latest note: one request more per
     * note, only for the rules `vetoed` names that have one. Sift's notes are those of the user it runs as.
     */
    async ruleComments(item, rules) {
        const notes = [];
        for await (const note of this.collection(`${this.itemPath(item)}/notes`, noteOrder(), `reading the notes of ${(0,errors/* describeItem */.f)(item)}`))
            if (!note.system)
                notes.push(note);
        const self = (0,timeline/* needsSelf */.aw)(notes) ? await this.self() : null;
        const isSelf = (user) => self !== null && user !== null && user.username.toLowerCase() === self.toLowerCase();
        const listed = notes.map((n) => ({
            id: String(n.id),
            body: n.body,
            createdAt: n.created_at,
            author: n.author?.username ?? 'ghost',
            sift: isSelf(n.author),
        }));
        const out = {};
        for (const [rule, note] of (0,rule_comments/* latestRuleComments */.y9)(listed, rules)) {
            let thumbsDown = 0;
            for await (const award of this.collection(`${this.itemPath(item)}/notes/${note.id}/award_emoji`, { per_page: '100' }, `reading the award emoji of Sift's note on ${(0,errors/* describeItem */.f)(item)}`))
                if (award.name === 'thumbsdown' && !isSelf(award.user))
                    thumbsDown++;
            out[rule] = (0,rule_comments/* ruleCommentOf */.hS)(note, listed, thumbsDown);
        }
        return out;
    }
    /** Notes come oldest first (by creation); the first of Sift's with the marker after `since` wins. */
    async findComment(item, marker, since) {
        const doing = `reading the notes of ${(0,errors/* describeItem */.f)(item)}`;
        for await (const note of this.collection(`${this.itemPath(item)}/notes`, noteOrder(), doing)) {
            if (note.system || !note.body.includes(marker) || !(0,comment_cycle/* inCycle */.M)(note.created_at, since))
                continue;
            if ((0,timeline/* isSiftNote */.zO)(note, await this.self(), marker))
                return { id: String(note.id), body: note.body, createdAt: note.created_at };
        }
        return null;
    }
    async addLabels(item, labels) {
        await this.update(item, `adding ${quoteList('label', labels)} to ${(0,errors/* describeItem */.f)(item)}`, {
            add_labels: labels.join(','),
        });
    }
    /** Removing a label the item does not have is no error on GitLab: the call is idempotent as is. */
    async removeLabel(item, label) {
        await this.update(item, `removing label "${label}" from ${(0,errors/* describeItem */.f)(item)}`, { remove_labels: label });
    }
    async createComment(item, body) {
        await this.pacer.take();
        const note = await this.write(`commenting on ${(0,errors/* describeItem */.f)(item)}`, () => this.client.send('POST', `${this.itemPath(item)}/notes`, { body }));
        return String(note.id);
    }
    async deleteComment(item, commentId) {
        await this.write(`deleting its duplicate note ${commentId} on ${(0,errors/* describeItem */.f)(item)}`, () => this.client.delete(`${this.itemPath(item)}/notes/${commentId}`));
    }
    async updateComment(item, commentId, body) {
        const doing = `editing note ${commentId} on ${(0,errors/* describeItem */.f)(item)}`;
        if (!/^\d+$/.test(commentId))
            throw new provider/* ItemWriteError */.f(`${doing} failed: "${commentId}" is not a GitLab note id`);
        await this.write(doing, () => this.client.send('PUT', `${this.itemPath(item)}/notes/${commentId}`, { body }));
    }
    /** GitLab has no close reason: the item is closed, the reason is not sent. */
    async close(item, reason) {
        await this.update(item, `closing ${(0,errors/* describeItem */.f)(item)} (${reason})`, { state_event: 'close' });
    }
    async reopen(item) {
        await this.update(item, `reopening ${(0,errors/* describeItem */.f)(item)}`, { state_event: 'reopen' });
    }
    /** GitLab has no lock reason: the discussion is locked, and the reason appears only in messages. */
    async lock(item, reason) {
        const doing = `locking ${(0,errors/* describeItem */.f)(item)}${reason ? ` (${reason})` : ''}`;
        await this.update(item, doing, { discussion_locked: true });
    }
    async unlock(item) {
        await this.update(item, `unlocking ${(0,errors/* describeItem */.f)(item)}`, { discussion_locked: false });
    }
    async addAssignees(item, logins) {
        const doing = `assigning ${logins.join(', ')} to ${(0,errors/* describeItem */.f)(item)}`;
        const wanted = await this.userIds(logins, doing);
        const current = await this.current(item, doing);
        const ids = union((current.assignees ?? []).map((u) => u.id), wanted);
        const updated = await this.update(item, doing, { assignee_ids: ids });
        this.checkApplied(doing, logins, updated.assignees ?? [], 'assigned');
    }
    async removeAssignees(item, logins) {
        const doing = `unassigning ${logins.join(', ')} from ${(0,errors/* describeItem */.f)(item)}`;
        const leaving = new Set(logins.map((l) => l.toLowerCase()));
        const current = await this.current(item, doing);
        const ids = (current.assignees ?? [])
            .filter((u) => !leaving.has(u.username.toLowerCase()))
            .map((u) => u.id);
        // GitLab's documented "nobody": 0.
        await this.update(item, doing, { assignee_ids: ids.length > 0 ? ids : [0] });
    }
    async setMilestone(item, title) {
        const doing = title === null
            ? `clearing the milestone of ${(0,errors/* describeItem */.f)(item)}`
            : `setting milestone "${title}" on ${(0,errors/* describeItem */.f)(item)}`;
        let id = 0; // GitLab's documented "no milestone"
        if (title !== null) {
            const milestone = await this.write(`${doing}: reading the milestones`, () => this.directory.milestone(title));
            if (!milestone)
                throw new provider/* ItemWriteError */.f(`milestone "${title}" does not exist in ${this.repository}`, 422);
            id = milestone.id;
        }
        await this.update(item, doing, { milestone_id: id });
    }
    async requestReviewers(item, logins) {
        const doing = `requesting review from ${logins.join(', ')} on ${(0,errors/* describeItem */.f)(item)}`;
        if (item.type !== 'pull_request') {
            throw new provider/* ItemWriteError */.f(`${doing} failed: only merge requests have reviewers.`, 422);
        }
        const wanted = await this.userIds(logins, doing);
        const current = (await this.current(item, doing));
        const ids = union((current.reviewers ?? []).map((u) => u.id), wanted);
        const updated = (await this.update(item, doing, { reviewer_ids: ids }));
        this.checkApplied(doing, logins, updated.reviewers ?? [], 'asked for review');
    }
    requestCounts() {
        return { ...this.client.counts };
    }
    // ---- internals --------------------------------------------------------------------------------
    /**
     * The username Sift runs as, from GET /user, once per provider: its notes are the only ones Sift
     * owns. A token that cannot read it (a CI job token: 401 or 403) leaves it unknown: no note is
     * Sift's (such a token cannot write notes either).
     */
    self() {
        this.selfUsername ??= this.client.get('/user').then((user) => user.username, (error) => {
            if (error instanceof errors/* GitLabHttpError */.cN && (error.status === 401 || error.status === 403))
                return null;
            this.selfUsername = null; // let a later item try again
            throw (0,errors/* readError */.lS)(error, this.failure('reading the account Sift runs as (GET /user)'));
        });
        return this.selfUsername;
    }
    itemPath(item) {
        return `${this.projectRoot}/${item.type === 'pull_request' ? 'merge_requests' : 'issues'}/${item.number}`;
    }
    failure(doing, projectWide = false) {
        return { doing, project: this.repository, projectWide, secrets: [this.token] };
    }
    /** One issue's hierarchy facts, in one query (an item read on its own, or missed by its page's query). */
    async itemHierarchy(item, wanted) {
        const doing = `reading the work-item hierarchy of ${(0,errors/* describeItem */.f)(item)} (GraphQL)`;
        const facts = await this.read(doing, () => this.hierarchy.read([item.number], wanted));
        const found = facts.get(item.number);
        if (!found)
            throw (0,errors/* readError */.lS)(new Error("GitLab's GraphQL API does not answer for it"), this.failure(doing));
        return found;
    }
    /**
     * One listing as a lazy stream of items; the next page is requested when the stream is pulled past a
     * page. With `hierarchy` (issues), each page's hierarchy is read in one GraphQL query by the page's iids.
     */
    async *listing(type, resource, state, extra, hierarchy = new Set()) {
        const query = {
            state,
            order_by: 'created_at',
            sort: 'asc',
            per_page: String(this.perPage),
            ...extra,
        };
        const noun = type === 'issue' ? 'issues' : 'merge requests';
        const doing = `listing ${state === 'all' ? '' : `${state} `}${noun}`;
        for await (const page of this.pagesOf(`${this.projectRoot}/${resource}`, query, doing, true)) {
            const facts = hierarchy.size > 0 && page.length > 0
                ? await this.read(`reading the work-item hierarchy of listed ${noun} (GraphQL)`, () => this.hierarchy.read(page.map((api) => api.iid), hierarchy))
                : undefined;
            for (const api of page)
                yield { type, api, prefetched: facts?.get(api.iid) };
        }
    }
    /** Every entry of a paginated collection, lazily, with read failures explained. */
    async *collection(path, query, doing, projectWide = false) {
        for await (const page of this.pagesOf(path, query, doing, projectWide))
            yield* page;
    }
    /** The pages of a paginated collection, lazily, with read failures explained. */
    async *pagesOf(path, query, doing, projectWide = false) {
        const pages = this.client.pages(path, query);
        for (;;) {
            let next;
            try {
                next = await pages.next();
            }
            catch (error) {
                throw (0,errors/* readError */.lS)(error, this.failure(doing, projectWide));
            }
            if (next.done)
                return;
            yield next.value;
        }
    }
    labelEvents(item) {
        return this.all(item, 'resource_label_events', { per_page: '100' });
    }
    /**
     * An issue's linked items are the merge requests that close it on merge; a merge request's are the
     * issues it closes. GitLab's own relation, the one its UI shows, rather than guesses from text.
     */
    async linked(item) {
        const other = item.type === 'issue' ? 'pull_request' : 'issue';
        const list = await this.all(item, item.type === 'issue' ? 'closed_by' : 'closes_issues', { per_page: '100' });
        return list.map((api) => {
            const mapped = toItem(other, api);
            return { type: other, number: mapped.number, state: mapped.state, updatedAt: mapped.updatedAt };
        });
    }
    /** Every entry of one of the item's sub-collections (`notes`, `diffs`...), all pages. */
    async all(item, sub, query) {
        const doing = `reading the ${sub.replace(/_/g, ' ')} of ${(0,errors/* describeItem */.f)(item)}`;
        const out = [];
        for await (const entry of this.collection(`${this.itemPath(item)}/${sub}`, query, doing))
            out.push(entry);
        return out;
    }
    async read(doing, send) {
        try {
            return await send();
        }
        catch (error) {
            throw (0,errors/* readError */.lS)(error, this.failure(doing));
        }
    }
    async write(doing, send) {
        try {
            return await send();
        }
        catch (error) {
            throw (0,errors/* writeError */.oG)(error, this.failure(doing));
        }
    }
    update(item, doing, body) {
        return this.write(doing, () => this.client.send('PUT', this.itemPath(item), body));
    }
    /** The item as it is now, for writes that replace a whole list; failures belong to the write. */
    current(item, doing) {
        return this.write(doing, () => this.client.get(this.itemPath(item)));
    }
    async userIds(logins, doing) {
        const users = await this.write(`${doing}: looking up users`, () => Promise.all(logins.map((login) => this.directory.user(login))));
        const missing = logins.filter((_, i) => users[i] === null);
        if (missing.length > 0) {
            throw new provider/* ItemWriteError */.f(`${doing} failed: no GitLab user named ${missing.join(', ')}.`, 422);
        }
        return users.map((u) => u.id);
    }
    /** GitLab answers 200 but silently drops users without access to the project. */
    checkApplied(doing, logins, now, verb) {
        const present = new Set(now.map((u) => u.username.toLowerCase()));
        const dropped = logins.filter((login) => !present.has(login.toLowerCase()));
        if (dropped.length > 0) {
            throw new provider/* ItemWriteError */.f(`${doing} in ${this.repository} failed: GitLab ignored ${dropped.join(', ')}; only members of the project can be ${verb}.`, 
            // GitLab's 200 refuses what the write named, as a 422 would: not a fault to retry.
            422);
        }
    }
}
/** The hierarchy facts among `names` that the provider reads (none with a CI job token). */
function hierarchyWanted(names, offered) {
    return new Set(names.filter((n) => HIERARCHY_FACTS.includes(n) && offered.has(n)));
}
/** What a merge request answers: no children, no parent. */
function noHierarchy(wanted) {
    return {
        ...(wanted.has('subIssues') ? { subIssues: [] } : {}),
        ...(wanted.has('parent') ? { parent: null } : {}),
    };
}
function issueState(state) {
    return state === 'open' ? 'opened' : state;
}
/** A merged merge request is closed in Sift's terms, as a merged pull request is on GitHub. */
function mergeRequestStates(state) {
    if (state === 'open')
        return ['opened'];
    if (state === 'closed')
        return ['closed', 'merged'];
    return ['all'];
}
function noteOrder() {
    return { sort: 'asc', order_by: 'created_at', per_page: '100' };
}
function byCreation(a, b) {
    return Date.parse(a.api.created_at) - Date.parse(b.api.created_at);
}
function union(a, b) {
    return [...new Set([...a, ...b])];
}
function quoteList(noun, values) {
    return `${noun}${values.length === 1 ? '' : 's'} ${values.map((v) => `"${v}"`).join(', ')}`;
}
/**
 * GitLab's access levels in GitHub's words, so one `allow.association` list serves both forges:
 * Owner OWNER, Maintainer MEMBER, Developer COLLABORATOR, Reporter, Planner and Guest CONTRIBUTOR,
 * anything less (minimal access) NONE.
 */
function associationOfLevel(level) {
    if (level >= 50)
        return 'OWNER';
    if (level >= 40)
        return 'MEMBER';
    if (level >= 30)
        return 'COLLABORATOR';
    if (level >= 10)
        return 'CONTRIBUTOR';
    return 'NONE';
}


/***/ }),

/***/ 9019:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ NumberSet)
/* harmony export */ });
/**
 * A set of item numbers as a bitmap: one bit per number up to the largest seen. A walk remembers every
 * number it yielded (to skip one that a shifted page serves twice); as a Set that is some 30 bytes an
 * item, 3 MB at 100,000 items, while a bitmap of a repository's numbers (they count up from 1) is
 * 12.5 kB at 100,000, so a walk's memory stays flat in the number of items.
 */
class NumberSet {
    bits = new Uint8Array(1024);
    has(n) {
        if (!Number.isSafeInteger(n) || n < 0)
            throw new RangeError(`not an item number: ${n}`);
        const byte = n >>> 3;
        return byte < this.bits.length && (this.bits[byte] & (1 << (n & 7))) !== 0;
    }
    add(n) {
        if (!Number.isSafeInteger(n) || n < 0 || n > 0xffffffff)
            throw new RangeError(`not an item number: ${n}`);
        const byte = n >>> 3;
        if (byte >= this.bits.length) {
            const grown = new Uint8Array(Math.max(byte + 1, this.bits.length * 2));
            grown.set(this.bits);
            this.bits = grown;
        }
        this.bits[byte] |= 1 << (n & 7);
    }
    delete(n) {
        if (!this.has(n))
            return;
        this.bits[n >>> 3] &= ~(1 << (n & 7));
    }
}


/***/ })

};

//# sourceMappingURL=423.index.js.map