#!/usr/bin/env python3
"""Makes a later snapshot of a generated roster for the change-over-time benchmarks: a quarter's worth
of change, deterministic for a seed. About 5% of people leave, 5% join (copies of others' rows under
new ids), 3% of the IT operations roles' people move up a level, a tenth of people have a rating or
two move by one level, and the rows come out shuffled.

Usage: perturb.py BEFORE.csv AFTER.csv [SEED]
"""
import csv
import random
import sys

LEVELS = ["associate", "engineer", "senior", "lead", "principal"]
SCALE = ["none", "awareness", "working", "practitioner", "expert"]


def main(source, target, seed):
    rng = random.Random(seed)
    with open(source, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header, people = rows[0], rows[1:]
    first_skill = header.index("mentor_capacity") + 1
    kept = [row for row in people if rng.random() >= 0.05]
    joiners = []
    for n in range(max(1, len(people) // 20)):
        row = list(rng.choice(people))
        row[0], row[1] = f"J{seed}-{n:06d}", f"Joiner {seed}-{n}"
        joiners.append(row)
    for row in kept:
        level = row[3]
        if level in LEVELS[:-1] and rng.random() < 0.03:
            row[3] = LEVELS[LEVELS.index(level) + 1]
        if rng.random() < 0.10:
            rated = [i for i in range(first_skill, len(row)) if row[i] in SCALE]
            for i in rng.sample(rated, min(2, len(rated))):
                step = 1 if rng.random() < 0.8 else -1
                row[i] = SCALE[max(0, min(len(SCALE) - 1, SCALE.index(row[i]) + step))]
    after = kept + joiners
    rng.shuffle(after)
    with open(target, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(after)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 1)
