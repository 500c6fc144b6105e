"""Functional tools for creating and using iterators (tspy implementation).

Each iterator is a class (so type() and repr() look like CPython's); the combinatoric ones
drive an internal generator."""

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement', 'compress',
           'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
           'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee', 'zip_longest']


class _Base:
    __slots__ = ()

    def __iter__(self):
        return self


def _no_kwargs(name, kw):
    if kw:
        raise TypeError(f'{name}() takes no keyword arguments')


class count(_Base):
    """Return a count object whose .__next__() method returns consecutive values."""
    __slots__ = ('_n', '_step')

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float, complex)) and not hasattr(type(v), '__add__'):
                raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if self._step == 1 and type(self._step) is int:
            return f'{type(self).__name__}({self._n!r})'
        return f'{type(self).__name__}({self._n!r}, {self._step!r})'

    def __reduce__(self):
        return type(self), (self._n, self._step)


class cycle(_Base):
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""
    __slots__ = ('_it', '_saved', '_i', '_first')

    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._saved = []
        self._i = 0
        self._first = True

    def __next__(self):
        if self._first:
            for x in self._it:
                self._saved.append(x)
                return x
            self._first = False
        saved = self._saved
        if not saved:
            raise StopIteration
        i = self._i
        x = saved[i]
        self._i = i + 1 if i + 1 < len(saved) else 0
        return x


class repeat(_Base):
    """repeat(object [,times]) -> create an iterator which returns the object
for the specified number of times.  If not specified, returns the object endlessly."""
    __slots__ = ('_obj', '_times')

    def __init__(self, object, times=None):
        self._obj = object
        if times is not None:
            times = times.__index__() if not isinstance(times, int) else times
            if times < 0:
                times = 0
        self._times = times

    def __next__(self):
        t = self._times
        if t is None:
            return self._obj
        if t <= 0:
            raise StopIteration
        self._times = t - 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return f'{type(self).__name__}({self._obj!r})'
        return f'{type(self).__name__}({self._obj!r}, {self._times})'


_initial_missing = object()


class accumulate(_Base):
    """Return series of accumulated sums (or other binary function results)."""
    __slots__ = ('_it', '_func', '_total', '_initial')

    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._total = _initial_missing
        self._initial = initial

    def __next__(self):
        if self._initial is not None:
            self._total = self._initial
            self._initial = None
            return self._total
        x = next(self._it)
        total = self._total
        if total is _initial_missing:
            self._total = x
            return x
        func = self._func
        total = total + x if func is None else func(total, x)
        self._total = total
        return total


class chain(_Base):
    """Return a chain object whose .__next__() method returns elements from the
first iterable until it is exhausted, then elements from the next iterable, until all
of the iterables are exhausted."""
    __slots__ = ('_source', '_active')

    def __new__(cls, *iterables, **kw):
        if cls is chain:
            _no_kwargs('chain', kw)
        self = object.__new__(cls)
        self._source = iter(iterables)
        self._active = None
        return self

    @classmethod
    def from_iterable(cls, iterable, /):
        self = object.__new__(cls)
        self._source = iter(iterable)
        self._active = None
        return self

    def __next__(self):
        while True:
            active = self._active
            if active is None:
                if self._source is None:
                    raise StopIteration
                try:
                    self._active = iter(next(self._source))
                except StopIteration:
                    self._source = None
                    raise
                continue
            for x in active:
                return x
            self._active = None

    def __class_getitem__(cls, item):
        return cls


class compress(_Base):
    """Return data elements corresponding to true selector elements."""
    __slots__ = ('_data', '_sel')

    def __init__(self, data, selectors):
        self._data = iter(data)
        self._sel = iter(selectors)

    def __next__(self):
        data, sel = self._data, self._sel
        while True:
            d = next(data)
            s = next(sel)
            if s:
                return d


class dropwhile(_Base):
    """Drop items from the iterable while predicate(item) is true."""
    __slots__ = ('_pred', '_it', '_dropping')

    def __init__(self, predicate, iterable, /):
        self._pred = predicate
        self._it = iter(iterable)
        self._dropping = True

    def __next__(self):
        it = self._it
        if self._dropping:
            pred = self._pred
            for x in it:
                if not pred(x):
                    self._dropping = False
                    return x
            raise StopIteration
        return next(it)


class takewhile(_Base):
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""
    __slots__ = ('_pred', '_it')

    def __init__(self, predicate, iterable, /):
        self._pred = predicate
        self._it = iter(iterable)

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        x = next(it)
        if self._pred(x):
            return x
        self._it = None
        raise StopIteration


class filterfalse(_Base):
    """Return those items of iterable for which function(item) is false."""
    __slots__ = ('_pred', '_it')

    def __init__(self, function, iterable, /):
        self._pred = bool if function is None else function
        self._it = iter(iterable)

    def __next__(self):
        pred = self._pred
        for x in self._it:
            if not pred(x):
                return x
        raise StopIteration


class starmap(_Base):
    """Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."""
    __slots__ = ('_func', '_it')

    def __init__(self, function, iterable, /):
        self._func = function
        self._it = iter(iterable)

    def __next__(self):
        return self._func(*next(self._it))


class islice(_Base):
    """islice(iterable, stop) --> islice object
islice(iterable, start, stop[, step]) --> islice object"""
    __slots__ = ('_it', '_next', '_stop', '_step')

    def __init__(self, *args):
        n = len(args)
        if n < 2:
            raise TypeError(f'islice expected at least 2 arguments, got {n}')
        if n > 4:
            raise TypeError(f'islice expected at most 4 arguments, got {n}')
        iterable = args[0]
        if n == 2:
            start, stop, step = None, args[1], None
        else:
            start, stop = args[1], args[2]
            step = args[3] if n == 4 else None
        def conv(v, what):
            if v is None:
                return None
            try:
                return v.__index__()
            except AttributeError:
                raise ValueError(what) from None
        stop = conv(stop, 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        if stop is not None and stop < 0:
            raise ValueError('Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        start = conv(start, 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        step = conv(step, 'Step for islice() must be a positive integer or None.')
        if start is None:
            start = 0
        elif start < 0:
            raise ValueError('Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        if step is None:
            step = 1
        elif step <= 0:
            raise ValueError('Step for islice() must be a positive integer or None.')
        self._it = iter(iterable)
        self._next = start      # index (relative to what is consumed) of the next item to yield
        self._stop = stop
        self._step = step

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        nxt, stop = self._next, self._stop
        if stop is not None and nxt >= stop:
            # consume up to stop, as CPython does
            for _ in range(stop):
                if next(it, _sentinel) is _sentinel:
                    break
            self._it = None
            raise StopIteration
        for _ in range(nxt):
            if next(it, _sentinel) is _sentinel:
                self._it = None
                raise StopIteration
        x = next(it, _sentinel)
        if x is _sentinel:
            self._it = None
            raise StopIteration
        self._next = self._step - 1
        if stop is not None:
            self._stop = stop - nxt - 1
        return x


_sentinel = object()


class zip_longest(_Base):
    """Return a zip_longest object whose .__next__() method returns a tuple where the i-th
element comes from the i-th iterable argument."""
    __slots__ = ('_its', '_active', '_fill')

    def __init__(self, *iterables, fillvalue=None):
        self._its = [iter(x) for x in iterables]
        self._active = len(self._its)
        self._fill = fillvalue

    def __next__(self):
        its = self._its
        if not self._active:
            raise StopIteration
        values = []
        for i, it in enumerate(its):
            if it is None:
                values.append(self._fill)
                continue
            v = next(it, _sentinel)
            if v is _sentinel:
                self._active -= 1
                if not self._active:
                    raise StopIteration
                its[i] = None
                v = self._fill
            values.append(v)
        return tuple(values)


class pairwise(_Base):
    """Return an iterator of overlapping pairs taken from the input iterator."""
    __slots__ = ('_it', '_last')

    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._last = _sentinel

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        last = self._last
        if last is _sentinel:
            last = next(it, _sentinel)
            if last is _sentinel:
                self._it = None
                raise StopIteration
        cur = next(it, _sentinel)
        if cur is _sentinel:
            self._it = None
            raise StopIteration
        self._last = cur
        return (last, cur)


class groupby(_Base):
    """make an iterator that returns consecutive keys and groups from the iterable"""
    __slots__ = ('_it', '_keyfunc', '_tgtkey', '_currkey', '_currvalue', '_id')

    def __init__(self, iterable, key=None):
        self._keyfunc = key
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = _sentinel
        self._id = None

    def __next__(self):
        self._id = marker = object()
        keyfunc = self._keyfunc
        while self._currkey == self._tgtkey:
            v = next(self._it)
            self._currvalue = v
            self._currkey = v if keyfunc is None else keyfunc(v)
        self._tgtkey = self._currkey
        return (self._currkey, _grouper(self, self._tgtkey, marker))


class _grouper(_Base):
    __slots__ = ('_parent', '_tgtkey', '_id', '_started')

    def __init__(self, parent, tgtkey, id):
        self._parent = parent
        self._tgtkey = tgtkey
        self._id = id
        self._started = False

    def __next__(self):
        gb = self._parent
        if gb is None or gb._id is not self._id:
            raise StopIteration
        if self._started:
            v = next(gb._it, _sentinel)
            if v is _sentinel:
                self._parent = None
                raise StopIteration
            gb._currvalue = v
            gb._currkey = v if gb._keyfunc is None else gb._keyfunc(v)
        self._started = True
        if not (gb._currkey == self._tgtkey):
            self._parent = None
            raise StopIteration
        return gb._currvalue


_grouper.__name__ = _grouper.__qualname__ = '_grouper'


class _tee_link:
    __slots__ = ('value', 'next')

    def __init__(self):
        self.next = None


class _tee(_Base):
    __slots__ = ('_it', '_link')

    def __init__(self, it, link):
        self._it = it
        self._link = link

    def __next__(self):
        link = self._link
        if link.next is None:
            link.value = next(self._it)
            link.next = _tee_link()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self._it, self._link)


_tee.__name__ = _tee.__qualname__ = '_tee'


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    if not isinstance(n, int):
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _tee):
        first = it.__copy__()
    else:
        first = _tee(it, _tee_link())
    return tuple([first] + [first.__copy__() for _ in range(n - 1)])


class _GenBased(_Base):
    __slots__ = ('_gen',)

    def __next__(self):
        return next(self._gen)


class product(_GenBased):
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""
    __slots__ = ()

    def __init__(self, *iterables, repeat=1):
        if not isinstance(repeat, int):
            raise TypeError(f"'{type(repeat).__name__}' object cannot be interpreted as an integer")
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(pool) for pool in iterables] * repeat
        self._gen = _product(pools)


def _product(pools):
    n = len(pools)
    if any(not p for p in pools):
        return
    idx = [0] * n
    yield tuple(p[0] for p in pools)
    while True:
        i = n - 1
        while i >= 0:
            idx[i] += 1
            if idx[i] < len(pools[i]):
                break
            idx[i] = 0
            i -= 1
        if i < 0:
            return
        yield tuple(pools[k][idx[k]] for k in range(n))


class permutations(_GenBased):
    """Return successive r-length permutations of elements in the iterable."""
    __slots__ = ()

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        n = len(pool)
        if r is None:
            r = n
        elif not isinstance(r, int):
            raise TypeError('Expected int as r')
        elif r < 0:
            raise ValueError('r must be non-negative')
        self._gen = _permutations(pool, n, r)


def _permutations(pool, n, r):
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


class combinations(_GenBased):
    """Return successive r-length combinations of elements in the iterable."""
    __slots__ = ()

    def __init__(self, iterable, r):
        if not isinstance(r, int):
            raise TypeError(f"'{type(r).__name__}' object cannot be interpreted as an integer")
        if r < 0:
            raise ValueError('r must be non-negative')
        self._gen = _combinations(tuple(iterable), r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


class combinations_with_replacement(_GenBased):
    """Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats."""
    __slots__ = ()

    def __init__(self, iterable, r):
        if not isinstance(r, int):
            raise TypeError(f"'{type(r).__name__}' object cannot be interpreted as an integer")
        if r < 0:
            raise ValueError('r must be non-negative')
        self._gen = _cwr(tuple(iterable), r)


def _cwr(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)
