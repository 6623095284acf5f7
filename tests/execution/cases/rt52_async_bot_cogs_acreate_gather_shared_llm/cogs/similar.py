import llm


class Similar:
    command = "similar"

    async def __call__(self, ctx, arg):
        a, b = [p.strip() for p in arg.split("vs")]
        va, vb = await llm.aembed([a, b])
        score = sum(x * y for x, y in zip(va, vb))
        return f"{a} ~ {b}: {score:.2f}"
