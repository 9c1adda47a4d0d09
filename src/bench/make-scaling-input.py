#!/usr/bin/env python3
"""Writes N x ~N presegmented inputs for the scaling benchmark from real verse pairs of shared/eval.

Usage: make-scaling-input.py N OUT_SRC OUT_TGT
       make-scaling-input.py --paragraphs N OUT_SRC_PAR OUT_TGT_PAR    (paragraph starts for that input)
       make-scaling-input.py --score N BEADS      (strict precision of an alignment of such an input)
Cycles through the KJV / Reina-Valera 1909 verse pairs of the public Bible sets (Jonah, Mark), each cycle in
its own seeded random order (a text that repeats the same 720 verses in the same order has no length signal at
the scale of thousands of verses, which real text does), and drops every 97th target verse and merges every
89th pair of target verses, so the aligner meets 1-0 and 2-1 beads. The right alignment is therefore known:
see score_synthetic() for the gold beads.
--paragraphs writes paragraph starts (first segment index of each paragraph after the first, one per line) for
the same input: source paragraphs of 5 to 40 verses (seeded), the target broken at the same verses except that
every 7th break is missing on the target side (two paragraphs as one) and every 11th comes one verse later (as
Reina-Valera starts Jonah 2 one verse after the KJV), so the paragraphing of the two sides disagrees in places.
"""
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.join(HERE, '..', '..', '..', 'shared', 'eval', 'public')

def pairs():
    out = []
    for book in ('bible-mark-kjv-rv1909', 'bible-jonah-kjv-rv1909'):
        src = open(os.path.join(EVAL, book, 'src.txt'), encoding='utf-8').read().splitlines()
        tgt = open(os.path.join(EVAL, book, 'tgt.txt'), encoding='utf-8').read().splitlines()
        for line in open(os.path.join(EVAL, book, 'gold.txt')):
            s, t = line.strip().split(':')
            s, t = eval(s), eval(t)
            if len(s) == 1 and len(t) == 1:
                out.append((src[s[0]], tgt[t[0]]))
    return out

def main():
    n, out_src, out_tgt = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    base = pairs()
    order = []
    cycle = 0
    while len(order) < n:
        shuffled = list(base)
        random.Random(f"parallax-bench-{cycle}").shuffle(shuffled)
        order.extend(shuffled)
        cycle += 1
    with open(out_src, 'w', encoding='utf-8') as fs, open(out_tgt, 'w', encoding='utf-8') as ft:
        pending = None
        for k in range(n):
            s, t = order[k]
            fs.write(s + '\n')
            if k % 97 == 96:
                continue
            if k % 89 == 88:
                pending = t
                continue
            ft.write((pending + ' ' + t if pending else t) + '\n')
            pending = None

def paragraphs(n, out_src, out_tgt):
    rng = random.Random("parallax-bench-paragraphs")
    source_starts, k = [], 0
    while True:
        k += rng.randint(5, 40)
        if k >= n:
            break
        source_starts.append(k)
    target_line, t, pending = [], 0, False   # target line holding the translation of source verse k (None: deleted)
    for k in range(n):
        if k % 97 == 96:
            target_line.append(None)
            continue
        target_line.append(t)
        if k % 89 == 88:
            pending = True
            continue
        t += 1
        pending = False
    def first_line_from(k):
        while k < n and target_line[k] is None:
            k += 1
        return target_line[k] if k < n else t
    target_starts = []
    for number, k in enumerate(source_starts, 1):
        if number % 7 == 0:
            continue
        start = first_line_from(k + 1 if number % 11 == 0 else k)
        if 0 < start < t and (not target_starts or start > target_starts[-1]):
            target_starts.append(start)
    with open(out_src, 'w') as f:
        f.write(''.join(f"{k}\n" for k in source_starts))
    with open(out_tgt, 'w') as f:
        f.write(''.join(f"{k}\n" for k in target_starts))


def gold_beads(n):
    """The beads the generator's edits imply, in the eval format."""
    gold, t, pending = [], 0, None
    for k in range(n):
        if k % 97 == 96:
            gold.append(f"[{k}]:[]")
            continue
        if k % 89 == 88:
            pending = k
            continue
        gold.append(f"[{pending},{k}]:[{t}]" if pending is not None else f"[{k}]:[{t}]")
        pending = None
        t += 1
    return gold


def score_synthetic(n, beads_file):
    """Fraction of output beads that are exactly right (strict precision)."""
    gold = set(gold_beads(n))
    beads = [line.strip() for line in open(beads_file) if line.strip()]
    return sum(b in gold for b in beads) / max(1, len(beads))


if __name__ == '__main__':
    if sys.argv[1] == '--score':
        print(f"{score_synthetic(int(sys.argv[2]), sys.argv[3]):.4f}")
    elif sys.argv[1] == '--paragraphs':
        paragraphs(int(sys.argv[2]), sys.argv[3], sys.argv[4])
    else:
        main()
