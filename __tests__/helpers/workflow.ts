/**
 * Just enough of GitHub Actions' expression language to run a workflow file's steps in a test:
 * `${{ ... }}` with property paths (`steps.x.outputs.y`, `matrix.shard`, `needs.j.outputs.k`,
 * `github.repository_owner`), string and number literals, `==`, `!=`, `&&`, `||`, `!`, parentheses,
 * `always()` and `fromJSON()`. Anything else throws, so a workflow that needs more is noticed.
 */
export type Context = Record<string, unknown>;

export function evaluate(expression: string, context: Context): unknown {
  const tokens = tokenize(expression);
  let at = 0;
  const peek = () => tokens[at];
  const take = (expected?: string) => {
    const token = tokens[at++];
    if (expected !== undefined && token !== expected)
      throw new Error(`expected ${expected} in "${expression}"`);
    return token;
  };
  const primary = (): unknown => {
    const token = take();
    if (token === '(') {
      const value = or();
      take(')');
      return value;
    }
    if (token === '!') return !truthy(primary());
    if (/^'/.test(token)) return token.slice(1, -1).replace(/''/g, "'");
    if (/^\d/.test(token)) return Number(token);
    if (token === 'true' || token === 'false') return token === 'true';
    if (token === 'always' || token === 'fromJSON') {
      take('(');
      const arg = token === 'always' ? undefined : or();
      take(')');
      return token === 'always' ? true : JSON.parse(String(arg));
    }
    if (!/^[A-Za-z_]/.test(token)) throw new Error(`unexpected "${token}" in "${expression}"`);
    let value: unknown = context[token];
    while (peek() === '.') {
      take('.');
      const name = take();
      value = value === undefined || value === null ? undefined : (value as Record<string, unknown>)[name];
    }
    return value;
  };
  const comparison = (): unknown => {
    const left = primary();
    if (peek() === '==' || peek() === '!=') {
      const op = take();
      const right = primary();
      const equal = String(left ?? '') === String(right ?? '');
      return op === '==' ? equal : !equal;
    }
    return left;
  };
  const and = (): unknown => {
    let value = comparison();
    while (peek() === '&&') {
      take();
      const right = comparison();
      value = truthy(value) ? right : value;
    }
    return value;
  };
  const or = (): unknown => {
    let value = and();
    while (peek() === '||') {
      take();
      const right = and();
      value = truthy(value) ? value : right;
    }
    return value;
  };
  const value = or();
  if (at !== tokens.length) throw new Error(`unexpected "${tokens[at]}" in "${expression}"`);
  return value;
}

/** A value with every `${{ ... }}` replaced; a value that is one whole expression keeps its type. */
export function interpolate(text: string, context: Context): unknown {
  const whole = /^\$\{\{(.*)\}\}$/s.exec(text.trim());
  if (whole && !whole[1].includes('${{')) return evaluate(whole[1], context);
  return text.replace(/\$\{\{(.*?)\}\}/g, (_, inner: string) => String(evaluate(inner, context) ?? ''));
}

/** An `if:` condition: an expression with or without `${{ }}`. */
export function condition(text: string | undefined, context: Context): boolean {
  if (text === undefined) return true;
  const inner = /^\$\{\{(.*)\}\}$/s.exec(text.trim())?.[1] ?? text;
  return truthy(evaluate(inner, context));
}

function truthy(value: unknown): boolean {
  return value !== undefined && value !== null && value !== false && value !== 0 && value !== '';
}

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  const pattern = /'(?:[^']|'')*'|\d+(?:\.\d+)?|==|!=|&&|\|\||[()!.]|[A-Za-z_][\w-]*/y;
  let i = 0;
  while (i < text.length) {
    if (/\s/.test(text[i])) {
      i++;
      continue;
    }
    pattern.lastIndex = i;
    const match = pattern.exec(text);
    if (!match) throw new Error(`cannot read the expression "${text}" at "${text.slice(i)}"`);
    tokens.push(match[0]);
    i = pattern.lastIndex;
  }
  return tokens;
}
