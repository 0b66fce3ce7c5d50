/** The `repository` input and `--repo` flag: one repository or several, space or comma separated. */

export type Forge = 'github' | 'gitlab';

const SHAPES: Record<Forge, { pattern: RegExp; example: string }> = {
  github: { pattern: /^[^/\s,]+\/[^/\s,]+$/, example: 'owner/name' },
  gitlab: { pattern: /^[^/\s,]+(\/[^/\s,]+)+$/, example: 'group/project or group/sub/project' },
};

/**
 * The repositories named in `text`, in the order given, each once (GitHub and GitLab match names
 * case-insensitively, so `Acme/A` and `acme/a` are one). Throws, naming the entry, when one is not a
 * repository name.
 */
export function parseRepositoryList(text: string, forge: Forge = 'github'): string[] {
  const { pattern, example } = SHAPES[forge];
  const seen = new Set<string>();
  const list: string[] = [];
  for (const entry of text.split(/[\s,]+/).filter(Boolean)) {
    if (!pattern.test(entry)) {
      throw new Error(
        `"${entry}" is not a repository name: write ${example}, several separated by spaces or commas.`,
      );
    }
    const key = entry.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    list.push(entry);
  }
  return list;
}
