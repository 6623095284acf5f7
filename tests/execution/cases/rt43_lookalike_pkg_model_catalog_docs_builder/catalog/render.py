from catalog.data import MODELS


def by_family():
    families = {}
    for row in MODELS:
        families.setdefault(row["family"], []).append(row)
    return families


def table(family):
    rows = by_family()[family]
    return [f"| {r['context']} | ${r['price']:.4f} |" for r in rows]
