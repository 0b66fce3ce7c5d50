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
import { parse } from 'yaml';
import type { IssueForm } from '../../model/item.js';
import type { ItemKey } from '../provider.js';
import type { GitHubClient } from './client.js';
import { describeItem, isHttpFailure, reading, type Failure } from './errors.js';

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

const FIELD_TYPES = new Set(['input', 'textarea', 'dropdown', 'checkboxes']);

/**
 * A form file's fields, or null when it is no issue form (no `body` list: a Markdown template's YAML,
 * `config.yml`) or not YAML at all. GitHub refuses such files too; they are skipped, not an error.
 */
export function parseFormTemplate(file: string, text: string): FormTemplate | null {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch {
    return null;
  }
  const body = (doc as { body?: unknown } | null)?.body;
  if (!Array.isArray(body)) return null;
  const fields: FormField[] = [];
  for (const element of body as Record<string, unknown>[]) {
    const type = element?.type;
    const attributes = (element?.attributes ?? {}) as Record<string, unknown>;
    if (typeof type !== 'string' || !FIELD_TYPES.has(type) || typeof attributes.label !== 'string') continue;
    fields.push({
      type: type as FormField['type'],
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
function sections(body: string): { heading: string; text: string }[] {
  const out: { heading: string; text: string }[] = [];
  let current: { heading: string; lines: string[] } | null = null;
  for (const line of body.replace(/\r\n?/g, '\n').split('\n')) {
    const heading = /^###[ \t]+(.*?)[ \t]*$/.exec(line);
    if (heading) {
      if (current) out.push({ heading: current.heading, text: current.lines.join('\n') });
      current = { heading: heading[1], lines: [] };
    } else current?.lines.push(line);
  }
  if (current) out.push({ heading: current.heading, text: current.lines.join('\n') });
  return out;
}

/** The answers of the form this body was written from, or null when it is none of `forms`. */
export function parseIssueForm(body: string, forms: readonly FormTemplate[]): IssueForm | null {
  const found = sections(body);
  let best: { form: FormTemplate; at: number[] } | null = null;
  for (const form of forms) {
    const at = positions(form, found);
    if (at && (!best || form.fields.length > best.form.fields.length)) best = { form, at };
  }
  if (!best) return null;
  const fields: IssueForm['fields'] = {};
  const labels: IssueForm['labels'] = {};
  best.form.fields.forEach((field, k) => {
    if (field.id === undefined) return;
    fields[field.id] = answer(field, found[best.at[k]].text);
    labels[field.id] = field.label;
  });
  return { template: best.form.file, fields, labels };
}

/** Where each of the form's fields is among the sections, in order; null if one is missing. */
function positions(form: FormTemplate, found: { heading: string }[]): number[] | null {
  const at: number[] = [];
  let from = 0;
  for (const field of form.fields) {
    const index = found.findIndex((s, i) => i >= from && s.heading === field.label);
    if (index < 0) return null;
    at.push(index);
    from = index + 1;
  }
  return at;
}

function answer(field: FormField, raw: string): string | string[] {
  const text = raw.trim();
  if (field.type === 'checkboxes') {
    return [...text.matchAll(/^[ \t]*- \[[xX]\][ \t]+(.*?)[ \t]*$/gm)].map((m) => m[1]);
  }
  if (text === NO_RESPONSE || text === '') return field.type === 'dropdown' && field.multiple ? [] : '';
  if (field.type === 'dropdown' && field.multiple) return text.split(', ').map((s) => s.trim());
  if (field.render) {
    const fenced = /^(`{3,}|~{3,})[^\n]*\n([\s\S]*?)\n?\1$/.exec(text);
    if (fenced) return fenced[2].trim();
  }
  return text;
}

export interface FormsTarget {
  octokit: GitHubClient;
  owner: string;
  repo: string;
  failure(doing: string): Failure;
}

const FORMS_DIR = '.github/ISSUE_TEMPLATE';

interface ContentEntry {
  type?: string;
  name?: string;
  path?: string;
  encoding?: string;
  content?: string;
}

/** The repository's issue forms on its default branch; none when the folder is missing. */
export async function readIssueForms(target: FormsTarget): Promise<FormTemplate[]> {
  return reading(target.failure(`reading the issue forms in ${FORMS_DIR}`), async () => {
    const list = await contents(target, FORMS_DIR);
    if (!Array.isArray(list)) return [];
    const files = list.filter(
      (e) => e.type === 'file' && /\.ya?ml$/i.test(e.name ?? '') && !/^config\.ya?ml$/i.test(e.name ?? ''),
    );
    const forms: FormTemplate[] = [];
    for (const entry of files.sort((a, b) => (a.name ?? '').localeCompare(b.name ?? ''))) {
      const file = await contents(target, entry.path ?? `${FORMS_DIR}/${entry.name}`);
      if (Array.isArray(file) || file?.content === undefined || file.encoding !== 'base64') continue;
      const form = parseFormTemplate(entry.name ?? '', decodeBase64(file.content));
      if (form) forms.push(form);
    }
    return forms;
  });
}

async function contents(target: FormsTarget, path: string): Promise<ContentEntry | ContentEntry[] | null> {
  try {
    const { data } = await target.octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
      owner: target.owner,
      repo: target.repo,
      path,
    });
    return data as ContentEntry | ContentEntry[];
  } catch (error) {
    if (isHttpFailure(error) && error.status === 404) return null;
    throw error;
  }
}

function decodeBase64(content: string): string {
  return new TextDecoder().decode(Uint8Array.from(atob(content.replace(/\s/g, '')), (c) => c.charCodeAt(0)));
}

/**
 * The forms of one repository, read at most once per provider (a run), and each item's answers.
 * A pull request is written from no form, at no request.
 */
export class IssueForms {
  private forms: Promise<FormTemplate[]> | null = null;

  constructor(private readonly target: FormsTarget) {}

  private all(): Promise<FormTemplate[]> {
    this.forms ??= readIssueForms(this.target).catch((error: unknown) => {
      this.forms = null; // let a later item try again
      throw error;
    });
    return this.forms;
  }

  /** The answers in a listed issue's body. */
  async ofBody(type: ItemKey['type'], body: string): Promise<IssueForm | null> {
    if (type !== 'issue') return null;
    return parseIssueForm(body, await this.all());
  }

  /** The answers of an issue known by number only (its body read through REST). */
  async ofItem(item: ItemKey): Promise<IssueForm | null> {
    if (item.type !== 'issue') return null;
    const { data } = await reading(this.target.failure(`reading the body of ${describeItem(item)}`), () =>
      this.target.octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}', {
        owner: this.target.owner,
        repo: this.target.repo,
        issue_number: item.number,
      }),
    );
    return this.ofBody('issue', (data as { body?: string | null }).body ?? '');
  }
}
