# ctypes for tspy, written in Python over the built-in _rawffi module (as PyPy does) so that the
# JIT can trace through it. Every ctypes instance keeps its C memory in `_buf` (a _rawffi array
# owning it, or a view on someone else's memory kept alive through `_base`).
import _rawffi

__version__ = '1.1.0'

RTLD_LOCAL = _rawffi.RTLD_LOCAL
RTLD_GLOBAL = _rawffi.RTLD_GLOBAL
DEFAULT_MODE = RTLD_LOCAL
_FUNCFLAG_CDECL = _rawffi.FUNCFLAG_CDECL
_FUNCFLAG_USE_ERRNO = _rawffi.FUNCFLAG_USE_ERRNO
_FUNCFLAG_USE_LASTERROR = _rawffi.FUNCFLAG_USE_LASTERROR
_FUNCFLAG_PYTHONAPI = _rawffi.FUNCFLAG_PYTHONAPI

_BYTES = _rawffi.Array('B')
_PTRS = _rawffi.Array('P')


class ArgumentError(Exception):
    pass


def _addr_of_buf(obj):
    return obj._buf.buffer


# ---------------------------------------------------------------------------------------------
# Base classes and metaclass

class _CDataMeta(type):
    def __mul__(cls, length):
        if isinstance(length, int) and length < 0:
            raise ValueError('Array length must be >= 0, not %d' % length)
        return _array_type(cls, length)

    __rmul__ = __mul__

    def from_address(cls, address):
        return cls._view(address, None)

    def from_buffer_copy(cls, data, offset=0):
        data = bytes(data)[offset:]
        if len(data) < cls._size_:
            raise ValueError('Buffer size too small (%d instead of at least %d bytes)' % (len(data), cls._size_))
        obj = cls._blank()
        _copy_bytes(obj._buf.buffer, data[:cls._size_])
        return obj

    def from_buffer(cls, source, offset=0):
        """An instance over the memory of a writable buffer (a bytearray, whose storage moves
        into C memory and cannot be resized while the instance lives, or a ctypes instance)."""
        if isinstance(source, bytes):
            raise TypeError('underlying buffer is not writable')
        if offset < 0:
            raise ValueError('offset cannot be negative')
        obj = object.__new__(cls)
        obj._base = None
        obj._objects = {'ffffffff': source}
        if isinstance(source, bytearray):
            address, size = _rawffi.export_buffer(source, obj, True)
        elif isinstance(source, _CData):
            address, size = source._buf.buffer, source._size_
        else:
            raise TypeError("memoryview: a bytes-like object is required, not '%s'" % type(source).__name__)
        if size < offset + cls._size_:
            _rawffi.release_buffer(obj)
            raise ValueError('Buffer size too small (%d instead of at least %d bytes)' % (size, offset + cls._size_))
        obj._buf = cls._at(address + offset)
        return obj

    def in_dll(cls, dll, name):
        return cls._view(dll._lib.getaddressindll(name), None)


def _copy_bytes(address, data):
    view = _BYTES.fromaddress(address, len(data))
    for i, b in enumerate(data):
        view[i] = b


class _CData(metaclass=_CDataMeta):
    _b_needsfree_ = False

    @classmethod
    def _blank(cls):
        """A new zeroed instance owning its memory, without running __init__."""
        obj = object.__new__(cls)
        obj._buf = cls._alloc()
        obj._base = None
        obj._objects = None
        return obj

    @classmethod
    def _alloc(cls):
        return _BYTES(max(cls._size_, 1), autofree=True)

    @classmethod
    def _view(cls, address, base):
        obj = object.__new__(cls)
        obj._buf = cls._at(address)
        obj._base = base
        obj._objects = None
        return obj

    @classmethod
    def _at(cls, address):
        return _BYTES.fromaddress(address, max(cls._size_, 1))

    def __new__(cls, *args, **kw):
        if not hasattr(cls, '_size_'):
            raise TypeError('abstract class')
        obj = object.__new__(cls)
        obj._buf = cls._alloc()
        obj._base = None
        obj._objects = None
        return obj

    def _keep(self, key, value):
        if self._objects is None:
            self._objects = {}
        self._objects[key] = value

    def __reduce__(self):
        raise ValueError('ctypes objects containing pointers cannot be pickled')

    def __bytes__(self):
        # CPython's bytes() reads the buffer protocol: the instance's own memory
        return _rawffi.rawstring_at(self._buf.buffer, self._size_) if self._size_ else b''

    @property
    def _b_base_(self):
        return self._base

    # Reading and writing an instance of this type at an address (struct fields, array items,
    # pointer targets): composite types read as views.
    @classmethod
    def _get_at(cls, address, base):
        return cls._view(address, base)

    @classmethod
    def _set_at(cls, address, value, owner, key):
        _copy_instance(cls, address, value, owner, key)


def _copy_instance(cls, address, value, owner, key):
    if not isinstance(value, cls):
        raise TypeError('incompatible types, %s instance instead of %s instance' % (type(value).__name__, cls.__name__))
    _rawffi.memmove(address, value._buf.buffer, cls._size_)
    if value._objects is not None:
        owner._keep(key, value._objects)


# ---------------------------------------------------------------------------------------------
# Simple types

_INT_LETTERS = 'bBhHiIlLqQ'
_FAST_LETTERS = 'bBhHiIlLqQfd'      # argument/result types _rawffi converts exactly as ctypes
_SIMPLE_SHAPES = {}


class _SimpleMeta(_CDataMeta):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        letter = ns.get('_type_')
        if letter is not None:
            cls._shape_ = _rawffi.Array(letter)
            cls._size_ = _rawffi.sizeof(letter)
            cls._align_ = _rawffi.alignment(letter)
            cls._fundamental_ = cls
        return cls


class _SimpleCData(_CData, metaclass=_SimpleMeta):
    @classmethod
    def _alloc(cls):
        return cls._shape_(1, autofree=True)

    @classmethod
    def _at(cls, address):
        return cls._shape_.fromaddress(address, 1)

    def __init__(self, value=None):
        if value is not None:
            self.value = value

    @property
    def value(self):
        return _decode(self._type_, self._buf[0])

    @value.setter
    def value(self, v):
        self._buf[0] = _encode(self, self._type_, v, 'value')

    def __repr__(self):
        if type(self)._fundamental_ is not type(self) or type(self).__bases__[0] is not _SimpleCData:
            return '<%s object at %#x>' % (type(self).__qualname__, id(self))
        if self._type_ in 'zZ':
            return '%s(%d)' % (type(self).__name__, self._buf[0])
        return '%s(%r)' % (type(self).__name__, self.value)

    def __bool__(self):
        return bool(self._buf[0])

    def __ctypes_from_outparam__(self):
        return self.value

    @classmethod
    def _get_at(cls, address, base):
        if cls.__bases__[0] is not _SimpleCData:
            return cls._view(address, base)
        return _decode(cls._type_, cls._shape_.fromaddress(address, 1)[0])

    @classmethod
    def _set_at(cls, address, value, owner, key):
        if isinstance(value, _SimpleCData) and type(value)._type_ == cls._type_:
            value = value.value
        cls._shape_.fromaddress(address, 1)[0] = _encode(owner, cls._type_, value, key)

    @classmethod
    def from_param(cls, obj):
        if isinstance(obj, cls):
            return obj
        if obj is None and cls._type_ in 'zZP':
            return None
        return _cparam(*_convert_simple(cls, obj))


def _decode(letter, raw):
    """A value read from memory as the Python value ctypes gives."""
    if letter == 'z':
        return None if raw == 0 else _rawffi.charp2string(raw)
    if letter == 'Z':
        return None if raw == 0 else _rawffi.wcharp2unicode(raw)
    if letter == 'P':
        return raw or None
    return raw


def _encode(owner, letter, v, key):
    """A Python value as what _rawffi stores for `letter`; bytes/str for char */wchar_t * are
    copied to C memory kept alive by `owner`."""
    if letter in _INT_LETTERS:
        if not isinstance(v, int):
            raise TypeError('an integer is required (got type %s)' % type(v).__name__)
        return v
    if letter in 'fdg':
        if not isinstance(v, (int, float)):
            raise TypeError('must be real number, not %s' % type(v).__name__)
        return float(v)
    if letter == 'c':
        if isinstance(v, bytes) and len(v) == 1:
            return v
        if isinstance(v, int) and 0 <= v < 256:
            return bytes([v])
        raise TypeError('one character bytes, bytearray or integer expected')
    if letter == 'u':
        if isinstance(v, str) and len(v) == 1:
            return v
        raise TypeError('one character unicode string expected')
    if letter == '?':
        return bool(v)
    if v is None:
        return 0
    if isinstance(v, int):
        return v
    if letter == 'z' and isinstance(v, bytes):
        buf = _rawffi.Array('c')(len(v) + 1, v, autofree=True)
        owner._keep(key, buf)
        return buf.buffer
    if letter == 'Z' and isinstance(v, str):
        buf = _rawffi.Array('u')(len(v) + 1, v, autofree=True)
        owner._keep(key, buf)
        return buf.buffer
    if letter == 'P' and isinstance(v, _CData):
        return _pointer_value(v)
    if letter == 'z':
        raise TypeError('bytes or integer address expected instead of %s instance' % type(v).__name__)
    if letter == 'Z':
        raise TypeError('unicode string or integer address expected instead of %s instance' % type(v).__name__)
    raise TypeError('cannot be converted to pointer')


def _simple(name, letter):
    return _SimpleMeta(name, (_SimpleCData,), {'_type_': letter, '__module__': 'ctypes'})


c_bool = _simple('c_bool', '?')
c_char = _simple('c_char', 'c')
c_wchar = _simple('c_wchar', 'u')
c_byte = _simple('c_byte', 'b')
c_ubyte = _simple('c_ubyte', 'B')
c_short = _simple('c_short', 'h')
c_ushort = _simple('c_ushort', 'H')
c_int = _simple('c_int', 'i')
c_uint = _simple('c_uint', 'I')
c_long = _simple('c_long', 'l')
c_ulong = _simple('c_ulong', 'L')
c_float = _simple('c_float', 'f')
c_double = _simple('c_double', 'd')
c_longdouble = _simple('c_longdouble', 'g')
c_char_p = _simple('c_char_p', 'z')
c_wchar_p = _simple('c_wchar_p', 'Z')
c_void_p = _simple('c_void_p', 'P')
c_voidp = c_void_p
# x86-64 Linux: long long is long, as in CPython
c_longlong = c_long
c_ulonglong = c_ulong
c_size_t = c_ulong
c_ssize_t = c_long
c_int8 = c_byte
c_uint8 = c_ubyte
c_int16 = c_short
c_uint16 = c_ushort
c_int32 = c_int
c_uint32 = c_uint
c_int64 = c_long
c_uint64 = c_ulong
c_time_t = c_long


def _c_char_p_from_param(cls, obj):
    return _convert_simple(cls, obj)


# ---------------------------------------------------------------------------------------------
# Structures and unions

class CField:
    """The descriptor of a structure field (CPython's repr: <Field type=c_int, ofs=0, size=4>)."""

    _via = None     # for a bitfield promoted from an anonymous member: that member's field

    def __init__(self, name, ftype, offset, size, bits=None, bitofs=0, index=0):
        self.name = name
        self._ftype = ftype
        self.offset = offset
        self.size = size if bits is None else (bits << 16) | bitofs
        self._bits = bits
        self._index = index

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        if self._bits is not None:
            owner = obj if self._via is None else self._via.__get__(obj)
            return getattr(owner._struct_view(), self.name)
        return self._ftype._get_at(obj._buf.buffer + self.offset, obj)

    def __set__(self, obj, value):
        if self._bits is not None:
            owner = obj if self._via is None else self._via.__get__(obj)
            setattr(owner._struct_view(), self.name, value)
            return
        self._ftype._set_at(obj._buf.buffer + self.offset, value, obj, self._index)

    def __repr__(self):
        if self._bits is not None:
            return '<Field type=%s, ofs=%d:%d, bits=%d>' % (self._ftype.__name__, self.offset, self.size & 0xffff, self._bits)
        return '<Field type=%s, ofs=%d, size=%d>' % (self._ftype.__name__, self.offset, self.size)


def _spec(t):
    """The _rawffi type spec of a ctypes type (letter, shape or (spec, length))."""
    if issubclass(t, _SimpleCData):
        return t._type_
    if issubclass(t, (Structure, Union)):
        return t._rawshape_
    if issubclass(t, Array):
        item, n = t._type_, t._length_
        while issubclass(item, Array):
            item, n = item._type_, n * item._length_
        return (_spec(item), n)
    return 'P'


class _StructMeta(_CDataMeta):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        if '_fields_' in ns:
            cls._layout(ns['_fields_'])
        return cls

    def __setattr__(cls, name, value):
        if name == '_fields_':
            if '_size_' in cls.__dict__:
                raise AttributeError('_fields_ is final')
            type.__setattr__(cls, name, value)
            cls._layout(value)
        else:
            type.__setattr__(cls, name, value)

    def _layout(cls, fields):
        base_fields = []
        for b in cls.__mro__[1:]:
            if '_all_fields_' in b.__dict__:
                base_fields = list(b._all_fields_)
                break
        fields = list(fields)
        all_fields = base_fields + fields
        specs = []
        for f in all_fields:
            if not isinstance(f, tuple) or len(f) not in (2, 3):
                raise TypeError("'_fields_' must be a sequence of (name, C type) pairs")
            if not isinstance(f[1], type) or not issubclass(f[1], _CData):
                raise TypeError('second item in _fields_ tuple (index %d) must be a C type' % len(specs))
            specs.append((f[0], _spec(f[1])) + tuple(f[2:]))
        union = issubclass(cls, Union)
        pack = cls.__dict__.get('_pack_', 0)
        shape = _rawffi.Structure(specs, pack=pack, union=union)
        type.__setattr__(cls, '_rawshape_', shape)
        type.__setattr__(cls, '_all_fields_', all_fields)
        type.__setattr__(cls, '_size_', shape.size)
        type.__setattr__(cls, '_align_', shape.alignment)
        for i, f in enumerate(all_fields):
            name, ftype = f[0], f[1]
            if len(f) == 3:
                packed = shape.fieldsize(name)
                field = CField(name, ftype, shape.fieldoffset(name), 0, packed >> 16, packed & 0xffff, i)
            else:
                field = CField(name, ftype, shape.fieldoffset(name), ftype._size_, index=i)
            if i >= len(base_fields):
                type.__setattr__(cls, name, field)
        for name in cls.__dict__.get('_anonymous_', ()):
            field = cls.__dict__.get(name)
            if not isinstance(field, CField):
                raise AttributeError("type object '%s' has no attribute '%s'" % (cls.__name__, name))
            _promote_anonymous(cls, field, field.offset)


def _promote_anonymous(cls, anon, offset):
    """The fields of an anonymous member (`anon`, at `offset` in cls) become fields of cls at
    their absolute offsets, those of its own anonymous members too, as CPython's MakeFields."""
    inner = anon._ftype
    inner_anon = inner.__dict__.get('_anonymous_', ())
    via = CField(anon.name, inner, offset, inner._size_)   # the member itself, seen from cls
    for f in inner._fields_:
        d = getattr(inner, f[0])
        if f[0] in inner_anon:
            _promote_anonymous(cls, d, offset + d.offset)
            continue
        if d._bits is not None:
            field = CField(d.name, d._ftype, offset + d.offset, 0, d._bits, d.size & 0xffff, d._index)
            field._via = via        # bits are read through the member's own view
        else:
            field = CField(d.name, d._ftype, offset + d.offset, d.size, index=d._index)
        type.__setattr__(cls, d.name, field)


class _StructBase(_CData):
    def __init__(self, *args, **kw):
        fields = type(self)._all_fields_ if hasattr(type(self), '_all_fields_') else []
        if len(args) > len(fields):
            raise TypeError('too many initializers')
        for f, v in zip(fields, args):
            setattr(self, f[0], v)
        for k, v in kw.items():
            if any(f[0] == k for f in fields[:len(args)]):
                raise TypeError('duplicate values for field %r' % k)
            setattr(self, k, v)

    def _struct_view(self):
        return type(self)._rawshape_.fromaddress(self._buf.buffer)

    @classmethod
    def _set_at(cls, address, value, owner, key):
        if isinstance(value, tuple):
            value = cls(*value)
        _copy_instance(cls, address, value, owner, key)


class Structure(_StructBase, metaclass=_StructMeta):
    pass


class _UnionMeta(_StructMeta):
    pass


class Union(_StructBase, metaclass=_UnionMeta):
    pass


# ---------------------------------------------------------------------------------------------
# Arrays

class _ArrayMeta(_CDataMeta):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        if '_type_' in ns:
            t, n = ns['_type_'], ns['_length_']
            if not isinstance(n, int):
                raise TypeError("The '_length_' attribute must be an integer")
            if n < 0:
                raise ValueError("The '_length_' attribute must not be negative")
            cls._size_ = t._size_ * n
            cls._align_ = t._align_
        return cls

    @property
    def raw(cls):
        raise AttributeError('raw')


class Array(_CData, metaclass=_ArrayMeta):
    def __init__(self, *items):
        if len(items) > self._length_:
            raise IndexError('invalid index')
        for i, v in enumerate(items):
            self[i] = v

    def __len__(self):
        return self._length_

    def _item(self, i):
        return self._type_._get_at(self._buf.buffer + i * self._type_._size_, self)

    def __getitem__(self, key):
        if isinstance(key, slice):
            items = [self._item(i) for i in range(*key.indices(self._length_))]
            if self._type_ is c_char:
                return b''.join(items)
            if self._type_ is c_wchar:
                return ''.join(items)
            return items
        i = _index(key, self._length_)
        return self._item(i)

    def __setitem__(self, key, value):
        t = self._type_
        if isinstance(key, slice):
            idx = range(*key.indices(self._length_))
            if len(value) != len(idx):
                raise ValueError('Can only assign sequence of same size')
            for i, v in zip(idx, value):
                t._set_at(self._buf.buffer + i * t._size_, v, self, i)
            return
        i = _index(key, self._length_)
        t._set_at(self._buf.buffer + i * t._size_, value, self, i)

    def __iter__(self):
        for i in range(self._length_):
            yield self._item(i)

    @classmethod
    def _get_at(cls, address, base):
        if cls._type_ is c_char or cls._type_ is c_wchar:
            return cls._view(address, base).value
        return cls._view(address, base)

    @classmethod
    def _set_at(cls, address, value, owner, key):
        t = cls._type_
        if t is c_char and isinstance(value, bytes):
            if len(value) > cls._length_:
                raise ValueError('bytes too long (%d, maximum length %d)' % (len(value), cls._length_))
            _copy_bytes(address, value + b'\0' if len(value) < cls._length_ else value)
            return
        if t is c_wchar and isinstance(value, str):
            cls._view(address, owner).value = value
            return
        if isinstance(value, (tuple, list)):
            value = cls(*value)
        _copy_instance(cls, address, value, owner, key)


def _index(key, n):
    if not isinstance(key, int):
        raise TypeError('indices must be integers')
    if key < 0:
        key += n
    if key < 0 or key >= n:
        raise IndexError('invalid index')
    return key


class _CharArrayMixin:
    @property
    def value(self):
        return _rawffi.charp2string(self._buf.buffer, self._length_)

    @value.setter
    def value(self, v):
        if not isinstance(v, bytes):
            raise TypeError('bytes expected instead of %s instance' % type(v).__name__)
        if len(v) > self._length_:
            raise ValueError('byte string too long')
        _copy_bytes(self._buf.buffer, v + b'\0' if len(v) < self._length_ else v)

    @property
    def raw(self):
        return _rawffi.rawstring_at(self._buf.buffer, self._length_)

    @raw.setter
    def raw(self, v):
        if len(v) > self._length_:
            raise ValueError('byte string too long')
        _copy_bytes(self._buf.buffer, bytes(v))


class _WCharArrayMixin:
    @property
    def value(self):
        return _rawffi.wcharp2unicode(self._buf.buffer, self._length_)

    @value.setter
    def value(self, v):
        if not isinstance(v, str):
            raise TypeError('unicode string expected instead of %s instance' % type(v).__name__)
        if len(v) > self._length_:
            raise ValueError('string too long')
        for i, ch in enumerate(v):
            self[i] = ch
        if len(v) < self._length_:
            self[len(v)] = '\0'


_array_types = {}


def _array_type(t, n):
    key = (t, n)
    cls = _array_types.get(key)
    if cls is None:
        bases = (Array,)
        if t is c_char:
            bases = (_CharArrayMixin, Array)
        elif t is c_wchar:
            bases = (_WCharArrayMixin, Array)
        cls = _ArrayMeta('%s_Array_%d' % (t.__name__, n), bases, {'_type_': t, '_length_': n, '__module__': _caller_module()})
        _array_types[key] = cls
    return cls


def _caller_module():
    return '__main__'


def ARRAY(typ, length):
    return typ * length


# ---------------------------------------------------------------------------------------------
# Pointers

class _PointerMeta(_CDataMeta):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls._size_ = _rawffi.sizeof('P')
        cls._align_ = _rawffi.alignment('P')
        return cls

    def set_type(cls, t):
        cls._type_ = t


class _Pointer(_CData, metaclass=_PointerMeta):
    @classmethod
    def _alloc(cls):
        return _PTRS(1, autofree=True)

    @classmethod
    def _at(cls, address):
        return _PTRS.fromaddress(address, 1)

    def __init__(self, value=None):
        if value is not None:
            self.contents = value

    @property
    def contents(self):
        a = self._buf[0]
        if a == 0:
            raise ValueError('NULL pointer access')
        return self._type_._view(a, self)

    @contents.setter
    def contents(self, value):
        if not isinstance(value, self._type_):
            raise TypeError('expected %s instead of %s' % (self._type_.__name__, type(value).__name__))
        self._buf[0] = value._buf.buffer
        self._keep(1, value)

    def _target(self, i):
        a = self._buf[0]
        if a == 0:
            raise ValueError('NULL pointer access')
        return a + i * self._type_._size_

    def __getitem__(self, key):
        if isinstance(key, slice):
            if key.stop is None:
                raise ValueError('slice stop is required')
            items = [self._type_._get_at(self._target(i), self) for i in range(*key.indices(key.stop))]
            if self._type_ is c_char:
                return b''.join(items)
            if self._type_ is c_wchar:
                return ''.join(items)
            return items
        return self._type_._get_at(self._target(key), self)

    def __setitem__(self, key, value):
        self._type_._set_at(self._target(key), value, self, key)

    def __bool__(self):
        return self._buf[0] != 0

    @classmethod
    def _get_at(cls, address, base):
        return cls._view(address, base)

    @classmethod
    def _set_at(cls, address, value, owner, key):
        if value is None:
            _PTRS.fromaddress(address, 1)[0] = 0
            return
        if isinstance(value, Array) and issubclass(value._type_, cls._type_):
            _PTRS.fromaddress(address, 1)[0] = value._buf.buffer
            owner._keep(key, value)
            return
        if not isinstance(value, cls):
            raise TypeError('incompatible types, %s instance instead of %s instance' % (type(value).__name__, cls.__name__))
        _PTRS.fromaddress(address, 1)[0] = value._buf[0]
        owner._keep(key, value._objects)

    @classmethod
    def from_param(cls, obj):
        if obj is None or isinstance(obj, cls):
            return obj
        return _cparam(*_convert_pointer(cls, obj), obj)


_pointer_types = {}


def POINTER(t):
    cls = _pointer_types.get(t)
    if cls is None:
        if not isinstance(t, (type, str)):
            raise TypeError('must be a ctypes type')
        if isinstance(t, type) and not issubclass(t, _CData):
            raise TypeError('_type_ must have storage info')
        if isinstance(t, str):
            cls = _PointerMeta('LP_%s' % t, (_Pointer,), {'__module__': _caller_module()})
        else:
            cls = _PointerMeta('LP_%s' % t.__name__, (_Pointer,), {'_type_': t, '__module__': _caller_module()})
        _pointer_types[t] = cls
    return cls


def pointer(obj):
    return POINTER(type(obj))(obj)


class CArgObject:
    """What byref() and from_param() return: a C value ready to pass (`_spec`, `_value`: a
    type letter and value for _rawffi), shown as CPython shows it (`_letter`), keeping alive
    `_obj`, what the value points into."""

    def __init__(self, letter, spec, value, obj=None):
        self._letter = letter
        self._spec = spec
        self._value = value
        self._obj = obj

    @property
    def _address(self):
        return self._value

    def __repr__(self):
        letter, v = self._letter, self._value
        if letter in _INT_LETTERS:
            return "<cparam '%s' (%d)>" % (letter, v)
        if letter in 'fdg':
            return "<cparam '%s' (%r)>" % (letter, v)
        if letter == 'c':
            return "<cparam 'c' ('%s')>" % (chr(v[0]) if isinstance(v, bytes) else chr(v))
        if letter in 'zZP':
            return "<cparam '%s' (%#x)>" % (letter, v or 0)
        return "<cparam '%s' at %#x>" % (letter, id(self))



def _cparam(spec, value, keep=None):
    """The CArgObject of a converted argument; bytes/str get a C copy so the value is an address."""
    if spec == 'z' and isinstance(value, bytes):
        buf = _rawffi.Array('c')(len(value) + 1, value, autofree=True)
        return CArgObject('z', 'P', buf.buffer, buf)
    if spec == 'Z' and isinstance(value, str):
        buf = _rawffi.Array('u')(len(value) + 1, value, autofree=True)
        return CArgObject('Z', 'P', buf.buffer, buf)
    if spec in 'zZ':
        return CArgObject(spec, 'P', value, keep)
    return CArgObject(spec, spec, value, keep)


def byref(obj, offset=0):
    if not isinstance(obj, _CData):
        raise TypeError("byref() argument must be a ctypes instance, not '%s'" % type(obj).__name__)
    return CArgObject('P', 'P', obj._buf.buffer + offset, obj)


def addressof(obj):
    if not isinstance(obj, _CData):
        raise TypeError('invalid type')
    return obj._buf.buffer


def sizeof(obj):
    t = obj if isinstance(obj, type) else type(obj)
    if not issubclass(t, _CData) or not hasattr(t, '_size_'):
        raise TypeError('this type has no size')
    return t._size_


def alignment(obj):
    t = obj if isinstance(obj, type) else type(obj)
    if not issubclass(t, _CData) or not hasattr(t, '_align_'):
        raise TypeError('no alignment info')
    return t._align_


def _pointer_value(obj):
    """The address a ctypes object stands for as a pointer (its value for pointer-like types)."""
    if isinstance(obj, (_Pointer, CFuncPtr)):
        return obj._buf[0]
    if isinstance(obj, _SimpleCData) and obj._type_ in 'zZP':
        return obj._buf[0]
    return obj._buf.buffer


def cast(obj, typ):
    # As CPython: obj goes through c_void_p.from_param, then typ must be a pointer type.
    try:
        spec, value = _convert_simple(c_void_p, obj)
    except TypeError:
        raise ArgumentError('argument 1: TypeError: wrong type') from None
    keep = obj
    if spec in 'zZ' and isinstance(value, (bytes, str)):
        param = _cparam(spec, value)
        value, keep = param._value, param._obj
    if not (isinstance(typ, type) and (issubclass(typ, (_Pointer, CFuncPtr)) or (issubclass(typ, _SimpleCData) and typ._type_ in 'zZP'))):
        raise TypeError('cast() argument 2 must be a pointer type, not %s' % getattr(typ, '__name__', type(typ).__name__))
    result = typ._blank()
    result._buf[0] = value or 0
    if keep is not None and not isinstance(keep, int):
        result._keep('cast', keep)
    return result


# ---------------------------------------------------------------------------------------------
# Buffers and raw memory

def create_string_buffer(init, size=None):
    if isinstance(init, bytes):
        if size is None:
            size = len(init) + 1
        buf = (c_char * size)()
        buf.value = init
        return buf
    if isinstance(init, int):
        return (c_char * init)()
    raise TypeError(init)


def create_unicode_buffer(init, size=None):
    if isinstance(init, str):
        if size is None:
            size = len(init) + 1
        buf = (c_wchar * size)()
        buf.value = init
        return buf
    if isinstance(init, int):
        return (c_wchar * init)()
    raise TypeError(init)


c_buffer = create_string_buffer


def _address_arg(obj):
    if isinstance(obj, int):
        return obj
    if obj is None:
        return 0
    if isinstance(obj, CArgObject) and obj._spec == 'P':
        return obj._address
    if isinstance(obj, _CData):
        return _pointer_value(obj)
    raise ArgumentError('argument 1: TypeError: wrong type')


def string_at(ptr, size=-1):
    return _rawffi.rawstring_at(_address_arg(ptr), size)


def wstring_at(ptr, size=-1):
    a = _address_arg(ptr)
    if size < 0:
        return _rawffi.wcharp2unicode(a)
    return _rawffi.wcharp2rawunicode(a, size)


def memmove(dst, src, count):
    d = _address_arg(dst)
    if isinstance(src, bytes):
        _copy_bytes(d, src[:count])
    else:
        _rawffi.memmove(d, _address_arg(src), count)
    return d


def memset(dst, c, count):
    d = _address_arg(dst)
    _rawffi.memset(d, c, count)
    return d


def get_errno():
    return _rawffi.get_errno()


def set_errno(value):
    return _rawffi.set_errno(value)


# ---------------------------------------------------------------------------------------------
# Argument conversion: every argument becomes (letter or shape, value) for _rawffi

def _convert_simple(cls, obj):
    letter = cls._type_
    if isinstance(obj, cls):
        if letter in 'zZP':
            return ('P', obj._buf[0])
        return (letter, obj.value)
    if letter in _INT_LETTERS:
        if isinstance(obj, int):
            return (letter, obj)
    elif letter in 'fdg':
        if isinstance(obj, (int, float)):
            return (letter, float(obj))
    elif letter == '?':
        return (letter, bool(obj))
    elif letter == 'c':
        if isinstance(obj, bytes) and len(obj) == 1:
            return (letter, obj)
        if isinstance(obj, int):
            return (letter, obj)
    elif letter == 'u':
        if isinstance(obj, str) and len(obj) == 1:
            return (letter, obj)
    elif letter == 'z':
        if obj is None or isinstance(obj, (bytes, int)):
            return ('z', obj)
        if isinstance(obj, Array) and obj._type_ is c_char or isinstance(obj, _Pointer) and obj._type_ is c_char:
            return ('P', _pointer_value(obj))
    elif letter == 'Z':
        if obj is None or isinstance(obj, (str, int)):
            return ('Z', obj)
        if isinstance(obj, Array) and obj._type_ is c_wchar or isinstance(obj, _Pointer) and obj._type_ is c_wchar:
            return ('P', _pointer_value(obj))
    elif letter == 'P':
        if obj is None or isinstance(obj, int):
            return ('P', obj)
        if isinstance(obj, bytes):
            return ('z', obj)
        if isinstance(obj, str):
            return ('Z', obj)
        if isinstance(obj, CArgObject) and obj._spec == 'P':
            return ('P', obj._value)
        if isinstance(obj, (_Pointer, Array, CFuncPtr)) or isinstance(obj, _SimpleCData) and obj._type_ in 'zZ':
            return ('P', _pointer_value(obj))
    p = getattr(obj, '_as_parameter_', None)
    if p is not None:
        return _convert_simple(cls, p)
    raise TypeError('wrong type')


def _convert_pointer(cls, obj):
    if obj is None:
        return ('P', None)
    if isinstance(obj, cls):
        return ('P', obj._buf[0])
    if isinstance(obj, CArgObject) and obj._spec == 'P' and isinstance(obj._obj, cls._type_):
        return ('P', obj._address)
    if isinstance(obj, Array) and issubclass(obj._type_, cls._type_):
        return ('P', obj._buf.buffer)
    if isinstance(obj, cls._type_):
        return ('P', obj._buf.buffer)
    if isinstance(obj, _Pointer) and obj._type_ is cls._type_:
        return ('P', obj._buf[0])
    p = getattr(obj, '_as_parameter_', None)
    if p is not None:
        return _convert_pointer(cls, p)
    raise TypeError('expected %s instance instead of %s' % (cls.__name__, type(obj).__name__))


def _convert_arg(argtype, obj):
    if issubclass(argtype, _SimpleCData):
        return _convert_simple(argtype, obj)
    if issubclass(argtype, _Pointer):
        return _convert_pointer(argtype, obj)
    if issubclass(argtype, (Structure, Union)):
        if isinstance(obj, argtype):
            return (argtype._rawshape_, 1), obj._buf
        raise TypeError('expected %s instance instead of %s' % (argtype.__name__, type(obj).__name__))
    if issubclass(argtype, Array):
        if isinstance(obj, argtype):
            return ('P', obj._buf.buffer)
        return _convert_pointer(POINTER(argtype._type_), obj)
    if issubclass(argtype, CFuncPtr):
        if obj is None:
            return ('P', None)
        if isinstance(obj, argtype):
            return ('P', obj._buf[0])
        raise TypeError('expected %s instance instead of %s' % (argtype.__name__, type(obj).__name__))
    return _convert_default(argtype.from_param(obj), 0)


def _convert_default(obj, n):
    if isinstance(obj, bool) or isinstance(obj, int):
        if not -2 ** 63 <= obj < 2 ** 64:
            raise OverflowError('int too long to convert')
        return ('i', obj)
    if isinstance(obj, bytes):
        return ('z', obj)
    if isinstance(obj, str):
        return ('Z', obj)
    if obj is None:
        return ('P', None)
    if isinstance(obj, _SimpleCData):
        if obj._type_ in 'zZP':
            return ('P', obj._buf[0])
        return (obj._type_, obj.value)
    if isinstance(obj, (Structure, Union)):
        return (type(obj)._rawshape_, 1), obj._buf
    if isinstance(obj, (_Pointer, CFuncPtr)):
        return ('P', obj._buf[0])
    if isinstance(obj, Array):
        return ('P', obj._buf.buffer)
    if isinstance(obj, CArgObject):
        return (obj._spec, obj._value)
    p = getattr(obj, '_as_parameter_', None)
    if p is not None:
        return _convert_default(p, n)
    raise TypeError("Don't know how to convert parameter %d" % n)


def _res_spec(restype):
    """(rawffi spec of the result, converter of the raw result) for a restype."""
    if restype is None:
        return None, None
    if isinstance(restype, type) and issubclass(restype, _SimpleCData):
        if restype.__bases__[0] is _SimpleCData:
            if restype._type_ == 'P':
                return 'P', _none_if_zero
            return restype._type_, None
        return restype._type_, restype
    if isinstance(restype, type) and issubclass(restype, (_Pointer, CFuncPtr)):
        return 'P', lambda a: _from_pointer_value(restype, a)
    if isinstance(restype, type) and issubclass(restype, (Structure, Union)):
        return (restype._rawshape_, 1), lambda s: _from_struct_result(restype, s)
    if callable(restype):
        return 'i', restype
    raise TypeError('restype must be a type, a callable, or None')


def _none_if_zero(a):
    return a or None


def _from_pointer_value(cls, a):
    obj = cls._blank()
    obj._buf[0] = a
    return obj


def _from_struct_result(cls, raw):
    obj = object.__new__(cls)
    obj._buf = raw
    obj._base = None
    obj._objects = None
    return obj


# ---------------------------------------------------------------------------------------------
# Foreign functions and callbacks

class _FuncPtrMeta(_CDataMeta):
    pass


class CFuncPtr(_CData, metaclass=_FuncPtrMeta):
    _size_ = _rawffi.sizeof('P')
    _align_ = _rawffi.alignment('P')
    _flags_ = _FUNCFLAG_CDECL
    _argtypes_ = None
    _restype_ = c_int
    _errcheck_ = None
    # defaults for instances made without __init__ (cast() results, struct fields)
    _name = None
    _lib = None
    _cb = None
    _argtypes_given_ = None
    _cache = None
    _fast = None        # see _fast_path: None until computed, False when there is none

    @classmethod
    def _alloc(cls):
        return _PTRS(1, autofree=True)

    @classmethod
    def _at(cls, address):
        return _PTRS.fromaddress(address, 1)

    def __init__(self, *args):
        self._cache = {}
        self._argtypes_ = type(self)._argtypes_
        self._restype_ = type(self)._restype_
        self._errcheck_ = None
        self._argtypes_given_ = None
        if not args:
            return
        a = args[0]
        if isinstance(a, tuple):
            name, dll = a
            self._name = name
            self._lib = dll._lib
            self._buf[0] = dll._lib.getaddressindll(name)
        elif isinstance(a, int):
            self._buf[0] = a
        elif callable(a):
            self._make_callback(a)
        else:
            raise TypeError('argument must be callable or integer function address')

    def _make_callback(self, fn):
        restype = self._restype_
        if isinstance(restype, type) and issubclass(restype, (Structure, Union, Array)):
            raise TypeError('invalid result type for callback function')
        argtypes = self._argtypes_ or ()
        conv = [_callback_arg(t) for t in argtypes]
        res_letter = None if self._restype_ is None else _spec(self._restype_)
        if any(c is not None for c in conv):
            def wrapper(*raw):
                return fn(*[c(v) if c is not None else v for c, v in zip(conv, raw)])
        else:
            wrapper = fn
        if res_letter == 'P':
            inner = wrapper

            def wrapper(*raw):
                r = inner(*raw)
                return _pointer_value(r) if isinstance(r, _CData) else r
        self._cb = _rawffi.CallbackPtr(wrapper, [_spec(t) for t in argtypes], res_letter, self._flags_)
        self._buf[0] = self._cb.buffer

    @property
    def argtypes(self):
        return self._argtypes_given_ if self._argtypes_given_ is not None else self._argtypes_

    @argtypes.setter
    def argtypes(self, value):
        self._argtypes_given_ = value
        if value is not None:
            value = tuple(value)
            for i, t in enumerate(value):
                if not (isinstance(t, type) and issubclass(t, _CData)) and not hasattr(t, 'from_param'):
                    raise TypeError('item %d in _argtypes_ has no from_param method' % (i + 1))
        self._argtypes_ = value
        self._cache = {}
        self._fast = None

    @property
    def restype(self):
        return self._restype_

    @restype.setter
    def restype(self, value):
        self._restype_ = value
        self._cache = {}
        self._fast = None

    @property
    def errcheck(self):
        return self._errcheck_

    @errcheck.setter
    def errcheck(self, value):
        if value is not None and not callable(value):
            raise TypeError('the errcheck attribute must be callable')
        self._errcheck_ = value
        self._fast = None

    def __bool__(self):
        return self._buf[0] != 0

    def __repr__(self):
        return '<%s object at %#x>' % (type(self).__qualname__, id(self))

    def _fast_path(self):
        """A _rawffi.FuncPtr taking and returning exactly what Python passes and gets, when the
        prototype is made of plain numeric types only (ints wrap as ctypes wraps them); False
        when there is none."""
        argtypes, restype = self._argtypes_, self._restype_
        simple = lambda t: isinstance(t, type) and issubclass(t, _SimpleCData) and \
            t.__bases__[0] is _SimpleCData and t._type_ in _FAST_LETTERS
        if argtypes is None or self._errcheck_ is not None or not all(simple(t) for t in argtypes) or \
                not (restype is None or simple(restype)) or self._buf[0] == 0:
            return False
        return _rawffi.FuncPtr(self._buf[0], [t._type_ for t in argtypes],
                               None if restype is None else restype._type_, self._flags_)

    def __call__(self, *args, **kw):
        fast = self._fast
        if fast is None:
            fast = self._fast = self._fast_path()
        if fast is not False and not kw and len(args) == len(self._argtypes_):
            try:
                return fast(*args)
            except (TypeError, ValueError, OverflowError):
                pass    # not converted (C was not called): the general path raises ctypes' error
        # A callback made from a Python callable is called through C too, as in CPython: its
        # arguments and result are converted as C would see them.
        argtypes = self._argtypes_
        specs = []
        values = []
        if argtypes is not None:
            if len(args) < len(argtypes):
                n = len(argtypes)
                raise TypeError('this function takes at least %d argument%s (%d given)' % (n, '' if n == 1 else 's', len(args)))
            for i, a in enumerate(args):
                try:
                    s, v = _convert_arg(argtypes[i], a) if i < len(argtypes) else _convert_default(a, i + 1)
                except ArgumentError:
                    raise
                except Exception as e:
                    raise ArgumentError('argument %d: %s: %s' % (i + 1, type(e).__name__, e)) from None
                specs.append(s)
                values.append(v)
        else:
            for i, a in enumerate(args):
                try:
                    s, v = _convert_default(a, i + 1)
                except Exception as e:
                    raise ArgumentError('argument %d: %s: %s' % (i + 1, type(e).__name__, e)) from None
                specs.append(s)
                values.append(v)
        key = tuple(specs)
        if self._cache is None:
            self._cache = {}
        entry = self._cache.get(key)
        if entry is None:
            res_spec, res_conv = _res_spec(self._restype_)
            address = self._buf[0]
            if address == 0:
                raise ValueError('NULL pointer access')
            fp = _rawffi.FuncPtr(address, list(specs), res_spec, self._flags_)
            entry = self._cache[key] = (fp, res_conv)
        fp, res_conv = entry
        result = fp(*values)
        if res_conv is not None:
            result = res_conv(result)
        if self._errcheck_ is not None:
            result = self._errcheck_(result, self, args)
        return result


def _callback_arg(t):
    """How a raw callback argument becomes what the Python callable receives."""
    if issubclass(t, _SimpleCData):
        if t.__bases__[0] is not _SimpleCData:
            return lambda v: t(v)
        if t._type_ == 'P':
            return _none_if_zero
        return None
    if issubclass(t, (_Pointer, CFuncPtr)):
        return lambda a: _from_pointer_value(t, a)
    if issubclass(t, (Structure, Union)):
        # _rawffi gives a structure instance owning a copy of C's argument
        return lambda raw: _from_struct_result(t, raw)
    raise TypeError('callbacks taking %s are not supported' % t.__name__)


_c_functypes = {}


def CFUNCTYPE(restype, *argtypes, use_errno=False, use_last_error=False):
    flags = _FUNCFLAG_CDECL
    if use_errno:
        flags |= _FUNCFLAG_USE_ERRNO
    key = (restype, argtypes, flags)
    cls = _c_functypes.get(key)
    if cls is None:
        cls = _FuncPtrMeta('CFunctionType', (CFuncPtr,), {'_argtypes_': argtypes, '_restype_': restype, '_flags_': flags})
        cls.__qualname__ = 'CFUNCTYPE.<locals>.CFunctionType'
        cls.__module__ = 'ctypes'
        _c_functypes[key] = cls
    return cls


PYFUNCTYPE = CFUNCTYPE


class CDLL:
    _func_flags_ = _FUNCFLAG_CDECL
    _func_restype_ = c_int

    def __init__(self, name, mode=DEFAULT_MODE, handle=None, use_errno=False, use_last_error=False, winmode=None):
        self._name = name
        flags = self._func_flags_
        if use_errno:
            flags |= _FUNCFLAG_USE_ERRNO
        self._lib = _rawffi.CDLL(name, mode)
        self._handle = self._lib.handle

        class _FuncPtr(CFuncPtr):
            _flags_ = flags
            _restype_ = self._func_restype_
        self._FuncPtr = _FuncPtr

    def __repr__(self):
        return "<%s '%s', handle %x at %#x>" % (type(self).__name__, self._name, self._handle, id(self))

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        func = self.__getitem__(name)
        setattr(self, name, func)
        return func

    def __getitem__(self, name):
        try:
            func = self._FuncPtr((name, self))
        except AttributeError:
            raise AttributeError('%s: undefined symbol: %s' % (self._name, name)) from None
        if not isinstance(name, int):
            func.__name__ = name
        return func


# The metaclasses under CPython's names (type(Structure) is _ctypes.PyCStructType).
for _meta, _name in ((_SimpleMeta, 'PyCSimpleType'), (_StructMeta, 'PyCStructType'), (_UnionMeta, 'UnionType'),
                     (_ArrayMeta, 'PyCArrayType'), (_PointerMeta, 'PyCPointerType'), (_FuncPtrMeta, 'PyCFuncPtrType')):
    _meta.__name__ = _meta.__qualname__ = _name
    _meta.__module__ = '_ctypes'
del _meta, _name


class PyDLL(CDLL):
    pass


class LibraryLoader:
    def __init__(self, dlltype):
        self._dlltype = dlltype

    def __getattr__(self, name):
        if name[0] == '_':
            raise AttributeError(name)
        dll = self._dlltype(name)
        setattr(self, name, dll)
        return dll

    def __getitem__(self, name):
        return getattr(self, name)

    def LoadLibrary(self, name):
        return self._dlltype(name)


cdll = LibraryLoader(CDLL)
pydll = LibraryLoader(PyDLL)


def SetPointerType(pointer, cls):
    pointer.set_type(cls)


def resize(obj, size):
    raise ValueError('resize() is not supported by tspy')
