# Integer loops: while/for loops doing +, *, //, %, shifts, xor and masks on small ints.
# Usage: <python> bench/int_loop.py [N]   (default N = 2000000 iterations of each loop)
# Prints checksums of each loop; the runner times the whole process.
import sys


def while_loop(n):
    # A linear congruential generator folded into an accumulator.
    total = 0
    x = 12345
    i = 0
    while i < n:
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        total = (total + (x >> 7) ^ i) & 0xFFFFFFF
        i += 1
    return total


def for_loop(n):
    # Digit sums and divisibility tests: floor division and modulo on ints.
    hits = 0
    digits = 0
    for i in range(n):
        if i % 3 == 0 or i % 7 == 0:
            hits += 1
        j = i
        while j:
            digits += j % 10
            j //= 10
    return hits, digits


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000000
    a = while_loop(n)
    hits, digits = for_loop(n // 4)
    print("int_loop(%d): lcg=%d hits=%d digits=%d" % (n, a, hits, digits))


main()
