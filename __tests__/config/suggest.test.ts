import { editDistance, nearest } from '../../src/config/suggest.js';

describe('editDistance', () => {
  test.each([
    ['labels', 'labels', 0],
    ['lables', 'labels', 1], // swapped neighbours count once
    ['lable', 'label', 1],
    ['autor', 'author', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
  ])('%s -> %s is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });
});

describe('nearest', () => {
  const keys = ['type', 'state', 'labels', 'labeled', 'inactive_days', 'url'];

  test('suggests the closest candidate, ignoring case', () => {
    expect(nearest('lables', keys)).toBe('labels');
    expect(nearest('Labled', keys)).toBe('labeled');
    expect(nearest('inactive-days', keys)).toBe('inactive_days');
    expect(nearest('STATE', keys)).toBe('state');
  });

  test('suggests nothing when no candidate is a plausible typo', () => {
    expect(nearest('foo', keys)).toBeUndefined();
    expect(nearest('flavour', keys)).toBeUndefined();
  });
});
