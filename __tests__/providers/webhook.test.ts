/** Items read from real webhook payloads (@octokit/webhooks-examples). */
import { EventPayloadError, eventSubject, itemFromEvent } from '../../src/providers/github/webhook.js';
import { webhookExample as example } from '../helpers/webhooks.js';

describe('items from webhook payloads', () => {
  it('reads the issue of an issues event', () => {
    const event = itemFromEvent('issues', example('issues', 'opened'));
    expect(event).toMatchObject({
      repository: 'Codertocat/Hello-World',
      action: 'opened',
      readOnlyFork: false,
      item: {
        type: 'issue',
        number: 1,
        state: 'open',
        author: 'Codertocat',
        url: 'https://github.com/Codertocat/Hello-World/issues/1',
      },
    });
  });

  it('reads the pull request of a pull_request event, with its branches', () => {
    const event = itemFromEvent('pull_request', example('pull_request', 'opened'))!;
    expect(event.item).toMatchObject({
      type: 'pull_request',
      number: 2,
      draft: false,
      authorAssociation: 'OWNER',
    });
    expect(event.item.prefetched).toEqual({ branches: { base: 'master', head: 'changes', fork: false } });
    expect(event.readOnlyFork).toBe(false);
  });

  it('marks a pull_request event from a fork as read-only, but not pull_request_target', () => {
    const payload = example('pull_request', 'synchronize') as unknown as {
      pull_request: { head: { repo: { full_name: string } } };
    };
    payload.pull_request.head.repo.full_name = 'stranger/Hello-World';
    expect(itemFromEvent('pull_request', payload)!.readOnlyFork).toBe(true);
    expect(itemFromEvent('pull_request_target', payload)!.readOnlyFork).toBe(false);
    expect(itemFromEvent('pull_request', payload)!.item.prefetched?.branches?.fork).toBe(true);
  });

  it('takes the issue type from the payload where it carries one (a repository with issue types)', () => {
    const plain = itemFromEvent('issues', example('issues', 'opened'))!;
    // This recorded payload predates issue types: the type is read when a rule needs it.
    expect(plain.item.prefetched).toBeUndefined();
    const payload = example('issues', 'opened') as unknown as { issue: Record<string, unknown> };
    payload.issue.type = { id: 411, node_id: 'IT_kwDNAd3NAZs', name: 'Bug', description: null };
    expect(itemFromEvent('issues', payload)!.item.prefetched).toEqual({ issueType: 'Bug' });
    payload.issue.type = null;
    expect(itemFromEvent('issues', payload)!.item.prefetched).toEqual({ issueType: null });
  });

  it('reads the issue of an issue_comment event, and ignores events without an item', () => {
    expect(itemFromEvent('issue_comment', example('issue_comment', 'created'))!.item.number).toBe(1);
    expect(itemFromEvent('push', {})).toBeNull();
    expect(itemFromEvent('schedule', {})).toBeNull();
  });
});

describe('what an event asks to triage (eventSubject)', () => {
  const HERE = 'Codertocat/Hello-World';

  it('a complete payload is the item; pinned and unpinned (no labels, state or lock) are read by number', () => {
    expect(eventSubject('issues', example('issues', 'opened'), HERE)).toMatchObject({
      kind: 'item',
      item: { number: 1, labels: ['bug'] },
    });
    for (const action of ['pinned', 'unpinned']) {
      expect(eventSubject('issues', example('issues', action), HERE)).toEqual({
        kind: 'read',
        type: 'issue',
        number: 1,
        missing: ['state', 'locked', 'labels', 'assignee'],
        action,
        readOnlyFork: false,
      });
    }
  });

  it("a review event's pull request lacks its comment count: read, keeping the payload's branches", () => {
    expect(eventSubject('pull_request_review', example('pull_request_review', 'submitted'), HERE)).toEqual({
      kind: 'read',
      type: 'pull_request',
      number: 2,
      missing: ['comments'],
      prefetched: { branches: { base: 'master', head: 'changes', fork: false } },
      action: 'submitted',
      readOnlyFork: false,
    });
  });

  it('a field in the wrong shape counts as missing; a payload without a number is an error', () => {
    const payload = example('issues', 'opened') as unknown as { issue: Record<string, unknown> };
    payload.issue.labels = 'bug';
    payload.issue.state = 'merged';
    expect(eventSubject('issues', payload, HERE)).toMatchObject({
      kind: 'read',
      missing: ['state', 'labels'],
    });
    delete payload.issue.number;
    expect(() => eventSubject('issues', payload, HERE)).toThrow(EventPayloadError);
    expect(() => eventSubject('issues', {}, HERE)).toThrow(/carries no issue or pull request with a number/);
    expect(() => eventSubject('discussion', { discussion: null }, HERE)).toThrow(/carries no discussion/);
  });

  it('deleted: nothing to triage', () => {
    expect(eventSubject('issues', example('issues', 'deleted'), HERE)).toEqual({
      kind: 'none',
      notice: 'Issue #1 of Codertocat/Hello-World was deleted: nothing to triage.',
      action: 'deleted',
      readOnlyFork: false,
    });
  });

  it('transferred: the new issue where Sift runs for the repository it went to, else a notice', () => {
    const payload = example('issues', 'transferred');
    expect(eventSubject('issues', payload, 'octo-org/octo-repo')).toMatchObject({
      kind: 'none',
      notice:
        'Issue #1 was transferred from octo-org/octo-repo to Codertocat/Hello-World (now #1); ' +
        'Sift runs for octo-org/octo-repo, so it does not triage it here.',
    });
    expect(eventSubject('issues', payload, 'codertocat/hello-world')).toMatchObject({
      kind: 'item',
      item: { number: 1, url: 'https://github.com/Codertocat/Hello-World/issues/1' },
    });
    expect(eventSubject('discussion', example('discussion', 'transferred'), HERE)).toMatchObject({
      kind: 'none',
    });
    expect(
      eventSubject('discussion', example('discussion', 'transferred'), 'Codertocat/hello-world-npm'),
    ).toMatchObject({ kind: 'read', type: 'discussion' });
  });

  it('a discussion is always read (its payload has no labels); other events name nothing', () => {
    expect(eventSubject('discussion', example('discussion', 'answered'), HERE)).toEqual({
      kind: 'read',
      type: 'discussion',
      number: 4,
      missing: [],
      action: 'answered',
      readOnlyFork: false,
    });
    expect(eventSubject('push', {}, HERE)).toBeNull();
  });
});
