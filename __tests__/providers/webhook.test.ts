/** Items read from real webhook payloads (@octokit/webhooks-examples). */
import { itemFromEvent } from '../../src/providers/github/webhook.js';
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
