"""``python -m benchmarks [--check] [--errors N] [--json PATH] ...``"""
import sys

from lawgov_nlp.evaluate.runner import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
