"""Evaluation of what the product selects against published corpora (`briefings eval`)."""
