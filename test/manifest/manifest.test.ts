/**
 * Offline checks of manifest.xml – what `office-addin-manifest validate` (an online Microsoft service) would
 * catch, and the project's own rules: schema element order, resources, one https origin, string lengths, icon
 * files and their pixel sizes, English + Finnish strings, requirement set, runtime and the command wiring.
 */
import * as fs from 'fs';
import * as path from 'path';
import { allElements, childrenNamed, parseXml, type XmlElement } from './xmlTree';
import { pngSize } from './pngSize';
import { urlDev } from '../../scripts/manifestUrls';

const repoRoot = path.resolve(__dirname, '../..');
const manifestXml = fs.readFileSync(path.join(repoRoot, 'manifest.xml'), 'utf8');
const root = parseXml(manifestXml);
const elements = allElements(root);

function only(name: string, within: XmlElement = root): XmlElement {
  const found = allElements(within).filter((element) => element.name === name);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0];
}

/** The direct child `name` of OfficeApp (DisplayName and Description also occur inside VersionOverrides). */
function top(name: string): XmlElement {
  const [found] = childrenNamed(root, name);
  if (!found) throw new Error(`OfficeApp has no <${name}>`);
  return found;
}

function resources(kind: 'bt:Images' | 'bt:Urls' | 'bt:ShortStrings' | 'bt:LongStrings'): XmlElement[] {
  return only(kind).children;
}

/** Every localisable string: DisplayName, Description and the bt:String resources. */
const localisable = [
  top('DisplayName'),
  top('Description'),
  ...resources('bt:ShortStrings'),
  ...resources('bt:LongStrings'),
];

// The order of OfficeApp's children in the TaskPaneApp schema (elements we do not use omitted).
const OFFICE_APP_ORDER = [
  'Id',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'VersionOverrides',
];

describe('manifest.xml structure', () => {
  test('is a well-formed TaskPaneApp manifest (schema 1.1) with VersionOverrides 1.0, the only version a task pane add-in accepts', () => {
    expect(root.name).toBe('OfficeApp');
    expect(root.attributes.xmlns).toBe('http://schemas.microsoft.com/office/appforoffice/1.1');
    expect(root.attributes['xsi:type']).toBe('TaskPaneApp');
    const overrides = only('VersionOverrides');
    expect(overrides.attributes.xmlns).toBe(
      'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
    );
    expect(overrides.attributes['xsi:type']).toBe('VersionOverridesV1_0');
  });

  test("OfficeApp's children are exactly the schema's elements, in the schema's order", () => {
    expect(root.children.map((child) => child.name)).toEqual(OFFICE_APP_ORDER);
  });

  test('Id is a fixed GUID, Version has four numeric parts, and the default locale is en-US', () => {
    expect(top('Id').text.trim()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(top('Version').text.trim()).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(top('ProviderName').text.trim()).not.toBe('');
    expect(top('DefaultLocale').text.trim()).toBe('en-US');
  });

  test('the add-in runs in Excel, needs ExcelApi 1.7 (chart series API) and may read and write the workbook', () => {
    expect(childrenNamed(top('Hosts'), 'Host').map((host) => host.attributes.Name)).toEqual(['Workbook']);
    const ribbonHosts = childrenNamed(childrenNamed(top('VersionOverrides'), 'Hosts')[0], 'Host');
    expect(ribbonHosts.map((host) => host.attributes['xsi:type'])).toEqual(['Workbook']);
    const sets = allElements(top('Requirements')).filter((element) => element.name === 'Set');
    expect(sets.map((set) => [set.attributes.Name, set.attributes.MinVersion])).toEqual([
      ['ExcelApi', '1.7'],
      ['SharedRuntime', '1.1'],
    ]);
    expect(top('Permissions').text.trim()).toBe('ReadWriteDocument');
  });

  test('one shared runtime: <Runtimes> first in the ribbon Host, on the pane URL, long-lived; the function file is the pane', () => {
    const ribbonHost = childrenNamed(childrenNamed(top('VersionOverrides'), 'Hosts')[0], 'Host')[0];
    expect(ribbonHost.children[0].name).toBe('Runtimes');
    const runtime = only('Runtime');
    expect(runtime.attributes).toEqual({ resid: 'Taskpane.Url', lifetime: 'long' });
    expect(only('FunctionFile').attributes.resid).toBe('Taskpane.Url');
  });
});

describe('manifest.xml ribbon', () => {
  const group = only('Group');
  const controls = childrenNamed(group, 'Control');
  const actionOf = (control: XmlElement): XmlElement => only('Action', control);

  test('one group on the Home tab holds Segment (a function) then Open pane (the task pane)', () => {
    expect(only('OfficeTab').attributes.id).toBe('TabHome');
    expect(controls.map((control) => actionOf(control).attributes['xsi:type'])).toEqual([
      'ExecuteFunction',
      'ShowTaskpane',
    ]);
    const controlIds = [group, ...controls].map((element) => element.attributes.id);
    expect(new Set(controlIds).size).toBe(controlIds.length);
  });

  test('the Segment function is the one commands.ts registers with Office.actions.associate', () => {
    const functionName = only('FunctionName', controls[0]).text.trim();
    expect(functionName).toBe('segment');
    const commandsSource = fs.readFileSync(path.join(repoRoot, 'src/commands/commands.ts'), 'utf8');
    expect(commandsSource).toContain(`Office.actions.associate('${functionName}',`);
  });

  test('the function file and the task pane are pages the build produces', () => {
    const urlOf = (resid: string): string =>
      resources('bt:Urls').find((url) => url.attributes.id === resid)?.attributes.DefaultValue ?? '';
    expect(urlOf(only('FunctionFile').attributes.resid)).toBe(`${urlDev}taskpane.html`);
    expect(urlOf(only('SourceLocation', actionOf(controls[1])).attributes.resid)).toBe(
      `${urlDev}taskpane.html`,
    );
    expect(only('SourceLocation', only('DefaultSettings')).attributes.DefaultValue).toBe(
      `${urlDev}taskpane.html`,
    );
    const webpackConfig = fs.readFileSync(path.join(repoRoot, 'webpack.config.js'), 'utf8');
    expect(webpackConfig).toContain(`'taskpane.html'`);
    // The pane page's bundle carries the ribbon's function too (the shared runtime).
    expect(webpackConfig).toMatch(/taskpane: \[\s*'\.\/src\/commands\/commands\.ts'/);
  });
});

describe('manifest.xml resources', () => {
  const defined = [
    ...resources('bt:Images'),
    ...resources('bt:Urls'),
    ...resources('bt:ShortStrings'),
    ...resources('bt:LongStrings'),
  ];
  const definedIds = defined.map((resource) => resource.attributes.id);
  const used = elements
    .filter((element) => 'resid' in element.attributes)
    .map((element) => element.attributes.resid);

  test('every resid names a defined resource, and every resource is used', () => {
    expect(used.filter((resid) => !definedIds.includes(resid))).toEqual([]);
    expect(definedIds.filter((id) => !used.includes(id))).toEqual([]);
  });

  test('resource ids are unique and at most 32 characters', () => {
    expect(new Set(definedIds).size).toBe(definedIds.length);
    expect(definedIds.filter((id) => id.length > 32)).toEqual([]);
  });

  test('every URL is https and on the one origin of the add-in', () => {
    const urls = [
      ...elements
        .filter((element) =>
          ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation', 'bt:Image', 'bt:Url'].includes(
            element.name,
          ),
        )
        .map((element) => element.attributes.DefaultValue)
        .filter((value): value is string => value !== undefined),
      ...elements.filter((element) => element.name === 'AppDomain').map((element) => element.text.trim()),
    ];
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect(new URL(url).protocol).toBe('https:');
    expect([...new Set(urls.map((url) => new URL(url).origin))]).toEqual([new URL(urlDev).origin]);
  });
});

describe('manifest.xml strings', () => {
  const lengthOf = (element: XmlElement): number[] => [
    element.attributes.DefaultValue.length,
    ...element.children.map((override) => override.attributes.Value.length),
  ];

  test('every string has an English default and a fi-FI override, and nothing else', () => {
    for (const element of localisable) {
      expect(element.attributes.DefaultValue?.trim()).toBeTruthy();
      expect(
        element.children.map((override) => [override.name.replace(/^bt:/, ''), override.attributes.Locale]),
      ).toEqual([['Override', 'fi-FI']]);
      expect(element.children[0].attributes.Value?.trim()).toBeTruthy();
    }
  });

  test('lengths stay within the schema: DisplayName and short strings ≤ 125, Description and long strings ≤ 250', () => {
    expect(Math.max(...lengthOf(top('DisplayName')))).toBeLessThanOrEqual(125);
    expect(Math.max(...lengthOf(top('Description')))).toBeLessThanOrEqual(250);
    for (const element of resources('bt:ShortStrings'))
      expect(Math.max(...lengthOf(element))).toBeLessThanOrEqual(125);
    for (const element of resources('bt:LongStrings'))
      expect(Math.max(...lengthOf(element))).toBeLessThanOrEqual(250);
  });

  test('button and group labels are short enough for the ribbon (≤ 32 characters in both languages)', () => {
    const labelIds = new Set(
      elements.filter((element) => element.name === 'Label').map((element) => element.attributes.resid),
    );
    const labels = resources('bt:ShortStrings').filter((element) => labelIds.has(element.attributes.id));
    expect(labels.length).toBe(3);
    for (const label of labels) expect(Math.max(...lengthOf(label))).toBeLessThanOrEqual(32);
  });

  test('the buttons say Segment / Segmentoi and Open pane / Avaa paneeli in the group ABC Segmenter', () => {
    const text = (id: string): [string, string] => {
      const element = resources('bt:ShortStrings').find((resource) => resource.attributes.id === id);
      return [element?.attributes.DefaultValue ?? '', element?.children[0]?.attributes.Value ?? ''];
    };
    const labelOf = (element: XmlElement): string => only('Label', element).attributes.resid;
    const [segment, openPane] = childrenNamed(only('Group'), 'Control');
    expect(text(labelOf(segment))).toEqual(['Segment', 'Segmentoi']);
    expect(text(labelOf(openPane))).toEqual(['Open pane', 'Avaa paneeli']);
    expect(text(childrenNamed(only('Group'), 'Label')[0].attributes.resid)).toEqual([
      'ABC Segmenter',
      'ABC Segmenter',
    ]);
  });
});

describe('manifest.xml icons', () => {
  const assetFile = (url: string): string => {
    expect(url.startsWith(`${urlDev}assets/`)).toBe(true);
    return path.join(repoRoot, url.slice(urlDev.length));
  };
  const images = new Map(
    resources('bt:Images').map((image) => [image.attributes.id, image.attributes.DefaultValue] as const),
  );

  test('IconUrl is a 32 px and HighResolutionIconUrl a 64 px PNG in assets/', () => {
    expect(pngSize(assetFile(only('IconUrl').attributes.DefaultValue))).toEqual({ width: 32, height: 32 });
    expect(pngSize(assetFile(only('HighResolutionIconUrl').attributes.DefaultValue))).toEqual({
      width: 64,
      height: 64,
    });
  });

  test('every ribbon image is a PNG in assets/ of exactly the size it is declared for (16, 32, 80)', () => {
    const uses = elements.filter((element) => element.name === 'bt:Image' && 'size' in element.attributes);
    expect(new Set(uses.map((use) => use.attributes.size))).toEqual(new Set(['16', '32', '80']));
    for (const use of uses) {
      const size = Number(use.attributes.size);
      expect(pngSize(assetFile(images.get(use.attributes.resid) ?? ''))).toEqual({
        width: size,
        height: size,
      });
    }
  });

  test('the icon set is complete: icon-16 … icon-128 exist with their sizes', () => {
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(path.join(repoRoot, 'assets', `icon-${size}.png`))).toEqual({
        width: size,
        height: size,
      });
    }
  });

  test('the support page named by SupportUrl exists in assets/', () => {
    expect(fs.existsSync(assetFile(only('SupportUrl').attributes.DefaultValue))).toBe(true);
  });
});
