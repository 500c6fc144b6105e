// property, classmethod and staticmethod as Python sees them: construction, __get__/__set__,
// and property's getter/setter/deleter decorators.

import { PyObject, PyType } from '../objects/object.js';
import { PyProperty, PyWrapperDescriptor, propertyType, classmethodType, staticmethodType, getsetDescriptorType, PyGetSet } from '../objects/descriptors.js';
import { newStr } from '../objects/str.js';
import { None } from '../objects/singletons.js';
import { descrGet, genericSetAttr } from '../vm/ops/attr.js';
import { call, repr } from '../vm/ops/protocols.js';
import { False } from '../objects/int.js';
import { defMethod, def0, def1, defGetter, parseArgs } from './define.js';
import { getAttrOrNull } from '../vm/ops/attr.js';
import { memberDescriptorType } from './type.js';

export function installDescriptors(): void {
  const p = propertyType;
  const prop = (o: PyObject) => o as PyProperty;
  defMethod(p, '__init__', (args, kw) => {
    const [fget, fset, fdel, doc] = parseArgs('property', args, kw, ['fget', 'fset', 'fdel', 'doc'], 0, { skip: 1 });
    const self = prop(args[0]);
    self.fget = fget === None ? null : fget; self.fset = fset === None ? null : fset;
    self.fdel = fdel === None ? null : fdel;
    self.doc = doc ?? (fget !== null && fget !== None ? getAttrOrNull(fget, '__doc__') : null);
    return None;
  });
  defMethod(p, '__get__', (args) => {
    const obj = args[1] ?? None;
    return descrGet(args[0], obj === None ? null : obj, (args[2] ?? obj.cls) as PyType);
  });
  defMethod(p, '__set__', (args) => { genericSetAttrVia(args[0], args[1], args[2]); return None; });
  defMethod(p, '__delete__', (args) => { genericSetAttrVia(args[0], args[1], null); return None; });
  const copyWith = (self: PyObject, which: 'fget' | 'fset' | 'fdel', f: PyObject) => {
    const s = prop(self);
    const n = new PyProperty(self.cls, s.fget, s.fset, s.fdel, s.doc);
    n[which] = f;
    return n;
  };
  def1(p, 'getter', (self, f) => copyWith(self, 'fget', f));
  def1(p, 'setter', (self, f) => copyWith(self, 'fset', f));
  def1(p, 'deleter', (self, f) => copyWith(self, 'fdel', f));
  defGetter(p, 'fget', (o) => prop(o).fget ?? None);
  defGetter(p, 'fset', (o) => prop(o).fset ?? None);
  defGetter(p, 'fdel', (o) => prop(o).fdel ?? None);
  defGetter(p, '__doc__', (o) => prop(o).doc ?? None, (o, v) => { prop(o).doc = v; });
  defGetter(p, '__isabstractmethod__', (o) => {
    const f = prop(o).fget;
    return (f && getAttrOrNull(f, '__isabstractmethod__')) ?? False;
  });

  for (const t of [classmethodType, staticmethodType]) {
    t.allocate = (cls) => new PyWrapperDescriptor(cls, None);
    defMethod(t, '__init__', (args) => {
      (args[0] as PyWrapperDescriptor).callable = args[1];
      return None;
    });
    defMethod(t, '__get__', (args) => {
      const obj = args[1] ?? None;
      const owner = (args[2] ?? obj.cls) as PyType;
      return descrGet(args[0], obj === None ? null : obj, owner);
    });
    defGetter(t, '__func__', (o) => (o as PyWrapperDescriptor).callable);
    defGetter(t, '__wrapped__', (o) => (o as PyWrapperDescriptor).callable);
    defGetter(t, '__isabstractmethod__', (o) => getAttrOrNull((o as PyWrapperDescriptor).callable, '__isabstractmethod__') ?? False);
    def0(t, '__repr__', (o) => newStr(`<${t.name}(${repr((o as PyWrapperDescriptor).callable)})>`));
  }
  defMethod(staticmethodType, '__call__', (args, kw) => call((args[0] as PyWrapperDescriptor).callable, args.slice(1), kw));
  staticmethodType.flags |= 4;
  classmethodType.flags |= 4;

  def0(memberDescriptorType, '__repr__', (o) => newStr(`<member '${(o as PyGetSet).name}' of '${(o as PyGetSet).owner.name}' objects>`));
  defMethod(memberDescriptorType, '__get__', (args) => {
    const obj = args[1] ?? None;
    return obj === None ? args[0] : (args[0] as PyGetSet).get(obj);
  });
  defMethod(memberDescriptorType, '__set__', (args) => { (args[0] as PyGetSet).set!(args[1], args[2]); return None; });
  defMethod(memberDescriptorType, '__delete__', (args) => { (args[0] as PyGetSet).set!(args[1], null); return None; });
  def0(getsetDescriptorType, '__repr__', (o) => newStr(`<attribute '${(o as PyGetSet).name}' of '${(o as PyGetSet).owner.name}' objects>`));
  defMethod(getsetDescriptorType, '__get__', (args) => {
    const obj = args[1] ?? None;
    return obj === None ? args[0] : (args[0] as PyGetSet).get(obj);
  });
}


/** property.__set__(obj, value) called explicitly: run the setter as attribute assignment would. */
function genericSetAttrVia(p: PyObject, obj: PyObject, value: PyObject | null): void {
  const prop = p as PyProperty;
  const f = value === null ? prop.fdel : prop.fset;
  if (f === null) {
    genericSetAttr(obj, '?', value);
    return;
  }
  if (value === null) call(f, [obj]); else call(f, [obj, value]);
}
