import { isScalar, LineCounter, parseDocument, visit, type Document, type YAMLError } from 'yaml';
import { ConfigError, type ConfigProblem } from './errors.js';
import { SourceLocator } from './positions.js';

export interface ParsedRulesFile {
  /** The document as plain JSON-like data, which is what the schema validates. */
  data: unknown;
  locator: SourceLocator;
}

/**
 * Parses YAML text, keeping enough of the tree to report positions; YAML errors throw a ConfigError.
 * `emptyAdvice` tells what an empty file needs (the rules file and the tests file need different keys).
 */
export function parseRulesYaml(
  text: string,
  file: string,
  emptyAdvice = 'the rules file is empty: add `version: 1` and a `rules:` list',
): ParsedRulesFile {
  const lineCounter = new LineCounter();
  // prettyErrors would append a code excerpt to each message; we print positions our own way.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const locator = new SourceLocator(file, text, doc, lineCounter);

  if (doc.errors.length > 0) {
    // After a syntax error the parser's recovery guesses at structure, and later syntax errors are mostly
    // echoes of the first; duplicate keys are independent of each other and all worth reporting.
    const duplicateKeys = doc.errors.filter((error) => error.code === 'DUPLICATE_KEY');
    const firstSyntaxError = doc.errors.find((error) => error.code !== 'DUPLICATE_KEY');
    const reported = firstSyntaxError ? [firstSyntaxError, ...duplicateKeys] : duplicateKeys;
    throw new ConfigError(reported.map((error) => yamlProblem(error, doc, locator)));
  }
  if (doc.contents === null) {
    throw new ConfigError([{ file, line: 1, col: 1, message: emptyAdvice }]);
  }

  const aliasProblems = unresolvedAliases(doc, locator);
  if (aliasProblems.length > 0) throw new ConfigError(aliasProblems);

  let data: unknown;
  try {
    data = doc.toJS();
  } catch (error) {
    // toJS refuses documents whose aliases expand without bound (a "billion laughs" file).
    throw new ConfigError([{ file, line: 1, col: 1, message: `invalid YAML: ${(error as Error).message}` }]);
  }
  return { data, locator };
}

function yamlProblem(error: YAMLError, doc: Document, locator: SourceLocator): ConfigProblem {
  return { ...locator.offsetPos(error.pos[0]), message: yamlMessage(error, doc) };
}

/** The yaml library's wording, except where it speaks to programmers rather than to people editing a file. */
function yamlMessage(error: YAMLError, doc: Document): string {
  switch (error.code) {
    case 'MULTIPLE_DOCS':
      return 'the rules file must hold a single YAML document; remove the `---` separator';
    case 'DUPLICATE_KEY': {
      const key = keyAt(doc, error.pos[0]);
      return key === undefined
        ? `invalid YAML: ${error.message}`
        : `invalid YAML: the key "${key}" appears twice in the same map`;
    }
    default:
      return `invalid YAML: ${error.message}`;
  }
}

/** The text of the map key that starts at `offset`, if there is one. */
function keyAt(doc: Document, offset: number): string | undefined {
  let found: string | undefined;
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.range?.[0] === offset) {
        found = String(pair.key.value);
        return visit.BREAK;
      }
    },
  });
  return found;
}

/** The yaml library reports these only when converting, without a position; find them first to place them. */
function unresolvedAliases(doc: Document, locator: SourceLocator): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  visit(doc, {
    Alias(_, alias) {
      if (alias.resolve(doc) !== undefined) return;
      problems.push({
        ...locator.offsetPos(alias.range?.[0] ?? 0),
        message: `invalid YAML: unknown alias "*${alias.source}": define the anchor "&${alias.source}" before using it`,
      });
    },
  });
  return problems;
}
