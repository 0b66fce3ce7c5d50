import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { SourcePos } from '../model/rules.js';

/** A path into the plain data of the rules file: map keys and list indexes, as in a JSON pointer. */
export type DataPath = readonly (string | number)[];

interface Located {
  key?: Node;
  value?: Node;
}

/**
 * Maps paths in the plain data back to the YAML nodes they came from, so every message can point at
 * the exact line and column the user has to edit.
 */
export class SourceLocator {
  constructor(
    readonly file: string,
    private readonly text: string,
    private readonly doc: Document,
    private readonly lineCounter: LineCounter,
  ) {}

  /** Where the value at `path` starts; an empty value (`key:` with nothing after it) points at its key. */
  valuePos(path: DataPath): SourcePos {
    const { key, value } = this.locate(path);
    const range = value?.range;
    const hasSource = range !== undefined && range !== null && range[1] > range[0];
    return this.posOf(hasSource ? value : (key ?? value));
  }

  /** Where the key of the map entry at `path` starts, or the value's start when it is a list item. */
  keyPos(path: DataPath): SourcePos {
    const { key, value } = this.locate(path);
    return this.posOf(key ?? value);
  }

  /**
   * Where character `index` of the string at `path` sits in the file. Exact for single-line plain and
   * quoted scalars without escapes; otherwise the string's start, as the source no longer maps
   * one-to-one onto the value.
   */
  stringPos(path: DataPath, index: number): SourcePos {
    const { value } = this.locate(path);
    if (isScalar(value) && typeof value.value === 'string' && value.range) {
      const [start, end] = value.range;
      const source = this.text.slice(start, end);
      if (value.type === 'PLAIN' && source === value.value) return this.offsetPos(start + index);
      const quoted = value.type === 'QUOTE_DOUBLE' || value.type === 'QUOTE_SINGLE';
      if (quoted && source.slice(1, -1) === value.value) return this.offsetPos(start + 1 + index);
    }
    return this.valuePos(path);
  }

  offsetPos(offset: number): SourcePos {
    const { line, col } = this.lineCounter.linePos(offset);
    return { file: this.file, line, col };
  }

  /** Keys of the map at `path`, in source order (the plain data may have lost that order for numeric keys). */
  keysAt(path: DataPath): string[] {
    const node = this.resolve(this.locate(path).value);
    return isMap(node) ? node.items.map((pair) => keyString(pair.key)) : [];
  }

  private posOf(node: Node | undefined): SourcePos {
    return this.offsetPos(node?.range?.[0] ?? 0);
  }

  /** Walks down the YAML tree; stops at the deepest node that exists, so a position is always found. */
  private locate(path: DataPath): Located {
    let found: Located = { value: this.doc.contents ?? undefined };
    for (const segment of path) {
      const next = this.child(this.resolve(found.value), segment);
      if (!next) break;
      found = next;
    }
    return found;
  }

  private child(node: Node | undefined, segment: string | number): Located | undefined {
    if (isMap(node)) {
      const pair = node.items.find((item) => keyString(item.key) === String(segment));
      if (!pair) return undefined;
      return { key: pair.key as Node, value: (pair.value as Node | null) ?? undefined };
    }
    if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      return item ? { value: item } : undefined;
    }
    return undefined;
  }

  /** Anchored content reached through an alias is reported where it is written. */
  private resolve(node: Node | undefined): Node | undefined {
    return isAlias(node) ? (node.resolve(this.doc) ?? undefined) : node;
  }
}

function keyString(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key);
}
