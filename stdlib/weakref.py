"""Weak references -- tspy approximation.

tspy runs on a garbage collector that cannot tell when an object dies, so these are STRONG
references: ref() always returns its referent, the weak dictionaries and WeakSet keep their
items alive (they behave as plain dict/set), callbacks never fire, and finalize() runs only
when called explicitly (or at detach()). Code that only uses weak references as caches works
unchanged; code that waits for objects to disappear will not see it happen."""

__all__ = ['ref', 'proxy', 'getweakrefcount', 'getweakrefs', 'WeakKeyDictionary',
           'ReferenceType', 'ProxyType', 'CallableProxyType', 'ProxyTypes',
           'WeakValueDictionary', 'WeakSet', 'WeakMethod', 'finalize']


class ReferenceType:
    """ref(object[, callback]) -> a reference to object (strong in tspy)."""
    __slots__ = ('_obj', '__callback__', '_hash')

    def __init__(self, ob, callback=None):
        self._obj = ob
        self.__callback__ = callback
        self._hash = None

    def __call__(self):
        return self._obj

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(self._obj)
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        return self._obj == other._obj

    def __ne__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        return self._obj != other._obj

    def __repr__(self):
        o = self._obj
        return '<weakref at %#x; to %r at %#x>' % (id(self), type(o).__name__, id(o))

    def __class_getitem__(cls, item):
        return cls


ReferenceType.__name__ = ReferenceType.__qualname__ = 'ReferenceType'
ref = ReferenceType


class WeakMethod(ReferenceType):
    """A weak reference to a bound method (strong in tspy)."""
    __slots__ = ()

    def __init__(self, meth, callback=None):
        try:
            meth.__self__, meth.__func__
        except AttributeError:
            raise TypeError('argument should be a bound method, not {}'
                            .format(type(meth))) from None
        super().__init__(meth, callback)


def proxy(obj, callback=None):
    """proxy(object[, callback]) -> the object itself in tspy."""
    return obj


ProxyType = CallableProxyType = type(None)
ProxyTypes = (ProxyType, CallableProxyType)


def getweakrefcount(obj):
    return 0


def getweakrefs(obj):
    return []


class WeakValueDictionary(dict):
    """Mapping class that references values weakly (strongly in tspy)."""

    def __repr__(self):
        return '<%s at %#x>' % (self.__class__.__name__, id(self))

    def itervaluerefs(self):
        return (ref(v) for v in self.values())

    def valuerefs(self):
        return [ref(v) for v in self.values()]

    def copy(self):
        return type(self)(self)

    __copy__ = copy


class WeakKeyDictionary(dict):
    """Mapping class that references keys weakly (strongly in tspy)."""

    def __repr__(self):
        return '<%s at %#x>' % (self.__class__.__name__, id(self))

    def keyrefs(self):
        return [ref(k) for k in self.keys()]

    def copy(self):
        return type(self)(self)

    __copy__ = copy


class WeakSet(set):
    """A set of weakly referenced objects (strongly in tspy)."""

    def __repr__(self):
        return '{}({})'.format(self.__class__.__name__, set(self))


class finalize:
    """Class for finalization of weakrefable objects (never automatic in tspy)."""
    _registry = {}

    class _Info:
        __slots__ = ('weakref', 'func', 'args', 'kwargs', 'atexit', 'index')

    def __init__(self, obj, func, /, *args, **kwargs):
        info = self._Info()
        info.weakref = ref(obj)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = len(self._registry)
        self._registry[self] = info

    def __call__(self, _=None):
        info = self._registry.pop(self, None)
        if info:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        return self in self._registry

    @property
    def atexit(self):
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return '<%s object at %#x; for %r at %#x>' % (type(self).__name__, id(self),
                                                     type(obj).__name__, id(obj))
