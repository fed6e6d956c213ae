/**
 * A small, strict XML parser for the add-in's own manifest: elements, attributes, text, comments, the XML
 * declaration and the five predefined entities plus character references. It throws on anything not
 * well-formed (unclosed or mismatched tags, duplicate attributes, stray `<` or `&`, text outside the root) – enough
 * to check the manifest offline, where `office-addin-manifest validate` (an online service) cannot run.
 * No DTDs, CDATA or processing instructions other than the declaration: the manifest uses none.
 */

/** One element: its qualified name as written (`bt:String`), attributes, child elements and direct text. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
  /** 1-based line of the start tag, for messages. */
  line: number;
}

const NAME = /^[A-Za-z_][\w.:-]*/;

function decodeEntities(raw: string, lineOf: () => number): string {
  return raw.replace(/&([^;\s&<]*);?/g, (match, body: string) => {
    if (!match.endsWith(';')) throw new Error(`line ${lineOf()}: "&" without an entity`);
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (body in named) return named[body];
    const numeric = /^#(x[0-9a-fA-F]+|[0-9]+)$/.exec(body);
    if (numeric) {
      const code = numeric[1].startsWith('x') ? parseInt(numeric[1].slice(1), 16) : parseInt(numeric[1], 10);
      return String.fromCodePoint(code);
    }
    throw new Error(`line ${lineOf()}: unknown entity &${body};`);
  });
}

/**
 * Parses `xml` into its root element.
 * @throws {Error} naming the line of the first well-formedness error.
 */
export function parseXml(xml: string): XmlElement {
  let pos = 0;
  const lineOf = (): number => xml.slice(0, pos).split('\n').length;
  // A declaration (not an arrow), so that TypeScript narrows after `if (…) fail(…)`.
  function fail(message: string): never {
    throw new Error(`line ${lineOf()}: ${message}`);
  }
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;

  if (xml.startsWith('\uFEFF')) pos = 1;
  if (xml.startsWith('<?xml', pos)) {
    const end = xml.indexOf('?>', pos);
    if (end < 0) fail('unterminated XML declaration');
    pos = end + 2;
  }

  while (pos < xml.length) {
    const next = xml.indexOf('<', pos);
    const text = xml.slice(pos, next < 0 ? xml.length : next);
    if (text.trim() !== '') {
      const current = stack[stack.length - 1];
      if (!current) fail(`text outside the root element: "${text.trim().slice(0, 30)}"`);
      current.text += decodeEntities(text, lineOf);
    }
    if (next < 0) break;
    pos = next;

    if (xml.startsWith('<!--', pos)) {
      const end = xml.indexOf('-->', pos + 4);
      if (end < 0) fail('unterminated comment');
      if (xml.slice(pos + 4, end).includes('--')) fail('"--" inside a comment');
      pos = end + 3;
    } else if (xml.startsWith('</', pos)) {
      const end = xml.indexOf('>', pos);
      if (end < 0) fail('unterminated end tag');
      const name = xml.slice(pos + 2, end).trim();
      const open = stack.pop();
      if (!open) fail(`end tag </${name}> without a start tag`);
      if (open.name !== name) fail(`</${name}> closes <${open.name}> (line ${open.line})`);
      pos = end + 1;
    } else if (xml.startsWith('<!', pos) || xml.startsWith('<?', pos)) {
      fail('DTDs, CDATA and processing instructions are not expected in the manifest');
    } else {
      pos += 1;
      const nameMatch = NAME.exec(xml.slice(pos));
      if (!nameMatch) fail('"<" not followed by an element name');
      const element: XmlElement = {
        name: nameMatch[0],
        attributes: {},
        children: [],
        text: '',
        line: lineOf(),
      };
      pos += element.name.length;
      for (;;) {
        const space = /^\s*/.exec(xml.slice(pos))?.[0] ?? '';
        pos += space.length;
        if (xml.startsWith('/>', pos) || xml.startsWith('>', pos)) break;
        if (space === '') fail(`attributes of <${element.name}> must be separated by white space`);
        const attribute = /^([A-Za-z_][\w.:-]*)\s*=\s*("([^"<]*)"|'([^'<]*)')/.exec(xml.slice(pos));
        if (!attribute) fail(`malformed attribute in <${element.name}>`);
        const [whole, attributeName, , doubleQuoted, singleQuoted] = attribute;
        if (attributeName in element.attributes)
          fail(`duplicate attribute ${attributeName} in <${element.name}>`);
        element.attributes[attributeName] = decodeEntities(doubleQuoted ?? singleQuoted ?? '', lineOf);
        pos += whole.length;
      }
      const selfClosing = xml.startsWith('/>', pos);
      pos += selfClosing ? 2 : 1;
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(element);
      else if (root) fail(`a second root element <${element.name}>`);
      else root = element;
      if (!selfClosing) stack.push(element);
    }
  }
  if (stack.length > 0)
    fail(`<${stack[stack.length - 1].name}> (line ${stack[stack.length - 1].line}) is never closed`);
  if (!root) fail('no root element');
  return root;
}

/** Every element below (and including) `element`, document order. */
export function allElements(element: XmlElement): XmlElement[] {
  return [element, ...element.children.flatMap(allElements)];
}

/** The direct children named `name`. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}
