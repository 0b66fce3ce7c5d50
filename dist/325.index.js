export const id = 325;
export const ids = [325];
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

/***/ 8425:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ GraphqlTransport)
/* harmony export */ });
class GraphqlTransport {
    octokit;
    url;
    state = {
        spent: 0,
        lastCost: null,
        limit: null,
        remaining: null,
        used: null,
        resetAt: null,
    };
    constructor(octokit, url) {
        this.octokit = octokit;
        this.url = url;
        // Runs once per answer, retries included; only GraphQL's bucket is tracked here.
        octokit.hook.after('request', (response, options) => {
            this.observe(response.headers, isMutation(options.query));
        });
    }
    budget() {
        return { ...this.state };
    }
    async send(document, variables, options = {}) {
        // The object form: the string form refuses `url` among the parameters.
        const params = {
            ...variables,
            query: document,
            // An absolute URL: Octokit would otherwise derive GHES's `/api/graphql` from a `/api/v3` base
            // itself, and ignore GITHUB_GRAPHQL_URL. `baseUrl` is set too, since Octokit's GHES rewrite reads it.
            url: this.url,
            baseUrl: this.url,
            ...(options.idempotent === undefined ? {} : { request: { idempotent: options.idempotent } }),
        };
        try {
            const data = await this.octokit.graphql(params);
            this.noteCost(data);
            return { data, errors: [] };
        }
        catch (error) {
            if (!isGraphqlResponseError(error))
                throw error;
            const data = (error.data ?? null);
            this.noteCost(data);
            return { data, errors: error.errors };
        }
    }
    noteCost(data) {
        const rate = data && 'rateLimit' in data ? data.rateLimit : null;
        if (!rate)
            return;
        this.state.spent += rate.cost;
        this.state.lastCost = rate.cost;
        this.update(rate.limit, rate.remaining, rate.used, rate.resetAt);
    }
    /**
     * Answers to requests sent at once (two connections listed together) arrive in any order: within
     * one window the budget only goes down, so an older, higher figure never replaces a newer one.
     */
    update(limit, remaining, used, resetAt) {
        const sameWindow = this.state.resetAt === resetAt && this.state.remaining !== null;
        Object.assign(this.state, {
            limit,
            remaining: sameWindow ? Math.min(remaining, this.state.remaining ?? remaining) : remaining,
            used: sameWindow ? Math.max(used, this.state.used ?? used) : used,
            resetAt,
        });
    }
    observe(headers, mutation) {
        if (headers['x-ratelimit-resource'] !== 'graphql')
            return;
        const used = Number(headers['x-ratelimit-used']);
        const remaining = Number(headers['x-ratelimit-remaining']);
        const limit = Number(headers['x-ratelimit-limit']);
        const reset = Number(headers['x-ratelimit-reset']);
        if (![used, remaining, limit, reset].every(Number.isFinite))
            return;
        const resetAt = new Date(reset * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
        if (mutation) {
            // Mutations cannot ask for `rateLimit`: the budget's rise within one window is their price.
            const sameWindow = this.state.resetAt === resetAt && this.state.used !== null;
            const rise = sameWindow && this.state.used !== null ? used - this.state.used : 0;
            this.state.spent += rise > 0 ? rise : 1;
        }
        this.update(limit, remaining, used, resetAt);
    }
}
function isMutation(query) {
    return typeof query === 'string' && /^mutation\b/.test(query.replace(/^(?:\s|#[^\n]*)*/, ''));
}
/** @octokit/graphql's GraphqlResponseError, duck-typed: it is a transitive package we do not import. */
function isGraphqlResponseError(error) {
    return (error instanceof Error &&
        error.name === 'GraphqlResponseError' &&
        Array.isArray(error.errors));
}


/***/ }),

/***/ 5448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ deleteHeadBranch)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8769);

/** The workflow permission a branch deletion needs: branches are repository contents. */
const PERMISSION = 'contents: write';
async function deleteHeadBranch(target, item) {
    const doing = `deleting the head branch of ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeItem */ .f)(item)}`;
    const { octokit, owner, repo } = target;
    const kept = (why) => ({ deleted: false, note: why });
    try {
        if (item.type !== 'pull_request')
            return kept('only pull requests have a head branch');
        const { data: pull } = (await octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
            owner,
            repo,
            pull_number: item.number,
        }));
        // Deleting an open pull request's head branch would close it: only ever after the close.
        if (pull.state !== 'closed')
            return kept('kept the head branch: the pull request is open');
        const branch = pull.head.ref;
        const home = pull.head.repo?.full_name;
        if (home === undefined)
            return kept(`kept branch ${branch}: its repository no longer exists`);
        if (home.toLowerCase() !== `${owner}/${repo}`.toLowerCase())
            return kept(`kept branch ${branch}: it lives in ${home}, not in this repository`);
        const { data: repository } = await octokit.request('GET /repos/{owner}/{repo}', { owner, repo });
        if (repository.default_branch === branch)
            return kept(`kept branch ${branch}: it is the default branch`);
        const found = await branchInfo(target, branch);
        if (found === null)
            return kept(`branch ${branch} is already deleted`);
        if (found.protected)
            return kept(`kept branch ${branch}: it is protected`);
        try {
            await octokit.request('DELETE /repos/{owner}/{repo}/git/refs/{ref}', {
                owner,
                repo,
                ref: `heads/${branch}`,
            });
        }
        catch (error) {
            // The branch was there a moment ago: "Reference does not exist" now means it is gone, most
            // likely by this very request, whose first answer was lost and which the client retried.
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isHttpFailure */ .zV)(error) &&
                error.status === 422 &&
                /reference does not exist/i.test((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .apiMessage */ .SX)(error))) {
                return { deleted: true, note: `deleted branch ${branch}` };
            }
            // GitHub says no: reported beside the change, the item and the run go on.
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isHttpFailure */ .zV)(error) && (error.status === 403 || error.status === 422)) {
                const message = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .apiMessage */ .SX)(error);
                const hint = /not accessible by integration/i.test(message)
                    ? ` (the workflow needs \`permissions: { ${PERMISSION} }\`)`
                    : '';
                return kept(`kept branch ${branch}: GitHub answered ${error.status} ${message}${hint}`);
            }
            throw error;
        }
        return { deleted: true, note: `deleted branch ${branch}` };
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .writeError */ .oG)(error, target.failure(doing, PERMISSION));
    }
}
/** The branch's `protected` flag (readable with read access), or null when there is no such branch. */
async function branchInfo(target, branch) {
    try {
        const { data } = await target.octokit.request('GET /repos/{owner}/{repo}/branches/{branch}', {
            owner: target.owner,
            repo: target.repo,
            branch,
        });
        return { protected: data.protected };
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isHttpFailure */ .zV)(error) && error.status === 404)
            return null;
        throw error;
    }
}


/***/ }),

/***/ 9492:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D9: () => (/* binding */ forgeTime),
/* harmony export */   Km: () => (/* binding */ MARKER_PREFIX),
/* harmony export */   PP: () => (/* binding */ firstAfter),
/* harmony export */   bb: () => (/* binding */ ListedUncommented),
/* harmony export */   is: () => (/* binding */ CommentMemo),
/* harmony export */   kv: () => (/* binding */ NoneSeen)
/* harmony export */ });
/* harmony import */ var _comment_cycle_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6800);
/* harmony import */ var _number_set_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9019);
/**
 * Sift's own comments on items whose comments a provider has just read in full for another reason
 * (a GraphQL listing page, a REST timeline), so that `findComment` answers them without a request.
 * Kept for the last `capacity` items remembered, far more than a walk holds in flight at once (the
 * pipeline reads a page ahead and plans a few items at a time), and small: only Sift's comments.
 * Writers forget what they write to, so an answer is never staler than a read would be.
 */


/** What every Sift comment carries: a provider keeps only comments that have it. */
const MARKER_PREFIX = '<!-- sift:rule=';
class CommentMemo {
    capacity;
    entries = new Map();
    constructor(capacity = 1_000) {
        this.capacity = capacity;
    }
    /** Sift's comments on `item`, oldest first: every one the item has. */
    remember(item, comments, readAt) {
        const key = keyOf(item);
        this.entries.delete(key);
        this.entries.set(key, { comments, readAt });
        // A Map iterates in insertion order: drop the items remembered longest ago.
        for (const old of this.entries.keys()) {
            if (this.entries.size <= this.capacity)
                break;
            this.entries.delete(old);
        }
    }
    /** The answer to findComment(item, marker, since) if the item is remembered, else undefined. */
    find(item, marker, since) {
        const entry = this.entries.get(keyOf(item));
        return entry && firstAfter(entry.comments, marker, since);
    }
    /** When the remembered comments of `item` were read (the forge's clock), if known. */
    readAt(item) {
        return this.entries.get(keyOf(item))?.readAt;
    }
    forget(item) {
        this.entries.delete(keyOf(item));
    }
    clear() {
        this.entries = new Map();
    }
}
/**
 * Items a listing showed with no comment at all (GitHub's `comments: 0`): Sift has none on them either,
 * so findComment answers "none" without a request, as after a read of their comments. A bitmap of
 * numbers (12.5 kB at 100,000 items: a walk keeps it flat) and one time, the forge's clock at the
 * earliest listing page that showed one: no later than any of their reads, so a run that asks again
 * after posting (NoneSeen) reads the comments feed from early enough. Writers forget what they write to.
 */
class ListedUncommented {
    numbers = new _number_set_js__WEBPACK_IMPORTED_MODULE_0__/* .NumberSet */ .e();
    earliest;
    note(number, readAt) {
        // Without the forge's time, the answer could not be bounded for the check after posting.
        if (readAt === undefined)
            return;
        this.numbers.add(number);
        this.earliest = Math.min(this.earliest ?? readAt, readAt);
    }
    /** The forge's time by which the item was seen without comments, or undefined when it was not. */
    readAt(number) {
        return this.numbers.has(number) ? this.earliest : undefined;
    }
    forget(number) {
        this.numbers.delete(number);
    }
}
/** The oldest of Sift's comments (oldest first) with `marker` posted in the cycle from `since` (inCycle). */
function firstAfter(comments, marker, since) {
    return comments.find((c) => c.body.includes(marker) && (0,_comment_cycle_js__WEBPACK_IMPORTED_MODULE_1__/* .inCycle */ .M)(c.createdAt, since)) ?? null;
}
function keyOf(item) {
    return `${item.type}#${item.number}`;
}
/**
 * The lookups a provider answered "no such comment", each with the forge's time of the read that
 * showed it. A run asks again after posting, only to catch another run's comment posted in between:
 * then only comments posted since that read can change the answer.
 */
class NoneSeen {
    capacity;
    entries = new Map();
    constructor(capacity = 5_000) {
        this.capacity = capacity;
    }
    note(item, marker, since, readAt) {
        const key = keyOf(item);
        this.entries.delete(key);
        if (readAt === undefined)
            return;
        this.entries.set(key, { marker, since, readAt });
        for (const old of this.entries.keys()) {
            if (this.entries.size <= this.capacity)
                break;
            this.entries.delete(old);
        }
    }
    /** When the same lookup was last answered "none" (the forge's clock), if it was. */
    since(item, marker, since) {
        const entry = this.entries.get(keyOf(item));
        return entry && entry.marker === marker && entry.since === since ? entry.readAt : undefined;
    }
}
/** The forge's clock from a response's `Date` header (whole seconds), if it sent one. */
function forgeTime(headers) {
    const at = headers.date === undefined ? NaN : Date.parse(headers.date);
    return Number.isNaN(at) ? undefined : at;
}


/***/ }),

/***/ 8981:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f8: () => (/* binding */ IssueForms)
/* harmony export */ });
/* unused harmony exports parseFormTemplate, parseIssueForm, readIssueForms */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8769);
/**
 * GitHub's issue forms (`.github/ISSUE_TEMPLATE/*.yml`, "Syntax for issue forms"): the repository's
 * forms, read once a run through the contents API (default branch), and an issue body parsed into
 * the answers of the form it was written from (fact `form`).
 *
 * GitHub turns a submitted form into Markdown: every field but `markdown` becomes `### {label}`, a
 * blank line, then the answer; an unanswered field reads `_No response_`; checkboxes are `- [X] option`
 * (checked) or `- [ ] option`; a multiple dropdown lists the chosen options separated by `, `; a
 * textarea with `render` is wrapped in a code fence. GitHub records no link to the form, so the form is
 * recognised by its headings: the one whose every field label heads a section, in order (the one with
 * most fields when several do). A body someone rewrote past that is no form's.
 */


const FIELD_TYPES = new Set(['input', 'textarea', 'dropdown', 'checkboxes']);
/**
 * A form file's fields, or null when it is no issue form (no `body` list: a Markdown template's YAML,
 * `config.yml`) or not YAML at all. GitHub refuses such files too; they are skipped, not an error.
 */
function parseFormTemplate(file, text) {
    let doc;
    try {
        doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text);
    }
    catch {
        return null;
    }
    const body = doc?.body;
    if (!Array.isArray(body))
        return null;
    const fields = [];
    for (const element of body) {
        const type = element?.type;
        const attributes = (element?.attributes ?? {});
        if (typeof type !== 'string' || !FIELD_TYPES.has(type) || typeof attributes.label !== 'string')
            continue;
        fields.push({
            type: type,
            ...(typeof element.id === 'string' ? { id: element.id } : {}),
            label: attributes.label.trim(),
            multiple: attributes.multiple === true,
            render: typeof attributes.render === 'string' && attributes.render !== '',
        });
    }
    return fields.length > 0 ? { file, fields } : null;
}
const NO_RESPONSE = '_No response_';
/** The body's `### heading` sections, in order: heading -> text up to the next heading. */
function sections(body) {
    const out = [];
    let current = null;
    for (const line of body.replace(/\r\n?/g, '\n').split('\n')) {
        const heading = /^###[ \t]+(.*?)[ \t]*$/.exec(line);
        if (heading) {
            if (current)
                out.push({ heading: current.heading, text: current.lines.join('\n') });
            current = { heading: heading[1], lines: [] };
        }
        else
            current?.lines.push(line);
    }
    if (current)
        out.push({ heading: current.heading, text: current.lines.join('\n') });
    return out;
}
/** The answers of the form this body was written from, or null when it is none of `forms`. */
function parseIssueForm(body, forms) {
    const found = sections(body);
    let best = null;
    for (const form of forms) {
        const at = positions(form, found);
        if (at && (!best || form.fields.length > best.form.fields.length))
            best = { form, at };
    }
    if (!best)
        return null;
    const fields = {};
    const labels = {};
    best.form.fields.forEach((field, k) => {
        if (field.id === undefined)
            return;
        fields[field.id] = answer(field, found[best.at[k]].text);
        labels[field.id] = field.label;
    });
    return { template: best.form.file, fields, labels };
}
/** Where each of the form's fields is among the sections, in order; null if one is missing. */
function positions(form, found) {
    const at = [];
    let from = 0;
    for (const field of form.fields) {
        const index = found.findIndex((s, i) => i >= from && s.heading === field.label);
        if (index < 0)
            return null;
        at.push(index);
        from = index + 1;
    }
    return at;
}
function answer(field, raw) {
    const text = raw.trim();
    if (field.type === 'checkboxes') {
        return [...text.matchAll(/^[ \t]*- \[[xX]\][ \t]+(.*?)[ \t]*$/gm)].map((m) => m[1]);
    }
    if (text === NO_RESPONSE || text === '')
        return field.type === 'dropdown' && field.multiple ? [] : '';
    if (field.type === 'dropdown' && field.multiple)
        return text.split(', ').map((s) => s.trim());
    if (field.render) {
        const fenced = /^(`{3,}|~{3,})[^\n]*\n([\s\S]*?)\n?\1$/.exec(text);
        if (fenced)
            return fenced[2].trim();
    }
    return text;
}
const FORMS_DIR = '.github/ISSUE_TEMPLATE';
/** The repository's issue forms on its default branch; none when the folder is missing. */
async function readIssueForms(target) {
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .reading */ .hF)(target.failure(`reading the issue forms in ${FORMS_DIR}`), async () => {
        const list = await contents(target, FORMS_DIR);
        if (!Array.isArray(list))
            return [];
        const files = list.filter((e) => e.type === 'file' && /\.ya?ml$/i.test(e.name ?? '') && !/^config\.ya?ml$/i.test(e.name ?? ''));
        const forms = [];
        for (const entry of files.sort((a, b) => (a.name ?? '').localeCompare(b.name ?? ''))) {
            const file = await contents(target, entry.path ?? `${FORMS_DIR}/${entry.name}`);
            if (Array.isArray(file) || file?.content === undefined || file.encoding !== 'base64')
                continue;
            const form = parseFormTemplate(entry.name ?? '', decodeBase64(file.content));
            if (form)
                forms.push(form);
        }
        return forms;
    });
}
async function contents(target, path) {
    try {
        const { data } = await target.octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
            owner: target.owner,
            repo: target.repo,
            path,
        });
        return data;
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isHttpFailure */ .zV)(error) && error.status === 404)
            return null;
        throw error;
    }
}
function decodeBase64(content) {
    return new TextDecoder().decode(Uint8Array.from(atob(content.replace(/\s/g, '')), (c) => c.charCodeAt(0)));
}
/**
 * The forms of one repository, read at most once per provider (a run), and each item's answers.
 * A pull request is written from no form, at no request.
 */
class IssueForms {
    target;
    forms = null;
    constructor(target) {
        this.target = target;
    }
    all() {
        this.forms ??= readIssueForms(this.target).catch((error) => {
            this.forms = null; // let a later item try again
            throw error;
        });
        return this.forms;
    }
    /** The answers in a listed issue's body. */
    async ofBody(type, body) {
        if (type !== 'issue')
            return null;
        return parseIssueForm(body, await this.all());
    }
    /** The answers of an issue known by number only (its body read through REST). */
    async ofItem(item) {
        if (item.type !== 'issue')
            return null;
        const { data } = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .reading */ .hF)(this.target.failure(`reading the body of ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeItem */ .f)(item)}`), () => this.target.octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}', {
            owner: this.target.owner,
            repo: this.target.repo,
            issue_number: item.number,
        }));
        return this.ofBody('issue', data.body ?? '');
    }
}


/***/ }),

/***/ 257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ readLabelNames)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8769);
/** The repository's label names over REST, for commands that may only add labels that exist. */

async function readLabelNames(target) {
    try {
        const labels = await target.octokit.paginate('GET /repos/{owner}/{repo}/labels', {
            owner: target.owner,
            repo: target.repo,
            per_page: 100,
        });
        return labels.map((label) => label.name);
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .readError */ .lS)(error, target.failure(`reading the labels of ${target.owner}/${target.repo}`));
    }
}


/***/ }),

/***/ 3792:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ readMilestoneTitles),
/* harmony export */   m: () => (/* binding */ Assignable)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8769);
/**
 * Names commands may give that GitHub would refuse or silently drop, asked before planning (see
 * Provider.unknownUsers and milestoneTitles): whether a login can be assigned here, and the
 * repository's milestone titles. Shared by the REST and GraphQL providers, over REST.
 */

/** Who can be assigned in the repository, asked once per login and run. */
class Assignable {
    target;
    known = new Map();
    constructor(target) {
        this.target = target;
    }
    /** The logins GitHub cannot assign here: `GET .../assignees/{assignee}` answers 404 (204: it can). */
    async unknown(logins) {
        const answers = await Promise.all(logins.map((login) => this.canBeAssigned(login)));
        return logins.filter((_, i) => !answers[i]);
    }
    canBeAssigned(login) {
        const key = login.toLowerCase();
        let answer = this.known.get(key);
        if (answer === undefined) {
            const { octokit, owner, repo } = this.target;
            answer = octokit
                .request('GET /repos/{owner}/{repo}/assignees/{assignee}', { owner, repo, assignee: login })
                .then(() => true, (error) => {
                if (error.status === 404)
                    return false;
                this.known.delete(key);
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .readError */ .lS)(error, this.target.failure(`checking whether ${login} can be assigned in ${owner}/${repo}`));
            });
            this.known.set(key, answer);
        }
        return answer;
    }
}
/** Every milestone title of the repository, open and closed. */
async function readMilestoneTitles(target) {
    try {
        const milestones = await target.octokit.paginate('GET /repos/{owner}/{repo}/milestones', {
            owner: target.owner,
            repo: target.repo,
            state: 'all',
            per_page: 100,
        });
        return milestones.map((m) => m.title);
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .readError */ .lS)(error, target.failure(`reading the milestones of ${target.owner}/${target.repo}`));
    }
}


/***/ }),

/***/ 9784:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mw: () => (/* binding */ projectItemsField),
/* harmony export */   ec: () => (/* binding */ GitHubProjects)
/* harmony export */ });
/* unused harmony exports PROJECTS_PER_ITEM, membershipsOf, PROJECT_TOKEN_ADVICE */
/* harmony import */ var _model_projects_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4555);
/* harmony import */ var _provider_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9545);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8769);
/**
 * GitHub Projects (v2) for both GitHub providers. GitHub serves projects through GraphQL only ("Using
 * the API to manage Projects"), so the REST provider comes here too. What it does:
 *
 * - `schemas`: the projects the rules name, with their fields, options and iterations, in ONE query
 *   before the walk (`organization(login).projectV2(number)` and `user(login).projectV2(number)` side
 *   by side under aliases: a login is one or the other, and GitHub answers NOT_FOUND for the other).
 * - `PROJECT_ITEMS`: the fields a listing (GraphQL) or a `nodes(ids:)` query (REST: one per page of
 *   items) adds to read an item's projects, with only the field values the rules use
 *   (`fieldValueByName`, a plain field, keeps the query's cost: no connection per value).
 * - writes: `addProjectV2ItemById` (answers the existing item when the content is in the project
 *   already, so a rerun never adds twice) and `updateProjectV2ItemFieldValue`, value by the field's type.
 *
 * It sends through its own client, so a `project-token` (see docs/structured-triage.md) is used for
 * projects and for nothing else.
 */



/**
 * An item is rarely in more than a few projects; 20 of them are read with it. Values are read by name
 * (at most 50 fields per project on GitHub), so no connection of values is paged.
 */
const PROJECTS_PER_ITEM = 20;
const FIELD_NAME = 'field { ... on ProjectV2FieldCommon { name } }';
const VALUE = `__typename
  ... on ProjectV2ItemFieldTextValue { text ${FIELD_NAME} }
  ... on ProjectV2ItemFieldNumberValue { number ${FIELD_NAME} }
  ... on ProjectV2ItemFieldDateValue { date ${FIELD_NAME} }
  ... on ProjectV2ItemFieldSingleSelectValue { name ${FIELD_NAME} }
  ... on ProjectV2ItemFieldIterationValue { title ${FIELD_NAME} }`;
/** `projectItems` with the values of `fields` (names as the projects spell them), as aliases v0, v1... */
function projectItemsField(fields) {
    const values = fields.map((name, k) => `v${k}: fieldValueByName(name: ${JSON.stringify(name)}) { ${VALUE} }`);
    return `projectItems(first: ${PROJECTS_PER_ITEM}) { pageInfo { hasNextPage } nodes { id project { id number owner { __typename ... on Organization { login } ... on User { login } } } ${values.join(' ')} } }`;
}
/** The projects an item is in (`projectItems` as projectItemsField reads it). */
function membershipsOf(node) {
    const items = node.projectItems;
    if (!items)
        return undefined;
    return (items.nodes ?? []).flatMap((item) => {
        if (!item?.project?.owner?.login)
            return [];
        const fields = {};
        for (const [key, value] of Object.entries(item)) {
            if (!/^v\d+$/.test(key) || !value)
                continue;
            const v = value;
            const name = v.field?.name;
            const text = valueText(v);
            if (name && text !== null)
                fields[name] = text;
        }
        return [{ owner: item.project.owner.login, number: item.project.number, itemId: item.id, fields }];
    });
}
function valueText(v) {
    switch (v.__typename) {
        case 'ProjectV2ItemFieldTextValue':
            return v.text ?? null;
        case 'ProjectV2ItemFieldNumberValue':
            return typeof v.number === 'number' ? String(v.number) : null;
        case 'ProjectV2ItemFieldDateValue':
            return v.date ? v.date.slice(0, 10) : null;
        case 'ProjectV2ItemFieldSingleSelectValue':
            return v.name ?? null;
        case 'ProjectV2ItemFieldIterationValue':
            return v.title ?? null;
        default:
            return null;
    }
}
const PROJECT_FIELDS = `id number title closed
  fields(first: 50) {
    pageInfo { hasNextPage }
    nodes {
      __typename
      ... on ProjectV2FieldCommon { id name dataType }
      ... on ProjectV2SingleSelectField { options { id name } }
      ... on ProjectV2IterationField {
        configuration {
          iterations { id title startDate duration }
          completedIterations { id title startDate duration }
        }
      }
    }
  }`;
/** The permissions a token needs for projects (checked against GitHub's docs; see docs/structured-triage.md). */
const PROJECT_TOKEN_ADVICE = 'set the `project-token` input to a token that can: a fine-grained personal access token with the organization permission "Projects" (read and write) for an organisation\'s project, a classic personal access token with the `project` scope (and `repo` for private repositories\' items), or a GitHub App installation token with the organization permission "Projects" (read and write); the workflow\'s GITHUB_TOKEN cannot reach projects';
class GitHubProjects {
    send;
    repo;
    access;
    secrets;
    schemasRead = [];
    /** The field names (as the projects spell them) whose values item reads carry. */
    fieldNames = [];
    /** Project item ids by `${projectId} ${contentId}`, from reads and adds. */
    itemIds = new Map();
    /** Issues' and pull requests' node ids by number (the content a project item points at). */
    contentIds = new Map();
    constructor(send, repo, access, secrets = []) {
        this.send = send;
        this.repo = repo;
        this.access = access;
        this.secrets = secrets;
    }
    /**
     * An item's projects as a listing node carries them (`projectItemsField`), remembered for writes;
     * undefined when the node does not carry them.
     */
    fromNode(number, node) {
        const memberships = membershipsOf(node);
        if (memberships)
            this.remember(number, node.id, memberships);
        return memberships;
    }
    /**
     * The projects of many items in one request (`nodes(ids:)`, up to 100 ids): the REST provider's way
     * (its items carry `node_id`), and the GraphQL provider's when projects have their own token.
     */
    async readMany(items) {
        const out = new Map();
        for (let start = 0; start < items.length; start += 100) {
            const chunk = items.slice(start, start + 100);
            const doing = `reading the projects of ${chunk.length} item${chunk.length === 1 ? '' : 's'}`;
            const answer = await this.send(`query SiftItemProjects($ids: [ID!]!) {
  nodes(ids: $ids) {
    ... on Issue { id ${projectItemsField(this.fieldNames)} }
    ... on PullRequest { id ${projectItemsField(this.fieldNames)} }
  }
}`, { ids: chunk.map((i) => i.id) });
            if (!answer.data || answer.errors.length > 0)
                throw this.readFailure(doing, answer.errors);
            chunk.forEach((item, k) => {
                const node = answer.data?.nodes[k];
                const memberships = node ? this.fromNode(item.number, { ...node, id: item.id }) : undefined;
                out.set(item.number, memberships ?? []);
            });
        }
        return out;
    }
    /** One issue's or pull request's projects, by number (an event's item, or one the listing did not carry). */
    async readOne(item) {
        const doing = `reading the projects of ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeItem */ .f)(item)}`;
        const field = projectItemsField(this.fieldNames);
        const answer = await this.send(`query SiftOneItemProjects($owner: String!, $name: String!, $number: Int!) {
  repository(owner: $owner, name: $name) {
    item: issueOrPullRequest(number: $number) {
      ... on Issue { id ${field} }
      ... on PullRequest { id ${field} }
    }
  }
}`, { owner: this.repo.owner, name: this.repo.name, number: item.number });
        const node = answer.data?.repository?.item;
        if (!node || answer.errors.length > 0)
            throw this.readFailure(doing, answer.errors);
        return this.fromNode(item.number, node) ?? [];
    }
    readFailure(doing, errors) {
        const denied = errors.some((e) => e.type === 'FORBIDDEN' || /not accessible by integration|insufficient scopes/i.test(e.message));
        const said = errors.map((e) => e.message).join('; ') || 'no answer';
        const advice = denied && this.access.workflowToken ? ` To read projects, ${PROJECT_TOKEN_ADVICE}.` : '';
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GitHubReadError */ .Kq(this.redact(`${doing} failed: GitHub says: ${said}.${advice}`), denied ? 403 : undefined);
    }
    /** Field names item reads carry (set by `schemas`). */
    fields() {
        return this.fieldNames;
    }
    /**
     * The projects, in one query. `fields`: the names the rules use (any case); item reads then carry
     * those fields' values, spelled as each project spells them.
     */
    async schemas(refs, fields = []) {
        if (refs.length === 0)
            return [];
        const parts = refs.map((_, k) => `o${k}: organization(login: $owner${k}) { projectV2(number: $number${k}) { ...SiftProject } }
  u${k}: user(login: $owner${k}) { projectV2(number: $number${k}) { ...SiftProject } }`);
        const params = refs.map((_, k) => `$owner${k}: String!, $number${k}: Int!`).join(', ');
        const document = `query SiftProjects(${params}) {
  ${parts.join('\n  ')}
}
fragment SiftProject on ProjectV2 {
  ${PROJECT_FIELDS}
}`;
        const variables = {};
        refs.forEach((ref, k) => Object.assign(variables, { [`owner${k}`]: ref.owner, [`number${k}`]: ref.number }));
        const answer = await this.send(document, variables);
        const lookups = refs.map((ref, k) => {
            const project = answer.data?.[`o${k}`]?.projectV2 ?? answer.data?.[`u${k}`]?.projectV2 ?? null;
            if (project)
                return { ref, schema: schemaOf(ref, project) };
            const errors = answer.errors.filter((e) => e.path?.[0] === `o${k}` || e.path?.[0] === `u${k}`);
            return { ref, schema: null, problem: this.unreachable(ref, errors, answer.errors) };
        });
        // Added to what earlier calls read (a preview resolves the rules before and after a change).
        const read = lookups.flatMap((l) => (l.schema ? [l.schema] : []));
        this.schemasRead = [...this.schemasRead.filter((s) => !read.some((r) => (0,_model_projects_js__WEBPACK_IMPORTED_MODULE_0__/* .sameProject */ .EF)(r, s))), ...read];
        const names = new Set(this.fieldNames);
        for (const schema of read) {
            for (const name of fields) {
                const field = (0,_model_projects_js__WEBPACK_IMPORTED_MODULE_0__/* .findField */ .UI)(schema, name);
                if (field && field.type !== 'OTHER')
                    names.add(field.name);
            }
        }
        this.fieldNames = [...names];
        return lookups;
    }
    /** Why a project could not be read, and what to do about it. */
    unreachable(ref, own, all) {
        // A login is an organisation or a user: GitHub's NOT_FOUND for the other kind says nothing.
        const otherKind = (e) => /^Could not resolve to an? (User|Organization) with the login/.test(e.message);
        const mine = own.length > 0 ? own : all;
        const errors = mine.some((e) => !otherKind(e)) ? mine.filter((e) => !otherKind(e)) : mine;
        const messages = errors.map((e) => e.message);
        const denied = errors.some((e) => e.type === 'FORBIDDEN' || /not accessible by integration|insufficient scopes/i.test(e.message));
        const saying = messages.length > 0
            ? `GitHub says: ${[...new Set(messages)].join('; ')}`
            : 'GitHub answered no project';
        // A token that cannot see an organisation's projects gets NOT_FOUND for them, as for one that does not exist.
        const advice = this.access.workflowToken
            ? `; if it exists, ${PROJECT_TOKEN_ADVICE}`
            : denied
                ? '; the `project-token` cannot read it: give it the organization permission "Projects" (read and write), or the `project` scope for a classic token'
                : `; check the owner and the number in the project's URL (github.com/orgs/${ref.owner}/projects/${ref.number}) and that the \`project-token\` can read it`;
        return `cannot be read (${this.redact(saying)})${advice}`;
    }
    redact(text) {
        let out = text;
        for (const secret of this.secrets)
            if (secret)
                out = out.split(secret).join('***');
        return out;
    }
    /** Remembers the item's node id and its project item ids (so writes need no lookup). */
    remember(number, contentId, memberships) {
        this.contentIds.set(number, contentId);
        for (const m of memberships) {
            const schema = this.schemasRead.find((s) => (0,_model_projects_js__WEBPACK_IMPORTED_MODULE_0__/* .sameProject */ .EF)(s, m));
            if (schema)
                this.itemIds.set(`${schema.id} ${contentId}`, m.itemId);
        }
    }
    /** The node id of an item whose projects were read this run. */
    contentId(item) {
        const id = this.contentIds.get(item.number);
        // The engine reads an item's projects before it plans a project change: a library caller's slip.
        if (!id)
            throw new Error(`the projects of ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeItem */ .f)(item)} were not read before writing to them`);
        return id;
    }
    /** Adds the item to the project; already there is success (GitHub answers the existing item). */
    async add(item, ref) {
        const contentId = this.contentId(item);
        const schema = this.schema(ref);
        const doing = `adding ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeItem */ .f)(item)} to project ${(0,_model_projects_js__WEBPACK_IMPORTED_MODULE_0__/* .describeProject */ .dU)(ref)}`;
        const answer = await this.send(`mutation SiftAddToProject($projectId: ID!, $contentId: ID!) {
  addProjectV2ItemById(input: { projectId: $projectId, contentId: $contentId }) { item { id } }
}`, { projectId: schema.id, contentId }, 
        // GitHub answers the existing item when the content is there already: safe to send again.
        { idempotent: true });
        const id = answer.data?.addProjectV2ItemById?.item?.id;
        if (!id)
            throw this.writeFailure(doing, answer.errors);
        this.itemIds.set(`${schema.id} ${contentId}`, id);
    }
    /** Sets one field, by the field's type; the item must be in the project (read or added this run). */
    async set(item, ref, fieldName, value) {
        const contentId = this.contentId(item);
        const schema = this.schema(ref);
        const doing = `setting "${fieldName}" to "${value}" on ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeItem */ .f)(item)} in project ${(0,_model_projects_js__WEBPACK_IMPORTED_MODULE_0__/* .describeProject */ .dU)(ref)}`;
        const field = (0,_model_projects_js__WEBPACK_IMPORTED_MODULE_0__/* .findField */ .UI)(schema, fieldName);
        if (!field)
            throw new _provider_js__WEBPACK_IMPORTED_MODULE_1__/* .ItemWriteError */ .f(`${doing} failed: the project has no field "${fieldName}".`, 422);
        let itemId = this.itemIds.get(`${schema.id} ${contentId}`);
        if (!itemId) {
            // Not read with the item (a run cut after the add, say): the add answers the existing item.
            await this.add(item, ref);
            itemId = this.itemIds.get(`${schema.id} ${contentId}`);
        }
        const answer = await this.send(`mutation SiftSetProjectField($projectId: ID!, $itemId: ID!, $fieldId: ID!, $value: ProjectV2FieldValue!) {
  updateProjectV2ItemFieldValue(input: { projectId: $projectId, itemId: $itemId, fieldId: $fieldId, value: $value }) { projectV2Item { id } }
}`, { projectId: schema.id, itemId, fieldId: field.id, value: fieldValue(field, value, doing) }, { idempotent: true });
        if (!answer.data?.updateProjectV2ItemFieldValue?.projectV2Item)
            throw this.writeFailure(doing, answer.errors);
    }
    schema(ref) {
        const schema = this.schemasRead.find((s) => (0,_model_projects_js__WEBPACK_IMPORTED_MODULE_0__/* .sameProject */ .EF)(s, ref));
        // The pipeline resolves every project a rule names before the walk: this is a library caller's slip.
        if (!schema)
            throw new Error(`project ${(0,_model_projects_js__WEBPACK_IMPORTED_MODULE_0__/* .describeProject */ .dU)(ref)} was not resolved before writing to it`);
        return schema;
    }
    writeFailure(doing, errors) {
        const said = errors.map((e) => e.message).join('; ') || 'no answer';
        const denied = errors.some((e) => e.type === 'FORBIDDEN' || /not accessible by integration|insufficient scopes/i.test(e.message));
        const advice = denied && this.access.workflowToken ? ` To write to projects, ${PROJECT_TOKEN_ADVICE}.` : '';
        return new _provider_js__WEBPACK_IMPORTED_MODULE_1__/* .ItemWriteError */ .f(this.redact(`${doing} failed: GitHub says: ${said}.${advice}`), denied ? 403 : 422);
    }
}
/** The mutation's `value`: the one key the field's type takes, with the option's or iteration's id. */
function fieldValue(field, value, doing) {
    const bad = (why) => new _provider_js__WEBPACK_IMPORTED_MODULE_1__/* .ItemWriteError */ .f(`${doing} failed: ${why}.`, 422);
    switch (field.type) {
        case 'TEXT':
            return { text: value };
        case 'NUMBER': {
            const n = Number(value);
            if (value.trim() === '' || !Number.isFinite(n))
                throw bad(`"${value}" is not a number`);
            return { number: n };
        }
        case 'DATE':
            return { date: value };
        case 'SINGLE_SELECT': {
            const option = field.options.find((o) => o.name.toLowerCase() === value.toLowerCase());
            if (!option)
                throw bad(`the field has no option "${value}"`);
            return { singleSelectOptionId: option.id };
        }
        case 'ITERATION': {
            const iteration = field.iterations.find((i) => i.title.toLowerCase() === value.toLowerCase());
            if (!iteration)
                throw bad(`the field has no iteration "${value}"`);
            return { iterationId: iteration.id };
        }
        case 'OTHER':
            throw bad(`a ${field.dataType.toLowerCase()} field cannot be set`);
    }
}
function schemaOf(ref, node) {
    const fields = (node.fields.nodes ?? []).flatMap((f) => {
        if (!f?.id)
            return [];
        if (f.dataType === 'SINGLE_SELECT')
            return [{ id: f.id, name: f.name, type: 'SINGLE_SELECT', options: f.options ?? [] }];
        if (f.dataType === 'ITERATION') {
            const all = [...(f.configuration?.completedIterations ?? []), ...(f.configuration?.iterations ?? [])];
            const iterations = all.map((i) => ({ ...i }));
            return [{ id: f.id, name: f.name, type: 'ITERATION', iterations }];
        }
        if (f.dataType === 'TEXT' || f.dataType === 'NUMBER' || f.dataType === 'DATE')
            return [{ id: f.id, name: f.name, type: f.dataType }];
        return [{ id: f.id, name: f.name, type: 'OTHER', dataType: f.dataType }];
    });
    return { owner: ref.owner, number: node.number, id: node.id, title: node.title, fields };
}


/***/ }),

/***/ 4588:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ readItem)
/* harmony export */ });
/* harmony import */ var _github_rest_map_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6211);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8769);


/**
 * The item, or null when it is not in this repository: 404 (never was, or no access), 410 (deleted),
 * or an answer for another repository (GitHub redirects a transferred issue to its new home).
 */
async function readItem(target, number) {
    let data;
    try {
        ({ data } = await target.octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}', {
            owner: target.owner,
            repo: target.repo,
            issue_number: number,
        }));
    }
    catch (error) {
        const status = error.status;
        if (status === 404 || status === 410)
            return null;
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .readError */ .lS)(error, target.failure(`reading #${number}`));
    }
    if (data.repository_url !== undefined && !sameRepository(data.repository_url, target))
        return null;
    return (0,_github_rest_map_js__WEBPACK_IMPORTED_MODULE_1__/* .toItem */ .j)(data);
}
function sameRepository(repositoryUrl, target) {
    const suffix = `/repos/${target.owner}/${target.repo}`.toLowerCase();
    return repositoryUrl.toLowerCase().endsWith(suffix);
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

//# sourceMappingURL=325.index.js.map