import type { FormCondition, FormFieldTest, Rule } from '../model/rules.js';
import type { Projection } from './projection.js';
import { type Truth } from './truth.js';
export declare function fieldHolds(test: FormFieldTest, value: string | string[] | undefined): boolean;
export declare function formTest(value: FormCondition): (p: Projection) => Truth;
export declare function describeForm(value: FormCondition): string;
export declare function observeForm(p: Projection): string;
/** `{{form.ID}}` values and `{{form_missing}}`, for a rule whose `missing` lists name these ids. */
export declare function formValues(p: Projection, missingIds: readonly string[]): Record<string, string>;
/** The field ids a rule's `form` conditions list as `missing`, in the order written, once each. */
export declare function formMissingOf(rule: Rule): string[];
