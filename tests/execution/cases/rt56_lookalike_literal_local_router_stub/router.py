from typing import Callable, Dict, Literal, get_args

Route = Literal["gpt-3.5-turbo", "local-llama"]
ROUTES: tuple[str, ...] = get_args(Route)


def _turbo_stub(prompt: str) -> str:
    return f"[stub turbo] {prompt[::-1]}"


def _llama(prompt: str) -> str:
    return f"[llama] {prompt.lower()}"


HANDLERS: Dict[str, Callable[[str], str]] = dict(zip(ROUTES, (_turbo_stub, _llama)))


def dispatch(route: Route, prompt: str) -> str:
    if route not in ROUTES:
        raise KeyError(route)
    return HANDLERS[route](prompt)
