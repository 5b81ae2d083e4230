"""Question sets, metrics, baselines, benchmarks and evaluation reports."""
