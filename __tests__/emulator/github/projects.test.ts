/**
 * Projects (v2) in the GitHub emulator, through GraphQL documents checked against GitHub's real schema
 * (gh.graphql.invalid stays empty): a project by owner and number with its fields, options and
 * iterations; adding items and setting each kind of field; an item's projectItems and fieldValues;
 * GitHub's answers to an unknown project, a value of the wrong kind and an option of another field.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { startGitHubEmulator, type GitHubEmulator } from '../../../src/emulator/github/index.js';
import { projectsOf } from '../../../src/emulator/github/projects.js';

const TOKEN = 'projects-token';
let gh: GitHubEmulator;

async function graphql<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ data?: T; errors?: { type?: string; message: string }[] }> {
  const response = await fetch(gh.graphqlUrl, {
    method: 'POST',
    headers: { authorization: `bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: T; errors?: { type?: string; message: string }[] };
}

const PROJECT = `query ($owner: String!, $number: Int!) {
  organization(login: $owner) {
    projectV2(number: $number) {
      id number title closed
      fields(first: 20) {
        nodes {
          __typename
          ... on ProjectV2FieldCommon { id name dataType }
          ... on ProjectV2SingleSelectField { options { id name } }
          ... on ProjectV2IterationField { configuration { duration iterations { id title startDate duration } completedIterations { title } } }
        }
      }
    }
  }
}`;

const ITEMS = `query ($owner: String!, $name: String!, $number: Int!) {
  repository(owner: $owner, name: $name) {
    issueOrPullRequest(number: $number) {
      ... on Issue { projectItems(first: 10) { nodes { ...Item } } }
      ... on PullRequest { projectItems(first: 10) { nodes { ...Item } } }
    }
  }
}
fragment Item on ProjectV2Item {
  id type
  project { number owner { ... on Organization { login } } }
  fieldValues(first: 20) {
    nodes {
      __typename
      ... on ProjectV2ItemFieldTextValue { text field { ... on ProjectV2FieldCommon { name } } }
      ... on ProjectV2ItemFieldNumberValue { number field { ... on ProjectV2FieldCommon { name } } }
      ... on ProjectV2ItemFieldDateValue { date field { ... on ProjectV2FieldCommon { name } } }
      ... on ProjectV2ItemFieldSingleSelectValue { name optionId field { ... on ProjectV2FieldCommon { name } } }
      ... on ProjectV2ItemFieldIterationValue { title iterationId field { ... on ProjectV2FieldCommon { name } } }
    }
  }
}`;

interface FieldNode {
  __typename: string;
  id: string;
  name: string;
  dataType: string;
  options?: { id: string; name: string }[];
  configuration?: {
    duration: number;
    iterations: { id: string; title: string; startDate: string; duration: number }[];
    completedIterations: { title: string }[];
  };
}
type ProjectAnswer = { organization: { projectV2: { id: string; fields: { nodes: FieldNode[] } } } };

beforeEach(async () => {
  // Today is 2026-03-18: Sprint 1 (from 03-02, 14 days) ended on 03-15; Sprint 2 runs; Sprint 3 is next.
  gh = await startGitHubEmulator({ token: TOKEN, now: () => new Date('2026-03-18T12:00:00Z') });
  const repo = gh.store.addRepo('acme/app');
  repo.addIssue({ title: 'Crash', user: 'alice' });
  repo.addIssue({ title: 'Fix crash', user: 'bob', pull_request: true });
  projectsOf(gh.store).add('acme', {
    number: 7,
    title: 'Roadmap',
    fields: [
      { name: 'Priority', type: 'SINGLE_SELECT', options: ['P0', 'P1', 'P2'] },
      { name: 'Estimate', type: 'NUMBER' },
      { name: 'Due', type: 'DATE' },
      { name: 'Note', type: 'TEXT' },
      {
        name: 'Sprint',
        type: 'ITERATION',
        iterations: [
          { title: 'Sprint 1', startDate: '2026-03-02' },
          { title: 'Sprint 2', startDate: '2026-03-16' },
          { title: 'Sprint 3', startDate: '2026-03-30' },
        ],
      },
    ],
  });
});
afterEach(() => gh.close());

describe('Projects (v2) in the GraphQL emulator', () => {
  it('serves a project with its fields, options and iterations (completed ones apart)', async () => {
    const answer = await graphql<ProjectAnswer>(PROJECT, { owner: 'acme', number: 7 });
    expect(answer.errors).toBeUndefined();
    const fields = answer.data!.organization.projectV2.fields.nodes;
    expect(fields.map((f) => [f.__typename, f.name, f.dataType])).toEqual([
      ['ProjectV2Field', 'Title', 'TITLE'],
      ['ProjectV2SingleSelectField', 'Status', 'SINGLE_SELECT'],
      ['ProjectV2SingleSelectField', 'Priority', 'SINGLE_SELECT'],
      ['ProjectV2Field', 'Estimate', 'NUMBER'],
      ['ProjectV2Field', 'Due', 'DATE'],
      ['ProjectV2Field', 'Note', 'TEXT'],
      ['ProjectV2IterationField', 'Sprint', 'ITERATION'],
    ]);
    expect(fields[1].options!.map((o) => o.name)).toEqual(['Todo', 'In Progress', 'Done']);
    const sprint = fields[6].configuration!;
    expect(sprint.duration).toBe(14);
    expect(sprint.iterations.map((i) => i.title)).toEqual(['Sprint 2', 'Sprint 3']);
    expect(sprint.completedIterations.map((i) => i.title)).toEqual(['Sprint 1']);
    expect(gh.graphql.invalid).toEqual([]);
    expect(gh.graphql.unemulated).toEqual([]);
  });

  it('adds items, sets every kind of field, and shows them on the issue and the pull request', async () => {
    const project = (await graphql<ProjectAnswer>(PROJECT, { owner: 'acme', number: 7 })).data!.organization
      .projectV2;
    const field = (name: string) => project.fields.nodes.find((f) => f.name === name)!;
    const ids = await graphql<{ repository: { issue: { id: string }; pullRequest: { id: string } } }>(`
      query {
        repository(owner: "acme", name: "app") {
          issue(number: 1) {
            id
          }
          pullRequest(number: 2) {
            id
          }
        }
      }
    `);
    const add = `mutation ($project: ID!, $content: ID!) {
      addProjectV2ItemById(input: { projectId: $project, contentId: $content }) { item { id } }
    }`;
    const first = await graphql<{ addProjectV2ItemById: { item: { id: string } } }>(add, {
      project: project.id,
      content: ids.data!.repository.issue.id,
    });
    // Adding it again answers the same item.
    const again = await graphql<{ addProjectV2ItemById: { item: { id: string } } }>(add, {
      project: project.id,
      content: ids.data!.repository.issue.id,
    });
    const item = first.data!.addProjectV2ItemById.item.id;
    expect(again.data!.addProjectV2ItemById.item.id).toBe(item);
    await graphql(add, { project: project.id, content: ids.data!.repository.pullRequest.id });

    const update = `mutation ($project: ID!, $item: ID!, $field: ID!, $value: ProjectV2FieldValue!) {
      updateProjectV2ItemFieldValue(input: { projectId: $project, itemId: $item, fieldId: $field, value: $value }) {
        projectV2Item { id }
      }
    }`;
    const set = (name: string, value: Record<string, unknown>) =>
      graphql(update, { project: project.id, item, field: field(name).id, value });
    expect(
      (await set('Status', { singleSelectOptionId: field('Status').options![1].id })).errors,
    ).toBeUndefined();
    await set('Priority', { singleSelectOptionId: field('Priority').options![0].id });
    await set('Estimate', { number: 3 });
    await set('Due', { date: '2026-04-01' });
    await set('Note', { text: 'from triage' });
    await set('Sprint', { iterationId: field('Sprint').configuration!.iterations[0].id });

    type Values = {
      repository: { issueOrPullRequest: { projectItems: { nodes: Record<string, unknown>[] } } };
    };
    const issue = await graphql<Values>(ITEMS, { owner: 'acme', name: 'app', number: 1 });
    expect(issue.errors).toBeUndefined();
    const [onIssue] = issue.data!.repository.issueOrPullRequest.projectItems.nodes as {
      type: string;
      project: { number: number; owner: { login: string } };
      fieldValues: { nodes: Record<string, unknown>[] };
    }[];
    expect(onIssue.type).toBe('ISSUE');
    expect(onIssue.project).toEqual({ number: 7, owner: { login: 'acme' } });
    const values = onIssue.fieldValues.nodes.map(({ __typename, field: f, ...rest }) => [
      __typename,
      (f as { name: string }).name,
      Object.values(rest)[0],
    ]);
    expect(values).toEqual([
      ['ProjectV2ItemFieldTextValue', 'Title', 'Crash'],
      ['ProjectV2ItemFieldSingleSelectValue', 'Status', 'In Progress'],
      ['ProjectV2ItemFieldSingleSelectValue', 'Priority', 'P0'],
      ['ProjectV2ItemFieldNumberValue', 'Estimate', 3],
      ['ProjectV2ItemFieldDateValue', 'Due', '2026-04-01'],
      ['ProjectV2ItemFieldTextValue', 'Note', 'from triage'],
      ['ProjectV2ItemFieldIterationValue', 'Sprint', 'Sprint 2'],
    ]);
    // The pull request is in the project with only its title.
    const pull = await graphql<Values>(ITEMS, { owner: 'acme', name: 'app', number: 2 });
    const [onPull] = pull.data!.repository.issueOrPullRequest.projectItems.nodes as {
      type: string;
      fieldValues: { nodes: unknown[] };
    }[];
    expect(onPull.type).toBe('PULL_REQUEST');
    expect(onPull.fieldValues.nodes).toHaveLength(1);
    expect(gh.graphql.invalid).toEqual([]);
    expect(gh.graphql.unemulated).toEqual([]);
  });

  it("answers as GitHub does to an unknown project, a value of the wrong kind and another field's option", async () => {
    const missing = await graphql(PROJECT, { owner: 'acme', number: 99 });
    expect(missing.errors?.[0]).toMatchObject({
      type: 'NOT_FOUND',
      message: 'Could not resolve to a ProjectV2 with the number 99.',
    });
    const noOrg = await graphql(PROJECT, { owner: 'nobody', number: 1 });
    expect(noOrg.errors?.[0]).toMatchObject({
      type: 'NOT_FOUND',
      message: "Could not resolve to an Organization with the login of 'nobody'.",
    });

    const project = (await graphql<ProjectAnswer>(PROJECT, { owner: 'acme', number: 7 })).data!.organization
      .projectV2;
    const field = (name: string) => project.fields.nodes.find((f) => f.name === name)!;
    const board = projectsOf(gh.store).find('acme', 7)!;
    const stored = projectsOf(gh.store).addItem(board, 'acme/app', 1);
    const itemId = (
      await graphql<{ node: { projectItems: { nodes: { id: string }[] } } }>(
        `query { node(id: "${
          (
            await graphql<{ repository: { issue: { id: string } } }>(`
              query {
                repository(owner: "acme", name: "app") {
                  issue(number: 1) {
                    id
                  }
                }
              }
            `)
          ).data!.repository.issue.id
        }") { ... on Issue { projectItems(first: 1) { nodes { id } } } } }`,
      )
    ).data!.node.projectItems.nodes[0].id;
    const update = `mutation ($project: ID!, $item: ID!, $field: ID!, $value: ProjectV2FieldValue!) {
      updateProjectV2ItemFieldValue(input: { projectId: $project, itemId: $item, fieldId: $field, value: $value }) { clientMutationId }
    }`;
    const wrongKind = await graphql(update, {
      project: project.id,
      item: itemId,
      field: field('Estimate').id,
      value: { text: 'three' },
    });
    expect(wrongKind.errors?.[0].message).toBe(
      'Did not receive a number value to update a field of type number',
    );
    const otherOption = await graphql(update, {
      project: project.id,
      item: itemId,
      field: field('Priority').id,
      value: { singleSelectOptionId: field('Status').options![0].id },
    });
    expect(otherOption.errors?.[0].message).toBe('The single select option Id does not belong to the field');
    expect(stored.values.size).toBe(0);
    expect(gh.graphql.invalid).toEqual([]);
  });
});
