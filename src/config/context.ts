import type { ConfigProblem } from './errors.js';
import type { DataPath, SourceLocator } from './positions.js';
import type { ShapeProblem } from './validate.js';

/**
 * State shared by the compile passes: where to report, and which parts of the data the schema found
 * broken. Compiling skips broken parts but still checks the sound ones, so one run reports every
 * problem in the file rather than stopping at the first bad rule.
 */
export class CompileContext {
  readonly problems: ConfigProblem[] = [];
  private readonly brokenPaths = new Set<string>();

  constructor(
    readonly locator: SourceLocator,
    shapeProblems: readonly ShapeProblem[],
  ) {
    for (const { path } of shapeProblems) {
      // A problem below a node makes the node and all its ancestors unsafe to compile as a whole.
      for (let length = 0; length <= path.length; length++)
        this.brokenPaths.add(pathKey(path.slice(0, length)));
    }
  }

  /** True when the schema found nothing wrong at or below `path`, so its value has the documented shape. */
  isSound(path: DataPath): boolean {
    return !this.brokenPaths.has(pathKey(path));
  }

  report(path: DataPath, message: string): void {
    this.problems.push({ ...this.locator.valuePos(path), message });
  }

  reportAt(pos: { file: string; line: number; col: number }, message: string): void {
    this.problems.push({ file: pos.file, line: pos.line, col: pos.col, message });
  }
}

function pathKey(path: DataPath): string {
  return JSON.stringify(path);
}
