import { ConfigError, parseRules } from '../../src/config/index.js';

function file(conditions: string): string {
  return `version: 1\nrules:\n  - id: r\n    when:\n${conditions}\n    then:\n      - label: x\n`;
}

/** The first compiled condition of a one-rule file (the implicit `state: open` follows it). */
function when(conditions: string): unknown {
  return parseRules(file(conditions), 'inline.yml').rules[0].when[0];
}

function problems(conditions: string): string[] {
  try {
    parseRules(file(conditions), 'inline.yml');
  } catch (error) {
    if (error instanceof ConfigError) return error.message.split('\n');
    throw error;
  }
  throw new Error('parsed without any problem');
}

describe('created / updated with fixed dates', () => {
  test('an unquoted YAML date is a date, read as midnight UTC', () => {
    expect(when('      created: { after: 2024-01-01, before: 2025-06-30 }')).toEqual({
      kind: 'created',
      value: { after: Date.UTC(2024, 0, 1), before: Date.UTC(2025, 5, 30) },
    });
  });

  test('date-times keep their time and their zone', () => {
    expect(
      when("      updated: { after: '2024-03-01T12:30:00.250Z', before: 2024-03-01T16:00+02:00 }"),
    ).toEqual({
      kind: 'updated',
      // 16:00 at +02:00 is 14:00 UTC.
      value: { after: Date.UTC(2024, 2, 1, 12, 30, 0, 250), before: Date.UTC(2024, 2, 1, 14) },
    });
  });

  test('fixed and relative bounds in one map', () => {
    expect(when('      created: { after: 2024-02-29, older-than: 30d }')).toEqual({
      kind: 'created',
      value: { after: Date.UTC(2024, 1, 29), olderThan: 30 * 86_400_000 },
    });
  });

  test('a day that does not exist is an error at its position, not a date in the next month', () => {
    // 2023 is no leap year; Date.parse would take 2023-02-29 for March 1st.
    expect(problems('      created: { after: 2023-02-29 }')).toEqual([
      'inline.yml:5:25: invalid date "2023-02-29": no such day or time; use an ISO 8601 date (2024-01-01, midnight UTC) or a date-time with a time zone (2024-01-01T12:00:00Z, 2024-01-01T14:00+02:00)',
    ]);
  });

  test('a window that is empty can never hold', () => {
    expect(problems('      updated: { after: 2025-01-01, before: 2025-01-01 }')).toEqual([
      'inline.yml:5:16: "updated" can never hold: after 2025-01-01 must be earlier than before 2025-01-01',
    ]);
  });
});
