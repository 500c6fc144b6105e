import sys
for i in range(3):
    print("line", i, end=" ")
sys.stdout.write("partial")
sys.exit(9)
