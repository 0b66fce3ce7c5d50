export const id = 685;
export const ids = [685];
export const modules = {

/***/ 8685:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_GRAPHQL_URL: () => (/* reexport */ url/* DEFAULT_GRAPHQL_URL */.UC),
  FIRST_PAGES_AHEAD: () => (/* binding */ FIRST_PAGES_AHEAD),
  GitHubGraphqlProvider: () => (/* binding */ GitHubGraphqlProvider),
  PULL_PAGES_AHEAD: () => (/* binding */ PULL_PAGES_AHEAD),
  RateLimitStop: () => (/* reexport */ provider/* RateLimitStop */.C),
  createGitHubGraphqlProvider: () => (/* binding */ createGitHubGraphqlProvider),
  graphqlUrlFor: () => (/* reexport */ url/* graphqlUrlFor */.UM),
  graphqlUrlFromEnv: () => (/* reexport */ url/* graphqlUrlFromEnv */.Qk),
  restUrlFor: () => (/* reexport */ url/* restUrlFor */.pf)
});

// EXTERNAL MODULE: ./src/providers/github/projects.ts
var projects = __webpack_require__(9784);
// EXTERNAL MODULE: ./src/engine/command-lines.ts
var command_lines = __webpack_require__(3541);
// EXTERNAL MODULE: ./src/model/records.ts
var records = __webpack_require__(2651);
// EXTERNAL MODULE: ./src/providers/github/comment-memo.ts
var comment_memo = __webpack_require__(9492);
// EXTERNAL MODULE: ./src/providers/github/close-reason.ts
var close_reason = __webpack_require__(1481);
;// CONCATENATED MODULE: ./src/providers/github-graphql/hierarchy.ts
const RELATED = 'number title state url repository { nameWithOwner }';
/**
 * GitHub allows at most 100 sub-issues per issue, so one page of 100 holds them all; labels likewise
 * (at most 100 per issue).
 */
function hierarchyFields(wanted) {
    const fields = [];
    if (wanted.has('subIssues'))
        fields.push(`subIssues(first: 100) { pageInfo { hasNextPage } nodes { ${RELATED} } }`);
    if (wanted.has('parent'))
        fields.push(`parent { ${RELATED} labels(first: 100) { nodes { name } } }`);
    return fields;
}
/** The facts an issue node answers (those asked for and read); pull requests have none. */
function hierarchyFacts(node, isIssue, wanted) {
    const facts = {};
    if (wanted.has('subIssues')) {
        if (!isIssue)
            facts.subIssues = [];
        else if (node.subIssues)
            facts.subIssues = (node.subIssues.nodes ?? []).flatMap((n) => (n ? [related(n)] : []));
    }
    if (wanted.has('parent')) {
        if (!isIssue)
            facts.parent = null;
        else if (node.parent !== undefined)
            facts.parent = node.parent === null ? null : parentOf(node.parent);
    }
    return facts;
}
function parentOf(node) {
    const labels = (node.labels?.nodes ?? []).flatMap((l) => (l ? [l.name] : []));
    return { ...related(node), labels };
}
function related(node) {
    return {
        number: node.number,
        title: node.title,
        state: node.state === 'OPEN' ? 'open' : 'closed',
        url: node.url,
        repository: node.repository.nameWithOwner,
    };
}

;// CONCATENATED MODULE: ./src/providers/github-graphql/pull-state.ts
/** At most this many requested reviewers, verdicts and checks are read: more is rare, and the rest decide nothing new. */
const PAGE = 100;
/** The fields to read for the pull-request facts wanted; none for other facts. */
function pullStateFields(wanted) {
    const fields = [];
    if (wanted.has('pull')) {
        fields.push(`mergeable additions deletions changedFiles headRefOid reviewRequests(first: ${PAGE}) { nodes { requestedReviewer { __typename ... on User { login } ... on Bot { login } ... on Mannequin { login } ... on Team { slug } } } }`);
    }
    if (wanted.has('reviews')) {
        fields.push(`reviewDecision latestOpinionatedReviews(first: ${PAGE}) { nodes { state submittedAt author { login } commit { oid } } }`);
    }
    if (wanted.has('checks')) {
        fields.push(`commits(last: 1) { nodes { commit { oid statusCheckRollup { contexts(first: ${PAGE}) { nodes { __typename ... on CheckRun { name status conclusion } ... on StatusContext { context state } } } } } } }`);
    }
    return fields;
}
/**
 * The facts a node carries. `unknownMergeable`: what an UNKNOWN mergeability becomes — in a listing
 * it is left out (the pull request is asked again once, through the facts query); there it is null.
 */
function pullStateFacts(node, wanted, isPull, listing) {
    const facts = {};
    if (!isPull) {
        if (wanted.has('pull'))
            facts.pull = null;
        if (wanted.has('reviews'))
            facts.reviews = null;
        if (wanted.has('checks'))
            facts.checks = null;
        return facts;
    }
    if (wanted.has('pull') && node.mergeable !== undefined && !(listing && node.mergeable === 'UNKNOWN')) {
        facts.pull = {
            mergeable: node.mergeable === 'UNKNOWN' ? null : node.mergeable === 'MERGEABLE',
            lines: (node.additions ?? 0) + (node.deletions ?? 0),
            files: node.changedFiles ?? 0,
            requestedReviewers: nodesOf(node.reviewRequests).flatMap((r) => {
                const who = r.requestedReviewer?.login ?? r.requestedReviewer?.slug;
                return who ? [who] : [];
            }),
            headSha: node.headRefOid ?? '',
        };
    }
    if (wanted.has('reviews') && node.latestOpinionatedReviews !== undefined) {
        const latest = nodesOf(node.latestOpinionatedReviews).flatMap((r) => r.author && r.submittedAt && (r.state === 'APPROVED' || r.state === 'CHANGES_REQUESTED')
            ? [
                {
                    reviewer: r.author.login,
                    verdict: r.state === 'APPROVED' ? 'approved' : 'changes_requested',
                    at: r.submittedAt,
                    ...(r.commit ? { commit: r.commit.oid } : {}),
                },
            ]
            : []);
        const decision = decisionOf(node.reviewDecision ?? null);
        // Null (no review required): derived from the verdicts, as REST does; so left out.
        facts.reviews = { latest, required: 0, ...(decision === null ? {} : { decision }) };
    }
    if (wanted.has('checks') && node.commits !== undefined) {
        const head = nodesOf(node.commits)[0]?.commit;
        facts.checks = nodesOf(head?.statusCheckRollup?.contexts).map((c) => c.__typename === 'CheckRun'
            ? { name: c.name ?? '', state: checkRunState(c.status, c.conclusion) }
            : { name: c.context ?? '', state: statusState(c.state) });
    }
    return facts;
}
/** GitHub's decision (it sees CODEOWNERS and branch protection); null where no review is required. */
function decisionOf(decision) {
    if (decision === 'APPROVED')
        return 'approved';
    if (decision === 'CHANGES_REQUESTED')
        return 'changes-requested';
    return decision === 'REVIEW_REQUIRED' ? 'review-required' : null;
}
/** As the REST provider judges a check run (pull-facts.ts): not completed is pending. */
function checkRunState(status, conclusion) {
    if (status !== 'COMPLETED')
        return 'pending';
    return conclusion === 'SUCCESS' || conclusion === 'NEUTRAL' || conclusion === 'SKIPPED'
        ? 'success'
        : 'failure';
}
function statusState(state) {
    if (state === 'SUCCESS')
        return 'success';
    return state === 'PENDING' || state === 'EXPECTED' ? 'pending' : 'failure';
}
function nodesOf(page) {
    return (page?.nodes ?? []).filter((n) => n !== null);
}

;// CONCATENATED MODULE: ./src/providers/github-graphql/map.ts
/**
 * GitHub's GraphQL nodes -> Sift's Item and facts. The same item read through REST and through
 * GraphQL must come out equal: GraphQL names bots by their app slug (`dependabot`), REST by their
 * account (`dependabot[bot]`), so bot logins get their suffix back here.
 */





/** The marker every Sift comment carries (`<!-- sift:rule=ID -->`). */
const SIFT_MARKER = /<!-- sift:rule=[^>]*-->/;
/**
 * Sift's own comment: it carries the marker (`marker`, or any Sift marker) and was written by the
 * account Sift runs as (`viewerDidAuthor`). A person who pastes a marker, or another bot that quotes
 * one (a CI bot echoing a title), is commenting.
 */
function isSiftComment(node, marker) {
    if (node.body === undefined)
        return false;
    if (marker === undefined ? !SIFT_MARKER.test(node.body) : !node.body.includes(marker))
        return false;
    return node.viewerDidAuthor === true;
}
/** A comment node as an OwnComment, if it is Sift's (see isSiftComment). */
function ownComment(node, marker) {
    if (!node || !isSiftComment(node, marker))
        return null;
    return { id: node.id, body: node.body, createdAt: node.createdAt };
}
/** The oldest of Sift's comments with `marker` posted at or after `since` (any time when absent); oldest first in. */
function firstOwnAfter(nodes, marker, since) {
    const own = nodes.map((node) => (node && 'author' in node ? ownComment(node, marker) : node));
    return (0,comment_memo/* firstAfter */.PP)(own.filter((c) => c !== null), marker, since);
}
function itemType(node) {
    return node.__typename === 'PullRequest' ? 'pull_request' : 'issue';
}
/** REST's login for an actor: bots keep their `[bot]` suffix; a deleted account is "ghost". */
function loginOf(actor) {
    if (!actor)
        return 'ghost';
    return actor.__typename === 'Bot' && !actor.login.endsWith('[bot]') ? `${actor.login}[bot]` : actor.login;
}
function isBotActor(actor) {
    return actor?.__typename === 'Bot' || (actor?.login.endsWith('[bot]') ?? false);
}
function map_nodesOf(page) {
    return (page?.nodes ?? []).filter((n) => n !== null);
}
/** The reactions of an issue, pull request or discussion, from its reaction groups. */
function reactionsOf(node) {
    const groups = node.reactionGroups ?? [];
    return {
        total: groups.reduce((sum, g) => sum + g.reactors.totalCount, 0),
        thumbsUp: groups.find((g) => g.content === 'THUMBS_UP')?.reactors.totalCount ?? 0,
    };
}
function toItem(node) {
    const type = itemType(node);
    return {
        type,
        number: node.number,
        title: node.title,
        body: node.body ?? '',
        state: node.state === 'OPEN' ? 'open' : 'closed',
        draft: type === 'pull_request' ? (node.isDraft ?? false) : false,
        locked: node.locked,
        author: loginOf(node.author),
        authorAssociation: node.authorAssociation,
        labels: map_nodesOf(node.labels).map((l) => l.name),
        assignees: map_nodesOf(node.assignees).map((a) => a.login),
        milestone: node.milestone?.title ?? null,
        comments: node.comments.totalCount,
        reactions: reactionsOf(node),
        createdAt: node.createdAt,
        updatedAt: node.updatedAt,
        closedAt: node.closedAt,
        // Asked for with `enableDuplicate: true` (query.ts); without it GitHub says NOT_PLANNED for duplicates.
        closedAs: type === 'issue' && node.state === 'CLOSED' ? (0,close_reason/* issueClosedAs */.i)(node.stateReason) : null,
        url: node.url,
    };
}
/**
 * The facts a listing node carries completely. A timeline cut off by `last: N` still gives
 * `labelAppliedAt` when every label on the item was applied within the window (a label's latest
 * application is the only one that counts); otherwise the fact is left out and fetched per item.
 */
function listedFacts(node, wanted) {
    const type = itemType(node);
    const facts = {};
    if (node.timelineItems && (wanted.has('timeline') || wanted.has('labelAppliedAt'))) {
        const events = toActivity(map_nodesOf(node.timelineItems));
        const complete = node.timelineItems.pageInfo?.hasPreviousPage === false;
        if (wanted.has('timeline') && complete)
            facts.timeline = withLastEdit(events, node);
        if (wanted.has('labelAppliedAt')) {
            const applied = complete
                ? labelAppliedAt(events)
                : appliedWithin(events, map_nodesOf(node.labels).map((l) => l.name));
            if (applied)
                facts.labelAppliedAt = applied;
        }
    }
    if (wanted.has('reactions') && node.reactions?.pageInfo?.hasPreviousPage === false) {
        facts.reactions = reactionActivity(map_nodesOf(node.reactions));
    }
    if (wanted.has('branches')) {
        if (type === 'issue')
            facts.branches = null;
        else if (node.baseRefName !== undefined)
            facts.branches = branchesOf(node);
    }
    if (wanted.has('files')) {
        if (type === 'issue')
            facts.files = [];
        else if (node.files?.pageInfo?.hasNextPage === false)
            facts.files = map_nodesOf(node.files).map((f) => f.path);
    }
    if (wanted.has('linked')) {
        const page = type === 'issue' ? node.closedByPullRequestsReferences : node.closingIssuesReferences;
        const linked = map_nodesOf(page);
        if (page?.pageInfo?.hasNextPage === false)
            facts.linked = toLinked(type, linked);
    }
    Object.assign(facts, hierarchyFacts(node, type === 'issue', wanted));
    Object.assign(facts, pullStateFacts(node, wanted, type === 'pull_request', true));
    return Object.keys(facts).length > 0 ? facts : undefined;
}
function branchesOf(node) {
    return {
        base: node.baseRefName ?? '',
        head: node.headRefName ?? '',
        fork: node.isCrossRepository ?? false,
    };
}
/** An issue's linked items are pull requests; a pull request's are issues. */
function toLinked(type, nodes) {
    return nodes.map((n) => ({
        type: type === 'issue' ? 'pull_request' : 'issue',
        number: n.number,
        state: n.state === 'OPEN' ? 'open' : 'closed',
        updatedAt: n.updatedAt,
    }));
}
const KINDS = {
    IssueComment: 'comment',
    LabeledEvent: 'labeled',
    UnlabeledEvent: 'unlabeled',
    ClosedEvent: 'closed',
    ReopenedEvent: 'reopened',
    AssignedEvent: 'assigned',
    UnassignedEvent: 'unassigned',
    MilestonedEvent: 'milestoned',
    DemilestonedEvent: 'milestoned',
    LockedEvent: 'locked',
    UnlockedEvent: 'unlocked',
    RenamedTitleEvent: 'edited',
    PullRequestCommit: 'commit',
    HeadRefForcePushedEvent: 'commit',
    PullRequestReview: 'review',
    // A merge closes the pull request (GitHub lists a ClosedEvent beside it too, as REST does).
    MergedEvent: 'closed',
};
/**
 * Timeline items (oldest first) -> activity events; items of types Sift does not read are dropped. A
 * comment edited after it was posted adds an `edited` event at `lastEditedAt`, by its author, Sift's
 * when the comment is; the events come out oldest first.
 */
function toActivity(nodes) {
    const events = [];
    let edits = false;
    for (const node of nodes) {
        if (node.__typename === 'PullRequestCommit') {
            if (!node.commit)
                continue;
            const author = node.commit.author;
            const actor = author?.user?.login ?? author?.name ?? 'ghost';
            // A git author is no account: only a `[bot]` name tells a bot, and the engine checks names itself.
            events.push({ kind: 'commit', at: node.commit.authoredDate, actor, actorIsBot: false });
            continue;
        }
        const at = node.submittedAt ?? node.createdAt;
        if (!at)
            continue;
        const who = node.actor ?? node.author ?? null;
        const event = {
            kind: KINDS[node.__typename] ?? 'other',
            at,
            actor: loginOf(who),
            actorIsBot: isBotActor(who),
        };
        if (node.label)
            event.label = node.label.name;
        if (node.authorAssociation)
            event.association = node.authorAssociation;
        if (node.__typename === 'IssueComment' && isSiftComment(node))
            event.bySift = true;
        events.push(event);
        if (node.__typename === 'IssueComment' &&
            node.lastEditedAt &&
            Date.parse(node.lastEditedAt) > Date.parse(at)) {
            events.push({ ...event, kind: 'edited', at: node.lastEditedAt });
            edits = true;
        }
    }
    // Stable: an edit goes after everything up to its time, in the order GitHub listed the rest.
    return edits ? events.sort((a, b) => Date.parse(a.at) - Date.parse(b.at)) : events;
}
/** Reactions on the description as activity of kind `reaction`. */
function reactionActivity(nodes) {
    return nodes.map((r) => {
        const actor = r.user?.login ?? 'ghost';
        return { kind: 'reaction', at: r.createdAt, actor, actorIsBot: actor.endsWith('[bot]') };
    });
}
/**
 * The timeline with the latest edit of the description in its place: GitHub lists edits apart from
 * the timeline, and only the latest (`lastEditedAt`, `editor`) comes with the item.
 */
function withLastEdit(events, node) {
    if (!node.lastEditedAt)
        return events;
    const edit = {
        kind: 'edited',
        at: node.lastEditedAt,
        actor: loginOf(node.editor),
        actorIsBot: isBotActor(node.editor),
    };
    const at = Date.parse(edit.at);
    const index = events.findIndex((e) => Date.parse(e.at) > at);
    return index < 0 ? [...events, edit] : [...events.slice(0, index), edit, ...events.slice(index)];
}
/**
 * When each label now on the item was last applied, from its complete label history (oldest first):
 * a label is on the item if its last labeled/unlabeled event is `labeled`. Names match
 * case-insensitively, as GitHub's do.
 */
function labelAppliedAt(events) {
    const latest = new Map();
    for (const event of events) {
        if (!event.label)
            continue;
        const key = event.label.toLowerCase();
        if (event.kind === 'labeled')
            latest.set(key, { name: event.label, at: event.at });
        else if (event.kind === 'unlabeled')
            latest.set(key, null);
    }
    const applied = (0,records/* keyedRecord */.I)();
    for (const entry of latest.values())
        if (entry)
            applied[entry.name] = entry.at;
    return applied;
}
/** labelAppliedAt from the newest part of a history: known only if each current label was applied in it. */
function appliedWithin(events, labels) {
    const applied = labelAppliedAt(events);
    const byKey = new Map(Object.entries(applied).map(([name, at]) => [name.toLowerCase(), { name, at }]));
    const result = {};
    for (const label of labels) {
        const entry = byKey.get(label.toLowerCase());
        if (!entry)
            return null;
        result[entry.name] = entry.at;
    }
    return result;
}

;// CONCATENATED MODULE: ./src/providers/github-graphql/commands.ts
/**
 * Commands in comments over GitHub's GraphQL API: an item's comments with command lines, newest pages
 * first until they are older than the scope, each with its `authorAssociation` and whether Sift (the
 * viewer) answered it (`viewerHasReacted` on its 👍 or 😕 group). One request per 100 comments.
 * A discussion's comments carry their replies (the newest 100 of each thread): a reply may be newer
 * than any top-level comment of a later page, so every page of a discussion is read.
 */


const COMMENT_FIELDS = `id databaseId body createdAt authorAssociation author { __typename login }
          reactionGroups { content viewerHasReacted }`;
/**
 * The query for one page of an issue's, pull request's or discussion's comments, newest first
 * (`last`/`before`); a discussion's with their replies.
 */
function commandCommentsQuery(type) {
    const field = type === 'pull_request' ? 'pullRequest' : type === 'discussion' ? 'discussion' : 'issue';
    const replies = type === 'discussion' ? `\n          replies(last: 100) { nodes { ${COMMENT_FIELDS} } }` : '';
    return `query($owner: String!, $name: String!, $number: Int!, $before: String) {
  repository(owner: $owner, name: $name) {
    item: ${field}(number: $number) {
      comments(last: 100, before: $before) {
        nodes { ${COMMENT_FIELDS}${replies} }
        pageInfo { hasPreviousPage startCursor }
      }
    }
  }
}`;
}
/**
 * The page's comments in scope, and whether older pages may hold more (the oldest comment of this
 * one is still in scope and there is an earlier page).
 */
function commandCommentsOf(page, scope) {
    const nodes = (page.nodes ?? []).filter((n) => n !== null);
    const threads = nodes.some((n) => n.replies !== undefined);
    const since = Date.parse(scope.since);
    const comments = [];
    const all = nodes.flatMap((n) => [
        n,
        ...(n.replies?.nodes ?? []).filter((r) => r !== null),
    ]);
    for (const node of all) {
        if (Date.parse(node.createdAt) < since)
            continue;
        if (scope.commentId !== undefined && String(node.databaseId) !== scope.commentId)
            continue;
        if ((0,command_lines/* commandLines */.Z)(node.body).length === 0)
            continue;
        comments.push({
            id: node.id,
            author: loginOf(node.author),
            authorIsBot: isBotActor(node.author),
            association: node.authorAssociation,
            body: node.body,
            createdAt: node.createdAt,
            answered: (node.reactionGroups ?? []).some((g) => (g.content === 'THUMBS_UP' || g.content === 'CONFUSED') && g.viewerHasReacted),
        });
    }
    const oldest = nodes[0];
    const more = page.pageInfo.hasPreviousPage &&
        oldest !== undefined &&
        (threads || Date.parse(oldest.createdAt) >= since);
    // Oldest first, replies among the comments by when they were written.
    comments.sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
    return { comments, more };
}

// EXTERNAL MODULE: ./src/providers/github/names.ts
var names = __webpack_require__(3792);
// EXTERNAL MODULE: ./src/providers/github/labels.ts
var labels = __webpack_require__(257);
// EXTERNAL MODULE: ./src/model/item.ts
var item = __webpack_require__(5414);
// EXTERNAL MODULE: ./src/providers/rule-comments.ts
var rule_comments = __webpack_require__(3137);
;// CONCATENATED MODULE: ./src/providers/github-graphql/rule-comments.ts


/** Each rule's comment among `nodes` (all of the item's comments, any order); a rule without one is absent. */
function ruleCommentsOf(nodes, rules) {
    const listed = nodes.map((node) => ({
        id: node.id,
        body: node.body,
        createdAt: node.createdAt,
        author: loginOf(node.author),
        sift: node.viewerDidAuthor,
    }));
    const out = {};
    for (const [rule, comment] of (0,rule_comments/* latestRuleComments */.y9)(listed, rules)) {
        const group = nodes
            .find((node) => node.id === comment.id)
            ?.reactionGroups?.find((g) => g.content === 'THUMBS_DOWN');
        const thumbsDown = group ? group.reactors.totalCount - (group.viewerHasReacted ? 1 : 0) : 0;
        out[rule] = (0,rule_comments/* ruleCommentOf */.hS)(comment, listed, thumbsDown);
    }
    return out;
}
/**
 * The rules' comments from a listed item's newest comments, when those decide: every comment is there
 * (no earlier page), or each rule's comment is among them (what counts against a comment is newer than
 * it, so it is there too). undefined: an older comment may be a rule's, read the item's pages instead.
 */
function ruleCommentsInListing(comments, rules) {
    if (comments?.nodes === undefined || comments.nodes === null || comments.pageInfo === undefined)
        return undefined;
    const nodes = map_nodesOf({ nodes: comments.nodes });
    if (nodes.some((n) => n.reactionGroups === undefined))
        return undefined;
    const found = ruleCommentsOf(nodes, rules);
    if (!comments.pageInfo.hasPreviousPage)
        return found;
    return rules.every((rule) => found[rule] !== undefined) ? found : undefined;
}

// EXTERNAL MODULE: ./src/model/rules.ts
var rules = __webpack_require__(2622);
// EXTERNAL MODULE: ./src/providers/github/client.ts
var github_client = __webpack_require__(8669);
// EXTERNAL MODULE: ./src/providers/github/errors.ts
var github_errors = __webpack_require__(8769);
// EXTERNAL MODULE: ./src/providers/provider.ts
var provider = __webpack_require__(9545);
// EXTERNAL MODULE: ./src/providers/github/issue-type.ts
var issue_type = __webpack_require__(220);
// EXTERNAL MODULE: ./src/providers/github/read-item.ts
var read_item = __webpack_require__(4588);
// EXTERNAL MODULE: ./src/providers/github/branch-cleanup.ts
var branch_cleanup = __webpack_require__(3067);
;// CONCATENATED MODULE: ./src/providers/github-graphql/errors.ts
/**
 * GitHub's GraphQL `errors` entries -> errors that say what failed and what to do. GraphQL answers 200
 * even when nothing was done; the entry's `type` (NOT_FOUND, FORBIDDEN...) plays the part of the HTTP
 * status. HTTP-level failures (401, 5xx, no answer) go through the REST provider's conversion instead.
 */


/** The HTTP status REST would have answered, so callers that branch on it need not know GraphQL. */
const STATUS = {
    NOT_FOUND: 404,
    FORBIDDEN: 403,
    INSUFFICIENT_SCOPES: 403,
    UNPROCESSABLE: 422,
    RATE_LIMITED: 403,
};
function statusOf(errors) {
    for (const e of errors)
        if (e.type && STATUS[e.type])
            return STATUS[e.type];
    return undefined;
}
function isRateLimited(errors) {
    return errors.some((e) => e.type === 'RATE_LIMITED');
}
function graphqlWriteError(errors, failure) {
    return new provider/* ItemWriteError */.f(compose(errors, failure), statusOf(errors));
}
function graphqlReadError(errors, failure) {
    return new github_errors/* GitHubReadError */.Kq(compose(errors, failure), statusOf(errors));
}
/** RATE_LIMITED: the run stops cleanly, as it does when the REST budget runs out. */
function rateLimitedStop(failure, resetAt) {
    const when = resetAt ? ` until ${resetAt}` : '';
    return new provider/* RateLimitStop */.C(redact(`${failure.doing} in ${failure.repository}: GitHub's GraphQL rate limit is spent${when}; stopped cleanly, the next run carries on`, failure.secrets), resetAt ? new Date(resetAt) : undefined);
}
function compose(errors, { doing, repository, permission, secrets }) {
    // GitHub's messages often end in a period; the sentence here adds its own.
    const answers = errors.map((e) => {
        const message = e.message.replace(/\.$/, '');
        return e.type ? `${e.type} ${message}` : message;
    });
    const unique = [...new Set(answers)].join('; ') || 'an error without a message';
    const hint = hintFor(errors, repository, permission);
    return redact(`${doing} in ${repository} failed: GitHub answered ${unique}.${hint ? ` ${hint}` : ''}`, secrets);
}
function hintFor(errors, repository, permission) {
    const types = new Set(errors.map((e) => e.type));
    const text = errors.map((e) => e.message).join(' ');
    if (types.has('FORBIDDEN') && /not accessible by integration/i.test(text)) {
        const needed = permission ?? 'issues: write';
        return (`The workflow's token lacks a permission: add \`permissions: { ${needed} }\` to the workflow or job. ` +
            'On pull requests from forks the token is read-only whatever the permissions say; run on a schedule instead.');
    }
    if (types.has('FORBIDDEN'))
        return `The token may not do this in ${repository}.`;
    if (types.has('INSUFFICIENT_SCOPES'))
        return "The token lacks an OAuth scope (GitHub's message names it).";
    if (types.has('NOT_FOUND'))
        return `It does not exist, or the token cannot see ${repository}.`;
    // Untyped errors with no path are GitHub rejecting the document itself: Sift's fault, not the user's.
    if (errors.every((e) => !e.type && !e.path))
        return 'GitHub rejected the query Sift sent; please report this.';
    return '';
}
/** Real tokens are 40+ characters; a short test token would otherwise blank out ordinary words. */
function redact(text, secrets) {
    return secrets.filter((s) => s.length >= 8).reduce((t, s) => t.split(s).join('***'), text);
}

// EXTERNAL MODULE: ./src/model/projects.ts
var model_projects = __webpack_require__(4555);
;// CONCATENATED MODULE: ./src/providers/github-graphql/mutations.ts


/** What the write does, in the words of error messages: `adding label "bug" to issue #4`. */
function describeWrite(write) {
    const item = (0,github_errors/* describeItem */.f)(write.item);
    switch (write.kind) {
        case 'addLabels':
            return `adding ${quoteList('label', write.labels)} to ${item}`;
        case 'removeLabel':
            return `removing label "${write.label}" from ${item}`;
        case 'createComment':
            return `commenting on ${item}`;
        case 'updateComment':
            return `editing comment ${write.commentId} on ${item}`;
        case 'close':
            return `closing ${item} as ${write.reason}`;
        case 'reopen':
            return `reopening ${item}`;
        case 'lock':
            return `locking ${item}`;
        case 'unlock':
            return `unlocking ${item}`;
        case 'addAssignees':
            return `assigning ${write.logins.join(', ')} to ${item}`;
        case 'removeAssignees':
            return `unassigning ${write.logins.join(', ')} from ${item}`;
        case 'setMilestone':
            return write.title === null
                ? `clearing the milestone of ${item}`
                : `setting milestone "${write.title}" on ${item}`;
        case 'requestReviewers':
            return `requesting review from ${write.logins.join(', ')} on ${item}`;
        case 'setIssueType':
            return write.name === null
                ? `clearing the issue type of ${item}`
                : `setting issue type "${write.name}" on ${item}`;
        case 'deleteBranch':
            return `deleting the head branch of ${item}`;
        case 'addReaction':
            return `reacting ${write.content} to comment ${write.commentId} on ${item}`;
        case 'addToProject':
            return `adding ${item} to project ${(0,model_projects/* describeProject */.dU)(write.project)}`;
        case 'setProjectField':
            return `setting "${write.field}" to "${write.value}" on ${item} in project ${(0,model_projects/* describeProject */.dU)(write.project)}`;
    }
}
/** The `permissions:` entry a workflow token needs for the write. */
function permissionOf(write) {
    return write.kind === 'requestReviewers' ? 'pull-requests: write' : (0,github_errors/* permissionFor */.Tj)(write.item.type);
}
/** The names a write needs node ids for. */
function namesOf(write) {
    switch (write.kind) {
        case 'addLabels':
            return { labels: write.labels, users: [], milestone: null };
        case 'removeLabel':
            return { labels: [write.label], users: [], milestone: null };
        case 'addAssignees':
        case 'removeAssignees':
        case 'requestReviewers':
            return { labels: [], users: write.logins, milestone: null };
        case 'setMilestone':
            return { labels: [], users: [], milestone: write.title };
        default:
            return { labels: [], users: [], milestone: null };
    }
}
const send = (op) => ({ kind: 'send', op });
const failed = (errors) => ({ kind: 'failed', errors });
const invalid = (message, status) => ({ kind: 'invalid', message, status });
const LOCK_REASONS = {
    'off-topic': 'OFF_TOPIC',
    'too heated': 'TOO_HEATED',
    resolved: 'RESOLVED',
    spam: 'SPAM',
};
const ACK = 'clientMutationId';
/** The mutation for a write, `done` when there is nothing to do, or why it cannot be sent. */
function plan(write, ids) {
    const isPull = write.item.type === 'pull_request';
    // The pinned schema predates issue types: the provider sends these through REST, never here; and
    // branch clean-up needs REST's reads (head repository, default branch, protection) anyway.
    if (write.kind === 'setIssueType' || write.kind === 'deleteBranch')
        return invalid('this write goes through REST', 500);
    // Projects have their own client (project-token) and need the project's ids: see github/projects.ts.
    if (write.kind === 'addToProject' || write.kind === 'setProjectField')
        return invalid('this write goes through the projects client', 500);
    if (write.kind === 'requestReviewers' && !isPull) {
        return invalid('only pull requests have reviewers', 422);
    }
    if (write.kind === 'addReaction') {
        // The comment's node id is all it needs, on an issue, a pull request or a discussion alike.
        return send(op('addReaction', 'AddReactionInput', {
            subjectId: write.commentId,
            content: write.content === '+1' ? 'THUMBS_UP' : 'CONFUSED',
        }));
    }
    if (write.item.type === 'discussion')
        return planDiscussion(write, ids);
    if (write.kind === 'close' && write.reason !== 'completed' && write.reason !== 'not_planned') {
        return invalid(`"${write.reason}" closes discussions only`, 422);
    }
    if (write.kind === 'updateComment') {
        return send(op('updateIssueComment', 'UpdateIssueCommentInput', { id: write.commentId, body: write.body }));
    }
    const item = ids.item(write.item);
    if (!item.ok)
        return failed(item.errors);
    const id = item.value;
    switch (write.kind) {
        case 'addLabels': {
            const labelIds = [];
            for (const name of write.labels) {
                const label = ids.label(name);
                if (!label.ok)
                    return failed(label.errors);
                if (label.value === null)
                    return invalid(`label "${name}" does not exist and was not created`, 422);
                labelIds.push(label.value);
            }
            return send(op('addLabelsToLabelable', 'AddLabelsToLabelableInput', { labelableId: id, labelIds }));
        }
        case 'removeLabel': {
            const label = ids.label(write.label);
            if (!label.ok)
                return failed(label.errors);
            // A label the repository does not have is on no item: the state wanted already holds.
            if (label.value === null)
                return { kind: 'done' };
            return send(op('removeLabelsFromLabelable', 'RemoveLabelsFromLabelableInput', {
                labelableId: id,
                labelIds: [label.value],
            }));
        }
        case 'createComment':
            return send({
                ...op('addComment', 'AddCommentInput', { subjectId: id, body: write.body }),
                selection: 'commentEdge { node { id } }',
                idempotent: false,
                commentBody: write.body,
                created: (payload) => payload.commentEdge?.node?.id,
            });
        case 'close':
            return send(isPull
                ? op('closePullRequest', 'ClosePullRequestInput', { pullRequestId: id })
                : op('closeIssue', 'CloseIssueInput', { issueId: id, stateReason: write.reason.toUpperCase() }));
        case 'reopen':
            return send(isPull
                ? op('reopenPullRequest', 'ReopenPullRequestInput', { pullRequestId: id })
                : op('reopenIssue', 'ReopenIssueInput', { issueId: id }));
        case 'lock':
            return send(op('lockLockable', 'LockLockableInput', {
                lockableId: id,
                ...(write.reason ? { lockReason: LOCK_REASONS[write.reason] } : {}),
            }));
        case 'unlock':
            return send(op('unlockLockable', 'UnlockLockableInput', { lockableId: id }));
        case 'addAssignees':
        case 'removeAssignees':
        case 'requestReviewers': {
            const userIds = [];
            for (const login of write.logins) {
                const user = ids.user(login);
                if (!user.ok)
                    return failed(user.errors);
                userIds.push(user.value);
            }
            if (write.kind === 'requestReviewers') {
                // `union`: add to the requested reviewers; without it GitHub replaces them.
                return send(op('requestReviews', 'RequestReviewsInput', { pullRequestId: id, userIds, union: true }));
            }
            if (write.kind === 'removeAssignees') {
                return send(op('removeAssigneesFromAssignable', 'RemoveAssigneesFromAssignableInput', {
                    assignableId: id,
                    assigneeIds: userIds,
                }));
            }
            return send({
                ...op('addAssigneesToAssignable', 'AddAssigneesToAssignableInput', {
                    assignableId: id,
                    assigneeIds: userIds,
                }),
                selection: 'assignable { assignees(first: 100) { nodes { login } } }',
                verify: (payload) => droppedAssignees(payload, write.logins),
            });
        }
        case 'setMilestone': {
            let milestoneId = null;
            if (write.title !== null) {
                const milestone = ids.milestone(write.title);
                if (!milestone.ok)
                    return failed(milestone.errors);
                if (milestone.value === null)
                    return invalid(`milestone "${write.title}" does not exist`, 422);
                milestoneId = milestone.value;
            }
            return send(isPull
                ? op('updatePullRequest', 'UpdatePullRequestInput', { pullRequestId: id, milestoneId })
                : op('updateIssue', 'UpdateIssueInput', { id, milestoneId }));
        }
    }
}
const DISCUSSION_CLOSE_REASONS = {
    resolved: 'RESOLVED',
    outdated: 'OUTDATED',
    duplicate: 'DUPLICATE',
};
/**
 * A discussion's mutations: its own for comments, close and reopen (`addDiscussionComment`,
 * `closeDiscussion` with a DiscussionCloseReason...), the shared Labelable and Lockable ones for
 * labels and locks. It has no assignees, milestone or reviewers.
 */
function planDiscussion(write, ids) {
    if (write.kind === 'updateComment') {
        return send(op('updateDiscussionComment', 'UpdateDiscussionCommentInput', {
            commentId: write.commentId,
            body: write.body,
        }));
    }
    if (write.kind === 'addAssignees' || write.kind === 'removeAssignees')
        return invalid('discussions have no assignees', 422);
    if (write.kind === 'setMilestone')
        return invalid('discussions have no milestone', 422);
    if (write.kind === 'close' && !(write.reason in DISCUSSION_CLOSE_REASONS)) {
        return invalid(`a discussion closes as resolved, outdated or duplicate, not "${write.reason}"`, 422);
    }
    const item = ids.item(write.item);
    if (!item.ok)
        return failed(item.errors);
    const discussionId = item.value;
    switch (write.kind) {
        case 'createComment':
            return send({
                ...op('addDiscussionComment', 'AddDiscussionCommentInput', { discussionId, body: write.body }),
                selection: 'comment { id }',
                idempotent: false,
                commentBody: write.body,
                created: (payload) => payload.comment?.id,
            });
        case 'close':
            return send(op('closeDiscussion', 'CloseDiscussionInput', {
                discussionId,
                reason: DISCUSSION_CLOSE_REASONS[write.reason],
            }));
        case 'reopen':
            return send(op('reopenDiscussion', 'ReopenDiscussionInput', { discussionId }));
        default:
            // Labels and locks: the same mutations as an issue's, on the discussion's id.
            return plan({ ...write, item: { ...write.item, type: 'issue' } }, { ...ids, item: () => item });
    }
}
function op(field, inputType, input) {
    return { field, inputType, input, selection: ACK, idempotent: true };
}
/** GitHub accepts assignees who cannot be assigned (no access to the repository) and drops them. */
function droppedAssignees(payload, logins) {
    const nodes = payload
        ?.assignable?.assignees?.nodes;
    if (!nodes)
        return null;
    const assigned = new Set(nodes.map((n) => n?.login.toLowerCase()));
    const dropped = logins.filter((login) => !assigned.has(login.toLowerCase()));
    return dropped.length > 0
        ? `GitHub ignored ${dropped.join(', ')}; only users with access to the repository can be assigned`
        : null;
}
function quoteList(noun, values) {
    return `${noun}${values.length === 1 ? '' : 's'} ${values.map((v) => `"${v}"`).join(', ')}`;
}

;// CONCATENATED MODULE: ./src/providers/github-graphql/query.ts
/**
 * The text of every query the provider sends, built from what the loaded rules need: a listing asks
 * for the timeline, branches, files or linked items only when `prefetch` names them, so a rules file
 * that needs none of them pays for none of them.
 */



/** Every query reports its price, so the provider can track the point budget. */
const RATE_LIMIT = 'rateLimit { cost remaining resetAt limit used }';
/** Labels per item (GitHub allows at most 100) and assignees (at most 10), in one page each. */
const LABELS = 'labels(first: 100) { nodes { id name } }';
const ASSIGNEES = 'assignees(first: 100) { nodes { login } }';
/** Linked items read within the listing; more than this leaves `linked` to facts(). */
const LINKED_IN_LISTING = 25;
/** Timeline items that say only who did what when: read as actor and time. */
const ACTOR_EVENTS = [
    'ClosedEvent',
    'ReopenedEvent',
    'AssignedEvent',
    'UnassignedEvent',
    'MilestonedEvent',
    'DemilestonedEvent',
    'LockedEvent',
    'UnlockedEvent',
    'RenamedTitleEvent',
    'PinnedEvent',
    'UnpinnedEvent',
    'TransferredEvent',
    'MarkedAsDuplicateEvent',
    'UnmarkedAsDuplicateEvent',
    'CommentDeletedEvent',
];
const PULL_ACTOR_EVENTS = [
    'ReviewRequestedEvent',
    'ReviewRequestRemovedEvent',
    'ReviewDismissedEvent',
    'ReadyForReviewEvent',
    'ConvertToDraftEvent',
    'HeadRefForcePushedEvent',
    'BaseRefChangedEvent',
    'MergedEvent',
];
/**
 * The GraphQL types of the timeline: what people do on an item. Mentions, references and
 * subscriptions are left out, as they are activity elsewhere (as the REST provider does).
 */
function timelineTypeNames(type, scope) {
    if (scope === 'labels')
        return ['LabeledEvent', 'UnlabeledEvent'];
    const both = ['IssueComment', 'LabeledEvent', 'UnlabeledEvent', ...ACTOR_EVENTS];
    return type === 'pull_request'
        ? [...both, 'PullRequestCommit', 'PullRequestReview', ...PULL_ACTOR_EVENTS]
        : both;
}
/** Item types to read: label changes alone for `labelAppliedAt`, so more of them fit in a window. */
function timelineTypes(type, scope) {
    // LabeledEvent -> LABELED_EVENT: GitHub's item type enum names its types so.
    return timelineTypeNames(type, scope).map((t) => t.replace(/(?<=[a-z])(?=[A-Z])/g, '_').toUpperCase());
}
/** What timeline items to read for these facts; null when none of them needs the timeline. */
function timelineScope(facts) {
    if (facts.has('timeline'))
        return 'full';
    return facts.has('labelAppliedAt') ? 'labels' : null;
}
const ACTOR = '{ __typename login }';
/** Edits of the description are not timeline items; the latest one is activity all the same. */
const LAST_EDIT = `lastEditedAt editor ${ACTOR}`;
const NODE_FIELDS = {
    LabeledEvent: `createdAt actor ${ACTOR} label { name }`,
    UnlabeledEvent: `createdAt actor ${ACTOR} label { name }`,
    // The body and author tell Sift's own comments (marker, by a bot or by Sift's account) from people's;
    // an edit after posting is activity too.
    IssueComment: `createdAt author ${ACTOR} authorAssociation body lastEditedAt viewerDidAuthor`,
    PullRequestReview: `createdAt submittedAt author ${ACTOR} authorAssociation`,
    // A commit's time is when it was written; its author is a git name, and a login when GitHub knows one.
    PullRequestCommit: 'commit { authoredDate author { name user { login } } }',
};
function timelineNodes(type, scope) {
    const parts = timelineTypeNames(type, scope).map((t) => `... on ${t} { ${NODE_FIELDS[t] ?? `createdAt actor ${ACTOR}`} }`);
    return `nodes { __typename ${parts.join(' ')} }`;
}
/** A comment as the marker lookups read it: whether it is Sift's, and when it was posted. */
const COMMENT = `id body createdAt viewerDidAuthor author ${ACTOR}`;
/**
 * A comment's reactions as `vetoed` reads them: GitHub's reaction groups count every reactor and say
 * whether the token's own account is one. `reactors` selects no nodes, so it costs no points.
 */
const COMMENT_REACTIONS = 'reactionGroups { content viewerHasReacted reactors { totalCount } }';
/** Reactions on the description with who and when (fact `reactions`, for `activity.reactions`). */
function reactionsField(page) {
    return `reactions(${page}) { pageInfo { hasPreviousPage hasNextPage endCursor } nodes { createdAt user { login } } }`;
}
function linkedField(type, first, after) {
    const args = `first: ${first}${after ? ', after: $linkedAfter' : ''}`;
    const page = `totalCount pageInfo { hasNextPage endCursor } nodes { number state updatedAt }`;
    return type === 'pull_request'
        ? `closingIssuesReferences(${args}) { ${page} }`
        : `closedByPullRequestsReferences(${args}, includeClosedPrs: true) { ${page} }`;
}
/** The fields of one item in a listing. */
function itemFields(type, facts, { timelineDepth, commentDepth = 0, commentReactions = false, projectFields }) {
    const comment = commentReactions ? `${COMMENT} ${COMMENT_REACTIONS}` : COMMENT;
    const fields = [
        '__typename id number title body state locked url createdAt updatedAt closedAt authorAssociation',
        `author ${ACTOR}`,
        LABELS,
        ASSIGNEES,
        'milestone { title }',
        commentDepth > 0
            ? `comments(last: ${commentDepth}) { totalCount pageInfo { hasPreviousPage } nodes { ${comment} } }`
            : 'comments { totalCount }',
        'reactionGroups { content reactors { totalCount } }',
    ];
    if (type === 'pull_request')
        fields.push('isDraft');
    // Without enableDuplicate GitHub reports an issue closed as a duplicate as NOT_PLANNED.
    else
        fields.push('stateReason(enableDuplicate: true)');
    const scope = timelineScope(facts);
    if (scope) {
        const types = timelineTypes(type, scope).join(', ');
        // The newest items: a label's latest application is what `labelAppliedAt` needs. Whether older
        // ones exist is `hasPreviousPage` (exact for `last`), not totalCount (whose filtering varies).
        fields.push(`timelineItems(last: ${timelineDepth}, itemTypes: [${types}]) { pageInfo { hasPreviousPage } ${timelineNodes(type, scope)} }`);
        if (scope === 'full')
            fields.push(LAST_EDIT);
    }
    if (facts.has('reactions'))
        fields.push(reactionsField(`last: ${timelineDepth}`));
    if (type === 'pull_request' && facts.has('branches'))
        fields.push('baseRefName headRefName isCrossRepository');
    if (type === 'pull_request' && facts.has('files'))
        fields.push('files(first: 100) { pageInfo { hasNextPage } nodes { path } }');
    if (facts.has('linked'))
        fields.push(linkedField(type, LINKED_IN_LISTING, false));
    if (type === 'pull_request')
        fields.push(...pullStateFields(facts));
    if (type === 'issue')
        fields.push(...hierarchyFields(facts));
    if (projectFields)
        fields.push((0,projects/* projectItemsField */.Mw)(projectFields));
    return fields.join('\n      ');
}
const GRAPHQL_TYPE = {
    issue: 'Issue',
    pull_request: 'PullRequest',
};
/** The repository field that reads one item of this type by number. */
function itemField(type) {
    return type === 'pull_request' ? 'pullRequest' : type;
}
/**
 * One page of issues or of pull requests, oldest first. Variables: owner, name, first, after, states.
 * Cursors are stable while items change, so closing an item mid-walk shifts nothing.
 */
function listQuery(type, facts, options) {
    const isPull = type === 'pull_request';
    const connection = isPull ? 'pullRequests' : 'issues';
    const stateType = isPull ? 'PullRequestState' : 'IssueState';
    return `query Sift${isPull ? 'PullRequests' : 'Issues'}($owner: String!, $name: String!, $first: Int!, $after: String, $states: [${stateType}!]) {
  ${RATE_LIMIT}
  repository(owner: $owner, name: $name) {
    items: ${connection}(first: $first, after: $after, states: $states, orderBy: { field: CREATED_AT, direction: ASC }) {
      pageInfo { hasNextPage endCursor }
      nodes { ...SiftItem }
    }
  }
}
fragment SiftItem on ${GRAPHQL_TYPE[type]} {
      ${itemFields(type, facts, options)}
}`;
}
/**
 * Facts of one item in one request: all the connections the facts need, oldest first, 100 a page.
 * A connection with more pages is asked for again alone, from its cursor (variables timelineAfter,
 * reactionsAfter, filesAfter, linkedAfter).
 */
function factsQuery(type, parts) {
    const isPull = type === 'pull_request';
    const fields = ['__typename id'];
    if (parts.timeline) {
        const types = timelineTypes(type, parts.timeline).join(', ');
        fields.push(`timelineItems(first: 100, after: $timelineAfter, itemTypes: [${types}]) { pageInfo { hasNextPage endCursor } ${timelineNodes(type, parts.timeline)} }`);
        if (parts.timeline === 'full')
            fields.push(LAST_EDIT);
    }
    if (parts.reactions)
        fields.push(reactionsField('first: 100, after: $reactionsAfter'));
    if (isPull && parts.branches)
        fields.push('baseRefName headRefName isCrossRepository');
    if (isPull && parts.files) {
        fields.push('files(first: 100, after: $filesAfter) { pageInfo { hasNextPage endCursor } nodes { path } }');
    }
    if (parts.linked)
        fields.push(linkedField(type, 100, true));
    if (isPull && parts.pullState)
        fields.push(...pullStateFields(parts.pullState));
    if (!isPull && parts.hierarchy)
        fields.push(...hierarchyFields(parts.hierarchy));
    const variables = [
        '$owner: String!',
        '$name: String!',
        '$number: Int!',
        ...(parts.timeline ? ['$timelineAfter: String'] : []),
        ...(parts.reactions ? ['$reactionsAfter: String'] : []),
        ...(isPull && parts.files ? ['$filesAfter: String'] : []),
        ...(parts.linked ? ['$linkedAfter: String'] : []),
    ];
    return `query SiftFacts(${variables.join(', ')}) {
  ${RATE_LIMIT}
  repository(owner: $owner, name: $name) {
    item: ${isPull ? 'pullRequest' : 'issue'}(number: $number) {
      ${fields.join('\n      ')}
    }
  }
}`;
}
/** An item's comments, oldest first, 100 a page (variables owner, name, number, after). */
function commentsQuery(type) {
    return `query SiftComments($owner: String!, $name: String!, $number: Int!, $after: String) {
  ${RATE_LIMIT}
  repository(owner: $owner, name: $name) {
    item: ${itemField(type)}(number: $number) {
      comments(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { ${COMMENT} } }
    }
  }
}`;
}
/**
 * An item's comments with their thumbs-down counts, oldest first, 100 a page (for `vetoed`, when the
 * listing's newest comments did not decide): Sift's own reaction, if any, is taken off the count
 * without a request per comment.
 */
function ruleCommentsQuery(type) {
    return `query SiftRuleComments($owner: String!, $name: String!, $number: Int!, $after: String) {
  ${RATE_LIMIT}
  repository(owner: $owner, name: $name) {
    item: ${itemField(type)}(number: $number) {
      comments(first: 100, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes { ${COMMENT} ${COMMENT_REACTIONS} }
      }
    }
  }
}`;
}
/** The newest comments of an item: whether a comment went through before a failed batch. */
function recentCommentsQuery(type) {
    return `query SiftRecentComments($owner: String!, $name: String!, $number: Int!) {
  ${RATE_LIMIT}
  repository(owner: $owner, name: $name) {
    item: ${itemField(type)}(number: $number) {
      comments(last: 100) { nodes { body } }
    }
  }
}`;
}
/**
 * Comments of several items in one query, aliased i0, i1, ...: the oldest 100 of each, or the newest
 * 100 for an item looked up with `newest` (a comment cycle's comments are the item's latest ones).
 */
function firstCommentsQuery(items) {
    const fields = items
        .map((item, k) => `i${k}: ${itemField(item.type)}(number: ${Number(item.number)}) { comments(${item.newest ? 'last' : 'first'}: 100) { nodes { ${COMMENT} } } }`)
        .join('\n    ');
    return `query SiftFirstComments($owner: String!, $name: String!) {
  ${RATE_LIMIT}
  repository(owner: $owner, name: $name) {
    ${fields}
  }
}`;
}
/** The repository's milestones, 100 a page (variables owner, name, after). */
function milestonesQuery() {
    return `query SiftMilestones($owner: String!, $name: String!, $after: String) {
  ${RATE_LIMIT}
  repository(owner: $owner, name: $name) {
    milestones(first: 100, after: $after, states: [OPEN, CLOSED]) { pageInfo { hasNextPage endCursor } nodes { id title } }
  }
}`;
}
/**
 * Node ids for a batch of writes, in one request: `i<k>` items (variables of the same name, Int),
 * `l<k>` labels and `u<k>` users (String), plus the repository's own id (to create labels).
 */
function lookupQuery({ items, labels, users }) {
    const variables = [
        '$owner: String!',
        '$name: String!',
        ...items.map((i) => `$${i.alias}: Int!`),
        ...labels.map((alias) => `$${alias}: String!`),
        ...users.map((alias) => `$${alias}: String!`),
    ];
    const inRepository = [
        'id',
        ...items.map((i) => `${i.alias}: ${itemField(i.type)}(number: $${i.alias}) { id }`),
        ...labels.map((alias) => `${alias}: label(name: $${alias}) { id name }`),
    ];
    return `query SiftLookup(${variables.join(', ')}) {
  ${RATE_LIMIT}
  repository(owner: $owner, name: $name) {
    ${inRepository.join('\n    ')}
  }
  ${users.map((alias) => `${alias}: user(login: $${alias}) { id login }`).join('\n  ')}
}`;
}
/**
 * Several mutations in one request, aliased `m0`, `m1`... with inputs `$m0`, `$m1`... GitHub runs
 * them one after the other, in this order; one failing does not undo or stop the others.
 */
function mutationDocument(name, ops) {
    const variables = ops.map((op, k) => `$m${k}: ${op.inputType}!`).join(', ');
    const fields = ops.map((op, k) => `m${k}: ${op.field}(input: $m${k}) { ${op.selection} }`).join('\n  ');
    return `mutation ${name}(${variables}) {\n  ${fields}\n}`;
}

;// CONCATENATED MODULE: ./src/providers/github-graphql/lookup.ts



/** GitHub's colour for labels it creates on the fly. */
const NEW_LABEL_COLOR = 'ededed';
/** createLabel mutations per request. */
const CREATE_BATCH = 10;
/** Thrown when GitHub answers RATE_LIMITED; the batch turns it into a clean stop. */
class LookupRateLimited extends Error {
    constructor() {
        super('GitHub answered RATE_LIMITED');
        this.name = 'LookupRateLimited';
    }
}
/** Item node ids kept from listings (about 100 bytes each, the map's share included). */
const REMEMBERED_ITEMS = 10_000;
class IdResolver {
    transport;
    repo;
    /** By itemSlot (a number, so a key costs no string: 10,000 of them were 0.3 MB); the newest last. */
    items = new Map();
    /** By lower-cased name; null: the repository has no such label. */
    labels = new Map();
    users = new Map();
    milestones = null;
    repositoryId = null;
    constructor(transport, repo) {
        this.transport = transport;
        this.repo = repo;
    }
    rememberItem(type, number, id) {
        const key = itemSlot({ type, number });
        // Newest last, and at most REMEMBERED_ITEMS: a walk of 100,000 items keeps flat memory; a write
        // to an item forgotten costs a share of one lookup request, as for an item never listed.
        this.items.delete(key);
        this.items.set(key, id);
        if (this.items.size > REMEMBERED_ITEMS) {
            const oldest = this.items.keys().next();
            if (!oldest.done)
                this.items.delete(oldest.value);
        }
    }
    rememberLabel(id, name) {
        this.labels.set(name.toLowerCase(), { id, name });
    }
    /**
     * Ids for every name the writes use: one lookup query for what is not cached, one mutation request
     * creating the labels to add that do not exist, and the milestones (read once) when a write sets one.
     * Throws for failures below GraphQL (HTTP) and LookupRateLimited; GitHub's per-name answers
     * (NOT_FOUND for a login) are returned as the reason that name has no id.
     */
    async prepare(writes) {
        const failures = new Map();
        const general = await this.lookUp(writes, failures);
        const toCreate = unique(writes.flatMap((w) => (w.kind === 'addLabels' ? w.labels : [])), (n) => n.toLowerCase()).filter((n) => this.labels.get(n.toLowerCase()) === null);
        if (general.length === 0 && toCreate.length > 0) {
            if (this.repositoryId === null)
                general.push(...(await this.lookUp([], failures, true)));
            if (this.repositoryId !== null)
                await this.createLabels(toCreate, this.repositoryId, failures);
        }
        let milestones = new Map();
        if (writes.some((w) => w.kind === 'setMilestone' && w.title !== null)) {
            const loaded = await (this.milestones ??= this.loadMilestones());
            // A failed read is not cached: a later batch tries again.
            if (loaded.ok)
                milestones = loaded.value;
            else {
                this.milestones = null;
                failures.set('milestones', loaded.errors);
            }
        }
        const known = (key, value) => {
            if (general.length > 0)
                return { ok: false, errors: general };
            const errors = failures.get(key);
            if (errors)
                return { ok: false, errors };
            return value === undefined ? { ok: false, errors: [noAnswer(key)] } : { ok: true, value };
        };
        return {
            item: (key) => known(`item:${itemKey(key)}`, this.items.get(itemSlot(key))),
            label: (name) => {
                const label = this.labels.get(name.toLowerCase());
                return known(`label:${name.toLowerCase()}`, label === undefined ? undefined : (label?.id ?? null));
            },
            user: (login) => known(`user:${login.toLowerCase()}`, this.users.get(login.toLowerCase())),
            // Titles match exactly, as REST's milestone lookup does.
            milestone: (title) => known('milestones', milestones.get(title) ?? null),
        };
    }
    /**
     * One query for the items, labels and users the writes name that are not cached (and the
     * repository's id when asked). Returns errors that concern all of them (the repository itself).
     */
    async lookUp(writes, failures, repositoryId = false) {
        const items = unique(writes.filter((w) => w.kind !== 'updateComment').map((w) => w.item), itemKey).filter((k) => !this.items.has(itemSlot(k)));
        const labelNames = unique(writes.flatMap((w) => namesOf(w).labels), (n) => n.toLowerCase()).filter((n) => !this.labels.has(n.toLowerCase()));
        const logins = unique(writes.flatMap((w) => namesOf(w).users), (l) => l.toLowerCase()).filter((l) => !this.users.has(l.toLowerCase()));
        if (items.length + labelNames.length + logins.length === 0 && !repositoryId)
            return [];
        const variables = { owner: this.repo.owner, name: this.repo.name };
        items.forEach((item, k) => (variables[`i${k}`] = item.number));
        labelNames.forEach((label, k) => (variables[`l${k}`] = label));
        logins.forEach((login, k) => (variables[`u${k}`] = login));
        const query = lookupQuery({
            items: items.map((item, k) => ({ alias: `i${k}`, type: item.type })),
            labels: labelNames.map((_, k) => `l${k}`),
            users: logins.map((_, k) => `u${k}`),
        });
        const answer = await this.transport.send(query, variables);
        if (isRateLimited(answer.errors))
            throw new LookupRateLimited();
        const errorsAt = (...path) => answer.errors.filter((e) => path.every((p, i) => e.path?.[i] === p));
        const repository = answer.data?.repository ?? null;
        if (!repository)
            return answer.errors.length > 0 ? answer.errors : [noAnswer('the repository')];
        this.repositoryId = repository.id;
        items.forEach((item, k) => {
            const node = repository[`i${k}`];
            if (typeof node === 'object' && node)
                this.items.set(itemSlot(item), node.id);
            else
                failures.set(`item:${itemKey(item)}`, orNoAnswer(errorsAt('repository', `i${k}`), item));
        });
        labelNames.forEach((label, k) => {
            const node = repository[`l${k}`];
            const errors = errorsAt('repository', `l${k}`);
            if (typeof node === 'object' && node?.name)
                this.rememberLabel(node.id, node.name);
            else if (errors.length > 0)
                failures.set(`label:${label.toLowerCase()}`, errors);
            // GitHub answers null, without an error, for a label the repository does not have.
            else
                this.labels.set(label.toLowerCase(), null);
        });
        logins.forEach((login, k) => {
            const node = answer.data?.[`u${k}`];
            if (node)
                this.users.set(login.toLowerCase(), node.id);
            else
                failures.set(`user:${login.toLowerCase()}`, orNoAnswer(errorsAt(`u${k}`), login));
        });
        return [];
    }
    async createLabels(names, repositoryId, failures) {
        for (let start = 0; start < names.length; start += CREATE_BATCH) {
            const chunk = names.slice(start, start + CREATE_BATCH);
            const ops = chunk.map((name) => ({
                field: 'createLabel',
                inputType: 'CreateLabelInput',
                input: { repositoryId, name, color: NEW_LABEL_COLOR },
                selection: 'label { id name }',
            }));
            // Creating a label twice fails harmlessly ("already taken"): safe to retry.
            const answer = await this.transport.send(mutationDocument('SiftCreateLabels', ops), Object.fromEntries(ops.map((op, k) => [`m${k}`, op.input])), { idempotent: true });
            if (isRateLimited(answer.errors))
                throw new LookupRateLimited();
            chunk.forEach((name, k) => {
                const label = answer.data?.[`m${k}`]?.label;
                if (label)
                    this.rememberLabel(label.id, label.name);
                else {
                    const own = answer.errors.filter((e) => e.path?.[0] === `m${k}`);
                    failures.set(`label:${name.toLowerCase()}`, own.length > 0 ? own : answer.errors);
                }
            });
        }
    }
    async loadMilestones() {
        const byTitle = new Map();
        let after = null;
        do {
            const answer = await this.transport.send(milestonesQuery(), {
                owner: this.repo.owner,
                name: this.repo.name,
                after,
            });
            if (isRateLimited(answer.errors))
                throw new LookupRateLimited();
            const page = answer.data?.repository?.milestones;
            if (!page || answer.errors.length > 0) {
                return { ok: false, errors: answer.errors.length > 0 ? answer.errors : [noAnswer('the milestones')] };
            }
            for (const m of page.nodes ?? [])
                if (m)
                    byTitle.set(m.title, m.id);
            after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
        } while (after !== null);
        return { ok: true, value: byTitle };
    }
}
function itemKey(key) {
    return `${key.type}#${key.number}`;
}
const TYPE_SLOTS = { issue: 0, pull_request: 1, discussion: 2 };
/** An item's key in the id memo: its number and type in one number (a small integer for any real number). */
function itemSlot(key) {
    return key.number * 4 + TYPE_SLOTS[key.type];
}
function unique(values, key) {
    const seen = new Map();
    for (const value of values)
        if (!seen.has(key(value)))
            seen.set(key(value), value);
    return [...seen.values()];
}
function noAnswer(what) {
    return { message: `GitHub returned no id for ${typeof what === 'string' ? what : JSON.stringify(what)}` };
}
function orNoAnswer(errors, what) {
    return errors.length > 0 ? errors : [noAnswer(what)];
}

;// CONCATENATED MODULE: ./src/providers/github-graphql/batch.ts
/**
 * Several writes in few requests: the mutations of up to `batchSize` writes go in one request, aliased
 * `m0`, `m1`... GitHub runs them in order and answers each on its own, so one failing write fails
 * alone. When a whole request fails (5xx, no answer, an error naming no mutation) and it is unclear
 * which of its mutations were applied, the unconfirmed ones are sent again one by one: all of them are
 * idempotent except posting a comment, which is first looked for on the item and not posted twice.
 */






class WriteBatcher {
    options;
    constructor(options) {
        this.options = options;
    }
    /**
     * Applies the writes, `batchSize` mutations a request, in order. Resolves with one result per
     * write; rejects only with RateLimitStop (the run should stop, not go on failing item by item).
     */
    async run(writes) {
        const results = writes.map((write) => ({ write, ok: true }));
        if (writes.length === 0)
            return results;
        let ids;
        try {
            ids = await this.options.ids.prepare(writes);
        }
        catch (error) {
            const doing = `looking up ids for ${writes.length === 1 ? describeWrite(writes[0]) : `${writes.length} writes`}`;
            if (error instanceof LookupRateLimited)
                throw rateLimitedStop(this.failure(doing), this.resetAt());
            return writes.map((write) => ({ write, ok: false, error: this.httpError(error, write) }));
        }
        const pending = [];
        writes.forEach((write, index) => {
            const planned = plan(write, ids);
            if (planned.kind === 'send')
                pending.push({ index, write, op: planned.op });
            else if (planned.kind === 'failed')
                results[index] = this.failed(write, planned.errors);
            else if (planned.kind === 'invalid') {
                const message = `${describeWrite(write)} in ${this.options.repository} failed: ${planned.message}.`;
                results[index] = { write, ok: false, error: new provider/* ItemWriteError */.f(message, planned.status) };
            }
        });
        for (let start = 0; start < pending.length; start += this.options.batchSize) {
            await this.send(pending.slice(start, start + this.options.batchSize), results, true);
        }
        return results;
    }
    async send(chunk, results, mayFallBack) {
        const ops = chunk.map((p) => p.op);
        let answer;
        try {
            answer = await this.options.transport.send(mutationDocument('SiftWrites', ops), Object.fromEntries(ops.map((op, k) => [`m${k}`, op.input])), 
            // The client may retry a batch after a 5xx only if sending it twice is harmless.
            { idempotent: ops.every((op) => op.idempotent) });
        }
        catch (error) {
            if (error instanceof provider/* RateLimitStop */.C)
                throw this.httpError(error, chunk[0].write);
            if (mayFallBack && chunk.length > 1 && unclear(error))
                return this.oneByOne(chunk, results);
            for (const p of chunk)
                results[p.index] = { write: p.write, ok: false, error: this.httpError(error, p.write) };
            return;
        }
        if (isRateLimited(answer.errors)) {
            throw rateLimitedStop(this.failure(describeWrite(chunk[0].write)), this.resetAt());
        }
        const unconfirmed = [];
        chunk.forEach((p, k) => {
            const alias = `m${k}`;
            const own = answer.errors.filter((e) => e.path?.[0] === alias);
            const payload = answer.data?.[alias];
            if (own.length > 0)
                results[p.index] = this.failed(p.write, own);
            else if (payload) {
                const problem = p.op.verify?.(payload);
                results[p.index] = problem
                    ? { write: p.write, ok: false, error: this.invalid(p.write, problem) }
                    : { write: p.write, ok: true, ...createdIdOf(p.op, payload) };
            }
            else
                unconfirmed.push(p);
        });
        if (unconfirmed.length === 0)
            return;
        if (mayFallBack && chunk.length > 1)
            return this.oneByOne(unconfirmed, results);
        const general = answer.errors.filter((e) => !/^m\d+$/.test(String(e.path?.[0])));
        for (const p of unconfirmed) {
            results[p.index] = this.failed(p.write, general.length > 0 ? general : [{ message: 'no answer for it' }]);
        }
    }
    /** After a batch failed as a whole: each write alone, a comment only if it is not there already. */
    async oneByOne(chunk, results) {
        for (const p of chunk) {
            if (p.op.commentBody !== undefined) {
                const posted = await this.commentPosted(p.write.item, p.op.commentBody).catch((error) => {
                    if (error instanceof provider/* RateLimitStop */.C)
                        throw error;
                    return error;
                });
                if (posted === true)
                    continue;
                if (posted !== false) {
                    results[p.index] = { write: p.write, ok: false, error: this.httpError(posted, p.write) };
                    continue;
                }
            }
            await this.send([p], results, false);
        }
    }
    /** Whether the item's newest comments include this exact body (Sift's bodies carry a unique marker). */
    async commentPosted(item, body) {
        const answer = await this.options.transport.send(recentCommentsQuery(item.type), {
            owner: this.options.repo.owner,
            name: this.options.repo.name,
            number: item.number,
        });
        const nodes = answer.data?.repository?.item?.comments.nodes;
        if (!nodes)
            throw new Error(answer.errors.map((e) => e.message).join('; ') || 'no comments in the answer');
        return nodes.some((n) => n?.body === body);
    }
    failure(doing, permission) {
        return { doing, repository: this.options.repository, permission, secrets: this.options.secrets };
    }
    failed(write, errors) {
        const failure = this.failure(describeWrite(write), permissionOf(write));
        return { write, ok: false, error: graphqlWriteError(errors, failure) };
    }
    invalid(write, problem) {
        return new provider/* ItemWriteError */.f(`${describeWrite(write)} in ${this.options.repository} failed: ${problem}.`);
    }
    /** An HTTP-level failure as a write error; a rate-limit stop is thrown, as it stops the run. */
    httpError(error, write) {
        const converted = (0,github_errors/* writeError */.oG)(error, this.failure(describeWrite(write), permissionOf(write)));
        if (converted instanceof provider/* RateLimitStop */.C)
            throw converted;
        return converted instanceof provider/* ItemWriteError */.f ? converted : new provider/* ItemWriteError */.f(converted.message);
    }
    resetAt() {
        return this.options.transport.budget().resetAt;
    }
}
/** A failure after which it is unclear which mutations of the request were applied: no answer, 5xx. */
function unclear(error) {
    return !(0,github_errors/* isHttpFailure */.zV)(error) || error.status >= 500;
}
/** The id of the comment a createComment made, when the mutation's answer carries it. */
function createdIdOf(op, payload) {
    const id = op.created?.(payload);
    return id ? { createdId: id } : {};
}

;// CONCATENATED MODULE: ./src/providers/github-graphql/discussions.ts
/**
 * Discussions over GitHub's GraphQL API (REST has none): the listing query, the query of one
 * discussion's history, and their mapping onto Sift's Item and activity events.
 *
 * A discussion has no timeline: GitHub records who commented, replied, edited, reacted and chose the
 * answer, but not who labelled, closed or locked it. Its activity is built from what is recorded; the
 * engine does not count an update nothing explains on a discussion (see activity.ts), so Sift's own
 * labels do not restart the clock.
 */



const discussions_ACTOR = '{ __typename login }';
const LISTED_FIELDS = [
    '__typename id number title body closed locked url createdAt updatedAt closedAt stateReason authorAssociation',
    `author ${discussions_ACTOR}`,
    'labels(first: 100) { nodes { id name } }',
    'comments { totalCount }',
    'reactionGroups { content reactors { totalCount } }',
    'category { name }',
    'isAnswered',
].join('\n      ');
/**
 * One page of discussions, oldest first (`CREATED_AT ASC`: stable cursors, as for issues; GitHub's
 * default order, most recently updated first, would shift under writes). Variables: owner, name,
 * first, after, states.
 */
function discussionListQuery() {
    return `query SiftDiscussions($owner: String!, $name: String!, $first: Int!, $after: String, $states: [DiscussionState!]) {
  ${RATE_LIMIT}
  repository(owner: $owner, name: $name) {
    items: discussions(first: $first, after: $after, states: $states, orderBy: { field: CREATED_AT, direction: ASC }) {
      pageInfo { hasNextPage endCursor }
      nodes {
      ${LISTED_FIELDS}
      }
    }
  }
}`;
}
/** One discussion by number, with the fields of a listing (variables owner, name, number). */
function discussionQuery() {
    return `query SiftDiscussion($owner: String!, $name: String!, $number: Int!) {
  ${RATE_LIMIT}
  repository(owner: $owner, name: $name) {
    item: discussion(number: $number) {
      ${LISTED_FIELDS}
    }
  }
}`;
}
/** Replies read per comment: the newest, as the latest activity is what the clock needs. */
const REPLIES = 100;
const discussions_COMMENT = `id body createdAt lastEditedAt viewerDidAuthor author ${discussions_ACTOR} authorAssociation`;
/**
 * One discussion's history: with `comments` its comments (100 a page, from $commentsAfter) with their
 * newest replies, its latest edit and chosen answer; with `reactions` its reactions (100 a page, from
 * $reactionsAfter).
 */
function discussionHistoryQuery(parts) {
    const fields = ['__typename id'];
    const variables = ['$owner: String!', '$name: String!', '$number: Int!'];
    if (parts.comments) {
        variables.push('$commentsAfter: String');
        fields.push(`lastEditedAt editor ${discussions_ACTOR} answerChosenAt answerChosenBy ${discussions_ACTOR}`, `comments(first: 100, after: $commentsAfter) { pageInfo { hasNextPage endCursor } nodes { ${discussions_COMMENT} replies(last: ${REPLIES}) { nodes { ${discussions_COMMENT} } } } }`);
    }
    if (parts.reactions) {
        variables.push('$reactionsAfter: String');
        fields.push('reactions(first: 100, after: $reactionsAfter) { pageInfo { hasNextPage endCursor } nodes { createdAt user { login } } }');
    }
    return `query SiftDiscussionHistory(${variables.join(', ')}) {
  ${RATE_LIMIT}
  repository(owner: $owner, name: $name) {
    item: discussion(number: $number) {
      ${fields.join('\n      ')}
    }
  }
}`;
}
function discussionClosedAs(reason) {
    const lower = reason?.toLowerCase();
    return item/* DISCUSSION_CLOSE_REASONS */.Gc.find((r) => r === lower) ?? null;
}
function discussionToItem(node) {
    return {
        type: 'discussion',
        number: node.number,
        title: node.title,
        body: node.body ?? '',
        state: node.closed ? 'closed' : 'open',
        draft: false,
        locked: node.locked,
        author: loginOf(node.author),
        authorAssociation: node.authorAssociation,
        labels: map_nodesOf(node.labels).map((l) => l.name),
        assignees: [],
        milestone: null,
        comments: node.comments.totalCount,
        reactions: reactionsOf(node),
        createdAt: node.createdAt,
        updatedAt: node.updatedAt,
        closedAt: node.closedAt,
        closedAs: node.closed ? discussionClosedAs(node.stateReason) : null,
        url: node.url,
        discussion: { category: node.category.name, answered: node.isAnswered === true },
    };
}
/**
 * A discussion's activity, oldest first: each comment (kind `comment`, Sift's own marked) and reply
 * (kind `other`: `comments` counts top-level comments, as GitHub's count does), each edit of them by
 * their author, the answer's choice, and the description's latest edit. Reactions are a fact apart.
 */
function discussionActivity(comments, history) {
    const events = [];
    const add = (node, kind) => {
        const event = {
            kind,
            at: node.createdAt,
            actor: loginOf(node.author),
            actorIsBot: discussions_isBotActor(node.author),
        };
        if (node.authorAssociation)
            event.association = node.authorAssociation;
        if (isSiftComment(node))
            event.bySift = true;
        events.push(event);
        if (node.lastEditedAt && Date.parse(node.lastEditedAt) > Date.parse(node.createdAt))
            events.push({ ...event, kind: 'edited', at: node.lastEditedAt });
    };
    for (const comment of comments) {
        add(comment, 'comment');
        for (const reply of map_nodesOf(comment.replies))
            add(reply, 'other');
    }
    if (history.answerChosenAt) {
        events.push({
            kind: 'other',
            at: history.answerChosenAt,
            actor: loginOf(history.answerChosenBy),
            actorIsBot: discussions_isBotActor(history.answerChosenBy),
        });
    }
    // Stable: same-time entries keep the order above.
    events.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    return withLastEdit(events, history);
}
function discussions_isBotActor(actor) {
    return actor?.__typename === 'Bot' || (actor?.login.endsWith('[bot]') ?? false);
}

// EXTERNAL MODULE: ./src/providers/github/issue-forms.ts
var issue_forms = __webpack_require__(8981);
// EXTERNAL MODULE: ./src/providers/github-graphql/transport.ts
var transport = __webpack_require__(8425);
// EXTERNAL MODULE: ./src/providers/github-graphql/url.ts
var url = __webpack_require__(1573);
// EXTERNAL MODULE: ./src/providers/number-set.ts
var number_set = __webpack_require__(9019);
// EXTERNAL MODULE: ./src/pipeline/read-ahead.ts
var read_ahead = __webpack_require__(2340);
;// CONCATENATED MODULE: ./src/providers/github-graphql/index.ts
/**
 * The GitHub provider over the GraphQL API: one request per page of up to 100 items, carrying what the
 * loaded rules need (the timeline, branches, files or linked items only when they need them), and
 * writes as mutations that can be batched several to a request.
 *
 * Issues and pull requests are listed through `repository.issues`, then `repository.pullRequests`
 * (both connections read at the same time, items handed on in that order), oldest first: the search API would list both in one walk, but it lags behind writes and stops at
 * 1,000 results. Cursors are stable while items change, so closing items mid-walk shifts nothing.
 */




























function createGitHubGraphqlProvider(options) {
    return new GitHubGraphqlProvider(options);
}
/** Newest comments read with each listed item when the rules post comments (`commentMarkers`). */
const COMMENTS_IN_LISTING = 10;
/**
 * Pull-request pages read ahead while the consumer still takes issues: enough for a repository of a
 * few hundred open pull requests to be listed by the time the issues are, and a bound on what is held
 * (a page is up to 100 items with their timelines) in one of thousands.
 */
const PULL_PAGES_AHEAD = 5;
/**
 * Pages of the first connection (issues) read ahead of the consumer: one on its way while the one before
 * it is planned, and one more held for a consumer slower than a round trip.
 */
const FIRST_PAGES_AHEAD = 2;
/** `issueType` is read through REST: the pinned GraphQL schema predates issue types. */
const ALL_FACTS = [
    'ruleComments',
    'labelAppliedAt',
    'timeline',
    'reactions',
    'files',
    'branches',
    'linked',
    'issueType',
    'subIssues',
    'parent',
    'form',
    'pull',
    'reviews',
    'checks',
    'projects',
];
class GitHubGraphqlProvider {
    capabilities = {
        name: 'github-graphql',
        conditions: new Set(rules/* CONDITION_KINDS */.Cv),
        actions: new Set(rules/* ACTION_KINDS */.jq),
        facts: new Set(ALL_FACTS),
        discussions: true,
        commands: true,
        closeReasons: item/* ISSUE_CLOSED_AS */.UK,
    };
    repository;
    owner;
    name;
    token;
    perPage;
    timelineDepth;
    counts;
    transport;
    ids;
    batcher;
    /** REST, for what the pinned GraphQL schema cannot express (issue types). */
    rest;
    assignable = null;
    /**
     * Sift's comments on the items listed last whose comments the page held completely: findComment
     * answers these without a request. Started afresh by each listing and dropped on any write (a batch
     * writes to many items at once), so it is never stale and never grows with the repository.
     */
    listedComments = new comment_memo/* CommentMemo */.is();
    /** The repository's issue forms, read through REST once a run (fact `form`). */
    forms = null;
    /** GitHub projects, through the project token's client when there is one. */
    projects;
    /** Requests of the project token's client; null when projects share the main client. */
    projectCounts;
    constructor(options) {
        const [owner, name, ...rest] = options.repository.split('/');
        if (!owner || !name || rest.length > 0) {
            throw new Error(`repository must be "owner/name", not "${options.repository}"`);
        }
        this.owner = owner;
        this.name = name;
        this.repository = `${owner}/${name}`;
        this.token = options.token;
        this.perPage = bounded('perPage', options.perPage ?? 100, 100);
        this.timelineDepth = bounded('timelineDepth', options.timelineDepth ?? 50, 100);
        const batchSize = bounded('batchSize', options.batchSize ?? 10, 25);
        const graphqlUrl = options.graphqlUrl ?? (options.baseUrl ? (0,url/* graphqlUrlFor */.UM)(options.baseUrl) : url/* DEFAULT_GRAPHQL_URL */.UC);
        const client = (0,github_client/* createClient */.UU)({
            ...options.client,
            token: options.token,
            baseUrl: options.baseUrl ?? (0,url/* restUrlFor */.pf)(graphqlUrl),
            userAgent: options.userAgent,
            alsoTrusted: [graphqlUrl],
        });
        this.counts = client.counts;
        this.rest = {
            octokit: client.octokit,
            owner,
            repo: name,
            failure: (doing, permission) => this.failure(doing, permission),
        };
        this.transport = new transport/* GraphqlTransport */.T(client.octokit, graphqlUrl.replace(/\/+$/, ''));
        const repo = { owner, name };
        this.ids = new IdResolver(this.transport, repo);
        // A project token gets its own client: it is sent on project requests and nowhere else.
        const projectClient = options.projectToken
            ? (0,github_client/* createClient */.UU)({
                ...options.client,
                token: options.projectToken,
                baseUrl: options.baseUrl ?? (0,url/* restUrlFor */.pf)(graphqlUrl),
                userAgent: options.userAgent,
                alsoTrusted: [graphqlUrl],
            })
            : null;
        this.projectCounts = projectClient?.counts ?? null;
        const projectTransport = projectClient
            ? new transport/* GraphqlTransport */.T(projectClient.octokit, graphqlUrl.replace(/\/+$/, ''))
            : this.transport;
        this.projects = new projects/* GitHubProjects */.ec((document, variables, sendOptions) => projectTransport.send(document, variables, sendOptions), repo, { workflowToken: !options.projectToken }, [options.token, options.projectToken ?? '']);
        this.batcher = new WriteBatcher({
            transport: this.transport,
            ids: this.ids,
            repo,
            repository: this.repository,
            batchSize,
            secrets: [options.token],
        });
    }
    /**
     * Issues, then pull requests, each oldest first, one request per page. The items carry as
     * `prefetched` the facts of `query.prefetch` that the page held completely.
     *
     * The two connections are walked at the same time: each needs the previous page's cursor, so pages
     * of one come one after another, but pull requests need not wait for the last issue. Each page is
     * asked for as soon as the one before it has come (issues at most `FIRST_PAGES_AHEAD` ahead of the
     * consumer, pull requests `PULL_PAGES_AHEAD`), and pull requests are handed on (or their error
     * thrown) only once every issue has been, so the order is the same as reading one connection after
     * the other.
     */
    async *items(query) {
        if (query.type === 'discussion') {
            yield* this.discussions(query);
            return;
        }
        const wanted = new Set((query.prefetch ?? []).filter((f) => this.capabilities.facts.has(f)));
        const types = query.type ? [query.type] : ['issue', 'pull_request'];
        // The pinned GraphQL schema predates issue types: REST's listing carries them, a page per 100.
        const issueTypes = wanted.has('issueType') && types.includes('issue')
            ? await (0,issue_type/* listIssueTypes */.Fm)(this.rest, query.state)
            : null;
        // `vetoed` decided from the listing's newest comments where they suffice (rule-comments.ts).
        const vetoed = wanted.has('ruleComments') && query.vetoed?.length ? query.vetoed : undefined;
        const seen = new number_set/* NumberSet */.e();
        this.listedComments.clear();
        // With the same token, the listing carries each item's projects; a project token reads them apart.
        const projectsApart = wanted.has('projects') && this.projectCounts !== null;
        // Each connection's next page is asked as soon as its cursor is known: the page before it is then
        // planned while the next one is on its way.
        const walks = types.map((type, k) => (0,read_ahead/* readAhead */.E)(this.listPages(type, wanted, query, projectsApart), k === 0 ? FIRST_PAGES_AHEAD : PULL_PAGES_AHEAD, {
            eager: true,
        }));
        try {
            for (const pages of walks) {
                for await (const page of pages) {
                    const apart = projectsApart
                        ? await this.projects.readMany(map_nodesOf(page).map((n) => ({ number: n.number, id: n.id })))
                        : null;
                    for (const node of map_nodesOf(page)) {
                        // Issues and pull requests share numbers; a cursor walk never repeats one, but be sure.
                        if (seen.has(node.number))
                            continue;
                        seen.add(node.number);
                        this.remember(node);
                        if (query.commentMarkers)
                            this.rememberComments(node);
                        const item = toItem(node);
                        let prefetched = withIssueType(listedFacts(node, wanted), item, wanted, issueTypes);
                        const ruleComments = vetoed ? ruleCommentsInListing(node.comments, vetoed) : undefined;
                        if (ruleComments)
                            prefetched = { ...prefetched, ruleComments };
                        if (wanted.has('form'))
                            prefetched = { ...prefetched, form: await this.issueForms().ofBody(item.type, item.body) };
                        const projects = apart ? apart.get(node.number) : this.projects.fromNode(node.number, node);
                        if (wanted.has('projects') && projects)
                            prefetched = { ...prefetched, projects };
                        if (prefetched)
                            item.prefetched = prefetched;
                        yield item;
                    }
                }
            }
        }
        finally {
            // A consumer that stops early (or a failed page) leaves no read running and no error unhandled.
            await Promise.all(walks.map((pages) => pages.return?.(undefined)));
        }
    }
    /** One connection's pages, oldest first, each read when the one before it is taken (items() reads ahead). */
    async *listPages(type, wanted, query, projectsApart) {
        const vetoed = wanted.has('ruleComments') && (query.vetoed?.length ?? 0) > 0;
        const document = listQuery(type, wanted, {
            timelineDepth: this.timelineDepth,
            commentDepth: query.commentMarkers || vetoed ? COMMENTS_IN_LISTING : 0,
            commentReactions: vetoed,
            projectFields: wanted.has('projects') && !projectsApart ? this.projects.fields() : undefined,
        });
        let after = null;
        do {
            const page = await this.listPage(document, type, query.state, after);
            yield page;
            after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
        } while (after !== null);
    }
    /**
     * Discussions, oldest first, one request per page. They carry no facts: a discussion's history is
     * read per item, and only when the listing's `updatedAt` cannot decide (see `discussionFacts`).
     */
    async *discussions(query) {
        this.listedComments.clear();
        const document = discussionListQuery();
        let after = null;
        do {
            const page = await this.listPage(document, 'discussion', query.state, after);
            for (const node of map_nodesOf(page)) {
                this.ids.rememberItem('discussion', node.number, node.id);
                for (const label of map_nodesOf(node.labels))
                    this.ids.rememberLabel(label.id, label.name);
                yield discussionToItem(node);
            }
            after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
        } while (after !== null);
    }
    /**
     * One issue or pull request by number, or null when it is not in this repository: one REST read
     * (github/read-item.ts), the shape of an event's payload, for an event whose payload lacks fields
     * and for explain.
     */
    async getItem(number) {
        return (0,read_item/* readItem */.k)(this.rest, number);
    }
    /** One discussion by number (an event's, or one to explain), or null when there is none. */
    async getDiscussion(number) {
        const doing = `reading discussion #${number}`;
        const answer = await this.read(doing, discussionQuery(), { owner: this.owner, name: this.name, number });
        const node = answer.data?.repository?.item;
        if (node) {
            this.ids.rememberItem('discussion', node.number, node.id);
            return discussionToItem(node);
        }
        if (answer.errors.length > 0 && answer.errors.every((e) => e.type === 'NOT_FOUND'))
            return null;
        throw this.readFailure(doing, answer, 'discussion');
    }
    /**
     * A discussion's facts: its activity (comments, replies, edits, the answer's choice, reactions when
     * they count) in one request per 100 comments. It has no label history, files, branches or links.
     */
    async discussionFacts(item, wanted) {
        const facts = {};
        if (wanted.has('files'))
            facts.files = [];
        if (wanted.has('branches'))
            facts.branches = null;
        if (wanted.has('linked'))
            facts.linked = [];
        const comments = [];
        const reactions = [];
        let history;
        let commentsAfter = null;
        let reactionsAfter = null;
        let more = { comments: wanted.has('timeline'), reactions: wanted.has('reactions') };
        const doing = `reading the history of ${(0,github_errors/* describeItem */.f)(item)}`;
        while (more.comments || more.reactions) {
            const answer = await this.read(doing, discussionHistoryQuery(more), {
                owner: this.owner,
                name: this.name,
                number: item.number,
                ...(more.comments ? { commentsAfter } : {}),
                ...(more.reactions ? { reactionsAfter } : {}),
            });
            const node = answer.data?.repository?.item;
            if (!node || answer.errors.length > 0)
                throw this.readFailure(doing, answer, 'discussion');
            this.ids.rememberItem('discussion', item.number, node.id);
            const next = { comments: false, reactions: false };
            if (more.comments && node.comments) {
                history ??= node;
                comments.push(...map_nodesOf(node.comments));
                commentsAfter = node.comments.pageInfo.endCursor;
                next.comments = node.comments.pageInfo.hasNextPage;
            }
            if (more.reactions && node.reactions) {
                reactions.push(...map_nodesOf(node.reactions));
                reactionsAfter = node.reactions.pageInfo.endCursor;
                next.reactions = node.reactions.pageInfo.hasNextPage;
            }
            more = next;
        }
        if (wanted.has('timeline') && history)
            facts.timeline = discussionActivity(comments, history);
        if (wanted.has('reactions'))
            facts.reactions = reactionActivity(reactions);
        return facts;
    }
    issueForms() {
        this.forms ??= new issue_forms/* IssueForms */.f8(this.rest);
        return this.forms;
    }
    /** The facts asked for, in one request (more only for a connection longer than 100). */
    async commandComments(item, scope) {
        const doing = `reading the comments with commands of ${(0,github_errors/* describeItem */.f)(item)}`;
        const found = [];
        let before = null;
        for (;;) {
            const answer = await this.read(doing, commandCommentsQuery(item.type), {
                owner: this.owner,
                name: this.name,
                number: item.number,
                before,
            });
            const page = answer.data?.repository?.item?.comments;
            if (!page || answer.errors.length > 0)
                throw this.readFailure(doing, answer, item.type);
            const { comments, more } = commandCommentsOf(page, scope);
            found.unshift(...comments);
            if (!more || !page.pageInfo.startCursor)
                return found;
            before = page.pageInfo.startCursor;
        }
    }
    /** Through REST, as issue types are: one request per 100 labels, once a run. */
    labelNames() {
        return (0,labels/* readLabelNames */.V)(this.rest);
    }
    /** Through REST: GraphQL has no "can this login be assigned here" (`assignableUsers` searches). */
    unknownUsers(logins) {
        this.assignable ??= new names/* Assignable */.m(this.rest);
        return this.assignable.unknown(logins);
    }
    milestoneTitles() {
        return (0,names/* readMilestoneTitles */.c)(this.rest);
    }
    async addReaction(item, commentId, content) {
        return this.write({ kind: 'addReaction', item, commentId, content });
    }
    async facts(item, names) {
        const wanted = new Set(names);
        if (item.type === 'discussion')
            return this.discussionFacts(item, wanted);
        const facts = {};
        // One REST read per issue: the pinned GraphQL schema has no issue types to query.
        if (wanted.has('issueType'))
            facts.issueType = await (0,issue_type/* readIssueType */.A1)(this.rest, item);
        if (wanted.has('form'))
            facts.form = await this.issueForms().ofItem(item);
        if (wanted.has('projects'))
            facts.projects = await this.projects.readOne(item);
        const isPull = item.type === 'pull_request';
        if (!isPull && wanted.has('files'))
            facts.files = [];
        if (!isPull && wanted.has('branches'))
            facts.branches = null;
        const parts = {};
        const scope = timelineScope(wanted);
        if (scope)
            parts.timeline = scope;
        if (wanted.has('reactions'))
            parts.reactions = true;
        if (isPull && wanted.has('files'))
            parts.files = true;
        if (isPull && wanted.has('branches'))
            parts.branches = true;
        if (wanted.has('linked'))
            parts.linked = true;
        const hierarchy = new Set([...wanted].filter((name) => name === 'subIssues' || name === 'parent'));
        if (isPull)
            Object.assign(facts, hierarchyFacts({}, false, hierarchy));
        else if (hierarchy.size > 0)
            parts.hierarchy = hierarchy;
        const pullState = new Set([...wanted].filter((n) => n === 'pull' || n === 'reviews' || n === 'checks'));
        if (!isPull)
            Object.assign(facts, pullStateFacts({}, pullState, false, false));
        else if (pullState.size > 0)
            parts.pullState = pullState;
        if (Object.keys(parts).length === 0)
            return facts;
        const timeline = [];
        const reactions = [];
        const files = [];
        const linked = [];
        const cursors = {};
        let edit = {};
        let next = parts;
        const doing = `reading ${[...wanted].join(', ')} of ${(0,github_errors/* describeItem */.f)(item)}`;
        while (next) {
            const answer = await this.read(doing, factsQuery(item.type, next), { owner: this.owner, name: this.name, number: item.number, ...cursors });
            const node = answer.data?.repository?.item;
            if (!node || answer.errors.length > 0)
                throw this.readFailure(doing, answer, item.type);
            this.ids.rememberItem(item.type, item.number, node.id);
            const more = {};
            if (next.timeline && node.timelineItems) {
                timeline.push(...map_nodesOf(node.timelineItems));
                cursors.timelineAfter = node.timelineItems.pageInfo.endCursor;
                if (node.timelineItems.pageInfo.hasNextPage)
                    more.timeline = next.timeline;
            }
            if (next.reactions && node.reactions) {
                reactions.push(...map_nodesOf(node.reactions));
                cursors.reactionsAfter = node.reactions.pageInfo?.endCursor ?? null;
                if (node.reactions.pageInfo?.hasNextPage)
                    more.reactions = true;
            }
            if (next.files && node.files) {
                files.push(...map_nodesOf(node.files).map((f) => f.path));
                cursors.filesAfter = node.files.pageInfo.endCursor;
                if (node.files.pageInfo.hasNextPage)
                    more.files = true;
            }
            const linkedPage = isPull ? node.closingIssuesReferences : node.closedByPullRequestsReferences;
            if (next.linked && linkedPage) {
                linked.push(...map_nodesOf(linkedPage));
                cursors.linkedAfter = linkedPage.pageInfo?.endCursor ?? null;
                if (linkedPage.pageInfo?.hasNextPage)
                    more.linked = true;
            }
            if (next.branches)
                facts.branches = branchesOf(node);
            if (next.hierarchy)
                Object.assign(facts, hierarchyFacts(node, true, next.hierarchy));
            if (next.pullState)
                Object.assign(facts, pullStateFacts(node, next.pullState, true, false));
            if (next.timeline === 'full' && node.lastEditedAt !== undefined)
                edit = node;
            next = Object.keys(more).length > 0 ? more : null;
        }
        const events = toActivity(timeline);
        if (wanted.has('timeline'))
            facts.timeline = withLastEdit(events, edit);
        if (wanted.has('reactions'))
            facts.reactions = reactionActivity(reactions);
        if (wanted.has('labelAppliedAt'))
            facts.labelAppliedAt = labelAppliedAt(events);
        if (isPull && wanted.has('files'))
            facts.files = files;
        if (wanted.has('linked'))
            facts.linked = toLinked(item.type, linked);
        return facts;
    }
    /** The item's comments with their thumbs-down counts, in pages of 100: no request per comment. */
    async ruleComments(item, rules) {
        const nodes = [];
        for await (const page of this.commentPages(item, ruleCommentsQuery(item.type)))
            nodes.push(...page);
        return ruleCommentsOf(nodes, rules);
    }
    async findComment(item, marker, since) {
        const listed = this.listedComments.find(item, marker, since);
        if (listed !== undefined)
            return listed;
        for await (const page of this.commentPages(item, commentsQuery(item.type))) {
            const found = firstOwnAfter(page, marker, since);
            if (found)
                return found;
        }
        return null;
    }
    /** An item's comments, oldest first, a page of 100 at a time, as `document` selects them. */
    async *commentPages(item, document) {
        const doing = `reading the comments of ${(0,github_errors/* describeItem */.f)(item)}`;
        let after = null;
        do {
            const answer = await this.read(doing, document, {
                owner: this.owner,
                name: this.name,
                number: item.number,
                after,
            });
            const page = answer.data?.repository?.item?.comments;
            if (!page || answer.errors.length > 0)
                throw this.readFailure(doing, answer, item.type);
            yield map_nodesOf(page);
            after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
        } while (after !== null);
    }
    /**
     * Applies several writes in ceil(n / batchSize) mutation requests (plus at most one lookup of ids
     * not yet known, and one to create missing labels). One result per write, in order; a failed write
     * does not stop the others, even on the same item. Rejects only with RateLimitStop.
     */
    batch(writes) {
        this.listedComments.clear();
        return this.batcher.run(writes);
    }
    /**
     * The Provider's batched writes: see `batch()`. Issue types go through REST one by one (the pinned
     * schema predates them), the rest as batched mutations; results stay in the order of `writes`.
     */
    async applyBatch(writes) {
        this.listedComments.clear();
        // Issue types and branches through REST, projects through their own client: one by one, in order.
        const viaRest = (w) => w.kind === 'setIssueType' ||
            w.kind === 'deleteBranch' ||
            w.kind === 'addToProject' ||
            w.kind === 'setProjectField';
        if (!writes.some(viaRest))
            return this.batcher.run(writes);
        const batched = await this.batcher.run(writes.filter((w) => !viaRest(w)));
        const results = [];
        let next = 0;
        for (const write of writes) {
            if (!viaRest(write))
                results.push(batched[next++]);
            else
                results.push(await this.restWrite(write));
        }
        return results;
    }
    /** A write the batcher cannot send, through REST, as a WriteResult. */
    async restWrite(write) {
        try {
            if (write.kind === 'deleteBranch') {
                const { deleted, note } = await (0,branch_cleanup/* deleteHeadBranch */.u)(this.rest, write.item);
                return { write, ok: true, kept: !deleted, note };
            }
            if (write.kind === 'setIssueType')
                await (0,issue_type/* writeIssueType */.X_)(this.rest, write.item, write.name);
            if (write.kind === 'addToProject')
                await this.projects.add(write.item, write.project);
            if (write.kind === 'setProjectField')
                await this.projects.set(write.item, write.project, write.field, write.value);
            return { write, ok: true };
        }
        catch (error) {
            if (error instanceof provider/* RateLimitStop */.C)
                throw error;
            return {
                write,
                ok: false,
                error: error instanceof provider/* ItemWriteError */.f ? error : new provider/* ItemWriteError */.f(String(error)),
            };
        }
    }
    /** Through REST, like issue types: see github/branch-cleanup.ts. */
    deleteBranch(item) {
        return (0,branch_cleanup/* deleteHeadBranch */.u)(this.rest, item);
    }
    setIssueType(item, name) {
        this.listedComments.clear();
        return (0,issue_type/* writeIssueType */.X_)(this.rest, item, name);
    }
    addLabels(item, labels) {
        return this.write({ kind: 'addLabels', item, labels });
    }
    removeLabel(item, label) {
        return this.write({ kind: 'removeLabel', item, label });
    }
    async createComment(item, body) {
        const result = await this.confirmed({ kind: 'createComment', item, body });
        return result.ok ? result.createdId : undefined;
    }
    /**
     * One query for all the lookups: the oldest 100 comments of an item, or with a `since` its newest
     * 100 (a cycle's comments are the latest; more than 100 comments in one cycle would hide its first).
     */
    async findComments(lookups) {
        if (lookups.length === 0)
            return [];
        const answer = await this.read('reading the comments of several items', firstCommentsQuery(lookups.map((l) => ({ ...l.item, newest: l.since !== undefined }))), { owner: this.owner, name: this.name });
        return lookups.map(({ marker, since }, k) => firstOwnAfter(answer.data?.repository?.[`i${k}`]?.comments.nodes ?? [], marker, since));
    }
    /** `commentId` is a node id (from createComment or findComment). */
    async deleteComment(item, commentId) {
        this.listedComments.clear();
        const doing = `deleting its duplicate comment on ${(0,github_errors/* describeItem */.f)(item)}`;
        let answer;
        try {
            const discussion = item.type === 'discussion';
            answer = await this.transport.send(mutationDocument('SiftDeleteComment', [
                {
                    field: discussion ? 'deleteDiscussionComment' : 'deleteIssueComment',
                    inputType: discussion ? 'DeleteDiscussionCommentInput' : 'DeleteIssueCommentInput',
                    input: { id: commentId },
                    selection: 'clientMutationId',
                },
            ]), { m0: { id: commentId } });
        }
        catch (error) {
            throw (0,github_errors/* writeError */.oG)(error, this.failure(doing));
        }
        if (answer.errors.length > 0) {
            throw new provider/* ItemWriteError */.f(`${doing} in ${this.repository} failed: ${answer.errors.map((e) => e.message).join('; ')}`);
        }
    }
    /** `commentId` is the node id findComment returned. */
    updateComment(item, commentId, body) {
        return this.write({ kind: 'updateComment', item, commentId, body });
    }
    close(item, reason) {
        return this.write({ kind: 'close', item, reason });
    }
    reopen(item) {
        return this.write({ kind: 'reopen', item });
    }
    lock(item, reason) {
        return this.write({ kind: 'lock', item, reason });
    }
    unlock(item) {
        return this.write({ kind: 'unlock', item });
    }
    addAssignees(item, logins) {
        return this.write({ kind: 'addAssignees', item, logins });
    }
    removeAssignees(item, logins) {
        return this.write({ kind: 'removeAssignees', item, logins });
    }
    setMilestone(item, title) {
        return this.write({ kind: 'setMilestone', item, title });
    }
    requestReviewers(item, logins) {
        return this.write({ kind: 'requestReviewers', item, logins });
    }
    /** Requests sent: queries are reads, mutations writes (each retry counts). */
    requestCounts() {
        const project = this.projectCounts;
        if (!project)
            return { ...this.counts };
        return { reads: this.counts.reads + project.reads, writes: this.counts.writes + project.writes };
    }
    projectSchemas(refs, fields) {
        return this.projects.schemas(refs, fields);
    }
    addToProject(item, project) {
        return this.projects.add(item, project);
    }
    setProjectField(item, project, field, value) {
        return this.projects.set(item, project, field, value);
    }
    /** GitHub's GraphQL point budget as last reported, and the points this provider spent. */
    rateLimit() {
        return this.transport.budget();
    }
    quota() {
        const { limit, remaining, resetAt } = this.transport.budget();
        if (limit === null || remaining === null || resetAt === null)
            return null;
        return { kind: 'GraphQL points', limit, remaining, resetAt };
    }
    // ---- internals --------------------------------------------------------------------------------
    async write(write) {
        await this.confirmed(write);
    }
    async confirmed(write) {
        this.listedComments.clear();
        const [result] = await this.batcher.run([write]);
        if (!result.ok)
            throw result.error;
        return result;
    }
    /** Keeps Sift's comments of a listed item whose comments the page held completely. */
    rememberComments(node) {
        const { nodes, pageInfo } = node.comments;
        const complete = node.comments.totalCount === 0 || (nodes && pageInfo?.hasPreviousPage === false);
        if (!complete)
            return;
        // Oldest first, as GitHub lists `last: N`; only Sift's own (marker, by a bot or Sift's account).
        const own = (nodes ?? []).map((c) => ownComment(c, comment_memo/* MARKER_PREFIX */.Km)).filter((c) => c !== null);
        this.listedComments.remember({ type: itemType(node), number: node.number }, own);
    }
    remember(node) {
        const type = node.__typename === 'PullRequest' ? 'pull_request' : 'issue';
        this.ids.rememberItem(type, node.number, node.id);
        for (const label of map_nodesOf(node.labels))
            this.ids.rememberLabel(label.id, label.name);
    }
    async listPage(document, type, state, after) {
        const doing = `listing ${state} ${type === 'pull_request' ? 'pull requests' : `${type}s`}`;
        const states = state === 'all'
            ? null
            : state === 'open'
                ? ['OPEN']
                : type === 'pull_request'
                    ? ['CLOSED', 'MERGED']
                    : ['CLOSED'];
        const answer = await this.read(doing, document, {
            owner: this.owner,
            name: this.name,
            first: this.perPage,
            after,
            states,
        });
        const page = answer.data?.repository?.items;
        // Correctness first: a page with any error (even on one item's field) is not half-used.
        if (!page || answer.errors.length > 0)
            throw this.readFailure(doing, answer, type);
        return page;
    }
    async read(doing, document, variables) {
        try {
            return await this.transport.send(document, variables);
        }
        catch (error) {
            throw (0,github_errors/* readError */.lS)(error, this.failure(doing));
        }
    }
    /** `type`: whose read permission a FORBIDDEN answer is about. */
    readFailure(doing, answer, type) {
        if (isRateLimited(answer.errors))
            return rateLimitedStop(this.failure(doing), this.transport.budget().resetAt);
        const errors = answer.errors.length > 0 ? answer.errors : [{ message: 'an answer without the data asked for' }];
        return graphqlReadError(errors, this.failure(doing, `${type === 'pull_request' ? 'pull-requests' : `${type}s`}: read`));
    }
    failure(doing, permission) {
        return { doing, repository: this.repository, permission, secrets: [this.token] };
    }
}
/** The listed facts plus the item's issue type, when the rules want it and it is known. */
function withIssueType(facts, item, wanted, issueTypes) {
    if (!wanted.has('issueType'))
        return facts;
    const type = item.type === 'issue' ? issueTypes?.get(item.number) : null;
    return type === undefined ? facts : { ...facts, issueType: type };
}
function bounded(name, value, max) {
    if (!Number.isInteger(value) || value < 1 || value > max) {
        throw new Error(`${name} must be an integer from 1 to ${max}, not ${value}`);
    }
    return value;
}
// RateLimitStop is re-exported so callers of batch() can tell a stop from a failed write.



/***/ })

};

//# sourceMappingURL=685.index.js.map