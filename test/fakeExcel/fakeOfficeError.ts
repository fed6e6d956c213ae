/**
 * The error the fake throws, shaped like `OfficeExtension.Error`: a stable `code` (the strings of
 * `Excel.ErrorCodes`, not localised), a message and `debugInfo`. Code under test must branch on `code`, as the
 * Office docs ask ("Error handling with the application-specific JavaScript APIs").
 */

/** Codes the fake raises; the same strings as `Excel.ErrorCodes` / `OfficeExtension.ErrorCodes`. */
export type FakeErrorCode =
  | 'PropertyNotLoaded'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'InvalidOperationInCellEditMode'
  | 'InvalidSelection'
  | 'ItemNotFound'
  | 'ItemAlreadyExists'
  | 'AccessDenied'
  | 'ApiNotFound'
  | 'NotImplemented'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded'
  | 'GeneralException'
  | 'FilteredRangeConflict'
  | 'OperationCellsExceedLimit';

/** An Office-style error with `code` and `debugInfo`. */
export class FakeOfficeError extends Error {
  readonly code: FakeErrorCode;
  readonly debugInfo: { code: FakeErrorCode; message: string; errorLocation?: string };

  constructor(code: FakeErrorCode, message: string, errorLocation?: string) {
    super(message);
    // Real Office errors are named "RichApi.Error"; hosts must not depend on the class, only on `code`.
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

/** Shorthand used throughout the fake. */
export function officeError(code: FakeErrorCode, message: string, location?: string): FakeOfficeError {
  return new FakeOfficeError(code, message, location);
}
