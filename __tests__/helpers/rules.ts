/** The stale example from the README (issue 2), used by pipeline and end-to-end tests alike. */
export const STALE_RULES = `version: 1
rules:
  - id: mark-stale
    when:
      type: issue
      state: open
      labels: { none: [stale, pinned] }
      inactive: 60d
    then:
      - label: stale
      - comment: "@{{author}}, this issue has had no activity for {{inactive_days}} days. It will close in 7 days."
  - id: close-stale
    when:
      labels: { all: [stale] }
      labeled: { stale: 7d }
    then:
      - close: not_planned
`;
