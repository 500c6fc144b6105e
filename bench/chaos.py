# Chaos game (object-heavy): iterate randomly chosen affine maps (a fern, a Sierpinski triangle)
# on Vec objects and count hits per grid cell: a new Vec per step, __call__/__add__, dict updates.
# Usage: <python> bench/chaos.py [N]   (default 200000 steps per fractal)
import sys


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def mid(self, other):
        return (self + other) * 0.5


class Random:
    """A 48-bit linear congruential generator, so every runtime draws the same numbers."""

    def __init__(self, seed):
        self.state = seed

    def random(self):
        self.state = (self.state * 25214903917 + 11) & 0xFFFFFFFFFFFF
        return (self.state >> 17) / 2147483648.0


class Affine:
    def __init__(self, a, b, c, d, e, f, weight):
        self.a, self.b, self.c, self.d, self.e, self.f = a, b, c, d, e, f
        self.weight = weight

    def __call__(self, p):
        return Vec(self.a * p.x + self.b * p.y + self.e, self.c * p.x + self.d * p.y + self.f)


class TowardCorner:
    def __init__(self, corner, weight):
        self.corner = corner
        self.weight = weight

    def __call__(self, p):
        return p.mid(self.corner)


class Game:
    def __init__(self, maps, seed):
        self.maps = maps
        self.rng = Random(seed)
        total = 0.0
        self.thresholds = []
        for m in maps:
            total += m.weight
            self.thresholds.append(total)

    def choose(self):
        r = self.rng.random() * self.thresholds[-1]
        for m, t in zip(self.maps, self.thresholds):
            if r < t:
                return m
        return self.maps[-1]

    def play(self, steps, box, size):
        """Run the orbit; count hits per cell of a size x size grid covering box."""
        x0, y0, x1, y1 = box
        sx = size / (x1 - x0)
        sy = size / (y1 - y0)
        hits = {}
        p = Vec(0.0, 0.0)
        for step in range(steps):
            p = self.choose()(p)
            if step < 20:
                continue                  # let the orbit settle onto the attractor
            cell = (int((p.x - x0) * sx), int((p.y - y0) * sy))
            hits[cell] = hits.get(cell, 0) + 1
        return hits


def summary(name, hits):
    busiest = max(hits.values())
    spread = sum(x * 31 + y for (x, y) in hits) % 1000003
    return "%s: cells=%d busiest=%d spread=%d" % (name, len(hits), busiest, spread)


def main():
    steps = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
    fern = Game([
        Affine(0.0, 0.0, 0.0, 0.16, 0.0, 0.0, 0.01),
        Affine(0.85, 0.04, -0.04, 0.85, 0.0, 1.6, 0.85),
        Affine(0.2, -0.26, 0.23, 0.22, 0.0, 1.6, 0.07),
        Affine(-0.15, 0.28, 0.26, 0.24, 0.0, 0.44, 0.07),
    ], 42)
    triangle = Game([
        TowardCorner(Vec(0.0, 0.0), 1.0),
        TowardCorner(Vec(1.0, 0.0), 1.0),
        TowardCorner(Vec(0.5, 0.866), 1.0),
    ], 7)
    print("chaos(%d)" % steps)
    print(summary("fern", fern.play(steps, (-3.0, 0.0, 3.0, 10.0), 120)))
    print(summary("triangle", triangle.play(steps, (0.0, 0.0, 1.0, 1.0), 120)))


main()
