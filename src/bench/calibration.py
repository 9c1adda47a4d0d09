#!/usr/bin/env python3
"""Reliability of the bead confidences of `parallax align`: on every public set and Text+Berg dev, each output
bead is right when the gold has exactly the same bead (score.py's strict match); beads are binned by confidence,
and each bin prints how many beads it holds, their mean confidence and the fraction that is right. A calibrated
confidence has the two close (issue #3: of beads near 0.9, about 90% right). Also prints the expected calibration
error (bin-weighted |mean confidence - fraction right|).

Usage: calibration.py [--sets FOLDER]... JAVA_ARGS...
       JAVA_ARGS: the arguments that run Parallax, e.g. `-jar target/parallax.jar` or `-cp CLASSPATH
       org.parallax.Parallax` (from the repository root; JAVA in the environment chooses the JVM).
       --sets: score the set folders under FOLDER instead (e.g. the rebuilt sets of udhr-proxy.py and
       bible-perturb.py, which no setting was chosen on: an out-of-sample reliability table).
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.normpath(os.path.join(HERE, '..', '..', '..', 'shared', 'eval'))
sys.path.insert(0, EVAL)
from score import read_beads  # noqa: E402

JAVA = os.environ.get('JAVA', '/usr/lib/jvm/temurin-25-jdk-amd64/bin/java')
EDGES = [0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0001]


def sets_in(parent):
    for name in sorted(os.listdir(parent)):
        folder = os.path.join(parent, name)
        if os.path.isdir(folder):
            with open(os.path.join(folder, 'meta.json'), encoding='utf-8') as f:
                meta = json.load(f)
            yield (name, os.path.join(folder, 'src.txt'), os.path.join(folder, 'tgt.txt'),
                   meta['src_lang'], meta['tgt_lang'], os.path.join(folder, 'gold.txt'))


def evaluation_sets():
    yield from sets_in(os.path.join(EVAL, 'public'))
    dev = os.path.join(EVAL, 'textberg-dev')
    yield ('textberg-dev', os.path.join(dev, 'dev.de'), os.path.join(dev, 'dev.fr'), 'de', 'fr',
           os.path.join(dev, 'dev.defr'))


def bead_key(text):
    source, target = text.split(':')
    ints = lambda side: tuple(int(x) for x in side.strip('[]').split(',') if x.strip())
    return ints(source), ints(target)


def scored_beads(java_args, src, tgt, src_lang, tgt_lang, gold_path):
    """(confidence, right) for every bead the aligner outputs."""
    out = subprocess.run([JAVA, '-Xmx2g', *java_args, 'align', src, tgt, '--presegmented', '--source-lang',
                          src_lang, '--target-lang', tgt_lang, '--format', 'tsv'],
                         check=True, capture_output=True, text=True).stdout
    gold = set(read_beads(gold_path))
    for line in out.splitlines():
        bead, confidence = line.split('\t')[:2]
        yield float(confidence), bead_key(bead) in gold


def main():
    args, parents = sys.argv[1:], []
    while args[:1] == ['--sets'] and len(args) > 1:
        parents.append(args[1])
        args = args[2:]
    if not args:
        sys.exit(__doc__)
    sets = [s for parent in parents for s in sets_in(parent)] if parents else evaluation_sets()
    beads = []
    for name, *files in sets:
        these = list(scored_beads(args, *files))
        print(f'{name:36s} {len(these):5d} beads, {sum(r for _, r in these) / len(these):.3f} right')
        beads += these
    print(f'\n{"confidence":>12s} {"beads":>6s} {"mean conf.":>10s} {"right":>6s}')
    ece = 0.0
    for low, high in zip(EDGES, EDGES[1:]):
        inside = [(c, r) for c, r in beads if low <= c < high]
        if inside:
            mean = sum(c for c, _ in inside) / len(inside)
            right = sum(r for _, r in inside) / len(inside)
            ece += len(inside) / len(beads) * abs(mean - right)
            print(f'{low:5.2f}-{min(high, 1):4.2f} {len(inside):6d} {mean:10.3f} {right:6.3f}')
    print(f'\n{len(beads)} beads, expected calibration error {ece:.4f}')


if __name__ == '__main__':
    main()
