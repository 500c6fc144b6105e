// The struct module (and its _struct twin): Struct objects over a parsed Layout, the module-level
// functions through a cache of Structs, struct.error, and CPython's buffer/offset messages.

import { PyObject, PyType, makeBuiltinType } from '../../objects/object.js';
import { PyModule } from '../../objects/module.js';
import { PyStr, newStr } from '../../objects/str.js';
import { PyBytes, newBytes, bytearrayType } from '../../objects/bytes.js';
import { newInt } from '../../objects/int.js';
import { newTuple } from '../../objects/tuple.js';
import { None } from '../../objects/singletons.js';
import { E, pyError, newException } from '../../objects/exceptions.js';
import { typeName, indexNumber } from '../../vm/ops/protocols.js';
import { defMethod, defStatic, def0, defGetter, parseArgs, Kw } from '../../types/define.js';
import { makeExceptionClass, defFunction, bufferArg } from '../util.js';
import { FormatError, Layout, parseFormat } from './format.js';
import { StructError, packField, unpackField } from './codec.js';

export const structError = makeExceptionClass('struct', 'error');
export const structType = makeBuiltinType('Struct');
structType.module = '_struct';
const unpackIterType = makeBuiltinType('unpack_iterator', undefined, 0);
unpackIterType.module = '_struct';

class PyStruct extends PyObject {
  layout: Layout = parseFormat('');
  format = '';
  constructor(cls: PyType) { super(cls); }
}
structType.allocate = (cls) => new PyStruct(cls);

class PyUnpackIter extends PyObject {
  pos = 0;
  constructor(public s: PyStruct, public data: Uint8Array) { super(unpackIterType); }
}

function err(msg: string) { return newException(structError, msg); }

/** Runs struct work, turning internal StructError into struct.error. */
function guarded<T>(f: () => T): T {
  try { return f(); } catch (e) {
    if (e instanceof StructError || e instanceof FormatError) throw err(e.message);
    throw e;
  }
}

function formatText(o: PyObject): string {
  if (o instanceof PyStr) return o.value;
  if (o instanceof PyBytes && o.cls !== bytearrayType) return String.fromCharCode(...o.data);
  throw pyError(E.TypeError, `Struct() argument 1 must be a str or bytes object, not ${typeName(o)}`);
}

function initStruct(s: PyStruct, fmt: PyObject): void {
  s.format = formatText(fmt);
  s.layout = guarded(() => parseFormat(s.format));
}

const cache = new Map<string, PyStruct>();
function structFor(fmt: PyObject): PyStruct {
  if (fmt instanceof PyStruct) return fmt;
  const key = fmt instanceof PyStr ? fmt.value : null;
  if (key !== null) { const hit = cache.get(key); if (hit !== undefined) return hit; }
  const s = new PyStruct(structType);
  initStruct(s, fmt);
  if (key !== null) { if (cache.size >= 100) cache.clear(); cache.set(key, s); }
  return s;
}

function packInto(s: PyStruct, buf: Uint8Array, base: number, values: PyObject[], fname: string): void {
  const L = s.layout;
  if (values.length !== L.nitems) throw err(`${fname} expected ${L.nitems} items for packing (got ${values.length})`);
  guarded(() => L.fields.forEach((f, i) => packField(buf, base, f, values[i], L)));
}

function pack(s: PyStruct, values: PyObject[]): PyObject {
  const buf = new Uint8Array(s.layout.size);
  packInto(s, buf, 0, values, 'pack');
  return newBytes(buf);
}

function unpackAt(s: PyStruct, data: Uint8Array, base: number): PyObject {
  return newTuple(s.layout.fields.map((f) => unpackField(data, base, f, s.layout)));
}

function unpack(s: PyStruct, bufObj: PyObject): PyObject {
  const data = bufferArg(bufObj);
  if (data.length !== s.layout.size) throw err(`unpack requires a buffer of ${s.layout.size} bytes`);
  return unpackAt(s, data, 0);
}

function unpackFrom(s: PyStruct, bufObj: PyObject, offsetObj: PyObject | null): PyObject {
  const data = bufferArg(bufObj);
  const size = s.layout.size;
  let offset = offsetObj === null ? 0 : indexNumber(offsetObj);
  if (offset < 0) {
    if (offset + data.length < 0) throw err(`offset ${offset} out of range for ${data.length}-byte buffer`);
    if (offset + size > 0) throw err(`not enough data to unpack ${size} bytes at offset ${offset}`);
    offset += data.length;
  }
  if (data.length - offset < size) {
    throw err(`unpack_from requires a buffer of at least ${size + offset} bytes for unpacking ${size} bytes at offset ${offset} (actual buffer size is ${data.length})`);
  }
  return unpackAt(s, data, offset);
}

function packIntoBuffer(s: PyStruct, args: PyObject[]): PyObject {
  if (args.length < 1) throw err('pack_into expected buffer argument');
  if (args.length < 2) throw err('pack_into expected offset argument');
  const target = args[0];
  if (!(target instanceof PyBytes) || target.cls !== bytearrayType) {
    if (target instanceof PyBytes) throw pyError(E.TypeError, 'argument must be read-write bytes-like object, not bytes');
    throw pyError(E.TypeError, `argument must be read-write bytes-like object, not ${typeName(target)}`);
  }
  const values = args.slice(2);
  if (values.length !== s.layout.nitems) throw err(`pack_into expected ${s.layout.nitems} items for packing (got ${values.length})`);
  const len = target.data.length;
  const size = s.layout.size;
  let offset = indexNumber(args[1]);
  if (offset < 0) {
    if (offset + size > 0) throw err(`no space to pack ${size} bytes at offset ${offset}`);
    if (offset + len < 0) throw err(`offset ${offset} out of range for ${len}-byte buffer`);
    offset += len;
  }
  if (len - offset < size) {
    throw err(`pack_into requires a buffer of at least ${size + offset} bytes for packing ${size} bytes at offset ${offset} (actual buffer size is ${len})`);
  }
  packInto(s, target.data, offset, values, 'pack_into');
  return None;
}

function iterUnpack(s: PyStruct, bufObj: PyObject): PyObject {
  const data = bufferArg(bufObj);
  const size = s.layout.size;
  if (size === 0) throw err('cannot iteratively unpack with a struct of length 0');
  if (data.length % size !== 0) throw err(`iterative unpacking requires a buffer of a multiple of ${size} bytes`);
  return new PyUnpackIter(s, data);
}

function installTypes(): void {
  const t = structType;
  defStatic(t, '__new__', (args) => {
    const s = new PyStruct(args[0] as PyType);
    if (args.length > 1) initStruct(s, args[1]);
    return s;
  });
  defMethod(t, '__init__', (args, kw) => {
    const [fmt] = parseArgs('Struct', args, kw, ['format'], 1, { skip: 1 });
    initStruct(args[0] as PyStruct, fmt!);
    return None;
  });
  defMethod(t, 'pack', (args) => pack(args[0] as PyStruct, args.slice(1)));
  defMethod(t, 'pack_into', (args) => packIntoBuffer(args[0] as PyStruct, args.slice(1)));
  defMethod(t, 'unpack', (args, kw) => {
    const [b] = parseArgs('unpack', args, kw, ['buffer'], 1, { skip: 1, posOnly: 1 });
    return unpack(args[0] as PyStruct, b!);
  });
  defMethod(t, 'unpack_from', (args, kw) => {
    const [b, off] = parseArgs('unpack_from', args, kw, ['buffer', 'offset'], 1, { skip: 1 });
    return unpackFrom(args[0] as PyStruct, b!, off);
  });
  defMethod(t, 'iter_unpack', (args, kw) => {
    const [b] = parseArgs('iter_unpack', args, kw, ['buffer'], 1, { skip: 1, posOnly: 1 });
    return iterUnpack(args[0] as PyStruct, b!);
  });
  defGetter(t, 'format', (self) => newStr((self as PyStruct).format));
  defGetter(t, 'size', (self) => newInt((self as PyStruct).layout.size));

  const it = unpackIterType;
  def0(it, '__iter__', (self) => self);
  def0(it, '__next__', (self) => {
    const u = self as PyUnpackIter;
    if (u.pos >= u.data.length) throw pyError(E.StopIteration);
    const r = unpackAt(u.s, u.data, u.pos);
    u.pos += u.s.layout.size;
    return r;
  });
  def0(it, '__length_hint__', (self) => {
    const u = self as PyUnpackIter;
    return newInt((u.data.length - u.pos) / u.s.layout.size);
  });
}

let installed = false;

export function makeStructModule(name = 'struct'): () => PyModule {
  return () => {
    if (!installed) { installTypes(); installed = true; }
    const m = new PyModule(name);
    const first = (fname: string, args: PyObject[]) => {
      if (args.length < 1) throw pyError(E.TypeError, `${fname}() missing required argument 'format' (pos 1)`);
      return structFor(args[0]);
    };
    const positional = (fname: string, kw: Kw) => {
      if (kw !== null && kw.length) throw pyError(E.TypeError, `${fname}() takes no keyword arguments`);
    };
    defFunction(m, 'pack', (args, kw) => { positional('pack', kw); return pack(first('pack', args), args.slice(1)); });
    defFunction(m, 'pack_into', (args, kw) => { positional('pack_into', kw); return packIntoBuffer(first('pack_into', args), args.slice(1)); });
    defFunction(m, 'unpack', (args, kw) => {
      positional('unpack', kw);
      if (args.length !== 2) throw pyError(E.TypeError, `unpack expected 2 arguments, got ${args.length}`);
      return unpack(first('unpack', args), args[1]);
    });
    defFunction(m, 'unpack_from', (args, kw) => {
      const [fmt, b, off] = parseArgs('unpack_from', args, kw, ['format', 'buffer', 'offset'], 2, { posOnly: 1 });
      return unpackFrom(structFor(fmt!), b!, off);
    });
    defFunction(m, 'iter_unpack', (args, kw) => {
      positional('iter_unpack', kw);
      if (args.length !== 2) throw pyError(E.TypeError, `iter_unpack expected 2 arguments, got ${args.length}`);
      return iterUnpack(first('iter_unpack', args), args[1]);
    });
    defFunction(m, 'calcsize', (args, kw) => {
      positional('calcsize', kw);
      if (args.length !== 1) throw pyError(E.TypeError, `calcsize() takes exactly one argument (${args.length} given)`);
      return newInt(structFor(args[0]).layout.size);
    });
    defFunction(m, '_clearcache', () => { cache.clear(); return None; });
    m.ns.setStr('Struct', structType);
    m.ns.setStr('error', structError);
    return m;
  };
}
