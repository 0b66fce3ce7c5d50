import type { SourceLocator } from '../config/positions.js';
import type { ShapeProblem } from '../config/validate.js';
export declare function validateTestsShape(data: unknown, locator: SourceLocator): ShapeProblem[];
