/**
 * Usage errors say what was wrong in one line, with the option meant for a typo, then one line of
 * usage (not the whole help). The CLI's main() is run in-process with its output captured.
 */
import { main } from '../../src/cli/main.js';

async function sift(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, {}, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const SHORT =
  'Usage: sift [run|validate|try|test|eval|shards|merge] [options]; sift --help lists every option.\n';

describe('CLI usage errors', () => {
  it.each([
    [['--rulez', 'x.yml'], 'unknown option --rulez; did you mean --rules?'],
    [['try', '--rule', 'x.yml'], '--rule is an option of `sift eval`; did you mean --rules?'],
    [['--dryrun'], 'unknown option --dryrun; did you mean --dry-run?'],
    [
      ['--max-operations', '-1'],
      '--max-operations needs a value (one that starts with "-" is written --max-operations=VALUE)',
    ],
    [['--rules'], '--rules needs a value'],
    [['--dry-run=yes'], '--dry-run takes no value'],
    [['--frobnicate'], 'unknown option --frobnicate'],
  ])('%j: one line that says what is wrong, then one line of usage: exit 2', async (argv, message) => {
    const run = await sift(argv);
    expect(run).toEqual({ code: 2, out: '', err: `sift: ${message}\n${SHORT}` });
  });
});
