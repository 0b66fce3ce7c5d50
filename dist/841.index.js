export const id = 841;
export const ids = [841];
export const modules = {

/***/ 841:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PREVIEW_EVENTS: () => (/* binding */ PREVIEW_EVENTS),
  changesRules: () => (/* binding */ changesRules),
  pullRefs: () => (/* binding */ pullRefs),
  repositoryFiles: () => (/* binding */ repositoryFiles),
  runPreview: () => (/* binding */ runPreview)
});

// UNUSED EXPORTS: PREVIEW_OUTPUT_BYTES, repoPath

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: ./src/action/log.ts
var log = __webpack_require__(8592);
// EXTERNAL MODULE: ./src/config/index.ts + 14 modules
var config = __webpack_require__(3582);
// EXTERNAL MODULE: ./src/model/rules.ts
var rules = __webpack_require__(2622);
// EXTERNAL MODULE: ./src/config/compile-models.ts + 1 modules
var compile_models = __webpack_require__(5231);
// EXTERNAL MODULE: ./src/pipeline/projects.ts
var projects = __webpack_require__(4474);
// EXTERNAL MODULE: ./src/engine/index.ts + 4 modules
var engine = __webpack_require__(4134);
// EXTERNAL MODULE: ./src/executor/index.ts + 7 modules
var executor = __webpack_require__(9580);
// EXTERNAL MODULE: ./src/providers/provider.ts
var providers_provider = __webpack_require__(9545);
// EXTERNAL MODULE: ./src/pipeline/read-ahead.ts
var read_ahead = __webpack_require__(2340);
// EXTERNAL MODULE: ./src/pipeline/scope.ts
var scope = __webpack_require__(398);
// EXTERNAL MODULE: ./src/engine/questions.ts
var questions = __webpack_require__(3291);
// EXTERNAL MODULE: ./src/pipeline/triage.ts + 1 modules
var triage = __webpack_require__(4669);
;// CONCATENATED MODULE: ./src/pipeline/preview.ts
/**
 * The rules preview: a dry run of two rule sets (a pull request's base and head rules files) over the
 * repository in one walk. Each item is listed and its facts read once, and both plans come from that
 * same item, so the two sides differ only by their rules. Reads only: nothing here writes.
 */









async function previewRules(options) {
    const { provider, now } = options;
    // Projects resolved as a run resolves them (each side against the same projects).
    const sets = [
        options.before && (await (0,projects/* resolveRunProjects */.m)(provider, options.before)),
        options.after && (await (0,projects/* resolveRunProjects */.m)(provider, options.after)),
    ];
    const sides = sets.map((set) => (set ? { compiled: (0,engine/* rulesFor */.NP)(set, 'sweep') } : null));
    const rules = ruleDeltas(options.before, options.after);
    const byId = new Map(rules.map((r) => [r.rule, r]));
    const result = {
        repository: provider.repository,
        walked: 0,
        rules,
        failures: [],
        requests: { reads: 0, writes: 0 },
    };
    const present = sets.filter((s) => s !== null);
    if (present.length > 0) {
        try {
            for await (const item of (0,read_ahead/* readAhead */.E)(provider.items(queryOf(present, sides, now)), 100)) {
                result.walked++;
                let changed;
                try {
                    changed = await changedBySide(provider, item, sides, now);
                }
                catch (error) {
                    if (error instanceof providers_provider/* RateLimitStop */.C)
                        throw error;
                    result.failures.push({
                        item: refOf(item),
                        error: error instanceof Error ? error.message : String(error),
                    });
                    continue;
                }
                const [before, after] = changed;
                for (const id of new Set([...before, ...after])) {
                    const delta = byId.get(id);
                    if (!delta)
                        continue;
                    if (before.has(id))
                        delta.before++;
                    if (after.has(id))
                        delta.after++;
                    if (after.has(id) && !before.has(id))
                        delta.added.push(refOf(item));
                    if (before.has(id) && !after.has(id))
                        delta.removed.push(refOf(item));
                }
            }
        }
        catch (error) {
            if (!(error instanceof providers_provider/* RateLimitStop */.C))
                throw error;
            result.stop = error.message;
        }
    }
    result.requests = provider.requestCounts();
    return result;
}
/** For each side, the ids of the rules that would really change the item (a comment already there does not). */
async function changedBySide(provider, item, sides, now) {
    // One cache for both sides: a fact either side asks for is read once, and so is a comment lookup
    // both sides make (the same rule's comment in both files).
    // No model is asked: the pull request's rules file is not trusted to name an endpoint for the
    // workflow's token. Each side's questions get no answer, so its classify rules do not fire.
    const facts = new triage/* FactCache */.p$(provider, item, {
        pending: (f) => sides.flatMap((side) => (side ? (0,questions/* pendingQuestions */.Z)(item, f, side.compiled, now) : [])),
        vetoed: [...new Set(sides.flatMap((side) => (side ? (0,rules/* vetoedRules */.T2)(side.compiled.source.rules) : [])))],
    });
    const lookups = withCommentMemo(provider);
    const out = [];
    for (const side of sides) {
        if (!side) {
            out.push(new Set());
            continue;
        }
        const plan = await facts.settle((f) => (0,engine/* planItem */.$P)(item, f, side.compiled, now));
        out.push(plan ? effectiveRules(await (0,executor/* preparePlan */.HY)(lookups, plan)) : new Set());
    }
    return out;
}
/** The provider, with `findComment` answered once per marker and cycle (for one item's two plans). */
function withCommentMemo(provider) {
    const memo = new Map();
    const findComment = (key, marker, since) => {
        const id = `${key.type}#${key.number}\0${marker}\0${since ?? ''}`;
        let found = memo.get(id);
        if (!found)
            memo.set(id, (found = provider.findComment(key, marker, since)));
        return found;
    };
    return new Proxy(provider, {
        get(target, name) {
            if (name === 'findComment')
                return findComment;
            const value = Reflect.get(target, name, target);
            return typeof value === 'function' ? value.bind(target) : value;
        },
    });
}
function effectiveRules(prepared) {
    const ids = new Set();
    for (const rule of prepared.plan.rules) {
        const real = rule.changes.some((change) => change.kind !== 'comment' || prepared.comments.get(change)?.kind !== 'unchanged');
        if (real)
            ids.add(rule.rule);
    }
    return ids;
}
/** The head's rules in file order, then those only the base has. */
function ruleDeltas(before, after) {
    const all = [...(after?.rules ?? []), ...(before?.rules ?? [])];
    return [...new Set(all.map((r) => r.id))].map((rule) => {
        const inBefore = before?.rules.some((r) => r.id === rule) ?? false;
        const inAfter = after?.rules.some((r) => r.id === rule) ?? false;
        const versions = all.filter((r) => r.id === rule);
        return {
            rule,
            before: 0,
            after: 0,
            added: [],
            removed: [],
            inBefore,
            inAfter,
            eventsOnly: versions.every((r) => !(0,engine/* ruleRunsOn */.M3)(r, 'sweep')),
        };
    });
}
/** One listing that covers both rule sets: the wider scope, every fact either may need. */
function queryOf(sets, sides, now) {
    const compiled = sides.filter((s) => s !== null).map((s) => s.compiled);
    const since = compiled
        .map((c) => (0,scope/* recentSinceOf */.LX)(c, now).recentSince)
        .filter((s) => s !== undefined)
        .sort()[0];
    return {
        ...(0,scope/* scopeOf */.Od)({ ...sets[0], rules: sets.flatMap((s) => s.rules) }),
        prefetch: [...new Set(compiled.flatMap((c) => (0,engine/* factsNeeded */.jJ)(c)))].sort(),
        ...(since ? { recentSince: since } : {}),
        commentMarkers: sets.some((s) => s.rules.some((r) => r.then.some((a) => a.kind === 'comment'))),
    };
}
function refOf(item) {
    return { type: item.type, number: item.number, title: item.title, url: item.url };
}

// EXTERNAL MODULE: ./src/pipeline/rules.ts
var pipeline_rules = __webpack_require__(6517);
// EXTERNAL MODULE: ./src/policy-tests/index.ts + 9 modules
var policy_tests = __webpack_require__(6652);
// EXTERNAL MODULE: ./src/providers/github/client.ts
var github_client = __webpack_require__(8669);
// EXTERNAL MODULE: ./src/providers/github/errors.ts
var errors = __webpack_require__(8769);
;// CONCATENATED MODULE: ./src/providers/github/contents.ts
/**
 * Reads files of the repository at a commit, and the paths a pull request changes, through GitHub's
 * REST API (contents, pull request files). The rules preview reads the rules file of the base and of
 * the head commit this way: as data from the API, never from a checkout of the pull request's code.
 */


function createRepositoryFiles(options) {
    const client = (0,github_client/* createClient */.UU)(options);
    const [owner, repo] = options.repository.split('/');
    const failure = (doing) => ({
        doing,
        repository: options.repository,
        secrets: [options.token],
    });
    return {
        async fileAt(path, ref) {
            const doing = `reading ${path} at ${ref}`;
            const data = await (0,errors/* reading */.hF)(failure(doing), async () => {
                try {
                    const answer = await client.octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
                        owner,
                        repo,
                        path,
                        ref,
                    });
                    return answer.data;
                }
                catch (error) {
                    // No such file at that commit (a pull request that adds the rules file): not a failure.
                    if ((0,errors/* isHttpFailure */.zV)(error) && error.status === 404)
                        return null;
                    throw error;
                }
            });
            if (data === null)
                return null;
            if (Array.isArray(data) ||
                data.type !== 'file' ||
                data.encoding !== 'base64' ||
                data.content === undefined) {
                throw new errors/* GitHubReadError */.Kq(`${doing} in ${options.repository}: it is not a file GitHub sends the text of (a directory, a link, or a file over 1 MB)`);
            }
            return new TextDecoder().decode(Uint8Array.from(atob(data.content.replace(/\s/g, '')), (c) => c.charCodeAt(0)));
        },
        async pullRequestPaths(number) {
            return (0,errors/* reading */.hF)(failure(`reading the changed files of pull request #${number}`), async () => {
                const paths = [];
                const pages = client.octokit.paginate.iterator('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
                    owner,
                    repo,
                    pull_number: number,
                    per_page: 100,
                });
                for await (const { data } of pages) {
                    for (const file of data) {
                        paths.push(file.filename);
                        if (file.previous_filename)
                            paths.push(file.previous_filename);
                    }
                }
                return paths;
            });
        },
        requestCounts: () => ({ reads: client.counts.reads, writes: client.counts.writes }),
    };
}

// EXTERNAL MODULE: ./src/providers/github/webhook.ts
var webhook = __webpack_require__(7261);
// EXTERNAL MODULE: ./src/report/policy-tests.ts
var report_policy_tests = __webpack_require__(6302);
// EXTERNAL MODULE: ./src/report/count.ts
var count = __webpack_require__(5861);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/report/preview.ts



/**
 * Marks the preview comment, so every push edits the same one. `:` cannot occur in a rule id, so no
 * rule's comment can be taken for it; the `sift:rule=` prefix makes it Sift's own comment everywhere
 * (never human activity for the clock).
 */
const PREVIEW_MARKER = '<!-- sift:rule=:preview -->';
/** Items listed per rule and direction; the rest is counted. */
const LISTED_PER_RULE = 20;
function previewEntries(result) {
    return (result?.rules ?? []).map((r) => ({
        rule: r.rule,
        before: r.before,
        after: r.after,
        added: r.added.slice(0, OUTPUT_LISTED).map((i) => i.number),
        removed: r.removed.slice(0, OUTPUT_LISTED).map((i) => i.number),
    }));
}
/** GitHub refuses a comment body over 65,536 characters; stay under it with room to spare. */
const COMMENT_LIMIT = 60_000;
/** Numbers listed per rule and direction in the `preview` output; `before`/`after` count them all. */
const OUTPUT_LISTED = 1_000;
/** From the fullest to the barest; the first that fits is used. */
const LEVELS = [
    { rules: 2000, links: LISTED_PER_RULE, problems: 500, tests: report_policy_tests/* FULL_TESTS_CAPS */.u9 },
    {
        rules: 300,
        links: LISTED_PER_RULE,
        problems: 50,
        tests: { failedTests: 50, passedTests: 100, rowsPerTest: 10, linesPerCell: 5, text: 300 },
    },
    {
        rules: 100,
        links: 5,
        problems: 20,
        tests: { failedTests: 20, passedTests: 30, rowsPerTest: 5, linesPerCell: 3, text: 200 },
    },
    {
        rules: 30,
        links: 0,
        problems: 10,
        tests: { failedTests: 5, passedTests: 5, rowsPerTest: 3, linesPerCell: 2, text: 120 },
    },
];
/** Characters of one problem line shown (a rules file's key can be any length). */
const PROBLEM_TEXT = 400;
/**
 * The comment (and job summary), at most `limit` characters: as much detail as fits (items linked,
 * rules, problems, tests), and when nothing else fits, the counts alone.
 */
function renderPreview(report, limit = COMMENT_LIMIT) {
    for (const caps of LEVELS) {
        const body = renderWith(report, caps);
        if (body.length <= limit)
            return body;
    }
    return renderCounts(report);
}
function renderWith(report, caps) {
    const out = [heading(report), ''];
    if (report.problems.length > 0) {
        const shown = report.problems.slice(0, caps.problems).map((p) => (0,markdown/* clip */.$Q)(p, PROBLEM_TEXT));
        out.push(`The rules file in this pull request has problems, so nothing was previewed (and a run with it would change nothing):`, '', (0,markdown/* codeBlock */.DV)(shown.join('\n')), '');
        if (report.problems.length > shown.length) {
            out.push(`and ${(0,count/* count */.U)(report.problems.length - shown.length, 'more problem')} (the log lists them all).`, '');
        }
    }
    const result = report.result;
    if (result) {
        out.push(dryRunLine(report, result), '');
        // In the file's order when the table holds them all; else the rules that change what they do first.
        const rules = result.rules.length <= caps.rules
            ? result.rules
            : [...result.rules.filter(moved), ...result.rules.filter((r) => !moved(r))];
        if (rules.length > 0) {
            out.push('| rule | items changed before | after | starts changing | stops changing |');
            out.push('| --- | ---: | ---: | ---: | ---: |');
            for (const r of rules.slice(0, caps.rules)) {
                out.push(`| ${(0,markdown/* codeCell */.MZ)((0,markdown/* clip */.$Q)(r.rule, 100))}${preview_status(r)} | ${r.before} | ${r.after} | ${r.added.length} | ${r.removed.length} |`);
            }
            out.push('');
            if (rules.length > caps.rules) {
                out.push(`and ${(0,count/* count */.U)(rules.length - caps.rules, 'more rule')} not in the table.`, '');
            }
        }
        const listed = rules.slice(0, caps.rules).filter(moved);
        for (const r of listed) {
            const id = (0,markdown/* codeSpan */.SS)((0,markdown/* clip */.$Q)(r.rule, 100));
            if (r.added.length > 0)
                out.push(`- ${id} starts changing ${links(r.added, caps.links)}`);
            if (r.removed.length > 0)
                out.push(`- ${id} stops changing ${links(r.removed, caps.links)}`);
        }
        if (listed.length > 0)
            out.push('');
        const eventsOnly = result.rules.filter((r) => r.eventsOnly);
        if (eventsOnly.length > 0) {
            const named = eventsOnly.slice(0, caps.rules).map((r) => (0,markdown/* codeSpan */.SS)((0,markdown/* clip */.$Q)(r.rule, 100)));
            const more = eventsOnly.length - named.length;
            out.push(`Rules that answer events only are not in a sweep, so not previewed: ${named.join(', ')}` +
                `${more > 0 ? ` and ${more} more` : ''}.`, '');
        }
        if (result.failures.length > 0) {
            const named = result.failures
                .slice(0, caps.problems)
                .map((f) => `#${f.item.number} (${(0,markdown/* codeSpan */.SS)((0,markdown/* clip */.$Q)(f.error, PROBLEM_TEXT))})`);
            const more = result.failures.length - named.length;
            out.push(`${(0,count/* count */.U)(result.failures.length, 'item')} could not be read and are in neither count: ` +
                `${named.join('; ')}${more > 0 ? `; and ${more} more` : ''}`, '');
        }
        if (result.stop)
            out.push(`The walk stopped early: ${result.stop} The counts cover the items walked.`, '');
    }
    if (report.tests)
        out.push((0,report_policy_tests/* renderTestsMarkdown */.zE)(report.tests, caps.tests));
    for (const note of report.notes)
        out.push(note, '');
    out.push(PREVIEW_MARKER);
    return out.join('\n') + '\n';
}
/** The last resort for a preview too large to show: what there was, counted. */
function renderCounts(report) {
    const out = [heading(report), ''];
    if (report.problems.length > 0) {
        out.push(`The rules file in this pull request has ${(0,count/* count */.U)(report.problems.length, 'problem')}, so nothing was previewed.`);
    }
    const result = report.result;
    if (result) {
        const moving = result.rules.filter(moved).length;
        out.push(dryRunLine(report, result));
        out.push(`${(0,count/* count */.U)(result.rules.length, 'rule')}, of which ${moving} change what they do.`);
    }
    if (report.tests) {
        const { passed, failed } = (0,report_policy_tests/* testCounts */.Js)(report.tests);
        out.push(`**Policy tests**: ${passed} passed, ${failed} failed.`);
    }
    out.push('', 'The details are too long for a comment; the log of this run has them.', '', ...report.notes.flatMap((note) => [note, '']), PREVIEW_MARKER);
    return out.join('\n') + '\n';
}
function heading(report) {
    return `### Sift preview: what this pull request's ${(0,markdown/* codeSpan */.SS)(report.rulesPath)} would do`;
}
function dryRunLine(report, result) {
    const short = (sha) => `\`${sha.slice(0, 7)}\``;
    const sides = `the rules of the base (${report.baseMissing ? 'no rules file' : short(report.baseSha)}) and of this pull ` +
        `request (${report.headMissing ? 'rules file deleted' : short(report.headSha)})`;
    return (`A dry run of ${sides} over the same ${(0,count/* count */.U)(result.walked, 'item')} of ${result.repository}, read once in one ` +
        `walk (what the next sweep would do). Nothing was changed.`);
}
function moved(r) {
    return r.added.length > 0 || r.removed.length > 0 || r.inAfter !== r.inBefore;
}
function preview_status(r) {
    if (r.inAfter && !r.inBefore)
        return ' (new)';
    if (r.inBefore && !r.inAfter)
        return ' (removed)';
    return '';
}
function links(items, listed) {
    // The title is a tooltip (an HTML attribute, never rendered as Markdown); quotes and backslashes
    // would end it, line breaks would end the link.
    const shown = items
        .slice(0, listed)
        .map((i) => `[#${i.number}](${i.url} "${(0,markdown/* clip */.$Q)(i.title.replace(/["\\]/g, '').replace(/[\r\n]+/g, ' '), 200)}")`);
    const rest = items.length - shown.length;
    if (shown.length === 0)
        return `(${items.length})`;
    return `(${items.length}): ${shown.join(', ')}${rest > 0 ? ` and ${rest} more` : ''}`;
}

// EXTERNAL MODULE: ./src/action/deadline.ts
var action_deadline = __webpack_require__(7716);
// EXTERNAL MODULE: ./src/action/inputs.ts + 2 modules
var action_inputs = __webpack_require__(4510);
// EXTERNAL MODULE: ./src/report/budget.ts
var budget = __webpack_require__(2585);
// EXTERNAL MODULE: ./src/report/summary.ts
var report_summary = __webpack_require__(7994);
// EXTERNAL MODULE: ./src/action/annotations.ts
var annotations = __webpack_require__(7376);
;// CONCATENATED MODULE: ./src/action/preview.ts
/**
 * `mode: preview` (and `auto` on a pull request that changes the rules file): reads the rules file of
 * the base and of the head commit through the API (data, never a checkout of the pull request's code),
 * validates the new one, runs the pull request's tests file, dry-runs both rule sets in one walk, and
 * posts one sticky comment (found by its marker, edited on every push). No other write, ever.
 */


















/** Events whose pull request a preview is about. */
const PREVIEW_EVENTS = ['pull_request', 'pull_request_target'];
/** The pull request's number and commits, from the event payload. */
function pullRefs(payload) {
    const pull = payload.pull_request;
    const number = pull?.number;
    const baseSha = pull?.base?.sha;
    const headSha = pull?.head?.sha;
    if (typeof number !== 'number' || typeof baseSha !== 'string' || typeof headSha !== 'string')
        return null;
    return { number, baseSha, headSha };
}
function repositoryFiles(inputs) {
    return createRepositoryFiles({
        token: inputs.token,
        repository: inputs.repository,
        baseUrl: inputs.apiUrl,
    });
}
/** The rules path as the repository names it (the input is relative to the workspace, the checkout). */
function repoPath(path) {
    return path.replace(/^(\.\/)+/, '');
}
/** `mode: auto` on a pull-request event: whether the pull request touches the rules file (one listing of its files). */
async function changesRules(files, refs, rulesPath) {
    const paths = await files.pullRequestPaths(refs.number);
    return paths.includes(repoPath(rulesPath));
}
/** Budget of the `preview` output: half of Sift's outputs budget, the rest is the base checks'. */
const PREVIEW_OUTPUT_BYTES = Math.floor(budget/* OUTPUTS_BUDGET_BYTES */.pp / 2);
async function runPreview(inputs, eventName, payload, files, now, deadline) {
    const refs = pullRefs(payload);
    if (!refs)
        throw new Error(`mode: preview needs a pull request event; the ${eventName} payload has none.`);
    const event = (0,webhook/* itemFromEvent */.Ai)(eventName, payload);
    const rulesPath = repoPath(inputs.rulesPath);
    const testsPath = repoPath(inputs.testsPath);
    const [baseText, headText, testsText] = await Promise.all([
        files.fileAt(rulesPath, refs.baseSha),
        files.fileAt(rulesPath, refs.headSha),
        files.fileAt(testsPath, refs.headSha),
    ]);
    const report = {
        rulesPath,
        baseSha: refs.baseSha,
        headSha: refs.headSha,
        baseMissing: baseText === null,
        headMissing: headText === null,
        problems: [],
        result: null,
        notes: [],
    };
    const failures = [];
    let before = null;
    if (baseText !== null) {
        try {
            before = (0,config/* parseRules */.NR)(baseText, rulesPath);
        }
        catch (error) {
            if (!(error instanceof config/* ConfigError */.xL))
                throw error;
            report.notes.push(`The base branch's rules file does not load, so the "before" side is empty.`);
        }
    }
    let after = null;
    let provider;
    try {
        after = headText === null ? null : (0,config/* parseRules */.NR)(headText, rulesPath);
        provider = await (0,action_inputs/* repositoryProvider */.y6)(inputs);
        if (after)
            (0,pipeline_rules/* assertSupported */.hv)(after, provider.capabilities);
    }
    catch (error) {
        if (!(error instanceof config/* ConfigError */.xL))
            throw error;
        annotate(error, 'Sift rules file');
        report.problems.push(...error.problems.map(config/* formatProblem */.Vw));
        failures.push(`The rules file in this pull request has problems.`);
    }
    // Tests of rules that do not load would only repeat the rules file's problems.
    if (after && report.problems.length === 0 && testsText !== null) {
        try {
            report.tests = (0,policy_tests/* runPolicyTests */.h6)(after, (0,policy_tests/* parsePolicyTests */.HE)(testsText, testsPath, after, now.getTime()), (0,action_deadline/* stopAt */.mk)(deadline));
            annotateTests(report.tests);
            const { failed } = (0,report_policy_tests/* testCounts */.Js)(report.tests);
            if (failed > 0)
                failures.push(`${failed} policy test(s) failed.`);
        }
        catch (error) {
            if (!(error instanceof config/* ConfigError */.xL))
                throw error;
            annotate(error, 'Sift tests file');
            report.problems.push(...error.problems.map(config/* formatProblem */.Vw));
            failures.push('The tests file in this pull request has problems.');
        }
    }
    // A rules file with problems is not previewed: its plan would be nothing, and saying so is clearer.
    if (provider && report.problems.length === 0) {
        const asking = [before, after].flatMap((set) => (set ? modelRules(set) : []));
        if (asking.length > 0)
            report.notes.push(MODELS_NOTE([...new Set(asking)]));
        report.result = await previewRules({ provider, before, after, now });
        log/* info */.pq(`Sift preview: walked ${(0,count/* count */.U)(report.result.walked, 'item')}; ` +
            report.result.rules.map((r) => `${r.rule} ${r.before} -> ${r.after}`).join(', '));
    }
    const body = renderPreview(report);
    const fitted = (0,budget/* fitJsonArray */.dZ)(previewEntries(report.result), PREVIEW_OUTPUT_BYTES);
    const previewOutputs = { preview: fitted.json, 'preview-omitted': String(fitted.omitted) };
    for (const [name, value] of Object.entries(previewOutputs))
        core/* setOutput */.uH(name, value);
    let summaryBytes = 0;
    if (process.env.GITHUB_STEP_SUMMARY) {
        // The summary may say more than the comment: up to half of Sift's summary budget, counting 3 bytes
        // a character; the base branch's checks may need the other half.
        const summary = renderPreview(report, Math.floor(report_summary/* SUMMARY_BUDGET_BYTES */.Xb / 2 / 3));
        summaryBytes = (0,budget/* utf8Bytes */.dy)(summary);
        await core/* summary */.z.addRaw(summary).write();
    }
    if (event?.readOnlyFork) {
        log/* notice */.lm('This pull request comes from a fork, so the workflow token is read-only: the preview is in the job ' +
            'summary, and no comment was posted. Run the preview on `pull_request_target` to comment.');
    }
    else if (inputs.dryRun) {
        log/* info */.pq('Dry run: the preview comment was not posted.');
    }
    else {
        // Without loaded rules there is no provider yet; the comment does not need their capabilities.
        await postSticky(provider ?? (await (0,action_inputs/* repositoryProvider */.y6)(inputs)), refs.number, body);
    }
    if (failures.length > 0)
        log/* setFailed */.C1(failures.join(' '));
    return {
        baseRules: before,
        summaryBytes,
        outputBytes: Object.entries(previewOutputs).reduce((sum, [name, value]) => sum + (0,budget/* bytesOfOutput */.Km)(name, value), 0),
    };
}
/** Edits the preview comment in place, or posts it the first time; a rerun with the same text writes nothing. */
async function postSticky(provider, number, body) {
    const key = { type: 'pull_request', number };
    const earlier = await provider.findComment(key, PREVIEW_MARKER);
    if (earlier?.body === body)
        return log/* info */.pq('The preview comment already says this.');
    if (earlier)
        await provider.updateComment(key, earlier.id, body);
    else
        await provider.createComment(key, body);
    log/* info */.pq(`${earlier ? 'Updated' : 'Posted'} the preview comment on #${number}.`);
}
function annotate(error, title) {
    (0,annotations/* annotateErrors */.Ei)((0,annotations/* problemAnnotations */.ur)(error, title), 'problems');
}
function annotateTests(report) {
    (0,annotations/* annotateErrors */.Ei)((0,annotations/* failedTestAnnotations */.wG)(report), 'failed tests');
}
/**
 * The preview asks no model: the pull request's rules file would choose where the workflow token goes.
 * Its `classify` and `similar` conditions are unknown, so the comment says why those rules show no items.
 */
const MODELS_NOTE = (rules) => `No model is asked in a preview (the pull request's rules file would choose where the workflow token ` +
    `goes): \`classify\` and \`similar\` conditions are unknown here, so ${rules
        .map((id) => `\`${id.replace(/`/g, '')}\``)
        .join(', ')} show${rules.length === 1 ? 's' : ''} no items. ` +
    'Pin answers in the tests file (`model:`, `similar:`) to check them.';
/** Ids of the rules with a `classify` or `similar` condition. */
function modelRules(set) {
    return set.rules
        .filter((rule) => {
        const conditions = [...rule.when, ...(rule.check?.require ?? [])];
        return (0,compile_models/* classifySpecs */.Z)(conditions).length > 0 || (0,rules/* similarSpecs */.ev)(conditions).length > 0;
    })
        .map((rule) => rule.id);
}


/***/ })

};

//# sourceMappingURL=841.index.js.map