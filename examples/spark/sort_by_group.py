#!/usr/bin/env python3
"""Order grouped compare output by group, keeping each group's lines in their order.

    python3 sort_by_group.py IN.jsonl OUT.jsonl

`claimdiff compare --group-by KEY --format jsonl` writes lines that each carry
`"group": "<value>"`. Spark collects the groups in partition order, so both the Spark
output and the single-machine reference go through this same stable sort before they
are compared byte for byte. The sort key is the group value in code-point order (the
same as the byte order of its UTF-8); lines of one group are never reordered.
"""

import json
import sys


def group_of(line):
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as e:
        raise SystemExit(f"sort_by_group: not a JSON line ({e}): {line[:120]!r}")
    if not isinstance(rec, dict) or not isinstance(rec.get("group"), str):
        raise SystemExit(f"sort_by_group: line has no \"group\" string: {line[:120]!r}")
    return rec["group"]


def sort_lines(lines):
    """Stable sort of JSONL lines (without their newlines) by their "group"."""
    return sorted(lines, key=group_of)


def main(argv):
    if len(argv) != 3:
        raise SystemExit("usage: sort_by_group.py IN.jsonl OUT.jsonl")
    with open(argv[1], encoding="utf-8", newline="\n") as f:
        # split on "\n" only: str.splitlines() would also cut at U+2028 and other
        # separators that JSON strings may hold unescaped
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    with open(argv[2], "w", encoding="utf-8", newline="\n") as f:
        for line in sort_lines(lines):
            f.write(line + "\n")


if __name__ == "__main__":
    main(sys.argv)
