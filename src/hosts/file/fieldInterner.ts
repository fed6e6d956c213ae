/**
 * Interning of CSV fields straight from the file text: each distinct field becomes one string, every row a code.
 */

/**
 * A hash set of text fields keyed by their characters in the source text, so a field already seen costs a hash
 * and a compare – no string is made for it. Open addressing (linear probing) over an Int32Array, FNV-1a hash.
 *
 * Why: a million invoice lines name perhaps 50,000 customers; a million separate strings cost more to allocate,
 * hash and collect than the whole segmentation (see DictionaryColumn in core/types.ts).
 * Complexity: O(field length) per field, amortised.
 * @example
 * const interner = new FieldInterner();
 * [interner.codeOf('a,b,a', 0, 1), interner.codeOf('a,b,a', 2, 3), interner.codeOf('a,b,a', 4, 5)] // => [0, 1, 0]
 * interner.values // => ['a', 'b']
 */
export class FieldInterner {
  /** The distinct fields, by code, in the order first met. */
  readonly values: string[] = [];
  // Memory latency, not arithmetic, is the cost here: a million lookups into a 48 MB text miss the cache at every
  // step. So the table keeps each slot's hash beside its code (one cache line answers most probes), and the
  // distinct fields are copied into a compact character pool that stays in cache, instead of being compared at
  // their first position in the text.
  /** Per slot: [hash, code + 1]; code + 1 = 0 is an empty slot. */
  private table: Int32Array = new Int32Array(2 * 1024);
  /** Per code: [start in pool, length]. */
  private entries: Int32Array = new Int32Array(2 * 512);
  private pool: Uint16Array = new Uint16Array(16 * 1024);
  private poolLength = 0;

  /** The code of `text[start, end)`, adding it when new. */
  codeOf(text: string, start: number, end: number): number {
    let hash = 0x811c9dc5 | 0;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    const length = end - start;
    const table = this.table;
    const mask = (table.length >> 1) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = table[2 * slot + 1];
      if (entry === 0) return this.add(slot, hash, text, start, end);
      if (table[2 * slot] !== hash) continue;
      const code = entry - 1;
      if (this.entries[2 * code + 1] === length && this.same(code, text, start, length)) return code;
    }
  }

  private same(code: number, text: string, start: number, length: number): boolean {
    const pool = this.pool;
    const from = this.entries[2 * code];
    for (let i = 0; i < length; i++) if (pool[from + i] !== text.charCodeAt(start + i)) return false;
    return true;
  }

  private add(slot: number, hash: number, text: string, start: number, end: number): number {
    const code = this.values.length;
    const length = end - start;
    if (2 * code + 2 > this.entries.length) this.entries = grown(this.entries, 2 * code + 2);
    if (this.poolLength + length > this.pool.length) this.pool = grown(this.pool, this.poolLength + length);
    for (let i = 0; i < length; i++) this.pool[this.poolLength + i] = text.charCodeAt(start + i);
    this.entries[2 * code] = this.poolLength;
    this.entries[2 * code + 1] = length;
    this.poolLength += length;
    this.values.push(detachedSlice(text, start, end));
    this.table[2 * slot] = hash;
    this.table[2 * slot + 1] = code + 1;
    if (4 * this.values.length > this.table.length) this.rehash();
    return code;
  }

  private rehash(): void {
    const table = new Int32Array(this.table.length * 2);
    const mask = (table.length >> 1) - 1;
    for (let old = 0; old < this.table.length; old += 2) {
      const entry = this.table[old + 1];
      if (entry === 0) continue;
      let slot = this.table[old] & mask;
      while (table[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
      table[2 * slot] = this.table[old];
      table[2 * slot + 1] = entry;
    }
    this.table = table;
  }
}

/** A copy at least `needed` long (doubling). */
function grown<T extends Int32Array | Uint16Array>(array: T, needed: number): T {
  let length = array.length * 2;
  while (length < needed) length *= 2;
  const bigger = new (array.constructor as new (length: number) => T)(length);
  bigger.set(array);
  return bigger;
}

/**
 * `text.slice(start, end)` as a string of its own. V8 makes a slice of 13 or more characters a view that keeps the
 * whole text alive; the CSV reader reads a file in 8 MB chunks, and one such view per chunk would keep every chunk of
 * a 600 MB file in memory. Prepending a character builds a new string that is flattened (copied) by the slice
 * that drops it again, so only the characters wanted stay referenced.
 * O(end − start).
 *
 * @example detachedSlice('Customer 1 Oy,12.5', 0, 13) // => 'Customer 1 Oy'
 */
export function detachedSlice(text: string, start: number, end: number): string {
  const slice = text.slice(start, end);
  return slice.length < 13 ? slice : (' ' + slice).slice(1);
}
