"""Names for the built-in types that are not otherwise exposed, and small helpers
(tspy implementation)."""

import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
MappingProxyType = type(type.__dict__)
SimpleNamespace = None      # defined below
CellType = type((lambda x: lambda: x)(1).__closure__[0]) if (lambda x: lambda: x)(1).__closure__ else None


def _g():
    yield 1


GeneratorType = type(_g())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
ModuleType = type(sys)

try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)
    _tb = _e.__traceback__
    FrameType = type(_tb.tb_frame) if _tb is not None and hasattr(_tb, 'tb_frame') else type(sys._getframe())
    del _e, _tb

GetSetDescriptorType = type(FunctionType.__dict__['__code__']) if '__code__' in FunctionType.__dict__ else type(None)
MemberDescriptorType = GetSetDescriptorType
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)

del sys, _f, _g, _C


class SimpleNamespace:
    """A simple attribute-based namespace."""

    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        self.__dict__.update(mapping_or_iterable)
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        if id(self) in _repr_running:
            return f'{name}(...)'
        _repr_running.add(id(self))
        try:
            items = (f'{k}={v!r}' for k, v in self.__dict__.items())
            return f"{name}({', '.join(items)})"
        finally:
            _repr_running.discard(id(self))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)


_repr_running = set()
SimpleNamespace.__module__ = 'types'


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved_bases, ns, **kwds)


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, '__mro_entries__'):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass."""
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError('metaclass conflict: the metaclass of a derived class must be a '
                        '(non-strict) subclass of the metaclasses of all its bases')
    return winner


def get_original_bases(cls):
    return cls.__dict__.get('__orig_bases__', cls.__bases__)


class DynamicClassAttribute(property):
    """Route attribute access on a class to __getattr__ (used by enum for name/value)."""

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if getattr(self, '__isabstractmethod__', False):
                return self
            raise AttributeError()
        return super().__get__(instance, ownerclass)


def coroutine(func):
    return func


try:
    GenericAlias = type(list[int])
except TypeError:
    class GenericAlias:
        """Represent a PEP 585 generic type: list[int]."""

        def __init__(self, origin, args):
            self.__origin__ = origin
            self.__args__ = args if isinstance(args, tuple) else (args,)
            self.__parameters__ = ()

        def __call__(self, *args, **kwargs):
            return self.__origin__(*args, **kwargs)

        def __mro_entries__(self, bases):
            return (self.__origin__,)

        def __eq__(self, other):
            if not isinstance(other, GenericAlias):
                return NotImplemented
            return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

        def __hash__(self):
            return hash(self.__origin__) ^ hash(self.__args__)

        def __repr__(self):
            def r(a):
                if a is Ellipsis:
                    return '...'
                if isinstance(a, type) and not isinstance(a, GenericAlias):
                    if a.__module__ == 'builtins':
                        return a.__qualname__
                    return f'{a.__module__}.{a.__qualname__}'
                return repr(a)
            return f"{r(self.__origin__)}[{', '.join(r(a) for a in self.__args__)}]"

        def __getattr__(self, name):
            if name.startswith('__'):
                raise AttributeError(name)
            return getattr(self.__origin__, name)

UnionType = type(int | str) if hasattr(type, '__or__') else None
