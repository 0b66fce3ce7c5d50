/**
 * Global node ids. GitHub's are opaque (`I_kwDOA...`); the emulator's look alike (type prefix, then
 * base64url) but carry the repository and the record's key, so a mutation finds its target in O(1)
 * without an index over every repository.
 */
export type NodeKind =
  | 'Repository'
  | 'Issue'
  | 'PullRequest'
  | 'Discussion'
  | 'DiscussionComment'
  | 'Label'
  | 'Milestone'
  | 'IssueComment'
  | 'User'
  | 'Bot'
  | 'Event'
  | 'ProjectV2'
  | 'ProjectV2Item'
  | 'ProjectV2Field'
  | 'ProjectV2FieldValue';

const PREFIX: Record<NodeKind, string> = {
  Repository: 'R_',
  Issue: 'I_',
  PullRequest: 'PR_',
  Discussion: 'D_',
  DiscussionComment: 'DC_',
  Label: 'LA_',
  Milestone: 'MI_',
  IssueComment: 'IC_',
  User: 'U_',
  Bot: 'BOT_',
  Event: 'E_',
  ProjectV2: 'PVT_',
  ProjectV2Item: 'PVTI_',
  ProjectV2Field: 'PVTF_',
  ProjectV2FieldValue: 'PVTFV_',
};

export type IdParts = (string | number)[];

export function nodeId(kind: NodeKind, ...parts: IdParts): string {
  return PREFIX[kind] + Buffer.from(JSON.stringify(parts)).toString('base64url');
}

export interface DecodedId {
  kind: NodeKind;
  parts: IdParts;
}

/** The kind and parts of an id made by nodeId, or null for anything else. */
export function decodeNodeId(id: string): DecodedId | null {
  for (const [kind, prefix] of Object.entries(PREFIX) as [NodeKind, string][]) {
    if (!id.startsWith(prefix)) continue;
    try {
      const parts: unknown = JSON.parse(Buffer.from(id.slice(prefix.length), 'base64url').toString('utf8'));
      if (Array.isArray(parts) && parts.every((p) => typeof p === 'string' || typeof p === 'number')) {
        return { kind, parts: parts as IdParts };
      }
    } catch {
      return null;
    }
  }
  return null;
}
