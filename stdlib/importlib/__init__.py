"""A pure Python implementation of import's public helpers (tspy implementation): the import
itself is done by the interpreter's __import__."""

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']

import sys


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return f'{base}.{name}' if name else base


def resolve_name(name, package):
    """Resolve a relative module name to an absolute one."""
    if not name.startswith('.'):
        return name
    elif not package:
        raise ImportError(f'no package specified for {repr(name)} '
                          '(required for relative module names)')
    level = 0
    for character in name:
        if character != '.':
            break
        level += 1
    return _resolve_name(name[level:], package, level)


def import_module(name, package=None):
    """Import a module. The 'package' argument is required when performing a relative
    import; it specifies the package to use as the anchor point."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            "import for {!r}".format(name))
        for character in name:
            if character != '.':
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    if not name:
        raise ValueError('Empty module name')
    module = sys.modules.get(name)
    if module is not None:
        return module
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    """Call the invalidate_caches() method on all meta path finders (none here)."""


def reload(module):
    """Reload the module by executing its source again in its namespace; returns it."""
    import types
    if not isinstance(module, types.ModuleType):
        raise TypeError('reload() argument must be a module')
    name = module.__name__
    if sys.modules.get(name) is not module:
        raise ImportError(f'module {name} not in sys.modules', name=name)
    path = getattr(module, '__file__', None)
    if not path:
        raise ModuleNotFoundError(f'spec not found for the module {name!r}', name=name)
    with open(path, encoding='utf-8') as f:
        source = f.read()
    code = compile(source, path, 'exec')
    exec(code, module.__dict__)
    return sys.modules[name]
