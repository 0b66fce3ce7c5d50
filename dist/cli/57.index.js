export const id = 57;
export const ids = [57];
export const modules = {

/***/ 57:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GitHubRestProvider: () => (/* binding */ GitHubRestProvider),
  createGitHubRestProvider: () => (/* binding */ createGitHubRestProvider)
});

// EXTERNAL MODULE: ./src/providers/github/projects.ts
var projects = __webpack_require__(9784);
// EXTERNAL MODULE: ./src/providers/github-graphql/transport.ts
var github_graphql_transport = __webpack_require__(8425);
// EXTERNAL MODULE: ./src/providers/github-graphql/url.ts
var url = __webpack_require__(1573);
// EXTERNAL MODULE: ./src/model/item.ts
var item = __webpack_require__(5414);
// EXTERNAL MODULE: ./src/providers/github/self.ts
var github_self = __webpack_require__(2412);
// EXTERNAL MODULE: ./src/model/rules.ts
var rules = __webpack_require__(2622);
// EXTERNAL MODULE: ./src/providers/provider.ts
var provider = __webpack_require__(9545);
// EXTERNAL MODULE: ./src/providers/github/client.ts
var client = __webpack_require__(8669);
// EXTERNAL MODULE: ./src/providers/github/errors.ts
var errors = __webpack_require__(8769);
// EXTERNAL MODULE: ./src/providers/github/branch-cleanup.ts
var branch_cleanup = __webpack_require__(3067);
// EXTERNAL MODULE: ./src/providers/github/comment-memo.ts
var comment_memo = __webpack_require__(9492);
// EXTERNAL MODULE: ./src/providers/github/issue-type.ts
var issue_type = __webpack_require__(220);
// EXTERNAL MODULE: ./src/providers/github/issue-forms.ts
var issue_forms = __webpack_require__(8981);
;// CONCATENATED MODULE: ./src/providers/github/sub-issues.ts

/**
 * The facts the listed issue already decides: no sub-issues (summary total 0) and no parent (a null
 * parent URL). Anything else is read per item, and only when a rule needs it.
 */
function listedHierarchy(issue, isIssue, wanted) {
    const facts = {};
    if (wanted.includes('subIssues') && (!isIssue || issue.sub_issues_summary?.total === 0))
        facts.subIssues = [];
    if (wanted.includes('parent') && (!isIssue || issue.parent_issue_url === null))
        facts.parent = null;
    return facts;
}
/** The issue's sub-issues, in the parent's order (GitHub allows at most 100; pages are followed anyway). */
async function readSubIssues(target, item) {
    if (item.type !== 'issue')
        return [];
    return (0,errors/* reading */.hF)(target.failure(`reading the sub-issues of ${(0,errors/* describeItem */.f)(item)}`), async () => {
        const subs = [];
        const pages = target.octokit.paginate.iterator('GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues', { owner: target.owner, repo: target.repo, issue_number: item.number, per_page: 100 });
        for await (const { data } of pages)
            for (const issue of data)
                subs.push(related(issue));
        return subs;
    });
}
/** The issue's parent, or null: GitHub answers 404 for an issue that is no sub-issue. */
async function readParent(target, item) {
    if (item.type !== 'issue')
        return null;
    return (0,errors/* reading */.hF)(target.failure(`reading the parent of ${(0,errors/* describeItem */.f)(item)}`), async () => {
        try {
            const { data } = await target.octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}/parent', { owner: target.owner, repo: target.repo, issue_number: item.number });
            const issue = data;
            return { ...related(issue), labels: labelNames(issue) };
        }
        catch (error) {
            if (error.status === 404)
                return null;
            throw error;
        }
    });
}
function related(issue) {
    return {
        number: issue.number,
        title: issue.title,
        state: issue.state === 'closed' ? 'closed' : 'open',
        url: issue.html_url,
        // https://api.github.com/repos/OWNER/NAME: the last two segments.
        repository: issue.repository_url.split('/').slice(-2).join('/'),
    };
}
function labelNames(issue) {
    return (issue.labels ?? []).flatMap((l) => (typeof l === 'string' ? [l] : l.name ? [l.name] : []));
}

;// CONCATENATED MODULE: ./src/providers/github/request-slots.ts
/**
 * Requests of one walk on the wire at once, handed out lowest rank (page number) first.
 *
 * A request passes several queues of the client's plugins (retry, throttling: each a few timer turns)
 * before it is sent; on an event loop busy with the answers of the other pages, that was 10 to 20 ms a
 * request. A walk that asked its next page only when an answer came in left a slot idle that long
 * every round trip. So a walk asks a few pages more than it has slots, and each waits here, right
 * above the fetch (client.ts's attempt hook), for a slot: it goes out as soon as an answer is in, and
 * never more than `size` are on the wire.
 */
class RequestSlots {
    size;
    free;
    waiting = [];
    closed = false;
    constructor(size) {
        this.size = size;
        if (!Number.isInteger(size) || size < 1)
            throw new Error(`request slots must be at least 1, not ${size}`);
        this.free = size;
    }
    /** Resolves with the slot's release once one is free; rejects with WalkEnded after close(). */
    acquire(rank = 0) {
        if (this.closed)
            return Promise.reject(new WalkEnded());
        return new Promise((grant, refuse) => {
            this.waiting.push({ rank, grant, refuse });
            this.next();
        }).then(() => {
            let released = false;
            return () => {
                if (released)
                    return;
                released = true;
                this.free++;
                this.next();
            };
        });
    }
    /** The walk is over: requests still waiting for a slot are not sent (they reject with WalkEnded). */
    close() {
        this.closed = true;
        for (const waiter of this.waiting.splice(0))
            waiter.refuse(new WalkEnded());
    }
    next() {
        while (this.free > 0 && this.waiting.length > 0) {
            let lowest = 0;
            for (let k = 1; k < this.waiting.length; k++)
                if (this.waiting[k].rank < this.waiting[lowest].rank)
                    lowest = k;
            const [waiter] = this.waiting.splice(lowest, 1);
            this.free--;
            waiter.grant();
        }
    }
}
/** A request of a walk that had ended before a slot was free: it was never sent. */
class WalkEnded extends Error {
    constructor() {
        super('the walk ended before this request was sent');
        this.name = 'WalkEnded';
    }
}

;// CONCATENATED MODULE: ./src/providers/github-rest/listing-pages.ts

/** Listing pages on the wire at once: a small number, as GitHub's best practices ask. */
const LISTING_CONCURRENCY = 4;
/** Pages asked for or held ahead of the consumer (of which LISTING_CONCURRENCY on the wire). */
const LISTING_PAGES_AHEAD = 2 * LISTING_CONCURRENCY;
/**
 * The first page from `route` and `params`; the rest from its `Link` header. Resolves each page's
 * answer as the client gave it (a 304 from the ETag cache comes as the stored 200), its entries passed
 * through `keep` as soon as it arrives: a page waiting its turn then holds only what the caller keeps
 * of it, and the answer's full JSON (some 2 kB an issue) is garbage at once, before the collector
 * would move it to the old generation (a walk of 100,000 items spent much of its time collecting it).
 */
async function* listingPages(src, route, params, keep = (entry) => entry) {
    const concurrency = src.concurrency ?? LISTING_CONCURRENCY;
    const ahead = concurrency === 1 ? 1 : 2 * concurrency;
    const secondaryBefore = src.rate.secondaryLimits;
    const kept = (answer) => ({
        data: answer.data.map(keep),
        headers: answer.headers,
    });
    let page = kept((await src.octokit.request(route, params)));
    let links = parseLinks(page.headers.link);
    let template = links.last ?? links.next;
    let last = farthest(links, 1);
    if (links.next === undefined || template === undefined || last === undefined) {
        // One page, or links without page numbers: follow `next` one by one, as paginate.iterator does.
        yield page;
        while (links.next !== undefined) {
            page = kept((await src.octokit.request({ method: 'GET', url: links.next })));
            links = parseLinks(page.headers.link);
            yield page;
        }
        return;
    }
    const pending = new Map();
    const slots = new RequestSlots(concurrency);
    let inFlight = 0;
    let requested = 1;
    let next = 2;
    const allowed = () => {
        if (src.rate.secondaryLimits > secondaryBefore)
            return 1;
        const core = src.rate.get('core');
        const room = core ? core.remaining - src.reserve - inFlight : Infinity;
        return room > 0 ? ahead : 1;
    };
    const pump = () => {
        while (requested < (last ?? 0) && pending.size < allowed()) {
            const number = ++requested;
            const url = withPage(template ?? '', number);
            inFlight++;
            const request = { slots, rank: number };
            const answer = src.octokit.request({ method: 'GET', url, request });
            const settled = answer
                .then((result) => ({ ok: true, page: kept(result) }))
                .catch((error) => ({ ok: false, error }));
            pending.set(number, settled.finally(() => inFlight--));
        }
    };
    try {
        pump();
        yield page;
        while (next <= last) {
            pump();
            const settled = await pending.get(next);
            pending.delete(next);
            if (!settled)
                return; // cannot happen: every page up to `last` is asked for, in order
            if (!settled.ok)
                throw settled.error;
            page = settled.page;
            if (next === last) {
                // The repository grew past the page named last: go on as far as this page's own links say.
                links = parseLinks(page.headers.link);
                const further = farthest(links, next);
                if (further !== undefined) {
                    last = further;
                    template = links.last ?? links.next;
                }
            }
            next++;
            pump();
            yield page;
        }
    }
    finally {
        // Stopped early or failed: pages still waiting for a slot are not sent; wait for what is on its
        // way (these promises never reject).
        slots.close();
        await Promise.all(pending.values());
    }
}
/** The highest page number the links name beyond `current`, or undefined when there is none. */
function farthest(links, current) {
    const numbers = [links.last, links.next]
        .map((url) => (url === undefined ? undefined : pageNumber(url)))
        .filter((n) => n !== undefined && n > current);
    return numbers.length > 0 ? Math.max(...numbers) : undefined;
}
/** GitHub's `Link` header: `<url>; rel="next", <url>; rel="last"`. */
function parseLinks(header) {
    const links = {};
    for (const match of String(header ?? '').matchAll(/<([^>]+)>\s*;\s*rel="([^"]+)"/g)) {
        const rel = match[2];
        if (rel === 'next' || rel === 'last')
            links[rel] = match[1];
    }
    return links;
}
function pageNumber(url) {
    const raw = /[?&]page=(\d+)(?:&|$)/.exec(url)?.[1];
    return raw === undefined ? undefined : Number(raw);
}
/** The URL with another page number, the rest of its text untouched (the ETag cache's key). */
function withPage(url, page) {
    return url.replace(/([?&]page=)\d+(?=&|$)/, `$1${page}`);
}

// EXTERNAL MODULE: ./src/model/records.ts
var records = __webpack_require__(2651);
;// CONCATENATED MODULE: ./src/providers/github-rest/timeline.ts
/**
 * GitHub's issue timeline (GET .../issues/{n}/timeline) -> Sift's activity events, label history and
 * linked pull requests. Pure: the requests are in facts.ts.
 */



/**
 * Sift's comment marker (see the executor). A comment carrying it is Sift's when the account Sift runs
 * as wrote it (see `isSiftComment`); a person or another bot who pastes or quotes it is commenting.
 */
const SIFT_MARKER = comment_memo/* MARKER_PREFIX */.Km;
/** GitHub's bots: `type: "Bot"`, or a `[bot]` login (payloads that leave the type out). */
function isBotUser(user) {
    return user?.type === 'Bot' || (user?.login.endsWith('[bot]') ?? false);
}
/**
 * Sift's own comment: it carries the marker (`marker`, or any Sift marker) and was written by `self`,
 * the account Sift runs as (github/self.ts); null (not read, as no comment carried a marker): none.
 */
function isSiftComment(body, user, self, marker = SIFT_MARKER) {
    if (!body?.includes(marker) || !user)
        return false;
    return self !== null && (0,github_self/* isSelf */.f)(user, self);
}
/** Whether telling Sift's comments from others' in these entries needs the login Sift runs as: a comment carries the marker. */
function needsSelf(entries) {
    return entries.some((e) => e.event === 'commented' && e.body?.includes(SIFT_MARKER));
}
/** Events that say something happened elsewhere, or are side effects of another event: not activity here. */
const NOT_ACTIVITY = new Set([
    'cross-referenced',
    'referenced',
    'mentioned',
    'subscribed',
    'unsubscribed',
    'connected',
    'disconnected',
]);
const KINDS = {
    commented: 'comment',
    labeled: 'labeled',
    unlabeled: 'unlabeled',
    closed: 'closed',
    merged: 'closed',
    reopened: 'reopened',
    renamed: 'edited',
    committed: 'commit',
    head_ref_force_pushed: 'commit',
    reviewed: 'review',
    'line-commented': 'review',
    assigned: 'assigned',
    unassigned: 'unassigned',
    milestoned: 'milestoned',
    demilestoned: 'milestoned',
    locked: 'locked',
    unlocked: 'unlocked',
};
/**
 * Appends the activity events of one timeline entry to `out`. Events without a kind of their own
 * (ready_for_review, review_requested, ...) are `other`; those that are not activity on this item
 * (see NOT_ACTIVITY) are left out. A commit's actor is its git author's name (commits carry no login),
 * so only `[bot]` names are recognised as bots there. A comment edited after it was posted adds an
 * `edited` event at its last edit, by its author (the timeline does not say who edited), Sift's when
 * the comment is. `self`: the login Sift runs as, or null when unknown (see `isSiftComment`).
 */
function appendActivity(entry, out, self = null) {
    const name = entry.event ?? '';
    if (NOT_ACTIVITY.has(name))
        return;
    const kind = KINDS[name] ?? 'other';
    if (name === 'line-commented') {
        for (const comment of entry.comments ?? []) {
            if (comment.created_at)
                out.push({ kind, at: comment.created_at, ...actorOf(comment.user) });
        }
        return;
    }
    if (name === 'committed') {
        const author = entry.author?.name ?? 'ghost';
        if (entry.author?.date)
            out.push({ kind, at: entry.author.date, actor: author, actorIsBot: false });
        return;
    }
    const at = entry.submitted_at ?? entry.created_at;
    if (at === undefined)
        return;
    const event = { kind, at, ...actorOf(entry.actor ?? entry.user) };
    if (entry.author_association)
        event.association = entry.author_association;
    if (entry.label && (kind === 'labeled' || kind === 'unlabeled'))
        event.label = entry.label.name;
    if (kind !== 'comment') {
        out.push(event);
        return;
    }
    const author = entry.user ?? entry.actor;
    const bySift = isSiftComment(entry.body, author, self);
    if (bySift)
        event.bySift = true;
    out.push(event);
    if (entry.updated_at && Date.parse(entry.updated_at) > Date.parse(at)) {
        out.push({ ...event, kind: 'edited', at: entry.updated_at });
    }
}
/** Oldest first (the timeline mostly is; commits carry their author date). Stable. */
function chronological(events) {
    return events.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
/**
 * When each label now on the item was last applied, from its events (oldest first): a label is present
 * if its last labeled/unlabeled event is `labeled`. Label names are case-insensitive on GitHub.
 */
function labelAppliedAt(events) {
    const latest = new Map();
    for (const event of events) {
        if (event.label === undefined)
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
/**
 * Pull requests linked to an issue, approximated from the timeline: every pull request that
 * cross-referenced the issue (mentioned it, e.g. "Fixes #12"), once, with its current state. GitHub's
 * exact "will close this issue" links (and manual `connected` links, whose REST events do not name the
 * pull request) are only in GraphQL; a mention without a closing keyword counts here too.
 */
function linkedPulls(entries) {
    const byKey = new Map();
    for (const entry of entries) {
        const issue = entry.event === 'cross-referenced' ? entry.source?.issue : undefined;
        if (!issue?.pull_request)
            continue;
        byKey.set(`${issue.repository_url ?? ''}#${issue.number}`, {
            type: 'pull_request',
            number: issue.number,
            state: issue.state === 'closed' ? 'closed' : 'open',
            updatedAt: issue.updated_at,
        });
    }
    return [...byKey.values()];
}
/**
 * Issues a pull request closes, by the closing keywords of its description (`Fixes #12`,
 * `closes octo/repo#3`), in this repository only: GitHub's own list is only in GraphQL.
 */
function closingReferences(body, repository) {
    const numbers = new Set();
    for (const match of body.matchAll(CLOSING)) {
        const repo = match[1];
        if (repo !== undefined && repo.toLowerCase() !== repository.toLowerCase())
            continue;
        numbers.add(Number(match[2]));
    }
    return [...numbers];
}
const CLOSING = /\b(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)\s*:?\s+([\w.-]+\/[\w.-]+)?#(\d+)\b/gi;
function actorOf(user) {
    // A deleted account shows as null; GitHub's web UI calls it "ghost".
    if (!user)
        return { actor: 'ghost', actorIsBot: false };
    return { actor: user.login, actorIsBot: user.type === 'Bot' };
}
/**
 * Sift's comments among timeline entries, oldest first: a timeline lists every comment of its item,
 * so these are all of them. `self` as for isSiftComment.
 */
function ownCommentsIn(entries, self) {
    const own = [];
    for (const e of entries) {
        if (e.event !== 'commented' || e.id === undefined || !e.created_at)
            continue;
        if (!isSiftComment(e.body, e.user ?? e.actor, self))
            continue;
        own.push({ id: String(e.id), body: e.body ?? '', createdAt: e.created_at });
    }
    return own.sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
}

;// CONCATENATED MODULE: ./src/providers/github-rest/feeds.ts




const PER_PAGE = 100;
/** Reads both feeds back to `since` (ISO 8601), in parallel, through the provider's client. */
async function readActivityFeeds(src, since) {
    const [comments, events] = await Promise.all([
        (0,errors/* reading */.hF)(src.failure(`reading the repository's comments since ${since}`), () => commentsSince(src, since)),
        (0,errors/* reading */.hF)(src.failure(`reading the repository's issue events since ${since}`), () => eventsSince(src, since)),
    ]);
    // A person's comment carrying the marker is Sift's only if Sift runs as that person: ask once. A
    // bot's is not a person's activity either way, so bots' marker comments need no answer here.
    const people = comments.filter((c) => !isBotUser(c.user));
    const self = needsSelf(people.map(commentEntry)) && src.self ? await src.self() : null;
    return new ActivityFeeds(since, comments, events, self);
}
/** Every comment created or edited since `since`, oldest first: complete, the feed's own filter. */
async function commentsSince(src, since) {
    const comments = [];
    // Two months of a busy repository's comments are many pages: a few at a time once the first names
    // the last (listing-pages.ts), handed on in order all the same.
    const pages = listingPages({ octokit: src.octokit, rate: src.rate, reserve: src.reserve }, 'GET /repos/{owner}/{repo}/issues/comments', {
        owner: src.owner,
        repo: src.repo,
        since,
        // Oldest first: a comment edited during the read moves to the end, where it is still read (newest
        // first, it would move to a page already read and shift a later one past the reader); and the
        // pages of an unchanged window stay the same for the ETag cache.
        sort: 'updated',
        direction: 'asc',
        per_page: PER_PAGE,
    }, 
    // Only what is read here is kept, as each page arrives: a busy repository's two months of
    // comments add up.
    (c) => ({
        id: c.id,
        issue_url: c.issue_url,
        user: c.user ? { login: c.user.login, type: c.user.type } : null,
        author_association: c.author_association,
        body: c.body?.includes(comment_memo/* MARKER_PREFIX */.Km) ? c.body : '',
        created_at: c.created_at,
        updated_at: c.updated_at,
    }));
    for await (const { data } of pages)
        comments.push(...data);
    return comments;
}
/**
 * Sift's comments posted or edited since `since`, by item number, oldest first: what findComments
 * needs after a run posted comments, in one read of the comments feed instead of one per item.
 */
async function ownCommentsSince(src, since) {
    const comments = await (0,errors/* reading */.hF)(src.failure(`reading the repository's comments since ${since}`), () => commentsSince(src, since));
    const self = needsSelf(comments.map(commentEntry)) && src.self ? await src.self() : null;
    const byNumber = new Map();
    for (const comment of comments) {
        const number = issueNumberOf(comment.issue_url);
        if (number === null || !isSiftComment(comment.body, comment.user, self))
            continue;
        const own = { id: String(comment.id), body: comment.body ?? '', createdAt: comment.created_at };
        const list = byNumber.get(number);
        if (list)
            list.push(own);
        else
            byNumber.set(number, [own]);
    }
    for (const list of byNumber.values())
        list.sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
    return byNumber;
}
/**
 * Issue events, newest first, until the first one older than `since` (the page holding it is the last
 * read). `reached`: whether the feed went back that far, rather than ending first.
 */
async function eventsSince(src, since) {
    const from = Date.parse(since);
    const events = [];
    const pages = src.octokit.paginate.iterator('GET /repos/{owner}/{repo}/issues/events', {
        owner: src.owner,
        repo: src.repo,
        per_page: PER_PAGE,
    });
    for await (const { data } of pages) {
        let reached = false;
        for (const event of data) {
            if (Date.parse(event.created_at) < from)
                reached = true;
            else
                events.push(feedEvent(event));
        }
        if (reached)
            return { events, reached: true };
    }
    return { events, reached: false };
}
/** The fields of an issue event that its mapping reads (a label's name may be null in the schema). */
function feedEvent(event) {
    const out = { event: event.event, created_at: event.created_at, actor: event.actor };
    if (event.label?.name)
        out.label = { name: event.label.name };
    if (event.issue)
        out.issue = { number: event.issue.number };
    return out;
}
/** The two feeds, indexed by item number, and the instant from which they are complete. */
class ActivityFeeds {
    /** ISO 8601: the window start actually covered (`since`, or later when the events feed ended first). */
    since;
    byNumber = new Map();
    constructor(requested, comments, events, self) {
        this.since = covered(requested, events);
        const from = Date.parse(this.since);
        const add = (number, mapped) => {
            const kept = mapped.filter((e) => Date.parse(e.at) >= from);
            if (kept.length === 0)
                return;
            const list = this.byNumber.get(number);
            if (list)
                list.push(...kept);
            else
                this.byNumber.set(number, kept);
        };
        // Taken oldest first (comments come so, events newest first), so the stable sort below keeps the
        // order of entries of one instant (a label removed right after it was applied stays removed).
        for (const comment of comments) {
            const number = issueNumberOf(comment.issue_url);
            if (number !== null)
                add(number, commentActivity(comment, self));
        }
        for (const event of [...events.events].reverse()) {
            if (typeof event.issue?.number !== 'number')
                continue;
            const mapped = [];
            appendActivity(event, mapped);
            add(event.issue.number, mapped);
        }
        for (const list of this.byNumber.values())
            chronological(list);
    }
    /**
     * The item's `recent` facts: for an item updated within the window, its feed entries (oldest first);
     * undefined for an item last updated before it (its own timestamps decide it).
     */
    recentFor(item) {
        if (Date.parse(item.updatedAt) < Date.parse(this.since))
            return undefined;
        return {
            since: this.since,
            events: [...(this.byNumber.get(item.number) ?? [])],
            // The feeds carry no reviews, review comments or commits: a pull request's unexplained update
            // needs its own timeline.
            explainsUpdates: item.type === 'issue',
        };
    }
    /** Attaches `recent` to a listed item updated within the window; returns the item. */
    attach(item) {
        const recent = this.recentFor(item);
        if (recent !== undefined)
            item.prefetched = { ...item.prefetched, recent };
        return item;
    }
}
/**
 * The window the feeds show: `requested`, unless the events feed ended before reaching it; then from
 * just after its oldest event (another event of that same second may have been left out), or from the
 * end of time when it showed none.
 */
function covered(requested, events) {
    if (events.reached)
        return requested;
    let oldest = Number.POSITIVE_INFINITY;
    for (const event of events.events)
        oldest = Math.min(oldest, Date.parse(event.created_at));
    if (oldest === Number.POSITIVE_INFINITY)
        return new Date(8.64e15).toISOString();
    return new Date(Math.max(Date.parse(requested), oldest + 1)).toISOString();
}
/** A comment of the feed as the per-item timeline lists it (a `commented` entry). */
function commentEntry(comment) {
    return {
        event: 'commented',
        created_at: comment.created_at,
        updated_at: comment.updated_at,
        user: comment.user,
        author_association: comment.author_association,
        body: comment.body,
    };
}
/**
 * A comment exactly as the per-item timeline maps it (appendActivity): `comment` at its creation, and
 * `edited` at its last edit when it was edited after it was posted, Sift's when the comment is (a bot's
 * or `self`'s marker comment). The caller keeps only what falls in the window: a comment posted before
 * it and edited within it is an edit.
 */
function commentActivity(comment, self) {
    const out = [];
    appendActivity(commentEntry(comment), out, self);
    return out;
}
/** `.../issues/{number}` (an issue's or a pull request's conversation) -> the number. */
function issueNumberOf(url) {
    const match = /\/issues\/(\d+)$/.exec(url);
    return match ? Number(match[1]) : null;
}

// EXTERNAL MODULE: ./src/model/clock.ts
var clock = __webpack_require__(9967);
;// CONCATENATED MODULE: ./src/providers/github-rest/pull-facts.ts

/** The pull request's state; `again` reads it once more when GitHub had not computed mergeability. */
async function pullState(src, first, again) {
    let answer = first;
    // Only an open pull request is ever computed; a closed one stays null for good.
    if (answer.mergeable === null && answer.state === 'open') {
        if (src.mergeablePauseMs > 0)
            await src.sleep(src.mergeablePauseMs);
        answer = await again();
    }
    return {
        mergeable: answer.mergeable,
        lines: answer.additions + answer.deletions,
        files: answer.changed_files,
        requestedReviewers: [
            ...(answer.requested_reviewers ?? []).flatMap((u) => (u ? [u.login] : [])),
            ...(answer.requested_teams ?? []).flatMap((t) => (t ? [t.slug] : [])),
        ],
        headSha: answer.head.sha,
    };
}
/** Each reviewer's latest verdict: comments give none, a dismissal withdraws the reviewer's. */
async function pullReviews(src, item, base) {
    const latest = new Map();
    await (0,errors/* reading */.hF)(src.failure(`reading the reviews of ${(0,errors/* describeItem */.f)(item)}`), async () => {
        const pages = src.octokit.paginate.iterator('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
            owner: src.owner,
            repo: src.repo,
            pull_number: item.number,
            per_page: 100,
        });
        // GitHub lists reviews oldest first.
        for await (const { data } of pages) {
            for (const review of data) {
                const login = review.user?.login;
                if (!login || !review.submitted_at)
                    continue;
                const key = login.toLowerCase();
                if (review.state === 'DISMISSED')
                    latest.delete(key);
                else if (review.state === 'APPROVED' || review.state === 'CHANGES_REQUESTED') {
                    latest.set(key, {
                        reviewer: login,
                        verdict: review.state === 'APPROVED' ? 'approved' : 'changes_requested',
                        at: review.submitted_at,
                        commit: review.commit_id ?? undefined,
                    });
                }
            }
        }
    });
    return { latest: [...latest.values()], required: await src.requiredApprovals(base) };
}
/**
 * Approvals the repository's rulesets require on `base` (the highest of their pull_request rules);
 * 0 when none does. A 404 (no rules, or a server that has no rulesets) is none.
 */
async function readRequiredApprovals(src, base) {
    return (0,errors/* reading */.hF)(src.failure(`reading the rules of branch ${base}`), async () => {
        try {
            let required = 0;
            const pages = src.octokit.paginate.iterator('GET /repos/{owner}/{repo}/rules/branches/{branch}', {
                owner: src.owner,
                repo: src.repo,
                branch: base,
                per_page: 100,
            });
            for await (const { data } of pages) {
                for (const rule of data) {
                    if (rule.type !== 'pull_request')
                        continue;
                    const count = rule.parameters
                        ?.required_approving_review_count;
                    if (typeof count === 'number' && count > required)
                        required = count;
                }
            }
            return required;
        }
        catch (error) {
            if (error.status === 404)
                return 0;
            throw error;
        }
    });
}
/** The head commit's check runs and commit statuses, as one list of checks. */
async function headChecks(src, item, sha) {
    return (0,errors/* reading */.hF)(src.failure(`reading the checks of ${(0,errors/* describeItem */.f)(item)}`), async () => {
        const checks = [];
        const runs = src.octokit.paginate.iterator('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
            owner: src.owner,
            repo: src.repo,
            ref: sha,
            per_page: 100,
        });
        for await (const { data } of runs) {
            for (const run of data)
                checks.push({ name: run.name, state: checkRunState(run.status, run.conclusion) });
        }
        // The combined status holds the latest status of each context.
        const { data } = await src.octokit.rest.repos.getCombinedStatusForRef({
            owner: src.owner,
            repo: src.repo,
            ref: sha,
            per_page: 100,
        });
        for (const status of data.statuses)
            checks.push({ name: status.context, state: statusState(status.state) });
        return checks;
    });
}
/**
 * A check run that has not completed is pending; a completed one failed unless it succeeded, was
 * neutral or skipped (GitHub's own merge box treats those as passing).
 */
function checkRunState(status, conclusion) {
    if (status !== 'completed')
        return 'pending';
    return conclusion === 'success' || conclusion === 'neutral' || conclusion === 'skipped'
        ? 'success'
        : 'failure';
}
function statusState(state) {
    if (state === 'success')
        return 'success';
    return state === 'pending' ? 'pending' : 'failure';
}

;// CONCATENATED MODULE: ./src/providers/github-rest/facts.ts





/** The answers of the latest pull request reads: bounded, as a sweep reads them one item at a time. */
class PullMemo {
    limit;
    answers = new Map();
    constructor(limit = 64) {
        this.limit = limit;
    }
    get(number) {
        return this.answers.get(number);
    }
    set(number, read) {
        this.answers.delete(number);
        this.answers.set(number, read);
        if (this.answers.size > this.limit)
            this.answers.delete(this.answers.keys().next().value);
    }
}
/** At most this many closing references of a pull request are looked up (one request each). */
const MAX_CLOSING_REFERENCES = 10;
async function readFacts(src, item, names) {
    const facts = {};
    const isPull = item.type === 'pull_request';
    const want = (name) => names.includes(name);
    if (want('timeline') || (want('linked') && !isPull)) {
        const { entries, readAt } = await (0,errors/* reading */.hF)(src.failure(`reading the timeline of ${(0,errors/* describeItem */.f)(item)}`), () => timelineEntries(src, item));
        const events = [];
        // A person's comment carrying the marker is Sift's only if Sift runs as that person: ask once.
        const self = needsSelf(entries) ? await src.self() : null;
        for (const entry of entries)
            appendActivity(entry, events, self);
        src.rememberComments?.(item, ownCommentsIn(entries, self), readAt);
        // Read anyway, so returned anyway: the pipeline keeps it and never pays for it again.
        facts.timeline = chronological(events);
        if (want('labelAppliedAt'))
            facts.labelAppliedAt = labelAppliedAt(facts.timeline);
        if (!isPull)
            facts.linked = linkedPulls(entries);
    }
    else if (want('labelAppliedAt')) {
        facts.labelAppliedAt = await (0,errors/* reading */.hF)(src.failure(`reading the label history of ${(0,errors/* describeItem */.f)(item)}`), () => labelHistory(src, item));
    }
    if (want('reactions'))
        facts.reactions = chronological(await reactionEvents(src, item));
    if (want('files')) {
        facts.files = isPull
            ? await (0,errors/* reading */.hF)(src.failure(`reading the changed files of ${(0,errors/* describeItem */.f)(item)}`), () => changedFiles(src, item))
            : [];
    }
    const pullFacts = want('pull') || want('reviews') || want('checks');
    if (want('branches') || (want('linked') && isPull) || pullFacts) {
        if (!isPull) {
            if (want('branches'))
                facts.branches = null;
            if (want('pull'))
                facts.pull = null;
            if (want('reviews'))
                facts.reviews = null;
            if (want('checks'))
                facts.checks = null;
        }
        else {
            const read = () => (0,errors/* reading */.hF)(src.failure(`reading ${(0,errors/* describeItem */.f)(item)}`), () => pullRequest(src, item));
            // The engine may ask for the pull request's state, then its reviews and checks (which need its
            // base and head commit): one read of it serves the item's every call in a run.
            const remembered = pullFacts && !want('branches') && !want('linked') ? src.pulls?.get(item.number) : undefined;
            const pull = remembered ?? (await read());
            src.pulls?.set(item.number, pull);
            // Read anyway, so returned anyway (see the timeline above).
            facts.branches = pull.branches;
            if (want('linked'))
                facts.linked = await closedIssues(src, item, pull.body);
            if (pullFacts)
                Object.assign(facts, await readPullFacts(src, item, pull.answer, read, want));
        }
    }
    return facts;
}
/** The pull request's state, reviews and checks that are asked for, from its answer (see pull-facts.ts). */
async function readPullFacts(src, item, answer, again, want) {
    const pullSrc = {
        octokit: src.octokit,
        owner: src.owner,
        repo: src.repo,
        failure: (doing) => src.failure(doing),
        requiredApprovals: src.requiredApprovals ?? (() => Promise.resolve(0)),
        mergeablePauseMs: src.mergeablePauseMs ?? 0,
        sleep: src.sleep ?? clock/* realClock */.d.sleep,
    };
    const facts = {};
    // The head commit of the first answer: a second one (mergeability) names the same unless a push
    // came in between, and then the checks of either are the pull request's checks of that moment.
    if (want('pull'))
        facts.pull = await pullState(pullSrc, answer, async () => (await again()).answer);
    if (want('reviews'))
        facts.reviews = await pullReviews(pullSrc, item, answer.base.ref);
    if (want('checks'))
        facts.checks = await headChecks(pullSrc, item, answer.head.sha);
    return facts;
}
/** Every entry of an item's timeline, and when the forge answered its first page. */
async function timelineEntries(src, item) {
    const entries = [];
    let readAt;
    const pages = src.octokit.paginate.iterator('GET /repos/{owner}/{repo}/issues/{issue_number}/timeline', {
        owner: src.owner,
        repo: src.repo,
        issue_number: item.number,
        per_page: 100,
    });
    for await (const { data, headers } of pages) {
        readAt ??= (0,comment_memo/* forgeTime */.D9)(headers);
        const page = data;
        entries.push(...page);
    }
    return { entries, readAt };
}
/** Reactions on the description, as activity of kind `reaction` (see the engine's activity clock). */
async function reactionEvents(src, item) {
    return (0,errors/* reading */.hF)(src.failure(`reading the reactions on ${(0,errors/* describeItem */.f)(item)}`), async () => {
        const events = [];
        const pages = src.octokit.paginate.iterator('GET /repos/{owner}/{repo}/issues/{issue_number}/reactions', {
            owner: src.owner,
            repo: src.repo,
            issue_number: item.number,
            per_page: 100,
        });
        for await (const { data } of pages) {
            for (const reaction of data) {
                events.push({
                    kind: 'reaction',
                    at: reaction.created_at,
                    actor: reaction.user?.login ?? 'ghost',
                    actorIsBot: reaction.user?.type === 'Bot',
                });
            }
        }
        return events;
    });
}
/**
 * When each label now on the item was last applied, from the issue events (cheaper to page than the
 * timeline, which also lists every comment): a label is present if its last labeled/unlabeled event
 * is `labeled`.
 */
async function labelHistory(src, item) {
    const events = [];
    const pages = src.octokit.paginate.iterator('GET /repos/{owner}/{repo}/issues/{issue_number}/events', {
        owner: src.owner,
        repo: src.repo,
        issue_number: item.number,
        per_page: 100,
    });
    for await (const { data } of pages) {
        for (const event of data) {
            if (!('label' in event) || !event.label?.name)
                continue;
            if (event.event !== 'labeled' && event.event !== 'unlabeled')
                continue;
            events.push({
                kind: event.event,
                at: event.created_at,
                actor: event.actor?.login ?? 'ghost',
                actorIsBot: false,
                label: event.label.name,
            });
        }
    }
    return labelAppliedAt(events);
}
async function changedFiles(src, item) {
    const files = [];
    const pages = src.octokit.paginate.iterator('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
        owner: src.owner,
        repo: src.repo,
        pull_number: item.number,
        per_page: 100,
    });
    for await (const { data } of pages)
        for (const file of data)
            files.push(file.filename);
    return files;
}
async function pullRequest(src, item) {
    const { data } = await src.octokit.rest.pulls.get({
        owner: src.owner,
        repo: src.repo,
        pull_number: item.number,
    });
    // A head repository deleted since (null) was a fork: a branch of this repository cannot vanish alone.
    const headRepo = data.head.repo?.full_name.toLowerCase();
    return {
        branches: {
            base: data.base.ref,
            head: data.head.ref,
            fork: headRepo !== data.base.repo.full_name.toLowerCase(),
        },
        body: data.body ?? '',
        answer: data,
    };
}
/** The open or closed issues a pull request's closing keywords name, as they are now. */
async function closedIssues(src, item, body) {
    const numbers = closingReferences(body, `${src.owner}/${src.repo}`).slice(0, MAX_CLOSING_REFERENCES);
    const linked = [];
    for (const number of numbers) {
        try {
            const { data } = await src.octokit.rest.issues.get({
                owner: src.owner,
                repo: src.repo,
                issue_number: number,
            });
            // "Fixes #3" where #3 is a pull request closes nothing.
            if (data.pull_request)
                continue;
            linked.push({
                type: 'issue',
                number,
                state: data.state === 'closed' ? 'closed' : 'open',
                updatedAt: data.updated_at,
            });
        }
        catch (error) {
            // A reference to an issue that does not exist (or was deleted) links nothing.
            if ((0,errors/* isHttpFailure */.zV)(error) && (error.status === 404 || error.status === 410))
                continue;
            throw (0,errors/* readError */.lS)(error, src.failure(`reading #${number}, which ${(0,errors/* describeItem */.f)(item)} closes`));
        }
    }
    return linked;
}

// EXTERNAL MODULE: ./src/engine/command-lines.ts
var command_lines = __webpack_require__(3541);
;// CONCATENATED MODULE: ./src/providers/github-rest/commands.ts
/**
 * Commands in comments over GitHub's REST API: an item's comments that hold command lines, each with
 * its `author_association` and whether Sift answered it. GitHub's comment carries a reaction rollup,
 * so only a comment that has a 👍 or 😕 at all costs a read of who reacted.
 */



/** The comments of `issueNumber` with command lines, created at or after `since` (or only `commentId`). */
async function readCommandComments(ctx, issueNumber, scope) {
    const { octokit, owner, repo } = ctx;
    let comments;
    if (scope.commentId !== undefined) {
        const { data } = await octokit.request('GET /repos/{owner}/{repo}/issues/comments/{comment_id}', {
            owner,
            repo,
            comment_id: Number(scope.commentId),
        });
        comments = [data];
    }
    else {
        // `since` selects by last update, a superset of the comments created since.
        comments = (await octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            owner,
            repo,
            issue_number: issueNumber,
            since: scope.since,
            per_page: 100,
        }));
    }
    const out = [];
    for (const comment of comments) {
        const body = comment.body ?? '';
        if (Date.parse(comment.created_at) < Date.parse(scope.since))
            continue;
        if ((0,command_lines/* commandLines */.Z)(body).length === 0)
            continue;
        const authorIsBot = isBotUser(comment.user);
        out.push({
            id: String(comment.id),
            author: comment.user?.login ?? 'ghost',
            authorIsBot,
            association: comment.author_association,
            body,
            createdAt: comment.created_at,
            // A bot's comment runs nothing whatever its reactions: no need to read them.
            answered: !authorIsBot && (await answeredBySift(ctx, comment)),
        });
    }
    return out;
}
/** Sift's 👍 or 😕 is on the comment: by the login Sift runs as, or by a bot when that is unknown. */
async function answeredBySift(ctx, comment) {
    const rollup = comment.reactions;
    if (rollup && (rollup['+1'] ?? 0) + (rollup.confused ?? 0) === 0)
        return false;
    const reactions = (await ctx.octokit.paginate('GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions', { owner: ctx.owner, repo: ctx.repo, comment_id: comment.id, per_page: 100 }));
    const answers = reactions.filter((r) => r.content === '+1' || r.content === 'confused');
    if (answers.length === 0)
        return false;
    const self = await ctx.self();
    return self !== null && answers.some((r) => (0,github_self/* isSelf */.f)(r.user, self));
}

// EXTERNAL MODULE: ./src/providers/github/labels.ts
var labels = __webpack_require__(257);
// EXTERNAL MODULE: ./src/providers/github/names.ts
var names = __webpack_require__(3792);
// EXTERNAL MODULE: ./src/providers/github/read-item.ts
var read_item = __webpack_require__(4588);
// EXTERNAL MODULE: ./src/providers/github-rest/map.ts
var map = __webpack_require__(6211);
// EXTERNAL MODULE: ./src/providers/rule-comments.ts
var rule_comments = __webpack_require__(3137);
// EXTERNAL MODULE: ./src/providers/number-set.ts
var number_set = __webpack_require__(9019);
// EXTERNAL MODULE: ./src/providers/comment-cycle.ts
var comment_cycle = __webpack_require__(6800);
;// CONCATENATED MODULE: ./src/providers/github-rest/index.ts
/**
 * The GitHub provider over the REST API (Octokit from @actions/github). Lists issues and pull requests
 * in one walk of the issues endpoint, lazily, page by page; reads per-item facts (timeline, label
 * history, changed files, branches, linked items) only when asked (facts.ts); writes through the
 * issues and pulls endpoints, converting failures into ItemWriteError.
 */




























function createGitHubRestProvider(options) {
    return new GitHubRestProvider(options);
}
/**
 * How far before a "none" read a repository's comments feed is read from: a comment may show in a
 * listing a little after it was posted, and the forge's clock ticks in whole seconds in its headers.
 */
const FEED_LAG_MS = 60_000;
class GitHubRestProvider {
    capabilities = {
        name: 'github-rest',
        conditions: new Set(rules/* CONDITION_KINDS */.Cv),
        actions: new Set(rules/* ACTION_KINDS */.jq),
        facts: new Set([
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
            'ruleComments',
            'projects',
        ]),
        commands: true,
        closeReasons: item/* ISSUE_CLOSED_AS */.UK,
    };
    repository;
    owner;
    repo;
    octokit;
    counts;
    approvalsByBase = new Map();
    pulls = new PullMemo();
    mergeablePauseMs;
    clock;
    rate;
    perPage;
    /** The client's `reserve`: listing pages go one at a time when the budget left is about that. */
    reserve;
    token;
    activityFeeds;
    /** GitHub projects, through GraphQL (there is no REST API for them), with the project token's client if any. */
    projects;
    /** Requests of the project token's client; null when projects share the main client. */
    projectCounts;
    /** Milestone title -> number, read once per provider (one request for most repositories). */
    milestones = null;
    assignable = null;
    /** The repository's issue forms, read once (fact `form`). */
    formsOnce = null;
    /** The login Sift runs as (GET /user), read once, and only when a person's comment carries a marker. */
    selfLogin = null;
    /** Sift's comments on the items whose timelines were read last: findComment needs no request then. */
    timelineComments = new comment_memo/* CommentMemo */.is();
    /** Listed items without any comment: findComment needs no request for them either. */
    uncommented = new comment_memo/* ListedUncommented */.bb();
    /** Where findComment answered "none", and when (see findComments). */
    noneSeen = new comment_memo/* NoneSeen */.kv();
    constructor(options) {
        const [owner, repo, ...rest] = options.repository.split('/');
        if (!owner || !repo || rest.length > 0) {
            throw new Error(`repository must be "owner/name", not "${options.repository}"`);
        }
        this.mergeablePauseMs = options.mergeablePauseMs ?? 2_000;
        this.clock = options.clock ?? clock/* realClock */.d;
        const perPage = options.perPage ?? 100;
        if (!Number.isInteger(perPage) || perPage < 1 || perPage > 100) {
            throw new Error(`perPage must be an integer from 1 to 100, not ${perPage}`);
        }
        this.owner = owner;
        this.repo = repo;
        this.repository = `${owner}/${repo}`;
        this.perPage = perPage;
        this.reserve = options.client?.reserve ?? 0;
        this.token = options.token;
        this.activityFeeds = options.activityFeeds ?? true;
        ({
            octokit: this.octokit,
            counts: this.counts,
            rate: this.rate,
        } = (0,client/* createClient */.UU)({
            ...options.client,
            token: options.token,
            baseUrl: options.baseUrl ?? 'https://api.github.com',
            userAgent: options.userAgent,
            etags: options.etags,
        }));
        const baseUrl = options.baseUrl ?? 'https://api.github.com';
        const graphqlUrl = (options.graphqlUrl ?? (0,url/* graphqlUrlFor */.UM)(baseUrl)).replace(/\/+$/, '');
        // GraphQL requests of the main client must be trusted by its origin guard: a separate client for
        // projects (its own token, or the same one) keeps REST's client as it is.
        const projectClient = (0,client/* createClient */.UU)({
            ...options.client,
            token: options.projectToken ?? options.token,
            baseUrl,
            userAgent: options.userAgent,
            alsoTrusted: [graphqlUrl],
        });
        this.projectCounts = projectClient.counts;
        const transport = new github_graphql_transport/* GraphqlTransport */.T(projectClient.octokit, graphqlUrl);
        this.projects = new projects/* GitHubProjects */.ec((document, variables, sendOptions) => transport.send(document, variables, sendOptions), { owner, name: repo }, { workflowToken: !options.projectToken }, [options.token, options.projectToken ?? '']);
    }
    /**
     * Oldest first, so items created during the walk land after the cursor instead of shifting it.
     * Items that leave the listing mid-walk (closed during an open walk) still shift later pages: the
     * executor holds such writes until the walk is over.
     */
    async *items(query) {
        // The rules file is checked against the capabilities first; this only guards library callers.
        if (query.type === 'discussion')
            throw new Error("GitHub's REST API has no discussions: use GraphQL");
        // Every REST issue carries its type (absent: the repository has none): free when the rules ask.
        const withType = query.prefetch?.includes('issueType') ?? false;
        // It also says whether an issue has sub-issues or a parent at all: reads only for those that do.
        const hierarchy = (query.prefetch ?? []).filter((name) => name === 'subIssues' || name === 'parent');
        /** What the walk keeps of a listed issue, taken as its page arrives (see listingPages). */
        const keep = (issue) => {
            const item = (0,map/* toItem */.j)(issue);
            if (withType)
                item.prefetched = { issueType: item.type === 'issue' ? (0,issue_type/* issueTypeOf */.b$)(issue) : null };
            if (hierarchy.length > 0) {
                const listed = listedHierarchy(issue, item.type === 'issue', hierarchy);
                if (Object.keys(listed).length > 0)
                    item.prefetched = { ...item.prefetched, ...listed };
            }
            return { item, nodeId: issue.node_id };
        };
        // Page 1 first; the rest, once its `Link` names the last, a few at a time (listing-pages.ts).
        const pages = listingPages({ octokit: this.octokit, rate: this.rate, reserve: this.reserve }, 'GET /repos/{owner}/{repo}/issues', {
            owner: this.owner,
            repo: this.repo,
            state: query.state,
            sort: 'created',
            direction: 'asc',
            per_page: this.perPage,
        }, keep);
        // An item reopened by someone else mid-walk shifts the pages the other way: it would come twice.
        const seen = new number_set/* NumberSet */.e();
        const since = this.feedsSince(query);
        // The forms are read once; each listed issue's answers are in its body.
        const withForm = query.prefetch?.includes('form') ?? false;
        // Projects: one GraphQL `nodes(ids:)` query per page of items.
        const withProjects = query.prefetch?.includes('projects') ?? false;
        try {
            yield* this.walk(pages, query, { seen, since, withForm, withProjects });
        }
        finally {
            // A consumer that stops early leaves no page request running (listing-pages.ts waits for them).
            await pages.return(undefined);
        }
    }
    async *walk(pages, query, walk) {
        const { seen, since, withForm, withProjects } = walk;
        /** Read at the first item updated within the window: a walk of old, quiet items reads nothing. */
        let feeds;
        for (;;) {
            const next = await pages.next().catch((error) => {
                throw (0,errors/* readError */.lS)(error, this.failure(`listing ${query.state} issues and pull requests`));
            });
            if (next.done)
                return;
            const projects = withProjects ? await this.pageProjects(next.value.data, seen, query) : null;
            const readAt = (0,comment_memo/* forgeTime */.D9)(next.value.headers);
            for (const { item } of next.value.data) {
                if (seen.has(item.number))
                    continue;
                seen.add(item.number);
                // A later listing that shows comments undoes an earlier one's "none".
                if (item.comments === 0)
                    this.uncommented.note(item.number, readAt);
                else
                    this.uncommented.forget(item.number);
                if (query.type && item.type !== query.type)
                    continue;
                if (withForm)
                    item.prefetched = {
                        ...item.prefetched,
                        form: await this.issueForms().ofBody(item.type, item.body),
                    };
                const listedProjects = projects?.get(item.number);
                if (listedProjects)
                    item.prefetched = { ...item.prefetched, projects: listedProjects };
                if (since !== undefined && Date.parse(item.updatedAt) >= Date.parse(since)) {
                    feeds ??= readActivityFeeds(this.feedSource(), since);
                    (await feeds).attach(item);
                }
                yield item;
            }
        }
    }
    /** The projects of a page's items the walk will yield, in one GraphQL request. */
    pageProjects(page, seen, query) {
        const wanted = page.filter(({ item, nodeId }) => nodeId !== undefined && !seen.has(item.number) && (!query.type || item.type === query.type));
        return this.projects.readMany(wanted.map(({ item, nodeId }) => ({ number: item.number, id: nodeId ?? '' })));
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
    /**
     * The window start to read the activity feeds back to, or undefined when they are not worth reading:
     * no `recentSince`, rules that read no activity or label times, or reactions counted (the feeds carry
     * none, so the per-item timeline decides anyway).
     */
    feedsSince(query) {
        // Rules that count reactions ask for them with the timeline (see ItemFacts.reactions).
        const reactionsCount = query.prefetch?.includes('reactions') ?? false;
        if (!this.activityFeeds || reactionsCount || query.recentSince === undefined)
            return undefined;
        const wanted = query.prefetch?.some((name) => name === 'timeline' || name === 'labelAppliedAt');
        return wanted ? startOfUtcDay(query.recentSince) : undefined;
    }
    feedSource() {
        return {
            octokit: this.octokit,
            owner: this.owner,
            repo: this.repo,
            rate: this.rate,
            reserve: this.reserve,
            failure: (doing) => this.failure(doing),
            self: () => this.self(),
        };
    }
    async getItem(number) {
        return (0,read_item/* readItem */.k)(this.restTarget(), number);
    }
    /** Approvals each base branch's rulesets require, read once per run and branch (see pull-facts.ts). */
    requiredApprovals(base) {
        let read = this.approvalsByBase.get(base);
        if (read === undefined) {
            read = readRequiredApprovals({ octokit: this.octokit, owner: this.owner, repo: this.repo, failure: (d) => this.failure(d) }, base);
            // A failed read is no answer: the next pull request asks again.
            read.catch(() => this.approvalsByBase.delete(base));
            this.approvalsByBase.set(base, read);
        }
        return read;
    }
    async facts(item, names) {
        // Listed items carry their type; this read serves items that came another way (explain, events).
        const issueType = names.includes('issueType') ? await (0,issue_type/* readIssueType */.A1)(this.restTarget(), item) : undefined;
        const facts = await readFacts({
            octokit: this.octokit,
            owner: this.owner,
            repo: this.repo,
            failure: (doing) => this.failure(doing),
            self: () => this.self(),
            rememberComments: (key, comments, readAt) => this.timelineComments.remember(key, comments, readAt),
            requiredApprovals: (base) => this.requiredApprovals(base),
            pulls: this.pulls,
            mergeablePauseMs: this.mergeablePauseMs,
            sleep: (ms) => this.clock.sleep(ms),
        }, item, names);
        if (names.includes('subIssues'))
            facts.subIssues = await readSubIssues(this.restTarget(), item);
        if (names.includes('parent'))
            facts.parent = await readParent(this.restTarget(), item);
        if (names.includes('form'))
            facts.form = await this.issueForms().ofItem(item);
        if (names.includes('projects'))
            facts.projects = await this.projects.readOne(item);
        return issueType === undefined ? facts : { ...facts, issueType };
    }
    /**
     * After a run posted comments: a lookup whose answer this provider gave as "none" before (the run's
     * check before posting) needs only the comments posted since that read, so one read of the
     * repository's comments feed since the earliest of them answers every such lookup. Any other
     * lookup, or a single one, is one findComment.
     */
    async findComments(lookups) {
        const bounds = lookups.map((l) => this.noneSeen.since(l.item, l.marker, l.since));
        if (lookups.length < 2 || bounds.some((b) => b === undefined)) {
            return Promise.all(lookups.map((l) => this.findComment(l.item, l.marker, l.since)));
        }
        const from = new Date(Math.min(...bounds) - FEED_LAG_MS).toISOString();
        const byNumber = await ownCommentsSince(this.feedSource(), from);
        return lookups.map((l) => (0,comment_memo/* firstAfter */.PP)(byNumber.get(l.item.number) ?? [], l.marker, l.since));
    }
    /**
     * Comments come oldest first. `since` is passed on as GitHub's own filter (comments updated after
     * it, which includes every comment posted after it) to skip old pages; the exact test is here.
     * A "none" is remembered with the forge's time of the read (see findComments).
     */
    async findComment(item, marker, since) {
        const remembered = this.timelineComments.find(item, marker, since);
        if (remembered !== undefined) {
            if (remembered === null)
                this.noneSeen.note(item, marker, since, this.timelineComments.readAt(item));
            return remembered;
        }
        const uncommentedAt = this.uncommented.readAt(item.number);
        if (uncommentedAt !== undefined) {
            this.noneSeen.note(item, marker, since, uncommentedAt);
            return null;
        }
        const listing = this.octokit.paginate.iterator('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            ...this.ref(item),
            per_page: 100,
            ...(since === undefined ? {} : { since }),
        });
        const pages = listing[Symbol.asyncIterator]();
        let readAt;
        for (;;) {
            const next = await pages.next().catch((error) => {
                throw (0,errors/* readError */.lS)(error, this.failure(`reading the comments of ${(0,errors/* describeItem */.f)(item)}`));
            });
            if (next.done) {
                this.noneSeen.note(item, marker, since, readAt);
                return null;
            }
            readAt ??= (0,comment_memo/* forgeTime */.D9)(next.value.headers);
            for (const comment of next.value.data) {
                if (!comment.body?.includes(marker) || !(0,comment_cycle/* inCycle */.M)(comment.created_at, since))
                    continue;
                // The login Sift runs as is asked for only when a comment carries the marker.
                if (isSiftComment(comment.body, comment.user, await this.self(), marker)) {
                    return { id: String(comment.id), body: comment.body, createdAt: comment.created_at };
                }
            }
        }
    }
    /**
     * The item's comments (a page of 100 at a time), then the thumbs-down reactions of each rule's latest
     * comment: one request more per comment, only for the rules `vetoed` names that have one.
     */
    async ruleComments(item, rules) {
        const doing = `reading the comments of ${(0,errors/* describeItem */.f)(item)}`;
        let comments;
        try {
            comments = await this.octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
                ...this.ref(item),
                per_page: 100,
            });
        }
        catch (error) {
            throw (0,errors/* readError */.lS)(error, this.failure(doing));
        }
        const marked = comments.some((c) => c.body?.includes('<!-- sift:rule='));
        const self = marked ? await this.self() : null;
        const listed = comments.map((c) => ({
            id: String(c.id),
            body: c.body ?? '',
            createdAt: c.created_at,
            author: c.user?.login ?? 'ghost',
            sift: self !== null && (0,github_self/* isSelf */.f)(c.user, self),
        }));
        const out = {};
        for (const [rule, comment] of (0,rule_comments/* latestRuleComments */.y9)(listed, rules)) {
            let reactions;
            try {
                reactions = await this.octokit.paginate('GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions', {
                    owner: this.owner,
                    repo: this.repo,
                    comment_id: Number(comment.id),
                    content: '-1',
                    per_page: 100,
                });
            }
            catch (error) {
                throw (0,errors/* readError */.lS)(error, this.failure(`reading the reactions to Sift's comment on ${(0,errors/* describeItem */.f)(item)}`));
            }
            const thumbsDown = reactions.filter((r) => !(self !== null && (0,github_self/* isSelf */.f)(r.user, self))).length;
            out[rule] = (0,rule_comments/* ruleCommentOf */.hS)(comment, listed, thumbsDown);
        }
        return out;
    }
    async commandComments(item, scope) {
        const ctx = { octokit: this.octokit, owner: this.owner, repo: this.repo, self: () => this.self() };
        try {
            return await readCommandComments(ctx, item.number, scope);
        }
        catch (error) {
            throw (0,errors/* readError */.lS)(error, this.failure(`reading the comments with commands of ${(0,errors/* describeItem */.f)(item)}`));
        }
    }
    labelNames() {
        return (0,labels/* readLabelNames */.V)(this.restTarget());
    }
    unknownUsers(logins) {
        this.assignable ??= new names/* Assignable */.m(this.restTarget());
        return this.assignable.unknown(logins);
    }
    /** The titles the milestone writes resolve, from the same read (once a run). */
    async milestoneTitles() {
        this.milestones ??= this.loadMilestones();
        try {
            return [...(await this.milestones).keys()];
        }
        catch (error) {
            this.milestones = null;
            throw (0,errors/* readError */.lS)(error, this.failure(`reading the milestones of ${this.repository}`));
        }
    }
    async addReaction(item, commentId, content) {
        await this.write(item, `reacting ${content} to comment ${commentId} on ${(0,errors/* describeItem */.f)(item)}`, () => this.octokit.rest.reactions.createForIssueComment({
            owner: this.owner,
            repo: this.repo,
            comment_id: Number(commentId),
            content,
        }));
    }
    async addLabels(item, labels) {
        await this.write(item, `adding ${quoteList('label', labels)} to ${(0,errors/* describeItem */.f)(item)}`, () => this.octokit.rest.issues.addLabels({ ...this.ref(item), labels }));
    }
    async removeLabel(item, label) {
        this.forgetComments(item);
        try {
            await this.octokit.rest.issues.removeLabel({ ...this.ref(item), name: label });
        }
        catch (error) {
            // Already gone is the state we wanted. A 404 for a missing item says "Not Found" instead.
            if ((0,errors/* isHttpFailure */.zV)(error) && error.status === 404 && /label does not exist/i.test((0,errors/* apiMessage */.SX)(error)))
                return;
            throw (0,errors/* writeError */.oG)(error, this.failure(`removing label "${label}" from ${(0,errors/* describeItem */.f)(item)}`, (0,errors/* permissionFor */.Tj)(item.type)));
        }
    }
    async createComment(item, body) {
        const { data } = await this.write(item, `commenting on ${(0,errors/* describeItem */.f)(item)}`, () => this.octokit.rest.issues.createComment({ ...this.ref(item), body }));
        // The comment's author is the account Sift runs as: no request to ask who that is afterwards.
        if (data.user && this.selfLogin === null)
            this.selfLogin = Promise.resolve(data.user.login);
        return String(data.id);
    }
    async deleteComment(item, commentId) {
        await this.write(item, `deleting its duplicate comment ${commentId} on ${(0,errors/* describeItem */.f)(item)}`, () => this.octokit.rest.issues.deleteComment({
            owner: this.owner,
            repo: this.repo,
            comment_id: Number(commentId),
        }));
    }
    async updateComment(item, commentId, body) {
        const doing = `editing comment ${commentId} on ${(0,errors/* describeItem */.f)(item)}`;
        const id = Number(commentId);
        if (!Number.isSafeInteger(id))
            throw new provider/* ItemWriteError */.f(`${doing} failed: "${commentId}" is not a GitHub comment id`);
        await this.write(item, doing, () => this.octokit.rest.issues.updateComment({ owner: this.owner, repo: this.repo, comment_id: id, body }));
    }
    async close(item, reason) {
        if (reason !== 'completed' && reason !== 'not_planned')
            throw new provider/* ItemWriteError */.f(`closing ${(0,errors/* describeItem */.f)(item)} as ${reason}: REST closes only issues and pull requests`);
        await this.write(item, `closing ${(0,errors/* describeItem */.f)(item)} as ${reason}`, () => this.octokit.rest.issues.update({ ...this.ref(item), state: 'closed', state_reason: reason }));
    }
    async reopen(item) {
        await this.write(item, `reopening ${(0,errors/* describeItem */.f)(item)}`, () => this.octokit.rest.issues.update({ ...this.ref(item), state: 'open' }));
    }
    async lock(item, reason) {
        await this.write(item, `locking ${(0,errors/* describeItem */.f)(item)}`, () => this.octokit.rest.issues.lock({ ...this.ref(item), ...(reason ? { lock_reason: reason } : {}) }));
    }
    async unlock(item) {
        await this.write(item, `unlocking ${(0,errors/* describeItem */.f)(item)}`, () => this.octokit.rest.issues.unlock(this.ref(item)));
    }
    async addAssignees(item, logins) {
        const doing = `assigning ${logins.join(', ')} to ${(0,errors/* describeItem */.f)(item)}`;
        const { data } = await this.write(item, doing, () => this.octokit.rest.issues.addAssignees({ ...this.ref(item), assignees: logins }));
        // GitHub answers 201 but silently drops logins that cannot be assigned (no access to the repository).
        const assigned = new Set((data.assignees ?? []).map((a) => a.login.toLowerCase()));
        const dropped = logins.filter((login) => !assigned.has(login.toLowerCase()));
        if (dropped.length > 0) {
            throw new provider/* ItemWriteError */.f(`${doing} in ${this.repository} failed: GitHub ignored ${dropped.join(', ')}; only users with access to the repository can be assigned.`);
        }
    }
    async removeAssignees(item, logins) {
        await this.write(item, `unassigning ${logins.join(', ')} from ${(0,errors/* describeItem */.f)(item)}`, () => this.octokit.rest.issues.removeAssignees({ ...this.ref(item), assignees: logins }));
    }
    async setMilestone(item, title) {
        const doing = title === null
            ? `clearing the milestone of ${(0,errors/* describeItem */.f)(item)}`
            : `setting milestone "${title}" on ${(0,errors/* describeItem */.f)(item)}`;
        const number = title === null ? null : await this.milestoneNumber(item, title, doing);
        await this.write(item, doing, () => this.octokit.rest.issues.update({ ...this.ref(item), milestone: number }));
    }
    async requestReviewers(item, logins) {
        const doing = `requesting review from ${logins.join(', ')} on ${(0,errors/* describeItem */.f)(item)}`;
        if (item.type !== 'pull_request') {
            throw new provider/* ItemWriteError */.f(`${doing} failed: only pull requests have reviewers.`, 422);
        }
        await this.write(item, doing, () => this.octokit.rest.pulls.requestReviewers({
            owner: this.owner,
            repo: this.repo,
            pull_number: item.number,
            reviewers: logins,
        }), 'pull-requests: write');
    }
    async setIssueType(item, name) {
        await (0,issue_type/* writeIssueType */.X_)(this.restTarget(), item, name);
    }
    deleteBranch(item) {
        return (0,branch_cleanup/* deleteHeadBranch */.u)(this.restTarget(), item);
    }
    /** Requests sent; with an ETag store, `notModified` of the reads were free 304s. */
    requestCounts() {
        const project = this.projectCounts;
        return {
            ...this.counts,
            reads: this.counts.reads + (project?.reads ?? 0),
            writes: this.counts.writes + (project?.writes ?? 0),
        };
    }
    quota() {
        const core = this.rate.get('core');
        return core
            ? { kind: 'REST', limit: core.limit, remaining: core.remaining, resetAt: core.resetAt.toISOString() }
            : null;
    }
    // ---- internals --------------------------------------------------------------------------------
    /**
     * The login Sift runs as (github/self.ts), once per provider: its comments are the only ones Sift
     * takes for its own. Read only when a comment carries a marker.
     */
    self() {
        this.selfLogin ??= (0,github_self/* readSelfLogin */.G)(this.octokit).catch((error) => {
            this.selfLogin = null; // let a later item try again
            throw (0,errors/* readError */.lS)(error, this.failure('reading the account Sift runs as (GET /user, GraphQL viewer)'));
        });
        return this.selfLogin;
    }
    issueForms() {
        this.formsOnce ??= new issue_forms/* IssueForms */.f8(this.restTarget());
        return this.formsOnce;
    }
    restTarget() {
        return {
            octokit: this.octokit,
            owner: this.owner,
            repo: this.repo,
            failure: (doing, permission) => this.failure(doing, permission),
        };
    }
    ref(item) {
        return { owner: this.owner, repo: this.repo, issue_number: item.number };
    }
    forgetComments(item) {
        this.timelineComments.forget(item);
        this.uncommented.forget(item.number);
    }
    failure(doing, permission) {
        return { doing, repository: this.repository, permission, secrets: [this.token] };
    }
    async write(item, doing, send, permission = (0,errors/* permissionFor */.Tj)(item.type)) {
        // What Sift writes to, it reads afresh (a comment it posts or deletes must show in findComment).
        this.forgetComments(item);
        try {
            return await send();
        }
        catch (error) {
            throw (0,errors/* writeError */.oG)(error, this.failure(doing, permission));
        }
    }
    async milestoneNumber(item, title, doing) {
        this.milestones ??= this.loadMilestones();
        let byTitle;
        try {
            byTitle = await this.milestones;
        }
        catch (error) {
            this.milestones = null; // let a later item try again
            throw (0,errors/* writeError */.oG)(error, this.failure(`${doing}: reading the milestones`, (0,errors/* permissionFor */.Tj)(item.type)));
        }
        const number = byTitle.get(title);
        if (number === undefined) {
            throw new provider/* ItemWriteError */.f(`milestone "${title}" does not exist in ${this.repository}`, 422);
        }
        return number;
    }
    async loadMilestones() {
        const byTitle = new Map();
        const pages = this.octokit.paginate.iterator('GET /repos/{owner}/{repo}/milestones', {
            owner: this.owner,
            repo: this.repo,
            state: 'all',
            per_page: 100,
        });
        for await (const { data } of pages)
            for (const m of data)
                byTitle.set(m.title, m.number);
        return byTitle;
    }
}
function quoteList(noun, values) {
    return `${noun}${values.length === 1 ? '' : 's'} ${values.map((v) => `"${v}"`).join(', ')}`;
}
/**
 * The feeds' window starts at the midnight (UTC) before the rules' window start: a little more to read,
 * but every run of a day asks the same URLs, so a rerun's pages come back 304 from the ETag cache.
 */
function startOfUtcDay(iso) {
    const at = new Date(iso);
    return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate())).toISOString();
}


/***/ })

};

//# sourceMappingURL=57.index.js.map