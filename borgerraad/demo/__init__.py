"""Demo data: the demo office's extras and synthetic casework, for ``make run``, demos and load tests."""
