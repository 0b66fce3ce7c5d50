import type { Placeholder } from '../model/template.js';
import type { SimilarSpec } from '../model/answers.js';
import type { Projection } from './projection.js';
/**
 * The values `{{placeholders}}` expand to in a rule's comment. They describe the projected item (what
 * earlier actions and rules in this run leave), since that is the state the comment will sit next to.
 * They are raw here; renderTemplate quotes every one but `author` so none can mention anyone.
 */
export declare function templateValues(p: Projection, ruleId: string, commenter?: string, similar?: SimilarSpec): Record<Placeholder, string>;
