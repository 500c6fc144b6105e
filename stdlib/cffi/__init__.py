# cffi's ABI mode for tspy, in Python over _rawffi/_ffi (as PyPy's cffi sits on its backend):
# `FFI().cdef(...)` parses C declarations with the Ohm grammar of ffi/cdecl/ (_ffi.parse_cdecl),
# ffi.dlopen gives a lib object, and cdata objects read and write C memory through _rawffi.
import _ffi
import _rawffi
import re
import weakref
from cffi.model import CType, CData, primitive_type, pointer_type, array_type, function_type, void_type, \
    FFIError, CDefError, VerificationError, VerificationMissing, _read, _write, _alloc, _make_callback, \
    _handles, _string, _unpack, _to_address, _gc_fin, _release, _index, _byte_sized

__version__ = '2.0.0'
__version_info__ = (2, 0, 0)

_BYTES = _rawffi.Array('B')
_UNSPECIFIED = object()


_QUALIFIERS = frozenset(['const', 'volatile', 'restrict', '__restrict', 'static', 'extern', 'typedef', 'inline',
                         'register'])
_TOKEN = re.compile(r'\s*([A-Za-z_]\w*|\d+|\S)')


def _position(source, pos, line0):
    """(line, column, text of that line) of an offset, lines counted from line0."""
    line = line0 + source.count('\n', 0, pos)
    col = pos - source.rfind('\n', 0, pos)
    return line, col, source.splitlines()[line - line0].strip()


def _unknown_name_error(source, name, line0, in_param=False):
    """The CDefError real cffi (pycparser) gives for a type name it does not know. pycparser
    reads the name as an identifier, so the error depends on where it stands: first in a
    declaration ('Invalid function definition'), after qualifiers only ('Missing type in
    declaration'), in a struct body or a later parameter (an error without position), else on
    the token after it. `in_param`: source is the lone parameter of ffi.typeof's wrapper."""
    m = re.search(r'\b%s\b' % re.escape(name), source)
    if m is None:
        return CDefError("unknown identifier '%s'" % name)
    pos = m.start()
    nxt = _TOKEN.match(source, m.end())
    start = max(source.rfind(c, 0, pos) for c in ';{}') + 1
    before = source[start:pos]
    if not in_param:
        if source.count('{', 0, pos) > source.count('}', 0, pos):
            return CDefError('parse error\n<cdef source string>: Invalid specifier list')
        depth = before.count('(') - before.count(')')
        if depth > 0:
            if ',' in before[before.rfind('('):]:
                return CDefError('parse error\n<cdef source string>: Invalid declaration')
        else:
            words = before.split()
            if not words and nxt is not None and nxt.group(1) == '(':
                nxt = _TOKEN.match(source, nxt.end())
            elif not words or all(w in _QUALIFIERS for w in words):
                line, col, text = _position(source, pos, line0)
                what = 'Invalid function definition' if not words else 'Missing type in declaration'
                return CDefError('cannot parse "%s"\n<cdef source string>:%d:%d: %s' % (text, line, col, what))
    if nxt is None:
        return CDefError("unknown identifier '%s'" % name)
    line, col, text = _position(source, nxt.start(1), line0)
    return CDefError('cannot parse "%s"\n<cdef source string>:%d:%d: before: %s' % (text, line, col, nxt.group(1)))


_DEFINE = re.compile(r'^[ \t]*#[ \t]*define[ \t]+([A-Za-z_]\w*)[ \t]*(.*)$', re.M)
_HEXISH = re.compile(r'-?0?x?[0-9a-f]+[lu]*$', re.I)


def _check_defines(csource):
    """A #define whose value looks like an integer literal but is not one is a ValueError
    from int(), as in cffi (the other checks are the parser's)."""
    for m in _DEFINE.finditer(csource):
        value = m.group(2).strip().lower().rstrip('ul')
        if _HEXISH.match(value):
            digits = value.lstrip('-')
            if digits.startswith('0') and digits != '0' and not digits.startswith('0x'):
                digits = '0o' + digits[1:]
            int(digits, 0)


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
        if isinstance(key, slice):
            return data[key]
        return data[key:key + 1] if key != -1 else data[-1:]     # one byte, as bytes

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


def _buffer_type_name(obj):
    """The type name cffi shows in a from_buffer cdata's repr (CPython's tp_name)."""
    if isinstance(obj, _Buffer):
        return '_cffi_backend.buffer'
    return type(obj).__name__


def _ctypes_buffer(obj):
    """(address, size) of a ctypes instance, the other buffers cffi accepts here."""
    import sys
    ctypes = sys.modules.get('ctypes')
    if ctypes is not None and isinstance(obj, ctypes._CData):
        return ctypes.addressof(obj), ctypes.sizeof(obj)
    raise TypeError("a bytes-like object is required, not '%s'" % type(obj).__name__)


class FFILibrary:
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
            raise AttributeError(name)
        try:
            address = self._raw.getaddressindll(name)
        except AttributeError as e:
            if kind[0] == 'var':
                raise KeyError("variable '%s' not found in library '%s': %s" % (name, self._name, e)) from None
            raise AttributeError("function/symbol '%s' not found in library '%s': %s" % (name, self._name, e)) from None
        return (kind[0], kind[1], address)

    def __getattr__(self, name):
        if name.startswith('__'):
            raise AttributeError(name)
        entry = self._cache.get(name)
        if entry is None:
            entry = self._cache[name] = self._lookup(name)
        if entry[0] == 'var':
            return _read(entry[1], entry[2], None)
        # functions and constants never change: cache them as attributes (as cffi does), so
        # the next access is a plain lookup rather than a failed one and this method
        value = entry[1] if entry[0] == 'const' else CData._func(entry[1], entry[2], name)
        self._cache[name] = ('const', value)
        object.__setattr__(self, name, value)
        return value

    def __setattr__(self, name, value):
        entry = self._cache.get(name)
        if entry is None:
            entry = self._cache[name] = self._lookup(name)
        if entry[0] != 'var':
            raise AttributeError("cannot write to function or constant '%s'" % name)
        _write(entry[1], entry[2], value, None)

    def __dir__(self):
        return sorted(set(self._ffi._decls) | set(self._ffi._consts))

    def _addressof(self, *names):
        """ffi.addressof(lib, name): a function as a function pointer, a variable's address."""
        if len(names) != 1 or not isinstance(names[0], str):
            raise TypeError('addressof(Lib, fieldname) needs exactly one field name')
        entry = self._lookup(names[0])
        if entry[0] == 'func':
            return CData._func(entry[1], entry[2], names[0])
        if entry[0] == 'var':
            return CData._pointer(pointer_type(entry[1]), entry[2], None)
        raise AttributeError("cffi library '%s' has no global variable named '%s'" % (self._name, names[0]))



# named and placed as cffi's class is (a class made inside cffi.api._make_ffi_library)
FFILibrary.__module__ = 'cffi.api'
FFILibrary.__qualname__ = '_make_ffi_library.<locals>.FFILibrary'


class FFI:
    CData = CData
    CType = CType
    RTLD_LAZY, RTLD_NOW, RTLD_GLOBAL, RTLD_LOCAL = 1, 2, 256, 0
    RTLD_NODELETE, RTLD_NOLOAD, RTLD_DEEPBIND = 4096, 4, 8

    def __init__(self, backend=None):
        self._types = {}          # 'typedef NAME' / 'struct NAME' / 'union NAME' / 'enum NAME' -> CType
        self._decls = {}          # name -> ('func', ctype) | ('var', ctype)
        self._consts = {}
        self._parsed = {}
        self._anonymous = 0       # anonymous structs, unions and enums are '$1', '$2', ...
        self._cdefs = 0           # cdef() calls so far (where struct bodies come from)
        self._init_once = {}
        self.NULL = CData._pointer(pointer_type(void_type), 0, None)

    # -- declarations -------------------------------------------------------------------------
    def cdef(self, csource, override=False, packed=False, pack=None):
        self._cdefs += 1
        _check_defines(csource)
        try:
            decls = _ffi.parse_cdecl(csource, list(self._consts.items()), self._typedef_names())
        except ValueError as e:
            raise CDefError(str(e)) from None
        if packed:
            pack = 1
        try:
            self._declare(decls, pack, override, csource)
        except FFIError as e:
            name = getattr(e, '_unknown_name', None)
            if name is None:
                raise
            raise _unknown_name_error(csource, name, 1) from None

    def _declare(self, decls, pack, override=True, csource=''):
        for d in decls:
            kind = d[0]
            if kind in ('define', 'const'):
                self._consts[d[1]] = d[2]
            elif kind == 'typedef':
                t = self._resolve(d[2], pack, d[1], csource)
                old = self._types.get('typedef ' + d[1])
                if old is not None and old is not t and not override:
                    raise FFIError('multiple declarations of typedef %s (for interactive usage, try cdef(xx, override=True))' % d[1])
                if t._kind in ('struct', 'union', 'enum') and not getattr(t, '_typedef_named', False):
                    # cffi shows a struct, union or enum under its first typedef's name
                    t._marker = d[1] + '&'
                    t._typedef_named = True
                self._types['typedef ' + d[1]] = t
            elif kind == 'tag':
                self._resolve(d[1], pack, None, csource)
            else:
                t = self._resolve(d[2], pack, None, csource)
                what = 'function' if t._kind == 'function' else 'variable'
                old = self._decls.get(d[1])
                # cffi compares declarations by identity: a function is never declared twice
                if old is not None and not override and (what == 'function' or old[1] is not t):
                    raise FFIError('multiple declarations of %s %s (for interactive usage, try cdef(xx, override=True))' % (what, d[1]))
                self._decls[d[1]] = ('func' if what == 'function' else 'var', t)

    def _typedef_names(self):
        return [k[8:] for k in self._types if k.startswith('typedef ')]

    def _anonymous_name(self, typedef_name):
        """An anonymous struct/union/enum is named by the typedef declaring it, else '$N'."""
        if typedef_name is not None:
            return typedef_name, True
        self._anonymous += 1
        return '$%d' % self._anonymous, False

    def _resolve(self, node, pack=None, typedef_name=None, csource=''):
        """The CType of a parsed type node; `typedef_name` names the node when it is the whole
        type of a typedef (anonymous structs, unions and enums take it)."""
        kind = node[0]
        if kind == 'prim':
            return primitive_type(node[1])
        if kind == 'const':
            return self._resolve(node[1], pack, typedef_name, csource)
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
            return pointer_type(self._resolve(node[1], pack, None, csource))
        if kind == 'array':
            return array_type(self._resolve(node[1], pack, None, csource), node[2])
        if kind == 'func':
            args = [self._resolve(a, pack, None, csource) for a in node[2]]
            args = [pointer_type(a._item) if a._kind == 'array' else pointer_type(a) if a._kind == 'function' else a for a in args]
            return function_type(self._resolve(node[1], pack, None, csource), args, node[3])
        if kind == 'enum':
            name = node[1]
            key = 'enum ' + name if name else None
            t = self._types.get(key) if key else None
            if t is None:
                if key is None:
                    anon, named = self._anonymous_name(typedef_name)
                    t = CType.enum(anon if named else 'enum ' + anon, node[2] or ())
                    t._typedef_named = named
                    self._types['enum ' + anon + '#'] = t
                else:
                    t = self._types[key] = CType.enum(key, node[2] or ())
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
                if key is None:
                    anon, named = self._anonymous_name(typedef_name)
                    t = CType.struct(skind, anon if named else '%s %s' % (skind, anon))
                    t._typedef_named = named
                    self._types['%s %s#' % (skind, anon)] = t
                else:
                    t = self._types[key] = CType.struct(skind, key)
            if fields is not None:
                body = (self._cdefs, node[5])
                if t._fields is not None:
                    if getattr(t, '_body', None) == body:
                        return t        # the same body, seen again through another declarator
                    line = csource.count('\n', 0, node[5]) + 1 if node[5] is not None else 1
                    raise CDefError('<cdef source string>:%d: duplicate declaration of %s' % (line, key))
                t._body = body
                t.complete([(f[0], self._resolve(f[1], pack, None, csource), f[2]) for f in fields], pack or 0, partial)
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
            if cdecl.strip() == 'void':       # alone in the parameter list it would mean "none"
                return void_type
            try:
                decls = _ffi.parse_cdecl('void __dummy(\n%s\n);' % cdecl, list(self._consts.items()), self._typedef_names())
            except ValueError as e:
                if str(e) == 'negative array length':
                    raise
                raise CDefError(str(e)) from None
            try:
                node = decls[-1][2][2][0]
            except IndexError:
                raise CDefError('cannot parse "%s"' % cdecl) from None
            try:
                t = self._resolve(node)
            except FFIError as e:
                name = getattr(e, '_unknown_name', None)
                if name is None:
                    raise
                raise _unknown_name_error(cdecl, name, 2, True) from None
            self._parsed[cdecl] = t
        return t

    def typeof(self, cdecl):
        if isinstance(cdecl, CData):
            return cdecl._ct
        if not isinstance(cdecl, str):
            raise TypeError(type(cdecl))     # sic: real cffi gives the type as the message
        t = self._typeof(cdecl)
        if t._kind == 'function':
            raise CDefError('the type %r is a function type, not a pointer-to-function type' % cdecl)
        return t

    # -- libraries ----------------------------------------------------------------------------
    def dlopen(self, name, flags=0):
        if name is not None and not isinstance(name, str):
            raise TypeError("dlopen(name): name must be a file name, None, or an already-opened 'void *' handle")
        try:
            raw = _rawffi.CDLL(name, flags or _rawffi.RTLD_NOW)
        except OSError as e:
            # as cffi: a bare name ('c', 'm') is looked up with ctypes.util.find_library
            import ctypes.util
            path = ctypes.util.find_library(name)
            if path is None:
                raise OSError("cannot load library '%s': %s.  Additionally, ctypes.util.find_library() did not "
                              "manage to locate a library called '%s'" % (name, e, name)) from None
            try:
                raw = _rawffi.CDLL(path, flags or _rawffi.RTLD_NOW)
            except OSError as e2:
                raise OSError("cannot load library '%s': %s" % (path, e2)) from None
        return FFILibrary(self, name if name is not None else '<None>', raw)

    def dlclose(self, lib):
        pass

    # -- cdata --------------------------------------------------------------------------------
    def _new_layout(self, cdecl, init):
        """(ctype, bytes to allocate, initializer) of ffi.new(cdecl, init)."""
        t = self._typeof(cdecl)
        if t._kind == 'pointer':
            item = t._item
            if item._kind in ('struct', 'union') and item._fields is None or item._kind == 'void':
                raise TypeError("cannot instantiate ctype '%s' of unknown size" % item.cname)
            item.check_complete()
            return t, item.size, init
        if t._kind == 'array':
            length = t._length
            if length is None:
                if isinstance(init, int):
                    length, init = init, None
                elif isinstance(init, bytes) and _byte_sized(t._item):
                    length = len(init) + 1
                elif isinstance(init, str) and t._item._kind == 'wchar':
                    length = len(init) + 1
                elif init is not None:
                    length = len(init)
                else:
                    raise TypeError("expected new array length or list/tuple/str, not NoneType")
                if length < 0:
                    raise ValueError('negative array length')
            return t, t._item.size * length, init
        raise TypeError("expected a pointer or array ctype, got '%s'" % t.cname)

    def new(self, cdecl, init=None):
        t, size, init = self._new_layout(cdecl, init)
        buf = _alloc(size)
        if init is not None:
            _write(t._item if t._kind == 'pointer' else t, buf.buffer, init, buf)
        return CData._owning(t, buf, size)

    def new_allocator(self, alloc=None, free=None, should_clear_after_alloc=True):
        """An ffi.new() whose memory comes from alloc(size) (a cdata pointer) and goes back
        through free(pointer) when the result dies; ffi.new itself when alloc is None."""
        if alloc is None:
            if free is not None:
                raise TypeError("cannot pass 'free' without 'alloc'")
            return self.new

        def allocator(cdecl, init=None):
            t, size, init = self._new_layout(cdecl, init)
            raw = alloc(size)
            if not isinstance(raw, CData) or raw._ct._kind not in ('pointer', 'array'):
                raise TypeError('alloc() must return a cdata pointer, not %s' % type(raw).__name__)
            if raw._addr == 0:
                raise MemoryError('alloc() returned NULL')
            if should_clear_after_alloc:
                _rawffi.memset(raw._addr, 0, size)
            if init is not None:
                _write(t._item if t._kind == 'pointer' else t, raw._addr, init, raw)
            c = CData._make(t, raw._addr, raw, size if t._kind == 'array' else None)
            return self.gc(c, lambda _: free(raw)) if free is not None else c
        return allocator

    def init_once(self, func, tag):
        """func() the first time a tag is seen by this FFI; its result every time."""
        try:
            return self._init_once[tag]
        except KeyError:
            result = self._init_once[tag] = func()
            return result

    def include(self, ffi_to_include):
        """Make the declarations of another FFI visible in this one."""
        if not isinstance(ffi_to_include, FFI):
            raise TypeError('ffi.include() expects an argument that is also of type cffi.FFI, not %r' % type(ffi_to_include).__name__)
        if ffi_to_include is self:
            raise ValueError('self.include(self)')
        for k, v in ffi_to_include._types.items():
            self._types.setdefault(k, v)
        for k, v in ffi_to_include._decls.items():
            self._decls.setdefault(k, v)
        for k, v in ffi_to_include._consts.items():
            self._consts.setdefault(k, v)

    def cast(self, cdecl, value):
        return CData._cast(self._typeof(cdecl), value)

    def string(self, cdata, maxlen=-1):
        return _string(cdata, maxlen)

    def unpack(self, cdata, length):
        return _unpack(cdata, length)

    def buffer(self, cdata, size=-1):
        if not isinstance(cdata, CData):
            raise TypeError('buffer() argument 1 must be _cffi_backend._CDataBase, not %s' % type(cdata).__name__)
        if size < 0:
            size = cdata._size_of_target()
        return _Buffer(cdata._address(), size, cdata)

    def from_buffer(self, cdecl, python_buffer=_UNSPECIFIED, require_writable=False):
        """A cdata ('char[]' by default) over the memory of a buffer object, shared with it:
        bytes and bytearray (whose storage moves into C memory, see _rawffi.export_buffer),
        ffi.buffer() objects and ctypes instances."""
        if python_buffer is _UNSPECIFIED:
            cdecl, python_buffer = 'char[]', cdecl
        t = self._typeof(cdecl)
        if t._kind not in ('pointer', 'array'):
            raise TypeError("expected a pointer or array ctype, got '%s'" % t.cname)
        if isinstance(python_buffer, str):
            raise TypeError('from_buffer() cannot return the address of a unicode object')
        c = CData._make(t, 0, python_buffer, extra=('buffer', _buffer_type_name(python_buffer)))
        if isinstance(python_buffer, (bytes, bytearray)):
            address, size = _rawffi.export_buffer(python_buffer, c, require_writable)
        elif isinstance(python_buffer, _Buffer):
            address, size = python_buffer._address, python_buffer._size
        else:
            address, size = _ctypes_buffer(python_buffer)
        c._addr = address
        if t._kind == 'array':
            if t._length is None:
                c._size = size // t._item.size * t._item.size if t._item.size else 0
            elif size < t.size:
                _release(c)
                raise ValueError("buffer is too small (%d bytes) for '%s' (%d bytes)" % (size, t.cname, t.size))
        return c

    def memmove(self, dest, src, n):
        d = _to_address(dest)
        if isinstance(src, (bytes, bytearray)):
            src = _rawffi.Array('c')(max(len(src), 1), bytes(src), autofree=True)
        _rawffi.memmove(d, _to_address(src), n)

    def _ctype_arg(self, cdecl):
        """A ctype from a str or a ctype, for sizeof/alignof/offsetof."""
        if isinstance(cdecl, str):
            return self._typeof(cdecl)
        if isinstance(cdecl, CType):
            return cdecl
        raise TypeError("expected a 'cdata' or 'ctype' object")

    def sizeof(self, cdecl):
        if isinstance(cdecl, CData):
            return cdecl._sizeof()
        return self._ctype_arg(cdecl).size_or_error()

    def alignof(self, cdecl):
        t = self._ctype_arg(cdecl)
        t.size_or_error()
        return t.align

    def _typeoffsetof(self, t, fields):
        """(type, offset) of a path of fields and indexes from ctype t, with cffi's errors; the
        first step may go through a pointer to a struct."""
        offset = 0
        for i, f in enumerate(fields):
            if isinstance(f, str):
                if i == 0 and t._kind == 'pointer' and t._item._kind in ('struct', 'union'):
                    t = t._item
                if t._kind not in ('struct', 'union'):
                    raise TypeError('with a field name argument, expected a struct or union ctype')
                t.check_complete()
                if f not in t._fields:
                    raise KeyError(f)
                ft, fo, bits = t._fields[f]
                if bits is not None:
                    raise TypeError("not supported for bitfield '%s'" % f)
                offset += fo
                t = ft
            else:
                if t._kind not in ('array', 'pointer') or t._kind == 'pointer' and (i > 0 or t._item._kind == 'void'):
                    raise TypeError('with an integer argument, expected an array ctype or a pointer to non-opaque')
                t = t._item
                offset += _index(f) * t.size
        return t, offset

    def offsetof(self, cdecl, *fields):
        return self._typeoffsetof(self._ctype_arg(cdecl), fields)[1]

    def addressof(self, cdata, *fields):
        if isinstance(cdata, FFILibrary):
            return cdata._addressof(*fields)
        if not isinstance(cdata, CData):
            raise TypeError("expected a 'cdata' object")
        t = cdata._ct
        if fields:
            t, offset = self._typeoffsetof(t, fields)
        elif t._kind == 'pointer':
            raise TypeError('addressof(pointer)')
        else:
            offset = 0
        return CData._pointer(pointer_type(t), cdata._addr + offset, cdata)

    def gc(self, cdata, destructor, size=0):
        """A new cdata for the same memory; destructor(cdata) runs once it has died (at the
        next safe point after its collection: see weakref), or at ffi.release(). With
        destructor None, remove the destructor of a cdata ffi.gc returned."""
        if destructor is None:
            fin = _gc_fin(cdata) if isinstance(cdata, CData) else None
            if fin is None:
                raise TypeError('Can remove destructor only on a object previously returned by ffi.gc()')
            fin.detach()
            return None
        if not isinstance(cdata, CData):
            raise TypeError('expected a cdata, got %s' % type(cdata).__name__)
        extra = cdata._extra if cdata._extra is not None and cdata._extra[0] == 'func' else None
        new = CData._make(cdata._ct, cdata._addr, cdata, cdata._size, cdata._value, extra)
        new._fin = weakref.finalize(new, destructor, cdata)
        return new

    def release(self, cdata):
        _release(cdata)

    def callback(self, cdecl, python_callable=None, error=None, onerror=None):
        t = self._typeof(cdecl)
        if t._kind == 'function':
            t = pointer_type(t)
        if t._kind != 'pointer' or t._item._kind != 'function':
            raise TypeError("expected a function ctype, got '%s'" % t.cname)
        if python_callable is None:
            return lambda fn: _make_callback(t, fn, error, onerror)
        if not callable(python_callable):
            raise TypeError("the 'python_callable' argument is not callable")
        return _make_callback(t, python_callable, error, onerror)

    def new_handle(self, obj):
        """A 'void *' standing for obj until the returned cdata dies (from_handle gives obj)."""
        buf = _alloc(1)
        address = buf.buffer
        c = CData._handle(pointer_type(void_type), address, obj)
        _handles[address] = (obj, buf)
        weakref.finalize(c, _handles.pop, address, None)
        return c

    def from_handle(self, cdata):
        address = _to_address(cdata)
        if address == 0:
            raise RuntimeError('cannot use from_handle() on NULL pointer')
        try:
            return _handles[address][0]
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

    def list_types(self):
        typedefs = sorted(k[8:] for k in self._types if k.startswith('typedef '))
        structs = sorted(k[7:] for k in self._types if k.startswith('struct ') and not k.endswith('#'))
        unions = sorted(k[6:] for k in self._types if k.startswith('union ') and not k.endswith('#'))
        return typedefs, structs, unions
