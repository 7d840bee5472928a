"""newsgraph: who stands where, from news articles."""
