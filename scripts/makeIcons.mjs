/**
 * Draws the add-in's icon – an ABC bar chart: three descending bars (A, B, C) on a baseline – as PNG files at
 * every size the manifest and the stores use (16, 32, 64, 80, 128 px) into assets/. The PNGs are committed; run
 * this script only to change the design: `node scripts/makeIcons.mjs`.
 *
 * Only Node is used (zlib for deflate, a hand-written PNG encoder): no image package to install or audit.
 * Shapes are laid out in whole pixels per size, so bar edges stay sharp at 16 px, and rounded corners are
 * antialiased by 4×4 supersampling. Output is deterministic (same bytes on every run).
 */
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import process from 'node:process';

/** Icon sizes in pixels: ribbon 16/32/80, IconUrl 32, HighResolutionIconUrl 64, store listings 128. */
export const ICON_SIZES = [16, 32, 64, 80, 128];

// Okabe–Ito colours (distinguishable with every common colour-vision deficiency), darkest class first.
const BAR_COLOURS = [
  [0x00, 0x72, 0xb2], // A: blue
  [0xe6, 0x9f, 0x00], // B: orange
  [0x56, 0xb4, 0xe9], // C: sky blue
];
const BASELINE_COLOUR = [0x42, 0x42, 0x42];
// Bar heights as shares of the drawing height: the Pareto picture (a few customers bring most revenue).
const BAR_HEIGHTS = [1, 0.62, 0.3];

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (ISO 3309) of `bytes`, as every PNG chunk requires. */
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/**
 * Encodes straight (non-premultiplied) RGBA pixels, row-major, as a PNG: 8-bit colour type 6, no interlace,
 * filter 0 on every row (icons are tiny; better filters would save a few bytes at the cost of code).
 */
export function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; // compression: deflate
  ihdr[11] = 0; // filter method 0
  ihdr[12] = 0; // no interlace
  const raw = Buffer.alloc(height * (1 + width * 4));
  for (let y = 0; y < height; y++) {
    raw[y * (1 + width * 4)] = 0;
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (1 + width * 4) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** True when point (px, py) lies in the rectangle with only its top corners rounded by `r`. */
function inTopRoundedRect(px, py, rect, r) {
  const { x0, y0, x1, y1 } = rect;
  if (px < x0 || px >= x1 || py < y0 || py >= y1) return false;
  if (r <= 0 || py >= y0 + r) return true;
  const cx = px < x0 + r ? x0 + r : px > x1 - r ? x1 - r : px;
  return (px - cx) ** 2 + (py - (y0 + r)) ** 2 <= r * r;
}

/** The shapes of the icon at `size` px, in pixel coordinates, painted in order (later shapes on top). */
function layout(size) {
  const margin = Math.max(1, Math.round(size * 0.09));
  const gap = Math.max(1, Math.round(size * 0.07));
  const baselineHeight = Math.max(1, Math.round(size * 0.06));
  const barWidth = Math.floor((size - 2 * margin - 2 * gap) / 3);
  // Centre the bars when the width does not divide evenly.
  const left = Math.floor((size - (3 * barWidth + 2 * gap)) / 2);
  const bottom = size - margin - baselineHeight;
  const top = margin;
  const radius = size >= 32 ? size * 0.05 : 0;
  const shapes = BAR_COLOURS.map((colour, i) => {
    const height = Math.max(2, Math.round((bottom - top) * BAR_HEIGHTS[i]));
    const x0 = left + i * (barWidth + gap);
    return { colour, radius, rect: { x0, y0: bottom - height, x1: x0 + barWidth, y1: bottom } };
  });
  shapes.push({
    colour: BASELINE_COLOUR,
    radius: 0,
    rect: { x0: margin, y0: bottom, x1: size - margin, y1: bottom + baselineHeight },
  });
  return shapes;
}

/** Renders the icon at `size` px as RGBA pixels, with 4×4 supersampling for antialiased corners. */
export function renderIcon(size) {
  const samples = 4;
  const rgba = new Uint8Array(size * size * 4);
  const shapes = layout(size);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // Coverage per shape; shapes do not overlap, so summing colour × coverage is exact.
      let r = 0;
      let g = 0;
      let b = 0;
      let alpha = 0;
      for (const shape of shapes) {
        let hits = 0;
        for (let sy = 0; sy < samples; sy++) {
          for (let sx = 0; sx < samples; sx++) {
            const px = x + (sx + 0.5) / samples;
            const py = y + (sy + 0.5) / samples;
            if (inTopRoundedRect(px, py, shape.rect, shape.radius)) hits++;
          }
        }
        const coverage = hits / (samples * samples);
        r += shape.colour[0] * coverage;
        g += shape.colour[1] * coverage;
        b += shape.colour[2] * coverage;
        alpha += coverage;
      }
      const offset = (y * size + x) * 4;
      if (alpha > 0) {
        // Un-premultiply: PNG stores straight alpha.
        rgba[offset] = Math.round(r / alpha);
        rgba[offset + 1] = Math.round(g / alpha);
        rgba[offset + 2] = Math.round(b / alpha);
        rgba[offset + 3] = Math.round(Math.min(1, alpha) * 255);
      }
    }
  }
  return rgba;
}

/** Writes assets/icon-<size>.png for every size. */
export function writeIcons(assetsDir) {
  mkdirSync(assetsDir, { recursive: true });
  return ICON_SIZES.map((size) => {
    const file = path.join(assetsDir, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, size, renderIcon(size)));
    return file;
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const assetsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'assets');
  for (const file of writeIcons(assetsDir))
    process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
}
