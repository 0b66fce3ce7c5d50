/**
 * The engine's modules import one another without cycles (activity.ts and projection.ts once imported
 * each other; clock.ts broke that). Read from the sources' import and export statements, type-only
 * imports included: a cycle of types is still two modules that cannot change apart.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';

const ENGINE = 'src/engine';
const SPECIFIER = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'(\.[^']+)\.js'/g;

function importsOf(file: string): string[] {
  const text = readFileSync(join(ENGINE, file), 'utf8');
  return [...text.matchAll(SPECIFIER)]
    .map((match) => normalize(join(ENGINE, match[1])))
    .filter((path) => path.startsWith(`${ENGINE}/`) && !path.slice(ENGINE.length + 1).includes('/'))
    .map((path) => `${path.slice(ENGINE.length + 1)}.ts`);
}

/** One cycle per module that can reach itself, as the path that does. */
function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  for (const start of graph.keys()) {
    const walk = (node: string, path: string[]): void => {
      for (const next of graph.get(node) ?? []) {
        if (next === start) found.push([...path, next]);
        else if (!path.includes(next) && next > start) walk(next, [...path, next]);
      }
    };
    walk(start, [start]);
  }
  return found;
}

describe('src/engine imports', () => {
  const files = readdirSync(ENGINE).filter((file) => file.endsWith('.ts'));
  const graph = new Map(files.map((file) => [file, importsOf(file)]));

  it('are read from every module', () => {
    expect(graph.get('activity.ts')).toEqual(expect.arrayContaining(['clock.ts', 'projection.ts']));
    expect(graph.get('projection.ts')).toEqual(['clock.ts']);
  });

  it('form no cycle', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('the cycle finder finds one when there is', () => {
    const cyclic = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(cycles(cyclic)).toEqual([['a.ts', 'b.ts', 'c.ts', 'a.ts']]);
  });
});
