/**
 * The published names, chosen once: the Action `sift-triage/sift` (README and examples show `@v1`),
 * the npm package `sift-triage`, the schemas at the `v1` release's raw URL. No placeholder such as
 * `your-org` survives anywhere a user reads.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ACTION = 'sift-triage/sift';
const PACKAGE = 'sift-triage';
const SCHEMA_ROOT = 'https://raw.githubusercontent.com/sift-triage/sift/v1/schema/';

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => filesUnder(join(path, name)));
}

const READ_BY_USERS = [
  'README.md',
  ...filesUnder('docs'),
  'CHANGELOG.md',
  'SECURITY.md',
  'action.yml',
  'package.json',
  ...filesUnder('examples'),
  ...filesUnder('schema'),
  ...filesUnder('.github'),
];

describe('the published names', () => {
  it('leave no placeholder owner anywhere a user reads', () => {
    const placeholders = READ_BY_USERS.filter((file) =>
      /your-org|OWNER\/sift|<owner>|example-org\/sift/i.test(readFileSync(file, 'utf8')),
    );
    expect(placeholders).toEqual([]);
  });

  it('the Action is used as sift-triage/sift@v1 in the README and the examples', () => {
    const uses = READ_BY_USERS.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/uses:\s*([\w.-]+\/sift)@([\w.-]+)/g)].map(
        (m) => `${m[1]}@${m[2]}`,
      ),
    );
    expect(uses.length).toBeGreaterThan(5);
    expect([...new Set(uses)]).toEqual([`${ACTION}@v1`]);
  });

  it('the package is sift-triage, and the README says how to install it', () => {
    expect((JSON.parse(readFileSync('package.json', 'utf8')) as { name: string }).name).toBe(PACKAGE);
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain(`npm install ${PACKAGE}`);
    expect(readme).toContain(`uses: ${ACTION}@v1`);
    expect(readme).toContain(`from '${PACKAGE}'`);
  });

  it("the schemas' $id is their published location, and the README points editors at it", () => {
    const readme = readFileSync('README.md', 'utf8');
    // The README's policies and its tests file carry the comment; so do the reference pages' first examples.
    for (const page of ['docs/rules.md', 'docs/policy-tests.md'])
      expect(readFileSync(page, 'utf8')).toContain('# yaml-language-server: $schema=' + SCHEMA_ROOT);
    for (const name of ['sift.schema.json', 'sift-test.schema.json']) {
      const schema = JSON.parse(readFileSync(join('schema', name), 'utf8')) as { $id?: string };
      expect(schema.$id).toBe(`${SCHEMA_ROOT}${name}`);
      expect(readme).toContain(`# yaml-language-server: $schema=${SCHEMA_ROOT}${name}`);
    }
  });
});
