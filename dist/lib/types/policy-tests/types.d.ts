/** Policy tests: an item, the run it arrives in, and what named rules must do to it. */
import type { Trigger } from '../engine/index.js';
import type { CloseReason, Item, ItemFacts, LockReason } from '../model/item.js';
import type { Change } from '../model/plan.js';
import type { SourcePos } from '../model/rules.js';
import type { ProjectRef, ProjectSchema } from '../model/projects.js';
export interface PolicyTestFile {
    /** Path of the tests file, as given. */
    file: string;
    /** The instant every test runs at (epoch ms). */
    now: number;
    /** `now` came from the file (not the real clock). */
    fixedNow: boolean;
    /** The GitHub projects the file defines (`projects:`), which `project` rules resolve against. */
    projects: ProjectSchema[];
    tests: PolicyTest[];
}
export interface PolicyTest {
    name: string;
    pos: SourcePos;
    trigger: Trigger;
    item: Item;
    /** What the item's fixture gives beyond the item: always a timeline; files, branches, linked if given. */
    facts: ItemFacts;
    expect: RuleExpectation[];
}
export interface RuleExpectation {
    rule: string;
    pos: SourcePos;
    expected: Expected;
}
export type CheckStatusName = 'passed' | 'failed' | 'skipped';
export type Expected = 
/** The rule changes the item (true) or changes nothing (false). */
{
    kind: 'fires';
    value: boolean;
}
/** A check rule's status. */
 | {
    kind: 'check';
    status: CheckStatusName;
}
/** Exactly these changes, in the rule's order. */
 | {
    kind: 'changes';
    changes: ExpectedChange[];
};
export type ExpectedChange = {
    kind: 'label' | 'unlabel';
    labels: string[];
}
/** `text`: the rendered comment equals it; `pattern`: it matches. */
 | {
    kind: 'comment';
    text?: string;
    pattern?: RegExp;
    source: string;
}
/** null: either reason. */
 | {
    kind: 'close';
    reason: CloseReason | null;
} | {
    kind: 'reopen' | 'unlock' | 'delete-branch';
}
/** undefined: any reason. */
 | {
    kind: 'lock';
    reason: LockReason | undefined;
} | {
    kind: 'assign' | 'unassign' | 'request-review';
    logins: string[];
} | {
    kind: 'milestone';
    title: string | null;
} | {
    kind: 'issue-type';
    name: string | null;
}
/** Sift's answer to a comment with commands. */
 | {
    kind: 'react';
    content: '+1' | 'confused';
}
/** `add` absent: either; `fields`: exactly the fields set. */
 | {
    kind: 'project';
    project: ProjectRef;
    add?: boolean;
    fields: Record<string, string>;
};
export interface RuleOutcome {
    rule: string;
    pos: SourcePos;
    expected: Expected;
    /** What the rule planned for the item (empty when nothing). */
    actual: Change[];
    /** A check rule's status, when the rule is a check. */
    status?: CheckStatusName;
    passed: boolean;
    /** Why it may not be what the test meant (the rule does not run for this test's event). */
    note?: string;
}
export interface TestOutcome {
    test: PolicyTest;
    passed: boolean;
    rules: RuleOutcome[];
    /** The test could not be decided (a fact the fixture lacks); it fails. */
    error?: string;
}
export interface PolicyTestReport {
    rulesFile: string;
    testsFile: string;
    now: number;
    outcomes: TestOutcome[];
}
