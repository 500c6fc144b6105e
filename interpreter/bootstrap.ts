// Start-up: installs the methods of every builtin type, builds the builtins and sys modules and
// the search path. Everything the VM needs before running the first line of Python.

import { installObject } from './types/object.js';
import { installType, buildClass } from './types/type.js';
import { installInt } from './types/int.js';
import { installFloat } from './types/float.js';
import { installComplex } from './types/complex.js';
import { installSingletons } from './types/singletons.js';
import { installFunctionTypes, installFrameType } from './types/function.js';
import { installDescriptors } from './types/descriptors.js';
import { installExceptions } from './types/exceptions.js';
import { installGenerator } from './types/generator.js';
import { installStr } from './types/str.js';
import { installBytes } from './types/bytes.js';
import { installContainers, containerBuiltinTypes } from './types/containers.js';
import { makeBuiltinsModule } from './builtins/module.js';
import { installGenericAlias } from './types/generic_alias.js';
import { installMappingProxy } from './types/mappingproxy.js';
import { setBuildClass } from './builtins/functions.js';
import { registerSys, setBuiltinModuleNames } from './modules/sys.js';
import { registerStdModules } from './modules/index.js';
import { sysModules, initSysPath } from './vm/import.js';
import { ts } from './vm/state.js';

let booted = false;

export function bootstrap(argv: string[], scriptDir: string | null, stdlibDir: string): void {
  if (booted) return;
  booted = true;
  installObject();
  installType();
  installInt();
  installFloat();
  installComplex();
  installSingletons();
  installFunctionTypes();
  installFrameType();
  installDescriptors();
  installExceptions();
  installGenerator();
  installStr();
  installBytes();
  installContainers();
  installGenericAlias();
  installMappingProxy();
  setBuildClass(buildClass);
  const builtins = makeBuiltinsModule(containerBuiltinTypes());
  ts.builtins = builtins.ns;
  sysModules.setStr('builtins', builtins);
  registerSys(argv);
  registerStdModules();
  setBuiltinModuleNames();
  initSysPath(scriptDir, stdlibDir);
}
