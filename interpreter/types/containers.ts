// Installs the container and iteration types (list, tuple, dict, set, range, slice, iterators,
// enumerate/zip/map/filter/reversed) and names the ones the builtins module exposes.

import { PyType } from '../objects/object.js';
import { installList } from './list.js';
import { installTuple } from './tuple.js';
import { installDict } from './dict.js';
import { installSet } from './set.js';
import { installRange } from './range.js';
import { installSlice } from './slice.js';
import { installIterators, newCallableIter } from './iterators.js';
import { installItertoolsBuiltins, enumerateType, zipType, mapType, filterType, reversedType } from './itertools_builtins.js';
import { setCallableIterator } from '../builtins/functions.js';

export function installContainers(): void {
  installList();
  installTuple();
  installDict();
  installSet();
  installRange();
  installSlice();
  installIterators();
  installItertoolsBuiltins();
  setCallableIterator(newCallableIter);
}

export function containerBuiltinTypes(): [string, PyType][] {
  return [['enumerate', enumerateType], ['zip', zipType], ['map', mapType], ['filter', filterType], ['reversed', reversedType]];
}
