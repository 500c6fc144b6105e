// struct format strings: parsing into a layout of fields (offsets, sizes, native alignment),
// as _struct.c's prepare_s does, on x86-64 Linux sizes for the native ('@', '=') modes.

export type ByteOrder = 'native' | 'little' | 'big';

export interface Field {
  code: string;
  /** Byte offset of the field (for 's'/'p' the whole string, else one item). */
  offset: number;
  /** Size of one item (or of the whole string for 's'/'p'). */
  size: number;
  /** Repeat count for 's'/'p' (their length); 1 for other codes, which are expanded. */
  count: number;
}

export interface Layout {
  fields: Field[];
  size: number;
  /** How many Python values pack() takes / unpack() returns. */
  nitems: number;
  littleEndian: boolean;
  /** True for '>'/'!': 8-byte ints then overflow as "int too large to convert". */
  bigStandard: boolean;
  native: boolean;
}

const NATIVE_SIZES: Record<string, number> = {
  x: 1, c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8,
  n: 8, N: 8, e: 2, f: 4, d: 8, s: 1, p: 1, P: 8,
};
const STANDARD_SIZES: Record<string, number> = {
  x: 1, c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 4, L: 4, q: 8, Q: 8,
  e: 2, f: 4, d: 8, s: 1, p: 1,
};

export class FormatError extends Error {}

const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\v' || c === '\f';

export function parseFormat(fmt: string): Layout {
  let i = 0;
  let native = true, aligned = true, littleEndian = true, bigStandard = false;
  const first = fmt[0];
  if (first === '@' || first === '=' || first === '<' || first === '>' || first === '!') {
    i = 1;
    if (first !== '@') { native = false; aligned = false; }
    if (first === '>' || first === '!') { littleEndian = false; bigStandard = true; }
  }
  const sizes = native ? NATIVE_SIZES : STANDARD_SIZES;
  const fields: Field[] = [];
  let offset = 0, nitems = 0;
  while (i < fmt.length) {
    const c0 = fmt[i];
    if (isSpace(c0)) { i++; continue; }
    let count = 1;
    if (c0 >= '0' && c0 <= '9') {
      let n = 0;
      while (i < fmt.length && fmt[i] >= '0' && fmt[i] <= '9') n = n * 10 + (fmt.charCodeAt(i++) - 48);
      if (i >= fmt.length) throw new FormatError('repeat count given without format specifier');
      count = n;
    }
    const code = fmt[i++];
    const size = sizes[code];
    if (size === undefined) throw new FormatError('bad char in struct format');
    if (aligned && size > 1 && code !== 's' && code !== 'p') offset = Math.ceil(offset / size) * size;
    if (code === 's' || code === 'p') {
      fields.push({ code, offset, size: count, count });
      offset += count;
      nitems++;
    } else if (code === 'x') {
      offset += count;
    } else {
      for (let k = 0; k < count; k++) {
        fields.push({ code, offset, size, count: 1 });
        offset += size;
      }
      nitems += count;
    }
  }
  return { fields, size: offset, nitems, littleEndian, bigStandard, native };
}
