export const id = 758;
export const ids = [758];
export const modules = {

/***/ 2758:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runMerge: () => (/* binding */ runMerge),
  runShards: () => (/* binding */ runShards)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: ./src/action/log.ts
var log = __webpack_require__(8592);
// EXTERNAL MODULE: ./src/fleet/result-document.ts
var result_document = __webpack_require__(9397);
// EXTERNAL MODULE: ./src/fleet/sweep.ts
var sweep = __webpack_require__(9204);
// EXTERNAL MODULE: ./src/fleet/shards.ts
var shards = __webpack_require__(291);
// EXTERNAL MODULE: ./src/node/result-files.ts
var result_files = __webpack_require__(1569);
// EXTERNAL MODULE: ./src/providers/github/fleet.ts + 3 modules
var github_fleet = __webpack_require__(3948);
// EXTERNAL MODULE: ./src/report/budget.ts
var report_budget = __webpack_require__(2585);
// EXTERNAL MODULE: ./src/report/fleet-outputs.ts
var fleet_outputs = __webpack_require__(7781);
// EXTERNAL MODULE: ./src/report/fleet-summary.ts
var fleet_summary = __webpack_require__(2059);
// EXTERNAL MODULE: ./src/report/count.ts
var count = __webpack_require__(5861);
// EXTERNAL MODULE: ./src/report/result.ts
var result = __webpack_require__(5781);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __webpack_require__(7994);
;// CONCATENATED MODULE: ./src/report/shards-summary.ts



/** Of the budget, what the skipped list may take; the shards get the rest. */
const SKIPPED_SHARE = 0.25;
function renderShardsSummary(org, plan, skipped, budget = summary/* SUMMARY_BUDGET_BYTES */.Xb) {
    const total = plan.shards.reduce((n, s) => n + s.repositories.split(' ').filter(Boolean).length, 0);
    const parts = [
        `## Sift shards of ${(0,markdown/* escapeCell */.kq)(org)}`,
        `${total} repositories to sweep in ${plan.shards.length} shards; ${skipped.length} skipped.`,
    ];
    const shardsBudget = budget * (1 - SKIPPED_SHARE) - 1024;
    if (plan.shards.length > 0) {
        const perRow = Math.floor(shardsBudget / plan.shards.length) - 64;
        parts.push((0,markdown/* table */.tp)(['Shard', 'Open items', 'Repositories'], plan.shards.map((s, i) => [s.shard, String(plan.openItems[i]), namesWithin(s.repositories, perRow)])));
    }
    if (skipped.length > 0) {
        const rows = skipped.map((s) => `| ${(0,markdown/* escapeCell */.kq)(s.fullName)} | ${s.reason} |`);
        const { kept } = (0,report_budget/* fitChunks */.at)(rows, budget * SKIPPED_SHARE - 1024);
        parts.push('### Skipped', [(0,markdown/* table */.tp)(['Repository', 'Why'], []), ...rows.slice(0, kept)].join('\n'));
        if (kept < rows.length)
            parts.push(`and ${rows.length - kept} more`);
    }
    return parts.join('\n\n') + '\n';
}
/** As many of the space-separated names as fit in `bytes`, then "and N more". */
function namesWithin(repositories, bytes) {
    const names = repositories.split(' ').filter(Boolean).map(markdown/* escapeCell */.kq);
    const whole = names.join(' ');
    if ((0,report_budget/* utf8Bytes */.dy)(whole) <= bytes)
        return whole;
    const { kept } = (0,report_budget/* fitChunks */.at)(names, Math.max(0, bytes - 32));
    return `${names.slice(0, kept).join(' ')} and ${names.length - kept} more`;
}

;// CONCATENATED MODULE: ./src/action/org.ts
/**
 * The Action's org-wide modes, which triage nothing themselves:
 * - shards: list the organisation's repositories, choose which to sweep, split them into shards and
 *   set the `matrix` output for `strategy.matrix: ${{ fromJSON(...) }}`;
 * - merge: read the shards' result files (input `results`) and write one summary for them all.
 */













async function runShards(inputs) {
    const { org } = inputs.fleet;
    if (!org)
        throw new Error('mode: shards needs the `org` input: the organisation whose repositories to sweep.');
    const fleet = (0,github_fleet/* createGitHubFleet */.u)({ token: inputs.token, baseUrl: inputs.apiUrl, api: inputs.api });
    const listed = await fleet.listRepositories(org);
    const { selected, skipped } = (0,shards/* selectRepositories */.XZ)(listed, inputs.fleet);
    const plan = (0,shards/* splitShards */.yP)(selected, inputs.fleet.maxShards);
    const matrix = (0,shards/* matrixJson */.u5)(plan);
    if ((0,report_budget/* utf8Bytes */.dy)(matrix) > report_budget/* OUTPUTS_BUDGET_BYTES */.pp) {
        throw new Error(`The matrix of ${selected.length} repositories is too large for GitHub's 1 MB limit on outputs; ` +
            'narrow it with `include`/`exclude`, or run several shards workflows.');
    }
    log/* info */.pq(`${org}: ${listed.length} repositories, ${selected.length} to sweep in ${plan.shards.length} shards ` +
        `(${skipped.length} skipped).`);
    plan.shards.forEach((s, i) => log/* info */.pq(`shard ${s.shard} (${plan.openItems[i]} open items): ${s.repositories}`));
    core/* setOutput */.uH('matrix', matrix);
    core/* setOutput */.uH('shard-count', String(plan.shards.length));
    core/* setOutput */.uH('repository-count', String(selected.length));
    if (process.env.GITHUB_STEP_SUMMARY) {
        await core/* summary */.z.addRaw(renderShardsSummary(org, plan, skipped)).write();
    }
    if (selected.length === 0) {
        log/* warning */.$e(`No repository of ${org} is left to sweep (archived, disabled and forks are skipped; check include/exclude). ` +
            'Guard the matrix job with `if: needs.<shards job>.outputs.shard-count != 0`.');
    }
}
async function runMerge(inputs) {
    const dir = inputs.fleet.results;
    if (!dir)
        throw new Error("mode: merge needs the `results` input: the directory holding the shards' result files.");
    const { documents, rejected } = await (0,result_files/* readResultFiles */.f)(dir);
    for (const r of rejected)
        log/* warning */.$e(`Skipped ${r.problem}`);
    const merged = (0,result_document/* mergeResults */.n0)(documents);
    const notes = merged.duplicates.length > 0
        ? [
            `${merged.duplicates.length} repositories appear in more than one result file (a shard run twice?); the latest result of each is shown.`,
        ]
        : [];
    if (process.env.GITHUB_STEP_SUMMARY) {
        const summary = (0,fleet_summary/* renderFleetSummary */.LL)(merged.runs, {
            title: `Sift: ${(0,fleet_summary/* mergedFrom */.JO)(merged.runs.length, merged.files)}`,
            dryRun: merged.dryRun,
            mode: 'merge',
            notes,
            rejected,
        });
        await core/* summary */.z.addRaw(summary).write();
    }
    const outputs = (0,fleet_outputs/* fleetOutputs */.n)(merged.runs);
    core/* setOutput */.uH('changed', String(merged.runs.reduce((n, r) => n + (r.result ? (0,result/* changedOutcomes */.qp)(r.result).length : 0), 0)));
    core/* setOutput */.uH('deferred', JSON.stringify(outputs.deferred));
    core/* setOutput */.uH('repositories', outputs.repositories);
    const failed = merged.runs.filter(sweep/* runFailed */.N);
    log/* info */.pq(`Merged ${(0,count/* count */.U)(merged.files, 'result file')}: ${(0,count/* count */.U)(merged.runs.length, 'repository', 'repositories')}, ${failed.length} needing attention.`);
    // A skipped file hides a shard's repositories: the merge shows the rest, and the step says so by failing.
    const problems = [
        ...(failed.length > 0
            ? [`${failed.length} repositories need attention: ${failed.map((r) => r.repository).join(', ')}`]
            : []),
        ...(rejected.length > 0
            ? [`${rejected.length} result file${rejected.length === 1 ? ' was' : 's were'} skipped (not valid)`]
            : []),
    ];
    if (problems.length > 0)
        log/* setFailed */.C1(`${problems.join('; ')}; see the job summary.`);
}


/***/ })

};

//# sourceMappingURL=758.index.js.map