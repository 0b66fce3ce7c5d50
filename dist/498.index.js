export const id = 498;
export const ids = [498];
export const modules = {

/***/ 3498:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runTestMode: () => (/* binding */ runTestMode)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8592);
/* harmony import */ var _config_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3582);
/* harmony import */ var _policy_tests_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6652);
/* harmony import */ var _report_policy_tests_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6302);
/* harmony import */ var _deadline_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7716);
/* harmony import */ var _annotations_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7376);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4510);
/**
 * `mode: test`: runs the policy tests file against the rules file, as `sift test` does. No token, no
 * request. A failed test is an error annotation at its line and fails the step; a bad file fails it
 * with an annotation per problem.
 */








async function runTestMode(deadline) {
    const rulesPath = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('rules') || _inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_RULES_PATH */ .QL;
    const testsPath = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('tests') || _policy_tests_index_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_TESTS_PATH */ .kY;
    let report;
    try {
        const rules = await (0,_config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .loadRules */ .A7)(rulesPath);
        report = (0,_policy_tests_index_js__WEBPACK_IMPORTED_MODULE_3__/* .runPolicyTests */ .h6)(rules, await (0,_policy_tests_index_js__WEBPACK_IMPORTED_MODULE_3__/* .loadPolicyTests */ .A3)(testsPath, rules), (0,_deadline_js__WEBPACK_IMPORTED_MODULE_5__/* .stopAt */ .mk)(deadline));
    }
    catch (error) {
        if (!(error instanceof _config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL))
            throw error;
        (0,_annotations_js__WEBPACK_IMPORTED_MODULE_6__/* .annotateErrors */ .Ei)((0,_annotations_js__WEBPACK_IMPORTED_MODULE_6__/* .problemAnnotations */ .ur)(error, 'Sift'), 'problems');
        _log_js__WEBPACK_IMPORTED_MODULE_1__/* .setFailed */ .C1(`${error.message}\nThe file has problems; no test ran.`);
        return;
    }
    _log_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq((0,_report_policy_tests_js__WEBPACK_IMPORTED_MODULE_4__/* .renderTestsText */ .dO)(report));
    if (process.env.GITHUB_STEP_SUMMARY)
        await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw((0,_report_policy_tests_js__WEBPACK_IMPORTED_MODULE_4__/* .renderTestsMarkdown */ .zE)(report)).write();
    const { passed, failed } = (0,_report_policy_tests_js__WEBPACK_IMPORTED_MODULE_4__/* .testCounts */ .Js)(report);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('tests', JSON.stringify({ passed, failed }));
    (0,_annotations_js__WEBPACK_IMPORTED_MODULE_6__/* .annotateErrors */ .Ei)((0,_annotations_js__WEBPACK_IMPORTED_MODULE_6__/* .failedTestAnnotations */ .wG)(report), 'failed tests');
    if (failed > 0)
        _log_js__WEBPACK_IMPORTED_MODULE_1__/* .setFailed */ .C1(`${failed} of ${passed + failed} policy tests failed.`);
}


/***/ })

};

//# sourceMappingURL=498.index.js.map