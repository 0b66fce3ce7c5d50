/**
 * Issue forms: the `form` condition over an issue's parsed answers (fact `form`), and the placeholders
 * `{{form.ID}}` (an answer) and `{{form_missing}}` (the labels of the empty fields a rule's `missing`
 * lists name). A pull request is written from no form.
 */
import type { IssueForm } from '../model/item.js';
import type { Condition, FormCondition, FormFieldTest, Rule } from '../model/rules.js';
import type { Projection } from './projection.js';
import { UNKNOWN, type Truth } from './truth.js';

function formOf(p: Projection): IssueForm | null | undefined {
  return p.item.type === 'issue' ? p.facts.form : null;
}

/** An answer as a list: one text (empty when unanswered), or the options chosen / checked. */
function answers(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value;
  return value === '' ? [] : [value];
}

export function fieldHolds(test: FormFieldTest, value: string | string[] | undefined): boolean {
  const given = answers(value);
  switch (test.kind) {
    case 'empty':
      return given.length === 0;
    case 'filled':
      return given.length > 0;
    case 'one-of': {
      const wanted = test.values.map((v) => v.toLowerCase());
      return given.some((g) => wanted.includes(g.toLowerCase()));
    }
    case 'regex':
      return given.some((g) => test.regex.test(g));
  }
}

export function formTest(value: FormCondition): (p: Projection) => Truth {
  return (p) => {
    const form = formOf(p);
    if (form === undefined) return UNKNOWN;
    if (value === 'none') return form === null;
    if (value === 'any') return form !== null;
    if (form === null) return false;
    if (value.template && !value.template.some((t) => t.toLowerCase() === form.template.toLowerCase()))
      return false;
    for (const { id, test } of value.fields) if (!fieldHolds(test, form.fields[id])) return false;
    if (value.missing && !value.missing.some((id) => answers(form.fields[id]).length === 0)) return false;
    return true;
  };
}

export function describeForm(value: FormCondition): string {
  if (typeof value === 'string') return `form ${value}`;
  const parts = [
    ...(value.template ? [`template ${value.template.join(' or ')}`] : []),
    ...value.fields.map(({ id, test }) => `${id} ${describeFieldTest(test)}`),
    ...(value.missing ? [`missing one of ${value.missing.join(', ')}`] : []),
  ];
  return `form ${parts.join(', ')}`;
}

function describeFieldTest(test: FormFieldTest): string {
  switch (test.kind) {
    case 'empty':
    case 'filled':
      return test.kind;
    case 'one-of':
      return `is ${test.values.join(' or ')}`;
    case 'regex':
      return `matches ${String(test.regex)}`;
  }
}

export function observeForm(p: Projection): string {
  if (p.item.type !== 'issue') return 'only issues are written from forms';
  const form = p.facts.form;
  if (form === undefined) return 'issue form not read yet';
  if (form === null) return 'form: none';
  const filled = Object.entries(form.fields).filter(([, v]) => answers(v).length > 0).length;
  return `form: ${form.template} (${filled} of ${Object.keys(form.fields).length} fields answered)`;
}

/** `{{form.ID}}` values and `{{form_missing}}`, for a rule whose `missing` lists name these ids. */
export function formValues(p: Projection, missingIds: readonly string[]): Record<string, string> {
  const form = formOf(p);
  const values: Record<string, string> = { form_missing: '' };
  if (!form) return values;
  for (const [id, value] of Object.entries(form.fields)) values[`form.${id}`] = answers(value).join(', ');
  values.form_missing = missingIds
    .filter((id) => id in form.fields && answers(form.fields[id]).length === 0)
    .map((id) => form.labels[id] ?? id)
    .join(', ');
  return values;
}

const missingCache = new WeakMap<Rule, string[]>();

/** The field ids a rule's `form` conditions list as `missing`, in the order written, once each. */
export function formMissingOf(rule: Rule): string[] {
  let ids = missingCache.get(rule);
  if (ids === undefined) {
    const found = new Set<string>();
    const walk = (c: Condition): void => {
      if (c.kind === 'all' || c.kind === 'any') c.value.forEach(walk);
      else if (c.kind === 'not') walk(c.value);
      else if (c.kind === 'form' && typeof c.value !== 'string')
        c.value.missing?.forEach((id) => found.add(id));
    };
    rule.when.forEach(walk);
    ids = [...found];
    missingCache.set(rule, ids);
  }
  return ids;
}
