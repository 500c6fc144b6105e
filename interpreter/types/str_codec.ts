// The boundary between str and bytes: str.encode, str(bytes, encoding, errors) and the argument
// handling bytes.decode shares. The codecs are lib/codecs.ts's (utf-8, latin-1, ascii) and
// str_codec_wide.ts's (utf-16, utf-32).

import { PyObject, PyType } from '../objects/object.js';
import { PyStr } from '../objects/str.js';
import { PyBytes, newBytes } from '../objects/bytes.js';
import { E, pyError } from '../objects/exceptions.js';
import { typeName } from '../vm/ops/protocols.js';
import { lookupCodec, encode, decode, Codec } from '../lib/codecs.js';
import { WideCodec, lookupWideCodec, encodeWide, decodeWide } from './str_codec_wide.js';

export type AnyCodec = Codec | WideCodec;

const isWide = (c: AnyCodec): c is WideCodec => c.startsWith('utf-16') || c.startsWith('utf-32');

export function encodeAny(s: string, codec: AnyCodec, errors: string): Uint8Array {
  return isWide(codec) ? encodeWide(s, codec, errors) : encode(s, codec, errors);
}

export function decodeAny(b: Uint8Array, codec: AnyCodec, errors: string): string {
  return isWide(codec) ? decodeWide(b, codec, errors) : decode(b, codec, errors);
}
import { defMethod } from './define.js';
import { optionalArgs } from './str_util.js';

/** The codec named by an `encoding` argument (LookupError for names lib/codecs lacks). */
export function codecArg(o: PyObject | null, fname: string): AnyCodec {
  if (o === null) return 'utf-8';
  if (!(o instanceof PyStr)) throw pyError(E.TypeError, `${fname}() argument 'encoding' must be str, not ${typeName(o)}`);
  const c = lookupCodec(o.value) ?? lookupWideCodec(o.value);
  if (c === null) throw pyError(E.LookupError, `unknown encoding: ${o.value}`);
  return c;
}

export function errorsArg(o: PyObject | null, fname: string): string {
  if (o === null) return 'strict';
  if (!(o instanceof PyStr)) throw pyError(E.TypeError, `${fname}() argument 'errors' must be str, not ${typeName(o)}`);
  return o.value;
}

/** str(obj, encoding, errors): obj must be bytes-like. */
export function decodeArgs(obj: PyObject, encoding: PyObject | null, errors: PyObject | null): string {
  // CPython checks the argument types before the object, and the codec name after it
  if (encoding !== null && !(encoding instanceof PyStr)) {
    throw pyError(E.TypeError, `str() argument 'encoding' must be str, not ${typeName(encoding)}`);
  }
  const err = errorsArg(errors, 'str');
  if (obj instanceof PyStr) throw pyError(E.TypeError, 'decoding str is not supported');
  if (!(obj instanceof PyBytes)) {
    throw pyError(E.TypeError, `decoding to str: need a bytes-like object, ${typeName(obj)} found`);
  }
  return decodeAny(obj.data, codecArg(encoding, 'str'), err);
}

export function encodeStr(s: string, encoding: PyObject | null, errors: PyObject | null, fname = 'encode'): Uint8Array {
  const codec = codecArg(encoding, fname);
  return encodeAny(s, codec, errorsArg(errors, fname));
}

export function installStrCodec(t: PyType): void {
  defMethod(t, 'encode', (args, kw) => {
    const [enc, err] = optionalArgs('encode', args, kw, ['encoding', 'errors']);
    return newBytes(encodeStr((args[0] as PyStr).value, enc, err));
  });
}
