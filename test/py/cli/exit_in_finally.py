import sys
try:
    print("work")
    sys.exit(4)
finally:
    print("cleanup runs")
