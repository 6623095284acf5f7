"""Builds a REST URL from the base URL openai<1 read from OPENAI_API_BASE; the module makes no
API call of its own, so no client rewrite would rename the read."""
import openai


def models_url():
    return openai.api_base.rstrip("/") + "/models"


if __name__ == "__main__":
    print(models_url().endswith("/v1/models"))
