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
  private readonly hashes: number[] = [];
  /** code + 1 per slot; 0 = empty. */
  private slots = new Int32Array(1024);

  /** The code of `text[start, end)`, adding it when new. */
  codeOf(text: string, start: number, end: number): number {
    let hash = 0x811c9dc5;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot];
      if (entry === 0) {
        const code = this.values.length;
        this.values.push(text.slice(start, end));
        this.hashes.push(hash);
        this.slots[slot] = code + 1;
        if (this.values.length * 2 > this.slots.length) this.grow();
        return code;
      }
      const code = entry - 1;
      if (this.hashes[code] === hash && sameText(this.values[code], text, start, end)) return code;
    }
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let code = 0; code < this.values.length; code++) {
      let slot = this.hashes[code] & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = code + 1;
    }
    this.slots = slots;
  }
}

function sameText(value: string, text: string, start: number, end: number): boolean {
  if (value.length !== end - start) return false;
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
