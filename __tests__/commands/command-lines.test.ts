/** Which lines of a comment are commands: the Markdown a person writes, read as GitHub renders it. */
import { commandLines, splitArgs } from '../../src/engine/command-lines.js';

const names = (body: string) => commandLines(body).map((c) => `${c.name}|${c.args}`);

describe('command lines', () => {
  it('finds /name and /sift name, in any case, with up to three spaces before', () => {
    expect(names('/label bug\n  /SIFT Assign @me\n/Close')).toEqual(['label|bug', 'assign|@me', 'close|']);
  });

  it('ignores a slash inside a sentence, /sift alone, and a word glued to /sift', () => {
    expect(names('please /label bug\n/sift\n/siftlabel x\nsee a/b')).toEqual(['siftlabel|x']);
  });

  it('skips fenced code (``` and ~~~, longer fences too), quotes and indented code', () => {
    const body = [
      '```',
      '/label in-fence',
      '```',
      '~~~~',
      '/label in-tilde',
      '~~~',
      '/label still-in-tilde',
      '~~~~',
      '> /label quoted',
      '>/label quoted-too',
      '',
      '    /label indented-code',
      '',
      '/label real',
    ].join('\n');
    expect(names(body)).toEqual(['label|real']);
  });

  it('an unclosed fence hides every line after it', () => {
    expect(names('/label a\n```\n/label b')).toEqual(['label|a']);
  });

  it('reads CRLF comments', () => {
    expect(names('hi\r\n/label bug\r\n')).toEqual(['label|bug']);
  });
});

describe('arguments', () => {
  it('split on spaces and commas; quotes keep spaces', () => {
    expect(splitArgs('kind/bug, area/cli "good first issue"  x')).toEqual([
      'kind/bug',
      'area/cli',
      'good first issue',
      'x',
    ]);
  });
});
