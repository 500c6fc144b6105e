# cffi's ABI mode for tspy, in Python over _rawffi/_ffi (as PyPy's cffi sits on its backend):
# `FFI().cdef(...)` parses C declarations with the Ohm grammar of ffi/cdecl/ (_ffi.parse_cdecl),
# ffi.dlopen gives a lib object, and cdata objects read and write C memory through _rawffi.
import _ffi
import _rawffi
from cffi.model import CType, CData, primitive_type, pointer_type, array_type, function_type, void_type, \
    FFIError, CDefError, VerificationError, VerificationMissing, _read, _write, _alloc, _make_callback, \
    _handles, _string, _unpack, _to_address

__version__ = '1.15.1'
__version_info__ = (1, 15, 1)

_BYTES = _rawffi.Array('B')


def _unknown_name_error(source, name, line):
    """The CDefError real cffi (pycparser) gives for a type name it does not know: pycparser
    reads it as an identifier and fails on the token after it."""
    import re
    m = re.search(r'\b%s\b' % re.escape(name), source)
    nxt = re.compile(r'\s*([A-Za-z_]\w*|\d+|\S)').match(source, m.end()) if m else None
    if nxt is None:
        return CDefError("unknown identifier '%s'" % name)
    pos = nxt.start(1)
    line += source.count('\n', 0, pos)
    col = pos - source.rfind('\n', 0, pos)
    return CDefError('cannot parse "%s"\n<cdef source string>:%d:%d: before: %s' % (source, line, col, nxt.group(1)))


class _Buffer:
    """ffi.buffer(): the bytes of a cdata's memory, sliceable and writable."""

    def __init__(self, address, size, keep):
        self._address = address
        self._size = size
        self._keep = keep

    def __len__(self):
        return self._size

    def __getitem__(self, key):
        data = _rawffi.rawstring_at(self._address, self._size) if self._size else b''
        return data[key]

    def __setitem__(self, key, value):
        idx = range(*key.indices(self._size)) if isinstance(key, slice) else [key]
        value = bytes(value) if not isinstance(value, int) else bytes([value])
        if len(value) != len(idx):
            raise ValueError('right operand length must match slice length')
        view = _BYTES.fromaddress(self._address, self._size)
        for i, b in zip(idx, value):
            view[i] = b

    def __bytes__(self):
        return self[:]

    def __repr__(self):
        return '<_cffi_backend.buffer object at %#x>' % id(self)


class _Lib:
    """What ffi.dlopen() returns: functions, global variables and integer constants by name."""

    def __init__(self, ffi, name, raw):
        object.__setattr__(self, '_ffi', ffi)
        object.__setattr__(self, '_name', name)
        object.__setattr__(self, '_raw', raw)
        object.__setattr__(self, '_cache', {})

    def _lookup(self, name):
        ffi = self._ffi
        kind = ffi._decls.get(name)
        if kind is None:
            if name in ffi._consts:
                return ('const', ffi._consts[name])
            raise AttributeError("cffi library '%s' has no function, constant or global variable named '%s'" % (self._name, name))
        try:
            address = self._raw.getaddressindll(name)
        except AttributeError:
            raise AttributeError("function/symbol '%s' not found in library '%s'" % (name, self._name)) from None
        return (kind[0], kind[1], address)

    def __getattr__(self, name):
        if name.startswith('__'):
            raise AttributeError(name)
        entry = self._cache.get(name)
        if entry is None:
            entry = self._cache[name] = self._lookup(name)
        if entry[0] == 'const':
            return entry[1]
        if entry[0] == 'func':
            fn = CData._func(entry[1], entry[2], name)
            self._cache[name] = ('const', fn)
            return fn
        return _read(entry[1], entry[2], None)

    def __setattr__(self, name, value):
        entry = self._cache.get(name)
        if entry is None:
            entry = self._cache[name] = self._lookup(name)
        if entry[0] != 'var':
            raise AttributeError("cannot write to function or constant '%s'" % name)
        _write(entry[1], entry[2], value, None)

    def __dir__(self):
        return sorted(set(self._ffi._decls) | set(self._ffi._consts))

    def __repr__(self):
        return "<Lib object for '%s'>" % self._name


class FFI:
    CData = CData
    CType = CType

    def __init__(self, backend=None):
        self._types = {}          # 'typedef NAME' / 'struct NAME' / 'union NAME' / 'enum NAME' -> CType
        self._decls = {}          # name -> ('func', ctype) | ('var', ctype)
        self._consts = {}
        self._parsed = {}
        self.NULL = CData._pointer(pointer_type(void_type), 0, None)

    # -- declarations -------------------------------------------------------------------------
    def cdef(self, csource, override=False, packed=False, pack=None):
        try:
            decls = _ffi.parse_cdecl(csource, list(self._consts.items()))
        except ValueError as e:
            raise CDefError(str(e)) from None
        if packed:
            pack = 1
        try:
            self._declare(decls, pack)
        except FFIError as e:
            name = getattr(e, '_unknown_name', None)
            if name is None:
                raise
            raise _unknown_name_error(csource, name, 1) from None

    def _declare(self, decls, pack):
        for d in decls:
            kind = d[0]
            if kind in ('define', 'const'):
                self._consts[d[1]] = d[2]
            elif kind == 'typedef':
                t = self._resolve(d[2], pack)
                if t.kind in ('struct', 'union', 'enum') and '$' in t.cname and getattr(t, '_ptr', None) is None:
                    t.marker = d[1] + '&'      # an anonymous struct takes its typedef's name, as in cffi
                    t.cname = d[1]
                self._types['typedef ' + d[1]] = t
            elif kind == 'tag':
                self._resolve(d[1], pack)
            else:
                t = self._resolve(d[2], pack)
                self._decls[d[1]] = ('func' if t.kind == 'function' else 'var', t)

    def _resolve(self, node, pack=None):
        kind = node[0]
        if kind == 'prim':
            return primitive_type(node[1])
        if kind == 'const':
            return self._resolve(node[1], pack)
        if kind == 'name':
            t = self._types.get('typedef ' + node[1])
            if t is None:
                try:
                    t = primitive_type(node[1])
                except FFIError:
                    e = FFIError("unknown type name '%s'" % node[1])
                    e._unknown_name = node[1]
                    raise e from None
            return t
        if kind == 'ptr':
            return pointer_type(self._resolve(node[1], pack))
        if kind == 'array':
            return array_type(self._resolve(node[1], pack), node[2])
        if kind == 'func':
            args = [self._resolve(a, pack) for a in node[2]]
            args = [pointer_type(a.item) if a.kind == 'array' else pointer_type(a) if a.kind == 'function' else a for a in args]
            return function_type(self._resolve(node[1], pack), args, node[3])
        if kind == 'enum':
            name = node[1]
            key = 'enum ' + (name or '$%d' % len(self._types))
            t = self._types.get(key)
            if t is None:
                t = self._types[key] = CType.enum(key if name else 'enum $', node[2] or ())
            elif node[2] is not None:
                t.set_enumerators(node[2])
            for ename, value in node[2] or ():
                self._consts[ename] = value
            return t
        if kind == 'struct':
            skind, name, fields, partial = node[1], node[2], node[3], node[4]
            key = '%s %s' % (skind, name) if name else None
            t = self._types.get(key) if key else None
            if t is None:
                t = CType.struct(skind, key or '%s $%d' % (skind, len(self._types)))
                self._types[key or t.cname + '#'] = t
            if fields is not None:
                t.complete([(f[0], self._resolve(f[1], pack), f[2]) for f in fields], pack or 0, partial)
            return t
        raise FFIError('bad type node %r' % (node,))

    def _typeof(self, cdecl):
        if isinstance(cdecl, CType):
            return cdecl
        if isinstance(cdecl, CData):
            return cdecl._ct
        if not isinstance(cdecl, str):
            raise TypeError('expected a ctype or a string, got %s' % type(cdecl).__name__)
        t = self._parsed.get(cdecl)
        if t is None:
            try:
                decls = _ffi.parse_cdecl('void __dummy(\n%s\n);' % cdecl, list(self._consts.items()))
                node = decls[-1][2][2][0]
            except (ValueError, IndexError):
                raise CDefError('cannot parse "%s"' % cdecl) from None
            try:
                t = self._resolve(node)
            except FFIError as e:
                name = getattr(e, '_unknown_name', None)
                if name is None:
                    raise
                raise _unknown_name_error(cdecl, name, 2) from None
            self._parsed[cdecl] = t
        return t

    def typeof(self, cdecl):
        if isinstance(cdecl, CData):
            return cdecl._ct
        return self._typeof(cdecl)

    # -- libraries ----------------------------------------------------------------------------
    def dlopen(self, name, flags=0):
        if name is not None and not isinstance(name, str):
            raise TypeError('dlopen() takes a file name or None')
        try:
            raw = _rawffi.CDLL(name)
        except OSError as e:
            raise OSError('cannot load library %r: %s' % (name, e)) from None
        return _Lib(self, name if name is not None else '<None>', raw)

    def dlclose(self, lib):
        pass

    # -- cdata --------------------------------------------------------------------------------
    def new(self, cdecl, init=None):
        t = self._typeof(cdecl)
        if t.kind == 'pointer':
            item = t.item
            if item.kind in ('struct', 'union') and item.fields is None:
                raise TypeError("cannot instantiate ctype '%s' of unknown size" % item.cname)
            item.check_complete()
            buf = _alloc(item.size)
            if init is not None:
                _write(item, buf.buffer, init, buf)
            return CData._owning(t, buf, item.size)
        if t.kind == 'array':
            length = t.length
            if length is None:
                if isinstance(init, int):
                    length, init = init, None
                elif isinstance(init, bytes) and t.item.kind == 'char':
                    length = len(init) + 1
                elif isinstance(init, str) and t.item.kind == 'wchar':
                    length = len(init) + 1
                elif init is not None:
                    length = len(init)
                else:
                    raise TypeError("expected new array length or list/tuple/str, not NoneType")
            size = t.item.size * length
            buf = _alloc(size)
            if init is not None:
                _write(t, buf.buffer, init, buf)
            return CData._owning(t, buf, size)
        raise TypeError("expected a pointer or array ctype, got '%s'" % t.cname)

    def cast(self, cdecl, value):
        return CData._cast(self._typeof(cdecl), value)

    def string(self, cdata, maxlen=-1):
        return _string(cdata, maxlen)

    def unpack(self, cdata, length):
        return _unpack(cdata, length)

    def buffer(self, cdata, size=-1):
        if not isinstance(cdata, CData):
            raise TypeError('expected a cdata, got %s' % type(cdata).__name__)
        if size < 0:
            size = cdata._size_of_target()
        return _Buffer(cdata._address(), size, cdata)

    def from_buffer(self, cdecl, python_buffer=None, require_writable=False):
        if python_buffer is None:
            cdecl, python_buffer = 'char[]', cdecl
        data = bytes(python_buffer)
        t = self._typeof(cdecl)
        n = len(data) // t.item.size
        c = self.new(array_type(t.item, n))
        if data:
            _rawffi.memmove(c._addr, _rawffi.Array('c')(len(data), data, autofree=True), len(data))
        return c

    def memmove(self, dest, src, n):
        d = _to_address(dest)
        if isinstance(src, (bytes, bytearray)):
            src = _rawffi.Array('c')(max(len(src), 1), bytes(src), autofree=True)
        _rawffi.memmove(d, _to_address(src), n)

    def sizeof(self, cdecl):
        if isinstance(cdecl, CData):
            return cdecl._sizeof()
        t = self._typeof(cdecl)
        t.check_complete()
        return t.size

    def alignof(self, cdecl):
        return self._typeof(cdecl).align

    def offsetof(self, cdecl, *fields):
        t = self._typeof(cdecl)
        offset = 0
        for f in fields:
            if isinstance(f, int):
                offset += f * t.item.size
                t = t.item
            else:
                ft, fo, bits = t.field(f)
                offset += fo
                t = ft
        return offset

    def addressof(self, cdata, *fields):
        t = cdata._ct
        if t.kind not in ('struct', 'union', 'array'):
            raise TypeError('addressof() argument must be a cdata struct/union/array, not %s' % t.cname)
        address = cdata._addr
        for f in fields:
            if isinstance(f, int):
                t = t.item
                address += f * t.size
            else:
                ft, fo, bits = t.field(f)
                address += fo
                t = ft
        return CData._pointer(pointer_type(t), address, cdata)

    def gc(self, cdata, destructor, size=0):
        import weakref
        new = CData._pointer(cdata._ct, cdata._addr, cdata)
        if destructor is not None:
            weakref.finalize(new, destructor, cdata)
        return new

    def callback(self, cdecl, python_callable=None, error=None, onerror=None):
        t = self._typeof(cdecl)
        if t.kind == 'function':
            t = pointer_type(t)
        if t.kind != 'pointer' or t.item.kind != 'function':
            raise TypeError("expected a function ctype, got '%s'" % t.cname)
        if python_callable is None:
            return lambda fn: _make_callback(t, fn, error, onerror)
        if not callable(python_callable):
            raise TypeError('expected a callable object, not %s' % type(python_callable).__name__)
        return _make_callback(t, python_callable, error, onerror)

    def new_handle(self, obj):
        buf = _alloc(1)
        _handles[buf.buffer] = obj
        return CData._handle(pointer_type(void_type), buf, obj)

    def from_handle(self, cdata):
        address = _to_address(cdata)
        if address == 0:
            raise RuntimeError('cannot use from_handle() on NULL pointer')
        try:
            return _handles[address]
        except KeyError:
            raise RuntimeError('ffi.from_handle(): dead or bogus handle object') from None

    def getctype(self, cdecl, replace_with=''):
        t = self._typeof(cdecl)
        name = t.marker
        if replace_with:
            if replace_with.startswith('*') and ('&[' in name or '&(' in name):
                replace_with = '(%s)' % replace_with
            elif replace_with[0] not in '[(':
                replace_with = ' ' + replace_with
        return name.replace('&', replace_with)

    @property
    def errno(self):
        return _rawffi.get_errno()

    @errno.setter
    def errno(self, value):
        _rawffi.set_errno(value)

    def integer_const(self, name):
        return self._consts[name]

    def list_types(self):
        typedefs = sorted(k[8:] for k in self._types if k.startswith('typedef '))
        structs = sorted(k[7:] for k in self._types if k.startswith('struct ') and not k.endswith('#'))
        unions = sorted(k[6:] for k in self._types if k.startswith('union ') and not k.endswith('#'))
        return typedefs, structs, unions
