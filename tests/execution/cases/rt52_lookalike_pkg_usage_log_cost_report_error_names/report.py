from collections import Counter, defaultdict

from pricing import cost


def summarize(records):
    spend, errors = defaultdict(float), Counter()
    for r in records:
        if "error" in r:
            errors[(r["model"], r["error"])] += 1
        else:
            spend[r["model"]] += cost(r["model"], r["prompt"], r["completion"])
    return spend, errors


def render(spend, errors):
    out = ["model                    spend"]
    for model in sorted(spend):
        out.append(f"{model:<24} ${spend[model]:.4f}")
    out.append("errors: " + ", ".join(f"{m}:{k}={n}" for (m, k), n in sorted(errors.items())))
    return "\n".join(out)
