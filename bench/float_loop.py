# Float loops: a Mandelbrot grid (tight while loop of float * + and compare) and a
# Leibniz series for pi (float division in a for loop).
# Usage: <python> bench/float_loop.py [N]   (default N = 300: an N x N grid, 50 iterations max)
import sys


def mandelbrot(size, max_iter):
    inside = 0
    total_iter = 0
    for py in range(size):
        ci = 2.0 * py / size - 1.0
        for px in range(size):
            cr = 3.0 * px / size - 2.0
            zr = 0.0
            zi = 0.0
            k = 0
            while k < max_iter and zr * zr + zi * zi <= 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                k += 1
            if k == max_iter:
                inside += 1
            total_iter += k
    return inside, total_iter


def leibniz(terms):
    s = 0.0
    sign = 1.0
    for k in range(terms):
        s += sign / (2 * k + 1)
        sign = -sign
    return 4.0 * s


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    inside, total_iter = mandelbrot(n, 50)
    pi = leibniz(n * n * 5)
    print("float_loop(%d): inside=%d iterations=%d pi=%r" % (n, inside, total_iter, pi))


main()
