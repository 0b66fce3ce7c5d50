// Entry point of the bundled CLI (dist/cli/index.js, run by bin/sift.js).
import { runnerApiUrlProblem } from '../providers/api-url.js';

// main.js imports @actions/github, which reads GITHUB_API_URL as it loads: a bad one is a usage error
// (exit 2) said here, not Node's "Invalid URL" stack.
const problem = runnerApiUrlProblem(process.env);
if (problem === undefined) {
  const { main } = await import('./main.js');
  process.exitCode = await main(process.argv.slice(2));
} else {
  process.stderr.write(`sift: ${problem}\n`);
  process.exitCode = 2;
}
