import type { IssueForm } from '../../model/item.js';
import type { ItemKey } from '../provider.js';
import type { GitHubClient } from './client.js';
import { type Failure } from './errors.js';
export interface FormField {
    type: 'input' | 'textarea' | 'dropdown' | 'checkboxes';
    /** Absent: the field cannot be named in rules, but its heading still identifies the form. */
    id?: string;
    label: string;
    multiple: boolean;
    /** A textarea rendered as code (`render: shell`): its answer sits in a code fence. */
    render: boolean;
}
export interface FormTemplate {
    /** File name, e.g. `bug_report.yml`. */
    file: string;
    fields: FormField[];
}
/**
 * A form file's fields, or null when it is no issue form (no `body` list: a Markdown template's YAML,
 * `config.yml`) or not YAML at all. GitHub refuses such files too; they are skipped, not an error.
 */
export declare function parseFormTemplate(file: string, text: string): FormTemplate | null;
/** The answers of the form this body was written from, or null when it is none of `forms`. */
export declare function parseIssueForm(body: string, forms: readonly FormTemplate[]): IssueForm | null;
export interface FormsTarget {
    octokit: GitHubClient;
    owner: string;
    repo: string;
    failure(doing: string): Failure;
}
/** The repository's issue forms on its default branch; none when the folder is missing. */
export declare function readIssueForms(target: FormsTarget): Promise<FormTemplate[]>;
/**
 * The forms of one repository, read at most once per provider (a run), and each item's answers.
 * A pull request is written from no form, at no request.
 */
export declare class IssueForms {
    private readonly target;
    private forms;
    constructor(target: FormsTarget);
    private all;
    /** The answers in a listed issue's body. */
    ofBody(type: ItemKey['type'], body: string): Promise<IssueForm | null>;
    /** The answers of an issue known by number only (its body read through REST). */
    ofItem(item: ItemKey): Promise<IssueForm | null>;
}
