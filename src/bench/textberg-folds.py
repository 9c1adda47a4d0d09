#!/usr/bin/env python3
"""Strict F1 of `parallax align` on Text+Berg dev as a whole, in halves and in 4 folds (cut at gold bead
boundaries), so that a change tuned on the whole document can be checked on parts it was not looked at in.

Usage: textberg-folds.py 'ALIGN_COMMAND {src} {tgt} > {out}' [--by-type]
       (from the repository root; e.g. 'java -jar target/parallax.jar align {src} {tgt} --presegmented
       --source-lang de --target-lang fr > {out}')
FOLDS=2,4,8 in the environment chooses the splits (default 2,4).
Prints one row per part (standard Vecalign definition, score.py) and the micro-average of the halves and the folds.
"""
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.normpath(os.path.join(HERE, '..', '..', '..', 'shared', 'eval'))
sys.path.insert(0, EVAL)
from score import read_beads, counts, summarize, by_type  # noqa: E402

DEV = os.path.join(EVAL, 'textberg-dev')


def lines(name):
    with open(os.path.join(DEV, name), encoding='utf-8') as f:
        return f.read().splitlines()


def parts(gold, k):
    """k consecutive runs of gold beads of about equal size: (gold beads renumbered, source range, target range)."""
    out = []
    size = len(gold)
    for p in range(k):
        chunk = gold[p * size // k:(p + 1) * size // k]
        src = [i for b in chunk for i in b[0]]
        tgt = [j for b in chunk for j in b[1]]
        s0 = min(src)
        t0 = min(tgt)
        renumbered = [(tuple(i - s0 for i in b[0]), tuple(j - t0 for j in b[1])) for b in chunk]
        out.append((renumbered, (s0, max(src) + 1), (t0, max(tgt) + 1)))
    return out


def run(cmd, src_lines, tgt_lines, work, name):
    src = os.path.join(work, name + '.de')
    tgt = os.path.join(work, name + '.fr')
    out = os.path.join(work, name + '.out')
    for path, content in ((src, src_lines), (tgt, tgt_lines)):
        with open(path, 'w', encoding='utf-8') as f:
            f.write('\n'.join(content) + '\n')
    subprocess.run(cmd.format(src=src, tgt=tgt, out=out), shell=True, check=True)
    return read_beads(out)


def add(total, c):
    for key, value in c.items():
        total[key] = [a + b for a, b in zip(total.get(key, [0, 0, 0]), value)]


def f1(c):
    return summarize(c)['vecalign']['f1_strict']


def main():
    cmd = sys.argv[1]
    de, fr = lines('dev.de'), lines('dev.fr')
    gold = read_beads(os.path.join(DEV, 'dev.defr'))
    work = tempfile.mkdtemp(prefix='textberg-folds-')
    whole = run(cmd, de, fr, work, 'whole')
    print(f'whole       F1 {f1(counts(gold, whole)):.4f}')
    if '--by-type' in sys.argv:
        for kind, row in by_type([gold], [whole]).items():
            print(f'  {kind:5} {row["gold"]:4} {row["strict_recall"]:.3f}')
    for k in tuple(int(x) for x in os.environ.get("FOLDS", "2,4").split(",")):
        total = {}
        row = []
        for p, (g, (s0, s1), (t0, t1)) in enumerate(parts(gold, k)):
            c = counts(g, run(cmd, de[s0:s1], fr[t0:t1], work, f'{k}-{p}'))
            add(total, c)
            row.append(f'{f1(c):.4f}')
        print(f'{k} parts     ' + ' '.join(row) + f'   micro {f1(total):.4f}')


if __name__ == '__main__':
    main()
