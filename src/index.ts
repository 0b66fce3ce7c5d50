// Entry point of the bundled Action (dist/index.js).
import { setFailed } from './action/log.js';
import { runnerApiUrlProblem } from './providers/api-url.js';

// action/main.js imports @actions/github, which reads GITHUB_API_URL as it loads: a bad one (a
// workflow's `env:` can set it) fails the step with what to fix, before any request.
const problem = runnerApiUrlProblem(process.env);
if (problem === undefined) {
  const { run } = await import('./action/main.js');
  await run();
} else {
  setFailed(`${problem}. Nothing was sent.`);
}
