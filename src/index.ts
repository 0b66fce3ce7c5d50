// Entry point of the bundled Action (dist/index.js).
import { run } from './action/main.js';

await run();
