// range and slice objects.

import { PyObject, makeBuiltinType } from './object.js';

export const rangeType = makeBuiltinType('range', undefined, 0);
export const sliceType = makeBuiltinType('slice', undefined, 0);

/** start/stop/step are Python ints (number or bigint); `length` is precomputed. */
export class PyRange extends PyObject {
  constructor(public start: number | bigint, public stop: number | bigint, public step: number | bigint,
    public length: number | bigint) { super(rangeType); }
}

export class PySlice extends PyObject {
  constructor(public start: PyObject, public stop: PyObject, public step: PyObject) { super(sliceType); }
}
