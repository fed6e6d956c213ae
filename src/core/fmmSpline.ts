/**
 * The interpolating cubic spline of Forsythe, Malcolm and Moler ("fmm", the default method of R's `spline` and
 * `splinefun`), used by the computed thresholds of segmentation.md §10.
 */

/** A spline's evaluators. Both take the points to evaluate at in ascending order, as R's `spline_eval` does. */
export interface FmmSpline {
  /** S(u) at each u. */
  values(at: ArrayLike<number>): Float64Array;
  /** S′(u) at each u. */
  slopes(at: ArrayLike<number>): Float64Array;
}

/**
 * The cubic spline through (x_i, y_i) for strictly increasing x with the end conditions of Forsythe, Malcolm and
 * Moler: at each end the spline's third derivative equals that of the cubic through the four end points. With
 * three points that makes the parabola through them, with two the straight line. Outside [x_0, x_{n−1}] the end
 * pieces extend (no clamping), as in R.
 *
 * The construction follows R's `fmm_spline` (src/library/stats/src/splines.c: a tridiagonal system for the
 * second derivatives σ_i solved by Gaussian elimination, then per-piece coefficients b, c, d of
 * y_i + b·t + c·t² + d·t³) and the evaluation follows R's `spline_eval` (piece = the last knot ≤ u, reused while
 * the next u stays inside it), so the numbers agree with R's to rounding.
 *
 * Complexity: O(n) to build; O(log n) per evaluated point (amortised O(1) for dense ascending grids).
 * @throws RangeError for fewer than two points, lengths that differ, or x not strictly increasing.
 * @example fmmSpline([0, 1, 2], [0, 1, 4]).values([1.5])[0] // => 2.25 (the parabola x²)
 * @example fmmSpline([0, 1], [0, 2]).slopes([0.3])[0] // => 2
 */
export function fmmSpline(x: ArrayLike<number>, y: ArrayLike<number>): FmmSpline {
  const n = x.length;
  if (n < 2 || y.length !== n) {
    throw new RangeError(
      `fmmSpline needs at least two points and as many x as y (got ${n} x, ${y.length} y).`,
    );
  }
  for (let i = 1; i < n; i++) {
    if (!(x[i] > x[i - 1]))
      throw new RangeError(`fmmSpline needs strictly increasing x (x[${i}] = ${x[i]}).`);
  }
  const knots = Float64Array.from(x);
  const { b, c, d } = coefficients(knots, Float64Array.from(y));
  const constant = Float64Array.from(y);
  return {
    values: (at) => evaluate(knots, constant, b, c, d, at),
    // The derivative of y + b·t + c·t² + d·t³ is b + 2c·t + 3d·t²: the same evaluation on shifted coefficients,
    // as R's splinefun(deriv = 1) does.
    slopes: (at) => evaluate(knots, b, scaled(c, 2), scaled(d, 3), new Float64Array(n), at),
  };
}

/** Per-knot coefficients b (slope), c (half the second derivative), d (a sixth of the third) of each piece. */
function coefficients(
  x: Float64Array,
  y: Float64Array,
): { b: Float64Array; c: Float64Array; d: Float64Array } {
  const n = x.length;
  const b = new Float64Array(n);
  const c = new Float64Array(n);
  const d = new Float64Array(n);
  const last = n - 1;
  if (n < 3) {
    b[0] = b[1] = (y[1] - y[0]) / (x[1] - x[0]);
    return { b, c, d };
  }
  // Tridiagonal system: b = diagonal, d = off-diagonal, c = right-hand side (divided differences).
  d[0] = x[1] - x[0];
  c[1] = (y[1] - y[0]) / d[0];
  for (let i = 1; i < last; i++) {
    d[i] = x[i + 1] - x[i];
    b[i] = 2 * (d[i - 1] + d[i]);
    c[i + 1] = (y[i + 1] - y[i]) / d[i];
    c[i] = c[i + 1] - c[i];
  }
  // End conditions: third derivatives at both ends from the divided differences of the four end points
  // (with three points the right-hand sides stay 0: constant second derivative, the parabola).
  b[0] = -d[0];
  b[last] = -d[last - 1];
  c[0] = 0;
  c[last] = 0;
  if (n > 3) {
    c[0] = c[2] / (x[3] - x[1]) - c[1] / (x[2] - x[0]);
    c[last] = c[last - 1] / (x[last] - x[last - 2]) - c[last - 2] / (x[last - 1] - x[last - 3]);
    c[0] = (c[0] * d[0] * d[0]) / (x[3] - x[0]);
    c[last] = (-c[last] * d[last - 1] * d[last - 1]) / (x[last] - x[last - 3]);
  }
  for (let i = 1; i < n; i++) {
    const t = d[i - 1] / b[i - 1];
    b[i] -= t * d[i - 1];
    c[i] -= t * c[i - 1];
  }
  c[last] /= b[last];
  for (let i = last - 1; i >= 0; i--) c[i] = (c[i] - d[i] * c[i + 1]) / b[i];
  // c[i] is now σ_i / 6 in the notation of Forsythe et al.; turn the σ into the pieces' coefficients.
  b[last] = (y[last] - y[last - 1]) / d[last - 1] + d[last - 1] * (c[last - 1] + 2 * c[last]);
  for (let i = 0; i < last; i++) {
    b[i] = (y[i + 1] - y[i]) / d[i] - d[i] * (c[i + 1] + 2 * c[i]);
    d[i] = (c[i + 1] - c[i]) / d[i];
    c[i] *= 3;
  }
  c[last] *= 3;
  d[last] = d[last - 1];
  return { b, c, d };
}

/** Evaluates the piecewise cubic at each point, finding the piece as R's `spline_eval` does. */
function evaluate(
  x: Float64Array,
  y: Float64Array,
  b: Float64Array,
  c: Float64Array,
  d: Float64Array,
  at: ArrayLike<number>,
): Float64Array {
  const n = x.length;
  const result = new Float64Array(at.length);
  let i = 0;
  for (let l = 0; l < at.length; l++) {
    const u = at[l];
    if (u < x[i] || (i < n - 1 && x[i + 1] < u)) {
      // Binary search for the last knot ≤ u (the first piece for u left of all knots).
      i = 0;
      let j = n;
      do {
        const k = (i + j) >>> 1;
        if (u < x[k]) j = k;
        else i = k;
      } while (j > i + 1);
    }
    const t = u - x[i];
    result[l] = y[i] + t * (b[i] + t * (c[i] + t * d[i]));
  }
  return result;
}

function scaled(values: Float64Array, factor: number): Float64Array {
  return values.map((value) => value * factor);
}
