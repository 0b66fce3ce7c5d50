import { type Executor, type ItemOutcome } from '../executor/index.js';
import type { Provider } from '../providers/provider.js';
export declare function answerForgeRefusals(executor: Executor, provider: Provider, outcome: ItemOutcome): Promise<ItemOutcome>;
