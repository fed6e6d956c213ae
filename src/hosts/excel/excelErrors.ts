/**
 * Office errors → SegmentationError with a sentence for the user. Office.js errors carry a stable, unlocalised
 * `code` (`OfficeExtension.Error.code`, the strings of `Excel.ErrorCodes`); their `message` is not meant for end
 * users ("Error handling with the application-specific JavaScript APIs"), so we branch on the code only.
 */
import { SegmentationError, isSegmentationError } from '../../core/segmentationError';

/** The Office error code of `error`, or null when it is not an Office error. */
export function officeErrorCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : null;
}

/** True for the errors that mean "ask for fewer cells at once" (Excel on the web's 5 MB and 5M-cell limits). */
export function isPayloadError(error: unknown): boolean {
  const code = officeErrorCode(error);
  return (
    code === 'RequestPayloadSizeLimitExceeded' ||
    code === 'ResponsePayloadSizeLimitExceeded' ||
    code === 'RangeExceedsLimit' ||
    code === 'OperationCellsExceedLimit'
  );
}

/** The SegmentationError for an Office error (SegmentationErrors and unknown errors pass through unchanged). */
export function toSegmentationError(error: unknown): unknown {
  if (isSegmentationError(error)) return error;
  switch (officeErrorCode(error)) {
    case 'InvalidOperationInCellEditMode':
      return new SegmentationError(
        'workbook-refused',
        'Excel is busy editing a cell: press Enter or Esc, then try again.',
      );
    case 'AccessDenied':
      return new SegmentationError(
        'workbook-refused',
        'Excel refused the change: a sheet is protected. Unprotect it (Review › Unprotect Sheet), then try again.',
      );
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
    case 'RangeExceedsLimit':
    case 'OperationCellsExceedLimit':
      return new SegmentationError(
        'workbook-refused',
        'The data is too large for Excel to transfer even in small parts. Try the desktop app or the command line.',
      );
    case 'InvalidSelection':
      return new SegmentationError(
        'workbook-refused',
        'Several areas are selected: select one area (or one cell in the data), then try again.',
      );
    default:
      return error;
  }
}

/** `Excel.run` with Office errors mapped to SegmentationError. */
export async function runExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Excel.run(batch);
  } catch (error) {
    throw toSegmentationError(error);
  }
}
