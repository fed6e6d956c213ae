/**
 * Large sources go to and from Excel in row chunks: Excel on the web refuses a request or response over 5 MB
 * (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded), so a refused chunk is retried at half
 * the size – a refused batch has run nothing, so the same commands can be queued again.
 */
import { isPayloadError } from './excelErrors';

/** Rows per chunk to start with. */
export const FIRST_CHUNK_ROWS = 20_000;
/** The smallest chunk: below this a payload error is not a matter of size, and is passed on. */
export const MIN_CHUNK_ROWS = 250;

/**
 * The chunk size to retry with after `error` failed a chunk of `rows` rows.
 * @throws `error` itself when it is not a payload error, or the chunk is already the smallest.
 * @example smallerChunk(payloadError, 20000) // => 10000
 */
export function smallerChunk(error: unknown, rows: number): number {
  if (!isPayloadError(error) || rows <= MIN_CHUNK_ROWS) throw error;
  return Math.max(MIN_CHUNK_ROWS, Math.floor(rows / 2));
}
