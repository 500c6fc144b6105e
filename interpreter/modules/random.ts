// The _random module: CPython's Mersenne Twister (MT19937, as in _randommodule.c) so that a seeded
// stream is bit-identical to CPython's. stdlib/random.py builds the Random class on top of it.
// Seeding from str/bytes does what CPython 3.11's random.py does for version 2 (sha512 appended).

import { createHash, randomBytes } from 'node:crypto';
import { PyObject, PyType, makeBuiltinType } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyInt, newInt, newIntBig } from '../objects/int.js';
import { newFloat } from '../objects/float.js';
import { PyStr } from '../objects/str.js';
import { PyBytes } from '../objects/bytes.js';
import { PyTuple, newTuple } from '../objects/tuple.js';
import { None } from '../objects/singletons.js';
import { E, pyError } from '../objects/exceptions.js';
import { pyHash, callSpecial, indexValue, typeName } from '../vm/ops/protocols.js';
import { defMethod, defStatic, def0, def1 } from '../types/define.js';
import { encode } from '../lib/codecs.js';

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

/** The generator state: 624 words and the index of the next word to temper. */
export class MersenneTwister {
  readonly mt = new Uint32Array(N);
  index = N + 1;

  initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    this.index = N;
  }

  initByArray(key: Uint32Array): void {
    const mt = this.mt;
    this.initGenrand(19650218);
    let i = 1, j = 0;
    for (let k = Math.max(N, key.length); k > 0; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1664525)) + key[j] + j) >>> 0;
      i++; j++;
      if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
    }
    mt[0] = 0x80000000;
  }

  private twist(): void {
    const mt = this.mt;
    let kk = 0, y: number;
    for (; kk < N - M; kk++) {
      y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
      mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    for (; kk < N - 1; kk++) {
      y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
      mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
    mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    this.index = 0;
  }

  genrandUint32(): number {
    if (this.index >= N) this.twist();
    let y = this.mt[this.index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** random_random: 53 bits from two outputs, as (a*2**26 + b) / 2**53. */
  random(): number {
    const a = this.genrandUint32() >>> 5, b = this.genrandUint32() >>> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }

  getrandbits(k: number): number | bigint {
    if (k <= 32) return this.genrandUint32() >>> (32 - k);
    let result = 0n;
    let shift = 0n;
    for (let left = k; left > 0; left -= 32, shift += 32n) {
      let r = this.genrandUint32();
      if (left < 32) r >>>= 32 - left;
      result |= BigInt(r) << shift;
    }
    return result;
  }
}

/** The 32-bit little-endian words of a non-negative integer (one zero word for 0). */
function wordsOf(n: bigint): Uint32Array {
  const words: number[] = [];
  while (n > 0n) { words.push(Number(n & 0xffffffffn)); n >>= 32n; }
  if (words.length === 0) words.push(0);
  return Uint32Array.from(words);
}

/** int.from_bytes(data + sha512(data).digest(), 'big'), CPython 3.11's version-2 string seed. */
function seedFromBytes(data: Uint8Array): bigint {
  const digest = createHash('sha512').update(data).digest();
  let n = 0n;
  for (const b of data) n = (n << 8n) | BigInt(b);
  for (const b of digest) n = (n << 8n) | BigInt(b);
  return n;
}

export const randomType = makeBuiltinType('Random');
randomType.module = '_random';

class PyRandom extends PyObject {
  gen = new MersenneTwister();
  constructor(cls: PyType) { super(cls); }
}
randomType.allocate = (cls) => {
  const r = new PyRandom(cls);
  r.gen.initByArray(new Uint32Array(randomBytes(N * 4).buffer.slice(0)));
  return r;
};

function gen(self: PyObject): MersenneTwister { return (self as PyRandom).gen; }

/** hash(o) as an exact bigint (pyHash's JS number loses bits beyond 2**53). */
function exactHash(o: PyObject): bigint {
  pyHash(o); // raises TypeError for unhashable objects
  const h = callSpecial(o, '__hash__', []);
  return h instanceof PyInt ? BigInt(h.value) : 0n;
}

function seedObject(g: MersenneTwister, arg: PyObject): void {
  if (arg === None) {
    g.initByArray(new Uint32Array(randomBytes(N * 4).buffer.slice(0)));
    return;
  }
  let n: bigint;
  if (arg instanceof PyStr) n = seedFromBytes(encode(arg.value, 'utf-8'));
  else if (arg instanceof PyBytes) n = seedFromBytes(arg.data);
  else if (arg instanceof PyInt) { n = BigInt(arg.value); if (n < 0n) n = -n; }
  else n = BigInt.asUintN(64, exactHash(arg)); // (size_t)hash, as _randommodule.c does
  g.initByArray(wordsOf(n));
}

function installRandomType(): void {
  const t = randomType;
  defStatic(t, '__new__', (args) => {
    const cls = args[0] as PyType;
    if (cls === randomType && args.length > 2) throw pyError(E.TypeError, `Random() expected at most 1 argument, got ${args.length - 1}`);
    const r = new PyRandom(cls);
    seedObject(r.gen, args.length > 1 ? args[1] : None);
    return r;
  });
  defMethod(t, 'seed', (args) => {
    if (args.length > 2) throw pyError(E.TypeError, `seed expected at most 1 argument, got ${args.length - 1}`);
    seedObject(gen(args[0]), args.length > 1 ? args[1] : None);
    return None;
  });
  def0(t, 'random', (self) => newFloat(gen(self).random()));
  def1(t, 'getrandbits', (self, kObj) => {
    const k = indexValue(kObj, () => `'${typeName(kObj)}' object cannot be interpreted as an integer`);
    if (k < 0) throw pyError(E.ValueError, 'number of bits must be non-negative');
    if (k === 0) return newInt(0);
    if (typeof k === 'bigint') throw pyError(E.OverflowError, 'Python int too large to convert to C int');
    return newIntBig(gen(self).getrandbits(k));
  });
  def0(t, 'getstate', (self) => {
    const g = gen(self);
    const items: PyObject[] = Array.from(g.mt, (w) => newInt(w));
    items.push(newInt(g.index));
    return newTuple(items);
  });
  def1(t, 'setstate', (self, state) => {
    if (!(state instanceof PyTuple)) throw pyError(E.TypeError, 'state vector must be a tuple');
    if (state.items.length !== N + 1) throw pyError(E.ValueError, 'state vector is the wrong size');
    const g = gen(self);
    const words = state.items.map((o) => {
      if (!(o instanceof PyInt)) throw pyError(E.TypeError, `an integer is required (got type ${typeName(o)})`);
      const v = BigInt(o.value);
      if (v < 0n || v > 0xffffffffn) throw pyError(E.OverflowError, 'Python int too large to convert to C unsigned long');
      return Number(v);
    });
    const index = words[N];
    if (index < 0 || index > N) throw pyError(E.ValueError, 'invalid state');
    g.mt.set(words.slice(0, N));
    g.index = index;
    return None;
  });
}

export function makeRandomModule(): PyModule {
  installRandomType();
  const m = new PyModule('_random');
  m.ns.setStr('Random', randomType);
  return m;
}
