#!/usr/bin/env python3
"""Writes long evaluation sets (run_eval.py layout) for the banded search, which the public sets, all small enough
for a full search, never reach.

Usage: long-texts.py OUT PERTURBED
  PERTURBED: the output folder of bible-perturb.py with seeds s1..s8.

Sets written to OUT:
  bible-kjv-web-x16, bible-kjv-rv1909-x16   the 16 perturbed Jonah and Mark sets of one version pair, one after the
                                            other (5,808 source verses), gold offset accordingly
  ...-x16-gaps                              the same with passages left out of the translation (the targets of 25,
                                            60, 12 and 120 consecutive gold beads removed: their verses become 1-0
                                            beads) and unrelated lines inserted into it (30 and 55 lines of the UDHR
                                            in the target's language, from its start each time: 0-1 beads), far apart
  ...-x16-gap300, ...-x16-gap450            one long passage left out (300 beads, and 45 lines inserted later; 450)
  ...-x16-abridged                          157 runs of 1-6 beads left out, every 5-60 beads (557 beads in all)
  textberg-dev-x5                           Text+Berg dev (de-fr) five times over
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, '..', '..', '..', 'shared')
GAPS = {'gaps': [('leave-out', 800, 25), ('leave-out', 2000, 60), ('insert', 3000, 30), ('leave-out', 4000, 12),
                 ('insert', 4500, 55), ('leave-out', 5000, 120)],
        'gap300': [('leave-out', 2000, 300), ('insert', 4000, 45)],
        'gap450': [('leave-out', 1500, 450)],
        'abridged': None}


def abridged_gaps():
    """An abridged translation: runs of 1-6 verses left out every 5-60 beads (seeded), about 10% of the text."""
    rng = random.Random(7)
    gaps, k = [], 20
    while k < 5400:
        k += rng.randint(5, 60)
        count = rng.randint(1, 6)
        gaps.append(('leave-out', k, count))
        k += count
    return gaps
UDHR = {'en': 'eng', 'es': 'spa'}


def read_lines(path):
    with open(path, encoding='utf-8') as f:
        return f.read().splitlines()


def parse_bead(line):
    sides = line.strip().split(':')
    return tuple([int(v) for v in side.strip('[]').split(',') if v] for side in sides)


def bead_string(source, target):
    return '[' + ','.join(map(str, source)) + ']:[' + ','.join(map(str, target)) + ']'


def concatenate(folders, gold_name='gold.txt', source_name='src.txt', target_name='tgt.txt'):
    source, target, gold = [], [], []
    for folder in folders:
        s0, t0 = len(source), len(target)
        for line in read_lines(os.path.join(folder, gold_name)):
            if line.strip():
                s, t = parse_bead(line)
                gold.append(([v + s0 for v in s], [v + t0 for v in t]))
        source += read_lines(os.path.join(folder, source_name))
        target += read_lines(os.path.join(folder, target_name))
    return source, target, gold


def with_gaps(gaps, source, target, gold, inserted_lines):
    new_target, new_gold = [], []
    insert_at = {at: count for kind, at, count in gaps if kind == 'insert'}
    left_out = [(at, at + count) for kind, at, count in gaps if kind == 'leave-out']
    for k, (s, t) in enumerate(gold):
        for line in inserted_lines[:insert_at.get(k, 0)]:
            new_gold.append(([], [len(new_target)]))
            new_target.append(line)
        if any(a <= k < b for a, b in left_out):
            new_gold.extend(([v], []) for v in s)
            continue
        new_gold.append((s, list(range(len(new_target), len(new_target) + len(t)))))
        new_target.extend(target[v] for v in t)
    return source, new_target, new_gold


def write_set(out, name, source, target, gold, meta):
    folder = os.path.join(out, name)
    os.makedirs(folder, exist_ok=True)
    for file_name, lines in (('src.txt', source), ('tgt.txt', target),
                             ('gold.txt', [bead_string(s, t) for s, t in gold])):
        with open(os.path.join(folder, file_name), 'w', encoding='utf-8') as f:
            f.write('\n'.join(lines) + '\n')
    meta = dict(meta, name=name, split='long', n_src=len(source), n_tgt=len(target), n_beads=len(gold))
    with open(os.path.join(folder, 'meta.json'), 'w') as f:
        json.dump(meta, f)
    print(f'{name}: {len(source)} x {len(target)} segments, {len(gold)} beads')


def main():
    out, perturbed = sys.argv[1], sys.argv[2]
    for pair in ('kjv-web', 'kjv-rv1909'):
        folders = [os.path.join(perturbed, f'bible-{book}-{pair}-perturbed-s{seed}')
                   for book in ('jonah', 'mark') for seed in range(1, 9)]
        missing = [f for f in folders if not os.path.isdir(f)]
        if missing:
            sys.exit(f'missing {missing[0]}: run bible-perturb.py {perturbed} s1 s2 s3 s4 s5 s6 s7 s8 first')
        with open(os.path.join(folders[0], 'meta.json')) as f:
            meta = {key: value for key, value in json.load(f).items() if key in ('src_lang', 'tgt_lang', 'corpus')}
        source, target, gold = concatenate(folders)
        write_set(out, f'bible-{pair}-x16', source, target, gold, meta)
        inserted = [line for line in read_lines(os.path.join(SHARED, 'texts', 'udhr', UDHR[meta['tgt_lang']] + '.txt'))
                    if len(line) > 30]
        for name, gaps in GAPS.items():
            gaps = gaps if gaps is not None else abridged_gaps()
            write_set(out, f'bible-{pair}-x16-{name}', *with_gaps(gaps, source, target, gold, inserted), meta)
    textberg = os.path.join(SHARED, 'eval', 'textberg-dev')
    source, target, gold = concatenate([textberg] * 5, 'dev.defr', 'dev.de', 'dev.fr')
    write_set(out, 'textberg-dev-x5', source, target, gold, {'src_lang': 'de', 'tgt_lang': 'fr', 'corpus': 'textberg'})


if __name__ == '__main__':
    main()
