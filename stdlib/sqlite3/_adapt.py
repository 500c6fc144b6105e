# Adapters (Python value -> SQLite value, used when binding a parameter whose type SQLite does not
# take as is) and converters (declared type or column-name tag -> function of the raw bytes),
# the registries behind sqlite3.register_adapter / register_converter / adapt.

_PLAIN = (int, float, str, bytes, type(None))


class PrepareProtocol:
    __module__ = 'sqlite3'


adapters = {}
converters = {}


def register_adapter(tp, adapter):
    adapters[(tp, PrepareProtocol)] = adapter


def register_converter(name, converter):
    converters[name.upper()] = converter


_missing = object()


def adapt(obj, proto=PrepareProtocol, alt=_missing):
    from sqlite3._errors import ProgrammingError
    adapter = adapters.get((type(obj), proto))
    if adapter is not None:
        return adapter(obj)
    conform = getattr(proto, '__adapt__', None)
    if conform is not None:
        r = conform(obj)
        if r is not None:
            return r
    conform = getattr(obj, '__conform__', None)
    if conform is not None:
        r = conform(proto)
        if r is not None:
            return r
    if alt is not _missing:
        return alt
    raise ProgrammingError('can\'t adapt')


def adapt_for_binding(v):
    """What a parameter of an unusual type is bound as (v itself when nothing adapts it)."""
    if not adapters and not hasattr(v, '__conform__'):
        return v
    return adapt(v, PrepareProtocol, v)
