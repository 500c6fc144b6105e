# Fannkuch-redux: for every permutation of 1..N (generated in place, counting order), count the
# pancake flips until 1 comes first. List indexing, slicing and reversal on small int lists.
# Usage: <python> bench/fannkuch.py [N]   (default 9; prints the checksum and the maximum flips)
import sys


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    index = 0                       # the permutation's rank: its parity signs the checksum
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        first = perm1[0]
        if first != 0:
            perm = perm1[:]
            flips = 0
            while first != 0:
                perm[:first + 1] = perm[first::-1]
                flips += 1
                first = perm[0]
            if flips > max_flips:
                max_flips = flips
            checksum += flips if index % 2 == 0 else -flips
        # Next permutation: rotate the first r+1 elements left until a counter is not spent.
        while True:
            if r == n:
                return checksum, max_flips
            head = perm1[0]
            for i in range(r):
                perm1[i] = perm1[i + 1]
            perm1[r] = head
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        index += 1


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    checksum, max_flips = fannkuch(n)
    print("%d\nPfannkuchen(%d) = %d" % (checksum, n, max_flips))


main()
