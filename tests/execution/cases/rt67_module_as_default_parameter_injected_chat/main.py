from summarizer import summarize

print(summarize("Q3 revenue grew 12% while costs stayed flat."))
print(summarize("The team shipped the new onboarding flow.", max_tokens=8))
