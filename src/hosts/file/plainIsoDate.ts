/**
 * The one date shape a CSV reader converts itself: an ISO date `yyyy-m(m)-d(d)` with nothing around it.
 */
import { dateSerial, LAST_SERIAL } from '../../core/excelSerial';

/**
 * Remembers the last date converted: invoice lines come day by day, so most rows repeat the row before and cost
 * no calendar arithmetic. One per column.
 */
export class PlainIsoDate {
  private lastKey = -1;
  private lastSerial = NaN;

  /**
   * The Excel serial of `text.slice(start, end)` when it is exactly `yyyy-m(m)-d(d)` and a real date within Excel's
   * range, else NaN (the caller then keeps the text for the engine, segmentation.md §11).
   * Rule: the engine reads such text as that serial (`parseDateCell`: ISO, the serial of `dateSerial`), and reads a
   * number as a serial, so converting here changes no result – it spares a string per row (14M rows: ~0.5 GB).
   * O(end − start), no allocation.
   *
   * @example new PlainIsoDate().serialOf('x,2026-01-15,y', 2, 12) // => 46037
   * @example new PlainIsoDate().serialOf('2026-02-30', 0, 10) // => NaN
   */
  serialOf(text: string, start: number, end: number): number {
    const length = end - start;
    if (length < 8 || length > 10 || text.charCodeAt(start + 4) !== 0x2d) return NaN;
    const year = digits(text, start, start + 4);
    const dash = text.indexOf('-', start + 5);
    if (dash < 0 || dash >= end || dash - start < 6 || dash - start > 7) return NaN;
    const month = digits(text, start + 5, dash);
    const day = end - dash - 1 >= 1 && end - dash - 1 <= 2 ? digits(text, dash + 1, end) : NaN;
    if (!(year >= 0 && month >= 0 && day >= 0)) return NaN;
    const key = year * 10000 + month * 100 + day;
    if (key === this.lastKey) return this.lastSerial;
    const serial = dateSerial(year, month, day);
    this.lastKey = key;
    this.lastSerial = serial >= 1 && serial <= LAST_SERIAL ? serial : NaN;
    return this.lastSerial;
  }
}

/** The value of the decimal digits `text[start, end)`, or NaN when one is not a digit. */
function digits(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i) - 0x30;
    if (c < 0 || c > 9) return NaN;
    value = value * 10 + c;
  }
  return value;
}
