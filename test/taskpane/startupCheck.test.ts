import { startupMessage, startupProblem } from '../../src/taskpane/startupCheck';
import { createFakeOffice } from '../fakeExcel';

describe('the pane starts only in Excel with ExcelApi 1.7', () => {
  // Requirement-set versions compare by their minor part: 1.12 is later than 1.7.
  const minor = (version: string) => Number(version.split('.')[1]);
  const supports = (max: string) => (name: string, version: string) =>
    name === 'ExcelApi' && minor(version) <= minor(max);

  test('Excel with ExcelApi 1.7 or later starts the pane', () => {
    expect(startupProblem({ host: 'Excel' }, supports('1.7'))).toBeNull();
    expect(startupProblem({ host: 'Excel' }, supports('1.12'))).toBeNull();
  });

  test('another host, or a page opened outside Office (host null), gets the "Excel only" sentence', () => {
    expect(startupProblem({ host: 'Word' }, supports('1.9'))).toBe('not-excel');
    expect(startupProblem({ host: null }, supports('1.9'))).toBe('not-excel');
    expect(startupProblem(undefined, supports('1.9'))).toBe('not-excel');
  });

  test('Excel below 1.7, or one whose requirement check throws, is too old', () => {
    expect(startupProblem({ host: 'Excel' }, supports('1.6'))).toBe('excel-too-old');
    const throwing = () => {
      throw new Error('no requirements');
    };
    expect(startupProblem({ host: 'Excel' }, throwing)).toBe('excel-too-old');
  });

  test('the strict fake at ExcelApi 1.6 is too old, at 1.7 fine', async () => {
    for (const [apiVersion, expected] of [
      ['1.6', 'excel-too-old'],
      ['1.7', null],
    ] as const) {
      const { Office } = createFakeOffice({ apiVersion });
      const info = await Office.onReady();
      const check = (name: string, version: string) =>
        Office.context.requirements.isSetSupported(name, version);
      expect(startupProblem(info, check)).toBe(expected);
    }
  });

  test('each problem has one English and one Finnish sentence', () => {
    for (const problem of ['not-excel', 'excel-too-old'] as const) {
      expect(startupMessage(problem, 'en')).toMatch(/^[^\n]+\.$/);
      expect(startupMessage(problem, 'fi')).toMatch(/^[^\n]+\.$/);
      expect(startupMessage(problem, 'fi')).not.toBe(startupMessage(problem, 'en'));
    }
  });
});
