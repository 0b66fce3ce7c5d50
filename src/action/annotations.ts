/**
 * Error annotations in bulk. A rules or tests file from a pull request can hold thousands of problems
 * or failing tests; GitHub shows few annotations a step anyway, so Sift writes at most
 * `MAX_ANNOTATIONS`, then one saying how many more there are, and prints the rest as plain log lines.
 */
import type { AnnotationProperties } from '@actions/core';
import { clip } from '../report/markdown.js';
import * as log from './log.js';
import type { ConfigError } from '../config/index.js';
import type { PolicyTestReport } from '../policy-tests/types.js';

export const MAX_ANNOTATIONS = 50;

/** Characters of one annotation's message and title (a key or a test name can be any length). */
const MESSAGE_CHARS = 2_000;
const TITLE_CHARS = 200;

export interface Annotation {
  message: string;
  properties: AnnotationProperties;
}

/** Annotates the first `MAX_ANNOTATIONS` as errors; `what` names the rest ("problems", "failed tests"). */
export function annotateErrors(annotations: readonly Annotation[], what: string): void {
  for (const { message, properties } of annotations.slice(0, MAX_ANNOTATIONS)) {
    log.error(clip(message, MESSAGE_CHARS), {
      ...properties,
      ...(properties.title === undefined ? {} : { title: clip(properties.title, TITLE_CHARS) }),
    });
  }
  const rest = annotations.slice(MAX_ANNOTATIONS);
  if (rest.length === 0) return;
  log.error(`${rest.length} more ${what} are not annotated; the log lists them below.`);
  for (const { message, properties } of rest) {
    const where = properties.file
      ? `${properties.file}:${properties.startLine ?? 0}:${properties.startColumn ?? 0}: `
      : '';
    log.info(`${where}${properties.title ? `${properties.title}: ` : ''}${clip(message, MESSAGE_CHARS)}`);
  }
}

/** A rules or tests file's problems, each at its position. */
export function problemAnnotations(error: ConfigError, title: string): Annotation[] {
  return error.problems.map((p) => ({
    message: p.message,
    properties: { file: p.file, startLine: p.line, startColumn: p.col, title },
  }));
}

/** Each failed policy test at its line in the tests file. */
export function failedTestAnnotations(report: PolicyTestReport): Annotation[] {
  return report.outcomes
    .filter((o) => !o.passed)
    .map((outcome) => {
      const { pos, name } = outcome.test;
      const wrong = outcome.rules.filter((r) => !r.passed).map((r) => r.rule);
      return {
        message:
          outcome.error ?? `rules not as expected: ${wrong.join(', ')} (see the log for expected and actual)`,
        properties: {
          file: pos.file,
          startLine: pos.line,
          startColumn: pos.col,
          title: `Sift test failed: ${name}`,
        },
      };
    });
}
