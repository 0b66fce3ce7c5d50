/** One thing wrong with a rules file, where it is. */
export interface ConfigProblem {
  file: string;
  /** 1-based; 0 when the problem concerns the whole file (e.g. it cannot be read). */
  line: number;
  /** 1-based; 0 when the problem concerns the whole file. */
  col: number;
  message: string;
}

/** `path:line:col: message`, or `path: message` for a problem about the whole file. */
export function formatProblem(problem: ConfigProblem): string {
  const where = problem.line > 0 ? `${problem.file}:${problem.line}:${problem.col}` : problem.file;
  return `${where}: ${problem.message}`;
}

export function compareProblems(a: ConfigProblem, b: ConfigProblem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col;
}

/**
 * Everything wrong with a rules file at once, so a user fixes the file in one pass instead of one
 * error per run. The message is ready to print: one `path:line:col: message` line per problem.
 */
export class ConfigError extends Error {
  readonly problems: readonly ConfigProblem[];

  constructor(problems: readonly ConfigProblem[]) {
    // Content reached through several YAML aliases is checked once per alias; say each thing once.
    const unique = [...new Map(problems.map((p) => [formatProblem(p), p])).values()];
    // A stable sort keeps problems found at the same spot in the order they were found.
    const sorted = unique.sort(compareProblems);
    super(sorted.map(formatProblem).join('\n'));
    this.name = 'ConfigError';
    this.problems = sorted;
  }
}
