import type { CompileContext } from './context.js';
import { LinearRegExp, UnsupportedPattern } from './linear-regex.js';
import type { DataPath } from './positions.js';
import { describePath } from './validate.js';

/** `/source/flags`: the only way to pass flags. Anything else is a plain, case-sensitive source. */
const SLASH_FORM = /^\/(.*)\/([A-Za-z]*)$/s;
/** Flags that change what matches; g and y only change how a RegExp object keeps state between calls. */
const ALLOWED_FLAGS = 'imsu';

/**
 * Compiles a title/body pattern for the linear-time engine (see linear-regex.ts: a pattern from the
 * rules file must not be able to hang a run on a hostile body); undefined, with a problem reported at
 * its place in the pattern, when it is not a valid regex or needs backtracking.
 */
export function compileRegex(text: string, path: DataPath, ctx: CompileContext): RegExp | undefined {
  const slashForm = SLASH_FORM.exec(text);
  const source = slashForm ? slashForm[1] : text;
  const flags = slashForm ? slashForm[2] : '';
  const unsupported = [...flags].filter((flag) => !ALLOWED_FLAGS.includes(flag));
  if (unsupported.length > 0) {
    ctx.report(
      path,
      `unsupported regular expression flag "${unsupported.join('')}" in ${describePath(path)}: use i, m, s or u`,
    );
    return undefined;
  }
  try {
    return LinearRegExp.compile(source, flags);
  } catch (error) {
    if (error instanceof UnsupportedPattern) {
      const at = ctx.locator.stringPos(path, (slashForm ? 1 : 0) + error.index);
      ctx.reportAt(at, `unsupported regular expression in ${describePath(path)}: ${error.message}`);
    } else {
      ctx.report(path, `invalid regular expression in ${describePath(path)}: ${(error as Error).message}`);
    }
    return undefined;
  }
}
