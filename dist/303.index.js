export const id = 303;
export const ids = [303];
export const modules = {

/***/ 6652:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kY: () => (/* reexport */ defaults/* DEFAULT_TESTS_PATH */.k),
  A3: () => (/* binding */ loadPolicyTests),
  HE: () => (/* binding */ parsePolicyTests),
  h6: () => (/* reexport */ runPolicyTests)
});

// UNUSED EXPORTS: runTest

// EXTERNAL MODULE: ./src/config/errors.ts
var errors = __webpack_require__(7827);
// EXTERNAL MODULE: ./src/config/load.ts
var load = __webpack_require__(1036);
// EXTERNAL MODULE: ./src/config/parse.ts + 1 modules
var parse = __webpack_require__(3440);
// EXTERNAL MODULE: ./src/config/context.ts
var context = __webpack_require__(577);
// EXTERNAL MODULE: ./src/config/regex.ts + 1 modules
var regex = __webpack_require__(1930);
// EXTERNAL MODULE: ./src/config/raw.ts
var config_raw = __webpack_require__(8476);
// EXTERNAL MODULE: ./src/config/suggest.ts
var suggest = __webpack_require__(2784);
// EXTERNAL MODULE: ./src/engine/index.ts + 4 modules
var engine = __webpack_require__(4134);
;// CONCATENATED MODULE: ./src/policy-tests/dates.ts
/**
 * Dates in a tests file: absolute (ISO 8601) or relative to the tests' `now` ("90d ago"), so a test
 * keeps its meaning whatever day it runs on.
 */
const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
const RELATIVE = /^(\d+)([mhdw]) ago$/;
/** A date, or a date and time with a zone: a time without one would depend on the machine's zone. */
const ABSOLUTE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;
const SPELT_OUT = /^(\d+)\s*(minute|hour|day|week)s?\s+ago$/i;
const DATE_FORM = 'write an ISO 8601 date (2026-05-01), a date and time with a zone (2026-05-01T12:00:00Z), or a time before `now` such as 90d ago';
/** Epoch ms of `text`, counted back from `now` when relative; or what is wrong with it. */
function parseTestDate(text, now) {
    const trimmed = text.trim();
    const relative = RELATIVE.exec(trimmed);
    if (relative)
        return { ok: true, at: now - Number(relative[1]) * UNIT_MS[relative[2]] };
    if (ABSOLUTE.test(trimmed)) {
        const at = Date.parse(trimmed.length === 10 ? `${trimmed}T00:00:00Z` : trimmed);
        if (!Number.isNaN(at))
            return { ok: true, at };
    }
    const spelt = SPELT_OUT.exec(trimmed);
    const hint = spelt ? `; did you mean "${spelt[1]}${spelt[2][0].toLowerCase()} ago"?` : `: ${DATE_FORM}`;
    return { ok: false, message: `invalid date ${JSON.stringify(text)}${hint}` };
}

;// CONCATENATED MODULE: ./src/policy-tests/structure-fixtures.ts

/** The repository every fixture item lives in (see the item URLs compileItem makes). */
const TESTS_REPOSITORY = 'sift/tests';
function structureFacts(raw, path, type, ctx) {
    for (const key of ['sub-issues', 'parent', 'form']) {
        if (raw[key] !== undefined && raw[key] !== 'none' && type !== 'issue')
            ctx.report([...path, key], `only issues have "${key}"; remove it or set \`type: issue\``);
    }
    if (type !== 'issue')
        return { subIssues: [], parent: null, form: null };
    const subIssues = Array.isArray(raw['sub-issues'])
        ? raw['sub-issues'].filter(config_raw/* isPlainMap */.n).map((sub) => related(sub))
        : [];
    const parent = (0,config_raw/* isPlainMap */.n)(raw.parent) ? { ...related(raw.parent), labels: labelsOf(raw.parent) } : null;
    return { subIssues, parent: parent, form: formOf(raw.form) };
}
/** `form: { template, fields, labels }` as the parser would give it; absent or `none`: no form. */
function formOf(raw) {
    if (!(0,config_raw/* isPlainMap */.n)(raw) || typeof raw.template !== 'string')
        return null;
    const fields = {};
    const labels = {};
    const given = (0,config_raw/* isPlainMap */.n)(raw.labels) ? raw.labels : {};
    for (const [id, value] of Object.entries((0,config_raw/* isPlainMap */.n)(raw.fields) ? raw.fields : {})) {
        fields[id] = Array.isArray(value)
            ? value.filter((v) => typeof v === 'string')
            : String(value);
        labels[id] = typeof given[id] === 'string' ? given[id] : id;
    }
    return { template: raw.template, fields, labels };
}
/** Sound after validation: `number` is there; the rest defaults as a freshly opened issue would. */
function related(raw) {
    const number = typeof raw.number === 'number' ? raw.number : 0;
    const repository = typeof raw.repository === 'string' ? raw.repository : TESTS_REPOSITORY;
    return {
        number,
        title: typeof raw.title === 'string' ? raw.title : `Issue ${number}`,
        state: raw.state === 'closed' ? 'closed' : 'open',
        url: `https://github.com/${repository}/issues/${number}`,
        repository,
    };
}
function labelsOf(raw) {
    return Array.isArray(raw.labels) ? raw.labels.filter((l) => typeof l === 'string') : [];
}

// EXTERNAL MODULE: ./src/policy-tests/project-fixtures.ts
var project_fixtures = __webpack_require__(5066);
// EXTERNAL MODULE: ./src/config/compile-models.ts + 1 modules
var compile_models = __webpack_require__(5231);
;// CONCATENATED MODULE: ./src/policy-tests/model-fixtures.ts



function compileModelFixture(value, path, ctx, rules) {
    if (!(0,config_raw/* isPlainMap */.n)(value) || !ctx.isSound(path))
        return undefined;
    const answers = {};
    for (const [ruleId, raw] of Object.entries(value)) {
        const at = [...path, ruleId];
        const rule = rules.rules.find((r) => r.id === ruleId);
        if (rule === undefined) {
            const guess = (0,suggest/* nearest */.p)(ruleId, rules.rules.map((r) => r.id));
            ctx.report(at, `no rule "${ruleId}" in ${rules.file}${guess ? `; did you mean "${guess}"?` : ''}`);
            continue;
        }
        const spec = (0,compile_models/* classifySpecs */.Z)([...rule.when, ...(rule.check?.require ?? [])])[0];
        if (spec === undefined) {
            ctx.report(at, `rule "${ruleId}" has no classify condition: it asks no model`);
            continue;
        }
        const answer = raw;
        if (answer.failed)
            answers[ruleId] = { status: 'failed', reason: 'failed (pinned by the test)' };
        else if (answer.deferred)
            answers[ruleId] = { status: 'deferred' };
        else {
            const choice = answer.choice ?? 'none';
            if (choice !== 'none' && !spec.into.includes(choice)) {
                ctx.report([...at, 'choice'], `"${choice}" is not one of rule "${ruleId}"'s choices (${spec.into.join(', ')}) nor none; ` +
                    'a model answer outside `into` counts as none');
                continue;
            }
            answers[ruleId] = {
                status: 'answered',
                choice: choice === 'none' ? null : choice,
                confidence: answer.confidence ?? 0,
                cached: false,
            };
        }
    }
    return answers;
}
/**
 * A test's `similar:` (validated by the schema): the same answer for every `among`, each candidate with
 * an address beside the item's own (`.../issues/12`), as a forge would give it.
 */
function compileSimilarFixture(value, item) {
    if (value === undefined)
        return undefined;
    let answer;
    if (Array.isArray(value)) {
        const candidates = value.map((c) => ({
            number: c.number,
            score: c.score,
            url: item.url.replace(/\d+$/, String(c.number)),
        }));
        answer = { status: 'answered', candidates, cached: false };
    }
    else if (value.deferred)
        answer = { status: 'deferred' };
    else
        answer = { status: 'failed', reason: 'failed (pinned by the test)' };
    return { open: answer, closed: answer, all: answer };
}

;// CONCATENATED MODULE: ./src/policy-tests/compile.ts
/**
 * Turns a validated tests file into tests: fixture items in the model the providers produce (an Item
 * and the facts the engine asks for), expectations checked against the rules file's ids. Every problem
 * is reported with its position, as for the rules file.
 */









/** What every Sift comment carries; a bot's comment holding it is Sift's own (see the memory provider). */
const SIFT_MARKER = '<!-- sift:rule=';
function compileTests(data, shapeProblems, locator, rules, realNow) {
    const ctx = new context/* CompileContext */.v(locator, shapeProblems);
    const root = (0,config_raw/* isPlainMap */.n)(data) ? data : {};
    let now = realNow;
    const fixedNow = typeof root.now === 'string' && ctx.isSound(['now']);
    if (fixedNow)
        now = dateAt(root.now, ['now'], ctx, realNow, Infinity) ?? realNow;
    const file = {
        file: locator.file,
        now,
        fixedNow,
        projects: (0,project_fixtures/* projectDefinitions */.OY)(root.projects),
        tests: [],
    };
    const rawTests = Array.isArray(root.tests) ? root.tests : [];
    rawTests.forEach((raw, index) => {
        if (!(0,config_raw/* isPlainMap */.n)(raw))
            return;
        const path = ['tests', index];
        const test = compileTest(raw, path, index, ctx, rules, now);
        if (test)
            file.tests.push(test);
    });
    return { tests: file, problems: ctx.problems };
}
function compileTest(raw, path, index, ctx, rules, now) {
    const name = typeof raw.name === 'string' ? raw.name : `test ${index + 1}`;
    const trigger = compileTrigger(raw.event, [...path, 'event'], ctx);
    const item = (0,config_raw/* isPlainMap */.n)(raw.item)
        ? compileItem(raw.item, [...path, 'item'], index, name, ctx, now)
        : undefined;
    const expect = (0,config_raw/* isPlainMap */.n)(raw.expect) ? compileExpect(raw.expect, [...path, 'expect'], ctx, rules) : [];
    if (!item || trigger === undefined)
        return undefined;
    const answers = compileModelFixture(raw.model, [...path, 'model'], ctx, rules);
    if (answers)
        item.facts.answers = answers;
    const similar = compileSimilarFixture(raw.similar, item.item);
    if (similar)
        item.facts.similar = similar;
    const siftComments = compileSiftComments(raw['sift-comments'], [...path, 'sift-comments'], ctx, now);
    if (siftComments)
        item.facts.ruleComments = siftComments;
    const commands = commandFacts(raw.item, item.item, rules, trigger, now);
    if (commands)
        item.facts.commands = commands;
    return { name, pos: ctx.locator.valuePos(path), trigger, expect, ...item };
}
/**
 * The item's comments with commands, as a provider reads them for the test's run: in a sweep, those
 * created within `commands-since`; on `issue_comment.created`, the item's last comment (the event's);
 * on other events, none. Each is `comment-N` (its place in the list), `association` NONE unless given.
 */
function commandFacts(raw, item, rules, trigger, now) {
    const list = Array.isArray(raw.comments) ? raw.comments : [];
    const eventId = `comment-${list.length}`;
    const event = trigger === 'sweep' ? undefined : { ...trigger, commentId: eventId };
    const scope = (0,engine/* commandScope */.IW)(rules.commands, item.updatedAt, new Date(now), event);
    if (scope === null)
        return undefined;
    return list.flatMap((c, i) => {
        if (!(0,config_raw/* isPlainMap */.n)(c) || typeof c.author !== 'string' || typeof c.at !== 'string')
            return [];
        const at = parseTestDate(c.at, now);
        const body = typeof c.body === 'string' ? c.body : '';
        if (!at.ok || at.at < Date.parse(scope.since) || (0,engine/* commandLines */.Zm)(body).length === 0)
            return [];
        const id = `comment-${i + 1}`;
        if (scope.commentId !== undefined && id !== scope.commentId)
            return [];
        return [
            {
                id,
                author: c.author,
                authorIsBot: c.bot === true || c.author.endsWith('[bot]'),
                association: typeof c.association === 'string'
                    ? c.association.toUpperCase()
                    : c.author === item.author
                        ? item.authorAssociation
                        : 'NONE',
                body,
                createdAt: iso(at.at),
                answered: c.answered === true,
            },
        ];
    });
}
function compileTrigger(value, path, ctx) {
    if (value === undefined)
        return 'sweep';
    if (typeof value !== 'string' || !ctx.isSound(path))
        return undefined;
    const [name, action] = value.split('.');
    if (!engine/* RULE_EVENTS */.LR.includes(name)) {
        const guess = (0,suggest/* nearest */.p)(name, engine/* RULE_EVENTS */.LR);
        ctx.report(path, `unknown event "${name}"${guess ? `; did you mean "${guess}"?` : ''} (events: ${engine/* RULE_EVENTS */.LR.join(', ')})`);
        return undefined;
    }
    return action === undefined ? { name } : { name, action };
}
function compileItem(raw, path, index, name, ctx, now) {
    const at = (key) => typeof raw[key] === 'string' ? dateAt(raw[key], [...path, key], ctx, now) : undefined;
    const type = raw.type === 'pull_request' || raw.type === 'discussion' ? raw.type : 'issue';
    const timeline = compileTimeline(raw, path, ctx, now);
    const times = timeline.map((e) => Date.parse(e.at));
    const created = at('created') ?? (times.length > 0 ? Math.min(...times) : now);
    // Every comment and event but a reaction moves a forge's `updated`, so none can come after it.
    const bumps = timeline.filter((e) => e.kind !== 'reaction').map((e) => Date.parse(e.at));
    const newest = Math.max(created, ...bumps);
    const updated = at('updated') ?? newest;
    if (updated < created)
        ctx.report([...path, 'updated'], '"updated" is before "created"');
    else if (updated < newest)
        ctx.report([...path, 'updated'], `"updated" is before the item's newest comment or event (${iso(newest)}), which would have moved it`);
    const closedGiven = at('closed');
    const state = raw.state === 'closed' ? 'closed' : 'open';
    if (closedGiven !== undefined && state !== 'closed')
        ctx.report([...path, 'closed'], 'an open item has no "closed" date; add `state: closed` or remove it');
    const number = typeof raw.number === 'number' ? raw.number : index + 1;
    const reactions = typeof raw.reactions === 'number' ? raw.reactions : 0;
    const thumbsUp = typeof raw['thumbs-up'] === 'number' ? raw['thumbs-up'] : 0;
    if (thumbsUp > reactions && raw.reactions !== undefined)
        ctx.report([...path, 'thumbs-up'], `"thumbs-up" (${thumbsUp}) is more than "reactions" (${reactions}), which counts them too`);
    const reactionEvents = timeline.filter((e) => e.kind === 'reaction');
    const item = {
        type,
        number,
        title: typeof raw.title === 'string' ? raw.title : name,
        body: typeof raw.body === 'string' ? raw.body : '',
        state,
        draft: raw.draft === true,
        locked: raw.locked === true,
        author: typeof raw.author === 'string' ? raw.author : 'octocat',
        authorAssociation: typeof raw['author-association'] === 'string' ? raw['author-association'] : 'NONE',
        labels: strings(raw.labels),
        assignees: strings(raw.assignees),
        milestone: typeof raw.milestone === 'string' && raw.milestone !== '' ? raw.milestone : null,
        comments: Array.isArray(raw.comments) ? raw.comments.length : 0,
        // The reactions listed as events are counted too, as a forge counts every reaction it lists.
        reactions: { total: Math.max(reactions, thumbsUp, reactionEvents.length), thumbsUp },
        createdAt: iso(created),
        updatedAt: iso(updated),
        closedAt: state === 'closed' ? iso(closedGiven ?? updated) : null,
        closedAs: null,
        url: `https://github.com/sift/tests/${URL_PATHS[type]}/${number}`,
    };
    if (type === 'discussion') {
        item.discussion = {
            category: typeof raw.category === 'string' ? raw.category : 'General',
            answered: raw.answered === true,
        };
    }
    checkFields(raw, path, type, ctx);
    // An item on which nothing is listed had nothing happen: the timeline is always known, and so are
    // the reactions (the clock reads them apart, when the rules count them).
    const facts = {
        timeline: timeline.filter((e) => e.kind !== 'reaction'),
        reactions: reactionEvents,
    };
    // As on a forge, an issue's type is always known (absent: none); a pull request has none.
    if (raw['issue-type'] !== undefined && raw['issue-type'] !== null && type !== 'issue')
        ctx.report([...path, 'issue-type'], 'pull requests have no issue type; remove it or set `type: issue`');
    facts.issueType =
        type === 'issue' && typeof raw['issue-type'] === 'string' && raw['issue-type'] !== ''
            ? raw['issue-type']
            : null;
    if (Array.isArray(raw.files))
        facts.files = strings(raw.files);
    if (typeof raw.base === 'string' && typeof raw.head === 'string')
        facts.branches = { base: raw.base, head: raw.head, fork: raw.fork === true };
    Object.assign(facts, compilePullState(raw, path, type, ctx, now));
    if (Array.isArray(raw.linked))
        facts.linked = compileLinked(raw.linked, [...path, 'linked'], type, ctx, now);
    Object.assign(facts, structureFacts(raw, path, type, ctx));
    facts.projects = (0,project_fixtures/* projectFacts */.Pr)(raw, path, type, ctx);
    return { item, facts };
}
const URL_PATHS = {
    issue: 'issues',
    pull_request: 'pull',
    discussion: 'discussions',
};
/** Fields the item's type does not have, reported where they are written. */
function checkFields(raw, path, type, ctx) {
    for (const key of ['files', 'base', 'head', 'fork', ...PULL_STATE_KEYS]) {
        if (raw[key] !== undefined && type !== 'pull_request')
            ctx.report([...path, key], `"${key}" is a pull request's; add \`type: pull_request\` or remove it`);
    }
    for (const key of ['category', 'answered']) {
        if (raw[key] !== undefined && type !== 'discussion')
            ctx.report([...path, key], `"${key}" is a discussion's; add \`type: discussion\` or remove it`);
    }
    if (type !== 'discussion')
        return;
    for (const key of ['draft', 'assignees', 'milestone', 'linked']) {
        if (raw[key] !== undefined)
            ctx.report([...path, key], `a discussion has no "${key}"; remove it`);
    }
}
function compileTimeline(raw, path, ctx, now) {
    const events = [];
    const list = (key) => (Array.isArray(raw[key]) ? raw[key] : []);
    list('comments').forEach((c, i) => {
        if (!(0,config_raw/* isPlainMap */.n)(c) || typeof c.author !== 'string' || typeof c.at !== 'string')
            return;
        const at = dateAt(c.at, [...path, 'comments', i, 'at'], ctx, now);
        if (at === undefined)
            return;
        const bot = c.bot === true || c.author.endsWith('[bot]');
        const bySift = bot && typeof c.body === 'string' && c.body.includes(SIFT_MARKER);
        events.push({
            kind: 'comment',
            at: iso(at),
            actor: c.author,
            actorIsBot: bot,
            ...(typeof c.association === 'string' ? { association: c.association } : {}),
            ...(bySift ? { bySift } : {}),
        });
    });
    list('events').forEach((e, i) => {
        if (!(0,config_raw/* isPlainMap */.n)(e) ||
            typeof e.event !== 'string' ||
            typeof e.actor !== 'string' ||
            typeof e.at !== 'string')
            return;
        const at = dateAt(e.at, [...path, 'events', i, 'at'], ctx, now);
        if (at === undefined)
            return;
        const labelled = e.event === 'labeled' || e.event === 'unlabeled';
        if (labelled && typeof e.label !== 'string')
            ctx.report([...path, 'events', i], `a ${e.event} event needs "label"`);
        events.push({
            kind: e.event,
            at: iso(at),
            actor: e.actor,
            actorIsBot: e.bot === true || e.actor.endsWith('[bot]'),
            ...(typeof e.label === 'string' ? { label: e.label } : {}),
            ...(typeof e.association === 'string' ? { association: e.association } : {}),
        });
    });
    // Oldest first, as providers give it; a stable sort keeps same-time entries as written.
    return events.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
/** A pull request's state in a fixture; each fact is given only when one of its keys is written. */
const PULL_STATE_KEYS = [
    'mergeable',
    'lines',
    'changed-files',
    'requested-reviewers',
    'pushed',
    'reviews',
    'required-approvals',
    'checks',
];
/** The head commit of a fixture, and the older one a review before the last push was given on. */
const HEAD = 'head';
const EARLIER = 'earlier';
function compilePullState(raw, path, type, ctx, now) {
    if (type !== 'pull_request')
        return {};
    const facts = {};
    const pushed = typeof raw.pushed === 'string' ? dateAt(raw.pushed, [...path, 'pushed'], ctx, now) : undefined;
    if (['mergeable', 'lines', 'changed-files', 'requested-reviewers', 'pushed'].some((k) => raw[k] !== undefined)) {
        facts.pull = {
            mergeable: raw.mergeable === 'unknown' ? null : raw.mergeable !== false,
            lines: typeof raw.lines === 'number' ? raw.lines : 0,
            files: typeof raw['changed-files'] === 'number'
                ? raw['changed-files']
                : Array.isArray(raw.files)
                    ? raw.files.length
                    : 0,
            requestedReviewers: strings(raw['requested-reviewers']),
            headSha: HEAD,
        };
    }
    if (raw.reviews !== undefined || raw['required-approvals'] !== undefined) {
        const given = [];
        (Array.isArray(raw.reviews) ? raw.reviews : []).forEach((r, i) => {
            if (!(0,config_raw/* isPlainMap */.n)(r) || typeof r.reviewer !== 'string' || typeof r.state !== 'string')
                return;
            const at = dateAt(r.at, [...path, 'reviews', i, 'at'], ctx, now);
            if (at !== undefined)
                given.push({ reviewer: r.reviewer, state: r.state, at });
        });
        // Each reviewer's latest review decides; a comment gives no verdict, a dismissal withdraws one.
        const latest = new Map();
        for (const r of given.sort((a, b) => a.at - b.at)) {
            const key = r.reviewer.toLowerCase();
            if (r.state === 'dismissed')
                latest.delete(key);
            else if (r.state === 'approved' || r.state === 'changes_requested')
                latest.set(key, {
                    reviewer: r.reviewer,
                    verdict: r.state,
                    at: iso(r.at),
                    commit: pushed === undefined || r.at >= pushed ? HEAD : EARLIER,
                });
        }
        facts.reviews = {
            latest: [...latest.values()],
            required: typeof raw['required-approvals'] === 'number' ? raw['required-approvals'] : 0,
        };
    }
    if (Array.isArray(raw.checks)) {
        facts.checks = raw.checks.flatMap((c) => (0,config_raw/* isPlainMap */.n)(c) && typeof c.name === 'string' && typeof c.state === 'string'
            ? [{ name: c.name, state: c.state }]
            : []);
    }
    return facts;
}
function compileLinked(list, path, type, ctx, now) {
    const out = [];
    list.forEach((l, i) => {
        if (!(0,config_raw/* isPlainMap */.n)(l) || typeof l.number !== 'number')
            return;
        const updated = typeof l.updated === 'string' ? dateAt(l.updated, [...path, i, 'updated'], ctx, now) : now;
        out.push({
            type: l.type === 'issue' || l.type === 'pull_request'
                ? l.type
                : type === 'issue'
                    ? 'pull_request'
                    : 'issue',
            number: l.number,
            state: l.state === 'closed' ? 'closed' : 'open',
            updatedAt: iso(updated ?? now),
        });
    });
    return out;
}
function compileExpect(raw, path, ctx, rules) {
    const commandKeys = [
        ...(rules.commands?.commands ?? []).map((c) => `/${c.name}`),
        ...(rules.commands ? ['commands'] : []),
    ];
    const ids = [...rules.rules.map((r) => r.id), ...commandKeys];
    const out = [];
    for (const [key, value] of Object.entries(raw)) {
        let rule = key;
        const valuePath = [...path, rule];
        const found = commandKeys.includes(rule.toLowerCase())
            ? { check: undefined }
            : rules.rules.find((r) => r.id === rule);
        if (!found) {
            const guess = (0,suggest/* nearest */.p)(rule, ids);
            const pos = ctx.locator.keyPos(valuePath);
            ctx.reportAt(pos, `unknown rule id "${rule}"${guess ? `; did you mean "${guess}"?` : ''} (rules in ${rules.file}: ${ids.join(', ')})`);
            continue;
        }
        if (!ctx.isSound(valuePath))
            continue;
        const pos = ctx.locator.keyPos(valuePath);
        // Commands are planned under their lower-case name (`/label`), however the test spells the key.
        if (commandKeys.includes(rule.toLowerCase()))
            rule = rule.toLowerCase();
        if (typeof value === 'boolean')
            out.push({ rule, pos, expected: { kind: 'fires', value } });
        else if (typeof value === 'string') {
            if (found.check === undefined) {
                ctx.report(valuePath, `rule "${rule}" is not a check: expect true, false or the list of its changes, not "${value}"`);
                continue;
            }
            out.push({ rule, pos, expected: { kind: 'check', status: value } });
        }
        else if (Array.isArray(value)) {
            const changes = value.flatMap((change, i) => compileChange(change, [...valuePath, i], ctx) ?? []);
            out.push({ rule, pos, expected: { kind: 'changes', changes } });
        }
    }
    return out;
}
function compileChange(raw, path, ctx) {
    if (!(0,config_raw/* isPlainMap */.n)(raw))
        return undefined;
    const [kind, value] = Object.entries(raw)[0];
    switch (kind) {
        case 'label':
        case 'unlabel':
            return { kind, labels: (0,config_raw/* toList */.s)(value) };
        case 'assign':
        case 'unassign':
        case 'request-review':
            return { kind, logins: (0,config_raw/* toList */.s)(value) };
        case 'comment': {
            const text = value;
            if (!/^\/.*\/[A-Za-z]*$/s.test(text))
                return { kind, text, source: text };
            const pattern = (0,regex/* compileRegex */.D)(text, [...path, kind], ctx);
            return pattern ? { kind, pattern, source: text } : undefined;
        }
        case 'close':
            return { kind, reason: value === true ? null : value };
        case 'lock':
            return { kind, reason: value === true ? undefined : value };
        case 'reopen':
        case 'unlock':
        case 'delete-branch':
            return { kind };
        case 'milestone':
            return { kind, title: value || null };
        case 'issue-type': {
            const name = value || null;
            return { kind, name: name?.toLowerCase() === 'none' ? null : name };
        }
        case 'react':
            return { kind, content: value };
        case 'project':
            return (0,project_fixtures/* compileExpectedProject */.ri)(value);
    }
    return undefined;
}
/** Epoch ms of a date field, or undefined with a problem reported at it. */
function dateAt(text, path, ctx, now, latest = now) {
    if (typeof text !== 'string' || !ctx.isSound(path))
        return undefined;
    const parsed = parseTestDate(text, now);
    if (!parsed.ok) {
        ctx.report(path, parsed.message);
        return undefined;
    }
    if (parsed.at > latest) {
        ctx.report(path, `date ${JSON.stringify(text)} is after \`now\` (${iso(now)}): nothing in a test can happen later`);
        return undefined;
    }
    return parsed.at;
}
function strings(value) {
    return Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
}
function iso(ms) {
    return new Date(ms).toISOString();
}
/** A test's `sift-comments:` (shape checked by the schema): Sift's comment of each rule, for `vetoed`. */
function compileSiftComments(value, path, ctx, now) {
    if (!(0,config_raw/* isPlainMap */.n)(value) || !ctx.isSound(path))
        return undefined;
    const out = {};
    for (const [rule, raw] of Object.entries(value)) {
        const entry = raw;
        const at = dateAt(entry.posted, [...path, rule, 'posted'], ctx, now);
        if (at === undefined)
            continue;
        out[rule] = {
            postedAt: iso(at),
            thumbsDown: entry['thumbs-down'] ?? 0,
            laterCommenters: [...(entry.replies ?? [])],
        };
    }
    return out;
}

// EXTERNAL MODULE: ./src/config/validate.ts + 3 modules
var validate = __webpack_require__(6710);
;// CONCATENATED MODULE: ./schema/sift-test.schema.json
const sift_test_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://raw.githubusercontent.com/sift-triage/sift/v1/schema/sift-test.schema.json","title":"Sift policy tests file","description":"Items and what the rules must do to them, checked by `sift test` (and the Action\'s `mode: test`) with the same engine that triages. No network, no token.","type":"object","additionalProperties":false,"required":["version","tests"],"properties":{"version":{"title":"Format version","description":"Version of the tests file format. Only 1 exists.","enum":[1]},"now":{"title":"Now","description":"The instant the tests run at (ISO 8601, e.g. 2026-06-01T00:00:00Z). Relative dates count back from it. Default: the real now.","$ref":"#/definitions/date"},"projects":{"title":"Projects","description":"GitHub projects (v2) as the forge would define them, so `project` rules are checked against their fields and `@current` / `@next` iterations resolve at `now`. A project the rules name and this list lacks compares values as written.","type":"array","items":{"$ref":"#/definitions/projectDefinition"}},"tests":{"title":"Tests","description":"The tests, each an item and what the rules must do to it.","type":"array","minItems":1,"items":{"$ref":"#/definitions/test"}}},"definitions":{"test":{"title":"Test","description":"One item and the expected outcome of some rules on it.","type":"object","additionalProperties":false,"required":["name","item","expect"],"properties":{"name":{"title":"Name","description":"What the test shows, printed with its result.","type":"string","minLength":1},"event":{"title":"Event","description":"The event the item arrives with (issues.opened, pull_request.synchronize): rules with `on` run only for their events. Absent: a sweep.","type":"string","pattern":"^[a-z_]+(\\\\.[a-z_]+)?$"},"item":{"title":"Item","description":"The issue or pull request as the rules see it.","$ref":"#/definitions/item"},"model":{"title":"Model answers","description":"The model\'s answer for each rule with a `classify` condition, by rule id: { choice, confidence }, so a policy with models is tested without a model. choice is one of the rule\'s into, or none; failed: true (or deferred: true) stands for a call that got no answer. A rule that needs an answer the test lacks fails the test saying what to add.","$ref":"#/definitions/modelAnswers"},"similar":{"title":"Similar items","description":"The items embeddings would find similar to this one, for every `similar` condition: [{ number: 12, score: 0.95 }] (each condition keeps those at or above its min, up to its limit; [] for none), or { failed: true } / { deferred: true } for no answer. A rule that needs them when the test lacks them fails the test saying what to add.","$ref":"#/definitions/similarItems"},"sift-comments":{"title":"Sift\'s comments","description":"Sift\'s earlier comment of each rule a `vetoed` condition names, by rule id: { posted: 3d ago, thumbs-down: 1, replies: [login, ...] } (thumbs-down reactions from others than Sift; who commented after it). A rule absent here has no comment on the item; {} when Sift has commented nothing. A rule that needs them when the test lacks them fails the test saying what to add.","type":"object","additionalProperties":{"type":"object","additionalProperties":false,"required":["posted"],"properties":{"posted":{"title":"Posted","description":"When Sift posted it.","$ref":"#/definitions/date"},"thumbs-down":{"title":"Thumbs-down","description":"Thumbs-down reactions to it from others than Sift (default 0).","type":"integer","minimum":0},"replies":{"title":"Replies","description":"Logins who commented after it, oldest first (the item\'s author among them vetoes).","type":"array","items":{"type":"string","minLength":1}}}}},"expect":{"title":"Expectations","description":"Rule id -> true (the rule changes the item), false (it changes nothing), the list of changes it makes, or for a check rule passed / failed / skipped. Rules not named are not checked.","type":"object","minProperties":1,"additionalProperties":{"$ref":"#/definitions/expectation"}}}},"expectation":{"title":"Expectation","description":"true, false, a list of expected changes (in the rule\'s order), or a check status. Under `/name` (a command of the rules file): the changes of that command in the item\'s comments; under `commands`: Sift\'s answers (react, and the reply comment).","anyOf":[{"type":"boolean"},{"enum":["passed","failed","skipped"]},{"type":"array","items":{"$ref":"#/definitions/expectedAction"}}]},"expectedAction":{"title":"Expected change","description":"One change, written as in a rule\'s `then`: label, unlabel, comment (a string must equal the rendered text; /regex/flags must match it), close, reopen, lock, unlock, assign, unassign, milestone, request-review.","type":"object","minProperties":1,"maxProperties":1,"additionalProperties":false,"properties":{"label":{"title":"Label","description":"Labels the rule adds (those not already on the item).","$ref":"#/definitions/names"},"unlabel":{"title":"Unlabel","description":"Labels the rule removes.","$ref":"#/definitions/names"},"comment":{"title":"Comment","description":"The rendered comment: a string must equal it, /source/flags must match it.","type":"string","minLength":1},"close":{"title":"Close","description":"An issue\'s completed or not_planned, a discussion\'s resolved, outdated or duplicate, or true for any reason.","enum":["completed","not_planned","resolved","outdated","duplicate",true]},"reopen":{"title":"Reopen","description":"The rule reopens the item.","const":true},"lock":{"title":"Lock","description":"A lock reason, or true for any reason.","enum":[true,"off-topic","too heated","resolved","spam"]},"unlock":{"title":"Unlock","description":"The rule unlocks the item.","const":true},"assign":{"title":"Assign","description":"Logins the rule assigns.","$ref":"#/definitions/names"},"unassign":{"title":"Unassign","description":"Logins the rule unassigns.","$ref":"#/definitions/names"},"milestone":{"title":"Milestone","description":"The milestone title the rule sets, or empty (null) when it clears it.","type":["string","null"]},"request-review":{"title":"Request review","description":"Logins the rule asks for a review.","$ref":"#/definitions/names"},"delete-branch":{"title":"Delete head branch","description":"The rule deletes the pull request\'s head branch (whether GitHub lets it go is decided in a real run).","enum":[true]},"issue-type":{"title":"Issue type","description":"The issue type the rule sets, or none (null) when it clears it.","type":["string","null"]},"project":{"title":"Project","description":"The rule adds the item to the project (add: true) or only sets fields (add: false; absent: either), and sets exactly these fields.","type":"object","additionalProperties":false,"required":["owner","number"],"properties":{"owner":{"title":"Owner","description":"The organisation or user the project belongs to.","type":"string","minLength":1},"number":{"title":"Project number","description":"The project\'s number.","type":"integer","minimum":1},"add":{"title":"Added","description":"The item joins the project in this change.","type":"boolean"},"fields":{"title":"Fields set","description":"Field name to the value set (an iteration by title); absent: none.","type":"object","additionalProperties":{"title":"Field value","description":"An option\'s name, text, a number, a date YYYY-MM-DD or an iteration\'s title.","type":["string","number"]}}}},"react":{"title":"React","description":"Sift\'s answer to a comment with commands: +1 when all ran, confused when one was refused (expected under the key `commands`).","enum":["+1","confused"]}}},"relatedIssue":{"title":"Related issue","description":"A sub-issue or a parent issue: its number, and optionally title, state, labels (a parent\'s, for inherit-labels) and repository (owner/name; default: the item\'s own).","type":"object","additionalProperties":false,"required":["number"],"properties":{"number":{"title":"Number","description":"The issue\'s number.","type":"integer","minimum":1},"title":{"title":"Title","description":"The issue\'s title.","type":"string"},"state":{"title":"State","description":"open (default) or closed.","enum":["open","closed"]},"labels":{"title":"Labels","description":"The issue\'s labels (read for a parent).","type":"array","items":{"title":"Label","description":"A label name.","type":"string","minLength":1}},"repository":{"title":"Repository","description":"owner/name when the issue lives in another repository.","type":"string","pattern":"^[^/\\\\s]+/[^/\\\\s]+$"}}},"item":{"title":"Item","description":"An issue or pull request. Everything is optional; facts a rule needs and the item does not give (files, base/head, linked) fail the test rather than count as false.","type":"object","additionalProperties":false,"properties":{"type":{"title":"Type","description":"issue (default), pull_request or discussion.","enum":["issue","pull_request","discussion"]},"number":{"title":"Number","description":"Default: the test\'s position in the file.","type":"integer","minimum":1},"title":{"title":"Title","description":"Default: the test\'s name.","type":"string"},"body":{"title":"Body","description":"The description. Default: empty.","type":"string"},"state":{"title":"State","description":"open (default) or closed.","enum":["open","closed"]},"draft":{"title":"Draft","description":"A draft pull request. Default: false.","type":"boolean"},"locked":{"title":"Locked","description":"The conversation is locked. Default: false.","type":"boolean"},"author":{"title":"Author","description":"Login of the author. Default: octocat.","type":"string","minLength":1},"author-association":{"title":"Author association","description":"OWNER, MEMBER, COLLABORATOR, CONTRIBUTOR, FIRST_TIME_CONTRIBUTOR, FIRST_TIMER, MANNEQUIN or NONE (default).","enum":["OWNER","MEMBER","COLLABORATOR","CONTRIBUTOR","FIRST_TIME_CONTRIBUTOR","FIRST_TIMER","MANNEQUIN","NONE"]},"labels":{"title":"Labels","description":"Labels on the item.","$ref":"#/definitions/nameList"},"assignees":{"title":"Assignees","description":"Assigned logins.","$ref":"#/definitions/nameList"},"milestone":{"title":"Milestone","description":"Milestone title; absent or empty: none.","type":["string","null"]},"issue-type":{"title":"Issue type","description":"GitHub\'s issue type (Bug, Feature, ...); absent or empty: none. Pull requests have none.","type":["string","null"]},"category":{"title":"Discussion category","description":"A discussion\'s category name, e.g. Q&A (discussions only). Default: General.","type":"string","minLength":1},"answered":{"title":"Answered","description":"The discussion has a chosen answer (discussions only). Default: false.","type":"boolean"},"reactions":{"title":"Reactions","description":"Reactions on the description, in all.","type":"integer","minimum":0},"thumbs-up":{"title":"Thumbs up","description":"👍 on the description (counted in reactions too).","type":"integer","minimum":0},"created":{"title":"Created","description":"When the item was opened. Default: its oldest event, or `now`.","$ref":"#/definitions/date"},"updated":{"title":"Updated","description":"The forge\'s last update. Default: its newest comment or event, or `created`. An update no event explains counts as a human\'s activity, as on a forge.","$ref":"#/definitions/date"},"closed":{"title":"Closed","description":"When a closed item was closed. Default: `updated`.","$ref":"#/definitions/date"},"comments":{"title":"Comments","description":"Comments, oldest first.","type":"array","items":{"$ref":"#/definitions/comment"}},"events":{"title":"Events","description":"What else happened on the item: label changes, closes, commits, reviews, edits...","type":"array","items":{"$ref":"#/definitions/event"}},"files":{"title":"Changed files","description":"Paths a pull request changes (for `files` conditions).","$ref":"#/definitions/nameList"},"mergeable":{"title":"Mergeable","description":"A pull request merges cleanly (true), conflicts (false), or the forge has not computed it (unknown). Default true when another pull request state is given.","enum":[true,false,"unknown"]},"lines":{"title":"Lines changed","description":"Lines added plus deleted (for `size`).","type":"integer","minimum":0},"changed-files":{"title":"Files changed","description":"How many files the pull request changes (for `size`); default: the length of `files`, else 0.","type":"integer","minimum":0},"requested-reviewers":{"title":"Requested reviewers","description":"Logins whose review is requested and not yet given.","$ref":"#/definitions/nameList"},"pushed":{"title":"Last push","description":"When the head commit was pushed: a review at or after it was given on the head commit, one before it on an older one.","$ref":"#/definitions/date"},"reviews":{"title":"Reviews","description":"Reviews given, any order; each reviewer\'s latest verdict counts (`reviews: []` for none).","type":"array","items":{"$ref":"#/definitions/review"}},"required-approvals":{"title":"Required approvals","description":"Approvals the base branch requires (default 0: none).","type":"integer","minimum":0},"checks":{"title":"Checks","description":"The checks of the head commit (`checks: []` for none).","type":"array","items":{"$ref":"#/definitions/check"}},"base":{"title":"Base branch","description":"A pull request\'s base branch (for `base` conditions); give head too.","type":"string","minLength":1},"head":{"title":"Head branch","description":"A pull request\'s head branch (for `head` conditions); give base too.","type":"string","minLength":1},"fork":{"title":"From a fork","description":"The head branch lives in a fork. Default: false.","type":"boolean"},"linked":{"title":"Linked items","description":"For an issue, pull requests that will close it; for a pull request, the issues it closes (for `linked` conditions and `activity.linked`).","type":"array","items":{"$ref":"#/definitions/linkedItem"}},"sub-issues":{"title":"Sub-issues","description":"The issue\'s sub-issues (GitHub), in order; absent: none. Pull requests have none.","type":"array","items":{"$ref":"#/definitions/relatedIssue"}},"form":{"title":"Issue form answers","description":"The issue form the issue was written from (GitHub), as Sift parses it from the body: none (absent: none), or { template, fields, labels }. Pull requests have none.","oneOf":[{"title":"No form","description":"The issue was written without a form.","enum":["none"]},{"title":"Form answers","description":"The form\'s file name and the answers by field id.","type":"object","additionalProperties":false,"required":["template"],"properties":{"template":{"title":"Form file","description":"e.g. bug_report.yml.","type":"string","minLength":1},"fields":{"title":"Answers","description":"By field id: a text (empty string: no response), or a list (checked checkboxes, options chosen in a multiple dropdown).","type":"object","additionalProperties":{"title":"Answer","description":"A text or a list of texts.","type":["string","array"],"items":{"title":"Option","description":"A checked or chosen option.","type":"string"}}},"labels":{"title":"Field labels","description":"Each field\'s label by id (default: the id), as {{form_missing}} names them.","type":"object","additionalProperties":{"title":"Label","description":"The field\'s label.","type":"string"}}}}]},"parent":{"title":"Parent issue","description":"The issue this one is a sub-issue of (GitHub); absent or none: no parent. Pull requests have none.","oneOf":[{"$ref":"#/definitions/relatedIssue"},{"title":"No parent","description":"The issue is not a sub-issue.","enum":["none"]}]},"projects":{"title":"Projects","description":"The GitHub projects (v2) the item is in, with its field values; absent: none. Discussions are in none.","type":"array","items":{"$ref":"#/definitions/projectItem"}}},"dependencies":{"base":["head"],"head":["base"]}},"projectDefinition":{"title":"Project definition","description":"A project and its fields.","type":"object","additionalProperties":false,"required":["owner","number","fields"],"properties":{"owner":{"title":"Owner","description":"The organisation or user the project belongs to.","type":"string","minLength":1},"number":{"title":"Project number","description":"The project\'s number.","type":"integer","minimum":1},"fields":{"title":"Fields","description":"Field name to its type: text, number, date, a list of option names (single select), or { iterations: [...] }.","type":"object","additionalProperties":{"anyOf":[{"title":"Plain field","description":"A text, number or date field.","enum":["text","number","date"]},{"title":"Single select","description":"The options\' names.","type":"array","minItems":1,"items":{"type":"string","minLength":1}},{"title":"Iteration field","description":"Its iterations.","type":"object","additionalProperties":false,"required":["iterations"],"properties":{"iterations":{"title":"Iterations","description":"Each with a title, its first day and its length in days (default 14).","type":"array","items":{"type":"object","additionalProperties":false,"required":["title","start"],"properties":{"title":{"title":"Title","description":"e.g. Sprint 3.","type":"string","minLength":1},"start":{"title":"Start","description":"First day, YYYY-MM-DD.","type":"string","pattern":"^\\\\d{4}-\\\\d{2}-\\\\d{2}$"},"days":{"title":"Days","description":"Length in days (default 14).","type":"integer","minimum":1}}}}}}]}}}},"projectItem":{"title":"Project item","description":"A project the item is in, and its field values there.","type":"object","additionalProperties":false,"required":["owner","number"],"properties":{"owner":{"title":"Owner","description":"The organisation or user the project belongs to.","type":"string","minLength":1},"number":{"title":"Project number","description":"The project\'s number.","type":"integer","minimum":1},"fields":{"title":"Field values","description":"Field name to its value.","type":"object","additionalProperties":{"title":"Field value","description":"An option\'s name, text, a number, a date YYYY-MM-DD or an iteration\'s title.","type":["string","number"]}}}},"comment":{"title":"Comment","description":"A comment: who, when, what. Lines such as `/label bug` in its body are commands when the rules file lists them.","type":"object","additionalProperties":false,"required":["author","at"],"properties":{"author":{"title":"Author","description":"Login; one ending in [bot] is a bot.","type":"string","minLength":1},"at":{"title":"When","description":"When it was posted.","$ref":"#/definitions/date"},"body":{"title":"Body","description":"Its text; a bot\'s comment holding `<!-- sift:rule=ID -->` is Sift\'s own.","type":"string"},"bot":{"title":"Bot","description":"The author is a bot although the login does not end in [bot].","type":"boolean"},"association":{"title":"Association","description":"The author\'s association with the repository (OWNER, MEMBER, COLLABORATOR are maintainers for `by: maintainers`).","$ref":"#/definitions/association"},"answered":{"title":"Answered by Sift","description":"Sift already reacted to this comment (👍 or 😕): its commands never run again.","type":"boolean"}}},"review":{"title":"Review","description":"A review of a pull request: who, what, when.","type":"object","additionalProperties":false,"required":["reviewer","state","at"],"properties":{"reviewer":{"title":"Reviewer","description":"Login of the reviewer.","type":"string","minLength":1},"state":{"title":"Verdict","description":"approved, changes_requested, commented (no verdict) or dismissed (withdraws the reviewer\'s verdict).","enum":["approved","changes_requested","commented","dismissed"]},"at":{"title":"When","description":"When it was submitted.","$ref":"#/definitions/date"}}},"check":{"title":"Check","description":"A check run or commit status of the head commit.","type":"object","additionalProperties":false,"required":["name","state"],"properties":{"name":{"title":"Name","description":"The check\'s name (a check run\'s name, a status\'s context, a job\'s name).","type":"string","minLength":1},"state":{"title":"State","description":"success, failure or pending.","enum":["success","failure","pending"]}}},"association":{"title":"Association","description":"The author\'s association with the repository, as GitHub reports it on comments (on GitLab, mapped from the member\'s access level). Tells maintainers (OWNER, MEMBER, COLLABORATOR) from others for `by: maintainers`; absent: not stated, and the item\'s author has the item\'s author-association.","enum":["OWNER","MEMBER","COLLABORATOR","CONTRIBUTOR","FIRST_TIMER","FIRST_TIME_CONTRIBUTOR","MANNEQUIN","NONE"]},"event":{"title":"Event","description":"Something that happened on the item: who did what, when.","type":"object","additionalProperties":false,"required":["event","actor","at"],"properties":{"event":{"title":"Event","description":"What happened.","enum":["labeled","unlabeled","closed","reopened","edited","commit","review","assigned","unassigned","milestoned","locked","unlocked","reaction","other"]},"actor":{"title":"Actor","description":"Login of who did it; one ending in [bot] is a bot.","type":"string","minLength":1},"at":{"title":"When","description":"When it happened.","$ref":"#/definitions/date"},"label":{"title":"Label","description":"The label, for labeled and unlabeled.","type":"string","minLength":1},"bot":{"title":"Bot","description":"The actor is a bot although the login does not end in [bot].","type":"boolean"},"association":{"title":"Association","description":"The actor\'s association with the repository; events on GitHub rarely state it (see `by: maintainers`).","$ref":"#/definitions/association"}}},"linkedItem":{"title":"Linked item","description":"An item linked to this one.","type":"object","additionalProperties":false,"required":["number"],"properties":{"type":{"title":"Type","description":"Default: the other kind (a pull request for an issue).","enum":["issue","pull_request"]},"number":{"title":"Number","description":"Its number.","type":"integer","minimum":1},"state":{"title":"State","description":"open (default) or closed.","enum":["open","closed"]},"updated":{"title":"Updated","description":"Its last update. Default: `now`.","$ref":"#/definitions/date"}}},"date":{"title":"Date","description":"ISO 8601 (2026-05-01, 2026-05-01T12:00:00Z) or relative to `now`: a whole number, m, h, d or w, and `ago` (90d ago).","type":"string","minLength":1},"names":{"title":"One or more names","description":"A string, or a list of strings.","type":["string","array"],"minLength":1,"minItems":1,"items":{"type":"string","minLength":1}},"nameList":{"title":"Names","description":"A list of strings.","type":"array","items":{"type":"string","minLength":1}},"similarItems":{"title":"Similar items","description":"A list of { number, score }, or { failed: true } / { deferred: true }.","anyOf":[{"type":"array","items":{"type":"object","additionalProperties":false,"required":["number","score"],"properties":{"number":{"title":"Number","description":"The similar item\'s number.","type":"integer","minimum":1},"score":{"title":"Score","description":"Cosine similarity, 0 to 1.","type":"number","minimum":0,"maximum":1}}}},{"type":"object","additionalProperties":false,"required":["failed"],"properties":{"failed":{"const":true}}},{"type":"object","additionalProperties":false,"required":["deferred"],"properties":{"deferred":{"const":true}}}]},"modelAnswers":{"title":"Model answers","description":"Rule id -> the model\'s answer for that rule\'s classify.","type":"object","additionalProperties":{"$ref":"#/definitions/modelAnswer"}},"modelAnswer":{"title":"Model answer","description":"{ choice, confidence }: what the model chose (one of into, or none) and how sure it was, 0 to 1; or { failed: true } / { deferred: true } for no answer.","anyOf":[{"type":"object","additionalProperties":false,"required":["choice","confidence"],"properties":{"choice":{"title":"Choice","description":"One of the rule\'s into, or none.","type":"string","minLength":1},"confidence":{"title":"Confidence","description":"0 to 1.","type":"number","minimum":0,"maximum":1}}},{"type":"object","additionalProperties":false,"required":["failed"],"properties":{"failed":{"title":"Failed","description":"The call got no answer (413, 429, 5xx, timeout, malformed).","enum":[true]}}},{"type":"object","additionalProperties":false,"required":["deferred"],"properties":{"deferred":{"title":"Deferred","description":"No call left this run (max-calls).","enum":[true]}}}]}}}');
;// CONCATENATED MODULE: ./src/policy-tests/schema.ts
/**
 * The JSON Schema of the policy tests file (schema/sift-test.schema.json), imported so it travels inside
 * the bundles; the same file serves editors.
 */

const TESTS_SCHEMA = sift_test_schema_namespaceObject;

// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/equal.js
var equal = __webpack_require__(4951);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(6214);
;// CONCATENATED MODULE: ./src/policy-tests/tests-validator.generated.ts
// Generated by scripts/schema-validators.ts from schema/sift-test.schema.json (npm run schemas): do not edit.
// @ts-nocheck
/* eslint-disable */



const tests_validator_generated_equal = equal/* default.default */.A["default"] ?? equal/* default */.A;
const tests_validator_generated_ucs2length = ucs2length/* default.default */.A["default"] ?? ucs2length/* default */.A;
const tests_validator_generated_validate = validate10;
/* harmony default export */ const tests_validator_generated = ((/* unused pure expression or super */ null && (validate10)));
const schema11 = sift_test_schema_namespaceObject;
const schema12 = sift_test_schema_namespaceObject.definitions.date;
const schema13 = sift_test_schema_namespaceObject.definitions.projectDefinition;
const func2 = tests_validator_generated_ucs2length;
const pattern0 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
const schema14 = sift_test_schema_namespaceObject.definitions.test;
const schema40 = sift_test_schema_namespaceObject.definitions.similarItems;
const pattern1 = new RegExp("^[a-z_]+(\\.[a-z_]+)?$", "u");
const schema15 = sift_test_schema_namespaceObject.definitions.item;
const schema16 = sift_test_schema_namespaceObject.definitions.nameList;
const schema32 = sift_test_schema_namespaceObject.definitions.check;
const schema35 = sift_test_schema_namespaceObject.definitions.relatedIssue;
const schema37 = sift_test_schema_namespaceObject.definitions.projectItem;
const func7 = Object.prototype.hasOwnProperty;
const schema21 = sift_test_schema_namespaceObject.definitions.comment;
const schema23 = sift_test_schema_namespaceObject.definitions.association;
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.author === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "author" }, message: "must have required property '" + "author" + "'", schema: schema21.required, parentSchema: schema21, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.at === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "at" }, message: "must have required property '" + "at" + "'", schema: schema21.required, parentSchema: schema21, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!((((((key0 === "author") || (key0 === "at")) || (key0 === "body")) || (key0 === "bot")) || (key0 === "association")) || (key0 === "answered"))) {
                const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema21, data };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.author !== undefined) {
            let data0 = data.author;
            if (typeof data0 === "string") {
                if (func2(data0) < 1) {
                    const err3 = { instancePath: instancePath + "/author", schemaPath: "#/properties/author/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema21.properties.author, data: data0 };
                    if (vErrors === null) {
                        vErrors = [err3];
                    }
                    else {
                        vErrors.push(err3);
                    }
                    errors++;
                }
            }
            else {
                const err4 = { instancePath: instancePath + "/author", schemaPath: "#/properties/author/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.author.type, parentSchema: schema21.properties.author, data: data0 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        if (data.at !== undefined) {
            let data1 = data.at;
            if (typeof data1 === "string") {
                if (func2(data1) < 1) {
                    const err5 = { instancePath: instancePath + "/at", schemaPath: "#/definitions/date/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
            }
            else {
                const err6 = { instancePath: instancePath + "/at", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data1 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        if (data.body !== undefined) {
            let data2 = data.body;
            if (typeof data2 !== "string") {
                const err7 = { instancePath: instancePath + "/body", schemaPath: "#/properties/body/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.body.type, parentSchema: schema21.properties.body, data: data2 };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
        }
        if (data.bot !== undefined) {
            let data3 = data.bot;
            if (typeof data3 !== "boolean") {
                const err8 = { instancePath: instancePath + "/bot", schemaPath: "#/properties/bot/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema21.properties.bot.type, parentSchema: schema21.properties.bot, data: data3 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        if (data.association !== undefined) {
            let data4 = data.association;
            if (!((((((((data4 === "OWNER") || (data4 === "MEMBER")) || (data4 === "COLLABORATOR")) || (data4 === "CONTRIBUTOR")) || (data4 === "FIRST_TIMER")) || (data4 === "FIRST_TIME_CONTRIBUTOR")) || (data4 === "MANNEQUIN")) || (data4 === "NONE"))) {
                const err9 = { instancePath: instancePath + "/association", schemaPath: "#/definitions/association/enum", keyword: "enum", params: { allowedValues: schema23.enum }, message: "must be equal to one of the allowed values", schema: schema23.enum, parentSchema: schema23, data: data4 };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
        if (data.answered !== undefined) {
            let data5 = data.answered;
            if (typeof data5 !== "boolean") {
                const err10 = { instancePath: instancePath + "/answered", schemaPath: "#/properties/answered/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema21.properties.answered.type, parentSchema: schema21.properties.answered, data: data5 };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
    }
    else {
        const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema21.type, parentSchema: schema21, data };
        if (vErrors === null) {
            vErrors = [err11];
        }
        else {
            vErrors.push(err11);
        }
        errors++;
    }
    validate13.errors = vErrors;
    return errors === 0;
}
const schema24 = sift_test_schema_namespaceObject.definitions.event;
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.event === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "event" }, message: "must have required property '" + "event" + "'", schema: schema24.required, parentSchema: schema24, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.actor === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "actor" }, message: "must have required property '" + "actor" + "'", schema: schema24.required, parentSchema: schema24, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.at === undefined) {
            const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "at" }, message: "must have required property '" + "at" + "'", schema: schema24.required, parentSchema: schema24, data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!((((((key0 === "event") || (key0 === "actor")) || (key0 === "at")) || (key0 === "label")) || (key0 === "bot")) || (key0 === "association"))) {
                const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema24, data };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.event !== undefined) {
            let data0 = data.event;
            if (!((((((((((((((data0 === "labeled") || (data0 === "unlabeled")) || (data0 === "closed")) || (data0 === "reopened")) || (data0 === "edited")) || (data0 === "commit")) || (data0 === "review")) || (data0 === "assigned")) || (data0 === "unassigned")) || (data0 === "milestoned")) || (data0 === "locked")) || (data0 === "unlocked")) || (data0 === "reaction")) || (data0 === "other"))) {
                const err4 = { instancePath: instancePath + "/event", schemaPath: "#/properties/event/enum", keyword: "enum", params: { allowedValues: schema24.properties.event.enum }, message: "must be equal to one of the allowed values", schema: schema24.properties.event.enum, parentSchema: schema24.properties.event, data: data0 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        if (data.actor !== undefined) {
            let data1 = data.actor;
            if (typeof data1 === "string") {
                if (func2(data1) < 1) {
                    const err5 = { instancePath: instancePath + "/actor", schemaPath: "#/properties/actor/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema24.properties.actor, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
            }
            else {
                const err6 = { instancePath: instancePath + "/actor", schemaPath: "#/properties/actor/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.actor.type, parentSchema: schema24.properties.actor, data: data1 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        if (data.at !== undefined) {
            let data2 = data.at;
            if (typeof data2 === "string") {
                if (func2(data2) < 1) {
                    const err7 = { instancePath: instancePath + "/at", schemaPath: "#/definitions/date/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err7];
                    }
                    else {
                        vErrors.push(err7);
                    }
                    errors++;
                }
            }
            else {
                const err8 = { instancePath: instancePath + "/at", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data2 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        if (data.label !== undefined) {
            let data3 = data.label;
            if (typeof data3 === "string") {
                if (func2(data3) < 1) {
                    const err9 = { instancePath: instancePath + "/label", schemaPath: "#/properties/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema24.properties.label, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
            }
            else {
                const err10 = { instancePath: instancePath + "/label", schemaPath: "#/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.label.type, parentSchema: schema24.properties.label, data: data3 };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        if (data.bot !== undefined) {
            let data4 = data.bot;
            if (typeof data4 !== "boolean") {
                const err11 = { instancePath: instancePath + "/bot", schemaPath: "#/properties/bot/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema24.properties.bot.type, parentSchema: schema24.properties.bot, data: data4 };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
        }
        if (data.association !== undefined) {
            let data5 = data.association;
            if (!((((((((data5 === "OWNER") || (data5 === "MEMBER")) || (data5 === "COLLABORATOR")) || (data5 === "CONTRIBUTOR")) || (data5 === "FIRST_TIMER")) || (data5 === "FIRST_TIME_CONTRIBUTOR")) || (data5 === "MANNEQUIN")) || (data5 === "NONE"))) {
                const err12 = { instancePath: instancePath + "/association", schemaPath: "#/definitions/association/enum", keyword: "enum", params: { allowedValues: schema23.enum }, message: "must be equal to one of the allowed values", schema: schema23.enum, parentSchema: schema23, data: data5 };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
        }
    }
    else {
        const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.type, parentSchema: schema24, data };
        if (vErrors === null) {
            vErrors = [err13];
        }
        else {
            vErrors.push(err13);
        }
        errors++;
    }
    validate15.errors = vErrors;
    return errors === 0;
}
const schema30 = sift_test_schema_namespaceObject.definitions.review;
function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.reviewer === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reviewer" }, message: "must have required property '" + "reviewer" + "'", schema: schema30.required, parentSchema: schema30, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.state === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "state" }, message: "must have required property '" + "state" + "'", schema: schema30.required, parentSchema: schema30, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.at === undefined) {
            const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "at" }, message: "must have required property '" + "at" + "'", schema: schema30.required, parentSchema: schema30, data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(((key0 === "reviewer") || (key0 === "state")) || (key0 === "at"))) {
                const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema30, data };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.reviewer !== undefined) {
            let data0 = data.reviewer;
            if (typeof data0 === "string") {
                if (func2(data0) < 1) {
                    const err4 = { instancePath: instancePath + "/reviewer", schemaPath: "#/properties/reviewer/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema30.properties.reviewer, data: data0 };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
            }
            else {
                const err5 = { instancePath: instancePath + "/reviewer", schemaPath: "#/properties/reviewer/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema30.properties.reviewer.type, parentSchema: schema30.properties.reviewer, data: data0 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        if (data.state !== undefined) {
            let data1 = data.state;
            if (!((((data1 === "approved") || (data1 === "changes_requested")) || (data1 === "commented")) || (data1 === "dismissed"))) {
                const err6 = { instancePath: instancePath + "/state", schemaPath: "#/properties/state/enum", keyword: "enum", params: { allowedValues: schema30.properties.state.enum }, message: "must be equal to one of the allowed values", schema: schema30.properties.state.enum, parentSchema: schema30.properties.state, data: data1 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        if (data.at !== undefined) {
            let data2 = data.at;
            if (typeof data2 === "string") {
                if (func2(data2) < 1) {
                    const err7 = { instancePath: instancePath + "/at", schemaPath: "#/definitions/date/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err7];
                    }
                    else {
                        vErrors.push(err7);
                    }
                    errors++;
                }
            }
            else {
                const err8 = { instancePath: instancePath + "/at", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data2 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
    }
    else {
        const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema30.type, parentSchema: schema30, data };
        if (vErrors === null) {
            vErrors = [err9];
        }
        else {
            vErrors.push(err9);
        }
        errors++;
    }
    validate17.errors = vErrors;
    return errors === 0;
}
const schema33 = sift_test_schema_namespaceObject.definitions.linkedItem;
function validate19(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.number === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "number" }, message: "must have required property '" + "number" + "'", schema: schema33.required, parentSchema: schema33, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!((((key0 === "type") || (key0 === "number")) || (key0 === "state")) || (key0 === "updated"))) {
                const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema33, data };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.type !== undefined) {
            let data0 = data.type;
            if (!((data0 === "issue") || (data0 === "pull_request"))) {
                const err2 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema33.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema33.properties.type.enum, parentSchema: schema33.properties.type, data: data0 };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.number !== undefined) {
            let data1 = data.number;
            if (!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))) {
                const err3 = { instancePath: instancePath + "/number", schemaPath: "#/properties/number/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema33.properties.number.type, parentSchema: schema33.properties.number, data: data1 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
            if ((typeof data1 == "number") && (isFinite(data1))) {
                if (data1 < 1 || isNaN(data1)) {
                    const err4 = { instancePath: instancePath + "/number", schemaPath: "#/properties/number/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema33.properties.number, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
            }
        }
        if (data.state !== undefined) {
            let data2 = data.state;
            if (!((data2 === "open") || (data2 === "closed"))) {
                const err5 = { instancePath: instancePath + "/state", schemaPath: "#/properties/state/enum", keyword: "enum", params: { allowedValues: schema33.properties.state.enum }, message: "must be equal to one of the allowed values", schema: schema33.properties.state.enum, parentSchema: schema33.properties.state, data: data2 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        if (data.updated !== undefined) {
            let data3 = data.updated;
            if (typeof data3 === "string") {
                if (func2(data3) < 1) {
                    const err6 = { instancePath: instancePath + "/updated", schemaPath: "#/definitions/date/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err6];
                    }
                    else {
                        vErrors.push(err6);
                    }
                    errors++;
                }
            }
            else {
                const err7 = { instancePath: instancePath + "/updated", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data3 };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
        }
    }
    else {
        const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.type, parentSchema: schema33, data };
        if (vErrors === null) {
            vErrors = [err8];
        }
        else {
            vErrors.push(err8);
        }
        errors++;
    }
    validate19.errors = vErrors;
    return errors === 0;
}
const pattern2 = new RegExp("^[^/\\s]+/[^/\\s]+$", "u");
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            if (!(func7.call(schema15.properties, key0))) {
                const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15, data };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
        if (data.base !== undefined) {
            if (data.head === undefined) {
                const err1 = { instancePath, schemaPath: "#/dependencies", keyword: "dependencies", params: { property: "base",
                        missingProperty: "head",
                        depsCount: 1,
                        deps: "head" }, message: "must have property head when property base is present", schema: schema15.dependencies, parentSchema: schema15, data };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.head !== undefined) {
            if (data.base === undefined) {
                const err2 = { instancePath, schemaPath: "#/dependencies", keyword: "dependencies", params: { property: "head",
                        missingProperty: "base",
                        depsCount: 1,
                        deps: "base" }, message: "must have property base when property head is present", schema: schema15.dependencies, parentSchema: schema15, data };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.type !== undefined) {
            let data0 = data.type;
            if (!(((data0 === "issue") || (data0 === "pull_request")) || (data0 === "discussion"))) {
                const err3 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema15.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema15.properties.type.enum, parentSchema: schema15.properties.type, data: data0 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.number !== undefined) {
            let data1 = data.number;
            if (!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))) {
                const err4 = { instancePath: instancePath + "/number", schemaPath: "#/properties/number/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.properties.number.type, parentSchema: schema15.properties.number, data: data1 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
            if ((typeof data1 == "number") && (isFinite(data1))) {
                if (data1 < 1 || isNaN(data1)) {
                    const err5 = { instancePath: instancePath + "/number", schemaPath: "#/properties/number/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema15.properties.number, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
            }
        }
        if (data.title !== undefined) {
            let data2 = data.title;
            if (typeof data2 !== "string") {
                const err6 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.title.type, parentSchema: schema15.properties.title, data: data2 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        if (data.body !== undefined) {
            let data3 = data.body;
            if (typeof data3 !== "string") {
                const err7 = { instancePath: instancePath + "/body", schemaPath: "#/properties/body/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.body.type, parentSchema: schema15.properties.body, data: data3 };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
        }
        if (data.state !== undefined) {
            let data4 = data.state;
            if (!((data4 === "open") || (data4 === "closed"))) {
                const err8 = { instancePath: instancePath + "/state", schemaPath: "#/properties/state/enum", keyword: "enum", params: { allowedValues: schema15.properties.state.enum }, message: "must be equal to one of the allowed values", schema: schema15.properties.state.enum, parentSchema: schema15.properties.state, data: data4 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        if (data.draft !== undefined) {
            let data5 = data.draft;
            if (typeof data5 !== "boolean") {
                const err9 = { instancePath: instancePath + "/draft", schemaPath: "#/properties/draft/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema15.properties.draft.type, parentSchema: schema15.properties.draft, data: data5 };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
        if (data.locked !== undefined) {
            let data6 = data.locked;
            if (typeof data6 !== "boolean") {
                const err10 = { instancePath: instancePath + "/locked", schemaPath: "#/properties/locked/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema15.properties.locked.type, parentSchema: schema15.properties.locked, data: data6 };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        if (data.author !== undefined) {
            let data7 = data.author;
            if (typeof data7 === "string") {
                if (func2(data7) < 1) {
                    const err11 = { instancePath: instancePath + "/author", schemaPath: "#/properties/author/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema15.properties.author, data: data7 };
                    if (vErrors === null) {
                        vErrors = [err11];
                    }
                    else {
                        vErrors.push(err11);
                    }
                    errors++;
                }
            }
            else {
                const err12 = { instancePath: instancePath + "/author", schemaPath: "#/properties/author/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.author.type, parentSchema: schema15.properties.author, data: data7 };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
        }
        if (data["author-association"] !== undefined) {
            let data8 = data["author-association"];
            if (!((((((((data8 === "OWNER") || (data8 === "MEMBER")) || (data8 === "COLLABORATOR")) || (data8 === "CONTRIBUTOR")) || (data8 === "FIRST_TIME_CONTRIBUTOR")) || (data8 === "FIRST_TIMER")) || (data8 === "MANNEQUIN")) || (data8 === "NONE"))) {
                const err13 = { instancePath: instancePath + "/author-association", schemaPath: "#/properties/author-association/enum", keyword: "enum", params: { allowedValues: schema15.properties["author-association"].enum }, message: "must be equal to one of the allowed values", schema: schema15.properties["author-association"].enum, parentSchema: schema15.properties["author-association"], data: data8 };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
        if (data.labels !== undefined) {
            let data9 = data.labels;
            if (Array.isArray(data9)) {
                const len0 = data9.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data10 = data9[i0];
                    if (typeof data10 === "string") {
                        if (func2(data10) < 1) {
                            const err14 = { instancePath: instancePath + "/labels/" + i0, schemaPath: "#/definitions/nameList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16.items, data: data10 };
                            if (vErrors === null) {
                                vErrors = [err14];
                            }
                            else {
                                vErrors.push(err14);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err15 = { instancePath: instancePath + "/labels/" + i0, schemaPath: "#/definitions/nameList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.items.type, parentSchema: schema16.items, data: data10 };
                        if (vErrors === null) {
                            vErrors = [err15];
                        }
                        else {
                            vErrors.push(err15);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err16 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/nameList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema16.type, parentSchema: schema16, data: data9 };
                if (vErrors === null) {
                    vErrors = [err16];
                }
                else {
                    vErrors.push(err16);
                }
                errors++;
            }
        }
        if (data.assignees !== undefined) {
            let data11 = data.assignees;
            if (Array.isArray(data11)) {
                const len1 = data11.length;
                for (let i1 = 0; i1 < len1; i1++) {
                    let data12 = data11[i1];
                    if (typeof data12 === "string") {
                        if (func2(data12) < 1) {
                            const err17 = { instancePath: instancePath + "/assignees/" + i1, schemaPath: "#/definitions/nameList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16.items, data: data12 };
                            if (vErrors === null) {
                                vErrors = [err17];
                            }
                            else {
                                vErrors.push(err17);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err18 = { instancePath: instancePath + "/assignees/" + i1, schemaPath: "#/definitions/nameList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.items.type, parentSchema: schema16.items, data: data12 };
                        if (vErrors === null) {
                            vErrors = [err18];
                        }
                        else {
                            vErrors.push(err18);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err19 = { instancePath: instancePath + "/assignees", schemaPath: "#/definitions/nameList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema16.type, parentSchema: schema16, data: data11 };
                if (vErrors === null) {
                    vErrors = [err19];
                }
                else {
                    vErrors.push(err19);
                }
                errors++;
            }
        }
        if (data.milestone !== undefined) {
            let data13 = data.milestone;
            if ((typeof data13 !== "string") && (data13 !== null)) {
                const err20 = { instancePath: instancePath + "/milestone", schemaPath: "#/properties/milestone/type", keyword: "type", params: { type: schema15.properties.milestone.type }, message: "must be string,null", schema: schema15.properties.milestone.type, parentSchema: schema15.properties.milestone, data: data13 };
                if (vErrors === null) {
                    vErrors = [err20];
                }
                else {
                    vErrors.push(err20);
                }
                errors++;
            }
        }
        if (data["issue-type"] !== undefined) {
            let data14 = data["issue-type"];
            if ((typeof data14 !== "string") && (data14 !== null)) {
                const err21 = { instancePath: instancePath + "/issue-type", schemaPath: "#/properties/issue-type/type", keyword: "type", params: { type: schema15.properties["issue-type"].type }, message: "must be string,null", schema: schema15.properties["issue-type"].type, parentSchema: schema15.properties["issue-type"], data: data14 };
                if (vErrors === null) {
                    vErrors = [err21];
                }
                else {
                    vErrors.push(err21);
                }
                errors++;
            }
        }
        if (data.category !== undefined) {
            let data15 = data.category;
            if (typeof data15 === "string") {
                if (func2(data15) < 1) {
                    const err22 = { instancePath: instancePath + "/category", schemaPath: "#/properties/category/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema15.properties.category, data: data15 };
                    if (vErrors === null) {
                        vErrors = [err22];
                    }
                    else {
                        vErrors.push(err22);
                    }
                    errors++;
                }
            }
            else {
                const err23 = { instancePath: instancePath + "/category", schemaPath: "#/properties/category/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.category.type, parentSchema: schema15.properties.category, data: data15 };
                if (vErrors === null) {
                    vErrors = [err23];
                }
                else {
                    vErrors.push(err23);
                }
                errors++;
            }
        }
        if (data.answered !== undefined) {
            let data16 = data.answered;
            if (typeof data16 !== "boolean") {
                const err24 = { instancePath: instancePath + "/answered", schemaPath: "#/properties/answered/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema15.properties.answered.type, parentSchema: schema15.properties.answered, data: data16 };
                if (vErrors === null) {
                    vErrors = [err24];
                }
                else {
                    vErrors.push(err24);
                }
                errors++;
            }
        }
        if (data.reactions !== undefined) {
            let data17 = data.reactions;
            if (!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))) {
                const err25 = { instancePath: instancePath + "/reactions", schemaPath: "#/properties/reactions/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.properties.reactions.type, parentSchema: schema15.properties.reactions, data: data17 };
                if (vErrors === null) {
                    vErrors = [err25];
                }
                else {
                    vErrors.push(err25);
                }
                errors++;
            }
            if ((typeof data17 == "number") && (isFinite(data17))) {
                if (data17 < 0 || isNaN(data17)) {
                    const err26 = { instancePath: instancePath + "/reactions", schemaPath: "#/properties/reactions/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema15.properties.reactions, data: data17 };
                    if (vErrors === null) {
                        vErrors = [err26];
                    }
                    else {
                        vErrors.push(err26);
                    }
                    errors++;
                }
            }
        }
        if (data["thumbs-up"] !== undefined) {
            let data18 = data["thumbs-up"];
            if (!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))) {
                const err27 = { instancePath: instancePath + "/thumbs-up", schemaPath: "#/properties/thumbs-up/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.properties["thumbs-up"].type, parentSchema: schema15.properties["thumbs-up"], data: data18 };
                if (vErrors === null) {
                    vErrors = [err27];
                }
                else {
                    vErrors.push(err27);
                }
                errors++;
            }
            if ((typeof data18 == "number") && (isFinite(data18))) {
                if (data18 < 0 || isNaN(data18)) {
                    const err28 = { instancePath: instancePath + "/thumbs-up", schemaPath: "#/properties/thumbs-up/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema15.properties["thumbs-up"], data: data18 };
                    if (vErrors === null) {
                        vErrors = [err28];
                    }
                    else {
                        vErrors.push(err28);
                    }
                    errors++;
                }
            }
        }
        if (data.created !== undefined) {
            let data19 = data.created;
            if (typeof data19 === "string") {
                if (func2(data19) < 1) {
                    const err29 = { instancePath: instancePath + "/created", schemaPath: "#/definitions/date/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12, data: data19 };
                    if (vErrors === null) {
                        vErrors = [err29];
                    }
                    else {
                        vErrors.push(err29);
                    }
                    errors++;
                }
            }
            else {
                const err30 = { instancePath: instancePath + "/created", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data19 };
                if (vErrors === null) {
                    vErrors = [err30];
                }
                else {
                    vErrors.push(err30);
                }
                errors++;
            }
        }
        if (data.updated !== undefined) {
            let data20 = data.updated;
            if (typeof data20 === "string") {
                if (func2(data20) < 1) {
                    const err31 = { instancePath: instancePath + "/updated", schemaPath: "#/definitions/date/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12, data: data20 };
                    if (vErrors === null) {
                        vErrors = [err31];
                    }
                    else {
                        vErrors.push(err31);
                    }
                    errors++;
                }
            }
            else {
                const err32 = { instancePath: instancePath + "/updated", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data20 };
                if (vErrors === null) {
                    vErrors = [err32];
                }
                else {
                    vErrors.push(err32);
                }
                errors++;
            }
        }
        if (data.closed !== undefined) {
            let data21 = data.closed;
            if (typeof data21 === "string") {
                if (func2(data21) < 1) {
                    const err33 = { instancePath: instancePath + "/closed", schemaPath: "#/definitions/date/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12, data: data21 };
                    if (vErrors === null) {
                        vErrors = [err33];
                    }
                    else {
                        vErrors.push(err33);
                    }
                    errors++;
                }
            }
            else {
                const err34 = { instancePath: instancePath + "/closed", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data21 };
                if (vErrors === null) {
                    vErrors = [err34];
                }
                else {
                    vErrors.push(err34);
                }
                errors++;
            }
        }
        if (data.comments !== undefined) {
            let data22 = data.comments;
            if (Array.isArray(data22)) {
                const len2 = data22.length;
                for (let i2 = 0; i2 < len2; i2++) {
                    if (!(validate13(data22[i2], { instancePath: instancePath + "/comments/" + i2, parentData: data22, parentDataProperty: i2, rootData }))) {
                        vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err35 = { instancePath: instancePath + "/comments", schemaPath: "#/properties/comments/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema15.properties.comments.type, parentSchema: schema15.properties.comments, data: data22 };
                if (vErrors === null) {
                    vErrors = [err35];
                }
                else {
                    vErrors.push(err35);
                }
                errors++;
            }
        }
        if (data.events !== undefined) {
            let data24 = data.events;
            if (Array.isArray(data24)) {
                const len3 = data24.length;
                for (let i3 = 0; i3 < len3; i3++) {
                    if (!(validate15(data24[i3], { instancePath: instancePath + "/events/" + i3, parentData: data24, parentDataProperty: i3, rootData }))) {
                        vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err36 = { instancePath: instancePath + "/events", schemaPath: "#/properties/events/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema15.properties.events.type, parentSchema: schema15.properties.events, data: data24 };
                if (vErrors === null) {
                    vErrors = [err36];
                }
                else {
                    vErrors.push(err36);
                }
                errors++;
            }
        }
        if (data.files !== undefined) {
            let data26 = data.files;
            if (Array.isArray(data26)) {
                const len4 = data26.length;
                for (let i4 = 0; i4 < len4; i4++) {
                    let data27 = data26[i4];
                    if (typeof data27 === "string") {
                        if (func2(data27) < 1) {
                            const err37 = { instancePath: instancePath + "/files/" + i4, schemaPath: "#/definitions/nameList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16.items, data: data27 };
                            if (vErrors === null) {
                                vErrors = [err37];
                            }
                            else {
                                vErrors.push(err37);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err38 = { instancePath: instancePath + "/files/" + i4, schemaPath: "#/definitions/nameList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.items.type, parentSchema: schema16.items, data: data27 };
                        if (vErrors === null) {
                            vErrors = [err38];
                        }
                        else {
                            vErrors.push(err38);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err39 = { instancePath: instancePath + "/files", schemaPath: "#/definitions/nameList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema16.type, parentSchema: schema16, data: data26 };
                if (vErrors === null) {
                    vErrors = [err39];
                }
                else {
                    vErrors.push(err39);
                }
                errors++;
            }
        }
        if (data.mergeable !== undefined) {
            let data28 = data.mergeable;
            if (!(((data28 === true) || (data28 === false)) || (data28 === "unknown"))) {
                const err40 = { instancePath: instancePath + "/mergeable", schemaPath: "#/properties/mergeable/enum", keyword: "enum", params: { allowedValues: schema15.properties.mergeable.enum }, message: "must be equal to one of the allowed values", schema: schema15.properties.mergeable.enum, parentSchema: schema15.properties.mergeable, data: data28 };
                if (vErrors === null) {
                    vErrors = [err40];
                }
                else {
                    vErrors.push(err40);
                }
                errors++;
            }
        }
        if (data.lines !== undefined) {
            let data29 = data.lines;
            if (!(((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29))) && (isFinite(data29)))) {
                const err41 = { instancePath: instancePath + "/lines", schemaPath: "#/properties/lines/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.properties.lines.type, parentSchema: schema15.properties.lines, data: data29 };
                if (vErrors === null) {
                    vErrors = [err41];
                }
                else {
                    vErrors.push(err41);
                }
                errors++;
            }
            if ((typeof data29 == "number") && (isFinite(data29))) {
                if (data29 < 0 || isNaN(data29)) {
                    const err42 = { instancePath: instancePath + "/lines", schemaPath: "#/properties/lines/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema15.properties.lines, data: data29 };
                    if (vErrors === null) {
                        vErrors = [err42];
                    }
                    else {
                        vErrors.push(err42);
                    }
                    errors++;
                }
            }
        }
        if (data["changed-files"] !== undefined) {
            let data30 = data["changed-files"];
            if (!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))) {
                const err43 = { instancePath: instancePath + "/changed-files", schemaPath: "#/properties/changed-files/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.properties["changed-files"].type, parentSchema: schema15.properties["changed-files"], data: data30 };
                if (vErrors === null) {
                    vErrors = [err43];
                }
                else {
                    vErrors.push(err43);
                }
                errors++;
            }
            if ((typeof data30 == "number") && (isFinite(data30))) {
                if (data30 < 0 || isNaN(data30)) {
                    const err44 = { instancePath: instancePath + "/changed-files", schemaPath: "#/properties/changed-files/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema15.properties["changed-files"], data: data30 };
                    if (vErrors === null) {
                        vErrors = [err44];
                    }
                    else {
                        vErrors.push(err44);
                    }
                    errors++;
                }
            }
        }
        if (data["requested-reviewers"] !== undefined) {
            let data31 = data["requested-reviewers"];
            if (Array.isArray(data31)) {
                const len5 = data31.length;
                for (let i5 = 0; i5 < len5; i5++) {
                    let data32 = data31[i5];
                    if (typeof data32 === "string") {
                        if (func2(data32) < 1) {
                            const err45 = { instancePath: instancePath + "/requested-reviewers/" + i5, schemaPath: "#/definitions/nameList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16.items, data: data32 };
                            if (vErrors === null) {
                                vErrors = [err45];
                            }
                            else {
                                vErrors.push(err45);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err46 = { instancePath: instancePath + "/requested-reviewers/" + i5, schemaPath: "#/definitions/nameList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.items.type, parentSchema: schema16.items, data: data32 };
                        if (vErrors === null) {
                            vErrors = [err46];
                        }
                        else {
                            vErrors.push(err46);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err47 = { instancePath: instancePath + "/requested-reviewers", schemaPath: "#/definitions/nameList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema16.type, parentSchema: schema16, data: data31 };
                if (vErrors === null) {
                    vErrors = [err47];
                }
                else {
                    vErrors.push(err47);
                }
                errors++;
            }
        }
        if (data.pushed !== undefined) {
            let data33 = data.pushed;
            if (typeof data33 === "string") {
                if (func2(data33) < 1) {
                    const err48 = { instancePath: instancePath + "/pushed", schemaPath: "#/definitions/date/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12, data: data33 };
                    if (vErrors === null) {
                        vErrors = [err48];
                    }
                    else {
                        vErrors.push(err48);
                    }
                    errors++;
                }
            }
            else {
                const err49 = { instancePath: instancePath + "/pushed", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data33 };
                if (vErrors === null) {
                    vErrors = [err49];
                }
                else {
                    vErrors.push(err49);
                }
                errors++;
            }
        }
        if (data.reviews !== undefined) {
            let data34 = data.reviews;
            if (Array.isArray(data34)) {
                const len6 = data34.length;
                for (let i6 = 0; i6 < len6; i6++) {
                    if (!(validate17(data34[i6], { instancePath: instancePath + "/reviews/" + i6, parentData: data34, parentDataProperty: i6, rootData }))) {
                        vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err50 = { instancePath: instancePath + "/reviews", schemaPath: "#/properties/reviews/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema15.properties.reviews.type, parentSchema: schema15.properties.reviews, data: data34 };
                if (vErrors === null) {
                    vErrors = [err50];
                }
                else {
                    vErrors.push(err50);
                }
                errors++;
            }
        }
        if (data["required-approvals"] !== undefined) {
            let data36 = data["required-approvals"];
            if (!(((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36))) && (isFinite(data36)))) {
                const err51 = { instancePath: instancePath + "/required-approvals", schemaPath: "#/properties/required-approvals/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.properties["required-approvals"].type, parentSchema: schema15.properties["required-approvals"], data: data36 };
                if (vErrors === null) {
                    vErrors = [err51];
                }
                else {
                    vErrors.push(err51);
                }
                errors++;
            }
            if ((typeof data36 == "number") && (isFinite(data36))) {
                if (data36 < 0 || isNaN(data36)) {
                    const err52 = { instancePath: instancePath + "/required-approvals", schemaPath: "#/properties/required-approvals/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema15.properties["required-approvals"], data: data36 };
                    if (vErrors === null) {
                        vErrors = [err52];
                    }
                    else {
                        vErrors.push(err52);
                    }
                    errors++;
                }
            }
        }
        if (data.checks !== undefined) {
            let data37 = data.checks;
            if (Array.isArray(data37)) {
                const len7 = data37.length;
                for (let i7 = 0; i7 < len7; i7++) {
                    let data38 = data37[i7];
                    if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
                        if (data38.name === undefined) {
                            const err53 = { instancePath: instancePath + "/checks/" + i7, schemaPath: "#/definitions/check/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema32.required, parentSchema: schema32, data: data38 };
                            if (vErrors === null) {
                                vErrors = [err53];
                            }
                            else {
                                vErrors.push(err53);
                            }
                            errors++;
                        }
                        if (data38.state === undefined) {
                            const err54 = { instancePath: instancePath + "/checks/" + i7, schemaPath: "#/definitions/check/required", keyword: "required", params: { missingProperty: "state" }, message: "must have required property '" + "state" + "'", schema: schema32.required, parentSchema: schema32, data: data38 };
                            if (vErrors === null) {
                                vErrors = [err54];
                            }
                            else {
                                vErrors.push(err54);
                            }
                            errors++;
                        }
                        for (const key1 in data38) {
                            if (!((key1 === "name") || (key1 === "state"))) {
                                const err55 = { instancePath: instancePath + "/checks/" + i7, schemaPath: "#/definitions/check/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32, data: data38 };
                                if (vErrors === null) {
                                    vErrors = [err55];
                                }
                                else {
                                    vErrors.push(err55);
                                }
                                errors++;
                            }
                        }
                        if (data38.name !== undefined) {
                            let data39 = data38.name;
                            if (typeof data39 === "string") {
                                if (func2(data39) < 1) {
                                    const err56 = { instancePath: instancePath + "/checks/" + i7 + "/name", schemaPath: "#/definitions/check/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.name, data: data39 };
                                    if (vErrors === null) {
                                        vErrors = [err56];
                                    }
                                    else {
                                        vErrors.push(err56);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err57 = { instancePath: instancePath + "/checks/" + i7 + "/name", schemaPath: "#/definitions/check/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.name.type, parentSchema: schema32.properties.name, data: data39 };
                                if (vErrors === null) {
                                    vErrors = [err57];
                                }
                                else {
                                    vErrors.push(err57);
                                }
                                errors++;
                            }
                        }
                        if (data38.state !== undefined) {
                            let data40 = data38.state;
                            if (!(((data40 === "success") || (data40 === "failure")) || (data40 === "pending"))) {
                                const err58 = { instancePath: instancePath + "/checks/" + i7 + "/state", schemaPath: "#/definitions/check/properties/state/enum", keyword: "enum", params: { allowedValues: schema32.properties.state.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.state.enum, parentSchema: schema32.properties.state, data: data40 };
                                if (vErrors === null) {
                                    vErrors = [err58];
                                }
                                else {
                                    vErrors.push(err58);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err59 = { instancePath: instancePath + "/checks/" + i7, schemaPath: "#/definitions/check/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data: data38 };
                        if (vErrors === null) {
                            vErrors = [err59];
                        }
                        else {
                            vErrors.push(err59);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err60 = { instancePath: instancePath + "/checks", schemaPath: "#/properties/checks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema15.properties.checks.type, parentSchema: schema15.properties.checks, data: data37 };
                if (vErrors === null) {
                    vErrors = [err60];
                }
                else {
                    vErrors.push(err60);
                }
                errors++;
            }
        }
        if (data.base !== undefined) {
            let data41 = data.base;
            if (typeof data41 === "string") {
                if (func2(data41) < 1) {
                    const err61 = { instancePath: instancePath + "/base", schemaPath: "#/properties/base/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema15.properties.base, data: data41 };
                    if (vErrors === null) {
                        vErrors = [err61];
                    }
                    else {
                        vErrors.push(err61);
                    }
                    errors++;
                }
            }
            else {
                const err62 = { instancePath: instancePath + "/base", schemaPath: "#/properties/base/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.base.type, parentSchema: schema15.properties.base, data: data41 };
                if (vErrors === null) {
                    vErrors = [err62];
                }
                else {
                    vErrors.push(err62);
                }
                errors++;
            }
        }
        if (data.head !== undefined) {
            let data42 = data.head;
            if (typeof data42 === "string") {
                if (func2(data42) < 1) {
                    const err63 = { instancePath: instancePath + "/head", schemaPath: "#/properties/head/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema15.properties.head, data: data42 };
                    if (vErrors === null) {
                        vErrors = [err63];
                    }
                    else {
                        vErrors.push(err63);
                    }
                    errors++;
                }
            }
            else {
                const err64 = { instancePath: instancePath + "/head", schemaPath: "#/properties/head/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.head.type, parentSchema: schema15.properties.head, data: data42 };
                if (vErrors === null) {
                    vErrors = [err64];
                }
                else {
                    vErrors.push(err64);
                }
                errors++;
            }
        }
        if (data.fork !== undefined) {
            let data43 = data.fork;
            if (typeof data43 !== "boolean") {
                const err65 = { instancePath: instancePath + "/fork", schemaPath: "#/properties/fork/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema15.properties.fork.type, parentSchema: schema15.properties.fork, data: data43 };
                if (vErrors === null) {
                    vErrors = [err65];
                }
                else {
                    vErrors.push(err65);
                }
                errors++;
            }
        }
        if (data.linked !== undefined) {
            let data44 = data.linked;
            if (Array.isArray(data44)) {
                const len8 = data44.length;
                for (let i8 = 0; i8 < len8; i8++) {
                    if (!(validate19(data44[i8], { instancePath: instancePath + "/linked/" + i8, parentData: data44, parentDataProperty: i8, rootData }))) {
                        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err66 = { instancePath: instancePath + "/linked", schemaPath: "#/properties/linked/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema15.properties.linked.type, parentSchema: schema15.properties.linked, data: data44 };
                if (vErrors === null) {
                    vErrors = [err66];
                }
                else {
                    vErrors.push(err66);
                }
                errors++;
            }
        }
        if (data["sub-issues"] !== undefined) {
            let data46 = data["sub-issues"];
            if (Array.isArray(data46)) {
                const len9 = data46.length;
                for (let i9 = 0; i9 < len9; i9++) {
                    let data47 = data46[i9];
                    if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
                        if (data47.number === undefined) {
                            const err67 = { instancePath: instancePath + "/sub-issues/" + i9, schemaPath: "#/definitions/relatedIssue/required", keyword: "required", params: { missingProperty: "number" }, message: "must have required property '" + "number" + "'", schema: schema35.required, parentSchema: schema35, data: data47 };
                            if (vErrors === null) {
                                vErrors = [err67];
                            }
                            else {
                                vErrors.push(err67);
                            }
                            errors++;
                        }
                        for (const key2 in data47) {
                            if (!(((((key2 === "number") || (key2 === "title")) || (key2 === "state")) || (key2 === "labels")) || (key2 === "repository"))) {
                                const err68 = { instancePath: instancePath + "/sub-issues/" + i9, schemaPath: "#/definitions/relatedIssue/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data: data47 };
                                if (vErrors === null) {
                                    vErrors = [err68];
                                }
                                else {
                                    vErrors.push(err68);
                                }
                                errors++;
                            }
                        }
                        if (data47.number !== undefined) {
                            let data48 = data47.number;
                            if (!(((typeof data48 == "number") && (!(data48 % 1) && !isNaN(data48))) && (isFinite(data48)))) {
                                const err69 = { instancePath: instancePath + "/sub-issues/" + i9 + "/number", schemaPath: "#/definitions/relatedIssue/properties/number/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema35.properties.number.type, parentSchema: schema35.properties.number, data: data48 };
                                if (vErrors === null) {
                                    vErrors = [err69];
                                }
                                else {
                                    vErrors.push(err69);
                                }
                                errors++;
                            }
                            if ((typeof data48 == "number") && (isFinite(data48))) {
                                if (data48 < 1 || isNaN(data48)) {
                                    const err70 = { instancePath: instancePath + "/sub-issues/" + i9 + "/number", schemaPath: "#/definitions/relatedIssue/properties/number/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema35.properties.number, data: data48 };
                                    if (vErrors === null) {
                                        vErrors = [err70];
                                    }
                                    else {
                                        vErrors.push(err70);
                                    }
                                    errors++;
                                }
                            }
                        }
                        if (data47.title !== undefined) {
                            let data49 = data47.title;
                            if (typeof data49 !== "string") {
                                const err71 = { instancePath: instancePath + "/sub-issues/" + i9 + "/title", schemaPath: "#/definitions/relatedIssue/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.title.type, parentSchema: schema35.properties.title, data: data49 };
                                if (vErrors === null) {
                                    vErrors = [err71];
                                }
                                else {
                                    vErrors.push(err71);
                                }
                                errors++;
                            }
                        }
                        if (data47.state !== undefined) {
                            let data50 = data47.state;
                            if (!((data50 === "open") || (data50 === "closed"))) {
                                const err72 = { instancePath: instancePath + "/sub-issues/" + i9 + "/state", schemaPath: "#/definitions/relatedIssue/properties/state/enum", keyword: "enum", params: { allowedValues: schema35.properties.state.enum }, message: "must be equal to one of the allowed values", schema: schema35.properties.state.enum, parentSchema: schema35.properties.state, data: data50 };
                                if (vErrors === null) {
                                    vErrors = [err72];
                                }
                                else {
                                    vErrors.push(err72);
                                }
                                errors++;
                            }
                        }
                        if (data47.labels !== undefined) {
                            let data51 = data47.labels;
                            if (Array.isArray(data51)) {
                                const len10 = data51.length;
                                for (let i10 = 0; i10 < len10; i10++) {
                                    let data52 = data51[i10];
                                    if (typeof data52 === "string") {
                                        if (func2(data52) < 1) {
                                            const err73 = { instancePath: instancePath + "/sub-issues/" + i9 + "/labels/" + i10, schemaPath: "#/definitions/relatedIssue/properties/labels/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35.properties.labels.items, data: data52 };
                                            if (vErrors === null) {
                                                vErrors = [err73];
                                            }
                                            else {
                                                vErrors.push(err73);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err74 = { instancePath: instancePath + "/sub-issues/" + i9 + "/labels/" + i10, schemaPath: "#/definitions/relatedIssue/properties/labels/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.labels.items.type, parentSchema: schema35.properties.labels.items, data: data52 };
                                        if (vErrors === null) {
                                            vErrors = [err74];
                                        }
                                        else {
                                            vErrors.push(err74);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err75 = { instancePath: instancePath + "/sub-issues/" + i9 + "/labels", schemaPath: "#/definitions/relatedIssue/properties/labels/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.labels.type, parentSchema: schema35.properties.labels, data: data51 };
                                if (vErrors === null) {
                                    vErrors = [err75];
                                }
                                else {
                                    vErrors.push(err75);
                                }
                                errors++;
                            }
                        }
                        if (data47.repository !== undefined) {
                            let data53 = data47.repository;
                            if (typeof data53 === "string") {
                                if (!pattern2.test(data53)) {
                                    const err76 = { instancePath: instancePath + "/sub-issues/" + i9 + "/repository", schemaPath: "#/definitions/relatedIssue/properties/repository/pattern", keyword: "pattern", params: { pattern: "^[^/\\s]+/[^/\\s]+$" }, message: "must match pattern \"" + "^[^/\\s]+/[^/\\s]+$" + "\"", schema: "^[^/\\s]+/[^/\\s]+$", parentSchema: schema35.properties.repository, data: data53 };
                                    if (vErrors === null) {
                                        vErrors = [err76];
                                    }
                                    else {
                                        vErrors.push(err76);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err77 = { instancePath: instancePath + "/sub-issues/" + i9 + "/repository", schemaPath: "#/definitions/relatedIssue/properties/repository/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.repository.type, parentSchema: schema35.properties.repository, data: data53 };
                                if (vErrors === null) {
                                    vErrors = [err77];
                                }
                                else {
                                    vErrors.push(err77);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err78 = { instancePath: instancePath + "/sub-issues/" + i9, schemaPath: "#/definitions/relatedIssue/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data: data47 };
                        if (vErrors === null) {
                            vErrors = [err78];
                        }
                        else {
                            vErrors.push(err78);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err79 = { instancePath: instancePath + "/sub-issues", schemaPath: "#/properties/sub-issues/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema15.properties["sub-issues"].type, parentSchema: schema15.properties["sub-issues"], data: data46 };
                if (vErrors === null) {
                    vErrors = [err79];
                }
                else {
                    vErrors.push(err79);
                }
                errors++;
            }
        }
        if (data.form !== undefined) {
            let data54 = data.form;
            const _errs113 = errors;
            let valid36 = false;
            let passing0 = null;
            const _errs114 = errors;
            if (!(data54 === "none")) {
                const err80 = { instancePath: instancePath + "/form", schemaPath: "#/properties/form/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema15.properties.form.oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema15.properties.form.oneOf[0].enum, parentSchema: schema15.properties.form.oneOf[0], data: data54 };
                if (vErrors === null) {
                    vErrors = [err80];
                }
                else {
                    vErrors.push(err80);
                }
                errors++;
            }
            var _valid0 = _errs114 === errors;
            if (_valid0) {
                valid36 = true;
                passing0 = 0;
            }
            const _errs115 = errors;
            if (data54 && typeof data54 == "object" && !Array.isArray(data54)) {
                if (data54.template === undefined) {
                    const err81 = { instancePath: instancePath + "/form", schemaPath: "#/properties/form/oneOf/1/required", keyword: "required", params: { missingProperty: "template" }, message: "must have required property '" + "template" + "'", schema: schema15.properties.form.oneOf[1].required, parentSchema: schema15.properties.form.oneOf[1], data: data54 };
                    if (vErrors === null) {
                        vErrors = [err81];
                    }
                    else {
                        vErrors.push(err81);
                    }
                    errors++;
                }
                for (const key3 in data54) {
                    if (!(((key3 === "template") || (key3 === "fields")) || (key3 === "labels"))) {
                        const err82 = { instancePath: instancePath + "/form", schemaPath: "#/properties/form/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15.properties.form.oneOf[1], data: data54 };
                        if (vErrors === null) {
                            vErrors = [err82];
                        }
                        else {
                            vErrors.push(err82);
                        }
                        errors++;
                    }
                }
                if (data54.template !== undefined) {
                    let data55 = data54.template;
                    if (typeof data55 === "string") {
                        if (func2(data55) < 1) {
                            const err83 = { instancePath: instancePath + "/form/template", schemaPath: "#/properties/form/oneOf/1/properties/template/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema15.properties.form.oneOf[1].properties.template, data: data55 };
                            if (vErrors === null) {
                                vErrors = [err83];
                            }
                            else {
                                vErrors.push(err83);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err84 = { instancePath: instancePath + "/form/template", schemaPath: "#/properties/form/oneOf/1/properties/template/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.form.oneOf[1].properties.template.type, parentSchema: schema15.properties.form.oneOf[1].properties.template, data: data55 };
                        if (vErrors === null) {
                            vErrors = [err84];
                        }
                        else {
                            vErrors.push(err84);
                        }
                        errors++;
                    }
                }
                if (data54.fields !== undefined) {
                    let data56 = data54.fields;
                    if (data56 && typeof data56 == "object" && !Array.isArray(data56)) {
                        for (const key4 in data56) {
                            let data57 = data56[key4];
                            if ((typeof data57 !== "string") && (!(Array.isArray(data57)))) {
                                const err85 = { instancePath: instancePath + "/form/fields/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/form/oneOf/1/properties/fields/additionalProperties/type", keyword: "type", params: { type: schema15.properties.form.oneOf[1].properties.fields.additionalProperties.type }, message: "must be string,array", schema: schema15.properties.form.oneOf[1].properties.fields.additionalProperties.type, parentSchema: schema15.properties.form.oneOf[1].properties.fields.additionalProperties, data: data57 };
                                if (vErrors === null) {
                                    vErrors = [err85];
                                }
                                else {
                                    vErrors.push(err85);
                                }
                                errors++;
                            }
                            if (Array.isArray(data57)) {
                                const len11 = data57.length;
                                for (let i11 = 0; i11 < len11; i11++) {
                                    let data58 = data57[i11];
                                    if (typeof data58 !== "string") {
                                        const err86 = { instancePath: instancePath + "/form/fields/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i11, schemaPath: "#/properties/form/oneOf/1/properties/fields/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.form.oneOf[1].properties.fields.additionalProperties.items.type, parentSchema: schema15.properties.form.oneOf[1].properties.fields.additionalProperties.items, data: data58 };
                                        if (vErrors === null) {
                                            vErrors = [err86];
                                        }
                                        else {
                                            vErrors.push(err86);
                                        }
                                        errors++;
                                    }
                                }
                            }
                        }
                    }
                    else {
                        const err87 = { instancePath: instancePath + "/form/fields", schemaPath: "#/properties/form/oneOf/1/properties/fields/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.properties.form.oneOf[1].properties.fields.type, parentSchema: schema15.properties.form.oneOf[1].properties.fields, data: data56 };
                        if (vErrors === null) {
                            vErrors = [err87];
                        }
                        else {
                            vErrors.push(err87);
                        }
                        errors++;
                    }
                }
                if (data54.labels !== undefined) {
                    let data59 = data54.labels;
                    if (data59 && typeof data59 == "object" && !Array.isArray(data59)) {
                        for (const key5 in data59) {
                            let data60 = data59[key5];
                            if (typeof data60 !== "string") {
                                const err88 = { instancePath: instancePath + "/form/labels/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/form/oneOf/1/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.form.oneOf[1].properties.labels.additionalProperties.type, parentSchema: schema15.properties.form.oneOf[1].properties.labels.additionalProperties, data: data60 };
                                if (vErrors === null) {
                                    vErrors = [err88];
                                }
                                else {
                                    vErrors.push(err88);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err89 = { instancePath: instancePath + "/form/labels", schemaPath: "#/properties/form/oneOf/1/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.properties.form.oneOf[1].properties.labels.type, parentSchema: schema15.properties.form.oneOf[1].properties.labels, data: data59 };
                        if (vErrors === null) {
                            vErrors = [err89];
                        }
                        else {
                            vErrors.push(err89);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err90 = { instancePath: instancePath + "/form", schemaPath: "#/properties/form/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.properties.form.oneOf[1].type, parentSchema: schema15.properties.form.oneOf[1], data: data54 };
                if (vErrors === null) {
                    vErrors = [err90];
                }
                else {
                    vErrors.push(err90);
                }
                errors++;
            }
            var _valid0 = _errs115 === errors;
            if (_valid0 && valid36) {
                valid36 = false;
                passing0 = [passing0, 1];
            }
            else {
                if (_valid0) {
                    valid36 = true;
                    passing0 = 1;
                }
            }
            if (!valid36) {
                const err91 = { instancePath: instancePath + "/form", schemaPath: "#/properties/form/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema15.properties.form.oneOf, parentSchema: schema15.properties.form, data: data54 };
                if (vErrors === null) {
                    vErrors = [err91];
                }
                else {
                    vErrors.push(err91);
                }
                errors++;
            }
            else {
                errors = _errs113;
                if (vErrors !== null) {
                    if (_errs113) {
                        vErrors.length = _errs113;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.parent !== undefined) {
            let data61 = data.parent;
            const _errs133 = errors;
            let valid42 = false;
            let passing1 = null;
            const _errs134 = errors;
            if (data61 && typeof data61 == "object" && !Array.isArray(data61)) {
                if (data61.number === undefined) {
                    const err92 = { instancePath: instancePath + "/parent", schemaPath: "#/definitions/relatedIssue/required", keyword: "required", params: { missingProperty: "number" }, message: "must have required property '" + "number" + "'", schema: schema35.required, parentSchema: schema35, data: data61 };
                    if (vErrors === null) {
                        vErrors = [err92];
                    }
                    else {
                        vErrors.push(err92);
                    }
                    errors++;
                }
                for (const key6 in data61) {
                    if (!(((((key6 === "number") || (key6 === "title")) || (key6 === "state")) || (key6 === "labels")) || (key6 === "repository"))) {
                        const err93 = { instancePath: instancePath + "/parent", schemaPath: "#/definitions/relatedIssue/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data: data61 };
                        if (vErrors === null) {
                            vErrors = [err93];
                        }
                        else {
                            vErrors.push(err93);
                        }
                        errors++;
                    }
                }
                if (data61.number !== undefined) {
                    let data62 = data61.number;
                    if (!(((typeof data62 == "number") && (!(data62 % 1) && !isNaN(data62))) && (isFinite(data62)))) {
                        const err94 = { instancePath: instancePath + "/parent/number", schemaPath: "#/definitions/relatedIssue/properties/number/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema35.properties.number.type, parentSchema: schema35.properties.number, data: data62 };
                        if (vErrors === null) {
                            vErrors = [err94];
                        }
                        else {
                            vErrors.push(err94);
                        }
                        errors++;
                    }
                    if ((typeof data62 == "number") && (isFinite(data62))) {
                        if (data62 < 1 || isNaN(data62)) {
                            const err95 = { instancePath: instancePath + "/parent/number", schemaPath: "#/definitions/relatedIssue/properties/number/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema35.properties.number, data: data62 };
                            if (vErrors === null) {
                                vErrors = [err95];
                            }
                            else {
                                vErrors.push(err95);
                            }
                            errors++;
                        }
                    }
                }
                if (data61.title !== undefined) {
                    let data63 = data61.title;
                    if (typeof data63 !== "string") {
                        const err96 = { instancePath: instancePath + "/parent/title", schemaPath: "#/definitions/relatedIssue/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.title.type, parentSchema: schema35.properties.title, data: data63 };
                        if (vErrors === null) {
                            vErrors = [err96];
                        }
                        else {
                            vErrors.push(err96);
                        }
                        errors++;
                    }
                }
                if (data61.state !== undefined) {
                    let data64 = data61.state;
                    if (!((data64 === "open") || (data64 === "closed"))) {
                        const err97 = { instancePath: instancePath + "/parent/state", schemaPath: "#/definitions/relatedIssue/properties/state/enum", keyword: "enum", params: { allowedValues: schema35.properties.state.enum }, message: "must be equal to one of the allowed values", schema: schema35.properties.state.enum, parentSchema: schema35.properties.state, data: data64 };
                        if (vErrors === null) {
                            vErrors = [err97];
                        }
                        else {
                            vErrors.push(err97);
                        }
                        errors++;
                    }
                }
                if (data61.labels !== undefined) {
                    let data65 = data61.labels;
                    if (Array.isArray(data65)) {
                        const len12 = data65.length;
                        for (let i12 = 0; i12 < len12; i12++) {
                            let data66 = data65[i12];
                            if (typeof data66 === "string") {
                                if (func2(data66) < 1) {
                                    const err98 = { instancePath: instancePath + "/parent/labels/" + i12, schemaPath: "#/definitions/relatedIssue/properties/labels/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35.properties.labels.items, data: data66 };
                                    if (vErrors === null) {
                                        vErrors = [err98];
                                    }
                                    else {
                                        vErrors.push(err98);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err99 = { instancePath: instancePath + "/parent/labels/" + i12, schemaPath: "#/definitions/relatedIssue/properties/labels/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.labels.items.type, parentSchema: schema35.properties.labels.items, data: data66 };
                                if (vErrors === null) {
                                    vErrors = [err99];
                                }
                                else {
                                    vErrors.push(err99);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err100 = { instancePath: instancePath + "/parent/labels", schemaPath: "#/definitions/relatedIssue/properties/labels/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.labels.type, parentSchema: schema35.properties.labels, data: data65 };
                        if (vErrors === null) {
                            vErrors = [err100];
                        }
                        else {
                            vErrors.push(err100);
                        }
                        errors++;
                    }
                }
                if (data61.repository !== undefined) {
                    let data67 = data61.repository;
                    if (typeof data67 === "string") {
                        if (!pattern2.test(data67)) {
                            const err101 = { instancePath: instancePath + "/parent/repository", schemaPath: "#/definitions/relatedIssue/properties/repository/pattern", keyword: "pattern", params: { pattern: "^[^/\\s]+/[^/\\s]+$" }, message: "must match pattern \"" + "^[^/\\s]+/[^/\\s]+$" + "\"", schema: "^[^/\\s]+/[^/\\s]+$", parentSchema: schema35.properties.repository, data: data67 };
                            if (vErrors === null) {
                                vErrors = [err101];
                            }
                            else {
                                vErrors.push(err101);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err102 = { instancePath: instancePath + "/parent/repository", schemaPath: "#/definitions/relatedIssue/properties/repository/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.repository.type, parentSchema: schema35.properties.repository, data: data67 };
                        if (vErrors === null) {
                            vErrors = [err102];
                        }
                        else {
                            vErrors.push(err102);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err103 = { instancePath: instancePath + "/parent", schemaPath: "#/definitions/relatedIssue/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data: data61 };
                if (vErrors === null) {
                    vErrors = [err103];
                }
                else {
                    vErrors.push(err103);
                }
                errors++;
            }
            var _valid1 = _errs134 === errors;
            if (_valid1) {
                valid42 = true;
                passing1 = 0;
            }
            const _errs149 = errors;
            if (!(data61 === "none")) {
                const err104 = { instancePath: instancePath + "/parent", schemaPath: "#/properties/parent/oneOf/1/enum", keyword: "enum", params: { allowedValues: schema15.properties.parent.oneOf[1].enum }, message: "must be equal to one of the allowed values", schema: schema15.properties.parent.oneOf[1].enum, parentSchema: schema15.properties.parent.oneOf[1], data: data61 };
                if (vErrors === null) {
                    vErrors = [err104];
                }
                else {
                    vErrors.push(err104);
                }
                errors++;
            }
            var _valid1 = _errs149 === errors;
            if (_valid1 && valid42) {
                valid42 = false;
                passing1 = [passing1, 1];
            }
            else {
                if (_valid1) {
                    valid42 = true;
                    passing1 = 1;
                }
            }
            if (!valid42) {
                const err105 = { instancePath: instancePath + "/parent", schemaPath: "#/properties/parent/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema15.properties.parent.oneOf, parentSchema: schema15.properties.parent, data: data61 };
                if (vErrors === null) {
                    vErrors = [err105];
                }
                else {
                    vErrors.push(err105);
                }
                errors++;
            }
            else {
                errors = _errs133;
                if (vErrors !== null) {
                    if (_errs133) {
                        vErrors.length = _errs133;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.projects !== undefined) {
            let data68 = data.projects;
            if (Array.isArray(data68)) {
                const len13 = data68.length;
                for (let i13 = 0; i13 < len13; i13++) {
                    let data69 = data68[i13];
                    if (data69 && typeof data69 == "object" && !Array.isArray(data69)) {
                        if (data69.owner === undefined) {
                            const err106 = { instancePath: instancePath + "/projects/" + i13, schemaPath: "#/definitions/projectItem/required", keyword: "required", params: { missingProperty: "owner" }, message: "must have required property '" + "owner" + "'", schema: schema37.required, parentSchema: schema37, data: data69 };
                            if (vErrors === null) {
                                vErrors = [err106];
                            }
                            else {
                                vErrors.push(err106);
                            }
                            errors++;
                        }
                        if (data69.number === undefined) {
                            const err107 = { instancePath: instancePath + "/projects/" + i13, schemaPath: "#/definitions/projectItem/required", keyword: "required", params: { missingProperty: "number" }, message: "must have required property '" + "number" + "'", schema: schema37.required, parentSchema: schema37, data: data69 };
                            if (vErrors === null) {
                                vErrors = [err107];
                            }
                            else {
                                vErrors.push(err107);
                            }
                            errors++;
                        }
                        for (const key7 in data69) {
                            if (!(((key7 === "owner") || (key7 === "number")) || (key7 === "fields"))) {
                                const err108 = { instancePath: instancePath + "/projects/" + i13, schemaPath: "#/definitions/projectItem/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37, data: data69 };
                                if (vErrors === null) {
                                    vErrors = [err108];
                                }
                                else {
                                    vErrors.push(err108);
                                }
                                errors++;
                            }
                        }
                        if (data69.owner !== undefined) {
                            let data70 = data69.owner;
                            if (typeof data70 === "string") {
                                if (func2(data70) < 1) {
                                    const err109 = { instancePath: instancePath + "/projects/" + i13 + "/owner", schemaPath: "#/definitions/projectItem/properties/owner/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.properties.owner, data: data70 };
                                    if (vErrors === null) {
                                        vErrors = [err109];
                                    }
                                    else {
                                        vErrors.push(err109);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err110 = { instancePath: instancePath + "/projects/" + i13 + "/owner", schemaPath: "#/definitions/projectItem/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.owner.type, parentSchema: schema37.properties.owner, data: data70 };
                                if (vErrors === null) {
                                    vErrors = [err110];
                                }
                                else {
                                    vErrors.push(err110);
                                }
                                errors++;
                            }
                        }
                        if (data69.number !== undefined) {
                            let data71 = data69.number;
                            if (!(((typeof data71 == "number") && (!(data71 % 1) && !isNaN(data71))) && (isFinite(data71)))) {
                                const err111 = { instancePath: instancePath + "/projects/" + i13 + "/number", schemaPath: "#/definitions/projectItem/properties/number/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema37.properties.number.type, parentSchema: schema37.properties.number, data: data71 };
                                if (vErrors === null) {
                                    vErrors = [err111];
                                }
                                else {
                                    vErrors.push(err111);
                                }
                                errors++;
                            }
                            if ((typeof data71 == "number") && (isFinite(data71))) {
                                if (data71 < 1 || isNaN(data71)) {
                                    const err112 = { instancePath: instancePath + "/projects/" + i13 + "/number", schemaPath: "#/definitions/projectItem/properties/number/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema37.properties.number, data: data71 };
                                    if (vErrors === null) {
                                        vErrors = [err112];
                                    }
                                    else {
                                        vErrors.push(err112);
                                    }
                                    errors++;
                                }
                            }
                        }
                        if (data69.fields !== undefined) {
                            let data72 = data69.fields;
                            if (data72 && typeof data72 == "object" && !Array.isArray(data72)) {
                                for (const key8 in data72) {
                                    let data73 = data72[key8];
                                    if ((typeof data73 !== "string") && (!((typeof data73 == "number") && (isFinite(data73))))) {
                                        const err113 = { instancePath: instancePath + "/projects/" + i13 + "/fields/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/projectItem/properties/fields/additionalProperties/type", keyword: "type", params: { type: schema37.properties.fields.additionalProperties.type }, message: "must be string,number", schema: schema37.properties.fields.additionalProperties.type, parentSchema: schema37.properties.fields.additionalProperties, data: data73 };
                                        if (vErrors === null) {
                                            vErrors = [err113];
                                        }
                                        else {
                                            vErrors.push(err113);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err114 = { instancePath: instancePath + "/projects/" + i13 + "/fields", schemaPath: "#/definitions/projectItem/properties/fields/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.properties.fields.type, parentSchema: schema37.properties.fields, data: data72 };
                                if (vErrors === null) {
                                    vErrors = [err114];
                                }
                                else {
                                    vErrors.push(err114);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err115 = { instancePath: instancePath + "/projects/" + i13, schemaPath: "#/definitions/projectItem/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.type, parentSchema: schema37, data: data69 };
                        if (vErrors === null) {
                            vErrors = [err115];
                        }
                        else {
                            vErrors.push(err115);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err116 = { instancePath: instancePath + "/projects", schemaPath: "#/properties/projects/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema15.properties.projects.type, parentSchema: schema15.properties.projects, data: data68 };
                if (vErrors === null) {
                    vErrors = [err116];
                }
                else {
                    vErrors.push(err116);
                }
                errors++;
            }
        }
    }
    else {
        const err117 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.type, parentSchema: schema15, data };
        if (vErrors === null) {
            vErrors = [err117];
        }
        else {
            vErrors.push(err117);
        }
        errors++;
    }
    validate12.errors = vErrors;
    return errors === 0;
}
const schema38 = sift_test_schema_namespaceObject.definitions.modelAnswers;
const schema39 = sift_test_schema_namespaceObject.definitions.modelAnswer;
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            let data0 = data[key0];
            const _errs4 = errors;
            let valid2 = false;
            const _errs5 = errors;
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
                if (data0.choice === undefined) {
                    const err0 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/modelAnswer/anyOf/0/required", keyword: "required", params: { missingProperty: "choice" }, message: "must have required property '" + "choice" + "'", schema: schema39.anyOf[0].required, parentSchema: schema39.anyOf[0], data: data0 };
                    if (vErrors === null) {
                        vErrors = [err0];
                    }
                    else {
                        vErrors.push(err0);
                    }
                    errors++;
                }
                if (data0.confidence === undefined) {
                    const err1 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/modelAnswer/anyOf/0/required", keyword: "required", params: { missingProperty: "confidence" }, message: "must have required property '" + "confidence" + "'", schema: schema39.anyOf[0].required, parentSchema: schema39.anyOf[0], data: data0 };
                    if (vErrors === null) {
                        vErrors = [err1];
                    }
                    else {
                        vErrors.push(err1);
                    }
                    errors++;
                }
                for (const key1 in data0) {
                    if (!((key1 === "choice") || (key1 === "confidence"))) {
                        const err2 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/modelAnswer/anyOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39.anyOf[0], data: data0 };
                        if (vErrors === null) {
                            vErrors = [err2];
                        }
                        else {
                            vErrors.push(err2);
                        }
                        errors++;
                    }
                }
                if (data0.choice !== undefined) {
                    let data1 = data0.choice;
                    if (typeof data1 === "string") {
                        if (func2(data1) < 1) {
                            const err3 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/choice", schemaPath: "#/definitions/modelAnswer/anyOf/0/properties/choice/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema39.anyOf[0].properties.choice, data: data1 };
                            if (vErrors === null) {
                                vErrors = [err3];
                            }
                            else {
                                vErrors.push(err3);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err4 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/choice", schemaPath: "#/definitions/modelAnswer/anyOf/0/properties/choice/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.anyOf[0].properties.choice.type, parentSchema: schema39.anyOf[0].properties.choice, data: data1 };
                        if (vErrors === null) {
                            vErrors = [err4];
                        }
                        else {
                            vErrors.push(err4);
                        }
                        errors++;
                    }
                }
                if (data0.confidence !== undefined) {
                    let data2 = data0.confidence;
                    if ((typeof data2 == "number") && (isFinite(data2))) {
                        if (data2 > 1 || isNaN(data2)) {
                            const err5 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/confidence", schemaPath: "#/definitions/modelAnswer/anyOf/0/properties/confidence/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema39.anyOf[0].properties.confidence, data: data2 };
                            if (vErrors === null) {
                                vErrors = [err5];
                            }
                            else {
                                vErrors.push(err5);
                            }
                            errors++;
                        }
                        if (data2 < 0 || isNaN(data2)) {
                            const err6 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/confidence", schemaPath: "#/definitions/modelAnswer/anyOf/0/properties/confidence/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema39.anyOf[0].properties.confidence, data: data2 };
                            if (vErrors === null) {
                                vErrors = [err6];
                            }
                            else {
                                vErrors.push(err6);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err7 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/confidence", schemaPath: "#/definitions/modelAnswer/anyOf/0/properties/confidence/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema39.anyOf[0].properties.confidence.type, parentSchema: schema39.anyOf[0].properties.confidence, data: data2 };
                        if (vErrors === null) {
                            vErrors = [err7];
                        }
                        else {
                            vErrors.push(err7);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err8 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/modelAnswer/anyOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.anyOf[0].type, parentSchema: schema39.anyOf[0], data: data0 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
            var _valid0 = _errs5 === errors;
            valid2 = valid2 || _valid0;
            if (!valid2) {
                const _errs12 = errors;
                if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
                    if (data0.failed === undefined) {
                        const err9 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/modelAnswer/anyOf/1/required", keyword: "required", params: { missingProperty: "failed" }, message: "must have required property '" + "failed" + "'", schema: schema39.anyOf[1].required, parentSchema: schema39.anyOf[1], data: data0 };
                        if (vErrors === null) {
                            vErrors = [err9];
                        }
                        else {
                            vErrors.push(err9);
                        }
                        errors++;
                    }
                    for (const key2 in data0) {
                        if (!(key2 === "failed")) {
                            const err10 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/modelAnswer/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39.anyOf[1], data: data0 };
                            if (vErrors === null) {
                                vErrors = [err10];
                            }
                            else {
                                vErrors.push(err10);
                            }
                            errors++;
                        }
                    }
                    if (data0.failed !== undefined) {
                        let data3 = data0.failed;
                        if (!(data3 === true)) {
                            const err11 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/failed", schemaPath: "#/definitions/modelAnswer/anyOf/1/properties/failed/enum", keyword: "enum", params: { allowedValues: schema39.anyOf[1].properties.failed.enum }, message: "must be equal to one of the allowed values", schema: schema39.anyOf[1].properties.failed.enum, parentSchema: schema39.anyOf[1].properties.failed, data: data3 };
                            if (vErrors === null) {
                                vErrors = [err11];
                            }
                            else {
                                vErrors.push(err11);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err12 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/modelAnswer/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.anyOf[1].type, parentSchema: schema39.anyOf[1], data: data0 };
                    if (vErrors === null) {
                        vErrors = [err12];
                    }
                    else {
                        vErrors.push(err12);
                    }
                    errors++;
                }
                var _valid0 = _errs12 === errors;
                valid2 = valid2 || _valid0;
                if (!valid2) {
                    const _errs16 = errors;
                    if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
                        if (data0.deferred === undefined) {
                            const err13 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/modelAnswer/anyOf/2/required", keyword: "required", params: { missingProperty: "deferred" }, message: "must have required property '" + "deferred" + "'", schema: schema39.anyOf[2].required, parentSchema: schema39.anyOf[2], data: data0 };
                            if (vErrors === null) {
                                vErrors = [err13];
                            }
                            else {
                                vErrors.push(err13);
                            }
                            errors++;
                        }
                        for (const key3 in data0) {
                            if (!(key3 === "deferred")) {
                                const err14 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/modelAnswer/anyOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39.anyOf[2], data: data0 };
                                if (vErrors === null) {
                                    vErrors = [err14];
                                }
                                else {
                                    vErrors.push(err14);
                                }
                                errors++;
                            }
                        }
                        if (data0.deferred !== undefined) {
                            let data4 = data0.deferred;
                            if (!(data4 === true)) {
                                const err15 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/deferred", schemaPath: "#/definitions/modelAnswer/anyOf/2/properties/deferred/enum", keyword: "enum", params: { allowedValues: schema39.anyOf[2].properties.deferred.enum }, message: "must be equal to one of the allowed values", schema: schema39.anyOf[2].properties.deferred.enum, parentSchema: schema39.anyOf[2].properties.deferred, data: data4 };
                                if (vErrors === null) {
                                    vErrors = [err15];
                                }
                                else {
                                    vErrors.push(err15);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err16 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/modelAnswer/anyOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.anyOf[2].type, parentSchema: schema39.anyOf[2], data: data0 };
                        if (vErrors === null) {
                            vErrors = [err16];
                        }
                        else {
                            vErrors.push(err16);
                        }
                        errors++;
                    }
                    var _valid0 = _errs16 === errors;
                    valid2 = valid2 || _valid0;
                }
            }
            if (!valid2) {
                const err17 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/modelAnswer/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema39.anyOf, parentSchema: schema39, data: data0 };
                if (vErrors === null) {
                    vErrors = [err17];
                }
                else {
                    vErrors.push(err17);
                }
                errors++;
            }
            else {
                errors = _errs4;
                if (vErrors !== null) {
                    if (_errs4) {
                        vErrors.length = _errs4;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
    }
    else {
        const err18 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema38.type, parentSchema: schema38, data };
        if (vErrors === null) {
            vErrors = [err18];
        }
        else {
            vErrors.push(err18);
        }
        errors++;
    }
    validate22.errors = vErrors;
    return errors === 0;
}
const schema42 = sift_test_schema_namespaceObject.definitions.expectation;
const schema43 = sift_test_schema_namespaceObject.definitions.expectedAction;
const schema44 = sift_test_schema_namespaceObject.definitions.names;
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (Object.keys(data).length > 1) {
            const err0 = { instancePath, schemaPath: "#/maxProperties", keyword: "maxProperties", params: { limit: 1 }, message: "must NOT have more than 1 properties", schema: 1, parentSchema: schema43, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (Object.keys(data).length < 1) {
            const err1 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema43, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(func7.call(schema43.properties, key0))) {
                const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema43, data };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.label !== undefined) {
            let data0 = data.label;
            if ((typeof data0 !== "string") && (!(Array.isArray(data0)))) {
                const err3 = { instancePath: instancePath + "/label", schemaPath: "#/definitions/names/type", keyword: "type", params: { type: schema44.type }, message: "must be string,array", schema: schema44.type, parentSchema: schema44, data: data0 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
            if (typeof data0 === "string") {
                if (func2(data0) < 1) {
                    const err4 = { instancePath: instancePath + "/label", schemaPath: "#/definitions/names/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema44, data: data0 };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
            }
            if (Array.isArray(data0)) {
                if (data0.length < 1) {
                    const err5 = { instancePath: instancePath + "/label", schemaPath: "#/definitions/names/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema44, data: data0 };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
                const len0 = data0.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data1 = data0[i0];
                    if (typeof data1 === "string") {
                        if (func2(data1) < 1) {
                            const err6 = { instancePath: instancePath + "/label/" + i0, schemaPath: "#/definitions/names/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema44.items, data: data1 };
                            if (vErrors === null) {
                                vErrors = [err6];
                            }
                            else {
                                vErrors.push(err6);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err7 = { instancePath: instancePath + "/label/" + i0, schemaPath: "#/definitions/names/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.items.type, parentSchema: schema44.items, data: data1 };
                        if (vErrors === null) {
                            vErrors = [err7];
                        }
                        else {
                            vErrors.push(err7);
                        }
                        errors++;
                    }
                }
            }
        }
        if (data.unlabel !== undefined) {
            let data2 = data.unlabel;
            if ((typeof data2 !== "string") && (!(Array.isArray(data2)))) {
                const err8 = { instancePath: instancePath + "/unlabel", schemaPath: "#/definitions/names/type", keyword: "type", params: { type: schema44.type }, message: "must be string,array", schema: schema44.type, parentSchema: schema44, data: data2 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
            if (typeof data2 === "string") {
                if (func2(data2) < 1) {
                    const err9 = { instancePath: instancePath + "/unlabel", schemaPath: "#/definitions/names/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema44, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
            }
            if (Array.isArray(data2)) {
                if (data2.length < 1) {
                    const err10 = { instancePath: instancePath + "/unlabel", schemaPath: "#/definitions/names/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema44, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err10];
                    }
                    else {
                        vErrors.push(err10);
                    }
                    errors++;
                }
                const len1 = data2.length;
                for (let i1 = 0; i1 < len1; i1++) {
                    let data3 = data2[i1];
                    if (typeof data3 === "string") {
                        if (func2(data3) < 1) {
                            const err11 = { instancePath: instancePath + "/unlabel/" + i1, schemaPath: "#/definitions/names/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema44.items, data: data3 };
                            if (vErrors === null) {
                                vErrors = [err11];
                            }
                            else {
                                vErrors.push(err11);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err12 = { instancePath: instancePath + "/unlabel/" + i1, schemaPath: "#/definitions/names/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.items.type, parentSchema: schema44.items, data: data3 };
                        if (vErrors === null) {
                            vErrors = [err12];
                        }
                        else {
                            vErrors.push(err12);
                        }
                        errors++;
                    }
                }
            }
        }
        if (data.comment !== undefined) {
            let data4 = data.comment;
            if (typeof data4 === "string") {
                if (func2(data4) < 1) {
                    const err13 = { instancePath: instancePath + "/comment", schemaPath: "#/properties/comment/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema43.properties.comment, data: data4 };
                    if (vErrors === null) {
                        vErrors = [err13];
                    }
                    else {
                        vErrors.push(err13);
                    }
                    errors++;
                }
            }
            else {
                const err14 = { instancePath: instancePath + "/comment", schemaPath: "#/properties/comment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.properties.comment.type, parentSchema: schema43.properties.comment, data: data4 };
                if (vErrors === null) {
                    vErrors = [err14];
                }
                else {
                    vErrors.push(err14);
                }
                errors++;
            }
        }
        if (data.close !== undefined) {
            let data5 = data.close;
            if (!((((((data5 === "completed") || (data5 === "not_planned")) || (data5 === "resolved")) || (data5 === "outdated")) || (data5 === "duplicate")) || (data5 === true))) {
                const err15 = { instancePath: instancePath + "/close", schemaPath: "#/properties/close/enum", keyword: "enum", params: { allowedValues: schema43.properties.close.enum }, message: "must be equal to one of the allowed values", schema: schema43.properties.close.enum, parentSchema: schema43.properties.close, data: data5 };
                if (vErrors === null) {
                    vErrors = [err15];
                }
                else {
                    vErrors.push(err15);
                }
                errors++;
            }
        }
        if (data.reopen !== undefined) {
            let data6 = data.reopen;
            if (true !== data6) {
                const err16 = { instancePath: instancePath + "/reopen", schemaPath: "#/properties/reopen/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant", schema: true, parentSchema: schema43.properties.reopen, data: data6 };
                if (vErrors === null) {
                    vErrors = [err16];
                }
                else {
                    vErrors.push(err16);
                }
                errors++;
            }
        }
        if (data.lock !== undefined) {
            let data7 = data.lock;
            if (!(((((data7 === true) || (data7 === "off-topic")) || (data7 === "too heated")) || (data7 === "resolved")) || (data7 === "spam"))) {
                const err17 = { instancePath: instancePath + "/lock", schemaPath: "#/properties/lock/enum", keyword: "enum", params: { allowedValues: schema43.properties.lock.enum }, message: "must be equal to one of the allowed values", schema: schema43.properties.lock.enum, parentSchema: schema43.properties.lock, data: data7 };
                if (vErrors === null) {
                    vErrors = [err17];
                }
                else {
                    vErrors.push(err17);
                }
                errors++;
            }
        }
        if (data.unlock !== undefined) {
            let data8 = data.unlock;
            if (true !== data8) {
                const err18 = { instancePath: instancePath + "/unlock", schemaPath: "#/properties/unlock/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant", schema: true, parentSchema: schema43.properties.unlock, data: data8 };
                if (vErrors === null) {
                    vErrors = [err18];
                }
                else {
                    vErrors.push(err18);
                }
                errors++;
            }
        }
        if (data.assign !== undefined) {
            let data9 = data.assign;
            if ((typeof data9 !== "string") && (!(Array.isArray(data9)))) {
                const err19 = { instancePath: instancePath + "/assign", schemaPath: "#/definitions/names/type", keyword: "type", params: { type: schema44.type }, message: "must be string,array", schema: schema44.type, parentSchema: schema44, data: data9 };
                if (vErrors === null) {
                    vErrors = [err19];
                }
                else {
                    vErrors.push(err19);
                }
                errors++;
            }
            if (typeof data9 === "string") {
                if (func2(data9) < 1) {
                    const err20 = { instancePath: instancePath + "/assign", schemaPath: "#/definitions/names/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema44, data: data9 };
                    if (vErrors === null) {
                        vErrors = [err20];
                    }
                    else {
                        vErrors.push(err20);
                    }
                    errors++;
                }
            }
            if (Array.isArray(data9)) {
                if (data9.length < 1) {
                    const err21 = { instancePath: instancePath + "/assign", schemaPath: "#/definitions/names/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema44, data: data9 };
                    if (vErrors === null) {
                        vErrors = [err21];
                    }
                    else {
                        vErrors.push(err21);
                    }
                    errors++;
                }
                const len2 = data9.length;
                for (let i2 = 0; i2 < len2; i2++) {
                    let data10 = data9[i2];
                    if (typeof data10 === "string") {
                        if (func2(data10) < 1) {
                            const err22 = { instancePath: instancePath + "/assign/" + i2, schemaPath: "#/definitions/names/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema44.items, data: data10 };
                            if (vErrors === null) {
                                vErrors = [err22];
                            }
                            else {
                                vErrors.push(err22);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err23 = { instancePath: instancePath + "/assign/" + i2, schemaPath: "#/definitions/names/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.items.type, parentSchema: schema44.items, data: data10 };
                        if (vErrors === null) {
                            vErrors = [err23];
                        }
                        else {
                            vErrors.push(err23);
                        }
                        errors++;
                    }
                }
            }
        }
        if (data.unassign !== undefined) {
            let data11 = data.unassign;
            if ((typeof data11 !== "string") && (!(Array.isArray(data11)))) {
                const err24 = { instancePath: instancePath + "/unassign", schemaPath: "#/definitions/names/type", keyword: "type", params: { type: schema44.type }, message: "must be string,array", schema: schema44.type, parentSchema: schema44, data: data11 };
                if (vErrors === null) {
                    vErrors = [err24];
                }
                else {
                    vErrors.push(err24);
                }
                errors++;
            }
            if (typeof data11 === "string") {
                if (func2(data11) < 1) {
                    const err25 = { instancePath: instancePath + "/unassign", schemaPath: "#/definitions/names/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema44, data: data11 };
                    if (vErrors === null) {
                        vErrors = [err25];
                    }
                    else {
                        vErrors.push(err25);
                    }
                    errors++;
                }
            }
            if (Array.isArray(data11)) {
                if (data11.length < 1) {
                    const err26 = { instancePath: instancePath + "/unassign", schemaPath: "#/definitions/names/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema44, data: data11 };
                    if (vErrors === null) {
                        vErrors = [err26];
                    }
                    else {
                        vErrors.push(err26);
                    }
                    errors++;
                }
                const len3 = data11.length;
                for (let i3 = 0; i3 < len3; i3++) {
                    let data12 = data11[i3];
                    if (typeof data12 === "string") {
                        if (func2(data12) < 1) {
                            const err27 = { instancePath: instancePath + "/unassign/" + i3, schemaPath: "#/definitions/names/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema44.items, data: data12 };
                            if (vErrors === null) {
                                vErrors = [err27];
                            }
                            else {
                                vErrors.push(err27);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err28 = { instancePath: instancePath + "/unassign/" + i3, schemaPath: "#/definitions/names/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.items.type, parentSchema: schema44.items, data: data12 };
                        if (vErrors === null) {
                            vErrors = [err28];
                        }
                        else {
                            vErrors.push(err28);
                        }
                        errors++;
                    }
                }
            }
        }
        if (data.milestone !== undefined) {
            let data13 = data.milestone;
            if ((typeof data13 !== "string") && (data13 !== null)) {
                const err29 = { instancePath: instancePath + "/milestone", schemaPath: "#/properties/milestone/type", keyword: "type", params: { type: schema43.properties.milestone.type }, message: "must be string,null", schema: schema43.properties.milestone.type, parentSchema: schema43.properties.milestone, data: data13 };
                if (vErrors === null) {
                    vErrors = [err29];
                }
                else {
                    vErrors.push(err29);
                }
                errors++;
            }
        }
        if (data["request-review"] !== undefined) {
            let data14 = data["request-review"];
            if ((typeof data14 !== "string") && (!(Array.isArray(data14)))) {
                const err30 = { instancePath: instancePath + "/request-review", schemaPath: "#/definitions/names/type", keyword: "type", params: { type: schema44.type }, message: "must be string,array", schema: schema44.type, parentSchema: schema44, data: data14 };
                if (vErrors === null) {
                    vErrors = [err30];
                }
                else {
                    vErrors.push(err30);
                }
                errors++;
            }
            if (typeof data14 === "string") {
                if (func2(data14) < 1) {
                    const err31 = { instancePath: instancePath + "/request-review", schemaPath: "#/definitions/names/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema44, data: data14 };
                    if (vErrors === null) {
                        vErrors = [err31];
                    }
                    else {
                        vErrors.push(err31);
                    }
                    errors++;
                }
            }
            if (Array.isArray(data14)) {
                if (data14.length < 1) {
                    const err32 = { instancePath: instancePath + "/request-review", schemaPath: "#/definitions/names/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema44, data: data14 };
                    if (vErrors === null) {
                        vErrors = [err32];
                    }
                    else {
                        vErrors.push(err32);
                    }
                    errors++;
                }
                const len4 = data14.length;
                for (let i4 = 0; i4 < len4; i4++) {
                    let data15 = data14[i4];
                    if (typeof data15 === "string") {
                        if (func2(data15) < 1) {
                            const err33 = { instancePath: instancePath + "/request-review/" + i4, schemaPath: "#/definitions/names/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema44.items, data: data15 };
                            if (vErrors === null) {
                                vErrors = [err33];
                            }
                            else {
                                vErrors.push(err33);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err34 = { instancePath: instancePath + "/request-review/" + i4, schemaPath: "#/definitions/names/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.items.type, parentSchema: schema44.items, data: data15 };
                        if (vErrors === null) {
                            vErrors = [err34];
                        }
                        else {
                            vErrors.push(err34);
                        }
                        errors++;
                    }
                }
            }
        }
        if (data["delete-branch"] !== undefined) {
            let data16 = data["delete-branch"];
            if (!(data16 === true)) {
                const err35 = { instancePath: instancePath + "/delete-branch", schemaPath: "#/properties/delete-branch/enum", keyword: "enum", params: { allowedValues: schema43.properties["delete-branch"].enum }, message: "must be equal to one of the allowed values", schema: schema43.properties["delete-branch"].enum, parentSchema: schema43.properties["delete-branch"], data: data16 };
                if (vErrors === null) {
                    vErrors = [err35];
                }
                else {
                    vErrors.push(err35);
                }
                errors++;
            }
        }
        if (data["issue-type"] !== undefined) {
            let data17 = data["issue-type"];
            if ((typeof data17 !== "string") && (data17 !== null)) {
                const err36 = { instancePath: instancePath + "/issue-type", schemaPath: "#/properties/issue-type/type", keyword: "type", params: { type: schema43.properties["issue-type"].type }, message: "must be string,null", schema: schema43.properties["issue-type"].type, parentSchema: schema43.properties["issue-type"], data: data17 };
                if (vErrors === null) {
                    vErrors = [err36];
                }
                else {
                    vErrors.push(err36);
                }
                errors++;
            }
        }
        if (data.project !== undefined) {
            let data18 = data.project;
            if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                if (data18.owner === undefined) {
                    const err37 = { instancePath: instancePath + "/project", schemaPath: "#/properties/project/required", keyword: "required", params: { missingProperty: "owner" }, message: "must have required property '" + "owner" + "'", schema: schema43.properties.project.required, parentSchema: schema43.properties.project, data: data18 };
                    if (vErrors === null) {
                        vErrors = [err37];
                    }
                    else {
                        vErrors.push(err37);
                    }
                    errors++;
                }
                if (data18.number === undefined) {
                    const err38 = { instancePath: instancePath + "/project", schemaPath: "#/properties/project/required", keyword: "required", params: { missingProperty: "number" }, message: "must have required property '" + "number" + "'", schema: schema43.properties.project.required, parentSchema: schema43.properties.project, data: data18 };
                    if (vErrors === null) {
                        vErrors = [err38];
                    }
                    else {
                        vErrors.push(err38);
                    }
                    errors++;
                }
                for (const key1 in data18) {
                    if (!((((key1 === "owner") || (key1 === "number")) || (key1 === "add")) || (key1 === "fields"))) {
                        const err39 = { instancePath: instancePath + "/project", schemaPath: "#/properties/project/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema43.properties.project, data: data18 };
                        if (vErrors === null) {
                            vErrors = [err39];
                        }
                        else {
                            vErrors.push(err39);
                        }
                        errors++;
                    }
                }
                if (data18.owner !== undefined) {
                    let data19 = data18.owner;
                    if (typeof data19 === "string") {
                        if (func2(data19) < 1) {
                            const err40 = { instancePath: instancePath + "/project/owner", schemaPath: "#/properties/project/properties/owner/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema43.properties.project.properties.owner, data: data19 };
                            if (vErrors === null) {
                                vErrors = [err40];
                            }
                            else {
                                vErrors.push(err40);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err41 = { instancePath: instancePath + "/project/owner", schemaPath: "#/properties/project/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.properties.project.properties.owner.type, parentSchema: schema43.properties.project.properties.owner, data: data19 };
                        if (vErrors === null) {
                            vErrors = [err41];
                        }
                        else {
                            vErrors.push(err41);
                        }
                        errors++;
                    }
                }
                if (data18.number !== undefined) {
                    let data20 = data18.number;
                    if (!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))) {
                        const err42 = { instancePath: instancePath + "/project/number", schemaPath: "#/properties/project/properties/number/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema43.properties.project.properties.number.type, parentSchema: schema43.properties.project.properties.number, data: data20 };
                        if (vErrors === null) {
                            vErrors = [err42];
                        }
                        else {
                            vErrors.push(err42);
                        }
                        errors++;
                    }
                    if ((typeof data20 == "number") && (isFinite(data20))) {
                        if (data20 < 1 || isNaN(data20)) {
                            const err43 = { instancePath: instancePath + "/project/number", schemaPath: "#/properties/project/properties/number/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema43.properties.project.properties.number, data: data20 };
                            if (vErrors === null) {
                                vErrors = [err43];
                            }
                            else {
                                vErrors.push(err43);
                            }
                            errors++;
                        }
                    }
                }
                if (data18.add !== undefined) {
                    let data21 = data18.add;
                    if (typeof data21 !== "boolean") {
                        const err44 = { instancePath: instancePath + "/project/add", schemaPath: "#/properties/project/properties/add/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema43.properties.project.properties.add.type, parentSchema: schema43.properties.project.properties.add, data: data21 };
                        if (vErrors === null) {
                            vErrors = [err44];
                        }
                        else {
                            vErrors.push(err44);
                        }
                        errors++;
                    }
                }
                if (data18.fields !== undefined) {
                    let data22 = data18.fields;
                    if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                        for (const key2 in data22) {
                            let data23 = data22[key2];
                            if ((typeof data23 !== "string") && (!((typeof data23 == "number") && (isFinite(data23))))) {
                                const err45 = { instancePath: instancePath + "/project/fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/project/properties/fields/additionalProperties/type", keyword: "type", params: { type: schema43.properties.project.properties.fields.additionalProperties.type }, message: "must be string,number", schema: schema43.properties.project.properties.fields.additionalProperties.type, parentSchema: schema43.properties.project.properties.fields.additionalProperties, data: data23 };
                                if (vErrors === null) {
                                    vErrors = [err45];
                                }
                                else {
                                    vErrors.push(err45);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err46 = { instancePath: instancePath + "/project/fields", schemaPath: "#/properties/project/properties/fields/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema43.properties.project.properties.fields.type, parentSchema: schema43.properties.project.properties.fields, data: data22 };
                        if (vErrors === null) {
                            vErrors = [err46];
                        }
                        else {
                            vErrors.push(err46);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err47 = { instancePath: instancePath + "/project", schemaPath: "#/properties/project/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema43.properties.project.type, parentSchema: schema43.properties.project, data: data18 };
                if (vErrors === null) {
                    vErrors = [err47];
                }
                else {
                    vErrors.push(err47);
                }
                errors++;
            }
        }
        if (data.react !== undefined) {
            let data24 = data.react;
            if (!((data24 === "+1") || (data24 === "confused"))) {
                const err48 = { instancePath: instancePath + "/react", schemaPath: "#/properties/react/enum", keyword: "enum", params: { allowedValues: schema43.properties.react.enum }, message: "must be equal to one of the allowed values", schema: schema43.properties.react.enum, parentSchema: schema43.properties.react, data: data24 };
                if (vErrors === null) {
                    vErrors = [err48];
                }
                else {
                    vErrors.push(err48);
                }
                errors++;
            }
        }
    }
    else {
        const err49 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema43.type, parentSchema: schema43, data };
        if (vErrors === null) {
            vErrors = [err49];
        }
        else {
            vErrors.push(err49);
        }
        errors++;
    }
    validate25.errors = vErrors;
    return errors === 0;
}
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    const _errs0 = errors;
    let valid0 = false;
    const _errs1 = errors;
    if (typeof data !== "boolean") {
        const err0 = { instancePath, schemaPath: "#/anyOf/0/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema42.anyOf[0].type, parentSchema: schema42.anyOf[0], data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    var _valid0 = _errs1 === errors;
    valid0 = valid0 || _valid0;
    if (!valid0) {
        const _errs3 = errors;
        if (!(((data === "passed") || (data === "failed")) || (data === "skipped"))) {
            const err1 = { instancePath, schemaPath: "#/anyOf/1/enum", keyword: "enum", params: { allowedValues: schema42.anyOf[1].enum }, message: "must be equal to one of the allowed values", schema: schema42.anyOf[1].enum, parentSchema: schema42.anyOf[1], data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        var _valid0 = _errs3 === errors;
        valid0 = valid0 || _valid0;
        if (!valid0) {
            const _errs4 = errors;
            if (Array.isArray(data)) {
                const len0 = data.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    if (!(validate25(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }))) {
                        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err2 = { instancePath, schemaPath: "#/anyOf/2/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema42.anyOf[2].type, parentSchema: schema42.anyOf[2], data };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
            var _valid0 = _errs4 === errors;
            valid0 = valid0 || _valid0;
        }
    }
    if (!valid0) {
        const err3 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema42.anyOf, parentSchema: schema42, data };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    else {
        errors = _errs0;
        if (vErrors !== null) {
            if (_errs0) {
                vErrors.length = _errs0;
            }
            else {
                vErrors = null;
            }
        }
    }
    validate24.errors = vErrors;
    return errors === 0;
}
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.name === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema14.required, parentSchema: schema14, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.item === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "item" }, message: "must have required property '" + "item" + "'", schema: schema14.required, parentSchema: schema14, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.expect === undefined) {
            const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "expect" }, message: "must have required property '" + "expect" + "'", schema: schema14.required, parentSchema: schema14, data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(((((((key0 === "name") || (key0 === "event")) || (key0 === "item")) || (key0 === "model")) || (key0 === "similar")) || (key0 === "sift-comments")) || (key0 === "expect"))) {
                const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema14, data };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.name !== undefined) {
            let data0 = data.name;
            if (typeof data0 === "string") {
                if (func2(data0) < 1) {
                    const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema14.properties.name, data: data0 };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
            }
            else {
                const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.name.type, parentSchema: schema14.properties.name, data: data0 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        if (data.event !== undefined) {
            let data1 = data.event;
            if (typeof data1 === "string") {
                if (!pattern1.test(data1)) {
                    const err6 = { instancePath: instancePath + "/event", schemaPath: "#/properties/event/pattern", keyword: "pattern", params: { pattern: "^[a-z_]+(\\.[a-z_]+)?$" }, message: "must match pattern \"" + "^[a-z_]+(\\.[a-z_]+)?$" + "\"", schema: "^[a-z_]+(\\.[a-z_]+)?$", parentSchema: schema14.properties.event, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err6];
                    }
                    else {
                        vErrors.push(err6);
                    }
                    errors++;
                }
            }
            else {
                const err7 = { instancePath: instancePath + "/event", schemaPath: "#/properties/event/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.event.type, parentSchema: schema14.properties.event, data: data1 };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
        }
        if (data.item !== undefined) {
            if (!(validate12(data.item, { instancePath: instancePath + "/item", parentData: data, parentDataProperty: "item", rootData }))) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.model !== undefined) {
            if (!(validate22(data.model, { instancePath: instancePath + "/model", parentData: data, parentDataProperty: "model", rootData }))) {
                vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                errors = vErrors.length;
            }
        }
        if (data.similar !== undefined) {
            let data4 = data.similar;
            const _errs10 = errors;
            let valid2 = false;
            const _errs11 = errors;
            if (Array.isArray(data4)) {
                const len0 = data4.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data5 = data4[i0];
                    if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                        if (data5.number === undefined) {
                            const err8 = { instancePath: instancePath + "/similar/" + i0, schemaPath: "#/definitions/similarItems/anyOf/0/items/required", keyword: "required", params: { missingProperty: "number" }, message: "must have required property '" + "number" + "'", schema: schema40.anyOf[0].items.required, parentSchema: schema40.anyOf[0].items, data: data5 };
                            if (vErrors === null) {
                                vErrors = [err8];
                            }
                            else {
                                vErrors.push(err8);
                            }
                            errors++;
                        }
                        if (data5.score === undefined) {
                            const err9 = { instancePath: instancePath + "/similar/" + i0, schemaPath: "#/definitions/similarItems/anyOf/0/items/required", keyword: "required", params: { missingProperty: "score" }, message: "must have required property '" + "score" + "'", schema: schema40.anyOf[0].items.required, parentSchema: schema40.anyOf[0].items, data: data5 };
                            if (vErrors === null) {
                                vErrors = [err9];
                            }
                            else {
                                vErrors.push(err9);
                            }
                            errors++;
                        }
                        for (const key1 in data5) {
                            if (!((key1 === "number") || (key1 === "score"))) {
                                const err10 = { instancePath: instancePath + "/similar/" + i0, schemaPath: "#/definitions/similarItems/anyOf/0/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema40.anyOf[0].items, data: data5 };
                                if (vErrors === null) {
                                    vErrors = [err10];
                                }
                                else {
                                    vErrors.push(err10);
                                }
                                errors++;
                            }
                        }
                        if (data5.number !== undefined) {
                            let data6 = data5.number;
                            if (!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))) {
                                const err11 = { instancePath: instancePath + "/similar/" + i0 + "/number", schemaPath: "#/definitions/similarItems/anyOf/0/items/properties/number/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema40.anyOf[0].items.properties.number.type, parentSchema: schema40.anyOf[0].items.properties.number, data: data6 };
                                if (vErrors === null) {
                                    vErrors = [err11];
                                }
                                else {
                                    vErrors.push(err11);
                                }
                                errors++;
                            }
                            if ((typeof data6 == "number") && (isFinite(data6))) {
                                if (data6 < 1 || isNaN(data6)) {
                                    const err12 = { instancePath: instancePath + "/similar/" + i0 + "/number", schemaPath: "#/definitions/similarItems/anyOf/0/items/properties/number/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema40.anyOf[0].items.properties.number, data: data6 };
                                    if (vErrors === null) {
                                        vErrors = [err12];
                                    }
                                    else {
                                        vErrors.push(err12);
                                    }
                                    errors++;
                                }
                            }
                        }
                        if (data5.score !== undefined) {
                            let data7 = data5.score;
                            if ((typeof data7 == "number") && (isFinite(data7))) {
                                if (data7 > 1 || isNaN(data7)) {
                                    const err13 = { instancePath: instancePath + "/similar/" + i0 + "/score", schemaPath: "#/definitions/similarItems/anyOf/0/items/properties/score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema40.anyOf[0].items.properties.score, data: data7 };
                                    if (vErrors === null) {
                                        vErrors = [err13];
                                    }
                                    else {
                                        vErrors.push(err13);
                                    }
                                    errors++;
                                }
                                if (data7 < 0 || isNaN(data7)) {
                                    const err14 = { instancePath: instancePath + "/similar/" + i0 + "/score", schemaPath: "#/definitions/similarItems/anyOf/0/items/properties/score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema40.anyOf[0].items.properties.score, data: data7 };
                                    if (vErrors === null) {
                                        vErrors = [err14];
                                    }
                                    else {
                                        vErrors.push(err14);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err15 = { instancePath: instancePath + "/similar/" + i0 + "/score", schemaPath: "#/definitions/similarItems/anyOf/0/items/properties/score/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema40.anyOf[0].items.properties.score.type, parentSchema: schema40.anyOf[0].items.properties.score, data: data7 };
                                if (vErrors === null) {
                                    vErrors = [err15];
                                }
                                else {
                                    vErrors.push(err15);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err16 = { instancePath: instancePath + "/similar/" + i0, schemaPath: "#/definitions/similarItems/anyOf/0/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema40.anyOf[0].items.type, parentSchema: schema40.anyOf[0].items, data: data5 };
                        if (vErrors === null) {
                            vErrors = [err16];
                        }
                        else {
                            vErrors.push(err16);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err17 = { instancePath: instancePath + "/similar", schemaPath: "#/definitions/similarItems/anyOf/0/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema40.anyOf[0].type, parentSchema: schema40.anyOf[0], data: data4 };
                if (vErrors === null) {
                    vErrors = [err17];
                }
                else {
                    vErrors.push(err17);
                }
                errors++;
            }
            var _valid0 = _errs11 === errors;
            valid2 = valid2 || _valid0;
            if (!valid2) {
                const _errs20 = errors;
                if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                    if (data4.failed === undefined) {
                        const err18 = { instancePath: instancePath + "/similar", schemaPath: "#/definitions/similarItems/anyOf/1/required", keyword: "required", params: { missingProperty: "failed" }, message: "must have required property '" + "failed" + "'", schema: schema40.anyOf[1].required, parentSchema: schema40.anyOf[1], data: data4 };
                        if (vErrors === null) {
                            vErrors = [err18];
                        }
                        else {
                            vErrors.push(err18);
                        }
                        errors++;
                    }
                    for (const key2 in data4) {
                        if (!(key2 === "failed")) {
                            const err19 = { instancePath: instancePath + "/similar", schemaPath: "#/definitions/similarItems/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema40.anyOf[1], data: data4 };
                            if (vErrors === null) {
                                vErrors = [err19];
                            }
                            else {
                                vErrors.push(err19);
                            }
                            errors++;
                        }
                    }
                    if (data4.failed !== undefined) {
                        let data8 = data4.failed;
                        if (true !== data8) {
                            const err20 = { instancePath: instancePath + "/similar/failed", schemaPath: "#/definitions/similarItems/anyOf/1/properties/failed/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant", schema: true, parentSchema: schema40.anyOf[1].properties.failed, data: data8 };
                            if (vErrors === null) {
                                vErrors = [err20];
                            }
                            else {
                                vErrors.push(err20);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err21 = { instancePath: instancePath + "/similar", schemaPath: "#/definitions/similarItems/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema40.anyOf[1].type, parentSchema: schema40.anyOf[1], data: data4 };
                    if (vErrors === null) {
                        vErrors = [err21];
                    }
                    else {
                        vErrors.push(err21);
                    }
                    errors++;
                }
                var _valid0 = _errs20 === errors;
                valid2 = valid2 || _valid0;
                if (!valid2) {
                    const _errs24 = errors;
                    if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                        if (data4.deferred === undefined) {
                            const err22 = { instancePath: instancePath + "/similar", schemaPath: "#/definitions/similarItems/anyOf/2/required", keyword: "required", params: { missingProperty: "deferred" }, message: "must have required property '" + "deferred" + "'", schema: schema40.anyOf[2].required, parentSchema: schema40.anyOf[2], data: data4 };
                            if (vErrors === null) {
                                vErrors = [err22];
                            }
                            else {
                                vErrors.push(err22);
                            }
                            errors++;
                        }
                        for (const key3 in data4) {
                            if (!(key3 === "deferred")) {
                                const err23 = { instancePath: instancePath + "/similar", schemaPath: "#/definitions/similarItems/anyOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema40.anyOf[2], data: data4 };
                                if (vErrors === null) {
                                    vErrors = [err23];
                                }
                                else {
                                    vErrors.push(err23);
                                }
                                errors++;
                            }
                        }
                        if (data4.deferred !== undefined) {
                            let data9 = data4.deferred;
                            if (true !== data9) {
                                const err24 = { instancePath: instancePath + "/similar/deferred", schemaPath: "#/definitions/similarItems/anyOf/2/properties/deferred/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant", schema: true, parentSchema: schema40.anyOf[2].properties.deferred, data: data9 };
                                if (vErrors === null) {
                                    vErrors = [err24];
                                }
                                else {
                                    vErrors.push(err24);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err25 = { instancePath: instancePath + "/similar", schemaPath: "#/definitions/similarItems/anyOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema40.anyOf[2].type, parentSchema: schema40.anyOf[2], data: data4 };
                        if (vErrors === null) {
                            vErrors = [err25];
                        }
                        else {
                            vErrors.push(err25);
                        }
                        errors++;
                    }
                    var _valid0 = _errs24 === errors;
                    valid2 = valid2 || _valid0;
                }
            }
            if (!valid2) {
                const err26 = { instancePath: instancePath + "/similar", schemaPath: "#/definitions/similarItems/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema40.anyOf, parentSchema: schema40, data: data4 };
                if (vErrors === null) {
                    vErrors = [err26];
                }
                else {
                    vErrors.push(err26);
                }
                errors++;
            }
            else {
                errors = _errs10;
                if (vErrors !== null) {
                    if (_errs10) {
                        vErrors.length = _errs10;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data["sift-comments"] !== undefined) {
            let data10 = data["sift-comments"];
            if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                for (const key4 in data10) {
                    let data11 = data10[key4];
                    if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                        if (data11.posted === undefined) {
                            const err27 = { instancePath: instancePath + "/sift-comments/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/sift-comments/additionalProperties/required", keyword: "required", params: { missingProperty: "posted" }, message: "must have required property '" + "posted" + "'", schema: schema14.properties["sift-comments"].additionalProperties.required, parentSchema: schema14.properties["sift-comments"].additionalProperties, data: data11 };
                            if (vErrors === null) {
                                vErrors = [err27];
                            }
                            else {
                                vErrors.push(err27);
                            }
                            errors++;
                        }
                        for (const key5 in data11) {
                            if (!(((key5 === "posted") || (key5 === "thumbs-down")) || (key5 === "replies"))) {
                                const err28 = { instancePath: instancePath + "/sift-comments/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/sift-comments/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema14.properties["sift-comments"].additionalProperties, data: data11 };
                                if (vErrors === null) {
                                    vErrors = [err28];
                                }
                                else {
                                    vErrors.push(err28);
                                }
                                errors++;
                            }
                        }
                        if (data11.posted !== undefined) {
                            let data12 = data11.posted;
                            if (typeof data12 === "string") {
                                if (func2(data12) < 1) {
                                    const err29 = { instancePath: instancePath + "/sift-comments/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/posted", schemaPath: "#/definitions/date/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12, data: data12 };
                                    if (vErrors === null) {
                                        vErrors = [err29];
                                    }
                                    else {
                                        vErrors.push(err29);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err30 = { instancePath: instancePath + "/sift-comments/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/posted", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data12 };
                                if (vErrors === null) {
                                    vErrors = [err30];
                                }
                                else {
                                    vErrors.push(err30);
                                }
                                errors++;
                            }
                        }
                        if (data11["thumbs-down"] !== undefined) {
                            let data13 = data11["thumbs-down"];
                            if (!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))) {
                                const err31 = { instancePath: instancePath + "/sift-comments/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/thumbs-down", schemaPath: "#/properties/sift-comments/additionalProperties/properties/thumbs-down/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema14.properties["sift-comments"].additionalProperties.properties["thumbs-down"].type, parentSchema: schema14.properties["sift-comments"].additionalProperties.properties["thumbs-down"], data: data13 };
                                if (vErrors === null) {
                                    vErrors = [err31];
                                }
                                else {
                                    vErrors.push(err31);
                                }
                                errors++;
                            }
                            if ((typeof data13 == "number") && (isFinite(data13))) {
                                if (data13 < 0 || isNaN(data13)) {
                                    const err32 = { instancePath: instancePath + "/sift-comments/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/thumbs-down", schemaPath: "#/properties/sift-comments/additionalProperties/properties/thumbs-down/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema14.properties["sift-comments"].additionalProperties.properties["thumbs-down"], data: data13 };
                                    if (vErrors === null) {
                                        vErrors = [err32];
                                    }
                                    else {
                                        vErrors.push(err32);
                                    }
                                    errors++;
                                }
                            }
                        }
                        if (data11.replies !== undefined) {
                            let data14 = data11.replies;
                            if (Array.isArray(data14)) {
                                const len1 = data14.length;
                                for (let i1 = 0; i1 < len1; i1++) {
                                    let data15 = data14[i1];
                                    if (typeof data15 === "string") {
                                        if (func2(data15) < 1) {
                                            const err33 = { instancePath: instancePath + "/sift-comments/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/replies/" + i1, schemaPath: "#/properties/sift-comments/additionalProperties/properties/replies/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema14.properties["sift-comments"].additionalProperties.properties.replies.items, data: data15 };
                                            if (vErrors === null) {
                                                vErrors = [err33];
                                            }
                                            else {
                                                vErrors.push(err33);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err34 = { instancePath: instancePath + "/sift-comments/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/replies/" + i1, schemaPath: "#/properties/sift-comments/additionalProperties/properties/replies/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties["sift-comments"].additionalProperties.properties.replies.items.type, parentSchema: schema14.properties["sift-comments"].additionalProperties.properties.replies.items, data: data15 };
                                        if (vErrors === null) {
                                            vErrors = [err34];
                                        }
                                        else {
                                            vErrors.push(err34);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err35 = { instancePath: instancePath + "/sift-comments/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/replies", schemaPath: "#/properties/sift-comments/additionalProperties/properties/replies/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties["sift-comments"].additionalProperties.properties.replies.type, parentSchema: schema14.properties["sift-comments"].additionalProperties.properties.replies, data: data14 };
                                if (vErrors === null) {
                                    vErrors = [err35];
                                }
                                else {
                                    vErrors.push(err35);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err36 = { instancePath: instancePath + "/sift-comments/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/sift-comments/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.properties["sift-comments"].additionalProperties.type, parentSchema: schema14.properties["sift-comments"].additionalProperties, data: data11 };
                        if (vErrors === null) {
                            vErrors = [err36];
                        }
                        else {
                            vErrors.push(err36);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err37 = { instancePath: instancePath + "/sift-comments", schemaPath: "#/properties/sift-comments/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.properties["sift-comments"].type, parentSchema: schema14.properties["sift-comments"], data: data10 };
                if (vErrors === null) {
                    vErrors = [err37];
                }
                else {
                    vErrors.push(err37);
                }
                errors++;
            }
        }
        if (data.expect !== undefined) {
            let data16 = data.expect;
            if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                if (Object.keys(data16).length < 1) {
                    const err38 = { instancePath: instancePath + "/expect", schemaPath: "#/properties/expect/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema14.properties.expect, data: data16 };
                    if (vErrors === null) {
                        vErrors = [err38];
                    }
                    else {
                        vErrors.push(err38);
                    }
                    errors++;
                }
                for (const key6 in data16) {
                    if (!(validate24(data16[key6], { instancePath: instancePath + "/expect/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data16, parentDataProperty: key6, rootData }))) {
                        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err39 = { instancePath: instancePath + "/expect", schemaPath: "#/properties/expect/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.properties.expect.type, parentSchema: schema14.properties.expect, data: data16 };
                if (vErrors === null) {
                    vErrors = [err39];
                }
                else {
                    vErrors.push(err39);
                }
                errors++;
            }
        }
    }
    else {
        const err40 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.type, parentSchema: schema14, data };
        if (vErrors === null) {
            vErrors = [err40];
        }
        else {
            vErrors.push(err40);
        }
        errors++;
    }
    validate11.errors = vErrors;
    return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    /*# sourceURL="https://raw.githubusercontent.com/sift-triage/sift/v1/schema/sift-test.schema.json" */ ;
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.version === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'", schema: schema11.required, parentSchema: schema11, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.tests === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tests" }, message: "must have required property '" + "tests" + "'", schema: schema11.required, parentSchema: schema11, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!((((key0 === "version") || (key0 === "now")) || (key0 === "projects")) || (key0 === "tests"))) {
                const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.version !== undefined) {
            let data0 = data.version;
            if (!(data0 === 1)) {
                const err3 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/enum", keyword: "enum", params: { allowedValues: schema11.properties.version.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.version.enum, parentSchema: schema11.properties.version, data: data0 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.now !== undefined) {
            let data1 = data.now;
            if (typeof data1 === "string") {
                if (func2(data1) < 1) {
                    const err4 = { instancePath: instancePath + "/now", schemaPath: "#/definitions/date/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
            }
            else {
                const err5 = { instancePath: instancePath + "/now", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data1 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        if (data.projects !== undefined) {
            let data2 = data.projects;
            if (Array.isArray(data2)) {
                const len0 = data2.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data3 = data2[i0];
                    if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                        if (data3.owner === undefined) {
                            const err6 = { instancePath: instancePath + "/projects/" + i0, schemaPath: "#/definitions/projectDefinition/required", keyword: "required", params: { missingProperty: "owner" }, message: "must have required property '" + "owner" + "'", schema: schema13.required, parentSchema: schema13, data: data3 };
                            if (vErrors === null) {
                                vErrors = [err6];
                            }
                            else {
                                vErrors.push(err6);
                            }
                            errors++;
                        }
                        if (data3.number === undefined) {
                            const err7 = { instancePath: instancePath + "/projects/" + i0, schemaPath: "#/definitions/projectDefinition/required", keyword: "required", params: { missingProperty: "number" }, message: "must have required property '" + "number" + "'", schema: schema13.required, parentSchema: schema13, data: data3 };
                            if (vErrors === null) {
                                vErrors = [err7];
                            }
                            else {
                                vErrors.push(err7);
                            }
                            errors++;
                        }
                        if (data3.fields === undefined) {
                            const err8 = { instancePath: instancePath + "/projects/" + i0, schemaPath: "#/definitions/projectDefinition/required", keyword: "required", params: { missingProperty: "fields" }, message: "must have required property '" + "fields" + "'", schema: schema13.required, parentSchema: schema13, data: data3 };
                            if (vErrors === null) {
                                vErrors = [err8];
                            }
                            else {
                                vErrors.push(err8);
                            }
                            errors++;
                        }
                        for (const key1 in data3) {
                            if (!(((key1 === "owner") || (key1 === "number")) || (key1 === "fields"))) {
                                const err9 = { instancePath: instancePath + "/projects/" + i0, schemaPath: "#/definitions/projectDefinition/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13, data: data3 };
                                if (vErrors === null) {
                                    vErrors = [err9];
                                }
                                else {
                                    vErrors.push(err9);
                                }
                                errors++;
                            }
                        }
                        if (data3.owner !== undefined) {
                            let data4 = data3.owner;
                            if (typeof data4 === "string") {
                                if (func2(data4) < 1) {
                                    const err10 = { instancePath: instancePath + "/projects/" + i0 + "/owner", schemaPath: "#/definitions/projectDefinition/properties/owner/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.owner, data: data4 };
                                    if (vErrors === null) {
                                        vErrors = [err10];
                                    }
                                    else {
                                        vErrors.push(err10);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err11 = { instancePath: instancePath + "/projects/" + i0 + "/owner", schemaPath: "#/definitions/projectDefinition/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.owner.type, parentSchema: schema13.properties.owner, data: data4 };
                                if (vErrors === null) {
                                    vErrors = [err11];
                                }
                                else {
                                    vErrors.push(err11);
                                }
                                errors++;
                            }
                        }
                        if (data3.number !== undefined) {
                            let data5 = data3.number;
                            if (!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))) {
                                const err12 = { instancePath: instancePath + "/projects/" + i0 + "/number", schemaPath: "#/definitions/projectDefinition/properties/number/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema13.properties.number.type, parentSchema: schema13.properties.number, data: data5 };
                                if (vErrors === null) {
                                    vErrors = [err12];
                                }
                                else {
                                    vErrors.push(err12);
                                }
                                errors++;
                            }
                            if ((typeof data5 == "number") && (isFinite(data5))) {
                                if (data5 < 1 || isNaN(data5)) {
                                    const err13 = { instancePath: instancePath + "/projects/" + i0 + "/number", schemaPath: "#/definitions/projectDefinition/properties/number/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema13.properties.number, data: data5 };
                                    if (vErrors === null) {
                                        vErrors = [err13];
                                    }
                                    else {
                                        vErrors.push(err13);
                                    }
                                    errors++;
                                }
                            }
                        }
                        if (data3.fields !== undefined) {
                            let data6 = data3.fields;
                            if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                                for (const key2 in data6) {
                                    let data7 = data6[key2];
                                    const _errs20 = errors;
                                    let valid7 = false;
                                    const _errs21 = errors;
                                    if (!(((data7 === "text") || (data7 === "number")) || (data7 === "date"))) {
                                        const err14 = { instancePath: instancePath + "/projects/" + i0 + "/fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/projectDefinition/properties/fields/additionalProperties/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema13.properties.fields.additionalProperties.anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema13.properties.fields.additionalProperties.anyOf[0].enum, parentSchema: schema13.properties.fields.additionalProperties.anyOf[0], data: data7 };
                                        if (vErrors === null) {
                                            vErrors = [err14];
                                        }
                                        else {
                                            vErrors.push(err14);
                                        }
                                        errors++;
                                    }
                                    var _valid0 = _errs21 === errors;
                                    valid7 = valid7 || _valid0;
                                    if (!valid7) {
                                        const _errs22 = errors;
                                        if (Array.isArray(data7)) {
                                            if (data7.length < 1) {
                                                const err15 = { instancePath: instancePath + "/projects/" + i0 + "/fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/projectDefinition/properties/fields/additionalProperties/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema13.properties.fields.additionalProperties.anyOf[1], data: data7 };
                                                if (vErrors === null) {
                                                    vErrors = [err15];
                                                }
                                                else {
                                                    vErrors.push(err15);
                                                }
                                                errors++;
                                            }
                                            const len1 = data7.length;
                                            for (let i1 = 0; i1 < len1; i1++) {
                                                let data8 = data7[i1];
                                                if (typeof data8 === "string") {
                                                    if (func2(data8) < 1) {
                                                        const err16 = { instancePath: instancePath + "/projects/" + i0 + "/fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i1, schemaPath: "#/definitions/projectDefinition/properties/fields/additionalProperties/anyOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.fields.additionalProperties.anyOf[1].items, data: data8 };
                                                        if (vErrors === null) {
                                                            vErrors = [err16];
                                                        }
                                                        else {
                                                            vErrors.push(err16);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                else {
                                                    const err17 = { instancePath: instancePath + "/projects/" + i0 + "/fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i1, schemaPath: "#/definitions/projectDefinition/properties/fields/additionalProperties/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.fields.additionalProperties.anyOf[1].items.type, parentSchema: schema13.properties.fields.additionalProperties.anyOf[1].items, data: data8 };
                                                    if (vErrors === null) {
                                                        vErrors = [err17];
                                                    }
                                                    else {
                                                        vErrors.push(err17);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err18 = { instancePath: instancePath + "/projects/" + i0 + "/fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/projectDefinition/properties/fields/additionalProperties/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.properties.fields.additionalProperties.anyOf[1].type, parentSchema: schema13.properties.fields.additionalProperties.anyOf[1], data: data7 };
                                            if (vErrors === null) {
                                                vErrors = [err18];
                                            }
                                            else {
                                                vErrors.push(err18);
                                            }
                                            errors++;
                                        }
                                        var _valid0 = _errs22 === errors;
                                        valid7 = valid7 || _valid0;
                                        if (!valid7) {
                                            const _errs26 = errors;
                                            if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                                                if (data7.iterations === undefined) {
                                                    const err19 = { instancePath: instancePath + "/projects/" + i0 + "/fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/projectDefinition/properties/fields/additionalProperties/anyOf/2/required", keyword: "required", params: { missingProperty: "iterations" }, message: "must have required property '" + "iterations" + "'", schema: schema13.properties.fields.additionalProperties.anyOf[2].required, parentSchema: schema13.properties.fields.additionalProperties.anyOf[2], data: data7 };
                                                    if (vErrors === null) {
                                                        vErrors = [err19];
                                                    }
                                                    else {
                                                        vErrors.push(err19);
                                                    }
                                                    errors++;
                                                }
                                                for (const key3 in data7) {
                                                    if (!(key3 === "iterations")) {
                                                        const err20 = { instancePath: instancePath + "/projects/" + i0 + "/fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/projectDefinition/properties/fields/additionalProperties/anyOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13.properties.fields.additionalProperties.anyOf[2], data: data7 };
                                                        if (vErrors === null) {
                                                            vErrors = [err20];
                                                        }
                                                        else {
                                                            vErrors.push(err20);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                if (data7.iterations !== undefined) {
                                                    let data9 = data7.iterations;
                                                    if (Array.isArray(data9)) {
                                                        const len2 = data9.length;
                                                        for (let i2 = 0; i2 < len2; i2++) {
                                                            let data10 = data9[i2];
                                                            if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                                                                if (data10.title === undefined) {
                                                                    const err21 = { instancePath: instancePath + "/projects/" + i0 + "/fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/iterations/" + i2, schemaPath: "#/definitions/projectDefinition/properties/fields/additionalProperties/anyOf/2/properties/iterations/items/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property '" + "title" + "'", schema: schema13.properties.fields.additionalProperties.anyOf[2].properties.iterations.items.required, parentSchema: schema13.properties.fields.additionalProperties.anyOf[2].properties.iterations.items, data: data10 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err21];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err21);
                                                                    }
                                                                    errors++;
                                                                }
                                                                if (data10.start === undefined) {
                                                                    const err22 = { instancePath: instancePath + "/projects/" + i0 + "/fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/iterations/" + i2, schemaPath: "#/definitions/projectDefinition/properties/fields/additionalProperties/anyOf/2/properties/iterations/items/required", keyword: "required", params: { missingProperty: "start" }, message: "must have required property '" + "start" + "'", schema: schema13.properties.fields.additionalProperties.anyOf[2].properties.iterations.items.required, parentSchema: schema13.properties.fields.additionalProperties.anyOf[2].properties.iterations.items, data: data10 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err22];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err22);
                                                                    }
                                                                    errors++;
                                                                }
                                                                for (const key4 in data10) {
                                                                    if (!(((key4 === "title") || (key4 === "start")) || (key4 === "days"))) {
                                                                        const err23 = { instancePath: instancePath + "/projects/" + i0 + "/fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/iterations/" + i2, schemaPath: "#/definitions/projectDefinition/properties/fields/additionalProperties/anyOf/2/properties/iterations/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13.properties.fields.additionalProperties.anyOf[2].properties.iterations.items, data: data10 };
                                                                        if (vErrors === null) {
                                                                            vErrors = [err23];
                                                                        }
                                                                        else {
                                                                            vErrors.push(err23);
                                                                        }
                                                                        errors++;
                                                                    }
                                                                }
                                                                if (data10.title !== undefined) {
                                                                    let data11 = data10.title;
                                                                    if (typeof data11 === "string") {
                                                                        if (func2(data11) < 1) {
                                                                            const err24 = { instancePath: instancePath + "/projects/" + i0 + "/fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/iterations/" + i2 + "/title", schemaPath: "#/definitions/projectDefinition/properties/fields/additionalProperties/anyOf/2/properties/iterations/items/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.fields.additionalProperties.anyOf[2].properties.iterations.items.properties.title, data: data11 };
                                                                            if (vErrors === null) {
                                                                                vErrors = [err24];
                                                                            }
                                                                            else {
                                                                                vErrors.push(err24);
                                                                            }
                                                                            errors++;
                                                                        }
                                                                    }
                                                                    else {
                                                                        const err25 = { instancePath: instancePath + "/projects/" + i0 + "/fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/iterations/" + i2 + "/title", schemaPath: "#/definitions/projectDefinition/properties/fields/additionalProperties/anyOf/2/properties/iterations/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.fields.additionalProperties.anyOf[2].properties.iterations.items.properties.title.type, parentSchema: schema13.properties.fields.additionalProperties.anyOf[2].properties.iterations.items.properties.title, data: data11 };
                                                                        if (vErrors === null) {
                                                                            vErrors = [err25];
                                                                        }
                                                                        else {
                                                                            vErrors.push(err25);
                                                                        }
                                                                        errors++;
                                                                    }
                                                                }
                                                                if (data10.start !== undefined) {
                                                                    let data12 = data10.start;
                                                                    if (typeof data12 === "string") {
                                                                        if (!pattern0.test(data12)) {
                                                                            const err26 = { instancePath: instancePath + "/projects/" + i0 + "/fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/iterations/" + i2 + "/start", schemaPath: "#/definitions/projectDefinition/properties/fields/additionalProperties/anyOf/2/properties/iterations/items/properties/start/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: "must match pattern \"" + "^\\d{4}-\\d{2}-\\d{2}$" + "\"", schema: "^\\d{4}-\\d{2}-\\d{2}$", parentSchema: schema13.properties.fields.additionalProperties.anyOf[2].properties.iterations.items.properties.start, data: data12 };
                                                                            if (vErrors === null) {
                                                                                vErrors = [err26];
                                                                            }
                                                                            else {
                                                                                vErrors.push(err26);
                                                                            }
                                                                            errors++;
                                                                        }
                                                                    }
                                                                    else {
                                                                        const err27 = { instancePath: instancePath + "/projects/" + i0 + "/fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/iterations/" + i2 + "/start", schemaPath: "#/definitions/projectDefinition/properties/fields/additionalProperties/anyOf/2/properties/iterations/items/properties/start/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.fields.additionalProperties.anyOf[2].properties.iterations.items.properties.start.type, parentSchema: schema13.properties.fields.additionalProperties.anyOf[2].properties.iterations.items.properties.start, data: data12 };
                                                                        if (vErrors === null) {
                                                                            vErrors = [err27];
                                                                        }
                                                                        else {
                                                                            vErrors.push(err27);
                                                                        }
                                                                        errors++;
                                                                    }
                                                                }
                                                                if (data10.days !== undefined) {
                                                                    let data13 = data10.days;
                                                                    if (!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))) {
                                                                        const err28 = { instancePath: instancePath + "/projects/" + i0 + "/fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/iterations/" + i2 + "/days", schemaPath: "#/definitions/projectDefinition/properties/fields/additionalProperties/anyOf/2/properties/iterations/items/properties/days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema13.properties.fields.additionalProperties.anyOf[2].properties.iterations.items.properties.days.type, parentSchema: schema13.properties.fields.additionalProperties.anyOf[2].properties.iterations.items.properties.days, data: data13 };
                                                                        if (vErrors === null) {
                                                                            vErrors = [err28];
                                                                        }
                                                                        else {
                                                                            vErrors.push(err28);
                                                                        }
                                                                        errors++;
                                                                    }
                                                                    if ((typeof data13 == "number") && (isFinite(data13))) {
                                                                        if (data13 < 1 || isNaN(data13)) {
                                                                            const err29 = { instancePath: instancePath + "/projects/" + i0 + "/fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/iterations/" + i2 + "/days", schemaPath: "#/definitions/projectDefinition/properties/fields/additionalProperties/anyOf/2/properties/iterations/items/properties/days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema13.properties.fields.additionalProperties.anyOf[2].properties.iterations.items.properties.days, data: data13 };
                                                                            if (vErrors === null) {
                                                                                vErrors = [err29];
                                                                            }
                                                                            else {
                                                                                vErrors.push(err29);
                                                                            }
                                                                            errors++;
                                                                        }
                                                                    }
                                                                }
                                                            }
                                                            else {
                                                                const err30 = { instancePath: instancePath + "/projects/" + i0 + "/fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/iterations/" + i2, schemaPath: "#/definitions/projectDefinition/properties/fields/additionalProperties/anyOf/2/properties/iterations/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.fields.additionalProperties.anyOf[2].properties.iterations.items.type, parentSchema: schema13.properties.fields.additionalProperties.anyOf[2].properties.iterations.items, data: data10 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err30];
                                                                }
                                                                else {
                                                                    vErrors.push(err30);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                    }
                                                    else {
                                                        const err31 = { instancePath: instancePath + "/projects/" + i0 + "/fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/iterations", schemaPath: "#/definitions/projectDefinition/properties/fields/additionalProperties/anyOf/2/properties/iterations/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.properties.fields.additionalProperties.anyOf[2].properties.iterations.type, parentSchema: schema13.properties.fields.additionalProperties.anyOf[2].properties.iterations, data: data9 };
                                                        if (vErrors === null) {
                                                            vErrors = [err31];
                                                        }
                                                        else {
                                                            vErrors.push(err31);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                            }
                                            else {
                                                const err32 = { instancePath: instancePath + "/projects/" + i0 + "/fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/projectDefinition/properties/fields/additionalProperties/anyOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.fields.additionalProperties.anyOf[2].type, parentSchema: schema13.properties.fields.additionalProperties.anyOf[2], data: data7 };
                                                if (vErrors === null) {
                                                    vErrors = [err32];
                                                }
                                                else {
                                                    vErrors.push(err32);
                                                }
                                                errors++;
                                            }
                                            var _valid0 = _errs26 === errors;
                                            valid7 = valid7 || _valid0;
                                        }
                                    }
                                    if (!valid7) {
                                        const err33 = { instancePath: instancePath + "/projects/" + i0 + "/fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/projectDefinition/properties/fields/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema13.properties.fields.additionalProperties.anyOf, parentSchema: schema13.properties.fields.additionalProperties, data: data7 };
                                        if (vErrors === null) {
                                            vErrors = [err33];
                                        }
                                        else {
                                            vErrors.push(err33);
                                        }
                                        errors++;
                                    }
                                    else {
                                        errors = _errs20;
                                        if (vErrors !== null) {
                                            if (_errs20) {
                                                vErrors.length = _errs20;
                                            }
                                            else {
                                                vErrors = null;
                                            }
                                        }
                                    }
                                }
                            }
                            else {
                                const err34 = { instancePath: instancePath + "/projects/" + i0 + "/fields", schemaPath: "#/definitions/projectDefinition/properties/fields/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.fields.type, parentSchema: schema13.properties.fields, data: data6 };
                                if (vErrors === null) {
                                    vErrors = [err34];
                                }
                                else {
                                    vErrors.push(err34);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err35 = { instancePath: instancePath + "/projects/" + i0, schemaPath: "#/definitions/projectDefinition/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.type, parentSchema: schema13, data: data3 };
                        if (vErrors === null) {
                            vErrors = [err35];
                        }
                        else {
                            vErrors.push(err35);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err36 = { instancePath: instancePath + "/projects", schemaPath: "#/properties/projects/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.projects.type, parentSchema: schema11.properties.projects, data: data2 };
                if (vErrors === null) {
                    vErrors = [err36];
                }
                else {
                    vErrors.push(err36);
                }
                errors++;
            }
        }
        if (data.tests !== undefined) {
            let data14 = data.tests;
            if (Array.isArray(data14)) {
                if (data14.length < 1) {
                    const err37 = { instancePath: instancePath + "/tests", schemaPath: "#/properties/tests/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.tests, data: data14 };
                    if (vErrors === null) {
                        vErrors = [err37];
                    }
                    else {
                        vErrors.push(err37);
                    }
                    errors++;
                }
                const len3 = data14.length;
                for (let i3 = 0; i3 < len3; i3++) {
                    if (!(validate11(data14[i3], { instancePath: instancePath + "/tests/" + i3, parentData: data14, parentDataProperty: i3, rootData }))) {
                        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err38 = { instancePath: instancePath + "/tests", schemaPath: "#/properties/tests/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.tests.type, parentSchema: schema11.properties.tests, data: data14 };
                if (vErrors === null) {
                    vErrors = [err38];
                }
                else {
                    vErrors.push(err38);
                }
                errors++;
            }
        }
    }
    else {
        const err39 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
        if (vErrors === null) {
            vErrors = [err39];
        }
        else {
            vErrors.push(err39);
        }
        errors++;
    }
    validate10.errors = vErrors;
    return errors === 0;
}

;// CONCATENATED MODULE: ./src/policy-tests/validate.ts




/** Compiled ahead of time from schema/sift-test.schema.json by scripts/schema-validators.ts. */
const validateTests = tests_validator_generated_validate;
const EXPECTATION_FORM = 'true (the rule changes the item), false (it does not), a list of its changes, or passed, failed or skipped for a check rule';
/** The forms an expectation may take (its anyOf), whose own errors one message replaces. */
const EXPECTATION_BRANCHES = new Set(TESTS_SCHEMA.definitions.expectation.anyOf);
function validateTestsShape(data, locator) {
    if (validateTests(data))
        return [];
    const errors = validateTests.errors ?? [];
    const paths = errors.map((e) => e.instancePath);
    const problems = [];
    const seen = new Set();
    for (const error of errors) {
        // An expectation that is none of its forms fails every branch of its anyOf: one message says it,
        // unless a deeper error (inside a list of changes) says more precisely what is wrong.
        if (EXPECTATION_BRANCHES.has(error.parentSchema))
            continue;
        if (error.keyword === 'anyOf' && paths.some((p) => p.startsWith(error.instancePath + '/')))
            continue;
        const problem = explain(error, data, locator);
        const key = `${problem.pos.line}:${problem.pos.col}:${problem.message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        problems.push(problem);
    }
    return problems;
}
function explain(error, data, locator) {
    const path = toDataPath(error.instancePath, data);
    const subject = describe(path);
    const value = (0,validate/* describeValue */.bp)(error.data);
    const at = (message, where = path) => ({
        path: where,
        pos: locator.valuePos(where),
        message,
    });
    switch (error.keyword) {
        case 'anyOf':
            return at(`${subject} must be ${EXPECTATION_FORM}, not ${value}`);
        case 'type': {
            const types = String(error.params.type).split(',');
            return at(`${subject} must be ${orList(types.map((t) => validate/* TYPE_NAMES */.et[t] ?? t))}, not ${value}`);
        }
        case 'enum':
        case 'const': {
            const allowedValues = (error.params.allowedValues ?? [error.params.allowedValue]);
            const allowed = allowedValues.map(validate/* describeValue */.bp);
            if (path.length === 1 && path[0] === 'version')
                return at(`unsupported version ${value}; supported versions: ${allowed.join(', ')}`);
            const strings = allowedValues.filter((v) => typeof v === 'string');
            const guess = typeof error.data === 'string' ? (0,suggest/* nearest */.p)(error.data, strings) : undefined;
            const hint = guess === undefined ? '' : ` (did you mean "${guess}"?)`;
            return at(`${subject} must be ${orList(allowed)}, not ${value}${hint}`);
        }
        case 'additionalProperties': {
            const key = String(error.params.additionalProperty);
            const valid = Object.keys(error.parentSchema?.properties ?? {});
            const suggestion = (0,suggest/* nearest */.p)(key, valid);
            const hint = suggestion ? `did you mean "${suggestion}"?` : `valid keys: ${valid.join(', ')}`;
            const keyPath = [...path, key];
            return {
                path: keyPath,
                pos: locator.keyPos(keyPath),
                message: `unknown key "${key}" in ${where(path)}; ${hint}`,
            };
        }
        case 'required':
            return at(`missing required key "${String(error.params.missingProperty)}" in ${where(path)}`);
        case 'dependencies':
            return at(`${where(path)} gives "${String(error.params.property)}" without "${String(error.params.missingProperty)}": give both`);
        case 'minItems':
        case 'minLength':
        case 'minProperties':
            return at(`${subject} must not be empty`);
        case 'maxProperties': {
            const keys = locator.keysAt(path);
            return {
                path,
                pos: locator.keyPos([...path, keys[1] ?? '']),
                message: `an expected change must have exactly one key, but this one has ${keys.length} (${keys.join(', ')}); start each with its own "-"`,
            };
        }
        case 'pattern':
            return at(`${subject} has an invalid form: ${value}`);
        case 'minimum':
            return at(`${subject} must be ${String(error.params.limit)} or more, not ${value}`);
        default:
            return at(`${subject} ${error.message ?? 'is invalid'}`);
    }
}
/** How messages name the value at a path: `"labels"`, `item 2 of "comments"`, `the tests file`. */
function describe(path) {
    if (path.length === 0)
        return 'the tests file';
    const last = path[path.length - 1];
    if (typeof last === 'number')
        return `item ${last + 1} of "${String(path[path.length - 2])}"`;
    // Under `expect`, keys are rule ids, not keywords.
    if (path[path.length - 2] === 'expect')
        return `the expectation of rule "${last}"`;
    return `"${last}"`;
}
/** The map a key is (or is missing) in, for messages: `a test`, `the item`, `a comment`. */
function where(path) {
    if (path.length === 0)
        return 'the tests file';
    if (path.length === 2 && path[0] === 'tests')
        return 'a test';
    const last = path[path.length - 1];
    const parent = path[path.length - 2];
    if (last === 'item')
        return 'the item';
    if (typeof last === 'number' && typeof parent === 'string') {
        const singular = {
            comments: 'a comment',
            events: 'an event',
            linked: 'a linked item',
        };
        if (singular[parent])
            return singular[parent];
        return 'an expected change';
    }
    return describe(path);
}
function toDataPath(pointer, data) {
    if (pointer === '')
        return [];
    const path = [];
    let node = data;
    for (const raw of pointer.slice(1).split('/')) {
        const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        if (Array.isArray(node)) {
            path.push(Number(segment));
            node = node[Number(segment)];
        }
        else {
            path.push(segment);
            node =
                node !== null && typeof node === 'object' ? node[segment] : undefined;
        }
    }
    return path;
}
function orList(items) {
    return items.length <= 1
        ? (items[0] ?? '')
        : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

;// CONCATENATED MODULE: ./src/policy-tests/run.ts
/**
 * Runs policy tests through the engine that triages (planItem and evaluateChecks, as the pipeline
 * calls them), with the fixture's facts in place of a provider's. A rule that needs a fact the fixture
 * does not give fails its test with what to add, rather than deciding on a silent false.
 */


/** What to add to an item for each fact the engine may ask for. */
const FACT_ADVICE = {
    files: 'the changed files of the pull request: add `files:` to the item',
    branches: 'the base and head branches of the pull request: add `base:` and `head:` to the item',
    linked: 'the linked items: add `linked:` to the item (`linked: []` when there are none)',
    timeline: 'the item history: add `comments:` or `events:` to the item',
    associations: 'who is a maintainer: add `association:` to the comments and events of the item',
    reactions: 'who reacted when: add `reaction` events to the item',
    labelAppliedAt: 'when each label was applied: add `labeled` events to the item',
    recent: 'recent activity: add `comments:` or `events:` to the item',
    issueType: 'the issue type: add `issue-type:` to the item',
    pull: 'the pull request state: add `mergeable:`, `lines:`, `changed-files:`, `requested-reviewers:` or `pushed:` to the item',
    reviews: 'the reviews: add `reviews:` to the item (`reviews: []` when there are none)',
    checks: 'the checks of the head commit: add `checks:` to the item (`checks: []` when there are none)',
    commands: 'comments with commands: add `comments:` with `/name` lines to the item',
    repositoryLabels: "the repository's labels",
    unknownUsers: 'users',
    repositoryMilestones: "the repository's milestones",
    subIssues: 'the sub-issues: add `sub-issues:` to the item',
    parent: 'the parent issue: add `parent:` to the item',
    answers: "a model's answer: add `model: { RULE: { choice: ..., confidence: ... } }` to the item, RULE being the rule's id",
    ruleComments: "Sift's comment of the vetoed rule: add `sift-comments: { RULE: { posted: 3d ago, thumbs-down: 0, replies: [] } }` to the test (`sift-comments: {}` when Sift has commented nothing)",
    similar: 'the similar items: add `similar: [{ number: 12, score: 0.95 }]` to the test (`similar: []` when there are none)',
    form: 'the issue form: add `form:` to the item (`form: none` for an issue written without one)',
    projects: 'the projects: add `projects:` to the item (`projects: []` for an item in none)',
};
function runPolicyTests(rules, tests, options = {}) {
    const outcomes = [];
    // Problems were reported when the file was parsed (parsePolicyTests).
    const resolved = (0,project_fixtures/* resolveTestProjects */.$F)(rules, tests.projects).ruleSet;
    for (const test of tests.tests) {
        const stop = options.stop?.();
        if (stop)
            throw stop;
        outcomes.push(runTest(resolved, test, new Date(tests.now)));
    }
    return { rulesFile: rules.file, testsFile: tests.file, now: tests.now, outcomes };
}
function runTest(rules, test, now) {
    const compiled = (0,engine/* rulesFor */.NP)(rules, test.trigger);
    const plan = (0,engine/* planItem */.$P)(test.item, test.facts, compiled, now);
    if (plan.kind === 'needs')
        return undecided(test, compiled, plan.facts);
    const checks = (0,engine/* evaluateChecks */.Jn)(test.item, test.facts, compiled, now);
    if (checks.kind === 'needs')
        return undecided(test, compiled, checks.facts);
    // A command may run in several comments (`/label` twice): its expectation holds all their changes.
    const planned = new Map();
    for (const r of plan.plan?.rules ?? [])
        planned.set(r.rule, [...(planned.get(r.rule) ?? []), ...r.changes]);
    const statuses = new Map(checks.results.map((c) => [c.rule, c.status]));
    const outcomes = test.expect.map((expectation) => {
        const actual = planned.get(expectation.rule) ?? [];
        const status = statuses.get(expectation.rule);
        const runs = compiled.rules.some((r) => r.rule.id === expectation.rule) || isCommandKey(expectation.rule);
        const passed = meets(expectation.expected, actual, status);
        const on = rules.rules.find((r) => r.id === expectation.rule)?.on;
        return {
            ...expectation,
            actual,
            ...(status ? { status } : {}),
            passed,
            ...(!passed && !runs
                ? { note: `it does not run in ${runName(test)} (on: ${on?.join(', ')}); set the test's \`event\`` }
                : {}),
        };
    });
    return { test, passed: outcomes.every((o) => o.passed), rules: outcomes };
}
function undecided(test, compiled, facts) {
    const lines = facts.map((fact) => {
        const users = compiled.rules
            .filter((r) => r.fires.facts.includes(fact) || r.actionFacts.includes(fact))
            .map((r) => r.rule.id);
        if (fact === 'answers') {
            const unpinned = users.filter((id) => test.facts.answers?.[id] === undefined);
            if (unpinned.length > 0)
                users.splice(0, users.length, ...unpinned);
            const pins = users.map((id) => `${id}: { choice: ..., confidence: ... }`).join(', ');
            return `the rules (${users.join(', ')}) need a model's answer: add \`model: { ${pins} }\` to the test`;
        }
        return `the rules (${users.join(', ')}) need ${FACT_ADVICE[fact]}`;
    });
    return {
        test,
        passed: false,
        rules: [],
        error: `cannot decide this test: ${lines.join('; ')}`,
    };
}
function meets(expected, actual, status) {
    switch (expected.kind) {
        case 'fires':
            return actual.length > 0 === expected.value;
        case 'check':
            // A check rule that does not run for the test's event has no status: it is skipped.
            return (status ?? 'skipped') === expected.status;
        case 'changes':
            return (expected.changes.length === actual.length &&
                expected.changes.every((e, i) => changeMatches(e, actual[i])));
    }
}
function changeMatches(expected, actual) {
    if (expected.kind !== actual.kind)
        return false;
    switch (expected.kind) {
        case 'label':
        case 'unlabel':
            return sameNames(expected.labels, actual.labels);
        case 'assign':
        case 'unassign':
        case 'request-review':
            return sameNames(expected.logins, actual.logins);
        case 'comment': {
            const body = actual.body;
            return expected.pattern ? expected.pattern.test(body) : expected.text === body;
        }
        case 'close':
            return expected.reason === null || expected.reason === actual.reason;
        case 'lock':
            return (expected.reason === undefined || expected.reason === actual.reason);
        case 'milestone':
            return expected.title === actual.title;
        case 'issue-type': {
            // Names compare as GitHub compares them: in any case.
            const name = actual.name;
            return expected.name === null || name === null
                ? expected.name === name
                : expected.name.toLowerCase() === name.toLowerCase();
        }
        case 'react':
            return expected.content === actual.content;
        case 'project':
            return (0,project_fixtures/* projectChangeMatches */.f6)(expected, actual);
        case 'reopen':
        case 'unlock':
        case 'delete-branch':
            return true;
    }
}
/** Labels and logins compare as sets, ignoring case, as GitHub treats them. */
function sameNames(a, b) {
    const norm = (list) => [...new Set(list.map((s) => s.toLowerCase()))].sort().join('\n');
    return norm(a) === norm(b);
}
function runName(test) {
    if (test.trigger === 'sweep')
        return 'a sweep';
    return `the event ${test.trigger.action ? `${test.trigger.name}.${test.trigger.action}` : test.trigger.name}`;
}
/** `/name` (a command's changes) and `commands` (Sift's answers) are expectation keys, not rule ids. */
function isCommandKey(key) {
    return key === 'commands' || key.startsWith('/');
}

// EXTERNAL MODULE: ./src/policy-tests/defaults.ts
var defaults = __webpack_require__(7050);
;// CONCATENATED MODULE: ./src/policy-tests/index.ts
/**
 * `sift test`: policy tests as fixtures. A tests file holds items and what the rules must do to them;
 * they run through the same engine that triages, with no network and no token.
 */








/**
 * Validates and compiles tests-file text against the rules it tests; `file` names it in messages.
 * Throws ConfigError listing every problem (unknown rule ids and keys with "did you mean", bad dates).
 */
function parsePolicyTests(text, file, rules, realNow = Date.now()) {
    const { data, locator } = (0,parse/* parseRulesYaml */.g)(text, file, 'the tests file is empty: add `version: 1` and a `tests:` list');
    const shapeProblems = validateTestsShape(data, locator);
    const { tests, problems } = compileTests(data, shapeProblems, locator, rules, realNow);
    const all = [
        ...shapeProblems.map(({ pos, message }) => ({ ...pos, message })),
        ...problems,
        ...(0,project_fixtures/* resolveTestProjects */.$F)(rules, tests.projects).problems,
    ];
    if (all.length > 0)
        throw new errors/* ConfigError */.xL(all);
    return tests;
}
/** Reads the tests file at `path` (see parsePolicyTests). A missing file is a ConfigError that says how to name it. */
async function loadPolicyTests(path, rules, realNow = Date.now()) {
    let text;
    try {
        text = await (0,load/* readRulesFile */.e)(path, path);
    }
    catch (error) {
        const problem = error instanceof errors/* ConfigError */.xL ? error.problems[0] : undefined;
        if (!problem?.message.startsWith('rules file not found'))
            throw error;
        throw new errors/* ConfigError */.xL([
            {
                ...problem,
                message: 'tests file not found; set its path with the `tests` input (GitHub Action) or `--tests` (CLI)',
            },
        ]);
    }
    return parsePolicyTests(text, path, rules, realNow);
}


/***/ }),

/***/ 5066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $F: () => (/* binding */ resolveTestProjects),
/* harmony export */   OY: () => (/* binding */ projectDefinitions),
/* harmony export */   Pr: () => (/* binding */ projectFacts),
/* harmony export */   f6: () => (/* binding */ projectChangeMatches),
/* harmony export */   ri: () => (/* binding */ compileExpectedProject),
/* harmony export */   x4: () => (/* binding */ describeExpectedProject)
/* harmony export */ });
/* harmony import */ var _config_raw_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8476);
/* harmony import */ var _model_projects_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4555);
/* harmony import */ var _config_resolve_projects_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5877);



/** Ids are made up (`sift-test-…`): the engine only reads names; ids matter to a forge's writes. */
function projectDefinitions(raw) {
    if (!Array.isArray(raw))
        return [];
    return raw.filter(_config_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainMap */ .n).map((p, k) => {
        const ref = refOf(p);
        const fields = Object.entries((0,_config_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainMap */ .n)(p.fields) ? p.fields : {}).map(([name, spec], i) => {
            const id = `sift-test-field-${k}-${i}`;
            if (Array.isArray(spec))
                return {
                    id,
                    name,
                    type: 'SINGLE_SELECT',
                    options: spec.map((o) => ({ id: `${id}-${String(o)}`, name: String(o) })),
                };
            if ((0,_config_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainMap */ .n)(spec) && Array.isArray(spec.iterations)) {
                const iterations = spec.iterations.filter(_config_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainMap */ .n).map((it, j) => ({
                    id: `${id}-${j}`,
                    title: String(it.title),
                    startDate: String(it.start),
                    duration: typeof it.days === 'number' ? it.days : 14,
                }));
                return { id, name, type: 'ITERATION', iterations };
            }
            return { id, name, type: spec === 'number' ? 'NUMBER' : spec === 'date' ? 'DATE' : 'TEXT' };
        });
        return { ...ref, id: `sift-test-project-${k}`, title: (0,_model_projects_js__WEBPACK_IMPORTED_MODULE_0__/* .describeProject */ .dU)(ref), fields };
    });
}
/** The projects a fixture item is in; a discussion is in none. */
function projectFacts(raw, path, type, ctx) {
    if (!Array.isArray(raw.projects))
        return [];
    if (type === 'discussion' && raw.projects.length > 0) {
        ctx.report([...path, 'projects'], 'discussions cannot be in GitHub projects; remove `projects`');
        return [];
    }
    const out = [];
    raw.projects.filter(_config_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainMap */ .n).forEach((p, k) => {
        const ref = refOf(p);
        if (out.some((m) => (0,_model_projects_js__WEBPACK_IMPORTED_MODULE_0__/* .sameProject */ .EF)(m, ref))) {
            ctx.report([...path, 'projects', k], `the item is in project ${(0,_model_projects_js__WEBPACK_IMPORTED_MODULE_0__/* .describeProject */ .dU)(ref)} once; merge the two entries`);
            return;
        }
        out.push({ ...ref, itemId: `sift-test-item-${k}`, fields: stringValues(p.fields) });
    });
    return out;
}
function compileExpectedProject(value) {
    if (!(0,_config_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainMap */ .n)(value))
        return undefined;
    return {
        kind: 'project',
        project: refOf(value),
        ...(typeof value.add === 'boolean' ? { add: value.add } : {}),
        fields: stringValues(value.fields),
    };
}
/** Same project, the add as expected (when given), exactly these fields (names and options in any case). */
function projectChangeMatches(expected, actual) {
    if (actual.kind !== 'project' || !(0,_model_projects_js__WEBPACK_IMPORTED_MODULE_0__/* .sameProject */ .EF)(expected.project, actual.project))
        return false;
    if (expected.add !== undefined && expected.add !== actual.add)
        return false;
    const wanted = Object.entries(expected.fields);
    if (wanted.length !== actual.fields.length)
        return false;
    return wanted.every(([name, value]) => actual.fields.some((f) => f.name.toLowerCase() === name.toLowerCase() && sameText(f.value, value)));
}
function sameText(a, b) {
    const [x, y] = [Number(a), Number(b)];
    if (a.trim() !== '' && b.trim() !== '' && Number.isFinite(x) && Number.isFinite(y))
        return x === y;
    return a.toLowerCase() === b.toLowerCase();
}
function describeExpectedProject(c) {
    const fields = Object.entries(c.fields).map(([name, value]) => `${name}: ${value}`);
    const head = `${c.add === true ? 'add to' : c.add === false ? 'set in' : 'add to or set in'} ${(0,_model_projects_js__WEBPACK_IMPORTED_MODULE_0__/* .describeProject */ .dU)(c.project)}`;
    return fields.length > 0 ? `${head}, ${fields.join(', ')}` : head;
}
function refOf(raw) {
    return { owner: String(raw.owner), number: typeof raw.number === 'number' ? raw.number : 0 };
}
function stringValues(raw) {
    const out = {};
    if ((0,_config_raw_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainMap */ .n)(raw))
        for (const [name, value] of Object.entries(raw))
            out[name] = String(value);
    return out;
}
/**
 * The rules resolved against the tests file's project definitions. A project the file does not define
 * stays as written (values compare as written); problems (an unknown field or option of a defined
 * project, `@current` on an undefined one) point into the rules file.
 */
function resolveTestProjects(rules, projects) {
    return (0,_config_resolve_projects_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveProjects */ .D9)(rules, projects.map((schema) => ({ ref: { owner: schema.owner, number: schema.number }, schema })), { lenient: true, undefinedAdvice: '; define the project under `projects:` in the tests file' });
}


/***/ }),

/***/ 6302:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Js: () => (/* binding */ testCounts),
/* harmony export */   dO: () => (/* binding */ renderTestsText),
/* harmony export */   u9: () => (/* binding */ FULL_TESTS_CAPS),
/* harmony export */   zE: () => (/* binding */ renderTestsMarkdown)
/* harmony export */ });
/* unused harmony exports expectedLines, actualLines, describeChangeFully */
/* harmony import */ var _engine_projects_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8350);
/* harmony import */ var _policy_tests_project_fixtures_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5066);
/* harmony import */ var _log_line_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8975);
/* harmony import */ var _count_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5861);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4285);





const COMMENT_PREVIEW = 60;
function testCounts(report) {
    const passed = report.outcomes.filter((o) => o.passed).length;
    return { passed, failed: report.outcomes.length - passed };
}
function renderTestsText(report) {
    const lines = [
        `sift test: ${(0,_count_js__WEBPACK_IMPORTED_MODULE_2__/* .count */ .U)(report.outcomes.length, 'test')} in ${report.testsFile} of the rules in ${report.rulesFile} ` +
            `(now ${new Date(report.now).toISOString()})`,
    ];
    for (const outcome of report.outcomes) {
        const { test } = outcome;
        if (outcome.passed) {
            lines.push(`passed  ${(0,_log_line_js__WEBPACK_IMPORTED_MODULE_3__/* .oneLine */ .TN)(test.name)}`);
            continue;
        }
        lines.push(`FAILED  ${(0,_log_line_js__WEBPACK_IMPORTED_MODULE_3__/* .oneLine */ .TN)(test.name)}  (${test.pos.file}:${test.pos.line}:${test.pos.col})`);
        if (outcome.error)
            lines.push(`        ${(0,_log_line_js__WEBPACK_IMPORTED_MODULE_3__/* .oneLine */ .TN)(outcome.error)}`);
        else
            lines.push(...sideBySide(outcome).map((l) => `      ${l}`));
    }
    const { passed, failed } = testCounts(report);
    lines.push(`${passed} passed, ${failed} failed`);
    return lines.join('\n') + '\n';
}
/** Every expectation of a failed test: rule, expected and actual, one change a row. */
function sideBySide(outcome) {
    const rows = [['', 'rule', 'expected', 'actual']];
    const notes = [];
    for (const rule of outcome.rules) {
        const expected = expectedLines(rule.expected);
        const actual = actualLines(rule);
        const height = Math.max(expected.length, actual.length);
        for (let i = 0; i < height; i++) {
            rows.push([
                i === 0 ? (rule.passed ? 'ok' : 'x ') : '',
                i === 0 ? (0,_log_line_js__WEBPACK_IMPORTED_MODULE_3__/* .oneLine */ .TN)(rule.rule) : '',
                (0,_log_line_js__WEBPACK_IMPORTED_MODULE_3__/* .oneLine */ .TN)(expected[i] ?? ''),
                (0,_log_line_js__WEBPACK_IMPORTED_MODULE_3__/* .oneLine */ .TN)(actual[i] ?? ''),
            ]);
        }
        if (rule.note)
            notes.push((0,_log_line_js__WEBPACK_IMPORTED_MODULE_3__/* .oneLine */ .TN)(`note: ${rule.rule}: ${rule.note}`));
    }
    const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c].length)));
    return [
        ...rows
            .map((r) => [0, 1, 2].map((c) => r[c].padEnd(widths[c])).join('  ') + '  ' + r[3])
            .map((l) => l.trimEnd()),
        ...notes,
    ];
}
function expectedLines(expected) {
    switch (expected.kind) {
        case 'fires':
            return [expected.value ? 'changes the item' : 'nothing'];
        case 'check':
            return [`check ${expected.status}`];
        case 'changes':
            if (expected.changes.length === 0)
                return ['nothing'];
            return expected.changes.map((c) => {
                switch (c.kind) {
                    case 'label':
                    case 'unlabel':
                        return `${c.kind}: ${c.labels.join(', ')}`;
                    case 'assign':
                    case 'unassign':
                    case 'request-review':
                        return `${c.kind}: ${c.logins.join(', ')}`;
                    case 'comment':
                        return `comment: ${c.pattern ? c.source : quote(c.source)}`;
                    case 'close':
                        return `close: ${c.reason ?? 'any reason'}`;
                    case 'lock':
                        return `lock: ${c.reason ?? 'any reason'}`;
                    case 'milestone':
                        return `milestone: ${c.title ?? 'none'}`;
                    case 'issue-type':
                        return `issue-type: ${c.name ?? 'none'}`;
                    case 'delete-branch':
                        return 'delete-branch: true';
                    case 'react':
                        return `react: ${c.content}`;
                    case 'project':
                        return `project: ${(0,_policy_tests_project_fixtures_js__WEBPACK_IMPORTED_MODULE_1__/* .describeExpectedProject */ .x4)(c)}`;
                    case 'reopen':
                    case 'unlock':
                        return c.kind;
                }
            });
    }
}
function actualLines(rule) {
    const lines = rule.status ? [`check ${rule.status}`] : [];
    lines.push(...rule.actual.map(describeChangeFully));
    return lines.length > 0 ? lines : ['nothing'];
}
/** A change as an expectation would be written, so the two columns read alike. */
function describeChangeFully(change) {
    switch (change.kind) {
        case 'label':
        case 'unlabel':
            return `${change.kind}: ${change.labels.join(', ')}`;
        case 'assign':
        case 'unassign':
        case 'request-review':
            return `${change.kind}: ${change.logins.join(', ')}`;
        case 'comment':
            return `comment: ${quote(change.body)}`;
        case 'close':
            return `close: ${change.reason}`;
        case 'lock':
            return `lock: ${change.reason ?? 'no reason'}`;
        case 'milestone':
            return `milestone: ${change.title ?? 'none'}`;
        case 'issue-type':
            return `issue-type: ${change.name ?? 'none'}`;
        case 'delete-branch':
            return 'delete-branch: true';
        case 'react':
            return `react: ${change.content}`;
        case 'project':
            return `project: ${(0,_engine_projects_js__WEBPACK_IMPORTED_MODULE_0__/* .describeProjectChange */ .FW)(change)}`;
        case 'reopen':
        case 'unlock':
            return change.kind;
    }
}
function quote(text) {
    const short = text.length > COMMENT_PREVIEW ? `${text.slice(0, COMMENT_PREVIEW - 1)}…` : text;
    return JSON.stringify(short);
}
const FULL_TESTS_CAPS = {
    failedTests: 500,
    passedTests: 2000,
    rowsPerTest: 50,
    linesPerCell: 20,
    text: 500,
};
/**
 * Markdown: a count, the failed tests with their rules in a table, and the passed tests' names. Every
 * text from the tests or rules file (names, expectations, messages, comment bodies) is a code span it
 * cannot close, so it renders as written and nothing in it (HTML, links, images, mentions) is live.
 */
function renderTestsMarkdown(report, caps = FULL_TESTS_CAPS) {
    const { passed, failed } = testCounts(report);
    const text = (t) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .codeSpan */ .SS)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .clip */ .$Q)(t, caps.text));
    const out = [`**Policy tests** (${text(report.testsFile)}): ${passed} passed, ${failed} failed`, ''];
    const failures = report.outcomes.filter((o) => !o.passed);
    for (const outcome of failures.slice(0, caps.failedTests)) {
        const { test } = outcome;
        out.push(`- :x: **${text(test.name)}** (${text(`${test.pos.file}:${test.pos.line}`)})`);
        if (outcome.error) {
            out.push(`  ${text(outcome.error)}`);
            continue;
        }
        const rules = [...outcome.rules.filter((r) => !r.passed), ...outcome.rules.filter((r) => r.passed)];
        const cell = (lines) => [
            ...lines.slice(0, caps.linesPerCell).map((l) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .codeCell */ .MZ)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .clip */ .$Q)(l, caps.text))),
            ...(lines.length > caps.linesPerCell ? [`and ${lines.length - caps.linesPerCell} more`] : []),
        ].join('<br>');
        out.push('', '  | | rule | expected | actual |', '  | --- | --- | --- | --- |');
        for (const rule of rules.slice(0, caps.rowsPerTest)) {
            out.push(`  | ${rule.passed ? ':white_check_mark:' : ':x:'} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .codeCell */ .MZ)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .clip */ .$Q)(rule.rule, caps.text))} | ` +
                `${cell(expectedLines(rule.expected))} | ${cell(actualLines(rule))} |`);
        }
        if (rules.length > caps.rowsPerTest)
            out.push('', `  and ${(0,_count_js__WEBPACK_IMPORTED_MODULE_2__/* .count */ .U)(rules.length - caps.rowsPerTest, 'more rule')}`);
        out.push('');
    }
    if (failures.length > caps.failedTests) {
        out.push(`- and ${(0,_count_js__WEBPACK_IMPORTED_MODULE_2__/* .count */ .U)(failures.length - caps.failedTests, 'more failed test')} (the log lists them)`);
    }
    const passes = report.outcomes.filter((o) => o.passed);
    for (const outcome of passes.slice(0, caps.passedTests)) {
        out.push(`- :white_check_mark: ${text(outcome.test.name)}`);
    }
    if (passes.length > caps.passedTests) {
        out.push(`- and ${(0,_count_js__WEBPACK_IMPORTED_MODULE_2__/* .count */ .U)(passes.length - caps.passedTests, 'more passed test')}`);
    }
    return out.join('\n') + '\n';
}


/***/ })

};

//# sourceMappingURL=303.index.js.map