class Oops(Exception):
    def __str__(self):
        return "custom str of Oops"
raise Oops("ignored arg")
