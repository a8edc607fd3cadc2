"""`openai.lib` import paths: thin re-exports of the hand-written helpers."""
