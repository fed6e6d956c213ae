import { parseXml } from './xmlTree';

describe('parseXml (the offline manifest check relies on it refusing malformed XML)', () => {
  test('reads elements, attributes, text, entities and skips comments and the declaration', () => {
    const root = parseXml(
      '<?xml version="1.0"?><!-- c --><a x="1 &amp; 2"><b y=\'q\'/>t &lt;&#65;&#x42;</a>',
    );
    expect(root).toMatchObject({ name: 'a', attributes: { x: '1 & 2' }, text: 't <AB' });
    expect(root.children.map((child) => [child.name, child.attributes.y])).toEqual([['b', 'q']]);
  });

  test.each([
    ['an unclosed element', '<a><b></a>'],
    ['a mismatched end tag', '<a></b>'],
    ['a duplicate attribute', '<a x="1" x="2"/>'],
    ['a bare ampersand', '<a>R&D</a>'],
    ['an unknown entity', '<a>&nbsp;</a>'],
    ['two root elements', '<a/><b/>'],
    ['text after the root', '<a/>tail'],
    ['an unquoted attribute', '<a x=1/>'],
    ['"--" inside a comment', '<a><!-- a -- b --></a>'],
    ['no root at all', '<!-- only a comment -->'],
  ])('refuses %s', (_case, xml) => {
    expect(() => parseXml(xml)).toThrow();
  });

  test('names the line of the error', () => {
    expect(() => parseXml('<a>\n<b>\n</a>')).toThrow(/line 3/);
  });
});
