/**
 * How a `classify` question is put to a model and how its answer is read. The safety argument lives
 * here: the item's text (someone else's words) goes in a message of its own, fenced and marked as
 * data; the answer is asked for as JSON under a schema whose `choice` is an enum of the rule's `into`
 * (plus `none`), and is validated again on arrival. Whatever the text says, the most it can do is move
 * the choice within `into` or its confidence: the model's words are never posted, and the rules alone
 * pick the actions.
 */
import type { ClassifySpec, ModelAnswer } from '../model/answers.js';
import type { Item } from '../model/item.js';
import { type JsonChatRequest } from './client.js';
/** A rough, tokenizer-free estimate, on the safe side for English and code. */
export declare const CHARS_PER_TOKEN = 4;
/** The item's text as the model sees it: title and description, cut to the input limit. */
export declare function itemText(item: Pick<Item, 'title' | 'body'>, maxInputTokens: number): string;
export declare function classifySchema(spec: ClassifySpec): Record<string, unknown>;
export declare function classifyRequest(model: string, spec: ClassifySpec, text: string): JsonChatRequest;
/**
 * The answer checked against the question: a choice outside `into` (or `none`) is no choice; a
 * confidence that is not a number from 0 to 1, or a shape that is not the schema's, is malformed.
 */
export declare function readClassifyAnswer(spec: ClassifySpec, value: unknown): ModelAnswer & {
    status: 'answered';
};
