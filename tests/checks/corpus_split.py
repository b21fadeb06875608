"""What the corpus scorers (corpus_eval.py, actors_eval.py) share: the split's article ids, the
tie key (negotiation by the unordered pair) and precision, recall and F1."""
import os


def split_ids(corpus, split):
    """The ids of the articles in split ("dev", "test" or "all"), in split.txt's order."""
    ids = []
    for line in open(os.path.join(corpus, "split.txt"), encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            part, name = line.split()
            if split in ("all", part):
                ids.append(name)
    return ids


def key(s, t, kind):
    return (min(s, t), max(s, t), kind) if kind == "negotiation" else (s, t, kind)


def figures(right, proposed, gold):
    p = right / proposed if proposed else 0.0
    r = right / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def meets(precision, recall, min_precision, min_recall):
    """Whether the micro figures reach the limits given (None: no limit); says which do not."""
    ok = True
    for label, value, limit in (("precision", precision, min_precision),
                                ("recall", recall, min_recall)):
        if limit is not None and value < limit:
            print(f"{label} {value:.3f} is below {limit}")
            ok = False
    return ok
