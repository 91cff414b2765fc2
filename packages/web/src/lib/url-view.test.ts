import { describe, expect, it } from 'vitest';
import { listOf, oneOf, pageOf, pageSizeOf, serialiseView } from './url-view';

const COLOURS = ['red', 'green', 'blue'] as const;

describe('reading a view from the URL', () => {
  it('takes one allowed value or nothing', () => {
    expect(oneOf('green', COLOURS)).toBe('green');
    expect(oneOf('pink', COLOURS)).toBeNull();
    expect(oneOf(null, COLOURS)).toBeNull();
  });

  it('takes the allowed values of a list, each once, in the order written', () => {
    expect(listOf('blue,red,blue,pink', COLOURS)).toEqual(['blue', 'red']);
    expect(listOf('', COLOURS)).toEqual([]);
    expect(listOf(null, COLOURS)).toEqual([]);
  });

  it('checks the page and the page size', () => {
    expect(pageOf('3')).toBe(3);
    for (const bad of [null, '0', '-1', '1.5', 'x', '100001']) expect(pageOf(bad)).toBe(1);
    expect(pageSizeOf('50', 20)).toBe(50);
    expect(pageSizeOf('30', 20)).toBe(20);
    expect(pageSizeOf(null, 20)).toBe(20);
  });
});

describe('writing a view to the URL', () => {
  const defaults = { tab: 'a', q: '', list: [] as string[], id: null as string | null, flag: false, page: 1 };

  it('writes nothing for the defaults', () => {
    expect(serialiseView(defaults, defaults).toString()).toBe('');
  });

  it('writes only what differs, in the defaults key order', () => {
    const sp = serialiseView({ page: 2, flag: true, id: 'x', list: ['b', 'c'], q: '用地', tab: 'b' }, defaults);
    expect([...sp.keys()]).toEqual(['tab', 'q', 'list', 'id', 'flag', 'page']);
    expect(sp.get('list')).toBe('b,c');
    expect(sp.get('flag')).toBe('true');
    expect(sp.get('page')).toBe('2');
  });
});
