// Registers the standard modules written in TypeScript (each created on its first import).

import { registerBuiltinModule, sysModules } from '../vm/import.js';
import { PyModule } from '../objects/module.js';
import { makeMathModule } from './math.js';
import { registerFfiModules } from '../../ffi/modules/index.js';
import { makeRandomModule } from './random.js';
import { makeStructModule } from './struct/module.js';
import { makeTimeModule } from './time/module.js';
import { makePosixModule } from './os/posix.js';
import { makeIOModule, installOpen } from './io/module.js';
import { makeReModule } from './re/module.js';
import { makeWeakrefModule } from './weakref.js';
import { makeGcModule } from './gc.js';

export function registerStdModules(): void {
  registerBuiltinModule('math', makeMathModule);
  registerFfiModules();
  registerBuiltinModule('_random', makeRandomModule);
  registerBuiltinModule('struct', makeStructModule('struct'));
  registerBuiltinModule('_struct', makeStructModule('_struct'));
  registerBuiltinModule('time', makeTimeModule);
  registerBuiltinModule('posix', makePosixModule);
  registerBuiltinModule('io', makeIOModule('io'));
  registerBuiltinModule('_io', makeIOModule('_io'));
  registerBuiltinModule('re', makeReModule);
  registerBuiltinModule('_weakref', makeWeakrefModule);
  registerBuiltinModule('gc', makeGcModule);
  // open() is a builtin; the builtins module exists by the time the std modules are registered.
  const builtins = sysModules.getStr('builtins');
  if (builtins instanceof PyModule) installOpen(builtins.ns);
}
