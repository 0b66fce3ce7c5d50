/**
 * Comment templates: `{{name}}` placeholders and nothing else. No expression language, so a rules file
 * can never run code. The config layer rejects unknown names; the engine fills in the values.
 */
export const PLACEHOLDERS = [
  'author',
  'number',
  'title',
  'type',
  'url',
  'labels',
  'assignees',
  'milestone',
  'state',
  'rule',
  'inactive_days',
  'age_days',
  'comments',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

export interface PlaceholderUse {
  name: string;
  /** Offset of `{{` in the template. */
  index: number;
}

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

export function placeholdersIn(template: string): PlaceholderUse[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => ({ name: m[1], index: m.index ?? 0 }));
}

export function isPlaceholder(name: string): name is Placeholder {
  return (PLACEHOLDERS as readonly string[]).includes(name);
}

export function renderTemplate(template: string, values: Record<Placeholder, string>): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => (isPlaceholder(name) ? values[name] : whole));
}
