/**
 * Rewrites absolute relationship targets (`Target="/xl/tables/table1.xml"`, as openpyxl and some other writers
 * produce) into the relative form ExcelJS 4.4 resolves. ExcelJS joins every target onto the source part's
 * folder, so an absolute table target becomes `xl/worksheets//xl/tables/…`, is not found, and loading throws
 * "Cannot read properties of undefined (reading 'name')". Both forms are valid OPC; only the spelling changes.
 *
 * @example relativeTarget('xl/worksheets', '/xl/tables/table1.xml') // => '../tables/table1.xml'
 */
import type JSZip from 'jszip';

/** The relative path from `fromFolder` (no leading slash, '' for the package root) to an absolute part name. */
export function relativeTarget(fromFolder: string, absoluteTarget: string): string {
  const from = fromFolder.split('/').filter((part) => part !== '');
  const to = absoluteTarget.split('/').filter((part) => part !== '');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

/** Folder a `.rels` part speaks for: `xl/worksheets/_rels/sheet1.xml.rels` → `xl/worksheets`. */
export function relsSourceFolder(relsPath: string): string {
  return relsPath.replace(/(^|\/)_rels\/[^/]*$/, '');
}

/**
 * Rewrite, in place in `zip` (a copy the caller owns, never the caller's input bytes), every internal absolute
 * target of every `.rels` part. Returns how many targets were rewritten.
 */
export async function normaliseRelationshipTargets(zip: JSZip): Promise<number> {
  let rewritten = 0;
  const relsPaths = Object.keys(zip.files).filter((name) => name.endsWith('.rels'));
  for (const relsPath of relsPaths) {
    const file = zip.file(relsPath);
    if (!file) continue;
    const xml = await file.async('string');
    const folder = relsSourceFolder(relsPath);
    const fixed = xml.replace(/<Relationship\b[^>]*>/g, (element) => {
      // External targets (hyperlinks, linked files) are URLs, not parts.
      if (/TargetMode\s*=\s*"External"/.test(element)) return element;
      return element.replace(/\bTarget="\/([^"]*)"/, (_match, absolute: string) => {
        rewritten++;
        return `Target="${relativeTarget(folder, `/${absolute}`)}"`;
      });
    });
    if (fixed !== xml) zip.file(relsPath, fixed);
  }
  return rewritten;
}
