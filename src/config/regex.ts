import type { CompileContext } from './context.js';
import type { DataPath } from './positions.js';
import { describePath } from './validate.js';

/** `/source/flags`: the only way to pass flags. Anything else is a plain, case-sensitive source. */
const SLASH_FORM = /^\/(.*)\/([A-Za-z]*)$/s;
/** Flags that change what matches; g and y only change how a RegExp object keeps state between calls. */
const ALLOWED_FLAGS = 'imsu';

/** Compiles a title/body pattern; undefined (with a problem reported) when it is not a valid regex. */
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
    return new RegExp(source, flags);
  } catch (error) {
    ctx.report(path, `invalid regular expression in ${describePath(path)}: ${(error as Error).message}`);
    return undefined;
  }
}
