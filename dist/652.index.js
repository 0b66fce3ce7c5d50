export const id = 652;
export const ids = [652];
export const modules = {

/***/ 652:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runEvalMode: () => (/* binding */ runEvalMode)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: ./src/config/index.ts + 14 modules
var config = __webpack_require__(3582);
// EXTERNAL MODULE: ./src/engine/model-tests.ts
var model_tests = __webpack_require__(8075);
// EXTERNAL MODULE: ./src/engine/truth.ts
var truth = __webpack_require__(4551);
// EXTERNAL MODULE: ./src/config/compile-models.ts + 1 modules
var compile_models = __webpack_require__(5231);
// EXTERNAL MODULE: ./src/model/rules.ts
var model_rules = __webpack_require__(2622);
;// CONCATENATED MODULE: ./src/models/eval.ts

/** What the rule would have labelled: a choice, or `none` (no choice, or outside its confidence range). */
const NO_CHOICE = 'none';
function scoreClassify(rule, spec, samples) {
    const columns = [...spec.into, NO_CHOICE];
    const confusion = {};
    for (const truth of spec.into)
        confusion[truth] = Object.fromEntries(columns.map((c) => [c, 0]));
    let evaluated = 0;
    let failed = 0;
    let correct = 0;
    for (const sample of samples) {
        const predicted = predictionOf(spec, sample.answer);
        if (predicted === undefined) {
            failed++;
            continue;
        }
        evaluated++;
        if (predicted === sample.truth)
            correct++;
        confusion[sample.truth][predicted]++;
    }
    const labels = spec.into.map((label) => {
        const support = columns.reduce((n, c) => n + confusion[label][c], 0);
        const predicted = spec.into.reduce((n, truth) => n + confusion[truth][label], 0);
        const hits = confusion[label][label];
        return {
            label,
            support,
            predicted,
            correct: hits,
            precision: predicted === 0 ? null : hits / predicted,
            recall: support === 0 ? null : hits / support,
        };
    });
    return {
        rule,
        into: [...spec.into],
        minConfidence: spec.minConfidence,
        ...(spec.maxConfidence !== undefined ? { maxConfidence: spec.maxConfidence } : {}),
        evaluated,
        failed,
        correct,
        accuracy: evaluated === 0 ? null : correct / evaluated,
        labels,
        confusion,
        samples: [...samples],
    };
}
/** The rule's label for this answer, `none`, or undefined when there was no answer to score. */
function predictionOf(spec, answer) {
    if (answer.status !== 'answered')
        return undefined;
    return (0,model_tests/* classifyHolds */.tV)(spec, answer) === true && answer.choice !== null ? answer.choice : NO_CHOICE;
}

;// CONCATENATED MODULE: ./src/pipeline/eval.ts





const DEFAULT_SAMPLE = 200;
/** The label people give an item they close as a duplicate (GitHub's and GitLab's default label). */
const DUPLICATE_LABEL = 'duplicate';
/**
 * Whether people closed the item as a duplicate, and how that is known: the forge's close reason
 * (GitHub's "Close as duplicate", GitLab's `/duplicate`), else the label `duplicate` on a closed item
 * (how projects marked duplicates before forges recorded the reason). null: not a people's duplicate.
 */
function duplicateBy(item) {
    if (item.state !== 'closed')
        return null;
    if (item.closedAs === 'duplicate')
        return 'closedAs';
    return item.labels.some((l) => l.toLowerCase() === DUPLICATE_LABEL) ? 'label' : null;
}
async function evaluateRule(options) {
    const { provider, rules, ruleId, sample, models } = options;
    const similar = similarSpecOf(rules, ruleId);
    if (similar !== undefined)
        return evaluateSimilar(options, similar);
    const spec = classifySpecOf(rules, ruleId);
    const into = spec.into.map((label) => label.toLowerCase());
    const labelled = [];
    let walked = 0;
    let sweepCalls = 0;
    for await (const item of provider.items({ state: 'all' })) {
        walked++;
        if (item.type === 'discussion')
            continue;
        const truths = spec.into.filter((label, i) => item.labels.some((l) => l.toLowerCase() === into[i]));
        if (truths.length === 0) {
            if (item.state === 'open')
                sweepCalls++;
            continue;
        }
        // An item people gave two of the choices has no single right answer: left out.
        if (truths.length === 1)
            labelled.push({ item, truth: truths[0] });
    }
    labelled.sort((a, b) => Date.parse(b.item.createdAt) - Date.parse(a.item.createdAt));
    const question = { kind: 'classify', spec };
    const samples = [];
    for (const { item, truth } of labelled.slice(0, sample)) {
        const answers = await models.answer(item, [question]);
        samples.push({
            item: { type: item.type, number: item.number, title: item.title, url: item.url },
            truth,
            answer: answers[spec.key],
        });
    }
    const report = models.report();
    return {
        ...scoreClassify(ruleId, spec, samples),
        repository: provider.repository,
        ...(provider.forge === 'gitlab' ? { forge: provider.forge } : {}),
        walked,
        labelled: labelled.length,
        calls: report.calls,
        cached: report.cached,
        sweepCalls,
    };
}
async function evaluateSimilar(options, spec) {
    const { provider, ruleId, sample, models } = options;
    const items = [];
    let walked = 0;
    for await (const item of provider.items({ state: 'all' })) {
        walked++;
        if (item.type !== 'discussion')
            items.push(item);
    }
    items.sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
    // The walk's items are the candidates too: no second listing.
    const list = async function* () {
        yield* items;
    };
    const question = { kind: 'similar', spec: { ...spec, among: 'all' } };
    const bounds = { all: { min: spec.min, limit: spec.limit } };
    const samples = [];
    const by = { closedAs: 0, label: 0 };
    let caught = 0;
    let others = 0;
    let falseMatches = 0;
    let failed = 0;
    for (const item of items.slice(0, sample)) {
        const answer = (await models.similar(item, [question], list, bounds)).all;
        const duplicate = duplicateBy(item);
        samples.push({
            item: { type: item.type, number: item.number, title: item.title, url: item.url },
            duplicate,
            answer,
        });
        const flagged = (0,model_tests/* similarHolds */.oz)(spec, answer);
        if (flagged === truth/* UNKNOWN */.H) {
            failed++;
            continue;
        }
        if (duplicate !== null) {
            by[duplicate]++;
            if (flagged)
                caught++;
        }
        else {
            others++;
            if (flagged)
                falseMatches++;
        }
    }
    const report = models.report();
    return {
        kind: 'similar',
        rule: ruleId,
        repository: provider.repository,
        ...(provider.forge === 'gitlab' ? { forge: provider.forge } : {}),
        min: spec.min,
        walked,
        evaluated: samples.length,
        duplicates: by.closedAs + by.label,
        duplicatesBy: by,
        caught,
        others,
        falseMatches,
        failed,
        calls: report.calls,
        embedded: report.embeddings?.embedded ?? 0,
        cachedEmbeddings: report.embeddings?.cached ?? 0,
        samples,
    };
}
function similarSpecOf(rules, ruleId) {
    const rule = rules.rules.find((r) => r.id === ruleId);
    if (rule === undefined)
        return undefined;
    const conditions = [...rule.when, ...(rule.check?.require ?? [])];
    return (0,compile_models/* classifySpecs */.Z)(conditions).length > 0 ? undefined : (0,model_rules/* similarSpecs */.ev)(conditions)[0];
}
function classifySpecOf(rules, ruleId) {
    const rule = rules.rules.find((r) => r.id === ruleId);
    if (rule === undefined) {
        throw new Error(`no rule "${ruleId}" in ${rules.file}; rules: ${rules.rules.map((r) => r.id).join(', ')}`);
    }
    const spec = (0,compile_models/* classifySpecs */.Z)([...rule.when, ...(rule.check?.require ?? [])])[0];
    if (spec === undefined)
        throw new Error(`rule "${ruleId}" has no classify or similar condition: there is nothing to evaluate`);
    return spec;
}

// EXTERNAL MODULE: ./src/pipeline/rules.ts
var pipeline_rules = __webpack_require__(6517);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/report/charts.ts
var charts = __webpack_require__(3337);
// EXTERNAL MODULE: ./src/report/describe.ts
var describe = __webpack_require__(313);
;// CONCATENATED MODULE: ./src/report/eval.ts
/**
 * What `sift eval` measured, for a terminal and for the job summary (with a chart): accuracy,
 * precision and recall per label, the confusion table, the calls made and what a sweep would cost.
 * Titles are someone else's text: only item numbers and links appear here, and labels come from the
 * rules file.
 */





function percent(value) {
    return value === null ? '-' : `${(value * 100).toFixed(1)}%`;
}
function range(result) {
    const below = result.maxConfidence === undefined ? '' : ` and below ${result.maxConfidence}`;
    return `confidence >= ${result.minConfidence}${below}`;
}
function headline(result) {
    return [
        `Rule ${result.rule} on ${result.repository}: ${result.evaluated} labelled items evaluated ` +
            `(newest of ${result.labelled} with exactly one of ${result.into.join(', ')}; ${result.walked} items walked), ${range(result)}.`,
        `Accuracy ${percent(result.accuracy)} (${result.correct} of ${result.evaluated})` +
            `${result.failed > 0 ? `; ${result.failed} got no answer and are not scored` : ''}.`,
        `Calls: ${result.calls} made, ${result.cached} answers from the cache; a sweep of the rule would make up to ` +
            `${result.sweepCalls} more (open items without any of its labels, fewer where its other conditions rule them out).`,
    ];
}
function renderEvalText(result) {
    if ('kind' in result)
        return similarHeadline(result).join('\n') + '\n';
    const labelWidth = Math.max(5, ...result.into.map((l) => l.length), NO_CHOICE.length);
    const pad = (s, n = labelWidth) => s.padEnd(n);
    const lines = [...headline(result), ''];
    lines.push(`${pad('label')}  precision  recall  people  rule`);
    for (const s of result.labels) {
        lines.push(`${pad(s.label)}  ${percent(s.precision).padStart(9)}  ${percent(s.recall).padStart(6)}  ${String(s.support).padStart(6)}  ${String(s.predicted).padStart(4)}`);
    }
    const columns = [...result.into, NO_CHOICE];
    lines.push('', 'Confusion (rows: the label people gave; columns: what the rule would have labelled)');
    const width = Math.max(6, ...columns.map((c) => c.length));
    lines.push(`${pad('')}  ${columns.map((c) => c.padStart(width)).join('  ')}`);
    for (const truth of result.into) {
        lines.push(`${pad(truth)}  ${columns.map((c) => String(result.confusion[truth][c]).padStart(width)).join('  ')}`);
    }
    return lines.join('\n') + '\n';
}
function renderEvalSummary(result) {
    if ('kind' in result)
        return renderSimilarSummary(result);
    const columns = [...result.into, NO_CHOICE];
    const parts = [
        `## Sift eval of rule \`${result.rule}\` on ${(0,markdown/* escapeCell */.kq)(result.repository)}`,
        headline(result).join('\n\n'),
        (0,markdown/* table */.tp)(['Label', 'Precision', 'Recall', 'Labelled by people', 'Labelled by the rule'], result.labels.map((s) => [
            `\`${s.label}\``,
            percent(s.precision),
            percent(s.recall),
            String(s.support),
            String(s.predicted),
        ])),
        '### Confusion',
        'Rows: the label people gave; columns: what the rule would have labelled (`none`: no choice, or outside its confidence range).',
        (0,markdown/* table */.tp)(['People \\ rule', ...columns.map((c) => `\`${c}\``)], result.into.map((truth) => [`\`${truth}\``, ...columns.map((c) => String(result.confusion[truth][c]))])),
    ];
    const chart = scoresChart(result);
    if (chart)
        parts.push(chart);
    if (result.samples.length > 0) {
        parts.push('<details><summary>Every item evaluated</summary>\n\n' +
            (0,markdown/* table */.tp)(['Item', 'People', 'Model'], result.samples.map((s) => [
                `[${(0,describe/* itemName */.TJ)(s.item, result.forge)}](${s.item.url})`,
                `\`${s.truth}\``,
                s.answer.status === 'answered'
                    ? `${s.answer.choice ?? NO_CHOICE} ${s.answer.confidence.toFixed(2)}${s.answer.cached ? ' (cache)' : ''}`
                    : s.answer.status,
            ])) +
            '\n\n</details>');
    }
    return parts.join('\n\n') + '\n';
}
/** Precision and recall per label as two bar series (Mermaid xychart), in percent. */
function scoresChart(result) {
    if (result.evaluated === 0)
        return '';
    const value = (v) => (v === null ? 0 : Math.round(v * 1000) / 10);
    return [
        '```mermaid',
        'xychart-beta',
        `  title ${(0,charts/* mermaidLabel */._b)(`Rule ${result.rule}: precision and recall per label (%)`)}`,
        `  x-axis [${result.labels.map((s) => (0,charts/* mermaidLabel */._b)(s.label)).join(', ')}]`,
        '  y-axis "Percent" 0 --> 100',
        `  bar [${result.labels.map((s) => value(s.precision)).join(', ')}]`,
        `  bar [${result.labels.map((s) => value(s.recall)).join(', ')}]`,
        '```',
        'First bar of each label: precision; second: recall.',
    ].join('\n');
}
function share(part, whole) {
    return whole === 0 ? '-' : percent(part / whole);
}
function similarHeadline(r) {
    const flagged = r.caught + r.falseMatches;
    return [
        `Rule ${r.rule} on ${r.repository}: ${r.evaluated} items evaluated (the newest issues and pull requests; ` +
            `${r.walked} walked), similarity >= ${r.min} with any item of the same type opened before each.`,
        `Duplicates (closed as duplicate, or closed with the label "${DUPLICATE_LABEL}"): ${r.duplicates} ` +
            `(${r.duplicatesBy.closedAs} by close reason, ${r.duplicatesBy.label} by the label alone); ` +
            `the rule would have caught ${r.caught} (${share(r.caught, r.duplicates)}).`,
        `False matches: ${r.falseMatches} of ${r.others} other items (${share(r.falseMatches, r.others)}); ` +
            `of the ${flagged} it would flag, ${share(r.caught, flagged)} are duplicates.` +
            `${r.failed > 0 ? ` ${r.failed} could not be scored (no embeddings).` : ''}`,
        `Calls: ${r.calls} made, ${r.embedded} items embedded, ${r.cachedEmbeddings} from the cache.`,
    ];
}
function renderSimilarSummary(r) {
    const parts = [
        `## Sift eval of rule \`${r.rule}\` on ${(0,markdown/* escapeCell */.kq)(r.repository)}`,
        similarHeadline(r).join('\n\n'),
    ];
    if (r.duplicates + r.others > 0) {
        parts.push([
            '```mermaid',
            'xychart-beta',
            `  title ${(0,charts/* mermaidLabel */._b)(`Rule ${r.rule}: what it would have flagged`)}`,
            '  x-axis ["Duplicates caught", "Duplicates missed", "False matches", "Others left alone"]',
            '  y-axis "Items"',
            `  bar [${r.caught}, ${r.duplicates - r.caught}, ${r.falseMatches}, ${r.others - r.falseMatches}]`,
            '```',
        ].join('\n'));
    }
    const rows = r.samples
        .filter((s) => s.duplicate !== null ||
        (s.answer.status === 'answered' && s.answer.candidates.some((c) => c.score >= r.min)))
        .map((s) => [
        `[${(0,describe/* itemName */.TJ)(s.item, r.forge)}](${s.item.url})`,
        s.duplicate === 'closedAs'
            ? 'closed as duplicate'
            : s.duplicate === 'label'
                ? `labelled ${DUPLICATE_LABEL}`
                : '-',
        s.answer.status === 'answered'
            ? s.answer.candidates
                .filter((c) => c.score >= r.min)
                .map((c) => `#${c.number} ${c.score.toFixed(2)}`)
                .join(', ') || '-'
            : s.answer.status,
    ]);
    if (rows.length > 0) {
        parts.push('<details><summary>Duplicates and flagged items</summary>\n\n' +
            (0,markdown/* table */.tp)(['Item', 'People', 'Similar (at least min)'], rows) +
            '\n\n</details>');
    }
    return parts.join('\n\n') + '\n';
}

// EXTERNAL MODULE: ./src/action/inputs.ts + 2 modules
var action_inputs = __webpack_require__(4510);
// EXTERNAL MODULE: ./src/action/log.ts
var log = __webpack_require__(8592);
// EXTERNAL MODULE: ./src/action/models.ts + 4 modules
var action_models = __webpack_require__(921);
;// CONCATENATED MODULE: ./src/action/eval-mode.ts
/**
 * `mode: eval`: measures one rule's classifier (input `rule`) on the repository's own labels (input
 * `sample`, default 200), writes the table and a chart to the job summary, and changes nothing.
 */








async function runEvalMode(inputs) {
    const ruleId = core/* getInput */.V4('rule').trim();
    if (ruleId === '')
        throw new Error('mode: eval needs the `rule` input: the id of a rule with classify or similar.');
    const sampleText = core/* getInput */.V4('sample').trim();
    const sample = sampleText === '' ? DEFAULT_SAMPLE : Number(sampleText);
    if (!Number.isInteger(sample) || sample < 1 || sample > 10_000) {
        throw new Error(`Input \`sample\` must be a whole number from 1 to 10000, not "${sampleText}".`);
    }
    const loaded = await (0,config/* loadRules */.A7)(inputs.rulesPath);
    if (loaded.models === undefined)
        throw new Error(`${loaded.file} has no models: section; nothing classifies.`);
    // The sample bounds the calls, not the run's max-calls.
    const rules = { ...loaded, models: { ...loaded.models, maxCalls: sample } };
    const provider = await (0,action_inputs/* repositoryProvider */.y6)(inputs, true);
    (0,pipeline_rules/* assertSupported */.hv)(rules, provider.capabilities);
    const models = (await (0,action_models/* openModels */.H)(inputs, rules, inputs.repository));
    const result = await evaluateRule({ provider, rules, ruleId, sample, models: models.answerer });
    await models.save();
    log/* info */.pq(renderEvalText(result));
    if (process.env.GITHUB_STEP_SUMMARY)
        await core/* summary */.z.addRaw(renderEvalSummary(result)).write();
    core/* setOutput */.uH('changed', '0');
}


/***/ })

};

//# sourceMappingURL=652.index.js.map