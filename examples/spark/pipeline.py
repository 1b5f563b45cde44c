#!/usr/bin/env python3
"""claimdiff as the map and group stages of a Spark job (RDD.pipe over JSON Lines).

    python pipeline.py --claimdiff /abs/path/to/claimdiff --input corpus.jsonl --out spark.jsonl

1. Read the corpus as a text RDD: one article record per element.
2. Map stage: pipe each partition through
   `claimdiff extract --input-format jsonl --format claims --stdin-name NAME
   --first-line N -`, which writes one claims record per article, in input order.
   N is the file line the partition starts at (one cheap counting job finds it), so
   the line numbers in the claims records are those of the whole file.
3. Key each claims record by its event and shuffle, so that all records of one event
   land in one partition (one partition may hold several events).
4. Group stage: pipe each partition through
   `claimdiff compare --claims - --group-by event --format jsonl`.
5. Collect the lines, order them by group (stable: lines of one group keep their
   order) and write them to --out.

docs/SCALE.md explains the stages and why the output equals a single-machine run.
examples/spark/run.sh builds everything and runs this against the reference.
"""

import argparse
import json
import os
import shlex
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sort_by_group import sort_lines  # noqa: E402

# claimdiff exits 0 (no findings at the fail level), 1 (findings) or 2 (input error).
# RDD.pipe(checkCode=True) fails the task on any non-zero exit, and checkCode=False
# would let an input error pass as an empty partition. So each command runs under
# sh, which turns 1 into 0 and passes 2 and above (and signals) through:
# findings are output, not failure; a bad input still fails the job.
EXIT_1_IS_OK = '"$0" "$@"; rc=$?; [ "$rc" -le 1 ] || exit "$rc"'


def command(binary, args):
    """A command line for RDD.pipe (it is split with shlex.split, run without a shell)."""
    return " ".join(shlex.quote(a) for a in ["/bin/sh", "-c", EXIT_1_IS_OK, binary, *args])


def event_of(line):
    """The event of one claims record: the `event` field of its metadata."""
    rec = json.loads(line)
    meta = rec.get("meta") or {}
    event = meta.get("event")
    if not isinstance(event, str):
        raise ValueError(f"claims record {rec.get('path')!r} has no meta.event string")
    return event


def run_claimdiff(binary, args, env):
    """Pipe one partition through `binary args`: RDD.pipe with arguments per partition.

    RDD.pipe runs one fixed command for every partition; the map stage needs each
    partition's first line number (`--first-line`), so it runs the process itself, the
    way RDD.pipe does: a thread writes the partition's lines to the process while its
    output lines are yielded. Exit 1 (findings) is output, not failure; 2 and above
    fails the task.
    """
    def run(lines):
        proc = subprocess.Popen([binary, *args], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, env=env)

        def feed():
            try:
                for line in lines:
                    proc.stdin.write(line.encode("utf-8") + b"\n")
            except BrokenPipeError:
                pass
            finally:
                try:
                    proc.stdin.close()
                except BrokenPipeError:
                    pass

        writer = threading.Thread(target=feed, daemon=True)
        writer.start()
        for out in proc.stdout:
            yield out.decode("utf-8").rstrip("\n")
        writer.join()
        rc = proc.wait()
        if rc > 1:
            raise RuntimeError(f"{binary} {' '.join(args)} exited with {rc}")
    return run


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--claimdiff", required=True,
                   help="absolute path of the claimdiff binary, readable on every executor")
    p.add_argument("--input", required=True, help="corpus of JSON Lines article records")
    p.add_argument("--stdin-name", default=None,
                   help="name the records' paths after this file (default: --input as given), "
                        "so paths equal those of `claimdiff compare NAME`")
    p.add_argument("--out", required=True, help="where to write the grouped compare output")
    p.add_argument("--master", default="local[2]")
    p.add_argument("--map-partitions", type=int, default=4,
                   help="minimum number of input partitions (extract processes)")
    p.add_argument("--group-partitions", type=int, default=4,
                   help="partitions after the shuffle (compare processes); at most one per event")
    p.add_argument("--threads", type=int, default=1,
                   help="claimdiff -j per process; Spark runs the processes in parallel")
    return p.parse_args(argv)


def main(argv):
    a = parse_args(argv)
    binary = os.path.abspath(a.claimdiff)
    if not os.access(binary, os.X_OK):
        raise SystemExit(f"pipeline.py: {binary} is not an executable claimdiff")
    stdin_name = a.stdin_name or a.input
    threads = ["-j", str(a.threads), "--no-progress"]
    extract = ["extract", "--input-format", "jsonl", "--format", "claims",
               "--stdin-name", stdin_name, *threads]
    compare = command(binary, ["compare", "--claims", "-", "--group-by", "event",
                               "--format", "jsonl", *threads])
    # RDD.pipe starts the command with exactly this environment (an empty one when
    # env is None), so PATH and anything else the command needs goes here.
    env = {"PATH": os.environ.get("PATH", "/usr/local/bin:/usr/bin:/bin")}

    # The Python workers must be this interpreter (the one with pyspark installed).
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    if a.master.startswith("local"):
        # local mode talks to itself; do not look for the host's outside address
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    from pyspark import SparkConf, SparkContext

    conf = (SparkConf().setMaster(a.master).setAppName("claimdiff-spark-example")
            .set("spark.ui.enabled", "false")
            .set("spark.ui.showConsoleProgress", "false"))
    t_start = time.monotonic()
    sc = SparkContext(conf=conf)
    sc.setLogLevel("WARN")
    try:
        t0 = time.monotonic()
        articles = sc.textFile(a.input, minPartitions=a.map_partitions)
        map_parts = articles.getNumPartitions()

        # Where each partition starts in the file: a pass that only counts lines.
        counts = articles.mapPartitions(lambda lines: [sum(1 for _ in lines)]).collect()
        if 0 in counts:
            # extract reads an empty input as an error (exit 2)
            raise SystemExit(f"pipeline.py: input partition {counts.index(0)} has no lines; "
                             "use fewer --map-partitions")
        starts = [sum(counts[:i]) for i in range(len(counts))]
        t_lines = time.monotonic()
        # Map stage: each partition's extract is told the file line it starts at.
        # persist(): the claims are read twice (the events and their sizes, then the
        # shuffle) and extraction should run once.
        claims = articles.mapPartitionsWithIndex(
            lambda i, lines: run_claimdiff(
                binary, [*extract, "--first-line", str(starts[i] + 1), "-"], env)(lines)
        ).persist()
        per_event = claims.map(event_of).countByValue()
        events = sorted(per_event)
        n_claims = sum(per_event.values())
        t_map = time.monotonic()
        if not events:
            raise SystemExit("pipeline.py: the corpus has no records")

        # Shuffle: event i goes to partition i mod P. Partitions are never empty
        # (P <= number of events), which matters because an empty compare input is
        # not a comparison. Spark's default hash partitioner would also do, but it
        # needs PYTHONHASHSEED fixed and can leave partitions empty.
        parts = max(1, min(a.group_partitions, len(events)))
        slot = {e: i for i, e in enumerate(events)}
        by_event = claims.keyBy(event_of).partitionBy(parts, lambda e: slot[e])

        # Group stage: one compare process per partition, several events each.
        lines = by_event.values().pipe(compare, env=env, checkCode=True).collect()
        t_group = time.monotonic()
    finally:
        sc.stop()

    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for line in sort_lines(lines):
            f.write(line + "\n")
    print(f"spark: {a.master}, {map_parts} map partitions, "
          f"{n_claims} claims records, {len(events)} events in {parts} group partitions, "
          f"{len(lines)} output lines, largest event {max(per_event.values())} records; "
          f"Spark start {t0 - t_start:.1f} s, line count {t_lines - t0:.1f} s, "
          f"extract {t_map - t_lines:.1f} s, shuffle+compare {t_group - t_map:.1f} s",
          file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
