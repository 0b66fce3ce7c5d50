/**
 * The Action's log. The runner acts on workflow commands in it (report/log-line.ts): `core.info` writes
 * its text as is, and the annotation commands escape line breaks but not the legacy `##[` form. Every
 * line the Action prints goes through here, so none can carry a command someone else wrote.
 */
import * as core from '@actions/core';
import { inertLog } from '../report/log-line.js';

export function info(text: string): void {
  core.info(inertLog(text));
}

export function warning(text: string, properties?: core.AnnotationProperties): void {
  core.warning(inertLog(text), inertProperties(properties));
}

export function error(text: string, properties?: core.AnnotationProperties): void {
  core.error(inertLog(text), inertProperties(properties));
}

export function notice(text: string, properties?: core.AnnotationProperties): void {
  core.notice(inertLog(text), inertProperties(properties));
}

export function setFailed(text: string): void {
  core.setFailed(inertLog(text));
}

export function startGroup(name: string): void {
  core.startGroup(inertLog(name));
}

function inertProperties(
  properties: core.AnnotationProperties | undefined,
): core.AnnotationProperties | undefined {
  if (!properties) return undefined;
  return {
    ...properties,
    ...(properties.title === undefined ? {} : { title: inertLog(properties.title) }),
    ...(properties.file === undefined ? {} : { file: inertLog(properties.file) }),
  };
}
