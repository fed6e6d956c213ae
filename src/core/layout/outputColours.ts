/**
 * Colours of the output: conditional fills for the ABC and value-matrix columns and the chart series.
 * Based on the Okabe–Ito palette, which stays distinguishable with the common colour-vision deficiencies;
 * each fill carries the font colour (black or white) that gives it a WCAG contrast of at least 4.5 : 1.
 */
import type { AbcClass, QuadrantCode } from '../types';

/** A fill with its readable font colour, both `#RRGGBB`. */
export interface FillColour {
  fill: string;
  font: string;
}

/**
 * Fill and font per ABC class: A dark blue, B sky blue, C yellow (Okabe–Ito), so the vital few stand out most.
 *
 * @example CLASS_COLOURS.A // => { fill: '#0072B2', font: '#FFFFFF' }
 */
export const CLASS_COLOURS: Readonly<Record<AbcClass, FillColour>> = {
  A: { fill: '#0072B2', font: '#FFFFFF' },
  B: { fill: '#56B4E9', font: '#000000' },
  C: { fill: '#F0E442', font: '#000000' },
};

/**
 * Fill and font per value-matrix quadrant (Okabe–Ito bluish green, blue, orange, reddish purple). The same fill
 * is the quadrant's colour in the value-matrix chart, so the column and the legend agree.
 *
 * @example QUADRANT_COLOURS['++'].fill // => '#009E73'
 */
export const QUADRANT_COLOURS: Readonly<Record<QuadrantCode, FillColour>> = {
  '++': { fill: '#009E73', font: '#000000' },
  '+-': { fill: '#0072B2', font: '#FFFFFF' },
  '-+': { fill: '#E69F00', font: '#000000' },
  '--': { fill: '#CC79A7', font: '#000000' },
};

/**
 * Fills of the Change column (a class up or down) and of Gone quiet (down: something to act on): Okabe–Ito
 * bluish green and vermillion, both with black text (contrast 6.1 : 1 and 5.4 : 1).
 *
 * @example MOVE_COLOURS.down.fill // => '#D55E00'
 */
export const MOVE_COLOURS: Readonly<Record<'up' | 'down', FillColour>> = {
  up: { fill: '#009E73', font: '#000000' },
  down: { fill: '#D55E00', font: '#000000' },
};

/**
 * Chart colours that are not a quadrant: the ABC curve (black), its boundary points (vermillion) and the
 * value-matrix split lines (grey).
 *
 * @example CHART_COLOURS.curve // => '#000000'
 */
export const CHART_COLOURS = {
  curve: '#000000',
  boundaries: '#D55E00',
  /** The computed A and C points (§10): bluish green, apart from the boundaries' vermillion. */
  computed: '#009E73',
  splitLines: '#7F7F7F',
} as const;
