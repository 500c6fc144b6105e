// The gc module: collect() forces a full V8 collection and runs what the deaths imply (weakref
// callbacks and finalizers, FFI memory and callback slots released); enable()/disable() say
// whether safe points may start collections by themselves. There are no generations to tune.

import { PyModule } from '../objects/module.js';
import { PyList, newList } from '../objects/list.js';
import { newInt, newBool } from '../objects/int.js';
import { newStr } from '../objects/str.js';
import { newDict } from '../objects/dict.js';
import { None } from '../objects/singletons.js';
import { E, pyError } from '../objects/exceptions.js';
import { call, indexValue } from '../vm/ops/protocols.js';
import { builtinFunction, parseArgs } from '../types/define.js';
import { automaticCollection, collectGarbage, setAutomaticCollection } from './weakref.js';

export function makeGcModule(): PyModule {
  const m = new PyModule('gc');
  // gc.garbage holds objects the collector could not free: tspy's never leaves any.
  m.ns.setStr('garbage', newList([]));
  const callbacks = newList([]);
  m.ns.setStr('callbacks', callbacks);

  /** Each gc.callbacks entry is called with ('start' | 'stop', info), as CPython does. */
  const notify = (phase: string, collected: number) => {
    const list = m.ns.getStr('callbacks');
    if (!(list instanceof PyList)) return;
    for (const cb of list.items.slice()) {
      const info = newDict();
      info.setStr('generation', newInt(2));
      info.setStr('collected', newInt(collected));
      info.setStr('uncollectable', newInt(0));
      call(cb, [newStr(phase), info]);
    }
  };

  m.ns.setStr('collect', builtinFunction('collect', (args, kw) => {
    const [gen] = parseArgs('collect', args, kw, ['generation'], 0);
    if (gen !== null) {
      const g = indexValue(gen);
      if (typeof g !== 'number' || g < 0 || g > 2) throw pyError(E.ValueError, 'invalid generation');
    }
    notify('start', 0);
    const n = collectGarbage();
    notify('stop', n);
    return newInt(n);
  }));
  m.ns.setStr('enable', builtinFunction('enable', (args, kw) => {
    parseArgs('enable', args, kw, [], 0);
    setAutomaticCollection(true);
    return None;
  }));
  m.ns.setStr('disable', builtinFunction('disable', (args, kw) => {
    parseArgs('disable', args, kw, [], 0);
    setAutomaticCollection(false);
    return None;
  }));
  m.ns.setStr('isenabled', builtinFunction('isenabled', (args, kw) => {
    parseArgs('isenabled', args, kw, [], 0);
    return newBool(automaticCollection);
  }));
  return m;
}
