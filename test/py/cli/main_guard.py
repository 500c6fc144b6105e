import sys
def main():
    print("main called", __name__)
    return 0
if __name__ == "__main__":
    sys.exit(main())
