/**
 * Modelled payload per run: every sync stays under Excel on the web's 5 MB limit, and the numbers are printed
 * for the README (1,000,000 rows is measured the same way by hand; it takes too long for every test run).
 */
import { measureExcelRun } from './measureExcelRun';

test.each([10_000, 100_000])(
  'payload: a first run on %i rows keeps every request and response under 5 MB',
  async (rows) => {
    const m = await measureExcelRun(rows);
    console.log(`${rows} rows: ${JSON.stringify(m)}`);
    for (const phase of [m.locate, m.read, m.write]) {
      expect(phase.largestRequest).toBeLessThan(5_000_000);
      expect(phase.largestResponse).toBeLessThan(5_000_000);
    }
    expect(m.locate.syncs + m.read.syncs + m.write.syncs).toBe(
      rows <= 20_000 ? 4 : 4 + 2 * (Math.ceil(rows / 20_000) - 1),
    );
  },
);
