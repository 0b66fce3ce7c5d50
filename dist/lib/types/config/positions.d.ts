import { type Document, type LineCounter } from 'yaml';
import type { SourcePos } from '../model/rules.js';
/** A path into the plain data of the rules file: map keys and list indexes, as in a JSON pointer. */
export type DataPath = readonly (string | number)[];
/**
 * Maps paths in the plain data back to the YAML nodes they came from, so every message can point at
 * the exact line and column the user has to edit.
 */
export declare class SourceLocator {
    readonly file: string;
    private readonly text;
    private readonly doc;
    private readonly lineCounter;
    constructor(file: string, text: string, doc: Document, lineCounter: LineCounter);
    /** Where the value at `path` starts; an empty value (`key:` with nothing after it) points at its key. */
    valuePos(path: DataPath): SourcePos;
    /** Where the key of the map entry at `path` starts, or the value's start when it is a list item. */
    keyPos(path: DataPath): SourcePos;
    /**
     * Where character `index` of the string at `path` sits in the file. Exact for single-line plain and
     * quoted scalars without escapes; otherwise the string's start, as the source no longer maps
     * one-to-one onto the value.
     */
    stringPos(path: DataPath, index: number): SourcePos;
    offsetPos(offset: number): SourcePos;
    /** Keys of the map at `path`, in source order (the plain data may have lost that order for numeric keys). */
    keysAt(path: DataPath): string[];
    private posOf;
    /** Walks down the YAML tree; stops at the deepest node that exists, so a position is always found. */
    private locate;
    private child;
    /** Anchored content reached through an alias is reported where it is written. */
    private resolve;
}
