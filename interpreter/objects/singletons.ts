// None, NotImplemented and Ellipsis: one instance each, of their own builtin types.

import { PyObject, makeBuiltinType } from './object.js';

export const noneType = makeBuiltinType('NoneType', undefined, 0);
export const notImplementedType = makeBuiltinType('NotImplementedType', undefined, 0);
export const ellipsisType = makeBuiltinType('ellipsis', undefined, 0);

export const None = new PyObject(noneType);
export const NotImplemented = new PyObject(notImplementedType);
export const Ellipsis = new PyObject(ellipsisType);
