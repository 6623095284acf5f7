PROMPTS = {
    "summarize": "Summarize the following text in one sentence.",
    "translate": "Translate the following text to French.",
    "headline": "Write a headline for the following text.",
}
