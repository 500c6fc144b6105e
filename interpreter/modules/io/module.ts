// The io and _io modules (one set of types shared by both) and the builtin open().

import { PyModule } from '../../objects/module.js';
import { PyDict } from '../../objects/dict.js';
import { newInt } from '../../objects/int.js';
import { builtinFunction } from '../../types/define.js';
import { ioBaseType, rawIOBaseType, bufferedIOBaseType, textIOBaseType, unsupportedOperationType, installIOBase } from './base.js';
import { fileIOType, bufferedReaderType, bufferedWriterType, bufferedRandomType, textIOWrapperType, installFiles } from './files.js';
import { stringIOType, bytesIOType, installMemoryStreams } from './memory.js';
import { openFile } from './open.js';

export const openFunction = builtinFunction('open', openFile);

function installAll(): void {
  installIOBase();
  installFiles();
  installMemoryStreams();
}

/** Adds `open` to the builtins namespace (called at start-up). */
export function installOpen(builtinsNs: PyDict): void {
  installAll();
  builtinsNs.setStr('open', openFunction);
}

export function makeIOModule(name: string): () => PyModule {
  return () => {
    installAll();
    const m = new PyModule(name);
    const ns = m.ns;
    ns.setStr('open', openFunction);
    ns.setStr('IOBase', ioBaseType);
    ns.setStr('RawIOBase', rawIOBaseType);
    ns.setStr('BufferedIOBase', bufferedIOBaseType);
    ns.setStr('TextIOBase', textIOBaseType);
    ns.setStr('FileIO', fileIOType);
    ns.setStr('BufferedReader', bufferedReaderType);
    ns.setStr('BufferedWriter', bufferedWriterType);
    ns.setStr('BufferedRandom', bufferedRandomType);
    ns.setStr('TextIOWrapper', textIOWrapperType);
    ns.setStr('StringIO', stringIOType);
    ns.setStr('BytesIO', bytesIOType);
    ns.setStr('UnsupportedOperation', unsupportedOperationType());
    ns.setStr('DEFAULT_BUFFER_SIZE', newInt(8192));
    ns.setStr('SEEK_SET', newInt(0));
    ns.setStr('SEEK_CUR', newInt(1));
    ns.setStr('SEEK_END', newInt(2));
    return m;
  };
}
