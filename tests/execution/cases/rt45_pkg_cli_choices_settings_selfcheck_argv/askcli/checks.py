"""Quick checks `make demo` runs before the demo commands (the tests/ folder has more)."""
from askcli import settings
from askcli.cli import build_parser


def check_defaults():
    parser = build_parser()
    model_option = next(a for a in parser._actions if a.dest == "model")
    assert settings.DEFAULT_MODEL in model_option.choices, "default model is not a choice"
    assert settings.MAX_TOKENS > 0
    return "defaults ok"
