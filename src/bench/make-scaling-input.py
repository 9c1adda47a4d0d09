#!/usr/bin/env python3
"""Writes N x ~N presegmented inputs for the scaling benchmark from real verse pairs of shared/eval.

Usage: make-scaling-input.py N OUT_SRC OUT_TGT
Cycles through the KJV / Reina-Valera 1909 verse pairs of the public Bible sets (Jonah, Mark), and drops
every 97th target verse and merges every 89th pair of target verses, so the aligner meets 1-0 and 2-1 beads.
"""
import os
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
    with open(out_src, 'w', encoding='utf-8') as fs, open(out_tgt, 'w', encoding='utf-8') as ft:
        pending = None
        for k in range(n):
            s, t = base[k % len(base)]
            fs.write(s + '\n')
            if k % 97 == 96:
                continue
            if k % 89 == 88:
                pending = t
                continue
            ft.write((pending + ' ' + t if pending else t) + '\n')
            pending = None

if __name__ == '__main__':
    main()
