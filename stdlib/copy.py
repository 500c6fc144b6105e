"""Generic (shallow and deep) copying operations (tspy implementation).

Instances are copied without pickling machinery: a class's __copy__/__deepcopy__ wins, then
__reduce_ex__(4) when the class defines its own reduction, otherwise a new instance is made
with cls.__new__(cls) and __dict__ / __slots__ are copied."""

__all__ = ['Error', 'copy', 'deepcopy']

import types as _types


class Error(Exception):
    pass


error = Error

_atomic = {type(None), int, float, bool, complex, bytes, str, type, range, slice, property,
           type(Ellipsis), type(NotImplemented), _types.BuiltinFunctionType, _types.FunctionType,
           _types.CodeType if hasattr(_types, 'CodeType') else type(None)}
try:
    import weakref as _weakref
    _atomic.add(_weakref.ref)
except ImportError:
    pass

_shallow_builtin = {list: list.copy, dict: dict.copy, set: set.copy, bytearray: bytearray.copy}


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get('__slots__')
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (c.__name__.lstrip('_'), name)
            names.append(name)
    return names


def _own_reducer(cls):
    """'__reduce_ex__' or '__reduce__' if a Python class in cls's MRO defines one (object's
    __reduce_ex__ calls an overridden __reduce__, as here), else None."""
    for c in cls.__mro__:
        if c is object or c in _builtin_reducers:
            return None
        if '__reduce_ex__' in c.__dict__:
            return '__reduce_ex__'
        if '__reduce__' in c.__dict__:
            return '__reduce__'
    return None


_builtin_reducers = {tuple, list, dict, set, frozenset, bytearray, int, float, str, bytes,
                     complex, bool}


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _atomic:
        return x
    f = _shallow_builtin.get(cls)
    if f is not None:
        return f(x)
    if cls in (tuple, frozenset):
        return x
    if issubclass(cls, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _reconstruct_instance(x, None)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        append = y.append
        for a in x:
            append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # a tuple may have been copied while copying its items (recursion through a list)
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, items):
            if k is not j:
                y = tuple(items)
                break
        else:
            y = x
    elif cls in (set, frozenset):
        y = cls(deepcopy(a, memo) for a in x)
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct_instance(x, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct_instance(x, memo):
    cls = type(x)
    deep = memo is not None
    reducer = _own_reducer(cls)
    if reducer is not None:
        rv = x.__reduce_ex__(4) if reducer == '__reduce_ex__' else x.__reduce__()
        if isinstance(rv, str):
            return x
        return _reconstruct(x, memo, *rv)
    # builtin containers subclassed, or plain instances
    if isinstance(x, (list, dict, set, tuple, frozenset)):
        return _reconstruct_container(x, memo)
    try:
        y = cls.__new__(cls)
    except TypeError as e:
        raise Error(f'un(deep)copyable object of type {cls}') from e
    if deep:
        memo[id(x)] = y
    _copy_state(x, y, memo)
    return y


def _copy_state(x, y, memo):
    deep = memo is not None
    getstate = getattr(type(x), '__getstate__', None)
    if getstate is not None and getstate is not getattr(object, '__getstate__', None):
        state = x.__getstate__()
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
        return
    state = getattr(x, '__dict__', None)
    if state:
        if deep:
            state = deepcopy(state, memo)
        y.__dict__.update(state)
    for name in _slot_names(type(x)):
        try:
            value = getattr(x, name)
        except AttributeError:
            continue
        if deep:
            value = deepcopy(value, memo)
        object.__setattr__(y, name, value)


def _set_state(y, state):
    if state is None:
        return
    if hasattr(y, '__setstate__'):
        y.__setstate__(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        y.__dict__.update(state)
    if slotstate:
        for key, value in slotstate.items():
            setattr(y, key, value)


def _reconstruct_container(x, memo):
    cls = type(x)
    deep = memo is not None
    if isinstance(x, (tuple, frozenset)):
        items = [deepcopy(a, memo) for a in x] if deep else list(x)
        try:
            args = x.__getnewargs__()
            if deep:
                args = deepcopy(args, memo)
            y = cls.__new__(cls, *args)
        except AttributeError:
            y = cls.__new__(cls, items)
        if deep:
            memo[id(x)] = y
    else:
        y = cls.__new__(cls)
        if deep:
            memo[id(x)] = y
        if isinstance(x, list):
            list.extend(y, [deepcopy(a, memo) for a in x] if deep else x)
        elif isinstance(x, dict):
            for k, v in dict.items(x):
                if deep:
                    k, v = deepcopy(k, memo), deepcopy(v, memo)
                dict.__setitem__(y, k, v)
        else:
            for a in x:
                set.add(y, deepcopy(a, memo) if deep else a)
    _copy_state(x, y, memo)
    return y


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *rest):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    return y
