// The FFI engine's public surface, for the Python modules _rawffi and _ffi to wrap:
// libraries, C types, raw memory, function pointers and callbacks. See each module's header.
export { FFIError, type PyErrorType } from './errors.js';
export * as memory from './memory.js';
export * from './ctype.js';
export * from './intconv.js';
export { findLibrary, loadLibrary, loadLibraryByName, Library, RTLD_GLOBAL, RTLD_LAZY, RTLD_LOCAL, RTLD_NOW } from './library.js';
export { Signature, signature, type SignatureSpec } from './signature.js';
export { CFunction, cfunction, clearFunctionCache, getErrno, setErrno } from './call.js';
export { Callback, createCallback, callbackStats, collectDeadCallbacks, setCallbackErrorHook, MAX_CALLBACKS, type CallbackErrorHook } from './callback.js';
