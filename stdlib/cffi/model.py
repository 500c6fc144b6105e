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
    'float': ('f', 'float'), 'double': ('d', 'float'), 'long double': ('d', 'float'),
    '_Bool': ('?', 'bool'), 'bool': ('?', 'bool'), 'wchar_t': ('u', 'wchar'),
    'int8_t': ('b', 'int'), 'uint8_t': ('B', 'int'), 'int16_t': ('h', 'int'), 'uint16_t': ('H', 'int'),
    'int32_t': ('i', 'int'), 'uint32_t': ('I', 'int'), 'int64_t': ('l', 'int'), 'uint64_t': ('L', 'int'),
    'size_t': ('L', 'int'), 'ssize_t': ('l', 'int'), 'intptr_t': ('l', 'int'), 'uintptr_t': ('L', 'int'),
    'ptrdiff_t': ('l', 'int'), 'off_t': ('l', 'int'), 'time_t': ('l', 'int'), 'pid_t': ('i', 'int'),
    'uid_t': ('I', 'int'), 'gid_t': ('I', 'int'), 'mode_t': ('I', 'int'),
}
_UNSIGNED = set('BHILQ')


class CType:
    """A C type. `marker` is its name with '&' where a declarator would go ('int(*&)[3]')."""

    def __init__(self, kind, marker, size=0, align=1):
        self.kind = kind
        self.marker = marker
        self.cname = marker.replace('&', '').strip()
        self.size = size
        self.align = align
        self.letter = None
        self.item = None
        self.length = None

    def __repr__(self):
        return "<ctype '%s'>" % self.cname

    def check_complete(self):
        if self.kind in ('struct', 'union'):
            if self.partial:
                raise VerificationMissing(self.cname)
            if self.fields is None:
                raise FFIError("'%s' is opaque or not completed yet" % self.cname)
        if self.kind == 'void':
            raise FFIError("ctype 'void' has no size")

    @property
    def shape(self):
        return self._shape

    def spec(self):
        """The _rawffi type spec (letter, shape or (spec, n))."""
        if self.kind in ('struct', 'union'):
            self.check_complete()
            return self._shape
        if self.kind == 'array':
            item, n = self.item, self.length or 0
            while item.kind == 'array':
                item, n = item.item, n * (item.length or 0)
            return (item.spec(), n)
        if self.kind == 'void':
            return None
        return self.letter

    # -- constructors ------------------------------------------------------------------------
    @staticmethod
    def struct(kind, cname):
        t = CType(kind, cname + '&')
        t.fields = None
        t.partial = False
        t.names = []
        return t

    def complete(self, fields, pack, partial):
        self.partial = partial
        specs = []
        flat = []
        for name, ft, bits in fields:
            ft.check_complete() if ft.kind != 'array' else ft.item.check_complete()
            fname = name if name is not None else '$anon%d' % len(specs)
            spec = (fname, ft.spec()) if bits is None else (fname, ft.letter, bits)
            specs.append(spec)
            flat.append((fname, ft, bits, name is None))
        self._shape = _rawffi.Structure(specs, pack=pack, union=self.kind == 'union')
        self.size = self._shape.size
        self.align = self._shape.alignment
        self.fields = {}
        self.names = []
        for fname, ft, bits, anon in flat:
            offset = self._shape.fieldoffset(fname)
            if anon and ft.kind in ('struct', 'union'):
                for sub in ft.names:
                    st, so, sb = ft.fields[sub]
                    self.fields[sub] = (st, offset + so, sb)
                    self.names.append(sub)
            else:
                self.fields[fname] = (ft, offset, (fname, bits) if bits is not None else None)
                self.names.append(fname)

    def field(self, name):
        if self.kind not in ('struct', 'union'):
            raise TypeError("cdata of type '%s' has no field '%s'" % (self.cname, name))
        self.check_complete()
        try:
            return self.fields[name]
        except KeyError:
            raise AttributeError("cdata '%s' has no field '%s'" % (self.cname, name)) from None

    @staticmethod
    def enum(cname, items):
        t = CType('enum', cname + '&', 4, 4)
        t.letter = 'i'
        t.set_enumerators(items)
        return t

    def set_enumerators(self, items):
        self.enumerators = dict((v, k) for k, v in reversed(tuple(items)))
        if any(v < 0 for v in self.enumerators):
            self.letter = 'i'
        else:
            self.letter = 'I'


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
        extra = '(*&)' if item.kind in ('array', 'function') else ' *&'
        p = CType('pointer', item.marker.replace('&', extra), 8, 8)
        p.letter = 'P'
        p.item = item
        item._ptr = p
    return p


def array_type(item, length):
    cache = item.__dict__.setdefault('_arrays', {})
    a = cache.get(length)
    if a is None:
        if item.kind == 'void':
            raise FFIError("array items of type 'void' are not allowed")
        inner = '&[]' if length is None else '&[%d]' % length
        a = CType('array', item.marker.replace('&', inner, 1), item.size * (length or 0), item.align)
        a.item = item
        a.length = length
        a.letter = 'P'
        cache[length] = a
    return a


_func_cache = {}


def function_type(result, args, ellipsis):
    key = (result, tuple(args), ellipsis)
    f = _func_cache.get(key)
    if f is None:
        names = [a.cname for a in args] + (['...'] if ellipsis else [])
        f = CType('function', '%s(&)(%s)' % (result.marker.replace('&', '').strip(), ', '.join(names) or 'void'))
        f.marker = result.marker.replace('&', '&(%s)' % (', '.join(names) or 'void'))
        f.cname = f.marker.replace('&', '')
        f.result = result
        f.args = list(args)
        f.ellipsis = ellipsis
        _func_cache[key] = f
    return f


# ---------------------------------------------------------------------------------------------
# Memory access

_shapes = {}


def _shape(letter):
    s = _shapes.get(letter)
    if s is None:
        s = _shapes[letter] = _rawffi.Array(letter)
    return s


def _alloc(size):
    return _BYTES(max(size, 1), autofree=True)


def _read(t, address, owner):
    """The Python value (or cdata view) of type t stored at address."""
    kind = t.kind
    if kind in ('int', 'float', 'char', 'bool', 'wchar', 'enum'):
        if address == 0:
            raise RuntimeError("cannot dereference null pointer from cdata '%s'" % pointer_type(t).cname)
        return _shape(t.letter).fromaddress(address, 1)[0]
    if kind == 'pointer':
        if address == 0:
            raise RuntimeError("cannot dereference null pointer from cdata '%s'" % pointer_type(t).cname)
        value = _shape('P').fromaddress(address, 1)[0]
        if t.item.kind == 'function':
            return CData._func(t.item, value, None) if value else CData._pointer(t, 0, None)
        return CData._pointer(t, value, None)
    if kind in ('struct', 'union', 'array'):
        if address == 0:
            raise RuntimeError("cannot dereference null pointer from cdata '%s'" % pointer_type(t).cname)
        return CData._view(t, address, owner)
    raise TypeError("cannot read a value of type '%s'" % t.cname)


def _int_value(t, value):
    if isinstance(value, CData) and value._ct.kind in ('int', 'enum', 'char', 'bool'):
        value = value._value if value._ct.kind != 'char' else ord(value._value)
    if isinstance(value, bool):
        value = int(value)
    if not isinstance(value, int):
        raise TypeError("an integer is required")
    bits = t.size * 8
    lo, hi = (0, 2 ** bits - 1) if t.letter in _UNSIGNED else (-2 ** (bits - 1), 2 ** (bits - 1) - 1)
    if not lo <= value <= hi:
        raise OverflowError("integer %d does not fit '%s'" % (value, t.cname))
    return value


def _pointer_arg(t, value):
    """An address (or bytes for char *) for a pointer of type t; cffi's rules."""
    if value is None:
        return 0
    if isinstance(value, CData):
        vk = value._ct.kind
        if vk == 'pointer' or vk == 'array' or vk == 'function':
            target = value._ct.item if vk != 'function' else value._ct
            if t.item.kind == 'void' or target.kind == 'void' or target is t.item or vk == 'function' or \
                    (target.kind == t.item.kind and target.cname == t.item.cname):
                return value._address()
            if t.item.kind == 'function' and vk == 'pointer' and target.kind == 'function':
                return value._address()
    raise TypeError("initializer for ctype '%s' must be a cdata pointer, not %s" % (t.cname, _tname(value)))


def _tname(value):
    if isinstance(value, CData):
        return "cdata '%s'" % value._ct.cname
    return type(value).__name__


def _write(t, address, value, owner):
    kind = t.kind
    if kind in ('int', 'enum'):
        _shape(t.letter).fromaddress(address, 1)[0] = _int_value(t, value)
    elif kind == 'float':
        if isinstance(value, CData) and value._ct.kind in ('int', 'float'):
            value = value._value
        if not isinstance(value, (int, float)):
            raise TypeError('must be real number, not %s' % type(value).__name__)
        _shape(t.letter).fromaddress(address, 1)[0] = float(value)
    elif kind == 'char':
        if isinstance(value, CData) and value._ct.kind == 'char':
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
            raise OverflowError('value %d does not fit _Bool' % v)
        _shape('?').fromaddress(address, 1)[0] = v
    elif kind == 'pointer':
        _shape('P').fromaddress(address, 1)[0] = _pointer_arg(t, value)
        if isinstance(value, CData) and owner is not None:
            pass
    elif kind == 'array':
        item = t.item
        if isinstance(value, CData) and value._ct is t:
            _rawffi.memmove(address, value._addr, t.size)
        elif isinstance(value, bytes) and item.kind == 'char':
            n = t.length if t.length is not None else len(value) + 1
            if len(value) > n:
                raise IndexError('initializer bytes is too long for %s (got %d characters)' % (t.cname, len(value)))
            data = value + b'\0' if len(value) < n else value
            view = _BYTES.fromaddress(address, len(data))
            for i, b in enumerate(data):
                view[i] = b
        elif isinstance(value, str) and item.kind == 'wchar':
            for i, ch in enumerate(value + '\0' if t.length is None or len(value) < t.length else value):
                _write(item, address + i * item.size, ch, owner)
        elif isinstance(value, (list, tuple)):
            if t.length is not None and len(value) > t.length:
                raise IndexError('too many initializers for %s (got %d)' % (t.cname, len(value)))
            for i, v in enumerate(value):
                _write(item, address + i * item.size, v, owner)
        else:
            raise TypeError("initializer for ctype '%s' must be a list or tuple, not %s" % (t.cname, _tname(value)))
    elif kind in ('struct', 'union'):
        t.check_complete()
        if isinstance(value, CData) and value._ct is t:
            _rawffi.memmove(address, value._addr, t.size)
        elif isinstance(value, (list, tuple)):
            if len(value) > len(t.names):
                raise ValueError('too many initializers for %s (got %d)' % (t.cname, len(value)))
            for name, v in zip(t.names, value):
                _write_field(t, address, name, v, owner)
        elif isinstance(value, dict):
            for name, v in value.items():
                _write_field(t, address, name, v, owner)
        else:
            raise TypeError("initializer for ctype '%s' must be a list or tuple or dict or struct-cdata, not %s" % (t.cname, _tname(value)))
    else:
        raise TypeError("cannot write a value of type '%s'" % t.cname)


def _read_field(t, address, name, owner):
    ft, offset, bits = t.field(name)
    if bits is not None:
        return getattr(t._shape.fromaddress(address), bits[0])
    return _read(ft, address + offset, owner)


def _write_field(t, address, name, value, owner):
    ft, offset, bits = t.field(name)
    if bits is not None:
        setattr(t._shape.fromaddress(address), bits[0], _int_value(ft, value))
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


_handles = {}


# ---------------------------------------------------------------------------------------------
# cdata

class CData:
    """A cdata: `_ct` its ctype; `_addr` the pointer value (pointers, functions) or the address
    of the memory (arrays, structs); `_value` for primitives; `_own` what keeps memory alive."""

    __slots__ = ('_ct', '_addr', '_value', '_own', '_size', '_extra', '__weakref__')

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
    def _handle(t, buf, obj):
        return CData._make(t, buf.buffer, buf, extra=('handle', obj))

    @staticmethod
    def _func(ft, addr, name):
        return CData._make(pointer_type(ft), addr, None, extra=('func', name, {}))

    @staticmethod
    def _cast(t, value):
        kind = t.kind
        if kind in ('int', 'enum', 'bool', 'char', 'wchar', 'float'):
            if isinstance(value, CData):
                value = value._value if value._ct.kind not in ('pointer', 'array', 'function') else value._address()
            if kind == 'float':
                return CData._make(t, 0, None, value=float(value))
            if kind == 'char':
                if isinstance(value, bytes):
                    return CData._make(t, 0, None, value=value)
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
            if kind == 'array':
                t = pointer_type(t.item)
            if value is None:
                return CData._pointer(t, 0, None)
            if isinstance(value, CData):
                if value._ct.kind in ('int', 'enum'):
                    return CData._pointer(t, value._value & (2 ** 64 - 1), None)
                keep = value if value._own is not None else value._own
                if t.item.kind == 'function':
                    return CData._make(t, value._address(), keep, extra=('func', None, {}))
                return CData._pointer(t, value._address(), keep)
            if isinstance(value, int):
                if t.item.kind == 'function':
                    return CData._make(t, value & (2 ** 64 - 1), None, extra=('func', None, {}))
                return CData._pointer(t, value & (2 ** 64 - 1), None)
            raise TypeError("cannot cast %s to ctype '%s'" % (_tname(value), t.cname))
        raise TypeError("cannot cast to ctype '%s'" % t.cname)

    # -- helpers -------------------------------------------------------------------------------
    def _address(self):
        return self._addr

    def _sizeof(self):
        t = self._ct
        if t.kind == 'array':
            return t.item.size * self._len()
        return t.size

    def _len(self):
        t = self._ct
        if t.length is not None:
            return t.length
        return self._size // t.item.size if t.item.size else 0

    def _size_of_target(self):
        t = self._ct
        if t.kind == 'array':
            return self._sizeof()
        if t.kind == 'pointer':
            return self._size if self._size is not None else t.item.size
        return t.size

    def _target(self):
        t = self._ct
        if t.kind == 'pointer':
            if t.item.kind == 'void':
                raise TypeError("cdata of type 'void *' cannot be indexed")
            if self._addr == 0:
                raise RuntimeError("cannot dereference null pointer from cdata '%s'" % t.cname)
            return t.item
        if t.kind == 'array':
            return t.item
        raise TypeError("cdata of type '%s' cannot be indexed" % t.cname)

    def _item_address(self, i):
        item = self._target()
        if not isinstance(i, int):
            raise TypeError('cdata indices must be integers, not %s' % type(i).__name__)
        if self._ct.kind == 'array':
            n = self._len()
            if i < 0:
                raise IndexError('negative index')
            if i >= n:
                raise IndexError("index too large for cdata '%s' (expected %d < %d)" % (self._ct.cname, i, n))
        return self._addr + i * item.size

    # -- the Python protocols -----------------------------------------------------------------
    def __getitem__(self, i):
        if isinstance(i, slice):
            start, stop = i.start or 0, i.stop if i.stop is not None else self._len()
            item = self._target()
            res = array_type(item, None)
            return CData._make(pointer_type(item) if self._ct.kind == 'pointer' else res, self._addr + start * item.size, self,
                               (stop - start) * item.size) if self._ct.kind == 'array' else \
                CData._pointer(pointer_type(item), self._addr + start * item.size, self)
        return _read(self._target(), self._item_address(i), self)

    def __setitem__(self, i, value):
        _write(self._target(), self._item_address(i), value, self)

    def __getattr__(self, name):
        t = object.__getattribute__(self, '_ct')
        if t.kind == 'pointer' and t.item.kind in ('struct', 'union'):
            if self._addr == 0:
                raise RuntimeError("cannot dereference null pointer from cdata '%s'" % t.cname)
            return _read_field(t.item, self._addr, name, self)
        if t.kind in ('struct', 'union'):
            return _read_field(t, self._addr, name, self)
        raise AttributeError("cdata '%s' has no attribute '%s'" % (t.cname, name))

    def __setattr__(self, name, value):
        if name in CData.__slots__:
            object.__setattr__(self, name, value)
            return
        t = self._ct
        if t.kind == 'pointer' and t.item.kind in ('struct', 'union'):
            if self._addr == 0:
                raise RuntimeError("cannot dereference null pointer from cdata '%s'" % t.cname)
            _write_field(t.item, self._addr, name, value, self)
        elif t.kind in ('struct', 'union'):
            _write_field(t, self._addr, name, value, self)
        else:
            raise AttributeError("cdata '%s' has no attribute '%s'" % (t.cname, name))

    def __len__(self):
        if self._ct.kind != 'array':
            raise TypeError("cdata of type '%s' has no len()" % self._ct.cname)
        return self._len()

    def __iter__(self):
        if self._ct.kind != 'array':
            raise TypeError("cdata '%s' does not support iteration" % self._ct.cname)
        for i in range(self._len()):
            yield self[i]

    def __int__(self):
        t = self._ct
        if t.kind in ('int', 'enum', 'bool'):
            return int(self._value)
        if t.kind == 'char':
            return ord(self._value)
        if t.kind == 'wchar':
            return ord(self._value)
        if t.kind == 'float':
            return int(self._value)
        raise TypeError("int() not supported on cdata '%s'" % t.cname)

    def __float__(self):
        if self._ct.kind in ('int', 'float', 'enum', 'bool'):
            return float(self._value)
        raise TypeError("float() not supported on cdata '%s'" % self._ct.cname)

    def __bool__(self):
        t = self._ct
        if t.kind in ('pointer', 'array'):
            return self._address() != 0
        if t.kind in ('struct', 'union'):
            return True
        return bool(self._value) if t.kind != 'char' else self._value != b'\0'

    def _cmpkey(self, other):
        if not isinstance(other, CData):
            return None
        return other._address() if other._ct.kind in ('pointer', 'array') else None

    def __eq__(self, other):
        if self._ct.kind in ('pointer', 'array'):
            o = self._cmpkey(other)
            return o is not None and o == self._address()
        if isinstance(other, CData):
            return self is other
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __lt__(self, other):
        return self._address() < other._address()

    def __le__(self, other):
        return self._address() <= other._address()

    def __gt__(self, other):
        return self._address() > other._address()

    def __ge__(self, other):
        return self._address() >= other._address()

    def __hash__(self):
        return hash(self._address()) if self._ct.kind in ('pointer', 'array') else id(self)

    def __add__(self, n):
        item = self._target() if self._ct.kind == 'array' else self._ct.item
        if not isinstance(n, int):
            return NotImplemented
        return CData._pointer(pointer_type(item), self._address() + n * item.size, self._own or self)

    __radd__ = __add__

    def __sub__(self, other):
        item = self._ct.item
        if isinstance(other, int):
            return self.__add__(-other)
        if isinstance(other, CData) and other._ct.kind in ('pointer', 'array'):
            if other._ct.item.cname != item.cname:
                raise TypeError("cannot subtract cdata '%s' and cdata '%s'" % (self._ct.cname, other._ct.cname))
            return (self._address() - other._address()) // (item.size or 1)
        return NotImplemented

    def __call__(self, *args):
        extra = self._extra
        if extra is None or extra[0] not in ('func', 'callback'):
            raise TypeError("cdata '%s' is not callable" % self._ct.cname)
        if self._addr == 0:
            raise RuntimeError('cannot call a NULL function pointer')
        ft = self._ct.item
        nargs = len(ft.args)
        if len(args) != nargs and not (ft.ellipsis and len(args) >= nargs):
            raise TypeError("'%s' expects %d arguments, got %d" % (extra[1] or ft.cname, nargs, len(args)))
        values = []
        for i, a in enumerate(args):
            if i < nargs:
                values.append(_arg_value(ft.args[i], a, i, extra[1]))
            elif isinstance(a, CData):
                if a._ct.kind in ('pointer', 'array'):
                    values.append(a._address())
                else:
                    values.append(a._value)
            else:
                raise TypeError("argument %d passed in the variadic part needs to be a cdata object (got %s)" % (i + 1, type(a).__name__))
        fp = _get_funcptr(self, ft, len(args) - nargs)
        result = fp(*values)
        return _result(ft.result, result)

    def __repr__(self):
        t = self._ct
        extra = self._extra
        if extra is not None and extra[0] == 'handle':
            return "<cdata '%s' handle to %r>" % (t.cname, extra[1])
        if extra is not None and extra[0] == 'callback':
            return "<cdata '%s' calling %r>" % (t.cname, extra[1])
        if t.kind in ('int', 'enum', 'bool', 'char', 'wchar', 'float'):
            v = self._value
            if t.kind == 'enum':
                name = t.enumerators.get(v)
                return "<cdata '%s' %s>" % (t.cname, '%d: %s' % (v, name) if name is not None else v)
            return "<cdata '%s' %r>" % (t.cname, v)
        if self._size is not None and self._own is not None and not isinstance(self._own, CData):
            return "<cdata '%s' owning %d bytes>" % (t.cname, self._size)
        if t.kind in ('pointer',) and self._addr == 0:
            return "<cdata '%s' NULL>" % t.cname
        return "<cdata '%s' %#x>" % (t.cname, self._addr)


def _arg_value(t, a, i, fname):
    kind = t.kind
    try:
        if kind == 'pointer':
            if isinstance(a, bytes) and t.item.kind in ('char', 'void') or t.item.cname in ('signed char', 'unsigned char', 'int8_t', 'uint8_t'):
                if isinstance(a, bytes):
                    return a
            if isinstance(a, str) and t.item.kind == 'wchar':
                return a
            return _pointer_arg(t, a)
        if kind in ('int', 'enum'):
            return _int_value(t, a)
        if kind == 'float':
            if isinstance(a, CData) and a._ct.kind in ('int', 'float'):
                return a._value
            if not isinstance(a, (int, float)):
                raise TypeError('must be real number, not %s' % type(a).__name__)
            return float(a)
        if kind == 'char':
            if isinstance(a, CData) and a._ct.kind == 'char':
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


def _get_funcptr(c, ft, nvar):
    cache = c._extra[2]
    fp = cache.get(nvar)
    if fp is None:
        specs = [a.spec() for a in ft.args]
        res = ft.result.spec()
        fp = _rawffi.FuncPtr(c._addr, specs, res, _rawffi.FUNCFLAG_USE_ERRNO) if not ft.ellipsis else None
        if fp is None:
            fp = _VariadicCall(c._addr, specs, res)
        cache[nvar] = fp
    return fp


class _VariadicCall:
    """A variadic function: called through _ffi.FuncPtr.fromaddr(..., variadic=True)."""

    def __init__(self, address, specs, res):
        import _ffi
        self._fp = _ffi.FuncPtr.fromaddr(address, 'variadic', specs, res, _rawffi.FUNCFLAG_USE_ERRNO, variadic=True)

    def __call__(self, *args):
        return self._fp(*args)


def _result(t, raw):
    kind = t.kind
    if kind == 'void':
        return None
    if kind == 'pointer':
        if t.item.kind == 'function':
            return CData._func(t.item, raw, None)
        return CData._pointer(t, raw or 0, None)
    if kind in ('struct', 'union'):
        return CData._view(t, raw.buffer, raw)
    return raw


def _raw_to_python(t, raw):
    """A callback's raw C argument as the Python value cffi passes."""
    if t.kind == 'pointer':
        return _result(t, raw)
    return raw


def _make_callback(t, fn, error, onerror):
    ft = t.item
    nargs = len(ft.args)
    res = ft.result
    err_raw = None if res.kind == 'void' else (0 if error is None else _callback_result(res, error))

    def wrapper(*raw):
        try:
            value = fn(*[_raw_to_python(a, r) for a, r in zip(ft.args, raw)])
            return _callback_result(res, value)
        except Exception as e:
            if onerror is not None:
                try:
                    r = onerror(type(e), e, e.__traceback__)
                    if r is not None:
                        return _callback_result(res, r)
                except Exception:
                    pass
            else:
                import sys
                sys.stderr.write('From cffi callback %r:\n%s: %s\n' % (fn, type(e).__name__, e))
            return err_raw

    cb = _rawffi.CallbackPtr(wrapper, [a.spec() for a in ft.args], res.spec())
    c = CData._make(t, cb.buffer, cb, extra=('callback', fn, {}))
    return c


def _callback_result(t, value):
    kind = t.kind
    if kind == 'void':
        return None
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
        raise TypeError('expected a cdata, got %s' % type(cdata).__name__)
    t = cdata._ct
    if t.kind in ('pointer', 'array'):
        item = t.item
        n = cdata._len() if t.kind == 'array' else -1
        if maxlen >= 0:
            n = maxlen if n < 0 else min(n, maxlen)
        if cdata._address() == 0:
            raise RuntimeError('cannot use string() on NULL pointer')
        if item.kind == 'char' or item.cname in ('signed char', 'unsigned char', 'int8_t', 'uint8_t'):
            return _rawffi.charp2string(cdata._address(), n) if n >= 0 else _rawffi.charp2string(cdata._address())
        if item.kind == 'wchar':
            return _rawffi.wcharp2unicode(cdata._address(), n) if n >= 0 else _rawffi.wcharp2unicode(cdata._address())
        raise TypeError("string(): unexpected cdata '%s' argument" % t.cname)
    if t.kind == 'enum':
        name = t.enumerators.get(cdata._value)
        return name if name is not None else str(cdata._value)
    if t.kind in ('char', 'wchar'):
        return cdata._value
    if t.kind in ('int', 'bool'):
        return str(cdata._value)
    raise TypeError("string(): unexpected cdata '%s' argument" % t.cname)


def _unpack(cdata, length):
    t = cdata._ct
    if t.kind not in ('pointer', 'array'):
        raise TypeError("expected a pointer or array, got cdata '%s'" % t.cname)
    item = t.item
    if item.kind == 'char':
        return _rawffi.rawstring_at(cdata._address(), length) if length else b''
    if item.kind == 'wchar':
        return _rawffi.wcharp2rawunicode(cdata._address(), length)
    return [_read(item, cdata._address() + i * item.size, cdata) for i in range(length)]
