/**
 * Office errors → SegmentationError with a catalogue message. Office.js errors carry a stable, unlocalised `code`
 * (`OfficeExtension.Error.code`, the strings of `Excel.ErrorCodes`); their `message` is "not intended for
 * consumption by end users" ("Error handling with the application-specific JavaScript APIs",
 * https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling), so we branch
 * on the code only and say the rest in our own words.
 */
import { SegmentationError, isSegmentationError } from '../../core/segmentationError';
import { message } from '../../core/messages/renderMessage';

/** The Office error code of `error`, or null when it is not an Office error. */
export function officeErrorCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : null;
}

/** The error's message text ('' when none), only to recognise a generic code's known cause – never shown. */
function officeErrorText(error: unknown): string {
  const text = (error as { message?: unknown } | null)?.message;
  return typeof text === 'string' ? text : '';
}

/**
 * True for the errors that mean "ask for fewer cells at once". Excel on the web's 5 MB limit is documented as
 * RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded and the 5-million-cell read limit as
 * RangeExceedsLimit (resource-limits-and-performance-optimization#excel-add-ins); but Excel on the web also
 * answers an oversized `Range.values` with a bare `GeneralException` ("An internal error has occurred", office-js
 * issue #1314, office-js-docs-reference issue #354, office-js-docs issue #1247) – so a GeneralException is retried
 * smaller too; at the smallest chunk it is passed on as what it is. OperationCellsExceedLimit is NOT one of these:
 * it counts the cells an insertion shifts, which no chunk size changes (see toSegmentationError).
 */
export function isPayloadError(error: unknown): boolean {
  const code = officeErrorCode(error);
  return (
    code === 'RequestPayloadSizeLimitExceeded' ||
    code === 'ResponsePayloadSizeLimitExceeded' ||
    code === 'RangeExceedsLimit' ||
    code === 'GeneralException'
  );
}

/**
 * True when Excel refused because a cell is being edited. The documented code is InvalidOperationInCellEditMode
 * (Excel-specific error codes, application-specific-api-error-handling); older builds and Excel on the web report
 * it as a plain InvalidOperation carrying the same "cell-editing mode" sentence (office-js issues #856, #3019,
 * #3020), so that one code is recognised by its sentence too.
 */
function isCellEditModeError(error: unknown): boolean {
  const code = officeErrorCode(error);
  if (code === 'InvalidOperationInCellEditMode') return true;
  return code === 'InvalidOperation' && /cell[- ]?edit/i.test(officeErrorText(error));
}

/** The SegmentationError for an Office error (SegmentationErrors and unknown errors pass through unchanged). */
function toSegmentationError(error: unknown): unknown {
  if (isSegmentationError(error)) return error;
  if (isCellEditModeError(error))
    return new SegmentationError('workbook-refused', message('cell-edit-mode', {}));
  switch (officeErrorCode(error)) {
    case 'AccessDenied':
      return new SegmentationError('workbook-refused', message('sheet-protected', { sheet: null }));
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
    case 'RangeExceedsLimit':
      return new SegmentationError('workbook-refused', message('data-too-large', {}));
    case 'OperationCellsExceedLimit':
      // "If the TableColumnCollection.add API triggers this error, confirm that there is no unintentional data
      // within the worksheet but outside of the table … check for data in the right-most columns" (Excel-specific
      // error codes, application-specific-api-error-handling). Halving the rows cannot help: say what to clear.
      return new SegmentationError('workbook-refused', message('table-columns-too-many-cells', {}));
    case 'FilteredRangeConflict':
      // "The attempted operation causes a conflict with a filtered range" (Excel-specific error codes).
      return new SegmentationError('workbook-refused', message('table-filtered', { table: null }));
    case 'InvalidSelection':
      // getSelectedRange/getActiveCell throw this for several areas and, by design, while a chart or shape is
      // selected (office-js issues #2268, #8).
      return new SegmentationError('workbook-refused', message('select-one-area', {}));
    default:
      return error;
  }
}

/**
 * The last word on an error leaving the Excel host: an Office error not mapped above becomes `excel-error` with
 * its code (the host's callers then never see Office's own message), anything else passes unchanged.
 */
export function finalExcelError(error: unknown): unknown {
  const mapped = toSegmentationError(error);
  const code = officeErrorCode(mapped);
  if (isSegmentationError(mapped) || code === null) return mapped;
  return new SegmentationError('workbook-refused', message('excel-error', { code }));
}

/** `Excel.run` with Office errors mapped to SegmentationError. */
export async function runExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Excel.run(batch);
  } catch (error) {
    throw toSegmentationError(error);
  }
}
