# Recursive Fibonacci: the cost of Python-level calls, returns and small-int arithmetic.
# Usage: <python> bench/fib.py [N]   (default N = 30; the JIT issue's figures use N = 35)
# Prints fib(N); the runner times the whole process.
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    print("fib(%d) = %d" % (n, fib(n)))


main()
