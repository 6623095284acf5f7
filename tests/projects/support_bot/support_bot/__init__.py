"""Support assistant: drafts replies, summarises threads and finds similar tickets."""
