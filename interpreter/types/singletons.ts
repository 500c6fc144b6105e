// The methods of NoneType, NotImplementedType and ellipsis.

import { noneType, notImplementedType, ellipsisType, None, NotImplemented, Ellipsis } from '../objects/singletons.js';
import { newStr } from '../objects/str.js';
import { False } from '../objects/int.js';
import { E, pyError } from '../objects/exceptions.js';
import { def0, defMethod } from './define.js';

export function installSingletons(): void {
  def0(noneType, '__repr__', () => newStr('None'));
  def0(noneType, '__bool__', () => False);
  defMethod(noneType, '__new__', (args) => {
    if (args.length > 1) throw pyError(E.TypeError, 'NoneType takes no arguments');
    return None;
  });
  def0(notImplementedType, '__repr__', () => newStr('NotImplemented'));
  defMethod(notImplementedType, '__new__', () => NotImplemented);
  def0(ellipsisType, '__repr__', () => newStr('Ellipsis'));
  defMethod(ellipsisType, '__new__', () => Ellipsis);
}
