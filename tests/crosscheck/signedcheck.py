#!/usr/bin/python3
"""Cross-checks stancegraph's signed measures against an independent computation.

For each snapshot, runs `stancegraph analyze` and recomputes from the snapshot file, with NumPy:
- the signed pairs (sign of the net support - criticism weight, both directions summed), and the
  directed ones (one direction);
- triangles and the share balanced (a triangle is balanced when the product of its signs is +);
- walk balance, tr exp(A) / tr exp(|A|), from eigenvalues (numpy.linalg.eigvalsh);
- PN centrality, undirected and directed (Everett and Borgatti 2014, as signnet's pn_index
  computes it: out = (I - A A'/(4(n-1)^2))^-1 (I + A/(2n-2)) 1, in with A');
- frustration by brute force over all two-colourings when every component has at most 16
  actors (with a component over 20 actors, only that stancegraph calls its figure a bound);
- from stancegraph's own camps: breaking pairs, signed modularity, polarization and brokers
  (the camps themselves are checked on fixtures whose camps are obvious, in the unit tests);
- that the same snapshot with actors and relations in reverse order gets the same camps.

Usage: signedcheck.py STANCEGRAPH SNAPSHOT..."""
import itertools
import json
import math
import os
import subprocess
import sys
import tempfile

import numpy as np

TOLERANCE = 1e-6


def strict_load(path):
    def reject(name):
        raise ValueError(f"{path}: non-JSON number {name}")
    return json.load(open(path, encoding="utf-8"), parse_constant=reject)


def signed(snapshot):
    ids = [a["id"] for a in snapshot["actors"]]
    index = {a: i for i, a in enumerate(ids)}
    n = len(ids)
    und, dirc = {}, {}
    for r in snapshot["relations"]:
        if r["type"] == "negotiation":
            continue
        w = r.get("weight", 1.0) * (1 if r["type"] == "support" else -1)
        s, t = index[r["source"]], index[r["target"]]
        und[(min(s, t), max(s, t))] = und.get((min(s, t), max(s, t)), 0.0) + w
        dirc[(s, t)] = dirc.get((s, t), 0.0) + w
    und = {k: v for k, v in und.items() if abs(v) > 1e-12}
    dirc = {k: v for k, v in dirc.items() if abs(v) > 1e-12}
    return ids, n, und, dirc


def pn(n, pairs, symmetric):
    """Undirected: one list; directed: (in, out). None where the system is singular."""
    if n == 1:
        return [1.0] if symmetric else ([1.0], [1.0])
    A = np.zeros((n, n))
    for (i, j), w in pairs.items():
        A[i, j] = 1 if w > 0 else -2
        if symmetric:
            A[j, i] = A[i, j]
    I = np.eye(n)
    s = 1 / (2 * n - 2)
    def solve(m, b):
        try:
            return [float(x) for x in np.linalg.solve(m, b)]
        except np.linalg.LinAlgError:
            return [None] * n
    if symmetric:
        return solve(I - s * A, np.ones(n))
    out = solve(I - s * s * A @ A.T, (I + s * A) @ np.ones(n))
    inn = solve(I - s * s * A.T @ A, (I + s * A.T) @ np.ones(n))
    return inn, out


def frustration(n, pairs):
    adj = {i: [] for i in range(n)}
    for (i, j) in pairs:
        adj[i].append(j)
        adj[j].append(i)
    seen, total = set(), 0
    for start in range(n):
        if start in seen:
            continue
        comp, stack = [], [start]
        seen.add(start)
        while stack:
            u = stack.pop()
            comp.append(u)
            for v in adj[u]:
                if v not in seen:
                    seen.add(v)
                    stack.append(v)
        if len(comp) > 16:
            return None if len(comp) > 20 else "skip"
        edges = [(i, j, w) for (i, j), w in pairs.items() if i in comp]
        best = len(edges)
        for bits in itertools.product((0, 1), repeat=len(comp) - 1):
            side = dict(zip(comp, (0,) + bits))
            bad = sum(1 for i, j, w in edges if (side[i] == side[j]) != (w > 0))
            best = min(best, bad)
        total += best
    return total


def check(binary, path, out):
    problems = []
    snapshot = json.load(open(path, encoding="utf-8"))
    subprocess.run([binary, "analyze", "-q", "-o", out, path], check=True)
    report = strict_load(os.path.join(out, snapshot["snapshot"]["id"] + ".metrics.json"))
    got = report["graph"]["signed"]
    actors = {a["id"]: a["metrics"] for a in report["actors"]}
    ids, n, und, dirc = signed(snapshot)

    def expect(what, value, want):
        if want is None or value is None:
            ok = want is None and value is None
        else:
            ok = math.isclose(value, want, rel_tol=0, abs_tol=TOLERANCE)
        if not ok:
            problems.append(f"{path}: {what}: stancegraph {value!r}, expected {want!r}")

    expect("positive_pairs", got["positive_pairs"], sum(1 for w in und.values() if w > 0))
    expect("negative_pairs", got["negative_pairs"], sum(1 for w in und.values() if w < 0))
    sign = {k: (1 if w > 0 else -1) for k, w in und.items()}
    tri = bal = 0
    for a, b, c in itertools.combinations(range(n), 3):
        if (a, b) in sign and (b, c) in sign and (a, c) in sign:
            tri += 1
            bal += sign[(a, b)] * sign[(b, c)] * sign[(a, c)] > 0
    expect("triangles", got["triangles"], tri)
    expect("triangle_balance", got["triangle_balance"], bal / tri if tri else None)
    if und:
        A = np.zeros((n, n))
        for (i, j), s in sign.items():
            A[i, j] = A[j, i] = s
        signed_values = np.linalg.eigvalsh(A)
        abs_values = np.linalg.eigvalsh(np.abs(A))
        walk = np.exp(signed_values).sum() / np.exp(abs_values).sum()
    else:
        walk = None
    expect("walk_balance", got["walk_balance"], walk)

    if n >= 1:
        undirected = pn(n, und, True)
        inn, out_ = pn(n, dirc, False)
        for i, a in enumerate(ids):
            expect(f"{a}.pn", actors[a]["pn"], undirected[i])
            expect(f"{a}.pn_in", actors[a]["pn_in"], inn[i])
            expect(f"{a}.pn_out", actors[a]["pn_out"], out_[i])

    exact = frustration(n, und)
    if exact == "skip":
        pass  # 17-20 actors: exact in stancegraph, too slow to brute-force here
    elif exact is None:
        if got["frustration_exact"]:
            problems.append(f"{path}: frustration claims to be exact on a large component")
    else:
        expect("frustration", got["frustration"], exact)

    camp = {a: actors[a]["camp"] for a in ids}
    # an actor in no signed pair (no support or criticism tie) has no camp (null); every other
    # actor has one
    paired = {ids[k] for pair in und for k in pair}
    for a in ids:
        if (camp[a] is None) != (a not in paired):
            problems.append(f"{path}: {a}: camp {camp[a]}, but it is "
                            f"{'in' if a in paired else 'in no'} signed pair")
    breaking = sum(1 for (i, j), w in und.items() if (camp[ids[i]] == camp[ids[j]]) != (w > 0))
    expect("camp_breaking_pairs", got["camp_breaking_pairs"], breaking)
    expect("camps", got["camps"], len({c for c in camp.values() if c is not None}))
    wp = sum(w for w in und.values() if w > 0)
    wn = -sum(w for w in und.values() if w < 0)
    if und:
        q = 0.0
        sp, sn = np.zeros(n), np.zeros(n)
        for (i, j), w in und.items():
            (sp if w > 0 else sn)[[i, j]] += abs(w)
        for i, j in itertools.product(range(n), repeat=2):
            if camp[ids[i]] != camp[ids[j]]:
                continue
            w = und.get((min(i, j), max(i, j)), 0.0) if i != j else 0.0
            q += w - (sp[i] * sp[j] / (2 * wp) if wp else 0) + (sn[i] * sn[j] / (2 * wn) if wn else 0)
        expect("camp_modularity", got["camp_modularity"], q / (2 * (wp + wn)))
    else:
        expect("camp_modularity", got["camp_modularity"], None)
    across = sum(-w for (i, j), w in und.items() if w < 0 and camp[ids[i]] != camp[ids[j]])
    inside = sum(w for (i, j), w in und.items() if w > 0 and camp[ids[i]] == camp[ids[j]])
    expect("polarization", got["polarization"], (across / wn if wn else 0) * (inside / wp if wp else 1))

    brokers = {a: [0, 0.0] for a in ids}
    ties = {}
    for r in snapshot["relations"]:
        if r["type"] == "negotiation":
            key = tuple(sorted((r["source"], r["target"])))
            ties[key] = ties.get(key, 0.0) + r.get("weight", 1.0)
    for (s, t), w in ties.items():
        # across camps: the other end is in another camp, or one of them is in none
        if camp[s] is None or camp[t] is None or camp[s] != camp[t]:
            for a in (s, t):
                brokers[a][0] += 1
                brokers[a][1] += w
    for a in ids:
        expect(f"{a}.broker_ties", actors[a]["broker_ties"], brokers[a][0])
        expect(f"{a}.broker_weight", actors[a]["broker_weight"], brokers[a][1])

    # Input order must not matter: the same snapshot with actors and relations reversed gets
    # the same camps and the same signed graph figures.
    shuffled = dict(snapshot, actors=snapshot["actors"][::-1],
                    relations=snapshot["relations"][::-1])
    shuffled["snapshot"] = dict(snapshot["snapshot"], id=snapshot["snapshot"]["id"] + ".reversed")
    shuffled_path = os.path.join(out, "reversed.json")
    with open(shuffled_path, "w", encoding="utf-8") as f:
        json.dump(shuffled, f)
    subprocess.run([binary, "analyze", "-q", "-o", out, shuffled_path], check=True)
    again = strict_load(os.path.join(out, shuffled["snapshot"]["id"] + ".metrics.json"))
    for a in again["actors"]:
        if a["metrics"]["camp"] != camp[a["id"]]:
            problems.append(f"{path}: {a['id']}: camp {camp[a['id']]}, reversed input "
                            f"{a['metrics']['camp']}")
    for key in ("camps", "frustration", "positive_pairs", "negative_pairs", "triangles"):
        if again["graph"]["signed"][key] != got[key]:
            problems.append(f"{path}: {key} changes with input order")
    return problems


def main():
    binary, paths = sys.argv[1], sys.argv[2:]
    problems = []
    with tempfile.TemporaryDirectory() as out:
        for path in paths:
            found = check(binary, path, out)
            print(f"{path}: {len(found)} differences")
            problems += found
    for p in problems:
        print(p)
    failed = len({p.split(": ")[0] for p in problems})
    print(f"{len(paths) - failed} passed, {failed} failed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
