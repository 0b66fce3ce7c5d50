/**
 * What a command line did wrong, in words a user can act on. node:util's parseArgs speaks to
 * programmers ("Unknown option '--rule'. To specify a positional argument starting with a '-' ...");
 * this turns its errors into one line that names the option and, for a typo, the option meant.
 */
import { nearest } from '../config/suggest.js';

interface ParseArgsError {
  code?: string;
  message: string;
}

/** One line for a parseArgs error; `known` are the long options (without `--`) the command takes. */
export function usageMessage(error: unknown, known: readonly string[]): string {
  const { code, message } = (error ?? {}) as ParseArgsError;
  const option = /(?:Unknown option|Option) '(-{1,2}[^' ]+)/.exec(message ?? '')?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option !== undefined) {
    const meant = option.startsWith('--') ? nearest(option.slice(2), known) : undefined;
    return `unknown option ${option}${meant ? `; did you mean --${meant}?` : ''}`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option !== undefined) {
    if (/does not take an argument/.test(message)) return `${option} takes no value`;
    if (/ambiguous/.test(message))
      return `${option} needs a value (one that starts with "-" is written ${option}=VALUE)`;
    return `${option} needs a value`;
  }
  return String(message ?? error);
}
