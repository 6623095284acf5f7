def render(results):
    lines = []
    for name in sorted(results):
        res = results[name]
        text = res.choices[0].message["content"]
        spent = res["usage"].get("completion_tokens", 0)
        lines.append(f"{name:8} {spent:3d}  {text}")
    return "\n".join(lines)


def total_tokens(results):
    return sum(r.usage["total_tokens"] for r in results.values())
