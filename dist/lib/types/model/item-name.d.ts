/**
 * How an item is named where people read it, in each forge's own notation. GitHub numbers issues and
 * pull requests together and writes both `#12`; GitLab numbers merge requests apart from issues and
 * writes them `!12` (`#12` is issue 12 there, a different item). Discussions share GitHub's numbers,
 * so the word says which is meant.
 */
/** Whose notation; absent anywhere it is stored means GitHub's (result files of older versions too). */
export type Forge = 'github' | 'gitlab';
export declare function itemName(item: {
    type: string;
    number: number;
}, forge?: Forge): string;
