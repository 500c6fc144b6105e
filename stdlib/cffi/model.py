# cffi's C types (CType: primitives, pointers, arrays, structs/unions, enums, functions, named
# as cffi names them) and cdata objects (CData) over _rawffi memory, plus the conversions
# between Python values and C memory with cffi's checks and messages.
import _rawffi

_BYTES = _rawffi.Array('B')


class FFIError(Exception):
    pass


class CDefError(Exception):
    pass


class VerificationError(Exception):
    pass


class VerificationMissing(Exception):
    pass


# name -> (rawffi letter, kind)
_PRIMITIVES = {
    'char': ('c', 'char'), 'signed char': ('b', 'int'), 'unsigned char': ('B', 'int'),
    'short': ('h', 'int'), 'unsigned short': ('H', 'int'), 'int': ('i', 'int'), 'unsigned int': ('I', 'int'),
    'long': ('l', 'int'), 'unsigned long': ('L', 'int'), 'long long': ('q', 'int'), 'unsigned long long': ('Q', 'int'),
    'float': ('f', 'float'), 'double': ('d', 'float'), 'long double': ('g', 'float'),
    '_Bool': ('?', 'bool'), 'bool': ('?', 'bool'), 'wchar_t': ('u', 'wchar'),
    'int8_t': ('b', 'int'), 'uint8_t': ('B', 'int'), 'int16_t': ('h', 'int'), 'uint16_t': ('H', 'int'),
    'int32_t': ('i', 'int'), 'uint32_t': ('I', 'int'), 'int64_t': ('l', 'int'), 'uint64_t': ('L', 'int'),
    'size_t': ('L', 'int'), 'ssize_t': ('l', 'int'), 'intptr_t': ('l', 'int'), 'uintptr_t': ('L', 'int'),
    'ptrdiff_t': ('l', 'int'), 'off_t': ('l', 'int'), 'time_t': ('l', 'int'), 'pid_t': ('i', 'int'),
    'uid_t': ('I', 'int'), 'gid_t': ('I', 'int'), 'mode_t': ('I', 'int'),
}
_UNSIGNED = set('BHILQ')


# cffi's public ctype kinds for the internal ones
_PUBLIC_KINDS = {'int': 'primitive', 'float': 'primitive', 'char': 'primitive', 'bool': 'primitive',
                 'wchar': 'primitive'}
# the public attributes (besides kind and cname) of each public kind, as dir() lists them
_PUBLIC_ATTRS = {'primitive': (), 'void': (), 'pointer': ('item',), 'array': ('item', 'length'),
                 'struct': ('fields',), 'union': ('fields',), 'enum': ('elements', 'relements'),
                 'function': ('abi', 'args', 'ellipsis', 'result')}
_FFI_DEFAULT_ABI = 2        # libffi's FFI_UNIX64, what real cffi reports on x86-64 Linux


class CField:
    """A field of a struct or union ctype, as ctype.fields lists it."""

    def __init__(self, type, offset, bitshift, bitsize):
        self.type = type
        self.offset = offset
        self.bitshift = bitshift
        self.bitsize = bitsize
        self.flags = 0


CField.__module__ = '_cffi_backend'


class CType:
    """A C type. `_kind` classifies it here ('int', 'float', 'char', 'bool', 'wchar', 'enum',
    'pointer', 'array', 'struct', 'union', 'function', 'void'); the names without underscore
    are cffi's public attributes (kind, cname, item, length, fields, args, ...). `marker` is the
    name with '&' where a declarator would go ('int(*&)[3]'): derived types compute it from
    their item, so a struct named by its typedef names its pointers and arrays too."""

    def __init__(self, kind, marker, size=0, align=1):
        self._kind = kind
        self._marker = marker
        self.size = size
        self.align = align
        self.letter = None
        self._item = None
        self._length = None

    @property
    def marker(self):
        k = self._kind
        if k == 'pointer':
            item = self._item
            return item.marker.replace('&', '(*&)' if item._kind in ('array', 'function') else ' *&')
        if k == 'array':
            return self._item.marker.replace('&', '&[]' if self._length is None else '&[%d]' % self._length, 1)
        if k == 'function':
            names = [a.cname for a in self._args] + (['...'] if self._ellipsis else [])
            return self._result.marker.replace('&', '&(%s)' % ', '.join(names))
        return self._marker

    @property
    def cname(self):
        return self.marker.replace('&', '').strip()

    def __repr__(self):
        return "<ctype '%s'>" % self.cname

    # -- cffi's public attributes -------------------------------------------------------------
    @property
    def kind(self):
        k = self._kind
        if k == 'pointer' and self._item._kind == 'function':
            return 'function'       # cffi has function pointer types, not pointers to functions
        return _PUBLIC_KINDS.get(k, k)

    def _public(self, name):
        if name not in _PUBLIC_ATTRS[self.kind]:
            raise AttributeError(name)

    def __dir__(self):
        return sorted(('cname', 'kind') + _PUBLIC_ATTRS[self.kind])

    def _function(self):
        return self._item if self._kind == 'pointer' else self

    @property
    def item(self):
        self._public('item')
        return self._item

    @property
    def length(self):
        self._public('length')
        return self._length

    @property
    def fields(self):
        self._public('fields')
        if self._fields is None:
            return None
        out = []
        for name in self.names:
            ft, offset, bits = self._fields[name]
            out.append((name, CField(ft, offset, bits[3] if bits else -1, bits[4] if bits else -1)))
        return out

    @property
    def args(self):
        self._public('args')
        return tuple(self._function()._args)

    @property
    def result(self):
        self._public('result')
        return self._function()._result

    @property
    def ellipsis(self):
        self._public('ellipsis')
        return self._function()._ellipsis

    @property
    def abi(self):
        self._public('abi')
        return _FFI_DEFAULT_ABI

    @property
    def elements(self):
        self._public('elements')
        return dict(self._enumerators)

    @property
    def relements(self):
        self._public('relements')
        return dict((k, v) for k, v in reversed(self._items))

    # -- layout ---------------------------------------------------------------------------------
    def check_complete(self):
        if self._kind in ('struct', 'union'):
            if self.partial:
                raise VerificationMissing(self.cname)
            if self._fields is None:
                raise FFIError("'%s' is opaque or not completed yet" % self.cname)
        if self._kind == 'void':
            raise FFIError("ctype 'void' has no size")

    def size_or_error(self):
        """The size, or cffi's ValueError for a type of unknown size (ffi.sizeof)."""
        if self._kind == 'void' or self._kind in ('struct', 'union') and self._fields is None or \
                self._kind == 'array' and self._length is None:
            raise ValueError("ctype '%s' is of unknown size" % self.cname)
        self.check_complete()
        return self.size

    @property
    def shape(self):
        return self._shape

    def spec(self):
        """The _rawffi type spec (letter, shape or (spec, n))."""
        if self._kind in ('struct', 'union'):
            self.check_complete()
            return self._shape
        if self._kind == 'array':
            item, n = self._item, self._length or 0
            while item._kind == 'array':
                item, n = item._item, n * (item._length or 0)
            return (item.spec(), n)
        if self._kind == 'void':
            return None
        return self.letter

    # -- constructors ------------------------------------------------------------------------
    @staticmethod
    def struct(kind, cname):
        t = CType(kind, cname + '&')
        t._fields = None
        t.partial = False
        t.names = []
        return t

    def complete(self, fields, pack, partial):
        """Lay the fields out. `_fields`: name -> (type, offset, bits), where bits is None or
        (the shape holding the bitfield, its name there, the offset of that shape, shift, size);
        the fields of anonymous struct/union members are the outer type's own, as in C."""
        self.partial = partial
        specs = []
        flat = []
        for name, ft, bits in fields:
            ft.check_complete() if ft._kind != 'array' else ft._item.check_complete()
            fname = name if name is not None else '$anon%d' % len(specs)
            spec = (fname, ft.spec()) if bits is None else (fname, ft.letter, bits)
            specs.append(spec)
            flat.append((fname, ft, bits, name is None))
        shape = self._shape = _rawffi.Structure(specs, pack=pack, union=self._kind == 'union')
        self.size = shape.size
        self.align = shape.alignment
        self._fields = {}
        self.names = []
        for fname, ft, bits, anon in flat:
            offset = shape.fieldoffset(fname)
            if anon and ft._kind in ('struct', 'union'):
                for sub in ft.names:
                    st, so, sb = ft._fields[sub]
                    if sb is not None:
                        sb = (sb[0], sb[1], offset + sb[2], sb[3], sb[4])
                    self._fields[sub] = (st, offset + so, sb)
                    self.names.append(sub)
            else:
                if bits is not None:
                    packed = shape.fieldsize(fname)
                    bits = (shape, fname, 0, packed & 0xffff, packed >> 16)
                self._fields[fname] = (ft, offset, bits)
                self.names.append(fname)

    def field(self, name, via=None):
        """(type, offset, bits) of a field; AttributeError as cffi words it for cdata access
        (`via`: the cdata's type, when that is a pointer to this one)."""
        if self._kind not in ('struct', 'union'):
            raise TypeError("cdata of type '%s' has no field '%s'" % (self.cname, name))
        self.check_complete()
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError("cdata '%s' has no field '%s'" % ((via or self).cname, name)) from None

    @staticmethod
    def enum(cname, items):
        t = CType('enum', cname + '&', 4, 4)
        t.letter = 'i'
        t.set_enumerators(items)
        return t

    def set_enumerators(self, items):
        self._items = tuple(items)
        self._enumerators = dict((v, k) for k, v in reversed(self._items))
        if any(v < 0 for v in self._enumerators):
            self.letter = 'i'
        else:
            self.letter = 'I'


CType.__module__ = '_cffi_backend'


def _new_simple(kind, name, letter):
    t = CType(kind, name + '&', _rawffi.sizeof(letter), _rawffi.alignment(letter))
    t.letter = letter
    return t


_prim_cache = {}
void_type = CType('void', 'void&')


def primitive_type(name):
    t = _prim_cache.get(name)
    if t is None:
        if name == 'void':
            return void_type
        if name not in _PRIMITIVES:
            raise FFIError("unknown type name '%s'" % name)
        letter, kind = _PRIMITIVES[name]
        t = _prim_cache[name] = _new_simple(kind, name, letter)
    return t


def pointer_type(item):
    p = getattr(item, '_ptr', None)
    if p is None:
        p = CType('pointer', None, 8, 8)
        p.letter = 'P'
        p._item = item
        item._ptr = p
    return p


def array_type(item, length):
    cache = item.__dict__.setdefault('_arrays', {})
    a = cache.get(length)
    if a is None:
        if item._kind == 'void':
            raise FFIError("array items of type 'void' are not allowed")
        a = CType('array', None, item.size * (length or 0), item.align)
        a._item = item
        a._length = length
        a.letter = 'P'
        cache[length] = a
    return a


_func_cache = {}


def function_type(result, args, ellipsis):
    key = (result, tuple(args), ellipsis)
    f = _func_cache.get(key)
    if f is None:
        f = CType('function', None)
        f._result = result
        f._args = list(args)
        f._ellipsis = ellipsis
        _func_cache[key] = f
    return f


# ---------------------------------------------------------------------------------------------
# Memory access

_shapes = {}
_F32 = _rawffi.Array('f')(1, autofree=True)


def _shape(letter):
    s = _shapes.get(letter)
    if s is None:
        s = _shapes[letter] = _rawffi.Array(letter)
    return s


def _alloc(size):
    return _BYTES(max(size, 1), autofree=True)


def _read(t, address, owner):
    """The Python value (or cdata view) of type t stored at address."""
    kind = t._kind
    if kind in ('int', 'float', 'char', 'bool', 'wchar', 'enum'):
        if address == 0:
            raise RuntimeError("cannot dereference null pointer from cdata '%s'" % pointer_type(t).cname)
        value = _shape(t.letter).fromaddress(address, 1)[0]
        if t.letter == 'g':
            return CData._make(t, 0, None, value=value)   # cffi keeps a long double as a cdata
        return value
    if kind == 'pointer':
        if address == 0:
            raise RuntimeError("cannot dereference null pointer from cdata '%s'" % pointer_type(t).cname)
        value = _shape('P').fromaddress(address, 1)[0]
        if t._item._kind == 'function':
            return CData._func(t._item, value, None) if value else CData._pointer(t, 0, None)
        return CData._pointer(t, value, None)
    if kind in ('struct', 'union', 'array'):
        if address == 0:
            raise RuntimeError("cannot dereference null pointer from cdata '%s'" % pointer_type(t).cname)
        return CData._view(t, address, owner)
    raise TypeError("cannot read a value of type '%s'" % t.cname)


def _int_value(t, value):
    if isinstance(value, CData):
        if value._ct._kind in ('pointer', 'array', 'struct', 'union', 'void'):
            raise TypeError("int() not supported on cdata '%s'" % value._ct.cname)
    if isinstance(value, CData) and value._ct._kind in ('int', 'enum', 'char', 'bool'):
        value = value._value if value._ct._kind != 'char' else ord(value._value)
    if isinstance(value, bool):
        value = int(value)
    if not isinstance(value, int):
        raise TypeError("an integer is required")
    bits = t.size * 8
    lo, hi = (0, 2 ** bits - 1) if t.letter in _UNSIGNED else (-2 ** (bits - 1), 2 ** (bits - 1) - 1)
    if not lo <= value <= hi:
        raise OverflowError("integer %d does not fit '%s'" % (value, t.cname))
    return value


_CHARLIKE = ('char', 'signed char', 'unsigned char', 'int8_t', 'uint8_t')


def _byte_sized(t):
    """char, signed char, unsigned char (and their typedefs): what bytes initialise."""
    return t._kind == 'char' or t._kind == 'int' and t.size == 1


def _pointer_arg(t, value, call=False):
    """An address for a pointer of type t, with cffi's rules: the same item type, void * on
    either side, or char-like items on both (a call's char * also takes bytes: see _arg_value).
    None is not NULL for cffi (ffi.NULL is)."""
    if isinstance(value, CData):
        vk = value._ct._kind
        if vk == 'pointer' or vk == 'array' or vk == 'function':
            target = value._ct._item if vk != 'function' else value._ct
            item = t._item
            if target is item or item._kind == 'void' or target._kind == 'void' or vk == 'function' or \
                    target.cname == item.cname or target.cname in _CHARLIKE and item.cname in _CHARLIKE:
                return value._address()
            if item._kind == 'function' and target._kind == 'function':
                return value._address()
            if item._kind in ('struct', 'union') or target._kind in ('struct', 'union'):
                raise TypeError("initializer for ctype '%s' must be a pointer to same type, not cdata '%s'" % (t.cname, value._ct.cname))
            if call:
                raise TypeError("implicit cast to '%s' from a different pointer type.(check that the types are as you expect; use an explicit ffi.cast() if they are correct)" % t.cname)
            raise TypeError("implicit cast from '%s' to a different pointer type: (check that the types are as you expect; use an explicit ffi.cast() if they are correct)" % value._ct.cname)
    if call and isinstance(value, str) and t._item._kind == 'char':
        raise TypeError("initializer for ctype '%s' must be a bytes or list or tuple, not str" % t.cname)
    raise TypeError("initializer for ctype '%s' must be a cdata pointer, not %s" % (t.cname, _tname(value)))


def _tname(value):
    if isinstance(value, CData):
        return "cdata '%s'" % value._ct.cname
    return type(value).__name__


def _write(t, address, value, owner):
    kind = t._kind
    if kind in ('int', 'enum'):
        _shape(t.letter).fromaddress(address, 1)[0] = _int_value(t, value)
    elif kind == 'float':
        if isinstance(value, CData) and value._ct._kind in ('int', 'float'):
            value = value._value
        if not isinstance(value, (int, float)):
            raise TypeError('must be real number, not %s' % type(value).__name__)
        _shape(t.letter).fromaddress(address, 1)[0] = float(value)
    elif kind == 'char':
        if isinstance(value, CData) and value._ct._kind == 'char':
            value = value._value
        if not (isinstance(value, bytes) and len(value) == 1):
            raise TypeError("initializer for ctype 'char' must be a bytes of length 1, not %s" % _tname(value))
        _shape('c').fromaddress(address, 1)[0] = value
    elif kind == 'wchar':
        if not (isinstance(value, str) and len(value) == 1):
            raise TypeError("initializer for ctype 'wchar_t' must be a str of length 1, not %s" % _tname(value))
        _shape('u').fromaddress(address, 1)[0] = value
    elif kind == 'bool':
        v = _int_value(primitive_type('int'), value)
        if v not in (0, 1):
            raise OverflowError("integer %d does not fit '_Bool'" % v)
        _shape('?').fromaddress(address, 1)[0] = v
    elif kind == 'pointer':
        _shape('P').fromaddress(address, 1)[0] = _pointer_arg(t, value)
        if isinstance(value, CData) and owner is not None:
            pass
    elif kind == 'array':
        item = t._item
        if isinstance(value, CData) and value._ct is t:
            _rawffi.memmove(address, value._addr, t.size)
        elif isinstance(value, bytes) and _byte_sized(item):
            n = t._length if t._length is not None else len(value) + 1
            if len(value) > n:
                raise IndexError('initializer bytes is too long for %s (got %d characters)' % (t.cname, len(value)))
            data = value + b'\0' if len(value) < n else value
            view = _BYTES.fromaddress(address, len(data))
            for i, b in enumerate(data):
                view[i] = b
        elif isinstance(value, str) and item._kind == 'wchar':
            for i, ch in enumerate(value + '\0' if t._length is None or len(value) < t._length else value):
                _write(item, address + i * item.size, ch, owner)
        elif isinstance(value, (list, tuple)):
            if t._length is not None and len(value) > t._length:
                raise IndexError("too many initializers for '%s' (got %d)" % (t.cname, len(value)))
            for i, v in enumerate(value):
                _write(item, address + i * item.size, v, owner)
        elif item._kind == 'char':
            raise TypeError("initializer for ctype '%s' must be a bytes or list or tuple, not %s" % (t.cname, _tname(value)))
        elif item._kind == 'wchar':
            raise TypeError("initializer for ctype '%s' must be a str or list or tuple, not %s" % (t.cname, _tname(value)))
        else:
            raise TypeError("initializer for ctype '%s' must be a list or tuple, not %s" % (t.cname, _tname(value)))
    elif kind in ('struct', 'union'):
        t.check_complete()
        if isinstance(value, CData) and value._ct is t:
            _rawffi.memmove(address, value._addr, t.size)
        elif isinstance(value, (list, tuple)):
            if len(value) > len(t.names):
                raise ValueError("too many initializers for '%s' (got %d)" % (t.cname, len(value)))
            for name, v in zip(t.names, value):
                _write_field(t, address, name, v, owner)
        elif isinstance(value, dict):
            for name, v in value.items():
                if name not in t._fields:
                    raise KeyError(name)
                _write_field(t, address, name, v, owner)
        else:
            raise TypeError("initializer for ctype '%s' must be a list or tuple or dict or struct-cdata, not %s" % (t.cname, _tname(value)))
    else:
        raise TypeError("cannot write a value of type '%s'" % t.cname)


def _read_field(t, address, name, owner, via=None):
    ft, offset, bits = t.field(name, via)
    if bits is not None:
        return getattr(bits[0].fromaddress(address + bits[2]), bits[1])
    return _read(ft, address + offset, owner)


def _write_field(t, address, name, value, owner, via=None):
    ft, offset, bits = t.field(name, via)
    if bits is not None:
        setattr(bits[0].fromaddress(address + bits[2]), bits[1], _int_value(ft, value))
        return
    _write(ft, address + offset, value, owner)


def _to_address(obj):
    if isinstance(obj, CData):
        return obj._address()
    if isinstance(obj, int):
        return obj
    if obj is None:
        return 0
    if hasattr(obj, 'buffer'):
        return obj.buffer
    raise TypeError('expected a cdata, got %s' % type(obj).__name__)


# ffi.new_handle(): handle address -> (object, the 1-byte block giving the address). The table
# owns the block, so the address cannot be handed out again while the entry exists; the entry
# goes when the handle cdata dies (a weakref.finalize on it).
_handles = {}


# ---------------------------------------------------------------------------------------------
# cdata

class CData:
    """A cdata: `_ct` its ctype; `_addr` the pointer value (pointers, functions) or the address
    of the memory (arrays, structs); `_value` for primitives; `_own` what keeps memory alive;
    `_fin` (set by ffi.gc only) the weakref.finalize that calls its destructor."""

    __slots__ = ('_ct', '_addr', '_value', '_own', '_size', '_extra', '_fin', '__weakref__')

    def __init__(self, *args):
        raise TypeError("cannot create 'CData' instances directly: use ffi.new() or ffi.cast()")

    @staticmethod
    def _make(t, addr, own, size=None, value=None, extra=None):
        c = object.__new__(CData)
        c._ct = t
        c._addr = addr
        c._own = own
        c._size = size
        c._value = value
        c._extra = extra
        return c

    @staticmethod
    def _pointer(t, addr, own):
        return CData._make(t, addr, own)

    @staticmethod
    def _owning(t, buf, size):
        return CData._make(t, buf.buffer, buf, size)

    @staticmethod
    def _view(t, addr, owner):
        return CData._make(t, addr, owner)

    @staticmethod
    def _handle(t, address, obj):
        return CData._make(t, address, None, extra=('handle', obj))

    @staticmethod
    def _func(ft, addr, name):
        return CData._make(pointer_type(ft), addr, None, extra=('func', name, {}))

    @staticmethod
    def _cast(t, value):
        kind = t._kind
        if kind in ('int', 'enum', 'bool', 'char', 'wchar', 'float'):
            if isinstance(value, CData):
                value = value._value if value._ct._kind not in ('pointer', 'array', 'function') else value._address()
            if value is None:
                raise TypeError('an integer is required')
            if kind == 'float':
                if isinstance(value, bytes) and len(value) == 1:
                    value = value[0]
                value = float(value)
                if t.letter == 'f':     # a C float: rounded to single precision (inf beyond)
                    _F32[0] = value
                    value = _F32[0]
                return CData._make(t, 0, None, value=value)
            if kind == 'char':
                if isinstance(value, bytes):
                    return CData._make(t, 0, None, value=value)
                if isinstance(value, str) and len(value) == 1:
                    value = ord(value)
                return CData._make(t, 0, None, value=bytes([int(value) & 0xff]))
            if kind == 'wchar':
                return CData._make(t, 0, None, value=value if isinstance(value, str) else chr(int(value)))
            if isinstance(value, bytes) and len(value) == 1:
                value = value[0]
            elif isinstance(value, str) and len(value) == 1:
                value = ord(value)
            if isinstance(value, float):
                value = int(value)
            if kind == 'bool':
                return CData._make(t, 0, None, value=bool(value))
            bits = t.size * 8
            v = value & (2 ** bits - 1)
            if t.letter not in _UNSIGNED and v >= 2 ** (bits - 1):
                v -= 2 ** bits
            return CData._make(t, 0, None, value=v)
        if kind == 'pointer' or kind == 'array':
            if value is None:
                return CData._pointer(t, 0, None)
            if isinstance(value, float):
                value = int(value)
            if isinstance(value, CData):
                if value._ct._kind in ('int', 'enum'):
                    return CData._pointer(t, value._value & (2 ** 64 - 1), None)
                keep = value if value._own is not None else value._own
                if t._item._kind == 'function':
                    return CData._make(t, value._address(), keep, extra=('func', None, {}))
                return CData._pointer(t, value._address(), keep)
            if isinstance(value, int):
                if t._item._kind == 'function':
                    return CData._make(t, value & (2 ** 64 - 1), None, extra=('func', None, {}))
                return CData._pointer(t, value & (2 ** 64 - 1), None)
            raise TypeError("cannot cast %s to ctype '%s'" % (_tname(value), t.cname))
        raise TypeError("cannot cast to ctype '%s'" % t.cname)

    # -- helpers -------------------------------------------------------------------------------
    def _address(self):
        return self._addr

    def _sizeof(self):
        t = self._ct
        if t._kind == 'array':
            return t._item.size * self._len()
        return t.size

    def _len(self):
        t = self._ct
        if t._length is not None:
            return t._length
        return self._size // t._item.size if t._item.size else 0

    def _size_of_target(self):
        t = self._ct
        if t._kind == 'array':
            return self._sizeof()
        if t._kind == 'pointer':
            return self._size if self._size is not None else t._item.size
        return t.size

    def _target(self):
        t = self._ct
        if t._kind == 'pointer':
            if self._addr == 0:
                raise RuntimeError("cannot dereference null pointer from cdata '%s'" % t.cname)
            if t._item._kind == 'void' or t._item._kind in ('struct', 'union') and t._item._fields is None:
                raise TypeError("cdata '%s' is opaque" % t._item.cname)
            return t._item
        if t._kind == 'array':
            return t._item
        raise TypeError("cdata of type '%s' cannot be indexed" % t.cname)

    def _item_address(self, i):
        item = self._target()
        if not isinstance(i, int):
            i = _index(i)
        if self._ct._kind == 'array':
            n = self._len()
            if i < 0:
                raise IndexError('negative index')
            if i >= n:
                raise IndexError("index too large for cdata '%s' (expected %d < %d)" % (self._ct.cname, i, n))
        return self._addr + i * item.size

    # -- the Python protocols -----------------------------------------------------------------
    def _slice(self, s):
        """(item type, address, length) of cdata[start:stop], with cffi's checks."""
        if s.step is not None:
            raise IndexError('slice with step not supported')
        if s.start is None:
            raise IndexError('slice start must be specified')
        if s.stop is None:
            raise IndexError('slice stop must be specified')
        start, stop = s.start, s.stop
        if start > stop:
            raise IndexError('slice start > stop')
        if start < 0:
            raise IndexError('negative index')
        if self._ct._kind == 'array' and stop > self._len():
            raise IndexError('index too large (expected %d <= %d)' % (stop, self._len()))
        item = self._target()
        return item, self._addr + start * item.size, stop - start

    def __getitem__(self, i):
        if isinstance(i, slice):
            item, address, n = self._slice(i)
            return CData._make(array_type(item, None), address, self, n * item.size, extra=('slice',))
        t = self._ct
        if i == 0 and t._kind == 'pointer' and t._item._kind in ('struct', 'union') and self._owns():
            # the struct that ffi.new('T *') allocated: it shows as the owner, as in cffi
            return CData._make(t._item, self._addr, self._own, t._item.size)
        return _read(self._target(), self._item_address(i), self)

    def _owns(self):
        """True for the cdata ffi.new() returned (it owns a _rawffi buffer)."""
        return self._extra is None and self._size is not None and self._own is not None and \
            not isinstance(self._own, CData)

    def __setitem__(self, i, value):
        if isinstance(i, slice):
            item, address, n = self._slice(i)
            if isinstance(value, CData) and value._ct._kind == 'array' and value._ct._item is item:
                if value._len() != n:
                    raise ValueError('need %d values to unpack, got %d' % (n, value._len()))
                _rawffi.memmove(address, value._addr, n * item.size)
                return
            if isinstance(value, bytes) and item._kind == 'char':
                value = [value[k:k + 1] for k in range(len(value))]
            values = list(value)
            if len(values) != n:
                raise ValueError('need %d values to unpack, got %d' % (n, len(values)))
            for k, v in enumerate(values):
                _write(item, address + k * item.size, v, self)
            return
        _write(self._target(), self._item_address(i), value, self)

    def __getattr__(self, name):
        t = object.__getattribute__(self, '_ct')
        if t._kind == 'pointer' and t._item._kind in ('struct', 'union'):
            if self._addr == 0:
                raise RuntimeError("cannot dereference null pointer from cdata '%s'" % t.cname)
            return _read_field(t._item, self._addr, name, self, t)
        if t._kind in ('struct', 'union'):
            return _read_field(t, self._addr, name, self)
        raise AttributeError("cdata '%s' has no attribute '%s'" % (t.cname, name))

    def __setattr__(self, name, value):
        if name in CData.__slots__:
            object.__setattr__(self, name, value)
            return
        t = self._ct
        if t._kind == 'pointer' and t._item._kind in ('struct', 'union'):
            if self._addr == 0:
                raise RuntimeError("cannot dereference null pointer from cdata '%s'" % t.cname)
            _write_field(t._item, self._addr, name, value, self, t)
        elif t._kind in ('struct', 'union'):
            _write_field(t, self._addr, name, value, self)
        else:
            raise AttributeError("cdata '%s' has no attribute '%s'" % (t.cname, name))

    def __len__(self):
        if self._ct._kind != 'array':
            raise TypeError("cdata of type '%s' has no len()" % self._ct.cname)
        return self._len()

    def __iter__(self):
        if self._ct._kind != 'array':
            raise TypeError("cdata '%s' does not support iteration" % self._ct.cname)
        for i in range(self._len()):
            yield self[i]

    def __int__(self):
        t = self._ct
        if t._kind in ('int', 'enum', 'bool'):
            return int(self._value)
        if t._kind == 'char':
            return ord(self._value)
        if t._kind == 'wchar':
            return ord(self._value)
        if t._kind == 'float':
            return int(self._value)
        raise TypeError("int() not supported on cdata '%s'" % t.cname)

    def __float__(self):
        if self._ct._kind in ('int', 'float', 'enum', 'bool'):
            return float(self._value)
        raise TypeError("float() not supported on cdata '%s'" % self._ct.cname)

    def __bool__(self):
        t = self._ct
        if t._kind in ('pointer', 'array'):
            return self._address() != 0
        if t._kind in ('struct', 'union'):
            return True
        return bool(self._value) if t._kind != 'char' else self._value != b'\0'

    # Comparisons as cffi's: pointers and arrays by address, primitives by value, other cdata
    # (structs) by identity; ordering only between cdata.
    def _cmpvalue(self):
        k = self._ct._kind
        if k in ('pointer', 'array'):
            return ('p', self._addr)
        if k in ('struct', 'union') or self._extra is not None:
            return ('o', id(self))
        return ('v', self._value)

    def _cmp(self, other, op):
        a = self._cmpvalue()
        if isinstance(other, CData):
            b = other._cmpvalue()
        elif a[0] == 'v':
            b = ('v', other)        # a primitive cdata compares as its Python value
        elif op in ('==', '!='):
            return NotImplemented
        else:
            raise TypeError("'%s' not supported between instances of '_cffi_backend._CDataBase' and '%s'" % (op, type(other).__name__))
        if a[0] != b[0]:
            if op in ('==', '!='):
                return op == '!='
            a, b = (a[0], 0), (b[0], 0)
        return _COMPARE[op](a[1], b[1])

    def __eq__(self, other):
        return self._cmp(other, '==')

    def __ne__(self, other):
        return self._cmp(other, '!=')

    def __lt__(self, other):
        return self._cmp(other, '<')

    def __le__(self, other):
        return self._cmp(other, '<=')

    def __gt__(self, other):
        return self._cmp(other, '>')

    def __ge__(self, other):
        return self._cmp(other, '>=')

    def __hash__(self):
        return hash(self._cmpvalue()[1])

    def _step(self):
        """The size pointer arithmetic steps by, with cffi's errors."""
        t = self._ct
        if t._kind not in ('pointer', 'array') or t._kind == 'pointer' and t._item._kind == 'function':
            raise TypeError("cannot add a cdata '%s' and a number" % t.cname)
        item = t._item
        if item._kind == 'void':
            return item, 1          # as gcc: void * steps by bytes
        if item._kind in ('struct', 'union') and item._fields is None:
            raise TypeError("ctype '%s' points to items of unknown size" % t.cname)
        return item, item.size

    def __add__(self, n):
        if not isinstance(n, int):
            if isinstance(n, CData):
                return NotImplemented
            n = _index(n)
        item, step = self._step()
        return CData._pointer(pointer_type(item), self._addr + n * step, self._own or self)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, CData):
            if other._ct is not self._ct and not (self._ct._kind == other._ct._kind == 'pointer' and
                                                  self._ct._item is other._ct._item):
                raise TypeError("cannot subtract cdata '%s' and cdata '%s'" % (self._ct.cname, other._ct.cname))
            item, step = self._step()
            return (self._addr - other._addr) // step
        if not isinstance(other, int):
            if not hasattr(type(other), '__index__'):
                _index(other)       # raises cffi's TypeError
            other = _index(other)
        return self.__add__(-other)

    def __call__(self, *args):
        extra = self._extra
        if extra is None or extra[0] not in ('func', 'callback'):
            raise TypeError("cdata '%s' is not callable" % self._ct.cname)
        fast = extra[2].get('fast', _NO_FAST) if self._addr else None
        if fast is _NO_FAST:
            fast = extra[2]['fast'] = _fast_funcptr(self)
        if fast is not None:
            try:
                return fast(*args)
            except (TypeError, OverflowError, ValueError):
                pass    # not converted (C was not called): the general path raises cffi's error
        if self._addr == 0:
            raise RuntimeError("cannot call null pointer pointer from cdata '%s'" % self._ct.cname)
        ft = self._ct._item
        nargs = len(ft._args)
        if len(args) != nargs and not (ft._ellipsis and len(args) >= nargs):
            raise TypeError("'%s' expects %d arguments, got %d" % (self._ct.cname, nargs, len(args)))
        values = [_arg_value(ft._args[i], a, i, extra[1]) for i, a in enumerate(args[:nargs])]
        fp = _get_funcptr(self, ft, len(args) - nargs)
        if ft._ellipsis:
            types, extras = [], []
            for i in range(nargs, len(args)):
                spec, value = _variadic_arg(args[i], i)
                types.append(spec)
                extras.append(value)
            return _result(ft._result, fp.call_variadic(values, types, extras))
        return _result(ft._result, fp(*values))

    def __enter__(self):
        if not _releasable(self):
            raise ValueError(_NOT_RELEASABLE)
        return self

    def __exit__(self, *exc):
        _release(self)

    def __repr__(self):
        t = self._ct
        extra = self._extra
        if extra is not None and extra[0] == 'handle':
            return "<cdata '%s' handle to %r>" % (t.cname, extra[1])
        if extra is not None and extra[0] == 'slice':
            return "<cdata '%s' sliced length %d>" % (t.cname, self._len())
        if extra is not None and extra[0] == 'buffer':
            if t._kind == 'array':
                return "<cdata '%s' buffer len %d from '%s' object>" % (t.cname, self._len(), extra[1])
            return "<cdata '%s' buffer from '%s' object>" % (t.cname, extra[1])
        if extra is not None and extra[0] == 'callback':
            return "<cdata '%s' calling %r>" % (t.cname, extra[1])
        if t._kind in ('int', 'enum', 'bool', 'char', 'wchar', 'float'):
            v = self._value
            if t._kind == 'enum':
                name = t._enumerators.get(v)
                return "<cdata '%s' %s>" % (t.cname, '%d: %s' % (v, name) if name is not None else v)
            if t.letter == 'g':
                return "<cdata '%s' %E>" % (t.cname, v)
            return "<cdata '%s' %r>" % (t.cname, v)
        if self._size is not None and self._own is not None and not isinstance(self._own, CData):
            return "<cdata '%s' owning %d bytes>" % (t.cname, self._size)
        if t._kind in ('pointer',) and self._addr == 0:
            return "<cdata '%s' NULL>" % t.cname
        if t._kind in ('struct', 'union'):
            return "<cdata '%s &' %#x>" % (t.cname, self._addr)     # a reference to memory
        return "<cdata '%s' %#x>" % (t.cname, self._addr)


_COMPARE = {'==': lambda x, y: x == y, '!=': lambda x, y: x != y, '<': lambda x, y: x < y,
            '<=': lambda x, y: x <= y, '>': lambda x, y: x > y, '>=': lambda x, y: x >= y}

CData.__module__ = '_cffi_backend'
CData.__name__ = CData.__qualname__ = '_CDataBase'


def _index(n):
    """operator.index with the message CPython's PyNumber_Index gives."""
    try:
        return n.__index__()
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__) from None


_NOT_RELEASABLE = ("only 'cdata' object from ffi.new(), ffi.gc(), ffi.from_buffer() or "
                   "ffi.new_allocator()() can be used with the 'with' keyword or ffi.release()")


def _gc_fin(c):
    """The finalize of a cdata made by ffi.gc, or None (the slot is set by ffi.gc only)."""
    try:
        return object.__getattribute__(c, '_fin')
    except AttributeError:
        return None


def _releasable(c):
    if not isinstance(c, CData):
        return False
    extra = c._extra
    if extra is not None and extra[0] == 'buffer':
        return True
    if _gc_fin(c) is not None:
        return True
    return extra is None and c._size is not None and c._own is not None and not isinstance(c._own, CData)


def _release(c):
    """ffi.release(): give back now what the cdata holds (memory of ffi.new, the export of
    ffi.from_buffer, the destructor call of ffi.gc); releasing twice does nothing more."""
    if not isinstance(c, CData):
        raise TypeError("expected a 'cdata' object")
    if not _releasable(c):
        raise ValueError(_NOT_RELEASABLE)
    extra = c._extra
    if extra is not None and extra[0] == 'buffer':
        _rawffi.release_buffer(c)
        return
    fin = _gc_fin(c)
    if fin is not None:
        fin()
        return
    try:
        c._own.free()
    except ValueError:
        pass          # already released


def _arg_value(t, a, i, fname):
    kind = t._kind
    try:
        if kind == 'pointer':
            if isinstance(a, bytes) and t._item._kind in ('char', 'void') or t._item.cname in ('signed char', 'unsigned char', 'int8_t', 'uint8_t'):
                if isinstance(a, bytes):
                    return a
            if isinstance(a, str) and t._item._kind == 'wchar':
                return a
            return _pointer_arg(t, a, True)
        if kind in ('int', 'enum'):
            return _int_value(t, a)
        if kind == 'float':
            if isinstance(a, CData) and a._ct._kind in ('int', 'float'):
                return a._value
            if not isinstance(a, (int, float)):
                raise TypeError('must be real number, not %s' % type(a).__name__)
            return float(a)
        if kind == 'char':
            if isinstance(a, CData) and a._ct._kind == 'char':
                return a._value
            if not (isinstance(a, bytes) and len(a) == 1):
                raise TypeError("initializer for ctype 'char' must be a bytes of length 1, not %s" % _tname(a))
            return a
        if kind == 'bool':
            return bool(_int_value(primitive_type('int'), a))
        if kind == 'wchar':
            return a
        if kind in ('struct', 'union'):
            if isinstance(a, CData) and a._ct is t:
                return _BYTES.fromaddress(a._addr, t.size)
            raise TypeError("initializer for ctype '%s' must be a cdata struct, not %s" % (t.cname, _tname(a)))
    except TypeError as e:
        raise TypeError(str(e)) from None
    raise TypeError("cannot pass an argument of type '%s'" % t.cname)


def _variadic_arg(a, i):
    """(type letter, value) of an argument in the '...' part: a cdata, typed by its own ctype
    with C's default promotions (small ints to int, float to double)."""
    if not isinstance(a, CData):
        raise TypeError("argument %d passed in the variadic part needs to be a cdata object (got %s)" % (i + 1, type(a).__name__))
    t = a._ct
    k = t._kind
    if k in ('pointer', 'array') or a._extra is not None and a._extra[0] in ('func', 'callback'):
        return 'P', a._address()
    if k == 'float':
        if t.letter == 'g':
            raise TypeError("argument %d passed in the variadic part: 'long double' is not supported" % (i + 1))
        return 'd', float(a._value)
    if k in ('char', 'wchar', 'bool'):
        return 'i', int(a)
    if k in ('int', 'enum'):
        return ('i' if t.size < 4 else t.letter), a._value
    raise TypeError("argument %d passed in the variadic part: cannot pass a cdata '%s'" % (i + 1, t.cname))


_NO_FAST = object()
_FAST_LETTERS = 'bBhHiIlLqQfd'


def _fast_funcptr(c):
    """For a function of plain numeric arguments and result: an _ffi.FuncPtr checking int
    ranges as cffi does, which takes and returns exactly the Python values (None otherwise)."""
    ft = c._ct._item
    numeric = lambda t: t._kind in ('int', 'float') and t.letter in _FAST_LETTERS
    if ft._ellipsis or not all(numeric(a) for a in ft._args) or not (numeric(ft._result) or ft._result._kind == 'void'):
        return None
    import _ffi
    return _ffi.FuncPtr.fromaddr(c._addr, 'cffi', [a.letter for a in ft._args], ft._result.spec(),
                                 _rawffi.FUNCFLAG_USE_ERRNO, 'check')


def _get_funcptr(c, ft, nvar):
    cache = c._extra[2]
    fp = cache.get(nvar)
    if fp is None:
        specs = [a.spec() for a in ft._args]
        res = ft._result.spec()
        fp = _rawffi.FuncPtr(c._addr, specs, res, _rawffi.FUNCFLAG_USE_ERRNO) if not ft._ellipsis else None
        if fp is None:
            fp = _VariadicCall(c._addr, specs, res)
        cache[nvar] = fp
    return fp


def _VariadicCall(address, specs, res):
    """A variadic function: an _ffi.FuncPtr whose extra arguments are typed per call."""
    import _ffi
    return _ffi.FuncPtr.fromaddr(address, 'variadic', specs, res, _rawffi.FUNCFLAG_USE_ERRNO, variadic=True)


def _result(t, raw):
    kind = t._kind
    if kind == 'void':
        return None
    if kind == 'pointer':
        if t._item._kind == 'function':
            return CData._func(t._item, raw, None)
        return CData._pointer(t, raw or 0, None)
    if kind in ('struct', 'union'):
        return CData._view(t, raw.buffer, raw)
    return raw


def _raw_to_python(t, raw):
    """A callback's raw C argument as the Python value cffi passes (a struct by value: a cdata
    over the copy _rawffi made, which it owns)."""
    if t._kind in ('pointer', 'struct'):
        return _result(t, raw)
    return raw


def _make_callback(t, fn, error, onerror):
    ft = t._item
    if ft._ellipsis or any(a._kind == 'union' for a in ft._args) or ft._result._kind == 'union':
        raise NotImplementedError("%s: callback with unsupported argument or return type or with '...'" % t.cname)
    res = ft._result
    if res._kind == 'void' and error is not None:
        raise TypeError("callback with the return type 'void' must return None")
    err_raw = None if res._kind == 'void' else (0 if error is None else _callback_result(res, error))
    where = 'Exception ignored from cffi callback %r' % (fn,)

    def wrapper(*raw):
        # What C gets back when fn fails: error= (or 0), or what onerror returns; exceptions
        # never reach C, they are reported on stderr as cffi reports them.
        try:
            value = fn(*[_raw_to_python(a, r) for a, r in zip(ft._args, raw)])
        except Exception as e:
            return on_error(e, where + ':')
        try:
            return _callback_result(res, value)
        except Exception as e:
            return on_error(e, where + ', trying to convert the result back to C:')

    def on_error(e, message):
        if onerror is None:
            _rawffi.write_unraisable(message, e)
            return err_raw
        try:
            r = onerror(type(e), e, e.__traceback__)
            return err_raw if r is None else _callback_result(res, r)
        except Exception as e2:
            e2.__suppress_context__ = True
            _rawffi.write_unraisable(message, e)
            _rawffi.write_unraisable("Exception ignored during handling of the above exception by 'onerror':", e2)
            return err_raw

    cb = _rawffi.CallbackPtr(wrapper, [a.spec() for a in ft._args], res.spec())
    c = CData._make(t, cb.buffer, cb, extra=('callback', fn, {}))
    return c


def _callback_result(t, value):
    kind = t._kind
    if kind == 'void':
        return None
    if kind == 'struct':
        # C copies the struct out of this block before the callback returns
        buf = _alloc(t.size)
        _write(t, buf.buffer, value, buf)
        return buf
    if kind == 'pointer':
        return _pointer_arg(t, value)
    if kind in ('int', 'enum'):
        return _int_value(t, value)
    if kind == 'float':
        return float(value)
    if kind == 'bool':
        return bool(value)
    return value


def _string(cdata, maxlen=-1):
    if not isinstance(cdata, CData):
        raise TypeError('string() argument 1 must be _cffi_backend._CDataBase, not %s' % type(cdata).__name__)
    t = cdata._ct
    if t._kind in ('pointer', 'array'):
        item = t._item
        n = cdata._len() if t._kind == 'array' else -1
        if maxlen >= 0:
            n = maxlen if n < 0 else min(n, maxlen)
        if cdata._address() == 0:
            raise RuntimeError('cannot use string() on NULL pointer')
        if item._kind == 'char' or item.cname in ('signed char', 'unsigned char', 'int8_t', 'uint8_t'):
            return _rawffi.charp2string(cdata._address(), n) if n >= 0 else _rawffi.charp2string(cdata._address())
        if item._kind == 'wchar':
            return _rawffi.wcharp2unicode(cdata._address(), n) if n >= 0 else _rawffi.wcharp2unicode(cdata._address())
        raise TypeError("string(): unexpected cdata '%s' argument" % t.cname)
    if t._kind == 'enum':
        name = t._enumerators.get(cdata._value)
        return name if name is not None else str(cdata._value)
    if t._kind in ('char', 'wchar'):
        return cdata._value
    raise TypeError("string(): unexpected cdata '%s' argument" % t.cname)


def _unpack(cdata, length):
    t = cdata._ct
    if t._kind not in ('pointer', 'array'):
        raise TypeError("expected a pointer or array, got cdata '%s'" % t.cname)
    item = t._item
    if item._kind == 'char':
        return _rawffi.rawstring_at(cdata._address(), length) if length else b''
    if item._kind == 'wchar':
        return _rawffi.wcharp2rawunicode(cdata._address(), length)
    return [_read(item, cdata._address() + i * item.size, cdata) for i in range(length)]
