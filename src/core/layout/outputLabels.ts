/**
 * The value-matrix words the layout writes: the engine's labels and actions (core/labels.ts, segmentation.md §5)
 * and the order the quadrants are listed in.
 */
import type { QuadrantCode } from '../types';

export { QUADRANT_ACTIONS, QUADRANT_LABELS, CHANGE_NEW_LABEL } from '../labels';

/**
 * The quadrants in table and legend order: high value first, then high potential first.
 *
 * @example QUADRANT_ORDER[0] // => '++'
 */
export const QUADRANT_ORDER: readonly QuadrantCode[] = ['++', '+-', '-+', '--'];
