#!/usr/bin/env python3
"""Makes more perturbed Bible sets like ../shared/eval's, with other seeds (a benchmark aid).

The perturbed sets are the segment-level test that tells aligners apart, and shared/eval has four public ones
(Jonah and Mark, en-en and en-es); the held-out ones perturb other books the same way. Its README gives the
recipe: walking over the natural gold's beads with random.Random(seed), a chapter's first bead first draws a
target-only heading (p 0.3), then one draw per bead picks merge3 (0.01), merge2 (0.05), delete (0.015) or split
(0.05) by cumulative probability, applied when that operation fits the bead. This script implements that
reading and checks it first: with each public set's own seed it must rebuild that set's tgt.txt and gold.txt
exactly, or it stops. Then it writes the four natural sets perturbed with each seed given.

Usage: python3 src/bench/bible-perturb.py OUT_DIR SEED...   (then: run_eval.py OUT_DIR --cmd ...)
"""
import json
import os
import random
import sys

PUBLIC = os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../shared/eval/public')
NATURAL = ['bible-jonah-kjv-web', 'bible-jonah-kjv-rv1909', 'bible-mark-kjv-web', 'bible-mark-kjv-rv1909']
OPERATIONS = (('merge3', 0.01), ('merge2', 0.05), ('delete', 0.015), ('split', 0.05))
HEADING_PER_CHAPTER = 0.3


def read_lines(path):
    with open(path, encoding='utf-8') as f:
        return f.read().split('\n')[:-1]


def read_beads(path):
    def indices(text):
        return [int(k) for k in text.strip('[]').split(',') if k]
    return [tuple(map(indices, line.split(':'))) for line in read_lines(path)]


def split_point(verse):
    """Where a long verse is cut: after the '; ' or ': ' closest to its middle, within 30-70 % of its length."""
    if len(verse) < 100:
        return None
    cuts = [k + 1 for k in range(len(verse) - 1)
            if verse[k:k + 2] in ('; ', ': ') and 0.3 * len(verse) <= k + 1 <= 0.7 * len(verse)]
    return min(cuts, key=lambda cut: abs(cut - len(verse) / 2)) if cuts else None


def perturb(natural, seed):
    beads = read_beads(os.path.join(natural, 'gold.txt'))
    verses = read_lines(os.path.join(natural, 'tgt.txt'))
    chapter_of = [ref.split(':')[0] for ref in read_lines(os.path.join(natural, 'tgt.refs'))]
    rng = random.Random(seed)
    target, gold, previous_chapter, i = [], [], None, 0

    def one_to_one_run(length, chapter):
        return all(i + k < len(beads) and len(beads[i + k][0]) == 1 and len(beads[i + k][1]) == 1
                   and chapter_of[beads[i + k][1][0]] == chapter for k in range(length))

    while i < len(beads):
        source, tgt = beads[i]
        chapter = chapter_of[tgt[0]] if tgt else previous_chapter
        if chapter != previous_chapter and rng.random() < HEADING_PER_CHAPTER:
            gold.append(([], [len(target)]))
            target.append(('Capítulo ' if 'rv1909' in natural else 'Chapter ') + chapter)
        previous_chapter = chapter
        one_to_one = len(source) == 1 and len(tgt) == 1
        fits = {'merge3': one_to_one_run(3, chapter), 'merge2': one_to_one_run(2, chapter), 'delete': one_to_one,
                'split': one_to_one and split_point(verses[tgt[0]]) is not None}
        draw, cumulative, chosen = rng.random(), 0.0, None
        for operation, probability in OPERATIONS:
            cumulative += probability
            if draw < cumulative:
                chosen = operation if fits[operation] else None
                break
        if chosen in ('merge3', 'merge2'):
            count = 3 if chosen == 'merge3' else 2
            gold.append(([beads[i + k][0][0] for k in range(count)], [len(target)]))
            target.append(' '.join(verses[beads[i + k][1][0]] for k in range(count)))
            i += count
            continue
        if chosen == 'delete':
            gold.append((source, []))
        elif chosen == 'split':
            verse = verses[tgt[0]]
            cut = split_point(verse)
            gold.append((source, [len(target), len(target) + 1]))
            target += [verse[:cut], verse[cut:].lstrip()]
        else:
            gold.append((source, list(range(len(target), len(target) + len(tgt)))))
            target += [verses[k] for k in tgt]
        i += 1
    return target, gold


def write_set(folder, natural, target, gold, seed):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(natural, 'src.txt'), encoding='utf-8') as f:
        source = f.read()
    with open(os.path.join(folder, 'src.txt'), 'w', encoding='utf-8') as f:
        f.write(source)
    with open(os.path.join(folder, 'tgt.txt'), 'w', encoding='utf-8') as f:
        f.writelines(line + '\n' for line in target)
    with open(os.path.join(folder, 'gold.txt'), 'w', encoding='utf-8') as f:
        f.writelines(f'[{",".join(map(str, s))}]:[{",".join(map(str, t))}]\n' for s, t in gold)
    with open(os.path.join(natural, 'meta.json'), encoding='utf-8') as f:
        meta = json.load(f)
    meta.update(name=os.path.basename(folder), split='rebuilt', variant='perturbed', seed=seed)
    with open(os.path.join(folder, 'meta.json'), 'w', encoding='utf-8') as f:
        json.dump(meta, f)


def check_against_public():
    for name in NATURAL:
        public = os.path.join(PUBLIC, name + '-perturbed')
        with open(os.path.join(public, 'meta.json'), encoding='utf-8') as f:
            seed = json.load(f)['seed']
        target, gold = perturb(os.path.join(PUBLIC, name), seed)
        if target != read_lines(os.path.join(public, 'tgt.txt')) or gold != read_beads(os.path.join(public, 'gold.txt')):
            raise SystemExit(f'the recipe does not rebuild {name}-perturbed: stopped')
    print('recipe checked: the four public perturbed sets rebuilt exactly')


def main():
    out, seeds = sys.argv[1], sys.argv[2:]
    check_against_public()
    for seed in seeds:
        for name in NATURAL:
            target, gold = perturb(os.path.join(PUBLIC, name), f'{seed}-{name}-perturbed')
            write_set(os.path.join(out, f'{name}-perturbed-{seed}'), os.path.join(PUBLIC, name), target, gold, seed)
    print(f'{4 * len(seeds)} sets written to {out}')


if __name__ == '__main__':
    main()
