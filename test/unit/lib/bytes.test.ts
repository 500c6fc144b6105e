import { describe, it, expect } from 'vitest';
import { load, expectPy } from './helpers.js';
import { decode, encode, lookupCodec } from '../../../dist/interpreter/lib/codecs.js';
import { bytesRepr, bytesHex, bytesFromHex } from '../../../dist/interpreter/lib/bytes.js';

const hexb = (h: string) => new Uint8Array(Buffer.from(h, 'hex'));

describe('codecs', () => {
  const d = load<any>('bytes.json');
  it('decode utf-8 / latin-1 / ascii with error handlers', () => {
    for (const [h, codec, errors, want] of d.decode) {
      expectPy(() => decode(hexb(h), lookupCodec(codec)!, errors), want, `b'${h}'.decode(${codec}, ${errors})`);
    }
  });
  it('encode utf-8 / latin-1 / ascii with error handlers', () => {
    for (const [s, codec, errors, want] of d.encode) {
      expectPy(() => encode(s, lookupCodec(codec)!, errors), want, `${JSON.stringify(s)}.encode(${codec}, ${errors})`);
    }
  });
  it('keeps a leading BOM (Python utf-8 is not utf-8-sig)', () => {
    expect(decode(hexb('efbbbf61'), 'utf-8')).toBe('\ufeffa');
  });
  it('error objects carry the five UnicodeError args', () => {
    try { decode(hexb('61ff'), 'utf-8'); } catch (e: any) { expect(e.args.slice(2)).toEqual([1, 2, 'invalid start byte']); }
  });
});

describe('bytes helpers', () => {
  const d = load<any>('bytes.json');
  it('repr', () => { for (const [h, want] of d.repr) expect(bytesRepr(hexb(h))).toBe(want); });
  it('hex', () => { for (const [h, sep, n, want] of d.hex) expectPy(() => bytesHex(hexb(h), sep, n), want, `hex ${h} ${sep} ${n}`); });
  it('fromhex', () => { for (const [s, want] of d.fromhex) expectPy(() => bytesFromHex(s), want, `fromhex ${s}`); });
});
