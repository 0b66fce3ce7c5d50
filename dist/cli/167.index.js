export const id = 167;
export const ids = [167];
export const modules = {

/***/ 4167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseResultDocument: () => (/* binding */ parseResultDocument)
});

// EXTERNAL MODULE: ./src/fleet/result-document.ts
var result_document = __webpack_require__(9397);
;// CONCATENATED MODULE: ./schema/sift-result.schema.json
const sift_result_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"BG":{"W1":{"type":"object","required":["repository"],"anyOf":[{"required":["result"]},{"required":["error"]}],"properties":{"repository":{"description":"owner/name (GitLab: group/subgroup/name).","type":"string","pattern":"^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)+$"},"result":{"$ref":"#/definitions/triageResult"},"error":{"type":"string"},"budgetBefore":{"$ref":"#/definitions/quota"},"reports":{"type":"array","items":{"type":"object","required":["id","status","writes"],"properties":{"id":{"$ref":"#/definitions/ruleId"},"status":{"enum":["created","edited","unchanged","would-create","would-edit","deferred","blocked","failed"]},"issue":{"type":"object","required":["number","url","state"],"properties":{"number":{"type":"integer","minimum":0},"url":{"description":"The item\'s web address (http or https, no spaces, brackets or parentheses).","type":"string","pattern":"^https?://[^\\\\s()<>\\\\[\\\\]`\\"\']+$"},"state":{"enum":["open","closed"]}}},"note":{"type":"string"},"writes":{"type":"integer","minimum":0}}}},"spent":{"type":"object","required":["kind","amount"],"properties":{"kind":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9 ]*$"},"amount":{"type":"integer","minimum":0}}}}},"So":{"type":"object","required":["walked","outcomes","checks","ruleIds","requests","deferred"],"properties":{"repository":{"type":"string"},"forge":{"description":"Whose notation names the items: gitlab writes merge requests !12. Absent: github.","enum":["github","gitlab"]},"rulesFile":{"type":"string"},"dryRun":{"type":"boolean"},"ruleIds":{"type":"array","items":{"$ref":"#/definitions/ruleId"}},"walked":{"type":"integer","minimum":0},"openByAge":{"type":"object","required":["issue","pull_request"],"properties":{"issue":{"type":"array","items":{"type":"integer","minimum":0}},"pull_request":{"type":"array","items":{"type":"integer","minimum":0}}}},"outcomes":{"type":"array","items":{"$ref":"#/definitions/itemOutcome"}},"requests":{"type":"object","required":["reads","writes"],"properties":{"reads":{"type":"integer","minimum":0},"writes":{"type":"integer","minimum":0},"notModified":{"type":"integer","minimum":0}}},"deferred":{"type":"object","required":["items","rules","writes","runsNeeded"],"properties":{"items":{"type":"integer","minimum":0},"rules":{"type":"object","additionalProperties":{"type":"integer","minimum":0},"propertyNames":{"$ref":"#/definitions/ruleId"}},"writes":{"type":"integer","minimum":0},"runsNeeded":{"type":"integer","minimum":0}}},"quota":{"$ref":"#/definitions/quota"},"checks":{"type":"array","items":{"type":"object","required":["item","rule","message","status"],"properties":{"item":{"$ref":"#/definitions/itemRef"},"rule":{"$ref":"#/definitions/ruleId"},"message":{"type":"string"},"status":{"enum":["passed","failed"]}}}},"stop":{"type":"object","required":["reason","message"],"properties":{"reason":{"enum":["budget","circuit-breaker","rate-limit"]},"message":{"type":"string"},"resetAt":{"type":"string"}}},"models":{"type":"object","required":["endpoint","model","maxCalls","calls","cached","deferred","failures","answers"],"properties":{"endpoint":{"type":"string"},"model":{"type":"string"},"maxCalls":{"type":"integer","minimum":0},"calls":{"type":"integer","minimum":0},"cached":{"type":"integer","minimum":0},"deferred":{"type":"integer","minimum":0},"failures":{"type":"object","additionalProperties":{"type":"integer","minimum":0},"propertyNames":{"type":"string","pattern":"^[a-z-]+$"}},"answers":{"type":"array","items":{"type":"object","required":["item","rule","answer"],"properties":{"item":{"$ref":"#/definitions/itemRef"},"rule":{"$ref":"#/definitions/ruleId"},"answer":{"type":"object"}}}}}}}},"hx":{"type":"object","required":["kind","limit","remaining","resetAt"],"properties":{"kind":{"description":"e.g. REST, GraphQL points.","type":"string","pattern":"^[A-Za-z][A-Za-z0-9 ]*$"},"limit":{"type":"integer","minimum":0},"remaining":{"type":"integer","minimum":0},"resetAt":{"type":"string"}}},"x9":{"type":"object","required":["type","number","title","url"],"properties":{"type":{"enum":["issue","pull_request","discussion"]},"number":{"type":"integer","minimum":0},"title":{"type":"string"},"url":{"description":"The item\'s web address (http or https, no spaces, brackets or parentheses).","type":"string","pattern":"^https?://[^\\\\s()<>\\\\[\\\\]`\\"\']+$"}}},"ut":{"type":"object","required":["item","rules"],"properties":{"item":{"$ref":"#/definitions/itemRef"},"error":{"type":"string"},"rules":{"type":"array","items":{"type":"object","required":["rule","changes"],"properties":{"rule":{"description":"A rule id, or /name for a command in a comment.","type":"string","pattern":"^/?[A-Za-z0-9][A-Za-z0-9_.-]*$"},"command":{"type":"object","required":["by","line"],"properties":{"by":{"type":"string"},"line":{"type":"string"}}},"changes":{"type":"array","items":{"type":"object","required":["change","status"],"properties":{"change":{"type":"object","required":["kind"],"properties":{"kind":{"enum":["label","unlabel","comment","close","reopen","lock","unlock","assign","unassign","milestone","request-review","issue-type","delete-branch","react"]},"labels":{"type":"array","items":{"type":"string"}},"logins":{"type":"array","items":{"type":"string"}},"body":{"type":"string"},"marker":{"type":"string"},"since":{"type":"string"},"reason":{"type":["string","null"]},"title":{"type":["string","null"]},"name":{"type":["string","null"]},"commentId":{"type":"string"},"content":{"type":"string"}}},"status":{"enum":["applied","dry-run","unchanged","failed","not-attempted","deferred","blocked"]},"note":{"type":"string"}}}}}}}}},"IC":{"description":"As in the rules file: letters, digits, \'_\', \'.\' and \'-\', starting with a letter or digit.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$"}}}');
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/equal.js
var equal = __webpack_require__(4951);
;// CONCATENATED MODULE: ./src/fleet/result-validator.generated.ts
// Generated by scripts/schema-validators.ts from schema/sift-result.schema.json (npm run schemas): do not edit.
// @ts-nocheck
/* eslint-disable */


const result_validator_generated_equal = equal["default"]["default"] ?? equal["default"];
const validate = validate10;
/* harmony default export */ const result_validator_generated = ((/* unused pure expression or super */ null && (validate10)));
const schema11 = (/* unused pure expression or super */ null && (schema));
const schema12 = sift_result_schema_namespaceObject.BG.W1;
const schema18 = sift_result_schema_namespaceObject.BG.hx;
const schema14 = sift_result_schema_namespaceObject.BG.IC;
const pattern0 = new RegExp("^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)+$", "u");
const pattern5 = new RegExp("^[A-Za-z][A-Za-z0-9 ]*$", "u");
const pattern1 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]*$", "u");
const pattern2 = new RegExp("^https?://[^\\s()<>\\[\\]`\"']+$", "u");
const schema13 = sift_result_schema_namespaceObject.BG.So;
const schema16 = sift_result_schema_namespaceObject.BG.x9;
const pattern8 = new RegExp("^[a-z-]+$", "u");
const schema15 = sift_result_schema_namespaceObject.BG.ut;
const pattern3 = new RegExp("^/?[A-Za-z0-9][A-Za-z0-9_.-]*$", "u");
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.item === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "item" }, message: "must have required property '" + "item" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.rules === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rules" }, message: "must have required property '" + "rules" + "'" };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.item !== undefined) {
            let data0 = data.item;
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
                if (data0.type === undefined) {
                    const err2 = { instancePath: instancePath + "/item", schemaPath: "#/definitions/itemRef/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'" };
                    if (vErrors === null) {
                        vErrors = [err2];
                    }
                    else {
                        vErrors.push(err2);
                    }
                    errors++;
                }
                if (data0.number === undefined) {
                    const err3 = { instancePath: instancePath + "/item", schemaPath: "#/definitions/itemRef/required", keyword: "required", params: { missingProperty: "number" }, message: "must have required property '" + "number" + "'" };
                    if (vErrors === null) {
                        vErrors = [err3];
                    }
                    else {
                        vErrors.push(err3);
                    }
                    errors++;
                }
                if (data0.title === undefined) {
                    const err4 = { instancePath: instancePath + "/item", schemaPath: "#/definitions/itemRef/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property '" + "title" + "'" };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
                if (data0.url === undefined) {
                    const err5 = { instancePath: instancePath + "/item", schemaPath: "#/definitions/itemRef/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property '" + "url" + "'" };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
                if (data0.type !== undefined) {
                    let data1 = data0.type;
                    if (!(((data1 === "issue") || (data1 === "pull_request")) || (data1 === "discussion"))) {
                        const err6 = { instancePath: instancePath + "/item/type", schemaPath: "#/definitions/itemRef/properties/type/enum", keyword: "enum", params: { allowedValues: schema16.properties.type.enum }, message: "must be equal to one of the allowed values" };
                        if (vErrors === null) {
                            vErrors = [err6];
                        }
                        else {
                            vErrors.push(err6);
                        }
                        errors++;
                    }
                }
                if (data0.number !== undefined) {
                    let data2 = data0.number;
                    if (!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))) {
                        const err7 = { instancePath: instancePath + "/item/number", schemaPath: "#/definitions/itemRef/properties/number/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                            vErrors = [err7];
                        }
                        else {
                            vErrors.push(err7);
                        }
                        errors++;
                    }
                    if ((typeof data2 == "number") && (isFinite(data2))) {
                        if (data2 < 0 || isNaN(data2)) {
                            const err8 = { instancePath: instancePath + "/item/number", schemaPath: "#/definitions/itemRef/properties/number/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
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
                if (data0.title !== undefined) {
                    if (typeof data0.title !== "string") {
                        const err9 = { instancePath: instancePath + "/item/title", schemaPath: "#/definitions/itemRef/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err9];
                        }
                        else {
                            vErrors.push(err9);
                        }
                        errors++;
                    }
                }
                if (data0.url !== undefined) {
                    let data4 = data0.url;
                    if (typeof data4 === "string") {
                        if (!pattern2.test(data4)) {
                            const err10 = { instancePath: instancePath + "/item/url", schemaPath: "#/definitions/itemRef/properties/url/pattern", keyword: "pattern", params: { pattern: "^https?://[^\\s()<>\\[\\]`\"']+$" }, message: "must match pattern \"" + "^https?://[^\\s()<>\\[\\]`\"']+$" + "\"" };
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
                        const err11 = { instancePath: instancePath + "/item/url", schemaPath: "#/definitions/itemRef/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
                const err12 = { instancePath: instancePath + "/item", schemaPath: "#/definitions/itemRef/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
        }
        if (data.error !== undefined) {
            if (typeof data.error !== "string") {
                const err13 = { instancePath: instancePath + "/error", schemaPath: "#/properties/error/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
        if (data.rules !== undefined) {
            let data6 = data.rules;
            if (Array.isArray(data6)) {
                const len0 = data6.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data7 = data6[i0];
                    if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                        if (data7.rule === undefined) {
                            const err14 = { instancePath: instancePath + "/rules/" + i0, schemaPath: "#/properties/rules/items/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property '" + "rule" + "'" };
                            if (vErrors === null) {
                                vErrors = [err14];
                            }
                            else {
                                vErrors.push(err14);
                            }
                            errors++;
                        }
                        if (data7.changes === undefined) {
                            const err15 = { instancePath: instancePath + "/rules/" + i0, schemaPath: "#/properties/rules/items/required", keyword: "required", params: { missingProperty: "changes" }, message: "must have required property '" + "changes" + "'" };
                            if (vErrors === null) {
                                vErrors = [err15];
                            }
                            else {
                                vErrors.push(err15);
                            }
                            errors++;
                        }
                        if (data7.rule !== undefined) {
                            let data8 = data7.rule;
                            if (typeof data8 === "string") {
                                if (!pattern3.test(data8)) {
                                    const err16 = { instancePath: instancePath + "/rules/" + i0 + "/rule", schemaPath: "#/properties/rules/items/properties/rule/pattern", keyword: "pattern", params: { pattern: "^/?[A-Za-z0-9][A-Za-z0-9_.-]*$" }, message: "must match pattern \"" + "^/?[A-Za-z0-9][A-Za-z0-9_.-]*$" + "\"" };
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
                                const err17 = { instancePath: instancePath + "/rules/" + i0 + "/rule", schemaPath: "#/properties/rules/items/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err17];
                                }
                                else {
                                    vErrors.push(err17);
                                }
                                errors++;
                            }
                        }
                        if (data7.command !== undefined) {
                            let data9 = data7.command;
                            if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                                if (data9.by === undefined) {
                                    const err18 = { instancePath: instancePath + "/rules/" + i0 + "/command", schemaPath: "#/properties/rules/items/properties/command/required", keyword: "required", params: { missingProperty: "by" }, message: "must have required property '" + "by" + "'" };
                                    if (vErrors === null) {
                                        vErrors = [err18];
                                    }
                                    else {
                                        vErrors.push(err18);
                                    }
                                    errors++;
                                }
                                if (data9.line === undefined) {
                                    const err19 = { instancePath: instancePath + "/rules/" + i0 + "/command", schemaPath: "#/properties/rules/items/properties/command/required", keyword: "required", params: { missingProperty: "line" }, message: "must have required property '" + "line" + "'" };
                                    if (vErrors === null) {
                                        vErrors = [err19];
                                    }
                                    else {
                                        vErrors.push(err19);
                                    }
                                    errors++;
                                }
                                if (data9.by !== undefined) {
                                    if (typeof data9.by !== "string") {
                                        const err20 = { instancePath: instancePath + "/rules/" + i0 + "/command/by", schemaPath: "#/properties/rules/items/properties/command/properties/by/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                            vErrors = [err20];
                                        }
                                        else {
                                            vErrors.push(err20);
                                        }
                                        errors++;
                                    }
                                }
                                if (data9.line !== undefined) {
                                    if (typeof data9.line !== "string") {
                                        const err21 = { instancePath: instancePath + "/rules/" + i0 + "/command/line", schemaPath: "#/properties/rules/items/properties/command/properties/line/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                            vErrors = [err21];
                                        }
                                        else {
                                            vErrors.push(err21);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err22 = { instancePath: instancePath + "/rules/" + i0 + "/command", schemaPath: "#/properties/rules/items/properties/command/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                if (vErrors === null) {
                                    vErrors = [err22];
                                }
                                else {
                                    vErrors.push(err22);
                                }
                                errors++;
                            }
                        }
                        if (data7.changes !== undefined) {
                            let data12 = data7.changes;
                            if (Array.isArray(data12)) {
                                const len1 = data12.length;
                                for (let i1 = 0; i1 < len1; i1++) {
                                    let data13 = data12[i1];
                                    if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                                        if (data13.change === undefined) {
                                            const err23 = { instancePath: instancePath + "/rules/" + i0 + "/changes/" + i1, schemaPath: "#/properties/rules/items/properties/changes/items/required", keyword: "required", params: { missingProperty: "change" }, message: "must have required property '" + "change" + "'" };
                                            if (vErrors === null) {
                                                vErrors = [err23];
                                            }
                                            else {
                                                vErrors.push(err23);
                                            }
                                            errors++;
                                        }
                                        if (data13.status === undefined) {
                                            const err24 = { instancePath: instancePath + "/rules/" + i0 + "/changes/" + i1, schemaPath: "#/properties/rules/items/properties/changes/items/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property '" + "status" + "'" };
                                            if (vErrors === null) {
                                                vErrors = [err24];
                                            }
                                            else {
                                                vErrors.push(err24);
                                            }
                                            errors++;
                                        }
                                        if (data13.change !== undefined) {
                                            let data14 = data13.change;
                                            if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                                                if (data14.kind === undefined) {
                                                    const err25 = { instancePath: instancePath + "/rules/" + i0 + "/changes/" + i1 + "/change", schemaPath: "#/properties/rules/items/properties/changes/items/properties/change/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property '" + "kind" + "'" };
                                                    if (vErrors === null) {
                                                        vErrors = [err25];
                                                    }
                                                    else {
                                                        vErrors.push(err25);
                                                    }
                                                    errors++;
                                                }
                                                if (data14.kind !== undefined) {
                                                    let data15 = data14.kind;
                                                    if (!((((((((((((((data15 === "label") || (data15 === "unlabel")) || (data15 === "comment")) || (data15 === "close")) || (data15 === "reopen")) || (data15 === "lock")) || (data15 === "unlock")) || (data15 === "assign")) || (data15 === "unassign")) || (data15 === "milestone")) || (data15 === "request-review")) || (data15 === "issue-type")) || (data15 === "delete-branch")) || (data15 === "react"))) {
                                                        const err26 = { instancePath: instancePath + "/rules/" + i0 + "/changes/" + i1 + "/change/kind", schemaPath: "#/properties/rules/items/properties/changes/items/properties/change/properties/kind/enum", keyword: "enum", params: { allowedValues: schema15.properties.rules.items.properties.changes.items.properties.change.properties.kind.enum }, message: "must be equal to one of the allowed values" };
                                                        if (vErrors === null) {
                                                            vErrors = [err26];
                                                        }
                                                        else {
                                                            vErrors.push(err26);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                if (data14.labels !== undefined) {
                                                    let data16 = data14.labels;
                                                    if (Array.isArray(data16)) {
                                                        const len2 = data16.length;
                                                        for (let i2 = 0; i2 < len2; i2++) {
                                                            if (typeof data16[i2] !== "string") {
                                                                const err27 = { instancePath: instancePath + "/rules/" + i0 + "/changes/" + i1 + "/change/labels/" + i2, schemaPath: "#/properties/rules/items/properties/changes/items/properties/change/properties/labels/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                if (vErrors === null) {
                                                                    vErrors = [err27];
                                                                }
                                                                else {
                                                                    vErrors.push(err27);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                    }
                                                    else {
                                                        const err28 = { instancePath: instancePath + "/rules/" + i0 + "/changes/" + i1 + "/change/labels", schemaPath: "#/properties/rules/items/properties/changes/items/properties/change/properties/labels/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                                        if (vErrors === null) {
                                                            vErrors = [err28];
                                                        }
                                                        else {
                                                            vErrors.push(err28);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                if (data14.logins !== undefined) {
                                                    let data18 = data14.logins;
                                                    if (Array.isArray(data18)) {
                                                        const len3 = data18.length;
                                                        for (let i3 = 0; i3 < len3; i3++) {
                                                            if (typeof data18[i3] !== "string") {
                                                                const err29 = { instancePath: instancePath + "/rules/" + i0 + "/changes/" + i1 + "/change/logins/" + i3, schemaPath: "#/properties/rules/items/properties/changes/items/properties/change/properties/logins/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
                                                    else {
                                                        const err30 = { instancePath: instancePath + "/rules/" + i0 + "/changes/" + i1 + "/change/logins", schemaPath: "#/properties/rules/items/properties/changes/items/properties/change/properties/logins/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                                        if (vErrors === null) {
                                                            vErrors = [err30];
                                                        }
                                                        else {
                                                            vErrors.push(err30);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                if (data14.body !== undefined) {
                                                    if (typeof data14.body !== "string") {
                                                        const err31 = { instancePath: instancePath + "/rules/" + i0 + "/changes/" + i1 + "/change/body", schemaPath: "#/properties/rules/items/properties/changes/items/properties/change/properties/body/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                        if (vErrors === null) {
                                                            vErrors = [err31];
                                                        }
                                                        else {
                                                            vErrors.push(err31);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                if (data14.marker !== undefined) {
                                                    if (typeof data14.marker !== "string") {
                                                        const err32 = { instancePath: instancePath + "/rules/" + i0 + "/changes/" + i1 + "/change/marker", schemaPath: "#/properties/rules/items/properties/changes/items/properties/change/properties/marker/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                        if (vErrors === null) {
                                                            vErrors = [err32];
                                                        }
                                                        else {
                                                            vErrors.push(err32);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                if (data14.since !== undefined) {
                                                    if (typeof data14.since !== "string") {
                                                        const err33 = { instancePath: instancePath + "/rules/" + i0 + "/changes/" + i1 + "/change/since", schemaPath: "#/properties/rules/items/properties/changes/items/properties/change/properties/since/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                        if (vErrors === null) {
                                                            vErrors = [err33];
                                                        }
                                                        else {
                                                            vErrors.push(err33);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                if (data14.reason !== undefined) {
                                                    let data23 = data14.reason;
                                                    if ((typeof data23 !== "string") && (data23 !== null)) {
                                                        const err34 = { instancePath: instancePath + "/rules/" + i0 + "/changes/" + i1 + "/change/reason", schemaPath: "#/properties/rules/items/properties/changes/items/properties/change/properties/reason/type", keyword: "type", params: { type: schema15.properties.rules.items.properties.changes.items.properties.change.properties.reason.type }, message: "must be string,null" };
                                                        if (vErrors === null) {
                                                            vErrors = [err34];
                                                        }
                                                        else {
                                                            vErrors.push(err34);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                if (data14.title !== undefined) {
                                                    let data24 = data14.title;
                                                    if ((typeof data24 !== "string") && (data24 !== null)) {
                                                        const err35 = { instancePath: instancePath + "/rules/" + i0 + "/changes/" + i1 + "/change/title", schemaPath: "#/properties/rules/items/properties/changes/items/properties/change/properties/title/type", keyword: "type", params: { type: schema15.properties.rules.items.properties.changes.items.properties.change.properties.title.type }, message: "must be string,null" };
                                                        if (vErrors === null) {
                                                            vErrors = [err35];
                                                        }
                                                        else {
                                                            vErrors.push(err35);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                if (data14.name !== undefined) {
                                                    let data25 = data14.name;
                                                    if ((typeof data25 !== "string") && (data25 !== null)) {
                                                        const err36 = { instancePath: instancePath + "/rules/" + i0 + "/changes/" + i1 + "/change/name", schemaPath: "#/properties/rules/items/properties/changes/items/properties/change/properties/name/type", keyword: "type", params: { type: schema15.properties.rules.items.properties.changes.items.properties.change.properties.name.type }, message: "must be string,null" };
                                                        if (vErrors === null) {
                                                            vErrors = [err36];
                                                        }
                                                        else {
                                                            vErrors.push(err36);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                if (data14.commentId !== undefined) {
                                                    if (typeof data14.commentId !== "string") {
                                                        const err37 = { instancePath: instancePath + "/rules/" + i0 + "/changes/" + i1 + "/change/commentId", schemaPath: "#/properties/rules/items/properties/changes/items/properties/change/properties/commentId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                        if (vErrors === null) {
                                                            vErrors = [err37];
                                                        }
                                                        else {
                                                            vErrors.push(err37);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                if (data14.content !== undefined) {
                                                    if (typeof data14.content !== "string") {
                                                        const err38 = { instancePath: instancePath + "/rules/" + i0 + "/changes/" + i1 + "/change/content", schemaPath: "#/properties/rules/items/properties/changes/items/properties/change/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
                                                const err39 = { instancePath: instancePath + "/rules/" + i0 + "/changes/" + i1 + "/change", schemaPath: "#/properties/rules/items/properties/changes/items/properties/change/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                if (vErrors === null) {
                                                    vErrors = [err39];
                                                }
                                                else {
                                                    vErrors.push(err39);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data13.status !== undefined) {
                                            let data28 = data13.status;
                                            if (!(((((((data28 === "applied") || (data28 === "dry-run")) || (data28 === "unchanged")) || (data28 === "failed")) || (data28 === "not-attempted")) || (data28 === "deferred")) || (data28 === "blocked"))) {
                                                const err40 = { instancePath: instancePath + "/rules/" + i0 + "/changes/" + i1 + "/status", schemaPath: "#/properties/rules/items/properties/changes/items/properties/status/enum", keyword: "enum", params: { allowedValues: schema15.properties.rules.items.properties.changes.items.properties.status.enum }, message: "must be equal to one of the allowed values" };
                                                if (vErrors === null) {
                                                    vErrors = [err40];
                                                }
                                                else {
                                                    vErrors.push(err40);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data13.note !== undefined) {
                                            if (typeof data13.note !== "string") {
                                                const err41 = { instancePath: instancePath + "/rules/" + i0 + "/changes/" + i1 + "/note", schemaPath: "#/properties/rules/items/properties/changes/items/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                if (vErrors === null) {
                                                    vErrors = [err41];
                                                }
                                                else {
                                                    vErrors.push(err41);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err42 = { instancePath: instancePath + "/rules/" + i0 + "/changes/" + i1, schemaPath: "#/properties/rules/items/properties/changes/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
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
                            else {
                                const err43 = { instancePath: instancePath + "/rules/" + i0 + "/changes", schemaPath: "#/properties/rules/items/properties/changes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
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
                    else {
                        const err44 = { instancePath: instancePath + "/rules/" + i0, schemaPath: "#/properties/rules/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
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
            else {
                const err45 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "array" }, message: "must be array" };
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
        const err46 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err46];
        }
        else {
            vErrors.push(err46);
        }
        errors++;
    }
    validate13.errors = vErrors;
    return errors === 0;
}
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.walked === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "walked" }, message: "must have required property '" + "walked" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.outcomes === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "outcomes" }, message: "must have required property '" + "outcomes" + "'" };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.checks === undefined) {
            const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "checks" }, message: "must have required property '" + "checks" + "'" };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        if (data.ruleIds === undefined) {
            const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ruleIds" }, message: "must have required property '" + "ruleIds" + "'" };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
        if (data.requests === undefined) {
            const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "requests" }, message: "must have required property '" + "requests" + "'" };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
        if (data.deferred === undefined) {
            const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "deferred" }, message: "must have required property '" + "deferred" + "'" };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
        if (data.repository !== undefined) {
            if (typeof data.repository !== "string") {
                const err6 = { instancePath: instancePath + "/repository", schemaPath: "#/properties/repository/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        if (data.forge !== undefined) {
            let data1 = data.forge;
            if (!((data1 === "github") || (data1 === "gitlab"))) {
                const err7 = { instancePath: instancePath + "/forge", schemaPath: "#/properties/forge/enum", keyword: "enum", params: { allowedValues: schema13.properties.forge.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
        }
        if (data.rulesFile !== undefined) {
            if (typeof data.rulesFile !== "string") {
                const err8 = { instancePath: instancePath + "/rulesFile", schemaPath: "#/properties/rulesFile/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        if (data.dryRun !== undefined) {
            if (typeof data.dryRun !== "boolean") {
                const err9 = { instancePath: instancePath + "/dryRun", schemaPath: "#/properties/dryRun/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
        if (data.ruleIds !== undefined) {
            let data4 = data.ruleIds;
            if (Array.isArray(data4)) {
                const len0 = data4.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data5 = data4[i0];
                    if (typeof data5 === "string") {
                        if (!pattern1.test(data5)) {
                            const err10 = { instancePath: instancePath + "/ruleIds/" + i0, schemaPath: "#/definitions/ruleId/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$" }, message: "must match pattern \"" + "^[A-Za-z0-9][A-Za-z0-9_.-]*$" + "\"" };
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
                        const err11 = { instancePath: instancePath + "/ruleIds/" + i0, schemaPath: "#/definitions/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
                const err12 = { instancePath: instancePath + "/ruleIds", schemaPath: "#/properties/ruleIds/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
        }
        if (data.walked !== undefined) {
            let data6 = data.walked;
            if (!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))) {
                const err13 = { instancePath: instancePath + "/walked", schemaPath: "#/properties/walked/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
            if ((typeof data6 == "number") && (isFinite(data6))) {
                if (data6 < 0 || isNaN(data6)) {
                    const err14 = { instancePath: instancePath + "/walked", schemaPath: "#/properties/walked/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                    if (vErrors === null) {
                        vErrors = [err14];
                    }
                    else {
                        vErrors.push(err14);
                    }
                    errors++;
                }
            }
        }
        if (data.openByAge !== undefined) {
            let data7 = data.openByAge;
            if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                if (data7.issue === undefined) {
                    const err15 = { instancePath: instancePath + "/openByAge", schemaPath: "#/properties/openByAge/required", keyword: "required", params: { missingProperty: "issue" }, message: "must have required property '" + "issue" + "'" };
                    if (vErrors === null) {
                        vErrors = [err15];
                    }
                    else {
                        vErrors.push(err15);
                    }
                    errors++;
                }
                if (data7.pull_request === undefined) {
                    const err16 = { instancePath: instancePath + "/openByAge", schemaPath: "#/properties/openByAge/required", keyword: "required", params: { missingProperty: "pull_request" }, message: "must have required property '" + "pull_request" + "'" };
                    if (vErrors === null) {
                        vErrors = [err16];
                    }
                    else {
                        vErrors.push(err16);
                    }
                    errors++;
                }
                if (data7.issue !== undefined) {
                    let data8 = data7.issue;
                    if (Array.isArray(data8)) {
                        const len1 = data8.length;
                        for (let i1 = 0; i1 < len1; i1++) {
                            let data9 = data8[i1];
                            if (!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))) {
                                const err17 = { instancePath: instancePath + "/openByAge/issue/" + i1, schemaPath: "#/properties/openByAge/properties/issue/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                    vErrors = [err17];
                                }
                                else {
                                    vErrors.push(err17);
                                }
                                errors++;
                            }
                            if ((typeof data9 == "number") && (isFinite(data9))) {
                                if (data9 < 0 || isNaN(data9)) {
                                    const err18 = { instancePath: instancePath + "/openByAge/issue/" + i1, schemaPath: "#/properties/openByAge/properties/issue/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
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
                    }
                    else {
                        const err19 = { instancePath: instancePath + "/openByAge/issue", schemaPath: "#/properties/openByAge/properties/issue/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                            vErrors = [err19];
                        }
                        else {
                            vErrors.push(err19);
                        }
                        errors++;
                    }
                }
                if (data7.pull_request !== undefined) {
                    let data10 = data7.pull_request;
                    if (Array.isArray(data10)) {
                        const len2 = data10.length;
                        for (let i2 = 0; i2 < len2; i2++) {
                            let data11 = data10[i2];
                            if (!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))) {
                                const err20 = { instancePath: instancePath + "/openByAge/pull_request/" + i2, schemaPath: "#/properties/openByAge/properties/pull_request/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                    vErrors = [err20];
                                }
                                else {
                                    vErrors.push(err20);
                                }
                                errors++;
                            }
                            if ((typeof data11 == "number") && (isFinite(data11))) {
                                if (data11 < 0 || isNaN(data11)) {
                                    const err21 = { instancePath: instancePath + "/openByAge/pull_request/" + i2, schemaPath: "#/properties/openByAge/properties/pull_request/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                    if (vErrors === null) {
                                        vErrors = [err21];
                                    }
                                    else {
                                        vErrors.push(err21);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                    else {
                        const err22 = { instancePath: instancePath + "/openByAge/pull_request", schemaPath: "#/properties/openByAge/properties/pull_request/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                            vErrors = [err22];
                        }
                        else {
                            vErrors.push(err22);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err23 = { instancePath: instancePath + "/openByAge", schemaPath: "#/properties/openByAge/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err23];
                }
                else {
                    vErrors.push(err23);
                }
                errors++;
            }
        }
        if (data.outcomes !== undefined) {
            let data12 = data.outcomes;
            if (Array.isArray(data12)) {
                const len3 = data12.length;
                for (let i3 = 0; i3 < len3; i3++) {
                    if (!(validate13(data12[i3], { instancePath: instancePath + "/outcomes/" + i3, parentData: data12, parentDataProperty: i3, rootData }))) {
                        vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err24 = { instancePath: instancePath + "/outcomes", schemaPath: "#/properties/outcomes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err24];
                }
                else {
                    vErrors.push(err24);
                }
                errors++;
            }
        }
        if (data.requests !== undefined) {
            let data14 = data.requests;
            if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                if (data14.reads === undefined) {
                    const err25 = { instancePath: instancePath + "/requests", schemaPath: "#/properties/requests/required", keyword: "required", params: { missingProperty: "reads" }, message: "must have required property '" + "reads" + "'" };
                    if (vErrors === null) {
                        vErrors = [err25];
                    }
                    else {
                        vErrors.push(err25);
                    }
                    errors++;
                }
                if (data14.writes === undefined) {
                    const err26 = { instancePath: instancePath + "/requests", schemaPath: "#/properties/requests/required", keyword: "required", params: { missingProperty: "writes" }, message: "must have required property '" + "writes" + "'" };
                    if (vErrors === null) {
                        vErrors = [err26];
                    }
                    else {
                        vErrors.push(err26);
                    }
                    errors++;
                }
                if (data14.reads !== undefined) {
                    let data15 = data14.reads;
                    if (!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))) {
                        const err27 = { instancePath: instancePath + "/requests/reads", schemaPath: "#/properties/requests/properties/reads/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                            vErrors = [err27];
                        }
                        else {
                            vErrors.push(err27);
                        }
                        errors++;
                    }
                    if ((typeof data15 == "number") && (isFinite(data15))) {
                        if (data15 < 0 || isNaN(data15)) {
                            const err28 = { instancePath: instancePath + "/requests/reads", schemaPath: "#/properties/requests/properties/reads/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
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
                if (data14.writes !== undefined) {
                    let data16 = data14.writes;
                    if (!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))) {
                        const err29 = { instancePath: instancePath + "/requests/writes", schemaPath: "#/properties/requests/properties/writes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                            vErrors = [err29];
                        }
                        else {
                            vErrors.push(err29);
                        }
                        errors++;
                    }
                    if ((typeof data16 == "number") && (isFinite(data16))) {
                        if (data16 < 0 || isNaN(data16)) {
                            const err30 = { instancePath: instancePath + "/requests/writes", schemaPath: "#/properties/requests/properties/writes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
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
                if (data14.notModified !== undefined) {
                    let data17 = data14.notModified;
                    if (!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))) {
                        const err31 = { instancePath: instancePath + "/requests/notModified", schemaPath: "#/properties/requests/properties/notModified/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                            vErrors = [err31];
                        }
                        else {
                            vErrors.push(err31);
                        }
                        errors++;
                    }
                    if ((typeof data17 == "number") && (isFinite(data17))) {
                        if (data17 < 0 || isNaN(data17)) {
                            const err32 = { instancePath: instancePath + "/requests/notModified", schemaPath: "#/properties/requests/properties/notModified/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
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
            }
            else {
                const err33 = { instancePath: instancePath + "/requests", schemaPath: "#/properties/requests/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err33];
                }
                else {
                    vErrors.push(err33);
                }
                errors++;
            }
        }
        if (data.deferred !== undefined) {
            let data18 = data.deferred;
            if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                if (data18.items === undefined) {
                    const err34 = { instancePath: instancePath + "/deferred", schemaPath: "#/properties/deferred/required", keyword: "required", params: { missingProperty: "items" }, message: "must have required property '" + "items" + "'" };
                    if (vErrors === null) {
                        vErrors = [err34];
                    }
                    else {
                        vErrors.push(err34);
                    }
                    errors++;
                }
                if (data18.rules === undefined) {
                    const err35 = { instancePath: instancePath + "/deferred", schemaPath: "#/properties/deferred/required", keyword: "required", params: { missingProperty: "rules" }, message: "must have required property '" + "rules" + "'" };
                    if (vErrors === null) {
                        vErrors = [err35];
                    }
                    else {
                        vErrors.push(err35);
                    }
                    errors++;
                }
                if (data18.writes === undefined) {
                    const err36 = { instancePath: instancePath + "/deferred", schemaPath: "#/properties/deferred/required", keyword: "required", params: { missingProperty: "writes" }, message: "must have required property '" + "writes" + "'" };
                    if (vErrors === null) {
                        vErrors = [err36];
                    }
                    else {
                        vErrors.push(err36);
                    }
                    errors++;
                }
                if (data18.runsNeeded === undefined) {
                    const err37 = { instancePath: instancePath + "/deferred", schemaPath: "#/properties/deferred/required", keyword: "required", params: { missingProperty: "runsNeeded" }, message: "must have required property '" + "runsNeeded" + "'" };
                    if (vErrors === null) {
                        vErrors = [err37];
                    }
                    else {
                        vErrors.push(err37);
                    }
                    errors++;
                }
                if (data18.items !== undefined) {
                    let data19 = data18.items;
                    if (!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))) {
                        const err38 = { instancePath: instancePath + "/deferred/items", schemaPath: "#/properties/deferred/properties/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                            vErrors = [err38];
                        }
                        else {
                            vErrors.push(err38);
                        }
                        errors++;
                    }
                    if ((typeof data19 == "number") && (isFinite(data19))) {
                        if (data19 < 0 || isNaN(data19)) {
                            const err39 = { instancePath: instancePath + "/deferred/items", schemaPath: "#/properties/deferred/properties/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
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
                if (data18.rules !== undefined) {
                    let data20 = data18.rules;
                    if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                        for (const key0 in data20) {
                            const _errs42 = errors;
                            if (typeof key0 === "string") {
                                if (!pattern1.test(key0)) {
                                    const err40 = { instancePath: instancePath + "/deferred/rules", schemaPath: "#/definitions/ruleId/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$" }, message: "must match pattern \"" + "^[A-Za-z0-9][A-Za-z0-9_.-]*$" + "\"", propertyName: key0 };
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
                                const err41 = { instancePath: instancePath + "/deferred/rules", schemaPath: "#/definitions/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string", propertyName: key0 };
                                if (vErrors === null) {
                                    vErrors = [err41];
                                }
                                else {
                                    vErrors.push(err41);
                                }
                                errors++;
                            }
                            var valid13 = _errs42 === errors;
                            if (!valid13) {
                                const err42 = { instancePath: instancePath + "/deferred/rules", schemaPath: "#/properties/deferred/properties/rules/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid" };
                                if (vErrors === null) {
                                    vErrors = [err42];
                                }
                                else {
                                    vErrors.push(err42);
                                }
                                errors++;
                            }
                        }
                        for (const key1 in data20) {
                            let data21 = data20[key1];
                            if (!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))) {
                                const err43 = { instancePath: instancePath + "/deferred/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/deferred/properties/rules/additionalProperties/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                    vErrors = [err43];
                                }
                                else {
                                    vErrors.push(err43);
                                }
                                errors++;
                            }
                            if ((typeof data21 == "number") && (isFinite(data21))) {
                                if (data21 < 0 || isNaN(data21)) {
                                    const err44 = { instancePath: instancePath + "/deferred/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/deferred/properties/rules/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
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
                    }
                    else {
                        const err45 = { instancePath: instancePath + "/deferred/rules", schemaPath: "#/properties/deferred/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err45];
                        }
                        else {
                            vErrors.push(err45);
                        }
                        errors++;
                    }
                }
                if (data18.writes !== undefined) {
                    let data22 = data18.writes;
                    if (!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))) {
                        const err46 = { instancePath: instancePath + "/deferred/writes", schemaPath: "#/properties/deferred/properties/writes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                            vErrors = [err46];
                        }
                        else {
                            vErrors.push(err46);
                        }
                        errors++;
                    }
                    if ((typeof data22 == "number") && (isFinite(data22))) {
                        if (data22 < 0 || isNaN(data22)) {
                            const err47 = { instancePath: instancePath + "/deferred/writes", schemaPath: "#/properties/deferred/properties/writes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                            if (vErrors === null) {
                                vErrors = [err47];
                            }
                            else {
                                vErrors.push(err47);
                            }
                            errors++;
                        }
                    }
                }
                if (data18.runsNeeded !== undefined) {
                    let data23 = data18.runsNeeded;
                    if (!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))) {
                        const err48 = { instancePath: instancePath + "/deferred/runsNeeded", schemaPath: "#/properties/deferred/properties/runsNeeded/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                            vErrors = [err48];
                        }
                        else {
                            vErrors.push(err48);
                        }
                        errors++;
                    }
                    if ((typeof data23 == "number") && (isFinite(data23))) {
                        if (data23 < 0 || isNaN(data23)) {
                            const err49 = { instancePath: instancePath + "/deferred/runsNeeded", schemaPath: "#/properties/deferred/properties/runsNeeded/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                            if (vErrors === null) {
                                vErrors = [err49];
                            }
                            else {
                                vErrors.push(err49);
                            }
                            errors++;
                        }
                    }
                }
            }
            else {
                const err50 = { instancePath: instancePath + "/deferred", schemaPath: "#/properties/deferred/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err50];
                }
                else {
                    vErrors.push(err50);
                }
                errors++;
            }
        }
        if (data.quota !== undefined) {
            let data24 = data.quota;
            if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                if (data24.kind === undefined) {
                    const err51 = { instancePath: instancePath + "/quota", schemaPath: "#/definitions/quota/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property '" + "kind" + "'" };
                    if (vErrors === null) {
                        vErrors = [err51];
                    }
                    else {
                        vErrors.push(err51);
                    }
                    errors++;
                }
                if (data24.limit === undefined) {
                    const err52 = { instancePath: instancePath + "/quota", schemaPath: "#/definitions/quota/required", keyword: "required", params: { missingProperty: "limit" }, message: "must have required property '" + "limit" + "'" };
                    if (vErrors === null) {
                        vErrors = [err52];
                    }
                    else {
                        vErrors.push(err52);
                    }
                    errors++;
                }
                if (data24.remaining === undefined) {
                    const err53 = { instancePath: instancePath + "/quota", schemaPath: "#/definitions/quota/required", keyword: "required", params: { missingProperty: "remaining" }, message: "must have required property '" + "remaining" + "'" };
                    if (vErrors === null) {
                        vErrors = [err53];
                    }
                    else {
                        vErrors.push(err53);
                    }
                    errors++;
                }
                if (data24.resetAt === undefined) {
                    const err54 = { instancePath: instancePath + "/quota", schemaPath: "#/definitions/quota/required", keyword: "required", params: { missingProperty: "resetAt" }, message: "must have required property '" + "resetAt" + "'" };
                    if (vErrors === null) {
                        vErrors = [err54];
                    }
                    else {
                        vErrors.push(err54);
                    }
                    errors++;
                }
                if (data24.kind !== undefined) {
                    let data25 = data24.kind;
                    if (typeof data25 === "string") {
                        if (!pattern5.test(data25)) {
                            const err55 = { instancePath: instancePath + "/quota/kind", schemaPath: "#/definitions/quota/properties/kind/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9 ]*$" }, message: "must match pattern \"" + "^[A-Za-z][A-Za-z0-9 ]*$" + "\"" };
                            if (vErrors === null) {
                                vErrors = [err55];
                            }
                            else {
                                vErrors.push(err55);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err56 = { instancePath: instancePath + "/quota/kind", schemaPath: "#/definitions/quota/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err56];
                        }
                        else {
                            vErrors.push(err56);
                        }
                        errors++;
                    }
                }
                if (data24.limit !== undefined) {
                    let data26 = data24.limit;
                    if (!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))) {
                        const err57 = { instancePath: instancePath + "/quota/limit", schemaPath: "#/definitions/quota/properties/limit/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                            vErrors = [err57];
                        }
                        else {
                            vErrors.push(err57);
                        }
                        errors++;
                    }
                    if ((typeof data26 == "number") && (isFinite(data26))) {
                        if (data26 < 0 || isNaN(data26)) {
                            const err58 = { instancePath: instancePath + "/quota/limit", schemaPath: "#/definitions/quota/properties/limit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
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
                if (data24.remaining !== undefined) {
                    let data27 = data24.remaining;
                    if (!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))) {
                        const err59 = { instancePath: instancePath + "/quota/remaining", schemaPath: "#/definitions/quota/properties/remaining/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                            vErrors = [err59];
                        }
                        else {
                            vErrors.push(err59);
                        }
                        errors++;
                    }
                    if ((typeof data27 == "number") && (isFinite(data27))) {
                        if (data27 < 0 || isNaN(data27)) {
                            const err60 = { instancePath: instancePath + "/quota/remaining", schemaPath: "#/definitions/quota/properties/remaining/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                            if (vErrors === null) {
                                vErrors = [err60];
                            }
                            else {
                                vErrors.push(err60);
                            }
                            errors++;
                        }
                    }
                }
                if (data24.resetAt !== undefined) {
                    if (typeof data24.resetAt !== "string") {
                        const err61 = { instancePath: instancePath + "/quota/resetAt", schemaPath: "#/definitions/quota/properties/resetAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err61];
                        }
                        else {
                            vErrors.push(err61);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err62 = { instancePath: instancePath + "/quota", schemaPath: "#/definitions/quota/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err62];
                }
                else {
                    vErrors.push(err62);
                }
                errors++;
            }
        }
        if (data.checks !== undefined) {
            let data29 = data.checks;
            if (Array.isArray(data29)) {
                const len4 = data29.length;
                for (let i4 = 0; i4 < len4; i4++) {
                    let data30 = data29[i4];
                    if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
                        if (data30.item === undefined) {
                            const err63 = { instancePath: instancePath + "/checks/" + i4, schemaPath: "#/properties/checks/items/required", keyword: "required", params: { missingProperty: "item" }, message: "must have required property '" + "item" + "'" };
                            if (vErrors === null) {
                                vErrors = [err63];
                            }
                            else {
                                vErrors.push(err63);
                            }
                            errors++;
                        }
                        if (data30.rule === undefined) {
                            const err64 = { instancePath: instancePath + "/checks/" + i4, schemaPath: "#/properties/checks/items/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property '" + "rule" + "'" };
                            if (vErrors === null) {
                                vErrors = [err64];
                            }
                            else {
                                vErrors.push(err64);
                            }
                            errors++;
                        }
                        if (data30.message === undefined) {
                            const err65 = { instancePath: instancePath + "/checks/" + i4, schemaPath: "#/properties/checks/items/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property '" + "message" + "'" };
                            if (vErrors === null) {
                                vErrors = [err65];
                            }
                            else {
                                vErrors.push(err65);
                            }
                            errors++;
                        }
                        if (data30.status === undefined) {
                            const err66 = { instancePath: instancePath + "/checks/" + i4, schemaPath: "#/properties/checks/items/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property '" + "status" + "'" };
                            if (vErrors === null) {
                                vErrors = [err66];
                            }
                            else {
                                vErrors.push(err66);
                            }
                            errors++;
                        }
                        if (data30.item !== undefined) {
                            let data31 = data30.item;
                            if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
                                if (data31.type === undefined) {
                                    const err67 = { instancePath: instancePath + "/checks/" + i4 + "/item", schemaPath: "#/definitions/itemRef/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'" };
                                    if (vErrors === null) {
                                        vErrors = [err67];
                                    }
                                    else {
                                        vErrors.push(err67);
                                    }
                                    errors++;
                                }
                                if (data31.number === undefined) {
                                    const err68 = { instancePath: instancePath + "/checks/" + i4 + "/item", schemaPath: "#/definitions/itemRef/required", keyword: "required", params: { missingProperty: "number" }, message: "must have required property '" + "number" + "'" };
                                    if (vErrors === null) {
                                        vErrors = [err68];
                                    }
                                    else {
                                        vErrors.push(err68);
                                    }
                                    errors++;
                                }
                                if (data31.title === undefined) {
                                    const err69 = { instancePath: instancePath + "/checks/" + i4 + "/item", schemaPath: "#/definitions/itemRef/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property '" + "title" + "'" };
                                    if (vErrors === null) {
                                        vErrors = [err69];
                                    }
                                    else {
                                        vErrors.push(err69);
                                    }
                                    errors++;
                                }
                                if (data31.url === undefined) {
                                    const err70 = { instancePath: instancePath + "/checks/" + i4 + "/item", schemaPath: "#/definitions/itemRef/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property '" + "url" + "'" };
                                    if (vErrors === null) {
                                        vErrors = [err70];
                                    }
                                    else {
                                        vErrors.push(err70);
                                    }
                                    errors++;
                                }
                                if (data31.type !== undefined) {
                                    let data32 = data31.type;
                                    if (!(((data32 === "issue") || (data32 === "pull_request")) || (data32 === "discussion"))) {
                                        const err71 = { instancePath: instancePath + "/checks/" + i4 + "/item/type", schemaPath: "#/definitions/itemRef/properties/type/enum", keyword: "enum", params: { allowedValues: schema16.properties.type.enum }, message: "must be equal to one of the allowed values" };
                                        if (vErrors === null) {
                                            vErrors = [err71];
                                        }
                                        else {
                                            vErrors.push(err71);
                                        }
                                        errors++;
                                    }
                                }
                                if (data31.number !== undefined) {
                                    let data33 = data31.number;
                                    if (!(((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33))) && (isFinite(data33)))) {
                                        const err72 = { instancePath: instancePath + "/checks/" + i4 + "/item/number", schemaPath: "#/definitions/itemRef/properties/number/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                        if (vErrors === null) {
                                            vErrors = [err72];
                                        }
                                        else {
                                            vErrors.push(err72);
                                        }
                                        errors++;
                                    }
                                    if ((typeof data33 == "number") && (isFinite(data33))) {
                                        if (data33 < 0 || isNaN(data33)) {
                                            const err73 = { instancePath: instancePath + "/checks/" + i4 + "/item/number", schemaPath: "#/definitions/itemRef/properties/number/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                            if (vErrors === null) {
                                                vErrors = [err73];
                                            }
                                            else {
                                                vErrors.push(err73);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                if (data31.title !== undefined) {
                                    if (typeof data31.title !== "string") {
                                        const err74 = { instancePath: instancePath + "/checks/" + i4 + "/item/title", schemaPath: "#/definitions/itemRef/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                            vErrors = [err74];
                                        }
                                        else {
                                            vErrors.push(err74);
                                        }
                                        errors++;
                                    }
                                }
                                if (data31.url !== undefined) {
                                    let data35 = data31.url;
                                    if (typeof data35 === "string") {
                                        if (!pattern2.test(data35)) {
                                            const err75 = { instancePath: instancePath + "/checks/" + i4 + "/item/url", schemaPath: "#/definitions/itemRef/properties/url/pattern", keyword: "pattern", params: { pattern: "^https?://[^\\s()<>\\[\\]`\"']+$" }, message: "must match pattern \"" + "^https?://[^\\s()<>\\[\\]`\"']+$" + "\"" };
                                            if (vErrors === null) {
                                                vErrors = [err75];
                                            }
                                            else {
                                                vErrors.push(err75);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err76 = { instancePath: instancePath + "/checks/" + i4 + "/item/url", schemaPath: "#/definitions/itemRef/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                            vErrors = [err76];
                                        }
                                        else {
                                            vErrors.push(err76);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err77 = { instancePath: instancePath + "/checks/" + i4 + "/item", schemaPath: "#/definitions/itemRef/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                if (vErrors === null) {
                                    vErrors = [err77];
                                }
                                else {
                                    vErrors.push(err77);
                                }
                                errors++;
                            }
                        }
                        if (data30.rule !== undefined) {
                            let data36 = data30.rule;
                            if (typeof data36 === "string") {
                                if (!pattern1.test(data36)) {
                                    const err78 = { instancePath: instancePath + "/checks/" + i4 + "/rule", schemaPath: "#/definitions/ruleId/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$" }, message: "must match pattern \"" + "^[A-Za-z0-9][A-Za-z0-9_.-]*$" + "\"" };
                                    if (vErrors === null) {
                                        vErrors = [err78];
                                    }
                                    else {
                                        vErrors.push(err78);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err79 = { instancePath: instancePath + "/checks/" + i4 + "/rule", schemaPath: "#/definitions/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err79];
                                }
                                else {
                                    vErrors.push(err79);
                                }
                                errors++;
                            }
                        }
                        if (data30.message !== undefined) {
                            if (typeof data30.message !== "string") {
                                const err80 = { instancePath: instancePath + "/checks/" + i4 + "/message", schemaPath: "#/properties/checks/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err80];
                                }
                                else {
                                    vErrors.push(err80);
                                }
                                errors++;
                            }
                        }
                        if (data30.status !== undefined) {
                            let data38 = data30.status;
                            if (!((data38 === "passed") || (data38 === "failed"))) {
                                const err81 = { instancePath: instancePath + "/checks/" + i4 + "/status", schemaPath: "#/properties/checks/items/properties/status/enum", keyword: "enum", params: { allowedValues: schema13.properties.checks.items.properties.status.enum }, message: "must be equal to one of the allowed values" };
                                if (vErrors === null) {
                                    vErrors = [err81];
                                }
                                else {
                                    vErrors.push(err81);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err82 = { instancePath: instancePath + "/checks/" + i4, schemaPath: "#/properties/checks/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err82];
                        }
                        else {
                            vErrors.push(err82);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err83 = { instancePath: instancePath + "/checks", schemaPath: "#/properties/checks/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err83];
                }
                else {
                    vErrors.push(err83);
                }
                errors++;
            }
        }
        if (data.stop !== undefined) {
            let data39 = data.stop;
            if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
                if (data39.reason === undefined) {
                    const err84 = { instancePath: instancePath + "/stop", schemaPath: "#/properties/stop/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property '" + "reason" + "'" };
                    if (vErrors === null) {
                        vErrors = [err84];
                    }
                    else {
                        vErrors.push(err84);
                    }
                    errors++;
                }
                if (data39.message === undefined) {
                    const err85 = { instancePath: instancePath + "/stop", schemaPath: "#/properties/stop/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property '" + "message" + "'" };
                    if (vErrors === null) {
                        vErrors = [err85];
                    }
                    else {
                        vErrors.push(err85);
                    }
                    errors++;
                }
                if (data39.reason !== undefined) {
                    let data40 = data39.reason;
                    if (!(((data40 === "budget") || (data40 === "circuit-breaker")) || (data40 === "rate-limit"))) {
                        const err86 = { instancePath: instancePath + "/stop/reason", schemaPath: "#/properties/stop/properties/reason/enum", keyword: "enum", params: { allowedValues: schema13.properties.stop.properties.reason.enum }, message: "must be equal to one of the allowed values" };
                        if (vErrors === null) {
                            vErrors = [err86];
                        }
                        else {
                            vErrors.push(err86);
                        }
                        errors++;
                    }
                }
                if (data39.message !== undefined) {
                    if (typeof data39.message !== "string") {
                        const err87 = { instancePath: instancePath + "/stop/message", schemaPath: "#/properties/stop/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err87];
                        }
                        else {
                            vErrors.push(err87);
                        }
                        errors++;
                    }
                }
                if (data39.resetAt !== undefined) {
                    if (typeof data39.resetAt !== "string") {
                        const err88 = { instancePath: instancePath + "/stop/resetAt", schemaPath: "#/properties/stop/properties/resetAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
                const err89 = { instancePath: instancePath + "/stop", schemaPath: "#/properties/stop/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err89];
                }
                else {
                    vErrors.push(err89);
                }
                errors++;
            }
        }
        if (data.models !== undefined) {
            let data43 = data.models;
            if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
                if (data43.endpoint === undefined) {
                    const err90 = { instancePath: instancePath + "/models", schemaPath: "#/properties/models/required", keyword: "required", params: { missingProperty: "endpoint" }, message: "must have required property '" + "endpoint" + "'" };
                    if (vErrors === null) {
                        vErrors = [err90];
                    }
                    else {
                        vErrors.push(err90);
                    }
                    errors++;
                }
                if (data43.model === undefined) {
                    const err91 = { instancePath: instancePath + "/models", schemaPath: "#/properties/models/required", keyword: "required", params: { missingProperty: "model" }, message: "must have required property '" + "model" + "'" };
                    if (vErrors === null) {
                        vErrors = [err91];
                    }
                    else {
                        vErrors.push(err91);
                    }
                    errors++;
                }
                if (data43.maxCalls === undefined) {
                    const err92 = { instancePath: instancePath + "/models", schemaPath: "#/properties/models/required", keyword: "required", params: { missingProperty: "maxCalls" }, message: "must have required property '" + "maxCalls" + "'" };
                    if (vErrors === null) {
                        vErrors = [err92];
                    }
                    else {
                        vErrors.push(err92);
                    }
                    errors++;
                }
                if (data43.calls === undefined) {
                    const err93 = { instancePath: instancePath + "/models", schemaPath: "#/properties/models/required", keyword: "required", params: { missingProperty: "calls" }, message: "must have required property '" + "calls" + "'" };
                    if (vErrors === null) {
                        vErrors = [err93];
                    }
                    else {
                        vErrors.push(err93);
                    }
                    errors++;
                }
                if (data43.cached === undefined) {
                    const err94 = { instancePath: instancePath + "/models", schemaPath: "#/properties/models/required", keyword: "required", params: { missingProperty: "cached" }, message: "must have required property '" + "cached" + "'" };
                    if (vErrors === null) {
                        vErrors = [err94];
                    }
                    else {
                        vErrors.push(err94);
                    }
                    errors++;
                }
                if (data43.deferred === undefined) {
                    const err95 = { instancePath: instancePath + "/models", schemaPath: "#/properties/models/required", keyword: "required", params: { missingProperty: "deferred" }, message: "must have required property '" + "deferred" + "'" };
                    if (vErrors === null) {
                        vErrors = [err95];
                    }
                    else {
                        vErrors.push(err95);
                    }
                    errors++;
                }
                if (data43.failures === undefined) {
                    const err96 = { instancePath: instancePath + "/models", schemaPath: "#/properties/models/required", keyword: "required", params: { missingProperty: "failures" }, message: "must have required property '" + "failures" + "'" };
                    if (vErrors === null) {
                        vErrors = [err96];
                    }
                    else {
                        vErrors.push(err96);
                    }
                    errors++;
                }
                if (data43.answers === undefined) {
                    const err97 = { instancePath: instancePath + "/models", schemaPath: "#/properties/models/required", keyword: "required", params: { missingProperty: "answers" }, message: "must have required property '" + "answers" + "'" };
                    if (vErrors === null) {
                        vErrors = [err97];
                    }
                    else {
                        vErrors.push(err97);
                    }
                    errors++;
                }
                if (data43.endpoint !== undefined) {
                    if (typeof data43.endpoint !== "string") {
                        const err98 = { instancePath: instancePath + "/models/endpoint", schemaPath: "#/properties/models/properties/endpoint/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err98];
                        }
                        else {
                            vErrors.push(err98);
                        }
                        errors++;
                    }
                }
                if (data43.model !== undefined) {
                    if (typeof data43.model !== "string") {
                        const err99 = { instancePath: instancePath + "/models/model", schemaPath: "#/properties/models/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err99];
                        }
                        else {
                            vErrors.push(err99);
                        }
                        errors++;
                    }
                }
                if (data43.maxCalls !== undefined) {
                    let data46 = data43.maxCalls;
                    if (!(((typeof data46 == "number") && (!(data46 % 1) && !isNaN(data46))) && (isFinite(data46)))) {
                        const err100 = { instancePath: instancePath + "/models/maxCalls", schemaPath: "#/properties/models/properties/maxCalls/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                            vErrors = [err100];
                        }
                        else {
                            vErrors.push(err100);
                        }
                        errors++;
                    }
                    if ((typeof data46 == "number") && (isFinite(data46))) {
                        if (data46 < 0 || isNaN(data46)) {
                            const err101 = { instancePath: instancePath + "/models/maxCalls", schemaPath: "#/properties/models/properties/maxCalls/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                            if (vErrors === null) {
                                vErrors = [err101];
                            }
                            else {
                                vErrors.push(err101);
                            }
                            errors++;
                        }
                    }
                }
                if (data43.calls !== undefined) {
                    let data47 = data43.calls;
                    if (!(((typeof data47 == "number") && (!(data47 % 1) && !isNaN(data47))) && (isFinite(data47)))) {
                        const err102 = { instancePath: instancePath + "/models/calls", schemaPath: "#/properties/models/properties/calls/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                            vErrors = [err102];
                        }
                        else {
                            vErrors.push(err102);
                        }
                        errors++;
                    }
                    if ((typeof data47 == "number") && (isFinite(data47))) {
                        if (data47 < 0 || isNaN(data47)) {
                            const err103 = { instancePath: instancePath + "/models/calls", schemaPath: "#/properties/models/properties/calls/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                            if (vErrors === null) {
                                vErrors = [err103];
                            }
                            else {
                                vErrors.push(err103);
                            }
                            errors++;
                        }
                    }
                }
                if (data43.cached !== undefined) {
                    let data48 = data43.cached;
                    if (!(((typeof data48 == "number") && (!(data48 % 1) && !isNaN(data48))) && (isFinite(data48)))) {
                        const err104 = { instancePath: instancePath + "/models/cached", schemaPath: "#/properties/models/properties/cached/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                            vErrors = [err104];
                        }
                        else {
                            vErrors.push(err104);
                        }
                        errors++;
                    }
                    if ((typeof data48 == "number") && (isFinite(data48))) {
                        if (data48 < 0 || isNaN(data48)) {
                            const err105 = { instancePath: instancePath + "/models/cached", schemaPath: "#/properties/models/properties/cached/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                            if (vErrors === null) {
                                vErrors = [err105];
                            }
                            else {
                                vErrors.push(err105);
                            }
                            errors++;
                        }
                    }
                }
                if (data43.deferred !== undefined) {
                    let data49 = data43.deferred;
                    if (!(((typeof data49 == "number") && (!(data49 % 1) && !isNaN(data49))) && (isFinite(data49)))) {
                        const err106 = { instancePath: instancePath + "/models/deferred", schemaPath: "#/properties/models/properties/deferred/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                            vErrors = [err106];
                        }
                        else {
                            vErrors.push(err106);
                        }
                        errors++;
                    }
                    if ((typeof data49 == "number") && (isFinite(data49))) {
                        if (data49 < 0 || isNaN(data49)) {
                            const err107 = { instancePath: instancePath + "/models/deferred", schemaPath: "#/properties/models/properties/deferred/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                            if (vErrors === null) {
                                vErrors = [err107];
                            }
                            else {
                                vErrors.push(err107);
                            }
                            errors++;
                        }
                    }
                }
                if (data43.failures !== undefined) {
                    let data50 = data43.failures;
                    if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
                        for (const key2 in data50) {
                            const _errs106 = errors;
                            if (typeof key2 === "string") {
                                if (!pattern8.test(key2)) {
                                    const err108 = { instancePath: instancePath + "/models/failures", schemaPath: "#/properties/models/properties/failures/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z-]+$" }, message: "must match pattern \"" + "^[a-z-]+$" + "\"", propertyName: key2 };
                                    if (vErrors === null) {
                                        vErrors = [err108];
                                    }
                                    else {
                                        vErrors.push(err108);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err109 = { instancePath: instancePath + "/models/failures", schemaPath: "#/properties/models/properties/failures/propertyNames/type", keyword: "type", params: { type: "string" }, message: "must be string", propertyName: key2 };
                                if (vErrors === null) {
                                    vErrors = [err109];
                                }
                                else {
                                    vErrors.push(err109);
                                }
                                errors++;
                            }
                            var valid26 = _errs106 === errors;
                            if (!valid26) {
                                const err110 = { instancePath: instancePath + "/models/failures", schemaPath: "#/properties/models/properties/failures/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid" };
                                if (vErrors === null) {
                                    vErrors = [err110];
                                }
                                else {
                                    vErrors.push(err110);
                                }
                                errors++;
                            }
                        }
                        for (const key3 in data50) {
                            let data51 = data50[key3];
                            if (!(((typeof data51 == "number") && (!(data51 % 1) && !isNaN(data51))) && (isFinite(data51)))) {
                                const err111 = { instancePath: instancePath + "/models/failures/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/models/properties/failures/additionalProperties/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                    vErrors = [err111];
                                }
                                else {
                                    vErrors.push(err111);
                                }
                                errors++;
                            }
                            if ((typeof data51 == "number") && (isFinite(data51))) {
                                if (data51 < 0 || isNaN(data51)) {
                                    const err112 = { instancePath: instancePath + "/models/failures/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/models/properties/failures/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
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
                    }
                    else {
                        const err113 = { instancePath: instancePath + "/models/failures", schemaPath: "#/properties/models/properties/failures/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err113];
                        }
                        else {
                            vErrors.push(err113);
                        }
                        errors++;
                    }
                }
                if (data43.answers !== undefined) {
                    let data52 = data43.answers;
                    if (Array.isArray(data52)) {
                        const len5 = data52.length;
                        for (let i5 = 0; i5 < len5; i5++) {
                            let data53 = data52[i5];
                            if (data53 && typeof data53 == "object" && !Array.isArray(data53)) {
                                if (data53.item === undefined) {
                                    const err114 = { instancePath: instancePath + "/models/answers/" + i5, schemaPath: "#/properties/models/properties/answers/items/required", keyword: "required", params: { missingProperty: "item" }, message: "must have required property '" + "item" + "'" };
                                    if (vErrors === null) {
                                        vErrors = [err114];
                                    }
                                    else {
                                        vErrors.push(err114);
                                    }
                                    errors++;
                                }
                                if (data53.rule === undefined) {
                                    const err115 = { instancePath: instancePath + "/models/answers/" + i5, schemaPath: "#/properties/models/properties/answers/items/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property '" + "rule" + "'" };
                                    if (vErrors === null) {
                                        vErrors = [err115];
                                    }
                                    else {
                                        vErrors.push(err115);
                                    }
                                    errors++;
                                }
                                if (data53.answer === undefined) {
                                    const err116 = { instancePath: instancePath + "/models/answers/" + i5, schemaPath: "#/properties/models/properties/answers/items/required", keyword: "required", params: { missingProperty: "answer" }, message: "must have required property '" + "answer" + "'" };
                                    if (vErrors === null) {
                                        vErrors = [err116];
                                    }
                                    else {
                                        vErrors.push(err116);
                                    }
                                    errors++;
                                }
                                if (data53.item !== undefined) {
                                    let data54 = data53.item;
                                    if (data54 && typeof data54 == "object" && !Array.isArray(data54)) {
                                        if (data54.type === undefined) {
                                            const err117 = { instancePath: instancePath + "/models/answers/" + i5 + "/item", schemaPath: "#/definitions/itemRef/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'" };
                                            if (vErrors === null) {
                                                vErrors = [err117];
                                            }
                                            else {
                                                vErrors.push(err117);
                                            }
                                            errors++;
                                        }
                                        if (data54.number === undefined) {
                                            const err118 = { instancePath: instancePath + "/models/answers/" + i5 + "/item", schemaPath: "#/definitions/itemRef/required", keyword: "required", params: { missingProperty: "number" }, message: "must have required property '" + "number" + "'" };
                                            if (vErrors === null) {
                                                vErrors = [err118];
                                            }
                                            else {
                                                vErrors.push(err118);
                                            }
                                            errors++;
                                        }
                                        if (data54.title === undefined) {
                                            const err119 = { instancePath: instancePath + "/models/answers/" + i5 + "/item", schemaPath: "#/definitions/itemRef/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property '" + "title" + "'" };
                                            if (vErrors === null) {
                                                vErrors = [err119];
                                            }
                                            else {
                                                vErrors.push(err119);
                                            }
                                            errors++;
                                        }
                                        if (data54.url === undefined) {
                                            const err120 = { instancePath: instancePath + "/models/answers/" + i5 + "/item", schemaPath: "#/definitions/itemRef/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property '" + "url" + "'" };
                                            if (vErrors === null) {
                                                vErrors = [err120];
                                            }
                                            else {
                                                vErrors.push(err120);
                                            }
                                            errors++;
                                        }
                                        if (data54.type !== undefined) {
                                            let data55 = data54.type;
                                            if (!(((data55 === "issue") || (data55 === "pull_request")) || (data55 === "discussion"))) {
                                                const err121 = { instancePath: instancePath + "/models/answers/" + i5 + "/item/type", schemaPath: "#/definitions/itemRef/properties/type/enum", keyword: "enum", params: { allowedValues: schema16.properties.type.enum }, message: "must be equal to one of the allowed values" };
                                                if (vErrors === null) {
                                                    vErrors = [err121];
                                                }
                                                else {
                                                    vErrors.push(err121);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data54.number !== undefined) {
                                            let data56 = data54.number;
                                            if (!(((typeof data56 == "number") && (!(data56 % 1) && !isNaN(data56))) && (isFinite(data56)))) {
                                                const err122 = { instancePath: instancePath + "/models/answers/" + i5 + "/item/number", schemaPath: "#/definitions/itemRef/properties/number/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                                if (vErrors === null) {
                                                    vErrors = [err122];
                                                }
                                                else {
                                                    vErrors.push(err122);
                                                }
                                                errors++;
                                            }
                                            if ((typeof data56 == "number") && (isFinite(data56))) {
                                                if (data56 < 0 || isNaN(data56)) {
                                                    const err123 = { instancePath: instancePath + "/models/answers/" + i5 + "/item/number", schemaPath: "#/definitions/itemRef/properties/number/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                                    if (vErrors === null) {
                                                        vErrors = [err123];
                                                    }
                                                    else {
                                                        vErrors.push(err123);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        if (data54.title !== undefined) {
                                            if (typeof data54.title !== "string") {
                                                const err124 = { instancePath: instancePath + "/models/answers/" + i5 + "/item/title", schemaPath: "#/definitions/itemRef/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                if (vErrors === null) {
                                                    vErrors = [err124];
                                                }
                                                else {
                                                    vErrors.push(err124);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data54.url !== undefined) {
                                            let data58 = data54.url;
                                            if (typeof data58 === "string") {
                                                if (!pattern2.test(data58)) {
                                                    const err125 = { instancePath: instancePath + "/models/answers/" + i5 + "/item/url", schemaPath: "#/definitions/itemRef/properties/url/pattern", keyword: "pattern", params: { pattern: "^https?://[^\\s()<>\\[\\]`\"']+$" }, message: "must match pattern \"" + "^https?://[^\\s()<>\\[\\]`\"']+$" + "\"" };
                                                    if (vErrors === null) {
                                                        vErrors = [err125];
                                                    }
                                                    else {
                                                        vErrors.push(err125);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            else {
                                                const err126 = { instancePath: instancePath + "/models/answers/" + i5 + "/item/url", schemaPath: "#/definitions/itemRef/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                if (vErrors === null) {
                                                    vErrors = [err126];
                                                }
                                                else {
                                                    vErrors.push(err126);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err127 = { instancePath: instancePath + "/models/answers/" + i5 + "/item", schemaPath: "#/definitions/itemRef/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                        if (vErrors === null) {
                                            vErrors = [err127];
                                        }
                                        else {
                                            vErrors.push(err127);
                                        }
                                        errors++;
                                    }
                                }
                                if (data53.rule !== undefined) {
                                    let data59 = data53.rule;
                                    if (typeof data59 === "string") {
                                        if (!pattern1.test(data59)) {
                                            const err128 = { instancePath: instancePath + "/models/answers/" + i5 + "/rule", schemaPath: "#/definitions/ruleId/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$" }, message: "must match pattern \"" + "^[A-Za-z0-9][A-Za-z0-9_.-]*$" + "\"" };
                                            if (vErrors === null) {
                                                vErrors = [err128];
                                            }
                                            else {
                                                vErrors.push(err128);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err129 = { instancePath: instancePath + "/models/answers/" + i5 + "/rule", schemaPath: "#/definitions/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                            vErrors = [err129];
                                        }
                                        else {
                                            vErrors.push(err129);
                                        }
                                        errors++;
                                    }
                                }
                                if (data53.answer !== undefined) {
                                    let data60 = data53.answer;
                                    if (!(data60 && typeof data60 == "object" && !Array.isArray(data60))) {
                                        const err130 = { instancePath: instancePath + "/models/answers/" + i5 + "/answer", schemaPath: "#/properties/models/properties/answers/items/properties/answer/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                        if (vErrors === null) {
                                            vErrors = [err130];
                                        }
                                        else {
                                            vErrors.push(err130);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err131 = { instancePath: instancePath + "/models/answers/" + i5, schemaPath: "#/properties/models/properties/answers/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                if (vErrors === null) {
                                    vErrors = [err131];
                                }
                                else {
                                    vErrors.push(err131);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err132 = { instancePath: instancePath + "/models/answers", schemaPath: "#/properties/models/properties/answers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                            vErrors = [err132];
                        }
                        else {
                            vErrors.push(err132);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err133 = { instancePath: instancePath + "/models", schemaPath: "#/properties/models/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err133];
                }
                else {
                    vErrors.push(err133);
                }
                errors++;
            }
        }
    }
    else {
        const err134 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err134];
        }
        else {
            vErrors.push(err134);
        }
        errors++;
    }
    validate12.errors = vErrors;
    return errors === 0;
}
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    const _errs1 = errors;
    let valid0 = false;
    const _errs2 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.result === undefined) {
            const err0 = { instancePath, schemaPath: "#/anyOf/0/required", keyword: "required", params: { missingProperty: "result" }, message: "must have required property '" + "result" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    var _valid0 = _errs2 === errors;
    valid0 = valid0 || _valid0;
    if (!valid0) {
        const _errs3 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.error === undefined) {
                const err1 = { instancePath, schemaPath: "#/anyOf/1/required", keyword: "required", params: { missingProperty: "error" }, message: "must have required property '" + "error" + "'" };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        var _valid0 = _errs3 === errors;
        valid0 = valid0 || _valid0;
    }
    if (!valid0) {
        const err2 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    else {
        errors = _errs1;
        if (vErrors !== null) {
            if (_errs1) {
                vErrors.length = _errs1;
            }
            else {
                vErrors = null;
            }
        }
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.repository === undefined) {
            const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "repository" }, message: "must have required property '" + "repository" + "'" };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
        if (data.repository !== undefined) {
            let data0 = data.repository;
            if (typeof data0 === "string") {
                if (!pattern0.test(data0)) {
                    const err4 = { instancePath: instancePath + "/repository", schemaPath: "#/properties/repository/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)+$" }, message: "must match pattern \"" + "^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)+$" + "\"" };
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
                const err5 = { instancePath: instancePath + "/repository", schemaPath: "#/properties/repository/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        if (data.result !== undefined) {
            if (!(validate12(data.result, { instancePath: instancePath + "/result", parentData: data, parentDataProperty: "result", rootData }))) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.error !== undefined) {
            if (typeof data.error !== "string") {
                const err6 = { instancePath: instancePath + "/error", schemaPath: "#/properties/error/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        if (data.budgetBefore !== undefined) {
            let data3 = data.budgetBefore;
            if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                if (data3.kind === undefined) {
                    const err7 = { instancePath: instancePath + "/budgetBefore", schemaPath: "#/definitions/quota/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property '" + "kind" + "'" };
                    if (vErrors === null) {
                        vErrors = [err7];
                    }
                    else {
                        vErrors.push(err7);
                    }
                    errors++;
                }
                if (data3.limit === undefined) {
                    const err8 = { instancePath: instancePath + "/budgetBefore", schemaPath: "#/definitions/quota/required", keyword: "required", params: { missingProperty: "limit" }, message: "must have required property '" + "limit" + "'" };
                    if (vErrors === null) {
                        vErrors = [err8];
                    }
                    else {
                        vErrors.push(err8);
                    }
                    errors++;
                }
                if (data3.remaining === undefined) {
                    const err9 = { instancePath: instancePath + "/budgetBefore", schemaPath: "#/definitions/quota/required", keyword: "required", params: { missingProperty: "remaining" }, message: "must have required property '" + "remaining" + "'" };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
                if (data3.resetAt === undefined) {
                    const err10 = { instancePath: instancePath + "/budgetBefore", schemaPath: "#/definitions/quota/required", keyword: "required", params: { missingProperty: "resetAt" }, message: "must have required property '" + "resetAt" + "'" };
                    if (vErrors === null) {
                        vErrors = [err10];
                    }
                    else {
                        vErrors.push(err10);
                    }
                    errors++;
                }
                if (data3.kind !== undefined) {
                    let data4 = data3.kind;
                    if (typeof data4 === "string") {
                        if (!pattern5.test(data4)) {
                            const err11 = { instancePath: instancePath + "/budgetBefore/kind", schemaPath: "#/definitions/quota/properties/kind/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9 ]*$" }, message: "must match pattern \"" + "^[A-Za-z][A-Za-z0-9 ]*$" + "\"" };
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
                        const err12 = { instancePath: instancePath + "/budgetBefore/kind", schemaPath: "#/definitions/quota/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err12];
                        }
                        else {
                            vErrors.push(err12);
                        }
                        errors++;
                    }
                }
                if (data3.limit !== undefined) {
                    let data5 = data3.limit;
                    if (!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))) {
                        const err13 = { instancePath: instancePath + "/budgetBefore/limit", schemaPath: "#/definitions/quota/properties/limit/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                            vErrors = [err13];
                        }
                        else {
                            vErrors.push(err13);
                        }
                        errors++;
                    }
                    if ((typeof data5 == "number") && (isFinite(data5))) {
                        if (data5 < 0 || isNaN(data5)) {
                            const err14 = { instancePath: instancePath + "/budgetBefore/limit", schemaPath: "#/definitions/quota/properties/limit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                            if (vErrors === null) {
                                vErrors = [err14];
                            }
                            else {
                                vErrors.push(err14);
                            }
                            errors++;
                        }
                    }
                }
                if (data3.remaining !== undefined) {
                    let data6 = data3.remaining;
                    if (!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))) {
                        const err15 = { instancePath: instancePath + "/budgetBefore/remaining", schemaPath: "#/definitions/quota/properties/remaining/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                            vErrors = [err15];
                        }
                        else {
                            vErrors.push(err15);
                        }
                        errors++;
                    }
                    if ((typeof data6 == "number") && (isFinite(data6))) {
                        if (data6 < 0 || isNaN(data6)) {
                            const err16 = { instancePath: instancePath + "/budgetBefore/remaining", schemaPath: "#/definitions/quota/properties/remaining/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
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
                if (data3.resetAt !== undefined) {
                    if (typeof data3.resetAt !== "string") {
                        const err17 = { instancePath: instancePath + "/budgetBefore/resetAt", schemaPath: "#/definitions/quota/properties/resetAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
                const err18 = { instancePath: instancePath + "/budgetBefore", schemaPath: "#/definitions/quota/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err18];
                }
                else {
                    vErrors.push(err18);
                }
                errors++;
            }
        }
        if (data.reports !== undefined) {
            let data8 = data.reports;
            if (Array.isArray(data8)) {
                const len0 = data8.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data9 = data8[i0];
                    if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                        if (data9.id === undefined) {
                            const err19 = { instancePath: instancePath + "/reports/" + i0, schemaPath: "#/properties/reports/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'" };
                            if (vErrors === null) {
                                vErrors = [err19];
                            }
                            else {
                                vErrors.push(err19);
                            }
                            errors++;
                        }
                        if (data9.status === undefined) {
                            const err20 = { instancePath: instancePath + "/reports/" + i0, schemaPath: "#/properties/reports/items/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property '" + "status" + "'" };
                            if (vErrors === null) {
                                vErrors = [err20];
                            }
                            else {
                                vErrors.push(err20);
                            }
                            errors++;
                        }
                        if (data9.writes === undefined) {
                            const err21 = { instancePath: instancePath + "/reports/" + i0, schemaPath: "#/properties/reports/items/required", keyword: "required", params: { missingProperty: "writes" }, message: "must have required property '" + "writes" + "'" };
                            if (vErrors === null) {
                                vErrors = [err21];
                            }
                            else {
                                vErrors.push(err21);
                            }
                            errors++;
                        }
                        if (data9.id !== undefined) {
                            let data10 = data9.id;
                            if (typeof data10 === "string") {
                                if (!pattern1.test(data10)) {
                                    const err22 = { instancePath: instancePath + "/reports/" + i0 + "/id", schemaPath: "#/definitions/ruleId/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$" }, message: "must match pattern \"" + "^[A-Za-z0-9][A-Za-z0-9_.-]*$" + "\"" };
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
                                const err23 = { instancePath: instancePath + "/reports/" + i0 + "/id", schemaPath: "#/definitions/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err23];
                                }
                                else {
                                    vErrors.push(err23);
                                }
                                errors++;
                            }
                        }
                        if (data9.status !== undefined) {
                            let data11 = data9.status;
                            if (!((((((((data11 === "created") || (data11 === "edited")) || (data11 === "unchanged")) || (data11 === "would-create")) || (data11 === "would-edit")) || (data11 === "deferred")) || (data11 === "blocked")) || (data11 === "failed"))) {
                                const err24 = { instancePath: instancePath + "/reports/" + i0 + "/status", schemaPath: "#/properties/reports/items/properties/status/enum", keyword: "enum", params: { allowedValues: schema12.properties.reports.items.properties.status.enum }, message: "must be equal to one of the allowed values" };
                                if (vErrors === null) {
                                    vErrors = [err24];
                                }
                                else {
                                    vErrors.push(err24);
                                }
                                errors++;
                            }
                        }
                        if (data9.issue !== undefined) {
                            let data12 = data9.issue;
                            if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                                if (data12.number === undefined) {
                                    const err25 = { instancePath: instancePath + "/reports/" + i0 + "/issue", schemaPath: "#/properties/reports/items/properties/issue/required", keyword: "required", params: { missingProperty: "number" }, message: "must have required property '" + "number" + "'" };
                                    if (vErrors === null) {
                                        vErrors = [err25];
                                    }
                                    else {
                                        vErrors.push(err25);
                                    }
                                    errors++;
                                }
                                if (data12.url === undefined) {
                                    const err26 = { instancePath: instancePath + "/reports/" + i0 + "/issue", schemaPath: "#/properties/reports/items/properties/issue/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property '" + "url" + "'" };
                                    if (vErrors === null) {
                                        vErrors = [err26];
                                    }
                                    else {
                                        vErrors.push(err26);
                                    }
                                    errors++;
                                }
                                if (data12.state === undefined) {
                                    const err27 = { instancePath: instancePath + "/reports/" + i0 + "/issue", schemaPath: "#/properties/reports/items/properties/issue/required", keyword: "required", params: { missingProperty: "state" }, message: "must have required property '" + "state" + "'" };
                                    if (vErrors === null) {
                                        vErrors = [err27];
                                    }
                                    else {
                                        vErrors.push(err27);
                                    }
                                    errors++;
                                }
                                if (data12.number !== undefined) {
                                    let data13 = data12.number;
                                    if (!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))) {
                                        const err28 = { instancePath: instancePath + "/reports/" + i0 + "/issue/number", schemaPath: "#/properties/reports/items/properties/issue/properties/number/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                        if (vErrors === null) {
                                            vErrors = [err28];
                                        }
                                        else {
                                            vErrors.push(err28);
                                        }
                                        errors++;
                                    }
                                    if ((typeof data13 == "number") && (isFinite(data13))) {
                                        if (data13 < 0 || isNaN(data13)) {
                                            const err29 = { instancePath: instancePath + "/reports/" + i0 + "/issue/number", schemaPath: "#/properties/reports/items/properties/issue/properties/number/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
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
                                if (data12.url !== undefined) {
                                    let data14 = data12.url;
                                    if (typeof data14 === "string") {
                                        if (!pattern2.test(data14)) {
                                            const err30 = { instancePath: instancePath + "/reports/" + i0 + "/issue/url", schemaPath: "#/properties/reports/items/properties/issue/properties/url/pattern", keyword: "pattern", params: { pattern: "^https?://[^\\s()<>\\[\\]`\"']+$" }, message: "must match pattern \"" + "^https?://[^\\s()<>\\[\\]`\"']+$" + "\"" };
                                            if (vErrors === null) {
                                                vErrors = [err30];
                                            }
                                            else {
                                                vErrors.push(err30);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err31 = { instancePath: instancePath + "/reports/" + i0 + "/issue/url", schemaPath: "#/properties/reports/items/properties/issue/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                            vErrors = [err31];
                                        }
                                        else {
                                            vErrors.push(err31);
                                        }
                                        errors++;
                                    }
                                }
                                if (data12.state !== undefined) {
                                    let data15 = data12.state;
                                    if (!((data15 === "open") || (data15 === "closed"))) {
                                        const err32 = { instancePath: instancePath + "/reports/" + i0 + "/issue/state", schemaPath: "#/properties/reports/items/properties/issue/properties/state/enum", keyword: "enum", params: { allowedValues: schema12.properties.reports.items.properties.issue.properties.state.enum }, message: "must be equal to one of the allowed values" };
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
                            else {
                                const err33 = { instancePath: instancePath + "/reports/" + i0 + "/issue", schemaPath: "#/properties/reports/items/properties/issue/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                if (vErrors === null) {
                                    vErrors = [err33];
                                }
                                else {
                                    vErrors.push(err33);
                                }
                                errors++;
                            }
                        }
                        if (data9.note !== undefined) {
                            if (typeof data9.note !== "string") {
                                const err34 = { instancePath: instancePath + "/reports/" + i0 + "/note", schemaPath: "#/properties/reports/items/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err34];
                                }
                                else {
                                    vErrors.push(err34);
                                }
                                errors++;
                            }
                        }
                        if (data9.writes !== undefined) {
                            let data17 = data9.writes;
                            if (!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))) {
                                const err35 = { instancePath: instancePath + "/reports/" + i0 + "/writes", schemaPath: "#/properties/reports/items/properties/writes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                    vErrors = [err35];
                                }
                                else {
                                    vErrors.push(err35);
                                }
                                errors++;
                            }
                            if ((typeof data17 == "number") && (isFinite(data17))) {
                                if (data17 < 0 || isNaN(data17)) {
                                    const err36 = { instancePath: instancePath + "/reports/" + i0 + "/writes", schemaPath: "#/properties/reports/items/properties/writes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
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
                    }
                    else {
                        const err37 = { instancePath: instancePath + "/reports/" + i0, schemaPath: "#/properties/reports/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err37];
                        }
                        else {
                            vErrors.push(err37);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err38 = { instancePath: instancePath + "/reports", schemaPath: "#/properties/reports/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err38];
                }
                else {
                    vErrors.push(err38);
                }
                errors++;
            }
        }
        if (data.spent !== undefined) {
            let data18 = data.spent;
            if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                if (data18.kind === undefined) {
                    const err39 = { instancePath: instancePath + "/spent", schemaPath: "#/properties/spent/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property '" + "kind" + "'" };
                    if (vErrors === null) {
                        vErrors = [err39];
                    }
                    else {
                        vErrors.push(err39);
                    }
                    errors++;
                }
                if (data18.amount === undefined) {
                    const err40 = { instancePath: instancePath + "/spent", schemaPath: "#/properties/spent/required", keyword: "required", params: { missingProperty: "amount" }, message: "must have required property '" + "amount" + "'" };
                    if (vErrors === null) {
                        vErrors = [err40];
                    }
                    else {
                        vErrors.push(err40);
                    }
                    errors++;
                }
                if (data18.kind !== undefined) {
                    let data19 = data18.kind;
                    if (typeof data19 === "string") {
                        if (!pattern5.test(data19)) {
                            const err41 = { instancePath: instancePath + "/spent/kind", schemaPath: "#/properties/spent/properties/kind/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9 ]*$" }, message: "must match pattern \"" + "^[A-Za-z][A-Za-z0-9 ]*$" + "\"" };
                            if (vErrors === null) {
                                vErrors = [err41];
                            }
                            else {
                                vErrors.push(err41);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err42 = { instancePath: instancePath + "/spent/kind", schemaPath: "#/properties/spent/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err42];
                        }
                        else {
                            vErrors.push(err42);
                        }
                        errors++;
                    }
                }
                if (data18.amount !== undefined) {
                    let data20 = data18.amount;
                    if (!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))) {
                        const err43 = { instancePath: instancePath + "/spent/amount", schemaPath: "#/properties/spent/properties/amount/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                            vErrors = [err43];
                        }
                        else {
                            vErrors.push(err43);
                        }
                        errors++;
                    }
                    if ((typeof data20 == "number") && (isFinite(data20))) {
                        if (data20 < 0 || isNaN(data20)) {
                            const err44 = { instancePath: instancePath + "/spent/amount", schemaPath: "#/properties/spent/properties/amount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
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
            }
            else {
                const err45 = { instancePath: instancePath + "/spent", schemaPath: "#/properties/spent/type", keyword: "type", params: { type: "object" }, message: "must be object" };
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
        const err46 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err46];
        }
        else {
            vErrors.push(err46);
        }
        errors++;
    }
    validate11.errors = vErrors;
    return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    /*# sourceURL="https://raw.githubusercontent.com/sift-triage/sift/v1/schema/sift-result.schema.json" */ ;
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.format === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "format" }, message: "must have required property '" + "format" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.version === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'" };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.generatedAt === undefined) {
            const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "generatedAt" }, message: "must have required property '" + "generatedAt" + "'" };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        if (data.rulesFile === undefined) {
            const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rulesFile" }, message: "must have required property '" + "rulesFile" + "'" };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
        if (data.dryRun === undefined) {
            const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "dryRun" }, message: "must have required property '" + "dryRun" + "'" };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
        if (data.runs === undefined) {
            const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "runs" }, message: "must have required property '" + "runs" + "'" };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
        if (data.format !== undefined) {
            if ("sift-result" !== data.format) {
                const err6 = { instancePath: instancePath + "/format", schemaPath: "#/properties/format/const", keyword: "const", params: { allowedValue: "sift-result" }, message: "must be equal to constant" };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        if (data.version !== undefined) {
            if (1 !== data.version) {
                const err7 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
        }
        if (data.generatedAt !== undefined) {
            if (typeof data.generatedAt !== "string") {
                const err8 = { instancePath: instancePath + "/generatedAt", schemaPath: "#/properties/generatedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        if (data.rulesFile !== undefined) {
            if (typeof data.rulesFile !== "string") {
                const err9 = { instancePath: instancePath + "/rulesFile", schemaPath: "#/properties/rulesFile/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
        if (data.dryRun !== undefined) {
            if (typeof data.dryRun !== "boolean") {
                const err10 = { instancePath: instancePath + "/dryRun", schemaPath: "#/properties/dryRun/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        if (data.runs !== undefined) {
            let data5 = data.runs;
            if (Array.isArray(data5)) {
                const len0 = data5.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    if (!(validate11(data5[i0], { instancePath: instancePath + "/runs/" + i0, parentData: data5, parentDataProperty: i0, rootData }))) {
                        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err11 = { instancePath: instancePath + "/runs", schemaPath: "#/properties/runs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
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
        const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err12];
        }
        else {
            vErrors.push(err12);
        }
        errors++;
    }
    validate10.errors = vErrors;
    return errors === 0;
}

;// CONCATENATED MODULE: ./src/fleet/result-schema.ts


const RESULT_SCHEMA = (/* unused pure expression or super */ null && (schemaJson));
/** At most this many problems are named per file: enough to see what is wrong, short enough to read. */
const MAX_PROBLEMS = 3;
/** Compiled ahead of time from schema/sift-result.schema.json by scripts/schema-validators.ts. */
const validateResult = validate;
/** What is wrong with `data` as a result document, in words ('' when nothing is). */
function resultShapeProblems(data) {
    if (validateResult(data))
        return [];
    const errors = validateResult.errors ?? [];
    const problems = [...new Set(errors.map(describe))];
    const left = problems.length - MAX_PROBLEMS;
    return left > 0 ? [...problems.slice(0, MAX_PROBLEMS), `and ${left} more`] : problems;
}
function describe(error) {
    const at = jsonPath(error.instancePath);
    const where = at === '' ? 'the document' : at;
    if (error.keyword === 'propertyNames')
        return `${where} has a key that is not a rule id`;
    return `${where} ${error.message ?? 'is not valid'}`;
}
/** `/runs/0/result/outcomes/0` as `runs[0].result.outcomes[0]`; keys from the file made inert. */
function jsonPath(pointer) {
    return pointer
        .split('/')
        .slice(1)
        .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((key, i) => (/^\d+$/.test(key) ? `[${key}]` : `${i === 0 ? '' : '.'}${inertKey(key)}`))
        .join('');
}
function inertKey(key) {
    const safe = /^[A-Za-z0-9_.-]{1,64}$/.test(key);
    return safe ? key : JSON.stringify(key.slice(0, 64)).replace(/[^\x20-\x7e]/g, '?');
}

;// CONCATENATED MODULE: ./src/fleet/result-parse.ts
/**
 * Reading a result file back (a merge): kept apart from writing one (result-document.ts), so that a
 * sweep, which only writes, does not load the result file's validator.
 */


/**
 * A result file's text as a document; throws, naming `source`, when it is not one Sift can merge
 * (not JSON, another format, a newer version, or not the shape of schema/sift-result.schema.json).
 */
function parseResultDocument(text, source) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`${source} is not JSON (${error instanceof Error ? error.message : String(error)}).`, {
            cause: error,
        });
    }
    const doc = data;
    if (typeof doc !== 'object' || doc === null || doc.format !== result_document/* RESULT_FORMAT */.gw) {
        throw new Error(`${source} is not a Sift result file (no "format": "${result_document/* RESULT_FORMAT */.gw}").`);
    }
    if (doc.version !== result_document/* RESULT_VERSION */.Rr) {
        throw new Error(`${source} is a version ${String(doc.version)} result file; this Sift reads version ${result_document/* RESULT_VERSION */.Rr}. ` +
            `Run the shards and the merge with the same version of Sift.`);
    }
    const problems = resultShapeProblems(data);
    if (problems.length > 0) {
        throw new Error(`${source} is not a valid result file: ${problems.join('; ')}.`);
    }
    return doc;
}


/***/ })

};

//# sourceMappingURL=167.index.js.map